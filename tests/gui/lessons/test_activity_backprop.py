"""The backpropagation lesson saved as an activity: numbers, α, the chosen weight and the steps."""

from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from gui.lessons.backprop.lesson import BackpropLesson
from gui.widgets.matrix_grid import MatrixGrid
from tests.gui.activity_pages import (
    assert_controls,
    assert_refused,
    restore_into,
    with_changes,
)
from tests.gui.grid_typing import type_into_cell

GRIDS = ("inputGrid", "kernelGrid", "outputGrid", "targetGrid", "outputGradientGrid",
         "weightGradientGrid")


@pytest.fixture
def pages(qtbot: QtBot) -> Iterator[list[BackpropLesson]]:
    made: list[BackpropLesson] = []
    yield made
    for page in made:
        page.tensorflow.wait(120)


def make(qtbot: QtBot, pages: list[BackpropLesson]) -> BackpropLesson:
    view = BackpropLesson()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    pages.append(view)
    return view


def shown(lesson: BackpropLesson) -> tuple[object, ...]:
    grids = [[[(g.cell_text(r, c), g.item(r, c).background().color().name())
               for c in range(g.columnCount())] for r in range(g.rowCount())]
             for g in (lesson.findChild(MatrixGrid, name) for name in GRIDS)]
    labels = [lesson.findChild(QLabel, name).text()
              for name in ("lossFormula", "weightGradientFormula")]
    return (*grids, *labels, lesson.findChild(QDoubleSpinBox, "learningRate").value(),
            lesson.selected_weight, lesson.losses)


def click(qtbot: QtBot, lesson: BackpropLesson, name: str) -> None:
    qtbot.mouseClick(lesson.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def test_a_changed_lesson_comes_back_the_same_in_a_fresh_page(
        qtbot: QtBot, pages: list[BackpropLesson]) -> None:
    lesson = make(qtbot, pages)
    type_into_cell(qtbot, lesson.findChild(MatrixGrid, "inputGrid"), 4, 4, "3")
    type_into_cell(qtbot, lesson.findChild(MatrixGrid, "targetGrid"), 0, 1, "6,5")
    rate = lesson.findChild(QDoubleSpinBox, "learningRate")
    rate.selectAll()
    qtbot.keyClicks(rate, "0.02")
    qtbot.keyClick(rate, Qt.Key.Key_Return)
    click(qtbot, lesson, "weight_5")
    for _ in range(3):
        click(qtbot, lesson, "applyStep")
    fresh = make(qtbot, pages)
    state = restore_into(fresh, lesson)
    assert (state["learning_rate"], state["weight"], state["steps"]) == (0.02, 4, 3)
    assert state["target"] == [[5, 6.5], [7, 7]] and state["input"][4][4] == 3
    assert shown(fresh) == shown(lesson)
    np.testing.assert_array_equal(fresh.current.kernel, lesson.current.kernel)


@pytest.mark.parametrize(("changes", "message"), [
    ({"input": [[1] * 5] * 4}, "must be 5 × 5"),
    ({"kernel": [[1, 2], [3, 4]]}, "must be 3 × 3"),
    ({"target": [[1, None], [1, 1]]}, "finite number"),
    ({"learning_rate": 2}, "from 0.001 to 1"),
    ({"weight": 9}, "from 0 to 8"),
    ({"steps": -1}, "from 0 to 1000"),
    ({"steps": 1000, "learning_rate": 1, "input": [[100] * 5] * 5}, "overflow"),
    ({"dL_dz": [[1, 1], [1, 1]]}, "unknown keys"),
])
def test_a_bad_state_is_refused_and_changes_nothing(
        qtbot: QtBot, pages: list[BackpropLesson], changes: dict[str, object],
        message: str) -> None:
    lesson = make(qtbot, pages)
    click(qtbot, lesson, "applyStep")
    bad = with_changes(lesson.activity_state(), **changes)
    assert_refused(lesson, bad, lambda: shown(lesson), message)


def test_every_lockable_control_is_a_visible_widget_of_the_page(
        qtbot: QtBot, pages: list[BackpropLesson]) -> None:
    assert_controls(make(qtbot, pages), "lesson",
                    ["input", "kernel", "target", "learning_rate", "step"])
