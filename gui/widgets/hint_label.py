"""A small red line under an editor that says what was wrong with the last input."""

from PySide6.QtWidgets import QLabel, QWidget

from gui import style


class HintLabel(QLabel):
    """Hidden until there is a problem to show; cleared by the next good edit."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setStyleSheet(style.REFUSED_STYLE + " font-weight: bold;")
        self.hide()

    def show_problem(self, message: str) -> None:
        self.setText(message)
        self.show()

    def clear_problem(self) -> None:
        self.clear()
        self.hide()
