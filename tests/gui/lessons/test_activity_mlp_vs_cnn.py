"""The "MLP × CNN" lesson saved as an activity: the calculator's layer, the tab, the shift."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from gui.lessons.mlp_vs_cnn.counts import DenseOutputs
from gui.lessons.mlp_vs_cnn.lesson import MlpVsCnnLesson
from tests.gui.activity_pages import (
    assert_controls,
    assert_refused,
    choose_in_combo,
    restore_into,
    with_changes,
)

COUNTS = ("denseCount", "localCount", "convCount", "denseFormula", "shiftLabel")


def make(qtbot: QtBot) -> MlpVsCnnLesson:
    view = MlpVsCnnLesson()
    qtbot.addWidget(view)
    view.resize(830, 650)
    view.show()
    qtbot.waitExposed(view)
    return view


def shown(lesson: MlpVsCnnLesson) -> tuple[object, ...]:
    spins = [lesson.findChild(QSpinBox, name).value()
             for name in ("heightSpin", "widthSpin", "channelsSpin", "kernelSpin", "filtersSpin")]
    texts = [lesson.findChild(QLabel, name).text() for name in COUNTS]
    return (lesson.tabs.currentIndex(), *spins, *texts,
            lesson.findChild(QCheckBox, "biasCheck").isChecked(),
            lesson.findChild(QCheckBox, "logScaleCheck").isChecked(),
            lesson.findChild(QComboBox, "denseOutputsCombo").currentText(),
            lesson.experiment.shifted_image().tobytes())


def type_number(qtbot: QtBot, box: QSpinBox, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_a_changed_lesson_comes_back_the_same_in_a_fresh_page(qtbot: QtBot) -> None:
    lesson = make(qtbot)
    type_number(qtbot, lesson.findChild(QSpinBox, "heightSpin"), "64")
    type_number(qtbot, lesson.findChild(QSpinBox, "channelsSpin"), "3")
    type_number(qtbot, lesson.findChild(QSpinBox, "kernelSpin"), "5")
    type_number(qtbot, lesson.findChild(QSpinBox, "filtersSpin"), "16")
    lesson.findChild(QCheckBox, "biasCheck").click()
    lesson.findChild(QCheckBox, "logScaleCheck").click()
    choose_in_combo(qtbot, lesson.findChild(QComboBox, "denseOutputsCombo"), DenseOutputs.INPUTS)
    lesson.show_models_tab()
    for name in ("shiftRight", "shiftRight", "shiftUp"):
        qtbot.mouseClick(lesson.findChild(QPushButton, name), Qt.MouseButton.LeftButton)
    fresh = make(qtbot)
    state = restore_into(fresh, lesson)
    assert state == {"tab": "models", "height": 64, "width": 28, "channels": 3, "kernel": 5,
                     "filters": 16, "bias": False, "dense_outputs": "inputs",
                     "log_scale": False, "shift": [-1, 2]}
    assert shown(fresh) == shown(lesson)


@pytest.mark.parametrize(("changes", "message"), [
    ({"kernel": 12}, "from 1 to 11"),
    ({"height": 4, "kernel": 5}, "from 1 to 4"),
    ({"height": 0}, "from 1 to 1024"),
    ({"dense_outputs": "many"}, "'dense_outputs' must be one of"),
    ({"shift": [11, 0]}, "from -10 to 10"),
    ({"shift": [1]}, "list of 2"),
    ({"tab": 1}, "'tab' must be one of"),
    ({"bias": 1}, "true or false"),
    ({"stride": 2}, "unknown keys"),
])
def test_a_bad_state_is_refused_and_changes_nothing(
        qtbot: QtBot, changes: dict[str, object], message: str) -> None:
    lesson = make(qtbot)
    type_number(qtbot, lesson.findChild(QSpinBox, "filtersSpin"), "8")
    bad = with_changes(lesson.activity_state(), **changes)
    assert_refused(lesson, bad, lambda: shown(lesson), message)


def test_every_lockable_control_is_a_visible_widget_of_the_page(qtbot: QtBot) -> None:
    assert_controls(make(qtbot), "lesson",
                    ["input", "kernel", "filters", "bias", "dense_outputs", "shift"])
