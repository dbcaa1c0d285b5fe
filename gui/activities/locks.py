"""Locked controls: disabled for the whole activity, whatever the page does meanwhile.

Pages enable and disable their own controls as the lesson goes (a step player re-enables its
buttons, a preset turns padding back on). A lock that only called ``setEnabled(False)`` once
would be undone by the first of those, so each locked widget is watched: when it becomes
enabled it is disabled again at once, and what the page wanted is remembered. Unlocking gives
every widget the enabled state and tooltip the page last asked for.
"""

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget


def locked_tooltip() -> str:
    return QCoreApplication.translate("ControlLocks", "Locked by the activity")


@dataclass
class _Remembered:
    """What the page asked of a widget while it was locked, restored when unlocked."""

    enabled: bool
    tooltip: str


class ControlLocks(QObject):
    """Keeps a set of widgets disabled, with a tooltip saying why, until :meth:`unlock_all`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locked: dict[QWidget, _Remembered] = {}
        self._adjusting = False  # our own setEnabled/setToolTip must not be taken for the page's

    def lock(self, widgets: list[QWidget]) -> None:
        for widget in widgets:
            if widget in self._locked or not shiboken6.isValid(widget):
                continue
            # WA_ForceDisabled is the widget's own wish; isEnabled() also reflects its parents.
            wanted = not widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
            self._locked[widget] = _Remembered(wanted, widget.toolTip())
            widget.installEventFilter(self)
            self._apply(widget)

    def unlock_all(self) -> None:
        for widget, remembered in list(self._locked.items()):
            if not shiboken6.isValid(widget):
                continue  # deleted with its page: nothing to give back
            widget.removeEventFilter(self)
            self._adjusting = True
            try:
                widget.setEnabled(remembered.enabled)
                widget.setToolTip(remembered.tooltip)
            finally:
                self._adjusting = False
        self._locked.clear()

    def is_locked(self, widget: QWidget) -> bool:
        return widget in self._locked

    def retranslate(self) -> None:
        """The tooltip in the new language."""
        for widget in self._locked:
            if shiboken6.isValid(widget):
                self._apply(widget)

    def _apply(self, widget: QWidget) -> None:
        self._adjusting = True
        try:
            widget.setEnabled(False)
            widget.setToolTip(locked_tooltip())
        finally:
            self._adjusting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        remembered = self._locked.get(watched)  # type: ignore[call-overload]
        if remembered is None or self._adjusting or not isinstance(watched, QWidget):
            return False
        if event.type() == QEvent.Type.EnabledChange and watched.isEnabled():
            remembered.enabled = True  # the page enabled it: honoured once the lock ends
            self._apply(watched)
        elif event.type() == QEvent.Type.ToolTipChange and watched.toolTip() != locked_tooltip():
            remembered.tooltip = watched.toolTip()  # e.g. the page retranslated its tooltip
            self._apply(watched)
        return False
