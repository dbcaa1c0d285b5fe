"""The kernel editor saved as an activity: picture, kernel, stride, padding and ReLU come back."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from gui.lessons.kernel_editor.lesson import KernelEditorLesson
from gui.widgets.matrix_grid import MatrixGrid
from tests.gui.activity_pages import (
    assert_controls,
    assert_refused,
    choose_in_combo,
    restore_into,
    with_changes,
)
from tests.gui.grid_typing import type_into_cell


def make(qtbot: QtBot) -> KernelEditorLesson:
    view = KernelEditorLesson()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def shown(qtbot: QtBot, lesson: KernelEditorLesson) -> tuple[object, ...]:
    qtbot.waitUntil(lambda: not lesson.refresh_pending(), timeout=2000)
    grid = lesson.findChild(MatrixGrid, "kernelGrid")
    cells = [grid.cell_text(r, c) for r in range(grid.rowCount())
             for c in range(grid.columnCount())]
    spins = [lesson.findChild(QSpinBox, name).value()
             for name in ("kernelRows", "kernelCols", "strideSpin", "paddingSpin")]
    response = lesson.response()
    return (lesson.source.combo.currentText(), cells, *spins,
            lesson.findChild(QComboBox, "kernelPreset").currentText(),
            lesson.findChild(QPushButton, "sameButton").isChecked(),
            lesson.findChild(QCheckBox, "reluCheck").isChecked(),
            lesson.findChild(QLabel, "outputSizeFormula").text(),
            None if response is None else response.tobytes())


def test_a_changed_lesson_comes_back_the_same_in_a_fresh_page(qtbot: QtBot) -> None:
    lesson = make(qtbot)
    choose_in_combo(qtbot, lesson.source.combo, "coins")
    choose_in_combo(qtbot, lesson.findChild(QComboBox, "kernelPreset"), "sharpen")
    lesson.findChild(QSpinBox, "kernelRows").setValue(4)
    type_into_cell(qtbot, lesson.findChild(MatrixGrid, "kernelGrid"), 3, 2, "-0,5")
    lesson.findChild(QSpinBox, "strideSpin").setValue(3)
    lesson.findChild(QSpinBox, "paddingSpin").setValue(2)
    lesson.findChild(QCheckBox, "reluCheck").click()
    fresh = make(qtbot)
    state = restore_into(fresh, lesson)
    assert (state["image"], state["preset"], state["stride"], state["padding"], state["relu"]) \
        == ("coins", "custom", 3, 2, True)
    assert state["kernel"][3] == [0, 0, -0.5]
    assert shown(qtbot, fresh) == shown(qtbot, lesson)


def test_same_padding_and_a_preset_come_back(qtbot: QtBot) -> None:
    lesson = make(qtbot)
    choose_in_combo(qtbot, lesson.findChild(QComboBox, "kernelPreset"), "box_blur")
    qtbot.mouseClick(lesson.findChild(QPushButton, "sameButton"), Qt.MouseButton.LeftButton)
    fresh = make(qtbot)
    fresh.findChild(QSpinBox, "paddingSpin").setValue(4)
    state = restore_into(fresh, lesson)
    assert (state["preset"], state["padding"]) == ("box_blur", "same")
    assert shown(qtbot, fresh) == shown(qtbot, lesson)
    np.testing.assert_array_equal(fresh.response(), lesson.response())


@pytest.mark.parametrize(("changes", "message"), [
    ({"kernel": [[1] * 8]}, "1–7"),
    ({"kernel": [[1, 0], [0, 1]], "preset": "vertical_edges"}, "not the kernel of preset"),
    ({"preset": "emboss_42"}, "'preset' must be one of"),
    ({"stride": 9}, "from 1 to 8"),
    ({"padding": "full"}, "whole number"),
    ({"padding": 6}, "from 0 to 5"),
    ({"relu": "on"}, "true or false"),
    ({"image": "/home/teacher/photo.png"}, "'image' must be one of"),
    ({"dilation": 2}, "unknown keys"),
])
def test_a_bad_state_is_refused_and_changes_nothing(
        qtbot: QtBot, changes: dict[str, object], message: str) -> None:
    lesson = make(qtbot)
    lesson.findChild(QSpinBox, "strideSpin").setValue(2)
    bad = with_changes(lesson.activity_state(), **changes)
    assert_refused(lesson, bad, lambda: shown(qtbot, lesson), message)


def test_every_lockable_control_is_a_visible_widget_of_the_page(qtbot: QtBot) -> None:
    assert_controls(make(qtbot), "lesson", ["image", "kernel", "stride", "padding", "relu"])
