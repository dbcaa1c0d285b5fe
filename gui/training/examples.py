"""A grid of random training images with their labels: "this is what the network learns from".

Painted directly (32 small images are cheaper as one widget than as 32 labels), each image
scaled up without smoothing so its pixels stay visible, its label written underneath.
"""

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui import style

ROWS, COLUMNS = 4, 8
LABEL_HEIGHT_FACTOR = 1.3  # of the font's height
MIN_LABEL_SCALE = 0.75  # smaller labels cannot be read from the back of a classroom


def to_qimage(image: np.ndarray) -> QImage:
    """A uint8 grey (H, W) or RGB (H, W, 3) array as a QImage that owns its pixels."""
    pixels = np.ascontiguousarray(image)
    height, width = pixels.shape[:2]
    if pixels.ndim == 2:
        view = QImage(pixels.data, width, height, width, QImage.Format.Format_Grayscale8)
    else:
        view = QImage(pixels.data, width, height, 3 * width, QImage.Format.Format_RGB888)
    return view.copy()  # the array may go away; the copy keeps the pixels


class ExamplesPreview(QWidget):
    """``set_examples(images, labels)`` shows up to ROWS × COLUMNS images with their labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("examplesPreview")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # square thumbnails: the height follows the width
        self.setSizePolicy(policy)
        self._images: list[QImage] = []
        self._labels: list[str] = []
        self.setMinimumSize(QSize(COLUMNS * 30, ROWS * 44))

    def set_examples(self, images: np.ndarray, labels: list[str]) -> None:
        count = min(len(images), ROWS * COLUMNS)
        self._images = [to_qimage(images[i]) for i in range(count)]
        self._labels = [str(label) for label in labels[:count]]
        self.update()

    def labels(self) -> list[str]:
        """The labels shown, row by row (for tests and screen readers)."""
        return list(self._labels)

    def _label_height(self) -> int:
        return round(self.fontMetrics().height() * LABEL_HEIGHT_FACTOR)

    def _side(self, width: int) -> int:
        return max(width // COLUMNS - 4, 4)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return ROWS * (self._side(width) + self._label_height() + 2)

    def sizeHint(self) -> QSize:
        return QSize(COLUMNS * 40, self.heightForWidth(COLUMNS * 40))

    def _label_font(self, room: float) -> QFont:
        """The font, made up to a quarter smaller so the longest label fits its cell
        ("caminhão" under a 40-pixel photo); anything longer is still elided."""
        font = QFont(self.font())
        widest = max((self.fontMetrics().horizontalAdvance(label) for label in self._labels),
                     default=0)
        if widest > room > 0:
            font.setPointSizeF(font.pointSizeF() * max(MIN_LABEL_SCALE, room / widest))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(style.CHART_BACKGROUND))
        painter.setFont(self.font())
        label_height = self._label_height()
        cell_w = self.width() / COLUMNS
        cell_h = self.height() / ROWS
        side = max(int(min(cell_w - 4, cell_h - label_height - 2)), 4)  # fits either way
        painter.setFont(self._label_font(cell_w - 2))
        painter.setPen(QColor("#eeeeee"))
        for index, (image, label) in enumerate(zip(self._images, self._labels, strict=True)):
            row, column = divmod(index, COLUMNS)
            left = int(column * cell_w + (cell_w - side) / 2)
            top = int(row * cell_h + 1)
            painter.drawImage(QRect(left, top, side, side), image)  # nearest: pixels stay sharp
            text_box = QRect(int(column * cell_w), top + side, int(cell_w), label_height)
            painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter,
                             painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                              int(cell_w) - 2))
        painter.end()
