"""The Training tab on colour photos: CIFAR-10 chosen by name, previewed in colour, the one-click
class run, a colour network trained with live charts, and a grey model refused on photos."""

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from engine.training.class_runs import COLOUR_CLASS_RUN
from engine.training.trainer import TrainConfig
from gui import i18n
from gui.session import LabSession
from gui.training.runs import DONE
from gui.training.tab import TrainingTab
from gui.workers import wait_for_background_work

LONG = 120_000  # ms: the first run imports TensorFlow, and the machine may be busy


@pytest.fixture
def tab(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TrainingTab]:
    monkeypatch.setenv("CNN_LAB_HOME", str(tmp_path / "home"))
    view = TrainingTab(LabSession())
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.runner.stop()
    view.runner.wait(LONG / 1000)
    wait_for_background_work(LONG / 1000)


def choose(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def in_portuguese(qtbot: QtBot, tab: TrainingTab) -> None:
    """Switch the language and let the posted LanguageChange events reach the tab."""
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    qtbot.waitUntil(lambda: tab.setup.tabText(0) == "1. Dados")
    qtbot.waitUntil(lambda: not tab.data.chooser.is_loading(), timeout=LONG)


def choose_cifar(qtbot: QtBot, tab: TrainingTab) -> None:
    choose(tab.findChild(QComboBox, "datasetSelector"), "cifar10")
    qtbot.waitUntil(lambda: tab.data.dataset() is not None
                    and tab.data.dataset().name == "CIFAR-10", timeout=LONG)


def test_cifar_is_offered_by_what_it_holds_and_previewed_in_colour_in_portuguese(
        qtbot: QtBot, tab: TrainingTab) -> None:
    in_portuguese(qtbot, tab)
    combo = tab.findChild(QComboBox, "datasetSelector")
    index = combo.findData("cifar10")
    assert combo.itemText(index) == "CIFAR-10 — objetos coloridos"
    choose_cifar(qtbot, tab)
    preview = tab.data.examples
    assert all(label in {"avião", "automóvel", "pássaro", "gato", "cervo", "cachorro", "sapo",
                         "cavalo", "navio", "caminhão"} for label in preview.labels())
    images = preview._images
    assert len(images) == 32
    assert all(image.format() == QImage.Format.Format_RGB888 for image in images)
    # Colour, not grey: some pixel of the shown photos has red, green and blue apart.
    shot = preview.grab().toImage()
    pixels = [shot.pixelColor(x, y) for x in range(0, shot.width(), 7)
              for y in range(0, shot.height(), 7)]
    assert any(abs(p.red() - p.green()) > 30 or abs(p.green() - p.blue()) > 30 for p in pixels)
    summary = tab.findChild(QLabel, "datasetSummary").text()
    assert "32 × 32 × 3" in summary and "5.000 de cada: avião, automóvel" in summary


def test_the_class_run_button_sets_cifar_the_colour_cnn_and_the_measured_recipe(
        qtbot: QtBot, tab: TrainingTab) -> None:
    tab.setup.setCurrentIndex(2)  # 3. Settings, where the button is
    qtbot.mouseClick(tab.findChild(QPushButton, "classRunButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.data.dataset() is not None
                    and tab.data.dataset().name == "CIFAR-10", timeout=LONG)
    assert tab.builder.kind.currentData() == "colour"
    assert tab.form.config() == COLOUR_CLASS_RUN.config
    assert tab.findChild(QComboBox, "scheduleCombo").currentText() == "one cycle"
    assert tab.findChild(QDoubleSpinBox, "momentumSpin").isEnabled()
    assert tab.builder.report().valid and tab.start_button.isEnabled()
    # The Keras code says what Start will do: the photos, SGD with momentum, one cycle, flips.
    tab.code_panel.update_now()
    code = tab.code_panel.code.toPlainText()
    for needed in ("cifar10_jpeg.npz", "MOMENTUM = 0.9", "nesterov=True",
                   "weight_decay=WEIGHT_DECAY", "warmup_target=LEARNING_RATE",
                   'layers.RandomFlip("horizontal")', "keras.Input(shape=(32, 32, 3))"):
        assert needed in code, needed
    compile(code, "class_run.py", "exec")
    # Adam has no momentum here: the box says so by being off.
    choose(tab.findChild(QComboBox, "optimizerCombo"), "adam")
    assert not tab.findChild(QDoubleSpinBox, "momentumSpin").isEnabled()


def test_a_colour_network_from_the_builder_trains_on_photos_with_live_charts(
        qtbot: QtBot, tab: TrainingTab) -> None:
    choose_cifar(qtbot, tab)
    choose(tab.builder.kind, "colour")
    tab.form.set_config(TrainConfig(
        epochs=1, batch_size=64, learning_rate=0.05, optimizer="sgd", schedule="one_cycle",
        momentum=0.9, weight_decay=5e-4, augment=True, validation_fraction=0.1), limit=1_000)
    assert tab.findChild(QSpinBox, "trainingLimit").value() == 1_000
    tab.start()
    qtbot.waitUntil(lambda: not tab.is_training(), timeout=LONG)
    run = tab.current_run()
    assert run.state == DONE, tab.status.text()
    assert len(run.batch_loss) >= 10  # every batch reached the charts
    assert len(run.epochs) == 1 and 0.0 <= run.epochs[0].val_accuracy <= 1.0
    model = tab.trained_model()
    assert tuple(model.inputs[0].shape[1:]) == (32, 32, 3)


def test_continuing_a_grey_model_on_photos_says_why_not_in_portuguese(
        qtbot: QtBot, tab: TrainingTab, tmp_path: Path) -> None:
    from engine.models import architectures

    grey = tmp_path / "digits.keras"
    architectures.build_lecture_cnn().save(grey)
    in_portuguese(qtbot, tab)
    choose_cifar(qtbot, tab)
    tab.builder.open_model_file(grey)
    qtbot.waitUntil(tab.builder.is_ready, timeout=LONG)
    message = tab.findChild(QLabel, "trainingModelMessage").text()
    assert "digits.keras" in message
    assert "cinza" in message and "fotos coloridas" in message, message
    assert tab.builder.continued() is None  # nothing half-open: the preset stays
    assert tab.builder.kind.findData(str(grey.resolve())) < 0


def test_the_recipe_form_keeps_momentum_weight_decay_and_one_cycle(qtbot: QtBot,
                                                                   tab: TrainingTab) -> None:
    form = tab.form
    choose(form.optimizer, "sgd")
    choose(form.schedule, "one_cycle")
    form.momentum.setValue(0.9)
    form.weight_decay.stepBy(1)  # from none to the smallest decay
    assert form.weight_decay.value() == pytest.approx(1e-5)
    form.weight_decay.setValue(5e-4)
    again = type(form)()
    assert (again.config().schedule, again.config().momentum,
            again.config().weight_decay) == ("one_cycle", 0.9, pytest.approx(5e-4))
    state = tab.activity_state()["hyperparameters"]
    assert state["momentum"] == 0.9 and state["weight_decay"] == pytest.approx(5e-4)
    old = dict(tab.activity_state())
    old["hyperparameters"] = {key: value for key, value in state.items()
                              if key not in ("momentum", "weight_decay")}
    tab.restore_activity_state(old)  # a file from before momentum existed
    assert form.momentum.value() == 0.0 and form.weight_decay.value() == 0.0
    assert np.isclose(form.config().learning_rate, state["learning_rate"])
