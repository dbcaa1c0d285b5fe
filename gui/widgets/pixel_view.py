"""One image shown large, pixel by pixel: the network's input, or one enlarged feature map.

Over the image it can draw an outline (the receptive field of a hovered feature-map cell) and
a translucent heat map (Grad-CAM: where the network looked). Hovering reports the pixel's
position and value through ``hovered``.
"""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QWidget

from gui import style

OUTLINE_COLOUR = QColor("#ff40c0")  # magenta: visible on grey, viridis and the heat map
HEAT_OPACITY = 0.7  # at the hottest point; colder points fade out


def heat_lookup_table() -> np.ndarray:
    """Inferno colours whose opacity grows with the heat: cold regions leave the input visible."""
    colours = pg.colormap.get("inferno").getLookupTable(nPts=256, alpha=True)
    ramp = np.linspace(0.0, 1.0, 256)
    colours[:, 3] = np.rint(255 * HEAT_OPACITY * np.sqrt(ramp)).astype(np.uint8)
    return colours


class PixelView(pg.GraphicsLayoutWidget):
    """A locked-aspect image with an optional outline and heat overlay; hover reports pixels."""

    hovered = Signal(int, int, float)  # row, col, value
    left = Signal()

    def __init__(self, colour_map: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground(style.CHART_BACKGROUND)
        self.view = self.addViewBox(lockAspect=True, invertY=True, enableMouse=False)
        self.view.setMenuEnabled(False)
        self.image_item = pg.ImageItem(axisOrder="row-major")
        self._colour_map = colour_map
        if colour_map is not None:
            self.image_item.setColorMap(pg.colormap.get(colour_map))
        self.heat_item = pg.ImageItem(axisOrder="row-major")
        self.heat_item.setLookupTable(heat_lookup_table())
        self.heat_item.setZValue(1)
        self.outline = QGraphicsRectItem()
        pen = QPen(OUTLINE_COLOUR, 2.5)
        pen.setCosmetic(True)  # 2.5 screen pixels whatever the zoom
        self.outline.setPen(pen)
        self.outline.setZValue(2)
        for item in (self.image_item, self.heat_item, self.outline):
            self.view.addItem(item)
        self.heat_item.hide()
        self.outline.hide()
        self._image = np.zeros((1, 1), np.float32)
        self._closed = False
        self.setMouseTracking(True)

    def close(self) -> bool:
        # pyqtgraph's close() deletes every item of the scene; a late update (a language change
        # before deleteLater runs) must then do nothing rather than touch deleted items.
        self._closed = True
        return super().close()

    def set_colour_map(self, colour_map: str) -> None:
        """Draw values with another of pyqtgraph's colour maps (e.g. "CET-L1", grey)."""
        self._colour_map = colour_map
        self.image_item.setColorMap(pg.colormap.get(colour_map))

    def set_image(self, image: np.ndarray, levels: tuple[float, float] | None = None) -> None:
        """Show a 2-D image; ``levels`` default to 0–1 for inputs and the image's range else.

        An (H, W, 3) image is a colour photo, drawn in its own colours (``levels`` its black
        and white, 0–1 by default) instead of through the colour map; pixels stay squares.
        """
        array = np.asarray(image, dtype=np.float32)
        if self._closed:
            return
        resized = array.shape[:2] != self._image.shape[:2]
        self._image = array
        if array.ndim == 3:
            self._show_colour(array, levels or (0.0, 1.0))
            if resized:
                self.view.setRange(QRectF(0, 0, array.shape[1], array.shape[0]), padding=0.02)
            return
        if self._colour_map is not None and self.image_item.lut is None:
            self.image_item.setColorMap(pg.colormap.get(self._colour_map))  # after a photo
        if levels is None:
            low, high = float(array.min()), float(array.max())
            levels = (min(low, 0.0), max(high, 1.0)) if low >= 0 and high <= 1 else (low, high)
        if levels[1] <= levels[0]:
            levels = (levels[0], levels[0] + 1.0)
        self.image_item.setImage(array, levels=levels, autoLevels=False)
        if resized:
            self.view.setRange(QRectF(0, 0, array.shape[1], array.shape[0]), padding=0.02)

    def _show_colour(self, rgb: np.ndarray, levels: tuple[float, float]) -> None:
        low, high = levels
        scaled = np.clip((rgb - low) / max(high - low, 1e-12), 0.0, 1.0)
        self.image_item.setLookupTable(None)  # a colour map would recolour the photo
        self.image_item.setImage(np.rint(scaled * 255).astype(np.uint8), levels=(0, 255),
                                 autoLevels=False)

    def image(self) -> np.ndarray:
        """What is shown: (H, W) values, or an (H, W, 3) colour photo."""
        return self._image

    def set_heat(self, heat: np.ndarray | None) -> None:
        """A map in [0, 1] of the image's size drawn over it, or None to hide it."""
        if self._closed:
            return
        if heat is None:
            self.heat_item.hide()
            return
        self.heat_item.setImage(np.asarray(heat, np.float32), levels=(0.0, 1.0),
                                autoLevels=False)
        self.heat_item.show()

    def heat_visible(self) -> bool:
        return not self._closed and self.heat_item.isVisible()

    def set_outline(self, top: int, left: int, bottom: int, right: int) -> None:
        """Outline the pixels rows top..bottom-1, columns left..right-1."""
        if self._closed:
            return
        self.outline.setRect(QRectF(left, top, right - left, bottom - top))
        self.outline.show()

    def hide_outline(self) -> None:
        if not self._closed:
            self.outline.hide()

    def outline_rect(self) -> QRectF | None:
        if self._closed:
            return None
        return self.outline.rect() if self.outline.isVisible() else None

    def pixel_centre(self, row: int, col: int) -> QPointF:
        """Where pixel (row, col)'s centre is, in this widget's coordinates (for tests)."""
        scene = self.view.mapViewToScene(QPointF(col + 0.5, row + 0.5))
        return self.mapFromScene(scene).toPointF()

    def mouseMoveEvent(self, ev: QMouseEvent) -> None:
        super().mouseMoveEvent(ev)
        point = self.view.mapSceneToView(self.mapToScene(ev.position().toPoint()))
        row, col = int(np.floor(point.y())), int(np.floor(point.x()))
        if 0 <= row < self._image.shape[0] and 0 <= col < self._image.shape[1]:
            # A colour pixel reports its mean; the owner reads its three values itself.
            self.hovered.emit(row, col, float(np.mean(self._image[row, col])))
        else:
            self.left.emit()

    def leaveEvent(self, ev: object) -> None:
        super().leaveEvent(ev)
        self.left.emit()
