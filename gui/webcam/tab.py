"""Tab "Webcam": digits written on paper, found and read live by the network — or, in the
"objects" mode, the object held in the middle of the picture, read by the colour model.

Each mode uses its own model. Digits: the model selected in the window, if it reads grey
pictures (a colour model cannot read ink on paper: the tab says so and reads nothing).
Objects: the shipped colour model ``cifar10_cnn``, loaded in the background the first time the
mode is chosen, whatever model is selected — the digit models know no cats.

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
from gui.session import LabSession, LoadedModel, LoadFailure, attempt_load, shipped_entry
from gui.settings import app_settings, remembered
from gui.webcam.controls import NO_CAMERA, PROBING, SourceBar
from gui.webcam.display import WebcamDisplay
from gui.webcam.objects_panel import FAILED, LOADING, READY
from gui.webcam.view import annotated_image
from gui.webcam.worker import DIGITS, OBJECTS, CaptureWorker, Detection
from gui.widgets.add_digit_bar import AddDigitBar
from gui.workers import run_in_background

PULL_MS = 15  # the GUI looks for a new result this often: faster than any camera's frames
PROBE_INDICES = 4
CAMERA_KEY = "webcam/camera"  # the camera index last opened, preferred when it is found again
MODE_KEY = "webcam/mode"  # digits or objects: the tab opens in the mode it was left in
OBJECTS_MODEL = "cifar10_cnn"  # the objects mode's own model, shipped with the app
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
        self._mode = DIGITS
        self._objects_model: LoadedModel | None = None  # loaded on the first objects mode
        self._objects_loading = None  # the BackgroundCall while it loads
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
        mode = remembered(MODE_KEY, DIGITS, str)
        if mode == OBJECTS:
            self.set_mode(OBJECTS)

    def _wire(self) -> None:
        self.bar.modeChosen.connect(self.set_mode)
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
        self.worker = CaptureWorker(source, self._digit_predictor(), self.panel.slider.value())
        self.worker.set_mode(self._mode, self._objects_predictor())
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
            self.worker.set_predictor(self._digit_predictor())
        usable = current is not None and self._digit_predictor() is not None
        self.display.set_labels(current.labels() if usable else None)
        self.display.show_model_note(self._model_note())

    # -- modes: digits on paper, or the object in the middle -------------------------------
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        """DIGITS or OBJECTS; the objects mode loads its colour model the first time."""
        self._mode = mode
        app_settings().setValue(MODE_KEY, mode)
        self.bar.modes.setCurrentIndex(self.bar.modes.findData(mode))
        self.display.set_mode(mode)
        self.add_bar.setVisible(mode == DIGITS)  # an object is no digit for the collection
        if mode == OBJECTS:
            self._ensure_objects_model()
        if self.worker is not None:
            self.worker.set_mode(mode, self._objects_predictor())

    def _digit_predictor(self) -> object | None:
        """The selected model's predictor, if it reads grey pictures (digits are ink)."""
        from engine.models.input_kind import reads_colour

        current = self.session.current
        if current is None or reads_colour(current.predictor.spec):
            return None
        return current.predictor

    def _model_note(self) -> str:
        current = self.session.current
        if current is None or self._digit_predictor() is not None:
            return ""
        return self.tr("The selected model reads colour photos; digits on paper are grey ink, "
                       "so it cannot read them. Choose a digit model in the model list, or "
                       "switch to \"Objects\" to read a photo with the colour model.")

    def objects_model(self) -> LoadedModel | None:
        return self._objects_model

    def set_objects_model(self, loaded: LoadedModel | LoadFailure | None) -> None:
        """The objects mode's model, ready (or a failure, which the panel reports)."""
        self._objects_loading = None
        self._objects_model = loaded if isinstance(loaded, LoadedModel) else None
        if self._objects_model is None:
            self.display.objects.set_model_state(FAILED)
        else:
            self.display.objects.set_model_state(READY, self._objects_model.labels())
        if self.worker is not None:
            self.worker.set_mode(self._mode, self._objects_predictor())

    def _objects_predictor(self) -> object | None:
        return None if self._objects_model is None else self._objects_model.predictor

    def _ensure_objects_model(self) -> None:
        if self._objects_model is not None or self._objects_loading is not None:
            return
        self.display.objects.set_model_state(LOADING)
        self._objects_loading = run_in_background(
            lambda: attempt_load(shipped_entry(OBJECTS_MODEL)), self.set_objects_model,
            lambda _error: self.set_objects_model(None), name="cnn-lab-objects-model")

    def wait_for_objects_model(self, timeout: float = 60.0) -> bool:
        """For tests and scripts: block until the colour model is loaded (or failed)."""
        import time

        from PySide6.QtCore import QCoreApplication

        deadline = time.monotonic() + timeout
        while self._objects_loading is not None and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.01)
        return self._objects_model is not None

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
        if event.type() == QEvent.Type.LanguageChange:
            if self._source is not None:
                self.status.rename(self._name_of(self._source))  # "Camera 0" → "Câmera 0"
            if self._objects_model is not None:  # "cat" → "gato": the card's names
                self.display.objects.set_model_state(READY, self._objects_model.labels())
            self.display.show_model_note(self._model_note())
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
    """The tab for the preview runner; ``--demo`` reads a generated video of digits on paper,
    ``--objects`` the objects mode on a generated frame holding a CIFAR-10 photo of a ship."""
    import tempfile

    tab = WebcamTab(LabSession())
    if "--demo" in sys.argv:
        from engine.digits.paper_video import demo_video

        tab.open_source(demo_video(Path(tempfile.gettempdir())))
    elif "--objects" in sys.argv:
        from engine.digits.webcam_objects import demo_frame
        from engine.lessons import cifar_photos

        path = Path(tempfile.mkdtemp()) / "ship.png"
        cv2.imwrite(str(path), demo_frame(cifar_photos.photo(cifar_photos.first_of_class(8))))
        tab.set_mode(OBJECTS)
        tab.open_source(path)
    return tab


if __name__ == "__main__":
    from gui.preview import run_preview

    sys.exit(run_preview(_preview_tab))
