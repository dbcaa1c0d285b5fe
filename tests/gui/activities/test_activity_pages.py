"""The real pages through activity files, in the window: saved, changed, opened, locked, ended."""

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QPlainTextEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from engine.activities import load_activity
from gui.main_window import LESSONS, PAGES, MainWindow
from gui.widgets.activity import ActivityPage
from tests.gui.test_main_window import make_window

# Every lesson, and the lab pages the contract names; the others keep no state to hand out.
ACTIVITY_PAGES = [page.key for page in PAGES if page.group == LESSONS] + ["training",
                                                                         "evaluation"]
NOT_ACTIVITY_PAGES = ["draw", "my_digits"]
def activity_page(window: MainWindow, key: str) -> ActivityPage:
    view = window.show_page(key)
    assert isinstance(view, ActivityPage), f"{key} is not an activity page"
    return view


def save(window: MainWindow, path: Path, locked: tuple[str, ...]) -> None:
    view = window.current_view()
    assert isinstance(view, ActivityPage)
    assert window.activities.save_to(path, view, "Title", "Do this.", locked)


def enabled_states(view: ActivityPage) -> dict[int, bool]:
    return {id(widget): widget.isEnabled() for control in view.activity_controls()
            for widget in control.widgets}


@pytest.mark.parametrize("key", ACTIVITY_PAGES)
def test_each_activity_page_comes_back_from_its_file_with_every_control_locked(
        qtbot: QtBot, tmp_path: Path, key: str) -> None:
    window = make_window(qtbot)
    view = activity_page(window, key)
    before = enabled_states(view)
    keys = tuple(control.key for control in view.activity_controls())
    path = tmp_path / f"{key}.cnnlab"
    save(window, path, keys)
    saved = load_activity(path)
    assert (saved.page, saved.kind, saved.locked) == (key, view.activity_kind(), keys)
    window.show_page("draw")
    assert window.activities.open_file(path)
    assert window.current_page_key() == key
    assert json.loads(json.dumps(view.activity_state())) == saved.state
    widgets = [w for control in view.activity_controls() for w in control.widgets]
    assert widgets and not any(widget.isEnabled() for widget in widgets)
    window.activities.end_activity()
    assert enabled_states(view) == before
    window.session.wait()


@pytest.mark.parametrize("key", NOT_ACTIVITY_PAGES)
def test_pages_without_a_state_cannot_be_saved(qtbot: QtBot, key: str) -> None:
    window = make_window(qtbot)
    window.show_page(key)
    assert not window.activities.save_action.isEnabled()
    window.session.wait()


def test_the_convolution_lesson_round_trip_with_a_lock_that_holds(
        qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    view = activity_page(window, "convolution")
    stride = view.findChild(QSpinBox, "strideSpin")
    stride.setValue(2)
    path = tmp_path / "stride.cnnlab"
    save(window, path, ("stride",))
    stride.setValue(1)
    window.show_page("pooling")
    assert window.activities.open_file(path)
    assert window.current_view() is view and stride.value() == 2
    instructions = window.findChild(QDockWidget, "activityPanel").findChild(
        QPlainTextEdit, "activityInstructions")
    assert instructions.toPlainText() == "Do this." and instructions.isVisible()
    assert not stride.isEnabled()
    stride.setEnabled(True)  # what the lesson does when it resets its controls
    assert not stride.isEnabled()
    view.findChild(QSpinBox, "paddingSpin").setValue(1)  # the rest works as usual
    assert not stride.isEnabled() and view.activity_state()["padding"] == 1
    window.activities.end_activity()
    assert stride.isEnabled()


def test_opening_a_lesson_activity_over_another_lesson_only_locks_its_own_page(
        qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    convolution = activity_page(window, "convolution")
    path = tmp_path / "c.cnnlab"
    save(window, path, tuple(c.key for c in convolution.activity_controls()))
    pooling = activity_page(window, "pooling")
    before = enabled_states(pooling)
    assert window.activities.open_file(path)
    assert enabled_states(pooling) == before
    assert not any(w.isEnabled() for c in convolution.activity_controls() for w in c.widgets)


def test_a_locked_step_player_ignores_its_keys_too(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    view = activity_page(window, "convolution")
    player = window.current_step_player()
    path = tmp_path / "step.cnnlab"
    save(window, path, ("step",))
    assert window.activities.open_file(path)
    position = view.activity_state()["step"]
    grid = view.findChild(QWidget, "inputGrid")
    grid.setFocus()
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right):
        modifier = (Qt.KeyboardModifier.ControlModifier if key == Qt.Key.Key_Right
                    else Qt.KeyboardModifier.NoModifier)
        qtbot.keyClick(grid, key, modifier)
    assert view.activity_state()["step"] == position and not player.isEnabled()
    window.activities.end_activity()
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert view.activity_state()["step"] == position + 1


def test_an_exercise_set_handed_out_gives_every_student_the_same_code(
        qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    panel = activity_page(window, "exercises")
    state = {**panel.activity_state(), "code": "K7Q2", "count": 4}
    panel.restore_activity_state(state)
    path = tmp_path / "exercises.cnnlab"
    save(window, path, ("code", "count"))
    student = make_window(qtbot)  # another machine, another window, on another set
    other = activity_page(student, "exercises")
    other.restore_activity_state({**state, "code": "ABCD", "count": 2})
    student.show_page("convolution")
    assert student.activities.open_file(path)
    opened = student.current_view()
    assert opened is other and opened is not panel
    assert opened.activity_state()["code"] == "K7Q2"
    assert opened.activity_state()["count"] == 4
    locked = [w for c in opened.activity_controls() if c.key in ("code", "count")
              for w in c.widgets]
    assert locked and not any(w.isEnabled() for w in locked)
    for window_ in (window, student):
        window_.session.wait()


def test_draw_keeps_its_own_ctrl_o_for_a_picture(qtbot: QtBot) -> None:
    # Two Ctrl+O shortcuts in one window would be ambiguous, and Qt would run neither.
    window = make_window(qtbot)
    open_action = window.activities.open_action
    assert open_action.shortcut().toString() == "Ctrl+O"
    window.show_page("draw")
    assert open_action.shortcut().isEmpty()
    window.show_page("convolution")
    assert open_action.shortcut().toString() == "Ctrl+O"
    window.session.wait()


def test_a_training_setup_comes_back_with_its_seed_and_hyperparameters(
        qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    tab = activity_page(window, "training")
    original = tab.activity_state()
    hyper = {**original["hyperparameters"], "epochs": 3, "batch_size": 32}
    tab.restore_activity_state({**original, "hyperparameters": hyper, "seed": 1234})
    path = tmp_path / "training.cnnlab"
    save(window, path, ("network", "seed"))
    tab.restore_activity_state(original)  # the teacher goes on with other settings
    assert window.activities.open_file(path)
    state = tab.activity_state()
    assert state["seed"] == 1234
    assert (state["hyperparameters"]["epochs"], state["hyperparameters"]["batch_size"]) == (3, 32)
    assert state["dataset"] == original["dataset"] and state["network"] == original["network"]
    locked = [w for c in tab.activity_controls() if c.key in ("network", "seed")
              for w in c.widgets]
    assert not any(w.isEnabled() for w in locked)
    window.session.wait()


def test_with_the_instructions_open_the_window_still_fits_a_projector(
        qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    window.resize(1024, 768)
    activity_page(window, "convolution")
    path = tmp_path / "c.cnnlab"
    save(window, path, ("stride",))
    assert window.activities.open_file(path)
    qtbot.wait(50)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768
    panel = window.findChild(QDockWidget, "activityPanel")
    assert panel.width() <= 1024 * 0.3  # the lesson keeps most of the screen
