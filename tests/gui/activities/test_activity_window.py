"""File → Save activity… and Open activity… as a teacher and a class use them, in the window.

A small lesson page stands in for the first lesson here, so that these tests check the
window's part (dialog, file, panel, locks, messages) whatever the lessons do;
test_activity_pages.py round-trips the real pages.
"""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

import gui.main_window as main_window_module
from engine.activities import FORMAT, load_activity
from gui import i18n
from gui.activities.dialog import SaveActivityDialog
from gui.app import open_activity_when_shown
from gui.main_window import PAGES, MainWindow, Page
from gui.session import LabSession
from gui.widgets.activity import ActivityControl, ActivityPage
from tests.gui.test_main_window import choose_language


class FakeLesson(QWidget):
    """A lesson with a stride, a padding and a kernel text; refuses strides outside 1..3."""

    def __init__(self, session: LabSession) -> None:
        super().__init__()
        self.setObjectName("fakeLesson")
        self.stride, self.padding = QSpinBox(), QSpinBox()
        self.stride.setObjectName("stride")
        self.stride.setRange(1, 9)
        self.stride.setToolTip("How far the kernel moves")
        self.padding.setObjectName("padding")
        self.kernel = QLineEdit("1 0 -1")
        self.kernel.setObjectName("kernel")
        layout = QVBoxLayout(self)
        for widget in (self.stride, self.padding, self.kernel):
            layout.addWidget(widget)

    def activity_kind(self) -> str:
        return "lesson"

    def activity_state(self) -> dict[str, Any]:
        return {"stride": self.stride.value(), "padding": self.padding.value(),
                "kernel": self.kernel.text()}

    def restore_activity_state(self, state: dict[str, Any]) -> None:
        if not isinstance(state.get("stride"), int) or not 1 <= state["stride"] <= 3:
            raise ValueError("stride must be 1, 2 or 3")
        self.stride.setValue(state["stride"])
        self.padding.setValue(state.get("padding", 0))
        self.kernel.setText(state.get("kernel", ""))

    def activity_controls(self) -> list[ActivityControl]:
        return [ActivityControl("stride", "Stride", (self.stride,)),
                ActivityControl("padding", "Padding", (self.padding,)),
                ActivityControl("kernel", "Kernel", (self.kernel,))]


def fake_pages() -> tuple[Page, ...]:
    """PAGES with the first lesson replaced by FakeLesson and Draw by a page without state."""
    makers: dict[str, Callable[[LabSession], QWidget]] = {
        "convolution": FakeLesson, "draw": lambda session: QWidget()}
    return tuple(Page(page.key, page.group, makers.get(page.key, page.make)) for page in PAGES)


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(main_window_module, "PAGES", fake_pages())
    window = MainWindow(warm_up_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("convolution")
    return window


def lesson(window: MainWindow) -> FakeLesson:
    view = window.show_page("convolution")
    assert isinstance(view, FakeLesson)
    return view


def panel(window: MainWindow) -> QDockWidget:
    return window.findChild(QDockWidget, "activityPanel")


def choose_file(monkeypatch: pytest.MonkeyPatch, which: str, path: Path) -> list[tuple]:
    """Answer QFileDialog.getSaveFileName/getOpenFileName with ``path``; returns the calls."""
    calls: list[tuple] = []

    def answer(*args: Any, **kwargs: Any) -> tuple[str, str]:
        calls.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, which, staticmethod(answer))
    return calls


def save_through_the_dialog(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                            path: Path, instructions: str, locks: tuple[str, ...]) -> list[tuple]:
    """File → Save activity…, type the title and instructions, tick ``locks``, Save."""
    calls = choose_file(monkeypatch, "getSaveFileName", path)
    window.findChild(QAction, "saveActivityAction").trigger()
    dialog = window.findChild(SaveActivityDialog, "saveActivityDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "activityTitleEdit"), "Stride two")
    editor = dialog.findChild(QPlainTextEdit, "activityInstructionsEdit")
    for number, line in enumerate(instructions.split("\n")):
        if number:
            qtbot.keyClick(editor, Qt.Key.Key_Return)  # QTest types no "\n"
        qtbot.keyClicks(editor, line)
    for key in locks:
        dialog.findChild(QCheckBox, f"lock_{key}").click()
    dialog.accept()  # the Save button
    return calls


def error_message(window: MainWindow, qtbot: QtBot, name: str = "activityErrorMessage"
                  ) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, name) is not None)
    return window.findChild(QMessageBox, name)


def close_message(box: QMessageBox, qtbot: QtBot) -> None:
    box.close()
    qtbot.waitUntil(lambda: not box.isVisible())


# --- saving --------------------------------------------------------------------------------

def test_save_is_offered_only_on_pages_that_can_be_saved(window: MainWindow) -> None:
    save = window.findChild(QAction, "saveActivityAction")
    assert save.shortcut().toString() == "Ctrl+Shift+S"
    assert window.findChild(QAction, "openActivityAction").shortcut().toString() == "Ctrl+O"
    assert isinstance(window.current_view(), ActivityPage) and save.isEnabled()
    window.show_page("draw")
    assert not isinstance(window.current_view(), ActivityPage)
    assert not save.isEnabled() and "cannot be saved" in save.toolTip()
    window.show_page("convolution")
    assert save.isEnabled()
    assert save in window.file_menu.actions()
    assert window.findChild(QAction, "openActivityAction") in window.file_menu.actions()


def test_a_saved_activity_holds_the_page_the_instructions_and_the_locks(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    lesson(window).stride.setValue(2)
    calls = save_through_the_dialog(window, qtbot, monkeypatch, tmp_path / "stride",
                                    "Compute the output size.\nThen try padding 1.", ("stride",))
    assert "CNN Lab activity (*.cnnlab)" in calls[0]
    saved = load_activity(tmp_path / "stride.cnnlab")  # the suffix was added
    assert (saved.kind, saved.page, saved.title) == ("lesson", "convolution", "Stride two")
    assert saved.instructions == "Compute the output size.\nThen try padding 1."
    assert saved.locked == ("stride",)
    assert saved.state == {"stride": 2, "padding": 0, "kernel": "1 0 -1"}


def test_a_file_that_cannot_be_written_gets_a_message(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "a.cnnlab"
    save_through_the_dialog(window, qtbot, monkeypatch, target, "x", ())
    box = error_message(window, qtbot, "activitySaveErrorMessage")
    assert str(target) in box.text() and not target.exists()
    close_message(box, qtbot)


# --- opening -------------------------------------------------------------------------------

@pytest.fixture
def saved(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
          tmp_path: Path) -> Path:
    """An activity saved from the lesson at stride 3, padding 1, with stride and kernel locked."""
    view = lesson(window)
    view.stride.setValue(3)
    view.padding.setValue(1)
    path = tmp_path / "lesson.cnnlab"
    save_through_the_dialog(window, qtbot, monkeypatch, path, "Find the output size.",
                            ("stride", "kernel"))
    view.stride.setValue(1)  # the teacher goes on working
    view.padding.setValue(0)
    window.show_page("draw")
    return path


def test_opening_restores_the_page_shows_the_instructions_and_locks(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, saved: Path) -> None:
    choose_file(monkeypatch, "getOpenFileName", saved)
    window.findChild(QAction, "openActivityAction").trigger()
    view = lesson(window)
    assert window.current_page_key() == "convolution"
    assert (view.stride.value(), view.padding.value()) == (3, 1)
    dock = panel(window)
    assert dock.isVisible()
    assert window.statusBar().currentMessage() == "Activity opened: lesson.cnnlab"
    assert dock.findChild(QLabel, "activityTitle").text() == "Stride two"
    instructions = dock.findChild(QPlainTextEdit, "activityInstructions")
    assert instructions.toPlainText() == "Find the output size." and instructions.isReadOnly()
    assert instructions.font().pointSizeF() > window.font().pointSizeF() * 1.3  # from afar
    assert "Stride" in dock.findChild(QLabel, "activityLocks").text()
    assert not view.stride.isEnabled() and not view.kernel.isEnabled()
    assert view.padding.isEnabled()  # not locked
    assert view.stride.toolTip() == "Locked by the activity"
    view.stride.setEnabled(True)  # the page re-enables its control, as a preset would
    assert not view.stride.isEnabled()
    view.setEnabled(False)
    view.setEnabled(True)  # a parent re-enabled
    assert not view.stride.isEnabled() and view.padding.isEnabled()


def test_end_activity_unlocks_everything_and_closes_the_panel(
        window: MainWindow, qtbot: QtBot, saved: Path) -> None:
    view = lesson(window)
    assert window.activities.open_file(saved)
    view.stride.setToolTip("Changed by the page while locked")
    assert view.stride.toolTip() == "Locked by the activity"
    qtbot.mouseClick(panel(window).findChild(QPushButton, "endActivityButton"),
                     Qt.MouseButton.LeftButton)
    assert not panel(window).isVisible()
    assert view.stride.isEnabled() and view.kernel.isEnabled()
    assert view.stride.toolTip() == "Changed by the page while locked"
    assert view.kernel.toolTip() == ""
    assert window.activities.active_activity() is None


def test_a_control_the_page_had_disabled_stays_disabled_after_the_activity(
        window: MainWindow, saved: Path) -> None:
    view = lesson(window)
    view.kernel.setEnabled(False)
    window.activities.open_file(saved)
    window.activities.end_activity()
    assert not view.kernel.isEnabled() and view.stride.isEnabled()


def test_opening_another_activity_replaces_the_previous_one(
        window: MainWindow, saved: Path, tmp_path: Path) -> None:
    document = json.loads(saved.read_text(encoding="utf-8"))
    document.update(locked=["padding"], instructions="Now the padding.", title="")
    second = tmp_path / "second.cnnlab"
    second.write_text(json.dumps(document), encoding="utf-8")
    view = lesson(window)
    assert window.activities.open_file(saved)
    assert window.activities.open_file(second)
    assert view.stride.isEnabled() and view.kernel.isEnabled() and not view.padding.isEnabled()
    dock = panel(window)
    assert dock.findChild(QPlainTextEdit, "activityInstructions").toPlainText() == \
        "Now the padding."
    assert not dock.findChild(QLabel, "activityTitle").isVisible()


def test_the_save_dialog_starts_from_the_open_activity(
        window: MainWindow, saved: Path) -> None:
    window.activities.open_file(saved)
    dialog = window.activities.ask_to_save()
    assert dialog.title() == "Stride two" and dialog.instructions() == "Find the output size."
    assert dialog.locked() == ("stride", "kernel")
    dialog.reject()


# --- bad files -----------------------------------------------------------------------------

def bad_documents(saved: Path) -> dict[str, Any]:
    good = json.loads(saved.read_text(encoding="utf-8"))
    return {
        "missing": None,
        "garbage": bytes(range(256)),
        "truncated": saved.read_bytes()[:40],
        "foreign": {"cells": [], "nbformat": 4},
        "newer": {**good, "version": 99},
        "wrong types": {**good, "locked": "stride"},
        "unknown page": {**good, "page": "teleport"},
        "page without activities": {**good, "page": "draw"},
        "wrong kind": {**good, "kind": "training"},
        "state the page refuses": {**good, "state": {"stride": 7}},
    }


REASON_WORDS = {"missing": "could not be read", "garbage": "damaged", "truncated": "damaged",
                "foreign": "not a CNN Lab activity", "newer": "newer CNN Lab"}


@pytest.mark.parametrize("case", [
    *REASON_WORDS, "wrong types", "unknown page", "page without activities", "wrong kind",
    "state the page refuses"])
def test_a_bad_file_gets_a_message_and_changes_nothing(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, saved: Path,
        tmp_path: Path, case: str) -> None:
    content = bad_documents(saved)[case]
    path = tmp_path / "bad.cnnlab"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(json.dumps(content), encoding="utf-8")
    view = lesson(window)
    view.stride.setValue(2)
    window.show_page("pooling_invariance")
    choose_file(monkeypatch, "getOpenFileName", path)
    window.findChild(QAction, "openActivityAction").trigger()
    box = error_message(window, qtbot)
    assert "bad.cnnlab" in box.text() and "Nothing was changed" in box.text()
    assert REASON_WORDS.get(case, "do not fit") in box.text()
    assert box.detailedText()  # what exactly was wrong, for whoever helps
    assert window.current_page_key() == "pooling_invariance"  # where the person was
    assert view.activity_state() == {"stride": 2, "padding": 0, "kernel": "1 0 -1"}
    assert view.stride.isEnabled() and not panel(window).isVisible()
    close_message(box, qtbot)


def test_a_bad_file_leaves_the_running_activity_as_it_was(
        window: MainWindow, qtbot: QtBot, saved: Path, tmp_path: Path) -> None:
    window.activities.open_file(saved)
    bad = tmp_path / "bad.cnnlab"
    bad.write_text(json.dumps({"format": FORMAT, "version": 2}), encoding="utf-8")
    assert not window.activities.open_file(bad)
    close_message(error_message(window, qtbot), qtbot)
    assert panel(window).isVisible() and not lesson(window).stride.isEnabled()


# --- the command line and the language ------------------------------------------------------

def test_a_file_given_on_the_command_line_opens_once_the_window_shows(
        window: MainWindow, qtbot: QtBot, saved: Path) -> None:
    window.show_page("draw")
    open_activity_when_shown(window, str(saved))
    qtbot.waitUntil(lambda: window.activities.active_activity() is not None)
    assert window.current_page_key() == "convolution" and lesson(window).stride.value() == 3


def test_a_bad_file_on_the_command_line_is_a_message_and_the_app_runs_on(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    open_activity_when_shown(window, tmp_path / "gone.cnnlab")
    close_message(error_message(window, qtbot), qtbot)
    assert window.isVisible() and window.current_page_key() == "convolution"


def test_main_py_passes_the_file_to_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    import gui.app
    import main

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(gui.app, "main", lambda argv, **options: calls.append(options) or 0)
    assert main.main(["lesson.cnnlab", "--lang", "pt_BR"]) == 0
    assert calls == [{"language": "pt_BR", "activity": "lesson.cnnlab"}]


def test_the_activity_texts_are_in_portuguese(window: MainWindow, qtbot: QtBot,
                                              saved: Path) -> None:
    window.activities.open_file(saved)
    choose_language(window, i18n.PORTUGUESE, qtbot)
    def menu_text(name: str) -> str:
        return window.findChild(QAction, name).text().replace("&", "")  # without the mnemonic

    assert menu_text("saveActivityAction") == "Salvar atividade…"
    assert menu_text("openActivityAction") == "Abrir atividade…"
    dock = panel(window)
    assert dock.windowTitle() == "Instruções"
    assert dock.findChild(QPushButton, "endActivityButton").text() == "Encerrar atividade"
    assert lesson(window).stride.toolTip() == "Bloqueado pela atividade"


def test_a_mistyped_command_is_not_taken_for_an_activity_file(
        capsys: pytest.CaptureFixture[str]) -> None:
    import main

    with pytest.raises(SystemExit) as exited:
        main.main(["trian"])
    assert exited.value.code == 2
    assert "neither a command" in capsys.readouterr().err
