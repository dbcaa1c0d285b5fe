"""What every page that can be saved as an activity file must do, checked the same way.

A page's state goes through JSON (as the file stores it) into a fresh page of the same kind,
which must then show what the first one showed; a bad state is refused with ValueError and
leaves the page exactly as it was; the lockable controls are real, visible widgets of the page.
"""

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStackedWidget, QWidget

from gui.widgets.activity import ActivityPage


def through_json(state: dict[str, Any]) -> dict[str, Any]:
    """The state as it comes back from a file: plain JSON types only."""
    return json.loads(json.dumps(state, allow_nan=False))


def restore_into(fresh: QWidget, page: QWidget) -> dict[str, Any]:
    """``page``'s state restored into ``fresh``; returns the state."""
    assert isinstance(page, ActivityPage) and isinstance(fresh, ActivityPage)
    state = through_json(page.activity_state())
    fresh.restore_activity_state(state)
    assert through_json(fresh.activity_state()) == state
    return state


def assert_refused(page: QWidget, state: Any, shown: Callable[[], Any], match: str = "") -> None:
    """``state`` raises ValueError (an English message) and nothing visible changes."""
    assert isinstance(page, ActivityPage)
    before, kept = shown(), copy.deepcopy(page.activity_state())
    with pytest.raises(ValueError, match=match):
        page.restore_activity_state(state)
    assert shown() == before
    assert page.activity_state() == kept


def assert_controls(page: QWidget, kind: str, keys: list[str]) -> None:
    """The page says its kind, and each lockable control names visible widgets of the page."""
    assert isinstance(page, ActivityPage)
    assert page.activity_kind() == kind
    controls = page.activity_controls()
    assert [control.key for control in controls] == keys
    for control in controls:
        assert control.label.strip(), control.key
        assert control.widgets, control.key
        for widget in control.widgets:
            assert page.isAncestorOf(widget), (control.key, widget)
            _bring_into_view(widget)
            assert widget.isVisible(), (control.key, widget.objectName())


def _bring_into_view(widget: QWidget) -> None:
    """Turn to the tab (or stacked page) that holds ``widget``, as a person would."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def with_changes(state: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A copy of ``state`` with some keys replaced (None: the key removed)."""
    changed = copy.deepcopy(state)
    for key, value in changes.items():
        if value is None:
            changed.pop(key, None)
        else:
            changed[key] = value
    return changed


def choose_in_combo(qtbot: Any, combo: QComboBox, data: Any) -> None:
    """Pick the entry holding ``data`` (or showing it) with the arrow keys, as a keyboard user
    does."""
    target = combo.findData(data)
    if target < 0 and isinstance(data, str):
        target = combo.findText(data)
    assert target >= 0, f"{data!r} is not offered"
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            return
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == target
