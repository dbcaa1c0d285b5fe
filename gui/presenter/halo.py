"""The pointer as a large halo: the class sees where the teacher points on the projector.

A transparent child laid over the whole main window draws a wide, semi-transparent ring
around the cursor. It lets every mouse event through to the widgets below
(``WA_TransparentForMouseEvents``) and follows the cursor with a ~30 Hz timer reading
``QCursor.pos()``: mouse-move events would stop at whichever child is under the pointer.
"""

from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QWidget

FOLLOW_INTERVAL_MS = 33  # about 30 updates a second: smooth to the eye, light on the CPU
RADIUS = 44  # pixels, to the middle of the ring
RING_WIDTH = 16
# Magenta, half transparent: unlike amber it stands out on the lessons' yellow and orange
# highlights as well as on white, and the number under it stays readable.
RING_COLOUR = QColor(224, 0, 140, 125)
EDGE_COLOUR = QColor(0, 0, 0, 190)  # thin dark edges: the ring shows on any background
HINT_MS = 6000  # how long the keys are recalled after entering the mode
HINT_STYLE = ("background: rgba(20, 20, 20, 210); color: white; padding: 10px 18px; "
              "border-radius: 8px;")


class PointerHalo(QWidget):
    """A ring around the mouse pointer over ``window``, shown while started."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("pointerHalo")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._centre: QPoint | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(FOLLOW_INTERVAL_MS)
        self._timer.timeout.connect(self.follow_cursor)
        self.hint = QLabel(self)
        self.hint.setObjectName("presenterHint")
        self.hint.setStyleSheet(HINT_STYLE)
        # A child does not inherit the halo's transparency: clicks pass through it too.
        self.hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hint.hide()
        self._hint_timer = QTimer(self, singleShot=True, interval=HINT_MS)
        self._hint_timer.timeout.connect(self.hint.hide)
        self.hide()

    @property
    def centre(self) -> QPoint | None:
        """Where the ring is drawn, in the window's coordinates (None: not drawn)."""
        return self._centre

    def start(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.follow_cursor()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._hint_timer.stop()
        self.hint.hide()
        self._centre = None
        self.hide()

    def show_hint(self, text: str) -> None:
        """Recall the keys for a few seconds at the top right of the window."""
        self.hint.setText(text)
        # A label with a style sheet does not follow the scaled type by itself.
        font = QFont(self.font())
        font.setBold(True)
        self.hint.setFont(font)
        self.hint.adjustSize()
        self._place_hint()
        self.hint.show()
        self._hint_timer.start()

    def follow_cursor(self) -> None:
        """Move the ring to the cursor (outside the window: no ring)."""
        where = self.mapFromGlobal(QCursor.pos())
        centre = where if self.rect().contains(where) else None
        if centre == self._centre:
            return
        for old_or_new in (self._centre, centre):
            if old_or_new is not None:
                self.update(self._ring_rect(old_or_new))
        self._centre = centre

    def fit_window(self) -> None:
        """Cover the whole window again (it was resized)."""
        self.setGeometry(self.parentWidget().rect())
        self._place_hint()

    def _place_hint(self) -> None:
        # Top right, beside the lesson's title: the one place no page puts its grids.
        x = self.width() - self.hint.width() - 24
        self.hint.move(max(0, x), 36)

    def _ring_rect(self, centre: QPoint) -> QRect:
        reach = RADIUS + RING_WIDTH // 2 + 3
        return QRect(centre.x() - reach, centre.y() - reach, 2 * reach + 1, 2 * reach + 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._centre is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(RING_COLOUR, RING_WIDTH))
        painter.drawEllipse(self._centre, RADIUS, RADIUS)
        painter.setPen(QPen(EDGE_COLOUR, 1.5))
        for radius in (RADIUS - RING_WIDTH / 2, RADIUS + RING_WIDTH / 2):
            painter.drawEllipse(self._centre, radius, radius)
        painter.end()
