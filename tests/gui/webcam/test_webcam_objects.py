"""The Webcam tab's objects mode on a generated frame: the centre square, the 32 × 32 the colour
model reads, its ten probabilities with their names, and the plain words on what it knows.

The frame is a CIFAR-10 test photo enlarged into the middle of a striped 640 × 480 picture,
saved as an image file (a still source, as in the tab's other tests). The colour model is the
shipped ``cifar10_cnn``; nothing here depends on how well it reads (its probabilities are
compared with the model's own answer for the same 32 × 32 photo).
"""

from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from engine.datasets.cifar import CIFAR_NAMES, CIFAR_NAMES_PT
from engine.digits.webcam_objects import demo_frame
from engine.lessons import cifar_photos
from gui import i18n
from gui.session import LabSession, LoadedModel, load_for_interaction, shipped_entry
from gui.webcam import tab as webcam_tab
from gui.webcam.tab import WebcamTab
from gui.webcam.worker import DIGITS, OBJECTS
from tests.gui.activity_pages import choose_in_combo

FROG = 7  # test photo 7 is a frog


@pytest.fixture(scope="module")
def colour_model() -> LoadedModel:
    return load_for_interaction(shipped_entry("cifar10_cnn"))


@pytest.fixture(scope="module")
def digit_model() -> LoadedModel:
    return load_for_interaction(shipped_entry("mnist_cnn"))


@pytest.fixture(scope="module")
def frame_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("objects") / "frog.png"
    cv2.imwrite(str(path), demo_frame(cifar_photos.photo(FROG), (640, 480)))
    return path


def make_tab(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, current: LoadedModel) -> WebcamTab:
    monkeypatch.setattr(webcam_tab, "probe_cameras", lambda _count: [])
    session = LabSession()
    session.current = current  # as if loaded: the tab's ensure_model() loads nothing
    view = WebcamTab(session)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def tab(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, digit_model: LoadedModel,
        colour_model: LoadedModel) -> Iterator[WebcamTab]:
    view = make_tab(qtbot, monkeypatch, digit_model)
    view.set_objects_model(colour_model)  # loaded once for the module
    yield view
    view.close()


def read_objects(qtbot: QtBot, tab: WebcamTab, frame_file: Path) -> None:
    tab.set_mode(OBJECTS)
    assert tab.open_source(str(frame_file))
    qtbot.waitUntil(lambda: tab.display.objects.reading() is not None
                    and tab.display.objects.reading().probabilities is not None, timeout=10_000)


def test_the_centre_square_is_shown_at_32_by_32_and_classified(
        qtbot: QtBot, tab: WebcamTab, frame_file: Path, colour_model: LoadedModel) -> None:
    read_objects(qtbot, tab, frame_file)
    panel = tab.display.objects
    frame = cv2.imread(str(frame_file))
    centre = cv2.cvtColor(frame[:, 80:560], cv2.COLOR_BGR2RGB)
    assert np.array_equal(panel.crop_tile.image(), centre)  # the square, sides left out
    small = panel.small_tile.image()
    assert small.shape == (32, 32, 3)
    assert np.array_equal(small, cv2.resize(centre, (32, 32), interpolation=cv2.INTER_AREA))
    expected = colour_model.predictor.probabilities(small)
    assert np.allclose(panel.bars.probabilities(), expected, atol=1e-5)
    assert panel.bars.labels() == CIFAR_NAMES
    top = CIFAR_NAMES[int(np.argmax(expected))]
    assert panel.findChild(QLabel, "objectAnswer").text().startswith(f"{top} · ")
    marks = tab.display.view.marks()
    assert [m.box for m in marks] == [(80, 0, 480, 480)] and marks[0].text.startswith(top)
    assert "640 × 480" in tab.status.text() and "digits" not in tab.status.text()


def test_it_says_plainly_what_the_colour_model_knows(qtbot: QtBot, tab: WebcamTab,
                                                     frame_file: Path) -> None:
    read_objects(qtbot, tab, frame_file)
    note = tab.findChild(QLabel, "objectsNote")
    assert note.isVisible()
    text = note.text()
    assert "32 × 32" in text and "ten classes" in text and "guess" in text
    assert all(name in text for name in CIFAR_NAMES)
    # The digits' own widgets make way: no sensitivity, no pipeline strip, no "add digit".
    assert not tab.findChild(QWidget, "sensitivitySlider").isVisible()
    assert not tab.findChild(QWidget, "digitPipeline").isVisible()


def test_in_portuguese_the_classes_have_portuguese_names(qtbot: QtBot, tab: WebcamTab,
                                                        frame_file: Path) -> None:
    read_objects(qtbot, tab, frame_file)
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    qtbot.waitUntil(lambda: tab.display.objects.bars.labels() == CIFAR_NAMES_PT, timeout=5000)
    note = tab.findChild(QLabel, "objectsNote").text()
    assert "avião" in note and "caminhão" in note and "32 × 32" in note
    assert tab.findChild(QComboBox, "webcamModeSelector").currentText() == "Objetos (foto colorida)"


def test_choosing_the_mode_loads_the_colour_model_in_the_background(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, digit_model: LoadedModel,
        frame_file: Path) -> None:
    view = make_tab(qtbot, monkeypatch, digit_model)
    assert view.objects_model() is None  # not loaded until the mode is chosen
    choose_in_combo(qtbot, view.findChild(QComboBox, "webcamModeSelector"), OBJECTS)
    assert view.mode() == OBJECTS
    assert view.wait_for_objects_model(timeout=120)
    assert view.objects_model().entry.shipped_key == "cifar10_cnn"
    assert view.open_source(str(frame_file))
    qtbot.waitUntil(lambda: view.display.objects.bars.probabilities() is not None, timeout=10_000)
    view.close()


def test_the_digits_mode_with_a_colour_model_says_so_and_reads_nothing(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, colour_model: LoadedModel,
        frame_file: Path) -> None:
    view = make_tab(qtbot, monkeypatch, colour_model)
    note = view.findChild(QLabel, "webcamModelNote")
    assert view.mode() == DIGITS and note.isVisible()
    assert "reads colour photos" in note.text() and "digit model" in note.text()
    assert view.open_source(str(frame_file))
    qtbot.waitUntil(lambda: view.display.result() is not None, timeout=10_000)
    assert all(d.probabilities is None for d in view.detections())  # no colour model on ink
    view.set_mode(OBJECTS)  # the objects mode uses its own model: no note there
    assert not note.isVisible()
    view.close()


def test_a_colour_model_that_cannot_be_loaded_is_said_and_the_frame_still_shown(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, digit_model: LoadedModel,
        frame_file: Path) -> None:
    from gui.session import LoadFailure

    monkeypatch.setattr(webcam_tab, "attempt_load",
                        lambda entry: LoadFailure(entry, "File not found"))
    view = make_tab(qtbot, monkeypatch, digit_model)
    view.set_mode(OBJECTS)
    assert not view.wait_for_objects_model()
    answer = view.findChild(QLabel, "objectAnswer")
    assert answer.text() == "The colour model could not be loaded."
    assert view.open_source(str(frame_file))
    qtbot.waitUntil(lambda: view.display.objects.reading() is not None, timeout=10_000)
    assert view.display.objects.small_tile.image().shape == (32, 32, 3)  # still shown
    assert view.display.objects.bars.probabilities() is None
    assert answer.text() == "The colour model could not be loaded."
    view.close()


def test_the_tab_opens_again_in_the_mode_it_was_left_in(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tab: WebcamTab,
        digit_model: LoadedModel) -> None:
    tab.set_mode(OBJECTS)
    again = make_tab(qtbot, monkeypatch, digit_model)
    assert again.mode() == OBJECTS
    assert again.findChild(QComboBox, "webcamModeSelector").currentData() == OBJECTS
    again.wait_for_objects_model(timeout=120)  # no loading thread left behind
    again.set_mode(DIGITS)
    assert make_tab(qtbot, monkeypatch, digit_model).mode() == DIGITS
    again.close()
