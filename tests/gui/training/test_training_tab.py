"""The Training tab trains, stops, saves and compares runs the way a class would use it."""

import csv
import itertools
import json
import time
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from engine.training.pacing import demo_batch_seconds
from engine.training.trainer import EpochEvent
from gui import i18n
from gui.draw.tab import DrawTab
from gui.session import LabSession
from gui.training.runs import DONE, STOPPED, RunRecord
from gui.training.tab import TrainingTab
from gui.workers import wait_for_background_work

LONG = 60_000  # ms: the first run also imports TensorFlow


@pytest.fixture
def tab(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TrainingTab]:
    monkeypatch.setenv("CNN_LAB_HOME", str(tmp_path / "home"))  # imports land here
    view = TrainingTab(LabSession())
    qtbot.addWidget(view)
    view.resize(800, 600)  # inside the offscreen screen, or the mouse misses
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.runner.stop()
    view.runner.wait(LONG / 1000)
    wait_for_background_work(LONG / 1000)


def choose(qtbot: QtBot, combo: QComboBox, data: str) -> None:
    """Pick the item whose data is ``data``, as a click on it does (``activated`` fires)."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_into(qtbot: QtBot, spin: QSpinBox, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def prepare(qtbot: QtBot, tab: TrainingTab, epochs: str, limit: str, batch: str) -> None:
    """Choose the built-in sample and the course CNN, and type the recipe into the form."""
    choose(qtbot, tab.findChild(QComboBox, "datasetSelector"), "sample")
    qtbot.waitUntil(lambda: tab.data.dataset() is not None and tab.data.dataset().is_sample,
                    timeout=LONG)
    choose(qtbot, tab.findChild(QComboBox, "modelKind"), "course")
    tab.setup.setCurrentIndex(2)
    type_into(qtbot, tab.findChild(QSpinBox, "epochsSpin"), epochs)
    type_into(qtbot, tab.findChild(QSpinBox, "batchSizeSpin"), batch)
    type_into(qtbot, tab.findChild(QSpinBox, "trainingLimit"), limit)


def test_train_then_stop_a_second_run_save_it_and_find_it_in_the_draw_tab(
        qtbot: QtBot, tab: TrainingTab, tmp_path: Path) -> None:
    prepare(qtbot, tab, epochs="1", limit="300", batch="32")
    progress = tab.findChild(QProgressBar, "trainingProgress")
    seen: list[int] = []
    progress.valueChanged.connect(seen.append)
    start = tab.findChild(QPushButton, "startButton")
    start_at = start.mapTo(tab, QPoint(0, 0))  # Start stays under the pointer between runs
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert tab.is_training()
    qtbot.waitUntil(lambda: not tab.is_training(), timeout=LONG)
    first = tab.runs.runs()[0]
    # 300 images, 10 % held out: 270 in batches of 32 → 9 batches.
    assert first.state == DONE and first.done_batches == 9 and len(first.epochs) == 1
    assert seen and seen[-1] == progress.maximum() == 9
    assert progress.text() == "Epoch 1 of 1 · batch 9 of 9"
    curves = tab.charts.curves(first)
    assert len(curves.smooth_loss.getData()[0]) == 9
    assert len(curves.raw_accuracy.getData()[0]) == 9
    assert len(curves.epoch["val_accuracy"].getData()[0]) == 1
    assert tab.findChild(QLabel, "trainingStatus").text().startswith("Finished: 1 epoch(s)")
    assert start.mapTo(tab, QPoint(0, 0)) == start_at

    # A second run on every image, stopped by the Stop button during its first epoch.
    type_into(qtbot, tab.findChild(QSpinBox, "trainingLimit"), "0")
    assert tab.findChild(QSpinBox, "trainingLimit").text() == "all"
    stop = tab.findChild(QPushButton, "stopButton")
    tab.runner.batchDone.connect(
        lambda event: event.batch == 1 and qtbot.mouseClick(stop, Qt.MouseButton.LeftButton))
    qtbot.mouseClick(tab.findChild(QPushButton, "startButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.is_training(), timeout=LONG)
    second = tab.runs.runs()[1]
    assert second.state == STOPPED and second.outcome.result.stopped
    assert 2 <= second.done_batches < second.batches_per_epoch == 113  # 3,600 / 32
    assert second.epochs == []  # a partial epoch is not reported as one
    status = tab.findChild(QLabel, "trainingStatus").text()
    assert status.startswith("Stopped by you in epoch 1, after batch ")
    assert "it still works and can be saved" in status
    assert start.mapTo(tab, QPoint(0, 0)) == start_at
    probabilities = np.asarray(tab.trained_model()(np.zeros((1, 28, 28, 1), np.float32)))
    assert np.isfinite(probabilities).all() and probabilities.sum() == pytest.approx(1, abs=1e-4)

    assert tab.save_model_to(tmp_path / "stopped_cnn.keras")
    card = json.loads((tmp_path / "stopped_cnn.json").read_text(encoding="utf-8"))
    assert card["architecture"] == "course" and card["stopped_early"] is True
    assert card["data"]["name"] == tab.data.dataset().name and card["epochs"] == 0
    assert card["recipe"]["batch_size"] == 32 and card["test"]["n"] == 1000
    draw = DrawTab(tab.session)
    qtbot.addWidget(draw)
    selector = draw.findChild(QComboBox, "modelSelector")
    assert "stopped_cnn.keras" in [selector.itemText(i) for i in range(selector.count())]
    qtbot.waitUntil(lambda: not tab.session.busy, timeout=LONG)
    assert tab.session.current.entry.path.name == "stopped_cnn.keras"
    assert selector.currentText() == "stopped_cnn.keras"


def test_a_file_that_is_not_a_dataset_gives_a_message_and_keeps_the_data(
        qtbot: QtBot, tab: TrainingTab, tmp_path: Path) -> None:
    qtbot.waitUntil(lambda: tab.data.dataset() is not None, timeout=LONG)
    before = tab.data.dataset()
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"these bytes are not a NumPy archive")
    tab.data.import_dataset_from(broken)
    qtbot.waitUntil(lambda: not tab.data.is_busy(), timeout=LONG)
    message = tab.findChild(QLabel, "dataMessage")
    assert message.text().startswith("Import failed: ") and "broken.npz" in message.text()
    assert "c62828" in message.styleSheet()  # shown in red
    assert tab.data.dataset() is before
    assert tab.findChild(QToolButton, "importDatasetButton").isEnabled()


def test_import_problems_are_said_in_portuguese_with_the_details_in_a_tooltip(
        qtbot: QtBot, tab: TrainingTab, tmp_path: Path) -> None:
    from gui import i18n

    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    qtbot.waitUntil(lambda: tab.data.dataset() is not None, timeout=LONG)
    folder = tmp_path / "animals"
    (folder / "cats").mkdir(parents=True)
    (folder / "dogs").mkdir()
    cv2.imwrite(str(folder / "cats" / "a.png"), np.zeros((8, 8), np.uint8))
    npz = tmp_path / "odd.npz"
    np.savez(npz, pictures=np.zeros((2, 8, 8)))
    message = tab.findChild(QLabel, "dataMessage")
    expected = {folder: "animals/dogs: esta pasta de classe não tem imagens",
                npz: "odd.npz: este arquivo .npz não tem nenhum dos arrays esperados"}
    for path, words in expected.items():
        tab.data.import_dataset_from(path)
        qtbot.waitUntil(lambda: not tab.data.is_busy(), timeout=LONG)
        assert message.text().startswith("A importação falhou: ") and words in message.text()
        assert "this" not in message.text()  # no English sentence from the engine
        assert "this" in message.toolTip()  # the engine's own words, on request


def test_an_imported_dataset_is_listed_chosen_and_previewed(
        qtbot: QtBot, tab: TrainingTab, tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    source = tmp_path / "tiny_shapes.npz"
    np.savez(source, x_train=rng.integers(0, 100, (40, 12, 12), dtype=np.uint8),
             y_train=np.arange(40) % 3)  # dark backgrounds: no polarity warning
    tab.data.import_dataset_from(source)
    qtbot.waitUntil(lambda: tab.data.chooser.current_key() == "imported:tiny_shapes"
                    and tab.data.dataset() is not None
                    and tab.data.dataset().image_shape == (12, 12), timeout=LONG)
    assert tab.findChild(QLabel, "dataMessage").text() == (
        "Imported tiny_shapes.npz: 40 images in 3 classes, now in the list as “tiny_shapes”.")
    assert sorted(set(tab.data.examples.labels())) == ["0", "1", "2"]
    assert len(tab.data.examples.labels()) == 32


def test_a_folder_import_names_the_folder_and_warns_of_dark_on_light_images(
        qtbot: QtBot, tab: TrainingTab, tmp_path: Path) -> None:
    folder = tmp_path / "mydata"
    stroke = np.zeros((64, 64), np.uint8)
    stroke[16:48, 30:34] = 255  # light on dark, as MNIST
    for label in ("a", "b"):
        (folder / label).mkdir(parents=True)
        for index in range(4):  # three of four drawn dark on white paper
            picture = 255 - stroke if index < 3 else stroke
            cv2.imwrite(str(folder / label / f"{index}.png"), picture)
    tab.data.import_dataset_from(folder)
    qtbot.waitUntil(lambda: tab.data.chooser.current_key() == "imported:mydata", timeout=LONG)
    message = tab.findChild(QLabel, "dataMessage")
    assert message.text().startswith("Imported mydata: 8 images in 2 classes")
    assert "mydata.npz" not in message.text()
    assert "75 % of the images are dark on a light background" in message.text()


def test_a_first_start_offers_all_of_mnist_with_nothing_to_download(
        qtbot: QtBot, tab: TrainingTab) -> None:
    """MNIST ships with the app: it is the default, whole, with no path, setting or network."""
    qtbot.waitUntil(lambda: tab.data.dataset() is not None, timeout=LONG)
    combo = tab.findChild(QComboBox, "datasetSelector")
    assert combo.currentText() == "MNIST (70,000 images)"
    assert [combo.itemData(i) for i in range(2)] == ["mnist", "sample"]
    assert combo.itemText(1) == "MNIST sample (5,000 training digits, quick)"
    dataset = tab.data.dataset()
    assert (len(dataset.x_train), len(dataset.x_test)) == (60_000, 10_000)
    assert tab.findChild(QLabel, "datasetSummary").text().startswith(
        "60,000 training images of 28 × 28 × 1, 10,000 test images; 10 classes (0: 5,923,")
    buttons = [b.text() for b in tab.findChildren(QPushButton)]
    assert not [text for text in buttons if "download" in text.lower()], buttons


def test_a_damaged_model_file_gives_a_message_and_the_choice_goes_back(
        qtbot: QtBot, tab: TrainingTab, tmp_path: Path) -> None:
    qtbot.waitUntil(lambda: tab.data.dataset() is not None, timeout=LONG)
    damaged = tmp_path / "damaged.keras"
    damaged.write_bytes(b"half a file")
    tab.model_panel.open_model_file(damaged)
    qtbot.waitUntil(tab.model_panel.is_ready, timeout=LONG)
    message = tab.findChild(QLabel, "trainingModelMessage").text()
    assert message.startswith("Could not use this model: ") and "damaged.keras" in message
    kind = tab.findChild(QComboBox, "modelKind")
    assert kind.findData(str(damaged.resolve())) < 0 and kind.currentData() == "course"


def test_the_history_exports_as_csv_and_the_charts_as_png(
        qtbot: QtBot, tab: TrainingTab, tmp_path: Path) -> None:
    run = RunRecord(1, "MLP", "sample", "#56b4e9", epochs_planned=2, batch_size=32)
    for epoch in range(2):
        run.add_epoch(EpochEvent(epoch, 2, 1.0 - 0.4 * epoch, 0.6 + 0.2 * epoch, 0.9, 0.7, 0.7,
                                 0.69, 0.68, 2.0 * (epoch + 1)))
    run.finish(DONE)
    tab.runs.add(run)
    assert tab.files.export_history_to(tmp_path / "history.csv")
    rows = list(csv.DictReader((tmp_path / "history.csv").open(encoding="utf-8")))
    assert [(row["run"], row["epoch"], row["accuracy"]) for row in rows] == [
        ("1. MLP · sample", "1", "0.6"), ("1. MLP · sample", "2", "0.8")]
    assert rows[1]["val_f1"] == "0.68"
    assert tab.files.export_chart_to("epoch", tmp_path / "epochs.png")
    assert (tmp_path / "epochs.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    tab.runs.set_shown(run, False)
    assert tab.charts.curves(run) is None  # unticked: no longer drawn


def test_the_recipe_is_remembered_for_next_time(qtbot: QtBot, tab: TrainingTab) -> None:
    tab.setup.setCurrentIndex(2)
    type_into(qtbot, tab.findChild(QSpinBox, "epochsSpin"), "7")
    type_into(qtbot, tab.findChild(QSpinBox, "seedSpin"), "42")
    choose(qtbot, tab.findChild(QComboBox, "optimizerCombo"), "sgd")
    tab.form.augment.click()
    later = TrainingTab(tab.session)
    qtbot.addWidget(later)
    config = later.form.config()
    assert (config.epochs, config.seed, config.optimizer, config.augment) == (7, 42, "sgd", True)
    assert later.findChild(QSpinBox, "epochsSpin").value() == 7
    assert later.form.learning_rate.text() == "0.001"
    later.form.learning_rate.stepBy(1)  # learning rates step 1, 2, 5 × 10^k
    assert later.form.learning_rate.value() == pytest.approx(0.002)


def test_the_legend_is_never_cut_at_a_projectors_width(qtbot: QtBot, tab: TrainingTab) -> None:
    # At 1024×768 "validação · precisão" ran off the window's right edge.
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    qtbot.wait(50)
    legend = tab.charts.legend
    texts = [label.text for _, label in legend.items]
    assert "validação · precisão" in texts
    tab.resize(tab.minimumSizeHint().width(), 600)
    qtbot.wait(50)
    chart = tab.charts.epoch_chart
    corner = legend.parentItem().sceneBoundingRect()  # the legend's view box
    widest = max(legend.items, key=lambda item: item[1].width())[1]
    # The widest line ends inside the legend's corner, and the corner inside the chart.
    assert widest.sceneBoundingRect().right() <= corner.right()
    assert corner.right() <= chart.viewport().width()


def test_a_run_with_a_long_name_does_not_widen_the_tab(qtbot: QtBot, tab: TrainingTab) -> None:
    # After a first run at 1024×768 the legend took the network's long name, the page grew past
    # the window and a scroll bar pushed Start up.
    before = tab.minimumSizeHint().width()
    run = RunRecord(1, "my_own_network_trained_on_friday_afternoon.keras",
                    "MNIST sample (5,000 digits)", "#56b4e9", epochs_planned=2, batch_size=32)
    tab.charts.set_runs([run], run)
    qtbot.wait(50)
    assert tab.minimumSizeHint().width() <= before
    labels = [label.text for _, label in tab.charts.legend.items]
    assert any(text.startswith("1. my") and "…" in text for text in labels)


def test_a_runs_network_follows_the_language(qtbot: QtBot, tab: TrainingTab) -> None:
    # A run started in Portuguese kept "CNN do curso" in English in the list and the legend.
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    qtbot.wait(50)
    run = RunRecord(1, tab.builder.title(), "MNIST sample (5,000 digits)", "#56b4e9",
                    epochs_planned=2, batch_size=32)
    run.finish(DONE)
    tab.runs.add(run)
    tab.charts.set_runs([run], run)
    assert "CNN do curso" in tab.runs.list.item(0).text()
    i18n.apply_language(i18n.ENGLISH, remember=False)
    qtbot.wait(50)
    assert "Course CNN" in tab.runs.list.item(0).text()
    assert "1. Course CNN" in [label.text for _, label in tab.charts.legend.items]


def test_a_long_run_line_wraps_instead_of_being_cut(qtbot: QtBot, tab: TrainingTab) -> None:
    run = RunRecord(1, "Course CNN (two convolution blocks)", "MNIST sample (5,000 digits)",
                    "#56b4e9", epochs_planned=2, batch_size=32)
    run.finish(DONE)
    tab.runs.add(run)
    run_list = tab.runs.list
    run_list.resize(300, 110)
    qtbot.wait(50)
    item = run_list.item(0)
    room = run_list.visualItemRect(item)
    line = run_list.fontMetrics().horizontalAdvance(item.text())
    assert line > run_list.viewport().width()  # the line is longer than the list is wide
    assert room.height() >= 2 * run_list.fontMetrics().lineSpacing()  # so it takes two lines


def test_show_slowly_paces_a_short_run_is_remembered_and_stops_at_once(
        qtbot: QtBot, tab: TrainingTab) -> None:
    prepare(qtbot, tab, epochs="3", limit="300", batch="32")
    slow = tab.findChild(QCheckBox, "slowDemoCheck")
    assert slow.toolTip()
    qtbot.mouseClick(slow, Qt.MouseButton.LeftButton, pos=QPoint(8, slow.height() // 2))
    assert slow.isChecked()
    arrivals: list[tuple[float, int]] = []
    tab.runner.batchDone.connect(
        lambda event: arrivals.append((time.perf_counter(), event.batches_per_epoch)))
    qtbot.mouseClick(tab.findChild(QPushButton, "startButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(arrivals) >= 4, timeout=LONG)
    wanted = demo_batch_seconds(arrivals[0][1])
    gaps = [later[0] - earlier[0] for earlier, later in itertools.pairwise(arrivals[1:])]
    assert wanted > 0.5 and min(gaps) >= 0.9 * wanted, (wanted, gaps)  # an epoch lasts ~8 s
    pressed = time.perf_counter()
    qtbot.mouseClick(tab.findChild(QPushButton, "stopButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.is_training(), timeout=LONG)
    assert time.perf_counter() - pressed < 3.0, "Stop must not wait out the slow pacing"
    assert tab.current_run().state == STOPPED
    again = TrainingTab(LabSession())
    qtbot.addWidget(again)
    assert again.findChild(QCheckBox, "slowDemoCheck").isChecked(), "the choice is remembered"
