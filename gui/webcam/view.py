"""The Webcam tab's live picture: the camera frame with every digit boxed and labelled.

Painted with QPainter on the frame's own QImage (no scene, no items to create and delete 30
times a second): the frame is scaled to fit with its aspect kept, then each digit gets a box
and a tag such as "7 · 98 %". The selected digit's box is thicker and yellow; clicking a box
selects it. :func:`annotated_image` paints the same marks at the frame's own size, for
snapshots.
"""

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui import style

BACKGROUND = QColor(style.CHART_BACKGROUND)
BOX_COLOUR = QColor("#00c853")  # green: seen on white paper and on a projector
SELECTED_COLOUR = QColor(style.SELECTED_YELLOW)  # and thicker: the digit the strip follows
TAG_TEXT = QColor("#000000")
TAG_HEIGHT = 0.05  # the tags' text height, as a fraction of the shown frame's height
MIN_TAG_PIXELS = 14.0


@dataclass(frozen=True)
class Mark:
    """One box to draw: (x, y, w, h) in frame pixels, its tag text, and whether it is selected."""

    box: tuple[int, int, int, int]
    text: str
    selected: bool = False


def frame_to_qimage(frame: np.ndarray) -> QImage:
    """A BGR uint8 frame as a QImage that owns its pixels (the array may be reused)."""
    contiguous = np.ascontiguousarray(frame)
    height, width = contiguous.shape[:2]
    return QImage(contiguous.data, width, height, 3 * width,
                  QImage.Format.Format_BGR888).copy()


def paint_marks(painter: QPainter, marks: list[Mark], target: QRectF, scale: float) -> None:
    """Boxes and tags for ``marks`` over a frame drawn into ``target`` at ``scale``."""
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(round(max(MIN_TAG_PIXELS, TAG_HEIGHT * target.height())))
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    for mark in sorted(marks, key=lambda m: m.selected):  # the selected one on top
        colour = SELECTED_COLOUR if mark.selected else BOX_COLOUR
        x, y, w, h = mark.box
        box = QRectF(target.x() + x * scale, target.y() + y * scale, w * scale, h * scale)
        painter.setPen(QPen(colour, 4.0 if mark.selected else 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        if not mark.text:
            continue
        tag = QRectF(0, 0, metrics.horizontalAdvance(mark.text) + 8, metrics.height() + 2)
        above = box.top() - tag.height() >= target.top()
        left = min(box.left() - 1, target.right() - tag.width())  # inside the picture
        tag.moveTopLeft(QPointF(max(target.left(), left),
                                box.top() - tag.height() if above else box.bottom() + 1))
        painter.fillRect(tag, colour)
        painter.setPen(TAG_TEXT)
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, mark.text)


def annotated_image(frame: np.ndarray, marks: list[Mark]) -> QImage:
    """The frame at its own size with the marks painted on it (what a snapshot saves)."""
    image = frame_to_qimage(frame).convertToFormat(QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_marks(painter, marks, QRectF(0, 0, image.width(), image.height()), 1.0)
    painter.end()
    return image


class WebcamView(QWidget):
    """The frame, fitted and centred, with its marks; a click on a box emits its index."""

    markClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("webcamView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._image: QImage | None = None
        self._marks: list[Mark] = []
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_frame(self, frame: np.ndarray | None, marks: list[Mark]) -> None:
        self._image = None if frame is None else frame_to_qimage(frame)
        self._marks = list(marks)
        self.update()

    def set_marks(self, marks: list[Mark]) -> None:
        self._marks = list(marks)
        self.update()

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def has_frame(self) -> bool:
        return self._image is not None

    def frame_rect(self) -> QRectF:
        """Where the frame is drawn: as large as fits, aspect kept, centred."""
        if self._image is None:
            return QRectF(self.rect())
        scale = self._scale()
        width, height = self._image.width() * scale, self._image.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def widget_point(self, x: float, y: float) -> QPointF:
        """Where frame pixel (x, y) appears in the widget (tests click there)."""
        rect = self.frame_rect()
        return QPointF(rect.x() + x * self._scale(), rect.y() + y * self._scale())

    def _scale(self) -> float:
        if self._image is None or self._image.width() == 0:
            return 1.0
        return min(self.width() / self._image.width(), self.height() / self._image.height())

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 240)

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        if self._image is not None:
            target = self.frame_rect()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self._image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            paint_marks(painter, self._marks, target, self._scale())
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._image is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        rect, scale = self.frame_rect(), self._scale()
        x = (event.position().x() - rect.x()) / scale
        y = (event.position().y() - rect.y()) / scale
        for index, mark in enumerate(self._marks):
            bx, by, bw, bh = mark.box
            if bx <= x <= bx + bw and by <= y <= by + bh:
                self.markClicked.emit(index)
                return
        super().mousePressEvent(event)
