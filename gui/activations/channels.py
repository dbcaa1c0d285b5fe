"""The colour input split into its three channels: red, green and blue, side by side.

The course's slide on colour images: a photo is three grids of numbers, one per colour. Each
tile shows one channel tinted with its own colour (the red channel as shades of red, …), so
that a red car is bright in the R tile and dark in the others; enlarged without blur.
"""

import numpy as np
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

TILE = 52  # px per channel tile: about 1.6× a 32 × 32 photo, beside the photo itself


def pixmap_of(image: np.ndarray, size: int) -> QPixmap:
    """An RGB or grey uint8 image as a pixmap at most ``size`` px, enlarged without blur."""
    array = np.ascontiguousarray(image.astype(np.uint8))
    height, width = array.shape[:2]
    if array.ndim == 3:
        picture = QImage(array.data, width, height, 3 * width, QImage.Format.Format_RGB888)
    else:
        picture = QImage(array.data, width, height, width, QImage.Format.Format_Grayscale8)
    # Nearest neighbour: a blurred 32 × 32 photo would hide the pixels the network reads.
    return QPixmap.fromImage(picture.copy()).scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.FastTransformation)


def tinted_channels(rgb: np.ndarray) -> list[np.ndarray]:
    """(H, W, 3) uint8 → three (H, W, 3) uint8 images: channel k kept, the other two zero."""
    tiles = []
    for channel in range(3):
        tile = np.zeros_like(rgb)
        tile[:, :, channel] = rgb[:, :, channel]
        tiles.append(tile)
    return tiles


class ChannelTiles(QWidget):
    """Three tinted tiles, R, G and B, each captioned with its colour's name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channelTiles")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(0)
        self.tiles: list[QLabel] = []
        self.captions: list[QLabel] = []
        for channel, name in enumerate(("channelRed", "channelGreen", "channelBlue")):
            tile, caption = QLabel(), QLabel()
            tile.setObjectName(name)
            tile.setFixedSize(TILE, TILE)
            tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            font = caption.font()
            font.setPointSizeF(font.pointSizeF() * 0.85)  # a caption, under a small tile
            caption.setFont(font)
            grid.addWidget(tile, 0, channel)
            grid.addWidget(caption, 1, channel)
            self.tiles.append(tile)
            self.captions.append(caption)
        self._images: list[np.ndarray] = []
        self.retranslate()

    def set_photo(self, rgb: np.ndarray) -> None:
        """The photo as the model reads it, RGB uint8."""
        self._images = tinted_channels(np.asarray(rgb, np.uint8))
        for tile, image in zip(self.tiles, self._images, strict=True):
            tile.setPixmap(pixmap_of(image, TILE))

    def images(self) -> list[np.ndarray]:
        """The three tinted tiles' pixels (for tests)."""
        return self._images

    def retranslate(self) -> None:
        names = (self.tr("Red"), self.tr("Green"), self.tr("Blue"))
        for caption, name in zip(self.captions, names, strict=True):
            caption.setText(name)
        self.setToolTip(self.tr("A colour photo is three grids of numbers: how much red, green "
                                "and blue each pixel has. The first convolution reads all "
                                "three at once."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
