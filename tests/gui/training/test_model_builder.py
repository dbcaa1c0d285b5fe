"""The model builder: presets, rows with shapes and parameters, problems, keys, files, training."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from gui import i18n
from gui.activations.tab import ActivationsTab
from gui.draw.tab import DrawTab
from gui.evaluation.tab import EvaluationTab
from gui.training.tab import TrainingTab
from tests.gui.training.builder_helpers import LONG, choose, code_of, make_tab


@pytest.fixture
def tab(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TrainingTab]:
    yield from make_tab(qtbot, tmp_path, monkeypatch)


def small_stack(qtbot: QtBot, tab: TrainingTab) -> None:
    """Empty, then Conv2D 3×3 and MaxPooling2D 2×2 twice, added from the + Layer menu."""
    choose(tab.findChild(QComboBox, "modelKind"), "empty")
    for kind in ("Conv2D", "MaxPooling2D", "Conv2D", "MaxPooling2D", "Conv2D", "MaxPooling2D"):
        action = next(a for a in tab.builder.add_menu.actions() if a.data() == kind)
        action.trigger()
    action = next(a for a in tab.builder.add_menu.actions() if a.data() == "Flatten")
    action.trigger()


def test_the_tab_has_the_builder_and_lenet5_counts_61706_parameters_in_portuguese(
        qtbot: QtBot, tab: TrainingTab) -> None:
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    qtbot.wait(50)
    assert tab.findChild(QWidget, "modelBuilder") is tab.builder
    choose(tab.findChild(QComboBox, "modelKind"), "lenet5")
    totals = tab.findChild(QLabel, "builderTotals").text()
    assert "61.706" in totals and "Parâmetros" in totals
    rows = tab.builder.rows.row_texts()
    assert "28×28×1 → 28×28×6" in rows[0] and "(5·5·1 + 1)·6 = 156" in rows[0]
    assert "Dense 10, softmax" in rows[-1]
    assert "AveragePooling2D" in code_of(qtbot, tab)
    assert tab.findChild(QPushButton, "startButton").isEnabled()


def test_a_language_switch_leaves_no_row_in_the_old_language(qtbot: QtBot,
                                                             tab: TrainingTab) -> None:
    # In busy full runs the language guard found the rows' English labels after a switch to
    # Portuguese: the rows were made anew, and the old labels lived on until the event loop
    # deleted them. Here the switch is delivered at once, before any deferred deletion.
    i18n.apply_language(i18n.ENGLISH, remember=False)
    qtbot.wait(50)
    choose(tab.findChild(QComboBox, "modelKind"), "lenet5")
    qtbot.wait(50)
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    QApplication.sendEvent(tab.builder, QEvent(QEvent.Type.LanguageChange))
    texts = [label.text() for label in tab.builder.rows.findChildren(QLabel)]
    assert texts and all("parâmetros" in text for text in texts), texts
    assert not [text for text in texts if "parameters" in text]


def test_a_kernel_too_large_says_why_in_the_row_and_stops_start_until_removed(
        qtbot: QtBot, tab: TrainingTab) -> None:
    small_stack(qtbot, tab)  # 28 → 26 → 13 → 11 → 5 → 3 → 1, then Flatten selected
    start = tab.findChild(QPushButton, "startButton")
    assert start.isEnabled() and not tab.builder.rows.problem_texts()
    tab.builder.rows.setCurrentRow(5)  # the last pooling
    tab.builder.rows.setFocus()
    action = next(a for a in tab.builder.add_menu.actions() if a.data() == "Conv2D")
    action.trigger()
    tab.findChild(QSpinBox, "option_kernel_h").setValue(5)
    tab.findChild(QSpinBox, "option_kernel_w").setValue(5)
    problems = tab.builder.rows.problem_texts()
    assert len(problems) == 1 and "A 5×5 kernel does not fit in the 1×1 map" in problems[0]
    assert not start.isEnabled()
    status = tab.findChild(QLabel, "trainingStatus").text()
    assert status.startswith("Start waits until the network can work. Layer 7:")
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    qtbot.wait(50)  # the language change reaches the widgets through the event loop
    assert "Um kernel 5×5 não cabe no mapa 1×1" in tab.builder.rows.problem_texts()[0]
    i18n.apply_language(i18n.ENGLISH, remember=False)
    qtbot.wait(50)
    tab.builder.rows.setFocus()
    qtbot.keyClick(tab.builder.rows, Qt.Key.Key_Delete)
    assert not tab.builder.rows.problem_texts() and start.isEnabled()
    assert not tab.findChild(QLabel, "trainingStatus").text().startswith("Start waits")


def test_keys_reorder_duplicate_and_undo_and_the_code_follows(
        qtbot: QtBot, tab: TrainingTab) -> None:
    choose(tab.findChild(QComboBox, "modelKind"), "mlp")
    kinds = [spec.kind for spec in tab.builder.state.layers()]
    rows = tab.builder.rows
    rows.setFocus()
    rows.setCurrentRow(kinds.index("Dense"))
    before = code_of(qtbot, tab)
    qtbot.keyClick(rows, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    moved = [spec.kind for spec in tab.builder.state.layers()]
    assert moved.index("Dense") == kinds.index("Dense") - 1
    after = code_of(qtbot, tab)
    assert after != before
    assert after.index("layers.Dense(") < after.index("layers." + kinds[kinds.index("Dense") - 1])
    qtbot.keyClick(rows, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(tab.builder.state.layers()) == len(kinds) + 1
    qtbot.keyClick(rows, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(rows, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [spec.kind for spec in tab.builder.state.layers()] == kinds

    # A drag moves the row in the list's model; the builder takes the new order from there.
    first = tab.builder.state.layers()[0]
    assert rows.model().moveRow(QModelIndex(), 0, QModelIndex(), 2)
    qtbot.waitUntil(lambda: tab.builder.state.layers()[1] == first, timeout=2000)
    assert len(tab.builder.state.layers()) == len(kinds)
    assert tab.builder.rows.item(rows.count() - 1).data(Qt.ItemDataRole.UserRole) == -1


def test_an_architecture_saved_as_json_reopens_as_the_same_stack(
        qtbot: QtBot, tab: TrainingTab, tmp_path: Path) -> None:
    choose(tab.findChild(QComboBox, "modelKind"), "lenet5")
    tab.findChild(QSpinBox, "option_filters").setValue(8)  # the first row, edited
    saved = tab.builder.state.stack
    assert tab.builder.save_architecture_to(tmp_path / "mine.json")
    assert json.loads((tmp_path / "mine.json").read_text(encoding="utf-8"))["class_name"]
    choose(tab.findChild(QComboBox, "modelKind"), "course")
    tab.builder.open_architecture(tmp_path / "mine.json")
    qtbot.waitUntil(tab.builder.is_ready, timeout=LONG)
    assert tab.builder.state.stack.layers == saved.layers
    assert tab.findChild(QComboBox, "modelKind").currentData() == "custom"


def test_the_edited_stack_is_remembered_for_next_time(qtbot: QtBot, tab: TrainingTab) -> None:
    small_stack(qtbot, tab)
    layers = tab.builder.state.stack.layers
    later = TrainingTab(tab.session)
    qtbot.addWidget(later)
    assert later.builder.state.stack.layers == layers
    assert later.findChild(QComboBox, "modelKind").currentData() == "custom"


def test_a_built_stack_trains_and_save_model_makes_it_the_sessions_model(
        qtbot: QtBot, tab: TrainingTab, tmp_path: Path) -> None:
    small_stack(qtbot, tab)
    tab.form.epochs.setValue(1)
    tab.form.limit.setValue(200)
    qtbot.mouseClick(tab.findChild(QPushButton, "startButton"), Qt.MouseButton.LeftButton)
    assert tab.results.currentIndex() == 0  # Start shows the charts
    qtbot.waitUntil(lambda: not tab.is_training(), timeout=LONG)
    run = tab.runs.runs()[0]
    assert run.outcome is not None, tab.findChild(QLabel, "trainingStatus").text()
    assert tab.trained_model().count_params() == tab.builder.report().total_params
    assert tab.save_model_to(tmp_path / "mine.keras")
    card = json.loads((tmp_path / "mine.json").read_text(encoding="utf-8"))
    assert card["architecture"] == "custom" and card["layers"][0].startswith("Conv2D(")
    qtbot.waitUntil(lambda: not tab.session.busy, timeout=LONG)
    assert tab.session.current.entry.path.name == "mine.keras"
    for view in (DrawTab(tab.session), ActivationsTab(tab.session), EvaluationTab(tab.session)):
        qtbot.addWidget(view)
        assert view.findChild(QComboBox, "modelSelector").currentText() == "mine.keras"


def test_a_keras_file_continues_with_its_weights_even_when_it_has_branches(
        qtbot: QtBot, tab: TrainingTab, tmp_path: Path) -> None:
    from engine.tensorflow_runtime import require_keras

    keras = require_keras()
    image = keras.Input((28, 28, 1))
    flat = keras.layers.Flatten()(image)
    joined = keras.layers.Concatenate()([keras.layers.Dense(8)(flat), keras.layers.Dense(8)(flat)])
    model = keras.Model(image, keras.layers.Dense(10, activation="softmax")(joined))
    model.save(tmp_path / "branches.keras")
    tab.builder.open_model_file(tmp_path / "branches.keras")
    qtbot.waitUntil(tab.builder.is_ready, timeout=LONG)
    message = tab.findChild(QLabel, "trainingModelMessage").text()
    assert message.startswith("branches.keras continues as it is") and "branches" in message
    assert tab.findChild(QComboBox, "modelKind").currentText() == "branches.keras"
    assert tab.findChild(QPushButton, "startButton").isEnabled()
    assert tab.builder.architecture() is None  # Start loads the file: its weights are kept
    assert "import keras" not in code_of(qtbot, tab)  # why, instead of half a script
    assert not tab.findChild(QPushButton, "copyCodeButton").isEnabled()

    choose(tab.findChild(QComboBox, "modelKind"), "lenet5")  # a preset again: editable
    assert tab.builder.architecture() is not None and "Sequential" in code_of(qtbot, tab)
