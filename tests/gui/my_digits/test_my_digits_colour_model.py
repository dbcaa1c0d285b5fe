""""My digits" with the colour model in use: the grey digits cannot teach a model of colour
photos, so fine-tuning is refused with the reason, at once and on a press."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from engine.datasets.catalog import load_sample
from engine.datasets.my_digits import MyDigits
from gui.my_digits.tab import MyDigitsTab
from gui.session import LabSession, shipped_entry

REFUSAL = "This model reads colour photos; your digits are grey"


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CNN_LAB_HOME", str(tmp_path / "app"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


def use(qtbot: QtBot, session: LabSession, key: str) -> None:
    session.select(shipped_entry(key))
    session.wait(120)
    qtbot.waitUntil(lambda: session.current is not None and session.current.entry.key == key,
                    timeout=120_000)


def test_a_colour_model_gets_the_message_and_no_fine_tuning(qtbot: QtBot) -> None:
    sample = load_sample()
    collection = MyDigits()
    for image, label in zip(sample.x_test[:12], sample.y_test[:12], strict=True):
        collection.add(image, int(label))  # enough digits of several classes: only the model
    session = LabSession()
    tab = MyDigitsTab(session)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: not session.busy, timeout=60_000)
    result = tab.findChild(QLabel, "fineTuneResult")
    button = tab.findChild(QPushButton, "fineTuneButton")
    assert button.isEnabled() and REFUSAL not in result.text()
    use(qtbot, session, "cifar10_cnn")
    assert REFUSAL in result.text() and "Choose a digit model" in result.text()
    assert not button.isEnabled()
    assert tab.fine_tune.start() is False and not tab.fine_tune.is_running()
    assert REFUSAL in result.text()
    use(qtbot, session, "mnist_lecture_cnn")  # a digit model: the way is open again
    assert button.isEnabled() and result.text() == ""
