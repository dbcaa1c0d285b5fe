"""The drawing canvas: white ink on black like MNIST, drawn with a mouse, a pen or a finger.

The widget keeps no pixels of its own. Pen events go to an :class:`engine.digits.sketch.Sketch`,
which draws the 280 × 280 picture the network reads with the same code that rendered the digits the
model was measured on. On screen the strokes are painted as smooth ``QPainterPath`` lines with
round caps at the widget's own resolution, so the drawing stays crisp however large the window
and survives any resize. The left button (or a pen, or a finger) draws; the right button, or
the eraser mode, erases.
"""

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from engine.digits.drawing import CANVAS_SIZE, DEFAULT_BRUSH, MAX_BRUSH, MIN_BRUSH
from engine.digits.sketch import PenStroke, Sketch

INK = QColor(255, 255, 255)
PAPER = QColor(0, 0, 0)
FRAME = QColor(90, 90, 90)
BRUSH_OUTLINE = QColor(255, 170, 0)


class DrawingCanvas(QWidget):
    """A square drawing surface; ``changed`` fires on every point, ``strokeFinished`` on pen up."""

    changed = Signal()
    strokeFinished = Signal()
    historyChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawingCanvas")
        self.sketch = Sketch(CANVAS_SIZE)
        self.brush = DEFAULT_BRUSH
        self.eraser = False
        self._hover: QPointF | None = None
        self.setMouseTracking(True)  # to show the brush's outline under the pointer
        self.setAttribute(Qt.WidgetAttribute.WA_TabletTracking, True)
        self.setMinimumSize(200, 200)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)

    # -- geometry --------------------------------------------------------------------------------
    def drawing_rect(self) -> QRectF:
        """The square (widget pixels) where the 280 × 280 canvas is shown, centred."""
        side = float(min(self.width(), self.height()))
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def to_canvas(self, position: QPointF) -> tuple[float, float]:
        """A widget position in canvas pixels (0–280), the units the sketch keeps."""
        rect = self.drawing_rect()
        scale = CANVAS_SIZE / rect.width()
        return ((position.x() - rect.left()) * scale, (position.y() - rect.top()) * scale)

    def to_widget(self, x: float, y: float) -> QPointF:
        rect = self.drawing_rect()
        scale = rect.width() / CANVAS_SIZE
        return QPointF(rect.left() + x * scale, rect.top() + y * scale)

    # -- actions ---------------------------------------------------------------------------------
    def set_brush(self, width: int) -> None:
        self.brush = max(MIN_BRUSH, min(MAX_BRUSH, int(width)))
        self.update()

    def clear(self) -> None:
        self.sketch.clear()
        self._after_history_change()

    def undo(self) -> None:
        if self.sketch.undo():
            self._after_history_change()

    def redo(self) -> None:
        if self.sketch.redo():
            self._after_history_change()

    def replay(self, strokes: list) -> None:
        """Draw recorded strokes (lists of canvas points) as if the pen had drawn them."""
        for stroke in strokes:
            points = [(float(x), float(y)) for x, y in stroke]
            self.sketch.begin(points[0], self.brush, self.eraser)
            for point in points[1:]:
                self.sketch.extend(point)
            self.sketch.end()
        self._after_history_change()

    def set_picture(self, canvas_pixels: object) -> None:
        """Show a picture (already made canvas-sized by engine.digits.sketch.picture_to_canvas)."""
        self.sketch.set_background(canvas_pixels)  # type: ignore[arg-type]
        self._after_history_change()

    def _after_history_change(self) -> None:
        self.update()
        self.changed.emit()
        self.historyChanged.emit()

    # -- pen events ------------------------------------------------------------------------------
    def _pen_down(self, position: QPointF, erase: bool) -> None:
        self.sketch.begin(self.to_canvas(position), self.brush, erase or self.eraser)
        self.update()
        self.changed.emit()

    def _pen_move(self, position: QPointF) -> None:
        self._hover = position
        if self.sketch.drawing_stroke is not None:
            self.sketch.extend(self.to_canvas(position))
            self.changed.emit()
        self.update()

    def _pen_up(self) -> None:
        if self.sketch.drawing_stroke is None:
            return
        self.sketch.end()
        self.update()
        self.strokeFinished.emit()
        self.historyChanged.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        buttons = (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton)
        if event.button() in buttons:
            self._pen_down(event.position(), event.button() == Qt.MouseButton.RightButton)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._pen_move(event.position())

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:
        self._pen_up()

    def tabletEvent(self, event: QTabletEvent) -> None:
        # A pen's positions are finer than the mouse's; accepting stops Qt from also
        # synthesising mouse events for the same motion. The pen's eraser end erases.
        erase = event.pointerType() == event.pointerType().Eraser
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._pen_down(event.position(), erase)
        elif kind == QEvent.Type.TabletMove:
            self._pen_move(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._pen_up()
        event.accept()

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = self.drawing_rect()
        painter.fillRect(rect, PAPER)
        painter.setClipRect(rect)
        state = self.sketch.state
        if state.background is not None:
            picture = state.background
            image = QImage(picture.data, picture.shape[1], picture.shape[0], picture.shape[1],
                           QImage.Format.Format_Grayscale8)
            painter.drawImage(rect, image)
        strokes = list(state.strokes)
        if self.sketch.drawing_stroke is not None:
            strokes.append(self.sketch.drawing_stroke)
        for stroke in strokes:
            self._paint_stroke(painter, stroke)
        painter.setClipping(False)
        self._paint_brush_outline(painter)
        painter.setPen(QPen(FRAME, 2))
        painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def _paint_stroke(self, painter: QPainter, stroke: PenStroke) -> None:
        scale = self.drawing_rect().width() / CANVAS_SIZE
        pen = QPen(PAPER if stroke.erase else INK, stroke.brush * scale)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        path = QPainterPath(self.to_widget(*stroke.points[0]))
        for x, y in stroke.points[1:]:
            path.lineTo(self.to_widget(x, y))
        if len(stroke.points) == 1:
            path.lineTo(self.to_widget(*stroke.points[0]))  # a round cap makes the dot
        painter.drawPath(path)

    def _paint_brush_outline(self, painter: QPainter) -> None:
        """The brush's size under the pointer, so the width chosen is the width drawn."""
        if self._hover is None or not self.drawing_rect().contains(self._hover):
            return
        radius = self.brush * self.drawing_rect().width() / CANVAS_SIZE / 2
        painter.setPen(QPen(BRUSH_OUTLINE, 1.5, Qt.PenStyle.DashLine if self.eraser
                            else Qt.PenStyle.SolidLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(self._hover, radius, radius)
