"""The Webcam tab's live picture: the camera frame with every digit boxed and labelled.

Painted with QPainter on the frame's own QImage (no scene, no items to create and delete 30
times a second): the frame is scaled to fit with its aspect kept, then each digit gets a box
and a tag such as "7 · 98 %". The selected digit's box is thicker and yellow; clicking a box
selects it. :func:`annotated_image` paints the same marks at the frame's own size, for
snapshots.
"""

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt, Signal
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


def place_tags(boxes: list[QRectF], sizes: list[QSizeF], target: QRectF) -> list[QRectF]:
    """Where each box's tag goes: touching its box, inside ``target``, overlapping no other tag.

    Digits written at normal spacing ("3 7 1") have tags wider than their boxes; all placed
    above, the 7's tag hid under its neighbours'. Each tag tries above its box, then below,
    left- then right-aligned with it, then one row further out, and takes the first free place.
    """
    placed: dict[int, QRectF] = {}
    taken: list[QRectF] = []
    for index in sorted(range(len(boxes)), key=lambda i: (boxes[i].left(), boxes[i].top())):
        candidates = _tag_candidates(boxes[index], sizes[index], target)
        free = [c for c in candidates if not any(c.intersects(t) for t in taken)]
        chosen = free[0] if free else candidates[0]
        placed[index] = chosen
        taken.append(chosen)
    return [placed[i] for i in range(len(boxes))]


def _tag_candidates(box: QRectF, size: QSizeF, target: QRectF) -> list[QRectF]:
    """Places beside ``box`` for a tag of ``size``, nearest first, all inside ``target``."""
    candidates = []
    for row in range(4):
        for top in (box.top() - size.height() * (row + 1), box.bottom() + 1 + size.height() * row):
            if top < target.top() or top + size.height() > target.bottom():
                continue  # off the picture: the other side of the box
            for left in (box.left() - 1, box.right() + 1 - size.width()):
                x = min(max(target.left(), left), target.right() - size.width())
                candidates.append(QRectF(QPointF(x, top), size))
    # A box as tall as the picture: the tag inside it, at its top.
    inside = QRectF(QPointF(max(target.left(), box.left()), max(target.top(), box.top())), size)
    return [*candidates, inside]


def paint_marks(painter: QPainter, marks: list[Mark], target: QRectF, scale: float) -> None:
    """Boxes and tags for ``marks`` over a frame drawn into ``target`` at ``scale``."""
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(round(max(MIN_TAG_PIXELS, TAG_HEIGHT * target.height())))
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    boxes = [QRectF(target.x() + m.box[0] * scale, target.y() + m.box[1] * scale,
                    m.box[2] * scale, m.box[3] * scale) for m in marks]
    sizes = [QSizeF(metrics.horizontalAdvance(m.text) + 8, metrics.height() + 2) for m in marks]
    tags = place_tags(boxes, sizes, target)
    order = sorted(range(len(marks)), key=lambda i: marks[i].selected)  # the selected on top
    for i in order:
        mark = marks[i]
        colour = SELECTED_COLOUR if mark.selected else BOX_COLOUR
        painter.setPen(QPen(colour, style.frame_width(4.0 if mark.selected else 2.5)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(boxes[i])
    for i in order:  # tags after every box: no box line crosses a tag's text
        if marks[i].text:
            painter.fillRect(tags[i], SELECTED_COLOUR if marks[i].selected else BOX_COLOUR)
            painter.setPen(TAG_TEXT)
            painter.drawText(tags[i], Qt.AlignmentFlag.AlignCenter, marks[i].text)


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
