"""Tab "Webcam": digits written on paper, found and read live by the network.

A worker thread (:mod:`gui.webcam.worker`) captures, finds the digits and reads them; this tab
only draws. A QTimer takes the newest result from the worker's one-item slot, so the GUI draws
at the camera's pace when it can and skips frames when it cannot, never falling behind.

Sources all take one path (:class:`engine.digits.camera.FrameSource`): a camera, a video file
(looped: its end is not news) or a photo (repeated). No camera is a normal state with its own page
explaining what to do instead; a camera that stops mid-stream stops the worker cleanly and
says so. The camera is released whenever the tab is hidden or closed, and opened again when
it is shown: a webcam held by a hidden tab is locked for every other program.
"""

import sys
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QBuffer, QEvent, QIODevice, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from engine.digits.camera import Frames, FrameSource, SourceState, probe_cameras
from gui.session import LabSession
from gui.settings import app_settings, remembered
from gui.webcam.controls import NO_CAMERA, PROBING, SourceBar
from gui.webcam.display import WebcamDisplay
from gui.webcam.view import annotated_image
from gui.webcam.worker import CaptureWorker, Detection
from gui.widgets.add_digit_bar import AddDigitBar
from gui.workers import run_in_background

PULL_MS = 15  # the GUI looks for a new result this often: faster than any camera's frames
PROBE_INDICES = 4
CAMERA_KEY = "webcam/camera"  # the camera index last opened, preferred when it is found again
MEDIA_FILTER = "*.avi *.mp4 *.mov *.mkv *.webm *.png *.jpg *.jpeg *.bmp *.tif *.tiff"


class WebcamTab(QWidget):
    """Live preview with boxed, labelled digits; the selected digit's pipeline below."""

    frameForLessons = Signal(np.ndarray)  # the frame (RGB uint8) for the kernel-editor lesson

    def __init__(self, session: LabSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("webcamTab")
        self.session = session
        self.worker: CaptureWorker | None = None
        self._origin: int | str | None = None  # what to open again when shown (None: nothing)
        self._cameras: list[int] | None = None  # None until probed
        self._probe = None
        self._source: object = None  # what is being read, to name it in the status line
        self.bar = SourceBar()
        self.display = WebcamDisplay()
        self.panel, self.status = self.display.panel, self.display.status
        self.add_bar = AddDigitBar(session)
        # The webcam's own words: there is nothing to draw on this page.
        self.add_bar.set_empty_hint(lambda: self.tr(
            "Click a digit's box in the picture to add it to your collection."))
        column = QVBoxLayout(self)
        column.addWidget(self.bar)
        column.addWidget(self.display, 1)
        column.addWidget(self.add_bar)
        self._timer = QTimer(self, interval=PULL_MS)
        self._timer.timeout.connect(self._pull)
        self._wire()
        session.modelChanged.connect(self._model_changed)
        self._model_changed()
        session.ensure_model()

    def _wire(self) -> None:
        self.bar.cameraChosen.connect(self.open_source)
        self.bar.resolutionChosen.connect(self._resolution_chosen)
        self.bar.open_button.clicked.connect(self.ask_for_source)
        self.display.no_camera.open_button.clicked.connect(self.ask_for_source)
        self.display.no_camera.rescan_button.clicked.connect(self.look_for_cameras)
        self.panel.slider.valueChanged.connect(self._sensitivity_changed)
        self.panel.freeze_button.toggled.connect(self._freeze_toggled)
        self.panel.snapshot_button.clicked.connect(self.ask_snapshot_path)
        self.panel.inspect_button.clicked.connect(self.inspect_selected)
        self.panel.kernel_button.clicked.connect(self.send_frame_to_lessons)

    # -- sources -----------------------------------------------------------------------------
    def open_source(self, source: int | str | Path | Frames) -> bool:
        """Read from a camera index, a video or image file, or a ready Frames object.

        Returns whether frames are coming. A camera that does not open shows the "no camera"
        page; a file that cannot be read is reported and whatever was running goes on.
        """
        opened = source if hasattr(source, "read") else self._open(source)
        if not opened.is_opened():
            opened.close()
            if opened.is_live:
                self.stop()
                self._origin = None
                self.display.show_no_camera(True)
                self.status.show_state("no camera", str(source))
            else:
                self.status.show_state("unreadable", self._name_of(source))
            return False
        self.stop()
        if isinstance(source, int):
            app_settings().setValue(CAMERA_KEY, source)
        self._origin = None if opened is source else _origin_of(source)
        self._source = source
        self._start(opened, self._name_of(source))
        return True

    def _open(self, origin: int | str | Path) -> FrameSource:
        if isinstance(origin, int):  # opening a webcam takes up to a second: on a click only
            return FrameSource(origin, size=self.bar.current_resolution())
        return FrameSource(origin, loop=True)  # a video's end is not news: start again

    def _name_of(self, source: object) -> str:
        if isinstance(source, int):
            return self.tr("Camera {number}").format(number=source)
        if isinstance(source, (str, Path)):
            return Path(source).name
        return self.tr("Frame source")

    def _start(self, source: Frames, name: str) -> None:
        predictor = self.session.current.predictor if self.session.current else None
        self.worker = CaptureWorker(source, predictor, self.panel.slider.value())
        self.worker.set_paused(self.is_frozen())
        self.display.show_no_camera(False)
        if isinstance(self._origin, str):
            self.bar.show_file(name)
        elif self._cameras is not None:
            self.bar.set_entries(self._entries(), self._origin)
        self.status.starting(name, still=bool(getattr(source, "is_still", False)))
        self.worker.start()
        self._timer.start()

    def stop(self) -> None:
        """Stop reading and release the source (the last frame stays on screen)."""
        self._timer.stop()
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.stop()

    def is_streaming(self) -> bool:
        return self.worker is not None and self.worker.is_running()

    def ask_for_source(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a video or an image of digits on paper"), str(Path.home()),
            self.tr("Videos and images ({patterns})").format(patterns=MEDIA_FILTER))
        if path:
            self.open_source(path)

    def _resolution_chosen(self, _width: int, _height: int) -> None:
        if isinstance(self._origin, int):
            self.open_source(self._origin)

    # -- cameras -----------------------------------------------------------------------------
    def look_for_cameras(self) -> None:
        """Probe the camera indices in the background; the list fills in when done."""
        if self._probe is not None:
            return
        self.bar.set_entries([PROBING])
        self._probe = run_in_background(lambda: probe_cameras(PROBE_INDICES),
                                        self._cameras_found, lambda _error: self._cameras_found([]),
                                        name="cnn-lab-camera-probe")

    def _cameras_found(self, cameras: list[int]) -> None:
        self._probe = None
        self._cameras = list(cameras)
        self.bar.set_entries(self._entries(), "file" if isinstance(self._origin, str)
                             else self._origin)
        if self.worker is not None or self.display.result() is not None or not self.isVisible():
            return  # something is showing already: a late probe must not replace it
        if cameras:
            preferred = remembered(CAMERA_KEY, cameras[0], int)
            self.open_source(preferred if preferred in cameras else cameras[0])
        else:
            self.display.show_no_camera(True)
            self.status.show_state("no camera")

    def _entries(self) -> list[object]:
        entries: list[object] = list(self._cameras or []) or [NO_CAMERA]
        return [*entries, "file"] if isinstance(self._origin, str) else entries

    # -- results -----------------------------------------------------------------------------
    def _pull(self) -> None:
        worker = self.worker
        if worker is None:
            return
        result = worker.latest()
        if result is not None and result is not self.display.result():
            self.display.show_result(result)
            self._offer_selected_digit()
        if not worker.is_running():
            self._source_stopped(worker)

    def _source_stopped(self, worker: CaptureWorker) -> None:
        """The loop ended by itself: a lost camera, a source that ended, or an error."""
        self.stop()
        self._origin = None  # not reopened on show: the person chooses again
        if worker.error is not None:
            self.status.show_state("error", worker.error)
        elif worker.state is SourceState.LOST:
            self.status.show_state("lost")
        else:
            self.status.show_state("ended")

    def detections(self) -> list[Detection]:
        """The digits of the frame on screen, left to right, with their readings."""
        return self.display.detections()

    def _offer_selected_digit(self) -> None:
        """The selected digit is the one "Add to my digits" adds (its label: the prediction)."""
        candidate = self.current_candidate()
        model = self.session.current
        if candidate is None:
            self.add_bar.set_candidate(None, None)
        elif model is None or not model.reads_digits:  # a class number is no digit label
            self.add_bar.set_candidate(candidate[0], None)
        else:
            self.add_bar.set_candidate(*candidate)

    def current_candidate(self) -> tuple[np.ndarray, int] | None:
        """The selected digit's 28 × 28 image and predicted class (None: none, or no model)."""
        return self.display.current_candidate()

    def _model_changed(self) -> None:
        current = self.session.current
        if self.worker is not None and current is not None:
            self.worker.set_predictor(current.predictor)
        self.display.set_labels(current.labels() if current is not None else None)

    # -- actions -----------------------------------------------------------------------------
    def set_frozen(self, frozen: bool) -> None:
        """Freeze (hold the frame; the sensitivity still applies to it) or resume."""
        self.panel.freeze_button.setChecked(frozen)

    def is_frozen(self) -> bool:
        return self.panel.freeze_button.isChecked()

    def _freeze_toggled(self, frozen: bool) -> None:
        if self.worker is not None:
            self.worker.set_paused(frozen)

    def _sensitivity_changed(self, value: int) -> None:
        if self.worker is not None:
            self.worker.set_sensitivity(value)

    def inspect_selected(self) -> None:
        candidate = self.current_candidate()
        if candidate is not None:
            self.session.inspect(candidate[0])

    def send_frame_to_lessons(self) -> None:
        result = self.display.result()
        if result is None:
            return
        frame = cv2.cvtColor(result.frame, cv2.COLOR_BGR2RGB)
        self.session.set_webcam_frame(frame)  # the image lessons offer it as a source
        self.frameForLessons.emit(frame)

    def ask_snapshot_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a snapshot"),
                                              str(Path.home() / "webcam.png"),
                                              self.tr("PNG images (*.png)"))
        if path:
            self.save_snapshot(path if path.lower().endswith(".png") else f"{path}.png")

    def save_snapshot(self, path: str | Path) -> bool:
        """The frame on screen with its boxes and labels, as a PNG, written atomically."""
        from engine.paths import atomic_write_bytes

        result = self.display.result()
        if result is None:
            return False
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        encoded = annotated_image(result.frame, self.display.marks()).save(buffer, "PNG")
        try:
            if not encoded:
                raise OSError("the PNG encoder failed")
            atomic_write_bytes(path, bytes(buffer.data()))
        except OSError as error:
            self.status.show_state("error", self.tr("Could not save {path}: {reason}").format(
                path=path, reason=error.strerror or error))
            return False
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._source is not None:
            self.status.rename(self._name_of(self._source))  # "Camera 0" → "Câmera 0"
        super().changeEvent(event)

    # -- visibility: the camera is held only while the tab is on screen ---------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._cameras is None:
            self.look_for_cameras()
        if self.worker is None and self._origin is not None:
            self.open_source(self._origin)

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop()  # _origin is kept: showing the tab again reopens it
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)


def _origin_of(source: int | str | Path) -> int | str:
    return source if isinstance(source, int) else str(source)


def _preview_tab() -> WebcamTab:
    """The tab for the preview runner; ``--demo`` reads a generated video of digits on paper."""
    tab = WebcamTab(LabSession())
    if "--demo" in sys.argv:
        import tempfile

        from engine.digits.paper_video import demo_video

        tab.open_source(demo_video(Path(tempfile.gettempdir())))
    return tab


if __name__ == "__main__":
    from gui.preview import run_preview

    sys.exit(run_preview(_preview_tab))
