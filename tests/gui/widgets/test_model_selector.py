"""The model selector words a refused file in the interface language, details on request."""

import json
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton
from pytestqt.qtbot import QtBot

from gui import i18n
from gui.session import LabSession, shipped_entry
from gui.widgets.model_selector import ModelSelector

LONG = 60_000


def _from_another_keras(path: Path) -> Path:
    """A .keras archive whose config names a layer this Keras does not have."""
    config = {"module": "keras", "class_name": "Sequential", "config": {
        "name": "elsewhere", "layers": [{"module": "keras.layers", "class_name": "FancyLayer",
                                         "config": {"name": "fancy"}}]}}
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("config.json", json.dumps(config))
        archive.writestr("metadata.json", json.dumps({"keras_version": "9.0.0"}))
    return path


def test_a_model_from_another_keras_is_explained_in_words_with_details_on_request(
        qtbot: QtBot, tmp_path: Path) -> None:
    session = LabSession()
    selector = ModelSelector(session)
    qtbot.addWidget(selector)
    selector.resize(900, 200)
    selector.show()
    session.ensure_model()
    qtbot.waitUntil(lambda: session.current is not None, timeout=LONG)
    session.add_model_file(_from_another_keras(tmp_path / "elsewhere.keras"))
    qtbot.waitUntil(lambda: not session.busy, timeout=LONG)
    message = selector.findChild(QLabel, "modelMessage")
    details = selector.findChild(QLabel, "modelDetails")
    button = selector.findChild(QToolButton, "modelDetailsButton")
    assert message.isVisible() and "elsewhere.keras" in message.text()
    assert "saved by another version of Keras or uses a layer" in message.text()
    assert "Error" not in message.text() and "deserialized" not in message.text()
    assert button.isVisible() and not details.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert details.isVisible() and "FancyLayer" in details.text()  # what Keras said

    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    qtbot.waitUntil(lambda: "outra versão do Keras" in message.text())
    assert "Continua em uso" in message.text() and button.text() == "Detalhes"

    session.select(shipped_entry("mnist_mlp"))  # another model: the message goes away
    assert not message.isVisible() and not details.isVisible() and not button.isVisible()
    qtbot.waitUntil(lambda: not session.busy, timeout=LONG)
    assert not message.isVisible()


def test_one_click_goes_back_to_the_default_model(qtbot: QtBot) -> None:
    session = LabSession()
    selector = ModelSelector(session)
    qtbot.addWidget(selector)
    selector.show()
    session.ensure_model()
    qtbot.waitUntil(lambda: session.current is not None, timeout=LONG)
    button = selector.findChild(QToolButton, "defaultModelButton")
    assert not button.isVisible()  # already the default
    session.select(shipped_entry("mnist_mlp"))  # e.g. a model just saved in Training
    qtbot.waitUntil(lambda: not session.busy, timeout=LONG)
    assert button.isVisible() and button.text() == "Default model"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not session.busy, timeout=LONG)
    assert session.current.entry.shipped_key == "mnist_cnn" and not button.isVisible()
    assert selector.combo.currentText() == "Digits — CNN (default)"
