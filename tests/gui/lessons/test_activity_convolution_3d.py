"""The 3-D convolution lesson saved as an activity: picture, size, stride, padding and filters."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox
from pytestqt.qtbot import QtBot

from gui.lessons.convolution_3d.lesson import Convolution3DLesson
from gui.session import LabSession
from gui.widgets.matrix_grid import MatrixGrid
from tests.gui.activity_pages import (
    assert_controls,
    assert_refused,
    choose_in_combo,
    restore_into,
    with_changes,
)
from tests.gui.grid_typing import type_into_cell


def make(qtbot: QtBot) -> Convolution3DLesson:
    page = Convolution3DLesson(LabSession())
    qtbot.addWidget(page)
    page.resize(800, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def shown(lesson: Convolution3DLesson) -> tuple[object, ...]:
    k = lesson.view.kernels
    grids = [[lesson.findChild(MatrixGrid, f"kernelGrid{c}").cell_text(r, col)
              for r in range(3) for col in range(3)] for c in "RGB"]
    return (lesson.view.source.combo.currentText(), lesson.view.size_combo.currentText(),
            lesson.stride(), lesson.padding(), k.current_filter(), k.recipe_combo.currentText(),
            k.bias_spin.text(), grids, lesson.feature_maps().tobytes(),
            lesson.view.size_formula.text())


def test_a_changed_lesson_comes_back_the_same_in_a_fresh_page(qtbot: QtBot) -> None:
    lesson = make(qtbot)
    choose_in_combo(qtbot, lesson.view.source.combo, "chelsea")
    choose_in_combo(qtbot, lesson.view.size_combo, 32)
    lesson.findChild(QSpinBox, "strideSpin").setValue(2)
    lesson.findChild(QSpinBox, "paddingSpin").setValue(1)
    choose_in_combo(qtbot, lesson.findChild(QComboBox, "filterPresetCombo"), "blue_minus_red")
    lesson.view.kernels.tabs.setCurrentIndex(2)
    type_into_cell(qtbot, lesson.findChild(MatrixGrid, "kernelGridG"), 1, 1, "0,5")
    bias = lesson.findChild(QDoubleSpinBox, "biasSpin")
    bias.selectAll()
    qtbot.keyClicks(bias, "-12")
    qtbot.keyClick(bias, Qt.Key.Key_Return)
    fresh = make(qtbot)
    state = restore_into(fresh, lesson)
    assert (state["image"], state["size"], state["stride"], state["padding"]) == (
        "chelsea", 32, 2, 1)
    assert state["filter"] == 2
    assert state["filters"][0]["recipe"] == "blue_minus_red"
    assert state["filters"][2]["recipe"] == "custom" and state["filters"][2]["bias"] == -12
    assert shown(fresh) == shown(lesson)
    np.testing.assert_array_equal(fresh.view.kernels.kernel(), lesson.view.kernels.kernel())


def test_a_recipe_whose_weights_were_edited_in_the_file_becomes_custom(qtbot: QtBot) -> None:
    lesson = make(qtbot)
    state = lesson.activity_state()
    state["filters"][0]["R"][0][0] = 9
    lesson.restore_activity_state(state)
    assert lesson.activity_state()["filters"][0]["recipe"] == "custom"
    assert lesson.view.kernels.kernel()[0, 0, 0, 0] == 9


def _filter_1(**changes: object):  # a change to the second filter of a state
    def change(state: dict) -> dict:
        changed = with_changes(state)
        changed["filters"][1].update(changes)
        return changed
    return change


def _top(**changes: object):  # a change to the state's own keys
    return lambda state: with_changes(state, **changes)


BAD = [
    (_top(size=50), "'size' must be one of"),
    (_top(stride=5), "from 1 to 4"),
    (_top(padding=-1), "from 0 to 3"),
    (_top(filter=4), "from 0 to 3"),
    (_top(image="moon"), "'image'"),
    (_top(filters=[]), "list of 4 filters"),
    (_filter_1(G=[[1, 2], [3, 4]]), r"filters\[1\].G"),
    (_filter_1(bias=5000), "from -1000 to 1000"),
    (_filter_1(recipe="sobel"), "recipe"),
    (_filter_1(extra=1), "unknown keys"),
    (_top(kernel=[[1]]), "unknown keys"),
]


@pytest.mark.parametrize(("change", "message"), BAD)
def test_a_bad_state_is_refused_and_changes_nothing(
        qtbot: QtBot, change: object, message: str) -> None:
    lesson = make(qtbot)
    lesson.findChild(QSpinBox, "strideSpin").setValue(3)
    bad = change(lesson.activity_state())
    assert_refused(lesson, bad, lambda: shown(lesson), message)


def test_every_lockable_control_is_a_visible_widget_of_the_page(qtbot: QtBot) -> None:
    assert_controls(make(qtbot), "lesson", ["image", "stride", "padding", "filters"])


def test_a_cifar_photo_is_convolved_and_comes_back_in_a_fresh_page(qtbot: QtBot) -> None:
    from engine.lessons import cifar_photos

    lesson = make(qtbot)
    ship = cifar_photos.first_of_class(8)
    choose_in_combo(qtbot, lesson.view.source.combo, cifar_photos.key_of(ship))
    # 32 × 32 already: never enlarged, the filters read the photo's own numbers.
    assert np.array_equal(lesson.input_image(), cifar_photos.photo(ship).astype(np.float64))
    assert lesson.feature_maps().shape[:2] == (30, 30)
    assert not lesson.view.grey_note.isVisible()
    fresh = make(qtbot)
    assert restore_into(fresh, lesson)["image"] == cifar_photos.key_of(ship)
    assert shown(fresh) == shown(lesson)
