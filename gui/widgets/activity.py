"""What a page offers to be saved as an activity file (``.cnnlab``) and handed to a class.

A page view that implements :class:`ActivityPage` can be stored (*File → Save activity…*) and
restored (*File → Open activity…*): its state as plain JSON, and the controls a teacher may
lock so that students work on the one thing the activity is about. The main window does the
rest (the file, the instructions panel, the locks); the page only knows its own state.
"""

from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class ActivityControl:
    """A control a teacher can lock: its key in the file, its name in the lock list, its widgets."""

    key: str  # stable, stored in the file: "kernel", "stride", "padding", "input", …
    label: str  # translated, shown in the save dialog's lock list
    widgets: tuple[QWidget, ...]  # disabled while locked


@runtime_checkable
class ActivityPage(Protocol):
    """A page whose state can be saved to an activity file and restored from one."""

    def activity_kind(self) -> str:
        """"lesson", "training" or "exercises"."""
        ...

    def activity_state(self) -> dict[str, Any]:
        """The page's state as JSON-able values (lists, not arrays)."""
        ...

    def restore_activity_state(self, state: dict[str, Any]) -> None:
        """Show ``state``; raise ValueError before changing anything when it is unusable."""
        ...

    def activity_controls(self) -> list[ActivityControl]:
        """The controls that can be locked, in the order the save dialog lists them."""
        ...
