"""The instructions panel: what the class should do, beside the page, until the activity ends."""

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# Instructions are read from the back of a classroom, often off a projector.
INSTRUCTIONS_SCALE = 1.4
TITLE_SCALE = 1.6
PANEL_MIN_WIDTH = 260  # pixels: a few words per line at 1.4×, still readable


def _scaled_font(widget: QWidget, scale: float, bold: bool = False) -> None:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)


class ActivityPanel(QDockWidget):
    """A dock on the right: title, instructions, the locked controls and "End activity"."""

    endRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityPanel")
        # Not closable by its title bar: a closed panel would leave locks without a way to end
        # them. "End activity" is the one way out; moving and floating stay possible.
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.title_label = QLabel()
        self.title_label.setObjectName("activityTitle")
        self.title_label.setWordWrap(True)
        _scaled_font(self.title_label, TITLE_SCALE, bold=True)
        self.instructions = QPlainTextEdit()
        self.instructions.setObjectName("activityInstructions")
        self.instructions.setReadOnly(True)
        self.instructions.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        _scaled_font(self.instructions, INSTRUCTIONS_SCALE)
        self.locks_label = QLabel()
        self.locks_label.setObjectName("activityLocks")
        self.locks_label.setWordWrap(True)
        self.end_button = QPushButton()
        self.end_button.setObjectName("endActivityButton")
        self.end_button.clicked.connect(self.endRequested)
        self._lock_labels: tuple[str, ...] = ()
        body = QWidget()
        layout = QVBoxLayout(body)
        for widget in (self.title_label, self.instructions, self.locks_label, self.end_button):
            layout.addWidget(widget)
        self.setWidget(body)
        self.setMinimumWidth(PANEL_MIN_WIDTH)
        self.retranslate()

    def show_activity(self, title: str, instructions: str, lock_labels: Sequence[str]) -> None:
        self.title_label.setText(title)
        self.title_label.setVisible(bool(title))
        self.instructions.setPlainText(instructions)
        self.set_lock_labels(lock_labels)

    def set_lock_labels(self, lock_labels: Sequence[str]) -> None:
        self._lock_labels = tuple(lock_labels)
        self._show_locks()

    def lock_labels(self) -> tuple[str, ...]:
        return self._lock_labels

    def _show_locks(self) -> None:
        if self._lock_labels:
            self.locks_label.setText(self.tr("Locked: {controls}").format(
                controls=", ".join(self._lock_labels)))
        else:
            self.locks_label.setText(self.tr("No control is locked."))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Instructions"))
        self.end_button.setText(self.tr("End activity"))
        self.end_button.setToolTip(self.tr("Unlock every control and close these instructions."))
        self._show_locks()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

