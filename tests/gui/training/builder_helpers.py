"""What the builder and code panel tests share: a Training tab on the quick sample."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from gui.session import LabSession
from gui.training.tab import TrainingTab
from gui.workers import wait_for_background_work

LONG = 60_000  # ms: the first run also imports TensorFlow


def choose(combo: QComboBox, data: str) -> None:
    """Pick the item whose data is ``data``, as a click on it does (``activated`` fires)."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def make_tab(qtbot: QtBot, tmp_path: Path,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[TrainingTab]:
    monkeypatch.setenv("CNN_LAB_HOME", str(tmp_path / "home"))
    view = TrainingTab(LabSession())
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    choose(view.findChild(QComboBox, "datasetSelector"), "sample")
    qtbot.waitUntil(lambda: view.data.dataset() is not None and view.data.dataset().is_sample,
                    timeout=LONG)
    view.setup.setCurrentIndex(1)
    yield view
    view.runner.stop()
    view.runner.wait(LONG / 1000)
    wait_for_background_work(LONG / 1000)


def code_of(qtbot: QtBot, tab: TrainingTab) -> str:
    """The code panel's text once its debounce timer has fired."""
    qtbot.wait(250)
    return tab.code_panel.text()
