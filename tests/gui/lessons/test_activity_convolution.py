"""The convolution lesson saved as an activity and opened again: the same grids, the same step."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from gui.lessons.convolution.lesson import ConvolutionLesson
from gui.widgets.matrix_grid import MatrixGrid
from tests.gui.activity_pages import (
    assert_controls,
    assert_refused,
    restore_into,
    with_changes,
)
from tests.gui.grid_typing import type_into_cell


def make(qtbot: QtBot) -> ConvolutionLesson:
    lesson = ConvolutionLesson()
    qtbot.addWidget(lesson)
    lesson.resize(1200, 900)
    lesson.show()
    qtbot.waitExposed(lesson)
    return lesson


def shown(lesson: ConvolutionLesson) -> dict[str, object]:
    """What a person sees: every grid's texts, the spin boxes and the step counter."""
    grids = {name: _texts(lesson.findChild(MatrixGrid, name))
             for name in ("inputGrid", "kernelGrid", "outputGrid")}
    spins = {name: lesson.findChild(QSpinBox, name).value()
             for name in ("inputRowsSpin", "inputColsSpin", "kernelRowsSpin", "kernelColsSpin",
                          "strideSpin", "paddingSpin")}
    return {**grids, **spins, "step": lesson.findChild(object, "stepCounter").text(),
            "formula": lesson.findChild(object, "stepFormula").text()}


def _texts(grid: MatrixGrid) -> list[list[str]]:
    return [[grid.cell_text(r, c) for c in range(grid.columnCount())]
            for r in range(grid.rowCount())]


def click(qtbot: QtBot, lesson: ConvolutionLesson, name: str) -> None:
    qtbot.mouseClick(lesson.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def test_a_changed_lesson_comes_back_the_same_in_a_fresh_page(qtbot: QtBot) -> None:
    lesson = make(qtbot)
    lesson.findChild(QSpinBox, "inputRowsSpin").setValue(5)
    lesson.findChild(QSpinBox, "inputColsSpin").setValue(4)
    type_into_cell(qtbot, lesson.findChild(MatrixGrid, "inputGrid"), 4, 3, "-2,5")
    type_into_cell(qtbot, lesson.findChild(MatrixGrid, "kernelGrid"), 1, 0, "7")
    lesson.findChild(QSpinBox, "strideSpin").setValue(2)
    lesson.findChild(QSpinBox, "paddingSpin").setValue(1)
    for _ in range(3):
        click(qtbot, lesson, "forwardButton")
    fresh = make(qtbot)
    state = restore_into(fresh, lesson)
    assert state["input"][4][3] == -2.5 and state["kernel"][1][0] == 7
    assert (state["stride"], state["padding"], state["step"]) == (2, 1, 3)
    assert shown(fresh) == shown(lesson)


def test_uneven_same_padding_is_kept_side_by_side(qtbot: QtBot) -> None:
    lesson = make(qtbot)
    lesson.findChild(QSpinBox, "inputRowsSpin").setValue(4)
    click(qtbot, lesson, "sameButton")  # a 2×2 kernel: one more row and column after
    fresh = make(qtbot)
    state = restore_into(fresh, lesson)
    assert state["padding"] == [0, 1, 0, 1]
    assert shown(fresh) == shown(lesson)


BAD_CHANGES = [
    ({"input": [[1, 2], [3]]}, "equal length"),
    ({"input": [[1] * 11]}, "1–10"),
    ({"input": "1 2 3"}, "list of rows"),
    ({"input": [[1, "x"]]}, "finite number"),
    ({"kernel": [[1.0, float("nan")]]}, "finite number"),
    ({"kernel": [[1] * 6]}, "1–5"),
    ({"stride": 0}, "from 1 to 5"),
    ({"stride": 1.5}, "whole number"),
    ({"stride": True}, "whole number"),
    ({"padding": 4}, "from 0 to 3"),
    ({"padding": [0, 1, 0]}, "list of 4"),
    ({"step": 4}, "from 0 to 3"),
    ({"step": -1}, "from 0 to 3"),
    ({"colour": "red"}, "unknown keys"),
    ({"kernel": None}, "lacks 'kernel'"),
]


@pytest.mark.parametrize(("changes", "message"), BAD_CHANGES)
def test_a_bad_state_is_refused_and_changes_nothing(
        qtbot: QtBot, changes: dict[str, object], message: str) -> None:
    lesson = make(qtbot)
    click(qtbot, lesson, "forwardButton")
    bad = with_changes(lesson.activity_state(), **changes)
    assert_refused(lesson, bad, lambda: shown(lesson), message)


def test_a_state_that_is_not_an_object_is_refused(qtbot: QtBot) -> None:
    lesson = make(qtbot)
    assert_refused(lesson, [1, 2, 3], lambda: shown(lesson), "JSON object")


def test_every_lockable_control_is_a_visible_widget_of_the_page(qtbot: QtBot) -> None:
    assert_controls(make(qtbot), "lesson", ["input", "kernel", "stride", "padding", "step"])


def test_a_locked_step_holds_against_the_keys_too(qtbot: QtBot) -> None:
    lesson = make(qtbot)
    lesson.activateWindow()
    qtbot.waitUntil(lesson.isActiveWindow, timeout=2000)  # shortcuts need an active window
    step = next(c for c in lesson.activity_controls() if c.key == "step")
    for widget in step.widgets:
        widget.setEnabled(False)  # what the main window does to a locked control
    lesson.findChild(MatrixGrid, "kernelGrid").setFocus()
    qtbot.keyClick(lesson.focusWidget(), Qt.Key.Key_PageDown)
    qtbot.keyClick(lesson.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert lesson.current_step == 0
    for widget in step.widgets:
        widget.setEnabled(True)
    qtbot.keyClick(lesson.focusWidget(), Qt.Key.Key_PageDown)
    assert lesson.current_step == 1
