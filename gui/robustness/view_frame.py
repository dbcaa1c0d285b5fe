"""What the Robustness tabs' views share: contents that scroll inside the tab, and work on the
digit that runs in the background only when the tab is seen.

A tab widget is as tall as its tallest tab wants, and the page must fit a 1024×768 window
without scrolling; so a view that can grow taller than that (FGSM with its sweep below)
scrolls inside its own tab instead of making the whole page taller.
"""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from gui.workers import BackgroundCall


def scroll_inside(view: QWidget, content: QWidget) -> QScrollArea:
    """Put ``content`` in a frameless scroll area filling ``view``; returns the area."""
    area = QScrollArea()
    area.setObjectName(f"{view.objectName()}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    outer = QVBoxLayout(view)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return area


class DigitWorkView(QWidget):
    """A view whose picture is computed from the digit in a worker, when the view is shown.

    A change of digit or model only marks the view dirty while its tab is hidden, so moving a
    slider on *Comparar* does not start the occlusion map, the attack and the augmentation
    behind it. Subclasses define ``_start`` (the work, leaving ``_call`` set until it ends) and
    ``retranslate``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._call: BackgroundCall | None = None
        self._dirty = True

    def refresh(self) -> None:
        """Compute again: now if shown, else when next shown."""
        self._dirty = True
        if self.isVisible():
            self._start()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)
        if self._dirty:
            self._start()

    def computing(self) -> bool:
        return self._call is not None

    def wait(self, timeout: float = 60.0) -> bool:
        return self._call.wait(timeout) if self._call is not None else True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # every view writes its own texts
        super().changeEvent(event)
