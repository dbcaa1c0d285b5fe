""""Why max pooling matters" saved as an activity: the shift experiment comes back as it was."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from gui.lessons.pooling.invariance import PoolingInvarianceLesson
from gui.session import LabSession
from gui.widgets.matrix_grid import MatrixGrid
from tests.gui.activity_pages import (
    assert_controls,
    assert_refused,
    restore_into,
    with_changes,
)
from tests.gui.grid_typing import type_into_cell

GRIDS = ("inputGrid", "shiftedGrid", "pooledBeforeGrid", "pooledAfterGrid")


def make(qtbot: QtBot) -> PoolingInvarianceLesson:
    view = PoolingInvarianceLesson(LabSession())
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def shown(lesson: PoolingInvarianceLesson) -> tuple[object, ...]:
    shift = lesson.shift
    grids = [[[(g.cell_text(r, c), g.item(r, c).background().color().name())
               for c in range(g.columnCount())] for r in range(g.rowCount())]
             for g in (shift.findChild(MatrixGrid, name) for name in GRIDS)]
    spins = [shift.findChild(QSpinBox, name).value()
             for name in ("windowRowsSpin", "windowColsSpin", "strideSpin")]
    labels = [shift.findChild(QLabel, name).text() for name in ("shiftOffset", "changeCounts")]
    return lesson.tabs.currentIndex(), *grids, *spins, *labels


def click(qtbot: QtBot, lesson: PoolingInvarianceLesson, name: str) -> None:
    qtbot.mouseClick(lesson.shift.findChild(QAbstractButton, name), Qt.MouseButton.LeftButton)


def test_a_changed_experiment_comes_back_the_same_in_a_fresh_page(qtbot: QtBot) -> None:
    lesson = make(qtbot)
    type_into_cell(qtbot, lesson.shift.findChild(MatrixGrid, "inputGrid"), 2, 3, "12")
    lesson.shift.findChild(QSpinBox, "windowColsSpin").setValue(3)
    lesson.shift.findChild(QSpinBox, "strideSpin").setValue(1)
    for name in ("shiftRight", "shiftRight", "shiftUp"):
        click(qtbot, lesson, name)
    fresh = make(qtbot)
    state = restore_into(fresh, lesson)
    assert (state["tab"], state["pool"], state["stride"], state["shift"]) == (
        "shift", [2, 3], 1, [-1, 2])
    assert state["input"][2][3] == 12
    assert shown(fresh) == shown(lesson)


def test_the_books_figure_and_the_detector_tab_come_back(qtbot: QtBot) -> None:
    lesson = make(qtbot)
    click(qtbot, lesson, "bookFigureButton")
    click(qtbot, lesson, "shiftLeft")
    lesson.tabs.setCurrentIndex(1)
    fresh = make(qtbot)
    state = restore_into(fresh, lesson)
    assert (state["tab"], len(state["input"]), state["pool"]) == ("detector", 1, [1, 3])
    assert shown(fresh) == shown(lesson)


@pytest.mark.parametrize(("changes", "message"), [
    ({"input": [[1] * 9]}, "1–8"),
    ({"pool": [5, 1]}, "from 1 to 4"),
    ({"pool": 2}, "list of 2"),
    ({"stride": "2"}, "whole number"),
    ({"shift": [8, 0]}, "from -7 to 7"),
    ({"input": [[1, 2, 3]], "shift": [1, 0]}, r"shift\[0\]' must be from 0 to 0"),
    ({"tab": "five"}, "'tab' must be one of"),
    ({"drawing": []}, "unknown keys"),
])
def test_a_bad_state_is_refused_and_changes_nothing(
        qtbot: QtBot, changes: dict[str, object], message: str) -> None:
    lesson = make(qtbot)
    click(qtbot, lesson, "shiftDown")
    bad = with_changes(lesson.activity_state(), **changes)
    assert_refused(lesson, bad, lambda: shown(lesson), message)


def test_every_lockable_control_is_a_visible_widget_of_the_page(qtbot: QtBot) -> None:
    assert_controls(make(qtbot), "lesson", ["input", "pool", "stride", "shift"])
