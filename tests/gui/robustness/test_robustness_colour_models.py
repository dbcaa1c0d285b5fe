"""The Robustness page perturbs grey digits: the shipped colour model is not offered, and a
colour model opened from a file is refused with the reason while the side keeps its model."""

import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
from pytestqt.qtbot import QtBot

from gui.robustness.digit import WEBCAM, DigitChooser, DigitSource
from gui.robustness.models import ModelPair, SideChooser
from gui.session import LabSession
from resources import resource_path


@pytest.fixture(scope="module")
def pair(qapp: QApplication) -> Iterator[ModelPair]:
    """Loaded once for the module (two models: seconds on a busy machine)."""
    models = ModelPair(LabSession())  # the session lists every shipped model, colour too
    assert models.wait(120)
    for _ in range(100):
        qapp.processEvents()  # the loads' results arrive as queued signals
        if models.ready():
            break
    assert models.ready()
    yield models
    models.wait(120)


def test_the_shipped_colour_model_is_not_offered(qtbot: QtBot, pair: ModelPair) -> None:
    chooser = SideChooser(pair, 0)
    qtbot.addWidget(chooser)
    combo = chooser.findChild(QComboBox, "leftModelCombo")
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert "mnist_cnn" in offered and "mnist_mlp" in offered
    assert "cifar10_cnn" not in offered
    assert all(entry.key != "cifar10_cnn" for entry in pair.entries())


def test_a_colour_model_file_is_refused_and_the_side_keeps_its_model(
        qtbot: QtBot, pair: ModelPair, tmp_path: Path) -> None:
    chooser = SideChooser(pair, 1)
    qtbot.addWidget(chooser)
    chooser.show()
    photos = tmp_path / "photos.keras"
    shutil.copy(resource_path("models", "cifar10_cnn.keras"), photos)
    right = pair.sides()[1]
    before = right.model
    pair.open_file(1, photos)
    assert pair.wait(120)
    message = chooser.findChild(QLabel, "rightModelMessage")
    qtbot.waitUntil(message.isVisible, timeout=60_000)
    assert "photos.keras" in message.text()
    assert "this model reads colour photos, and this page studies grey digits" in message.text()
    assert "Still using MLP (fully connected)" in message.text()
    assert right.model is before and right.key == "mnist_mlp"
    assert all(entry.path != photos.resolve() for entry in pair.entries())


def test_a_colour_webcam_snapshot_is_made_grey_with_a_note(qtbot: QtBot) -> None:
    session = LabSession()
    source = DigitSource(session)
    chooser = DigitChooser(source)
    qtbot.addWidget(chooser)
    source.choose(WEBCAM)
    paper = np.full((240, 320, 3), 230, np.uint8)
    paper[60:180, 150:165] = (20, 20, 160)  # a dark blue 1 on light paper
    session.set_webcam_frame(paper)
    note = chooser.findChild(QLabel, "digitNote")
    assert source.converted and source.digit().shape == (28, 28)
    assert "converted to grey" in note.text()
    session.set_webcam_frame(np.repeat(paper.mean(axis=2, keepdims=True), 3, axis=2)
                             .astype(np.uint8))  # a grey frame: nothing to say
    assert not source.converted and "converted to grey" not in note.text()
