"""An image you can zoom into until every pixel shows its number(s), written inside it.

``ZoomImageView`` paints the pixels itself (nearest neighbour, no smoothing: a pixel is a
square of one colour) and, once a pixel is big enough (``engine.lessons.zoom.label_font_size``),
writes its value — three stacked values R, G, B in their colours for a colour image, one
value for a single channel. The mouse wheel zooms under the pointer, a drag pans, and
hovering reports the pixel through ``hovered``.

Views that share a ``ZoomLink`` show the same region at the same scale and mark the same
hovered pixel, so the photo and its channels can be compared pixel for pixel. Over the image a
view can also draw an outline (a receptive field) and a band of zero padding around it.
"""

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from engine.lessons.zoom import (
    Viewport,
    clamped,
    fit_viewport,
    label_font_size,
    screen_to_image,
    visible_pixels,
    zoomed,
)
from engine.numerics.receptive import Region
from gui import style
from gui.widgets.zoom_link import PixelLabel, ZoomLink

BACKGROUND = QColor(style.CHART_BACKGROUND)
PADDING_COLOUR = QColor("#5a5a5a")  # the zeros around a padded input: darker than any photo
OUTLINE_COLOUR = QColor("#ff40c0")  # magenta, as the other views outline receptive fields
# Channel numbers on a colour pixel: deep colours on a light backdrop, pale ones on a dark one.
DARK_INK = (QColor("#b00000"), QColor("#006400"), QColor("#0030c8"))
LIGHT_INK = (QColor("#ff9e9e"), QColor("#8cff95"), QColor("#a8c8ff"))
GRID_FROM_SCALE = 12.0  # pixel borders appear from 12 screen pixels per image pixel
WHEEL_STEP = 1.25  # zoom per wheel notch


class ZoomImageView(QWidget):
    """One image (values and the colours that show them), zoomable, with hover and outline."""

    hovered = Signal(int, int)  # row, col
    left = Signal()
    resized = Signal()  # a fitted view's scale changes with its size

    def __init__(self, link: ZoomLink | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link = link or ZoomLink(self)
        self.link.register(self)
        self.link.changed.connect(self.update)
        self.zoomable = True
        self._values = np.zeros((1, 1), np.uint8)
        self._qimage = QImage()
        self._light = np.zeros((1, 1), bool)  # where the displayed colour is light
        self._outline: Region | None = None
        self._padding = 0
        self._drag_from: QPointF | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(220, 200)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 110)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    # -- contents ---------------------------------------------------------------------------
    def set_image(self, values: np.ndarray, display: np.ndarray | None = None) -> None:
        """Show ``values`` (H, W) or (H, W, 3) uint8; ``display`` (H, W, 3) colours them.

        Without ``display`` the values are their own colours (grey or RGB).
        """
        values = np.asarray(values)
        shown = np.asarray(values if display is None else display, np.uint8)
        rgb = np.ascontiguousarray(np.repeat(shown[:, :, None], 3, 2) if shown.ndim == 2
                                   else shown)
        height, width = rgb.shape[:2]
        self._values = values
        self._qimage = QImage(rgb.data, width, height, 3 * width,
                              QImage.Format.Format_RGB888).copy()  # owns its pixels
        luma = rgb.astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32)
        self._light = luma >= 128
        self.update()

    def values(self) -> np.ndarray:
        return self._values

    def set_outline(self, region: Region | None) -> None:
        """Outline image rows region.top … bottom − 1 and its columns (None: no outline)."""
        self._outline = region
        self.update()

    def outline(self) -> Region | None:
        return self._outline

    def set_padding(self, padding: int) -> None:
        """Draw ``padding`` rings of zeros around the image (a padded convolution input)."""
        self._padding = max(0, int(padding))
        self.update()

    # -- the viewport -------------------------------------------------------------------------
    def current_viewport(self) -> Viewport:
        """What this view shows now: the link's viewport, or the whole image fitted."""
        if self.link.viewport is not None and self.zoomable:
            return self.link.viewport
        height, width = self._values.shape[:2]
        pad = 2 * self._padding
        fitted = fit_viewport(height + pad, width + pad, *self.link.frame_size(self))
        return Viewport(fitted.scale, width / 2, height / 2)

    def fit_scale(self) -> float:
        height, width = self._values.shape[:2]
        return fit_viewport(height, width, *self.link.frame_size(self)).scale

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by ``factor`` around a widget point (default: the middle); back to fit at 1:1."""
        if not self.zoomable:
            return
        anchor = anchor if anchor is not None else QPointF(self.width() / 2, self.height() / 2)
        ax, ay = self._to_image(anchor)
        fit = self.fit_scale()
        result = zoomed(self.current_viewport(), factor, ax, ay, min_scale=fit)
        self.link.set_viewport(None if result.scale <= fit * 1.0001 else self._clamp(result))

    def fit(self) -> None:
        self.link.set_viewport(None)

    def zoom_to(self, scale: float) -> None:
        """Show ``scale`` screen pixels per image pixel, around the same centre."""
        view = self.current_viewport()
        self.link.set_viewport(self._clamp(Viewport(scale, view.centre_x, view.centre_y)))

    def visible_region(self) -> tuple[range, range]:
        """Rows and columns of the image pixels on screen now."""
        height, width = self._values.shape[:2]
        return visible_pixels(self.current_viewport(), *self.link.frame_size(self), height,
                              width)

    def pixel_centre(self, row: int, col: int) -> QPointF:
        """Where pixel (row, col)'s centre is, in this widget's coordinates (for tests)."""
        view = self.current_viewport()
        return QPointF(self.width() / 2 + (col + 0.5 - view.centre_x) * view.scale,
                       self.height() / 2 + (row + 0.5 - view.centre_y) * view.scale)

    def _to_image(self, point: QPointF) -> tuple[float, float]:
        return screen_to_image(self.current_viewport(), point.x(), point.y(), self.width(),
                               self.height())

    def _clamp(self, viewport: Viewport) -> Viewport:
        return clamped(viewport, *self._values.shape[:2])

    # -- the numbers ----------------------------------------------------------------------------
    def value_labels(self) -> list[PixelLabel]:
        """The numbers written inside the visible pixels now (none while they are too small)."""
        lines = 1 if self._values.ndim == 2 else self._values.shape[2]
        if label_font_size(self.current_viewport().scale, lines) is None:
            return []
        rows, cols = self.visible_region()
        block = self._values[rows.start : rows.stop, cols.start : cols.stop]
        block = block.reshape(*block.shape[:2], -1)
        return [PixelLabel(rows.start + r, cols.start + c, tuple(str(int(v)) for v in pixel))
                for (r, c) in np.ndindex(block.shape[:2]) for pixel in (block[r, c],)]

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        frame_w, frame_h = self.link.frame_size(self)
        painter.setClipRect(QRectF((self.width() - frame_w) / 2, (self.height() - frame_h) / 2,
                                   frame_w, frame_h))
        view = self.current_viewport()
        painter.translate(self.width() / 2, self.height() / 2)
        painter.scale(view.scale, view.scale)
        painter.translate(-view.centre_x, -view.centre_y)
        self._paint_pixels(painter, view)
        painter.resetTransform()
        self._paint_labels(painter, view)
        self._paint_marks(painter, view)
        painter.end()

    def _paint_pixels(self, painter: QPainter, view: Viewport) -> None:
        height, width = self._values.shape[:2]
        if self._padding:
            p = self._padding
            painter.fillRect(QRectF(-p, -p, width + 2 * p, height + 2 * p), PADDING_COLOUR)
        rows, cols = self.visible_region()
        if not len(rows) or not len(cols):
            return
        # Only the pixels on screen are handed to Qt: far cheaper when zoomed in.
        source = QRectF(cols.start, rows.start, len(cols), len(rows))
        painter.drawImage(source, self._qimage, source)
        if view.scale >= GRID_FROM_SCALE:
            pen = QPen(QColor(0, 0, 0, 90), 1)
            pen.setCosmetic(True)
            painter.setPen(pen)
            for r in range(rows.start, rows.stop + 1):
                painter.drawLine(QPointF(cols.start, r), QPointF(cols.stop, r))
            for c in range(cols.start, cols.stop + 1):
                painter.drawLine(QPointF(c, rows.start), QPointF(c, rows.stop))

    def _paint_labels(self, painter: QPainter, view: Viewport) -> None:
        labels = self.value_labels()
        if not labels:
            return
        lines = len(labels[0].lines)
        font = QFont(self.font())
        font.setPixelSize(round(label_font_size(view.scale, lines) or 9))
        font.setBold(lines > 1)
        painter.setFont(font)
        line_height = font.pixelSize() * 1.15
        for label in labels:
            centre = self.pixel_centre(label.row, label.col)
            light = bool(self._light[label.row, label.col])
            top = centre.y() - line_height * lines / 2
            if lines > 1:  # a backdrop keeps coloured digits readable on any colour
                backdrop = QColor(255, 255, 255, 150) if light else QColor(0, 0, 0, 150)
                width = font.pixelSize() * 2.1
                painter.fillRect(QRectF(centre.x() - width / 2, top, width,
                                        line_height * lines), backdrop)
            for index, text in enumerate(label.lines):
                ink = (DARK_INK if light else LIGHT_INK)[index] if lines > 1 else (
                    QColor("black") if light else QColor("white"))
                painter.setPen(ink)
                box = QRectF(centre.x() - view.scale / 2, top + index * line_height,
                             view.scale, line_height)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_marks(self, painter: QPainter, view: Viewport) -> None:
        marks = []
        if self._outline is not None:
            region = self._outline
            marks.append((region.top, region.left, region.height, region.width, 3.0))
        if self.link.hover is not None:
            marks.append((*self.link.hover, 1, 1, 2.0))
        for top, left, rows, cols, normal_thickness in marks:
            thickness = style.frame_width(normal_thickness)  # thicker on a projector
            corner = self.pixel_centre(top, left) - QPointF(view.scale / 2, view.scale / 2)
            rect = QRectF(corner.x(), corner.y(), cols * view.scale, rows * view.scale)
            # Black under magenta: the frame shows on light and dark pixels alike.
            painter.setPen(QPen(QColor("black"), thickness + 2))
            painter.drawRect(rect)
            painter.setPen(QPen(OUTLINE_COLOUR, thickness))
            painter.drawRect(rect)

    # -- mouse ----------------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        notches = event.angleDelta().y() / 120
        if notches and self.zoomable:
            self.zoom_by(WHEEL_STEP ** notches, event.position())
            event.accept()
        else:
            event.ignore()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.link.viewport is not None:
            self._drag_from = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        self.unsetCursor()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        if self._drag_from is not None and self.link.viewport is not None:
            view = self.link.viewport
            shift = (position - self._drag_from) / view.scale
            self._drag_from = position
            self.link.set_viewport(self._clamp(Viewport(
                view.scale, view.centre_x - shift.x(), view.centre_y - shift.y())))
        x, y = self._to_image(position)
        row, col = int(np.floor(y)), int(np.floor(x))
        frame_w, frame_h = self.link.frame_size(self)
        in_frame = (abs(position.x() - self.width() / 2) <= frame_w / 2
                    and abs(position.y() - self.height() / 2) <= frame_h / 2)
        if in_frame and 0 <= row < self._values.shape[0] and 0 <= col < self._values.shape[1]:
            self.link.set_hover((row, col))
            self.hovered.emit(row, col)
        else:
            self._pointer_gone()

    def leaveEvent(self, event: object) -> None:
        super().leaveEvent(event)
        self._pointer_gone()

    def _pointer_gone(self) -> None:
        self.link.set_hover(None)
        self.left.emit()
