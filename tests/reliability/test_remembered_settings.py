"""What the app remembers between runs (QSettings), and that it reads it back."""

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QSlider
from pytestqt.qtbot import QtBot

from engine.digits.camera import SourceState
from gui import i18n
from gui.draw.tools import BRUSH_KEY, DrawTools
from gui.main_window import MainWindow
from gui.session import LabSession
from gui.settings import app_settings
from gui.webcam import tab as webcam_tab
from gui.widgets.canvas import DrawingCanvas
from gui.widgets.dataset_chooser import LAST_KEY, DatasetChooser
from gui.workers import wait_for_background_work


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("CNN_LAB_HOME", str(tmp_path / "home"))
    yield tmp_path / "home"
    wait_for_background_work(60)


def test_the_brush_size_is_remembered(qtbot: QtBot) -> None:
    tools = DrawTools(DrawingCanvas())
    qtbot.addWidget(tools)
    slider = tools.findChild(QSlider, "brushSlider")
    slider.setValue(slider.maximum() - 1)
    assert app_settings().value(BRUSH_KEY, type=int) == slider.maximum() - 1
    again = DrawTools(DrawingCanvas())
    qtbot.addWidget(again)
    assert again.brush_slider.value() == slider.maximum() - 1
    assert again.canvas.brush == slider.maximum() - 1


def test_the_chosen_dataset_is_remembered(qtbot: QtBot, home: Path) -> None:
    from engine.datasets.catalog import import_dataset

    source = home.parent / "tiny.npz"
    np.savez(source, x_train=np.zeros((12, 8, 8), np.uint8), y_train=np.arange(12) % 3)
    import_dataset(source)
    session = LabSession()
    chooser = DatasetChooser(session)
    qtbot.addWidget(chooser)
    chooser.choose("imported:tiny")
    qtbot.waitUntil(lambda: not chooser.is_loading(), timeout=60_000)
    assert app_settings().value(LAST_KEY) == "imported:tiny"
    later = DatasetChooser(LabSession())  # as at the next start
    qtbot.addWidget(later)
    assert later.current_key() == "imported:tiny"
    qtbot.waitUntil(lambda: later.dataset() is not None, timeout=60_000)


class FakeCamera:
    is_live, fps = True, 30.0

    def __init__(self) -> None:
        self.state = SourceState.OPEN

    def read(self) -> np.ndarray | None:
        return np.full((120, 160, 3), 255, np.uint8) if self.state is SourceState.OPEN else None

    def close(self) -> None:
        self.state = SourceState.CLOSED

    def is_opened(self) -> bool:
        return self.state is SourceState.OPEN


def test_the_camera_index_is_remembered(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(webcam_tab, "probe_cameras", lambda _count: [0, 2])
    monkeypatch.setattr(webcam_tab.WebcamTab, "_open", lambda self, origin: FakeCamera())
    tab = webcam_tab.WebcamTab(LabSession())
    qtbot.addWidget(tab)
    assert tab.open_source(2)
    tab.stop()
    assert app_settings().value(webcam_tab.CAMERA_KEY, type=int) == 2
    later = webcam_tab.WebcamTab(LabSession())
    qtbot.addWidget(later)
    opened: list[object] = []
    monkeypatch.setattr(later, "open_source", opened.append)
    later.resize(800, 600)
    later.show()  # probes (patched: cameras 0 and 2) and opens the remembered one
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert opened == [2]
    tab.close()
    later.close()


def test_window_page_language_model_and_recipe_are_remembered(qtbot: QtBot, home: Path) -> None:
    window = MainWindow(warm_up_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    window.resize(900, 650)
    window.show_page("pooling")
    i18n.apply_language(i18n.PORTUGUESE)  # remembered
    i18n.apply_language(i18n.ENGLISH, remember=False)
    session = window.session
    session.select(next(e for e in session.entries if e.shipped_key == "mnist_mlp"))
    qtbot.waitUntil(lambda: not session.busy, timeout=60_000)
    training = window.show_page("training")
    training.form.epochs.setValue(9)
    training.form._remember()  # what an edit of the form does
    window.show_page("pooling")
    size = (window.width(), window.height())
    window.close()
    settings = app_settings()
    assert settings.value("language") == i18n.PORTUGUESE
    assert settings.value("models/current") == "mnist_mlp"
    assert settings.value("training/epochs", type=int) == 9
    again = MainWindow(warm_up_tensorflow=False)
    qtbot.addWidget(again)
    again.show()
    assert again.current_page_key() == "pooling"
    assert again.height() == size[1] and abs(again.width() - size[0]) <= 120  # frame/min sizes
    assert again.show_page("training").form.epochs.value() == 9
    again.session.ensure_model()
    qtbot.waitUntil(lambda: again.session.current is not None, timeout=60_000)
    assert again.session.current.entry.shipped_key == "mnist_mlp"
    again.close()
