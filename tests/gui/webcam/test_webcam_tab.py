"""The Webcam tab with a generated video as its camera: boxes, freeze, snapshot, lost camera.

The "camera" is an MJPG video of digits on paper written by engine.digits.paper_video from the
built-in sample's *training* digits (these tests check the tab, not the detector's accuracy,
which tests/engine/digits/test_paper_digits.py measures on test digits). Probing for real cameras is
replaced by "none found", so the tests behave the same on a machine with a webcam.
"""

import re
import time
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSlider, QWidget
from pytestqt.qtbot import QtBot

from engine.digits.camera import SourceState
from engine.digits.paper_video import TrueDigit, paper_frame, write_paper_video
from gui import i18n
from gui.session import LabSession, LoadedModel, load_for_interaction, shipped_entry
from gui.webcam import tab as webcam_tab
from gui.webcam.tab import WebcamTab
from gui.widgets.image_strip import to_grey8

LEFT = Qt.MouseButton.LeftButton
TAG = re.compile(r"^\d · \d{1,3} %$")


@pytest.fixture(scope="module")
def paper_video(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[list[TrueDigit]]]:
    from engine.datasets.catalog import load_sample

    sample = load_sample()
    path = tmp_path_factory.mktemp("webcam") / "paper.avi"
    truths = write_paper_video(path, sample.x_train, sample.y_train, frames=40, seed=5)
    return path, truths


@pytest.fixture(scope="module")
def default_cnn() -> LoadedModel:
    """The default digits CNN, loaded once for the module (loading takes a second or two)."""
    return load_for_interaction(shipped_entry("mnist_cnn"))


@pytest.fixture
def tab(qtbot: QtBot, default_cnn: LoadedModel,
        monkeypatch: pytest.MonkeyPatch) -> Iterator[WebcamTab]:
    monkeypatch.setattr(webcam_tab, "probe_cameras", lambda _count: [])
    session = LabSession()
    session.current = default_cnn  # as if loaded: the tab's ensure_model() loads nothing
    view = WebcamTab(session)
    qtbot.addWidget(view)
    view.resize(800, 600)  # inside the offscreen screen, or the clicks miss
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.close()


class FakeCamera:
    """A live source that gives ``frames`` then stops, as an unplugged webcam does."""

    is_live = True
    fps = 30.0

    def __init__(self, frames: list[np.ndarray]) -> None:
        self.frames = list(frames)
        self.state = SourceState.OPEN
        self.closes = 0

    def read(self) -> np.ndarray | None:
        if self.state is not SourceState.OPEN:
            return None
        if not self.frames:
            self.state = SourceState.LOST
            return None
        time.sleep(1 / self.fps)
        return self.frames.pop(0)

    def close(self) -> None:
        self.closes += 1
        if self.state is SourceState.OPEN:
            self.state = SourceState.CLOSED

    def is_opened(self) -> bool:
        return self.state is SourceState.OPEN


def stream(qtbot: QtBot, tab: WebcamTab, source: object) -> None:
    assert tab.open_source(source)
    qtbot.waitUntil(lambda: len(tab.detections()) >= 2, timeout=10_000)


def button(tab: WebcamTab, name: str) -> QPushButton:
    return tab.findChild(QPushButton, name)


def iou(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    across = max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    down = max(0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    return across * down / (a[2] * a[3] + b[2] * b[3] - across * down)


# --------------------------------------------------------------------------- streaming
def test_boxes_and_labels_appear_for_the_video_camera(qtbot: QtBot, tab: WebcamTab,
                                                      paper_video: tuple) -> None:
    video, truths = paper_video
    stream(qtbot, tab, video)
    tab.set_frozen(True)  # hold one frame to compare with its truth
    qtbot.wait(100)
    detections = tab.detections()
    found = [(d.candidate.box, d.label) for d in detections]
    # The frame on screen is one of the video's: every box and label matches that frame's.
    assert any(len(truth) == len(found) and all(
        any(iou(box, t.box) > 0.5 and label == t.label for t in truth) for box, label in found)
        for truth in truths)
    marks = tab.display.view.marks()
    assert len(marks) == len(detections) and all(TAG.match(m.text) for m in marks)
    assert sum(m.selected for m in marks) == 1
    status = tab.findChild(QLabel, "statusMessage").text()
    assert "paper.avi" in status and "640 × 480" in status
    assert f"digits found: {len(detections)}" in status
    assert tab.findChild(QComboBox, "cameraSelector").currentText() == "File: paper.avi"


def test_the_selected_digit_is_shown_and_its_pipeline_drawn(qtbot: QtBot, tab: WebcamTab,
                                                           paper_video: tuple) -> None:
    stream(qtbot, tab, paper_video[0])
    tab.set_frozen(True)
    qtbot.wait(100)
    second = tab.detections()[1]
    x, y, w, h = second.candidate.box
    view = tab.findChild(QWidget, "webcamView")
    qtbot.mouseClick(view, LEFT, pos=view.widget_point(x + w / 2, y + h / 2).toPoint())
    assert tab.display.selected_index() == 1
    assert tab.findChild(QLabel, "selectedDigit").text() == str(second.label)
    percent = i18n.percent(second.confidence)  # the one rounding of every view
    assert tab.findChild(QLabel, "selectedConfidence").text() == f"{percent} % sure"
    image, label = tab.current_candidate()
    assert label == second.label and image.shape == (28, 28)
    np.testing.assert_array_equal(image, second.candidate.image)
    strip = tab.display.strip
    assert strip.captions() == ["grey", "threshold", "ink, cropped", "20 × 20",
                                "centred 28 × 28"]
    np.testing.assert_array_equal(strip.image(4), to_grey8(second.candidate.image))


def test_freeze_stops_updates_and_resume_restarts(qtbot: QtBot, tab: WebcamTab,
                                                  paper_video: tuple) -> None:
    stream(qtbot, tab, paper_video[0])
    freeze = button(tab, "freezeButton")
    qtbot.mouseClick(freeze, LEFT)
    assert freeze.text() == "Resume" and tab.is_frozen()
    qtbot.wait(100)  # a frame already on its way may still land
    held = tab.display.result()
    qtbot.wait(400)  # a dozen frames' time
    assert tab.display.result() is held
    qtbot.mouseClick(freeze, LEFT)
    assert freeze.text() == "Freeze"
    qtbot.waitUntil(lambda: tab.display.result().number > held.number + 3, timeout=5000)


def test_the_sensitivity_applies_to_the_frozen_frame(qtbot: QtBot, tab: WebcamTab,
                                                     paper_video: tuple) -> None:
    stream(qtbot, tab, paper_video[0])
    tab.set_frozen(True)
    qtbot.wait(100)
    held = tab.display.result()
    slider = tab.findChild(QSlider, "sensitivitySlider")
    slider.setValue(30)
    qtbot.waitUntil(lambda: tab.display.result().sensitivity == 30, timeout=5000)
    assert tab.display.result().frame is held.frame  # the same frame, looked at again
    assert "at least 30 grey levels" in tab.findChild(QLabel, "sensitivityLabel").text()


def test_frames_are_dropped_never_queued(qtbot: QtBot, tab: WebcamTab,
                                         paper_video: tuple) -> None:
    stream(qtbot, tab, paper_video[0])
    before = tab.display.result().number
    time.sleep(0.5)  # the GUI thread is busy: about 15 frames arrive meanwhile
    qtbot.wait(50)
    after = tab.display.result().number
    assert after - before >= 8  # it jumped to the newest frame, skipping the others
    assert tab.worker.latest().number - after <= 2  # and is not behind


def test_snapshot_writes_the_frame_with_its_boxes(qtbot: QtBot, tab: WebcamTab,
                                                  paper_video: tuple, tmp_path: Path) -> None:
    assert not tab.save_snapshot(tmp_path / "empty.png")  # nothing on screen yet
    stream(qtbot, tab, paper_video[0])
    tab.set_frozen(True)
    qtbot.wait(100)
    path = tmp_path / "snap.png"
    assert tab.save_snapshot(path)
    saved = cv2.imread(str(path))
    frame = tab.display.result().frame
    assert saved.shape == frame.shape
    x, y, _, h = tab.detections()[-1].candidate.box
    edge = saved[y + h // 2, x]  # the left side of a box: green or yellow, not paper
    assert edge[1] > 150 and edge[0] < 100
    assert not tab.save_snapshot(tmp_path / "missing" / "folder" / "snap.png")
    assert "Could not save" in tab.findChild(QLabel, "statusMessage").text()


def test_inspect_and_send_the_frame_to_the_lessons(qtbot: QtBot, tab: WebcamTab,
                                                   paper_video: tuple) -> None:
    stream(qtbot, tab, paper_video[0])
    tab.set_frozen(True)
    qtbot.wait(100)
    with qtbot.waitSignal(tab.session.inspectRequested, timeout=2000):
        qtbot.mouseClick(button(tab, "inspectButton"), LEFT)
    np.testing.assert_array_equal(tab.session.input_image, tab.current_candidate()[0])
    with qtbot.waitSignal(tab.frameForLessons, timeout=2000) as sent:
        qtbot.mouseClick(button(tab, "sendToKernelButton"), LEFT)
    bgr = tab.display.result().frame
    np.testing.assert_array_equal(sent.args[0], bgr[:, :, ::-1])  # RGB for the lessons
    assert tab.session.webcam_frame is sent.args[0]


def test_an_image_file_is_a_source_too(qtbot: QtBot, tab: WebcamTab, tmp_path: Path) -> None:
    from engine.datasets.catalog import load_sample

    sample = load_sample()
    frame, truth = paper_frame(np.random.default_rng(3), sample.x_train, sample.y_train, 4)
    cv2.imwrite(str(tmp_path / "page.png"), frame)
    stream(qtbot, tab, tmp_path / "page.png")
    qtbot.waitUntil(lambda: len(tab.detections()) == len(truth), timeout=5000)
    assert sorted(d.label for d in tab.detections()) == sorted(t.label for t in truth)
    status = tab.findChild(QLabel, "statusMessage").text()
    assert "still image" in status and "frames/s" not in status  # its rate is ours, not its own


# --------------------------------------------------------------------------- no camera, lost
def test_no_camera_found_shows_what_to_do_instead(qtbot: QtBot, tab: WebcamTab) -> None:
    hint = tab.findChild(QLabel, "addDigitStatus").text()
    assert "Click a digit's box" in hint and "Draw" not in hint  # this page's own hint
    message = tab.findChild(QLabel, "noCameraMessage")
    qtbot.waitUntil(message.isVisible, timeout=5000)  # the probe (none found) has answered
    assert "Open video or image" in message.text() and "digits on paper" in message.text()
    assert tab.findChild(QComboBox, "cameraSelector").currentText() == "none found"
    assert tab.findChild(QLabel, "statusMessage").text() == "No camera found."
    tab.set_mode("objects")  # the advice follows the mode: a photo of a thing, not digits
    assert "photo of a plane" in message.text() and "digits" not in message.text()
    tab.set_mode("digits")
    assert "digits on paper" in message.text()


def test_an_index_that_does_not_open_shows_no_camera(qtbot: QtBot, tab: WebcamTab,
                                                     paper_video: tuple) -> None:
    stream(qtbot, tab, paper_video[0])
    assert not tab.open_source(97)
    assert tab.findChild(QLabel, "noCameraMessage").isVisible()
    assert not tab.is_streaming()
    assert tab.findChild(QLabel, "statusMessage").text() == "Camera 97 does not open."


def test_an_unreadable_file_leaves_the_running_source_alone(qtbot: QtBot, tab: WebcamTab,
                                                            paper_video: tuple,
                                                            tmp_path: Path) -> None:
    stream(qtbot, tab, paper_video[0])
    (tmp_path / "notes.avi").write_text("not a video")
    assert not tab.open_source(tmp_path / "notes.avi")
    assert tab.is_streaming()
    assert tab.findChild(QLabel, "statusMessage").text() == (
        "Could not open notes.avi: the file is missing, or it is not a video or an image.")


def test_a_camera_that_stops_shows_a_message_and_stops_cleanly(qtbot: QtBot, tab: WebcamTab,
                                                              paper_video: tuple) -> None:
    frames = []
    capture = cv2.VideoCapture(str(paper_video[0]))
    for _ in range(6):
        frames.append(capture.read()[1])
    capture.release()
    camera = FakeCamera(frames)
    stream(qtbot, tab, camera)
    status = tab.findChild(QLabel, "statusMessage")
    qtbot.waitUntil(lambda: "stopped sending pictures" in status.text(), timeout=5000)
    assert not tab.is_streaming() and camera.closes == 1
    assert tab.display.view.has_frame()  # the last frame stays on screen
    tab.hide()
    tab.show()  # showing the tab again does not try the lost camera again
    assert not tab.is_streaming()


def test_hiding_and_closing_the_tab_release_the_capture(qtbot: QtBot, tab: WebcamTab,
                                                        paper_video: tuple) -> None:
    stream(qtbot, tab, paper_video[0])
    source = tab.worker.source
    tab.hide()
    assert not source.is_opened() and source.state is SourceState.CLOSED
    assert not tab.is_streaming()
    tab.show()  # back on screen: the same video is opened again
    qtbot.waitUntil(tab.is_streaming, timeout=5000)
    reopened = tab.worker.source
    assert reopened is not source and reopened.is_opened()
    tab.close()
    assert not reopened.is_opened()
    tab.show()
    camera = FakeCamera([np.zeros((480, 640, 3), np.uint8)] * 1000)  # one that never stops
    assert tab.open_source(camera)
    tab.close()
    assert camera.closes == 1 and not camera.is_opened()


def test_add_to_my_digits_saves_the_selected_digit_with_its_reading(
        qtbot: QtBot, tab: WebcamTab, paper_video: tuple[Path, list[list[TrueDigit]]],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from engine.datasets.my_digits import MyDigits

    monkeypatch.setenv("CNN_LAB_HOME", str(tmp_path / "app"))
    stream(qtbot, tab, str(paper_video[0]))
    tab.set_frozen(True)
    qtbot.wait(100)
    tab.display.select(0)
    tab._offer_selected_digit()
    image, predicted = tab.current_candidate()
    saved = tab.add_bar.add()
    assert saved is not None
    items = MyDigits().items()
    assert [label for _, label in items] == [predicted]
    stored = cv2.imread(str(saved), cv2.IMREAD_GRAYSCALE)
    np.testing.assert_allclose(stored / 255.0, image, atol=1 / 255)  # the pixels it read


def test_a_frame_sent_to_the_lessons_opens_the_kernel_editor_on_it(qtbot: QtBot) -> None:
    from gui.main_window import MainWindow
    from gui.widgets.image_source import WEBCAM

    window = MainWindow(warm_up_tensorflow=False)
    qtbot.addWidget(window)
    frame = np.zeros((48, 64, 3), np.uint8)
    frame[:, 32:] = 200
    window.session.set_webcam_frame(frame)
    lesson = window.pages.currentWidget().widget()
    assert window.current_page_key() == "kernel_editor"
    assert lesson.source.current_key() == WEBCAM
    assert lesson.grey_input().shape == (48, 64)
    window.session.wait()
