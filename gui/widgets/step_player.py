"""Step, back, play/pause with a speed control, and reset: a player for any walkthrough.

The player owns the position (0 … count−1) and emits ``positionChanged`` whenever it moves;
the lesson that uses it redraws that step. PageDown/PageUp also step, because the presenter
remotes teachers hold send exactly those keys.
"""

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QStyle,
    QWidget,
)

# Milliseconds between steps for the slider's positions, slowest first.
STEP_INTERVALS_MS = (2400, 1600, 1000, 600, 300)


class StepPlayer(QWidget):
    """Controls that move through ``count`` steps."""

    positionChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._position = 0
        self._count = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._advance_while_playing)
        self._build()
        self.retranslate()
        self._sync()

    # -- public -----------------------------------------------------------------------------
    @property
    def position(self) -> int:
        return self._position

    @property
    def count(self) -> int:
        return self._count

    def is_playing(self) -> bool:
        return self._timer.isActive()

    def set_count(self, count: int, position: int | None = None) -> None:
        """Set how many steps there are; the position is kept when still valid."""
        self._count = max(0, count)
        wanted = self._position if position is None else position
        self._position = min(max(0, wanted), max(0, self._count - 1))
        if self._count == 0:
            self.pause()
        self._sync()

    def set_position(self, position: int) -> None:
        if self._count == 0:
            return
        position = min(max(0, position), self._count - 1)
        if position != self._position:
            self._position = position
            self.positionChanged.emit(position)
        self._sync()

    # A disabled player (an activity file locks the step) takes no steps: its keys, Page Down
    # from a presenter's remote included, stop with its buttons.
    def step_forward(self) -> None:
        if self.isEnabled():
            self.set_position(self._position + 1)

    def step_back(self) -> None:
        if self.isEnabled():
            self.set_position(self._position - 1)

    def reset(self) -> None:
        self.pause()
        if self.isEnabled():
            self.set_position(0)

    def toggle_play(self) -> None:
        if not self.isEnabled() or self.is_playing():
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        if self._count <= 1:
            return
        if self._position >= self._count - 1:
            self.set_position(0)  # play at the end starts again, as a media player does
        self._timer.start(STEP_INTERVALS_MS[self.speed_slider.value() - 1])
        self._sync()

    def pause(self) -> None:
        self._timer.stop()
        self._sync()

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.reset_button = self._button("resetButton", QStyle.StandardPixmap.SP_MediaSkipBackward)
        self.back_button = self._button("backButton", QStyle.StandardPixmap.SP_MediaSeekBackward)
        self.play_button = self._button("playButton", QStyle.StandardPixmap.SP_MediaPlay)
        self.forward_button = self._button(
            "forwardButton", QStyle.StandardPixmap.SP_MediaSeekForward
        )
        self.forward_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.reset_button.clicked.connect(self.reset)
        self.back_button.clicked.connect(self.step_back)
        self.play_button.clicked.connect(self.toggle_play)
        self.forward_button.clicked.connect(self.step_forward)
        self.speed_label = QLabel(self)
        self.speed_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.speed_slider.setObjectName("speedSlider")
        self.speed_slider.setRange(1, len(STEP_INTERVALS_MS))
        self.speed_slider.setValue(3)
        self.speed_slider.setFixedWidth(140)
        self.speed_slider.valueChanged.connect(self._speed_changed)
        self.counter_label = QLabel(self)
        self.counter_label.setObjectName("stepCounter")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.reset_button, self.back_button, self.play_button,
                       self.forward_button):
            layout.addWidget(button)
        layout.addSpacing(16)
        layout.addWidget(self.speed_label)
        layout.addWidget(self.speed_slider)
        layout.addSpacing(16)
        layout.addWidget(self.counter_label)
        layout.addStretch(1)

    def _button(self, name: str, icon: QStyle.StandardPixmap) -> QPushButton:
        button = QPushButton(self.style().standardIcon(icon), "", self)
        button.setObjectName(name)
        return button

    def attach_shortcuts(self, page: QWidget) -> None:
        """Make the keys work anywhere on ``page`` (the lesson), not only on the buttons."""
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        pairs = (
            (("PgDown", "Ctrl+Right"), self.step_forward),
            (("PgUp", "Ctrl+Left"), self.step_back),
            (("Ctrl+Space",), self.toggle_play),
            (("Ctrl+Home",), self.reset),
        )
        for keys, slot in pairs:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), page)
                shortcut.setContext(context)
                shortcut.activated.connect(slot)

    # -- state --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to the first step (Ctrl+Home)"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Previous step (Page Up or Ctrl+←)"))
        self.forward_button.setText(self.tr("Step"))
        self.forward_button.setToolTip(self.tr("Next step (Page Down or Ctrl+→)"))
        self.speed_label.setText(self.tr("Speed"))
        self._fix_play_width()
        self.speed_slider.setToolTip(self.tr("How fast Play moves from one step to the next"))
        self._sync()

    def _fix_play_width(self) -> None:
        """Give Play the width of its widest text, so that Play/Pause never moves the Step
        button beside it (the next click would miss it)."""
        button = self.play_button
        shown = button.text()
        widths = []
        for text in (self.tr("Play"), self.tr("Pause")):
            button.setText(text)
            widths.append(button.sizeHint().width())
        button.setText(shown)
        button.setMinimumWidth(max(widths))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _sync(self) -> None:
        playing = self.is_playing()
        pixmap = QStyle.StandardPixmap
        icon = pixmap.SP_MediaPause if playing else pixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setToolTip(self.tr("Play or pause the steps (Ctrl+Space)"))
        self.play_button.setEnabled(self._count > 1)
        self.back_button.setEnabled(self._position > 0)
        self.reset_button.setEnabled(self._position > 0 or playing)
        self.forward_button.setEnabled(self._position < self._count - 1)
        if self._count:
            text = self.tr("Step {current} of {total}")
            self.counter_label.setText(text.format(current=self._position + 1, total=self._count))
        else:
            self.counter_label.setText(self.tr("No steps"))

    def _advance_while_playing(self) -> None:
        if self._position >= self._count - 1 or not self.isEnabled():
            self.pause()
            return
        self.step_forward()
        if self._position >= self._count - 1:
            self.pause()

    def _speed_changed(self, value: int) -> None:
        if self.is_playing():
            self._timer.setInterval(STEP_INTERVALS_MS[value - 1])
