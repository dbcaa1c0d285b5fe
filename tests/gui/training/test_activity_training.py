"""The Training tab saved as an activity: data, network, recipe and seed, back in a fresh tab."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QListWidget, QSpinBox
from pytestqt.qtbot import QtBot

from gui.session import LabSession
from gui.training.tab import TrainingTab
from gui.workers import wait_for_background_work
from tests.gui.activity_pages import (
    assert_controls,
    assert_refused,
    choose_in_combo,
    restore_into,
    with_changes,
)

LONG = 60_000


@pytest.fixture
def tabs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[TrainingTab]]:
    monkeypatch.setenv("CNN_LAB_HOME", str(tmp_path / "home"))
    made: list[TrainingTab] = []
    yield made
    for tab in made:
        tab.data.chooser.wait()
    wait_for_background_work(LONG / 1000)


def make(qtbot: QtBot, tabs: list[TrainingTab]) -> TrainingTab:
    tab = TrainingTab(LabSession())
    qtbot.addWidget(tab)
    tab.resize(800, 600)
    tab.show()
    qtbot.waitExposed(tab)
    tabs.append(tab)
    qtbot.waitUntil(lambda: tab.data.dataset() is not None and not tab.data.chooser.is_loading(),
                    timeout=LONG)
    return tab


def shown(tab: TrainingTab) -> tuple[object, ...]:
    rows = tab.builder.findChild(QListWidget)
    layers = [rows.item(i).text() for i in range(rows.count())] if rows is not None else []
    form = tab.form
    return (tab.data.chooser.combo.currentText(), tab.builder.kind.currentText(), layers,
            tab.findChild(QLabel, "builderTotals").text(), form.epochs.text(),
            form.batch_size.text(), form.learning_rate.text(), form.optimizer.currentText(),
            form.schedule.currentText(), form.validation.text(), form.augment.isChecked(),
            form.limit.text(), form.seed.text())


def type_number(qtbot: QtBot, box: QSpinBox, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_a_training_setup_comes_back_the_same_in_a_fresh_tab(
        qtbot: QtBot, tabs: list[TrainingTab]) -> None:
    teacher = make(qtbot, tabs)
    choose_in_combo(qtbot, teacher.data.chooser.combo, "sample")
    choose_in_combo(qtbot, teacher.findChild(QComboBox, "modelKind"), "mlp")
    add = next(a for a in teacher.builder.add_menu.actions() if a.data() == "Dropout")
    add.trigger()  # + Layer → Dropout, after the selected row
    form = teacher.form
    type_number(qtbot, form.epochs, "7")
    type_number(qtbot, form.batch_size, "64")
    type_number(qtbot, form.learning_rate, "0.002")
    choose_in_combo(qtbot, form.optimizer, "sgd")
    choose_in_combo(qtbot, form.schedule, "cosine")
    type_number(qtbot, form.validation, "20")
    form.findChild(QCheckBox, "augmentCheck").click()
    type_number(qtbot, form.limit, "3000")
    type_number(qtbot, form.seed, "1234")
    qtbot.waitUntil(lambda: not teacher.data.chooser.is_loading(), timeout=LONG)

    student = make(qtbot, tabs)
    student.data.chooser.choose("mnist")
    student.builder.choose("lenet5")
    state = restore_into(student, teacher)
    assert state["dataset"] == "sample" and state["seed"] == 1234
    assert state["network"][0][0] == "Flatten" and [k for k, _ in state["network"]].count(
        "Dropout") == 2
    assert state["hyperparameters"] == {
        "epochs": 7, "batch_size": 64, "learning_rate": 0.002, "optimizer": "sgd",
        "schedule": "cosine", "validation_percent": 20, "augment": True,
        "training_images": 3000, "momentum": 0.0, "weight_decay": 0.0}
    qtbot.waitUntil(lambda: not student.data.chooser.is_loading(), timeout=LONG)
    assert shown(student) == shown(teacher)
    assert student.builder.architecture() == teacher.builder.architecture()


def test_a_preset_network_is_saved_by_its_key(qtbot: QtBot, tabs: list[TrainingTab]) -> None:
    teacher = make(qtbot, tabs)
    choose_in_combo(qtbot, teacher.findChild(QComboBox, "modelKind"), "lenet5")
    student = make(qtbot, tabs)
    assert restore_into(student, teacher)["network"] == "lenet5"
    assert student.builder.kind.currentData() == "lenet5"


def _hyper(**changes: object):  # a change inside "hyperparameters"
    def change(state: dict) -> dict:
        changed = with_changes(state)
        changed["hyperparameters"] = with_changes(changed["hyperparameters"], **changes)
        return changed
    return change


def _top(**changes: object):
    return lambda state: with_changes(state, **changes)


@pytest.mark.parametrize(("change", "message"), [
    (_top(dataset="imagenet"), "'dataset' must be one of"),
    (_top(network="resnet50"), "'network' must be one of"),
    (_top(network=[["Conv9D", {}]]), "unknown layer kind"),
    (_top(network=[["Conv2D", {"colour": 1}]]), "no option 'colour'"),
    (_top(network=[["Conv2D", {"filters": 0}]]), "layer 1: Conv2D: filters = 0"),
    (_top(network={"layers": []}), "preset's key or a list"),
    (_top(seed=-1), "from 0 to 999999"),
    (_hyper(epochs=0), "from 1 to 500"),
    (_hyper(learning_rate=2), "'learning_rate' must be from"),
    (_hyper(optimizer="adagrad"), "'optimizer' must be one of"),
    (_hyper(augment=None), "lacks 'augment'"),
    (_hyper(momentum=1.5), "'momentum' must be from"),
    (_hyper(nesterov=True), "unknown keys"),
    (_top(show_slowly=True), "unknown keys"),
])
def test_a_bad_state_is_refused_and_changes_nothing(
        qtbot: QtBot, tabs: list[TrainingTab], change: object, message: str) -> None:
    tab = make(qtbot, tabs)
    type_number(qtbot, tab.form.epochs, "3")
    assert_refused(tab, change(tab.activity_state()), lambda: shown(tab), message)


def test_data_network_settings_and_seed_are_lockable(
        qtbot: QtBot, tabs: list[TrainingTab]) -> None:
    assert_controls(make(qtbot, tabs), "training",
                    ["dataset", "network", "hyperparameters", "seed"])
