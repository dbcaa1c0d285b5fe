"""The pooling lesson saved as an activity: the map, window, stride, source and focused cell."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from gui.lessons.pooling.lesson import PoolingLesson
from gui.widgets.matrix_grid import MatrixGrid
from tests.gui.activity_pages import (
    assert_controls,
    assert_refused,
    restore_into,
    with_changes,
)
from tests.gui.grid_typing import type_into_cell


def make(qtbot: QtBot) -> PoolingLesson:
    view = PoolingLesson()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def texts(grid: MatrixGrid) -> list[list[object]]:
    return [[(grid.cell_text(r, c), grid.item(r, c).background().color().name())
             for c in range(grid.columnCount())] for r in range(grid.rowCount())]


def shown(lesson: PoolingLesson) -> tuple[object, ...]:
    grids = [texts(lesson.findChild(MatrixGrid, name))
             for name in ("inputGrid", "maxGrid", "avgGrid")]
    spins = [lesson.findChild(QSpinBox, name).value()
             for name in ("inputRowsSpin", "inputColsSpin", "windowSpin", "strideSpin")]
    labels = [lesson.findChild(QLabel, name).text()
              for name in ("windowDetail", "outputSizeFormula")]
    return (*grids, *spins, *labels, lesson.findChild(QComboBox, "sourceCombo").currentIndex())


def click_cell(grid: MatrixGrid, row: int, col: int) -> None:
    centre = grid.visualItemRect(grid.item(row, col)).center()
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     centre)


def test_a_changed_lesson_comes_back_the_same_in_a_fresh_page(qtbot: QtBot) -> None:
    lesson = make(qtbot)
    lesson.findChild(QSpinBox, "inputColsSpin").setValue(6)
    type_into_cell(qtbot, lesson.findChild(MatrixGrid, "inputGrid"), 0, 5, "7,5")
    lesson.findChild(QSpinBox, "windowSpin").setValue(3)
    lesson.findChild(QSpinBox, "strideSpin").setValue(1)
    click_cell(lesson.findChild(MatrixGrid, "maxGrid"), 1, 3)
    fresh = make(qtbot)
    state = restore_into(fresh, lesson)
    assert (state["pool"], state["stride"], state["source"], state["focus"]) == (
        3, 1, "numbers", [1, 3])
    assert state["input"][0] == [0, 0, 4, 4, 0, 7.5]
    assert shown(fresh) == shown(lesson)
    assert "max(" in fresh.findChild(QLabel, "windowDetail").text()


def test_the_feature_map_source_comes_back(qtbot: QtBot) -> None:
    lesson = make(qtbot)
    lesson.findChild(QComboBox, "sourceCombo").setCurrentIndex(1)
    fresh = make(qtbot)
    assert restore_into(fresh, lesson)["source"] == "feature_map"
    assert fresh.view.stack.currentIndex() == 1


@pytest.mark.parametrize(("changes", "message"), [
    ({"input": [[1] * 9]}, "1–8"),
    ({"input": [[True, 1]]}, "finite number"),
    ({"pool": 5}, "from 1 to 4"),
    ({"stride": 0}, "from 1 to 4"),
    ({"source": "drawing"}, "'source' must be one of"),
    ({"focus": [2, 0]}, r"focus\[0\]' must be from 0 to 1"),
    ({"focus": [0, 0], "pool": 4, "input": [[1, 2]]}, "window does not fit"),
    ({"focus": "0,0"}, "list of 2"),
    ({"mode": "max"}, "unknown keys"),
])
def test_a_bad_state_is_refused_and_changes_nothing(
        qtbot: QtBot, changes: dict[str, object], message: str) -> None:
    lesson = make(qtbot)
    lesson.findChild(QSpinBox, "inputRowsSpin").setValue(5)
    bad = with_changes(lesson.activity_state(), **changes)
    assert_refused(lesson, bad, lambda: shown(lesson), message)


def test_every_lockable_control_is_a_visible_widget_of_the_page(qtbot: QtBot) -> None:
    assert_controls(make(qtbot), "lesson", ["input", "pool", "stride"])
