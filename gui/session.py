"""What the lab's views share: the model in use and the picture the network is reading.

The Draw tab, the Activations tab (and later the webcam and training tabs) all show the same
model and the same input, so that a digit drawn in one is the digit inspected in the other.
One ``LabSession`` per window holds both and tells every view when either changes.

Models load in a worker thread (reading a ``.keras`` file, building the compiled predictor and
running it once to compile it take a second or two); the views show a busy state meanwhile.
A model that cannot be used is reported and the previous one stays in use.
"""

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal

from gui import i18n
from gui.settings import app_settings
from gui.tf_warmup import tensorflow_warm_up
from gui.workers import BackgroundCall, run_in_background
from resources import resource_path

SHIPPED_MODELS = ("mnist_cnn", "mnist_lecture_cnn", "mnist_mlp", "fashion_cnn", "cifar10_cnn")
DEFAULT_MODEL = "mnist_cnn"
# Shipped models that read colour photos: views fed grey pictures leave them out of their lists
# before loading them (a loaded model says it itself: LoadedModel.reads_colour).
COLOUR_MODELS = frozenset({"cifar10_cnn"})
SETTINGS_KEY = "models/current"
CLASS_NAMES_GROUP = "modelClassNames"  # per model file: the names a teacher gave its classes
DIGIT_NAMES = [str(digit) for digit in range(10)]


@dataclass(frozen=True)
class ModelEntry:
    """A model the selectors offer: a shipped one (by key) or a file the user opened."""

    path: Path
    shipped_key: str | None = None

    @property
    def key(self) -> str:
        return self.shipped_key or str(self.path)


def shipped_entry(key: str) -> ModelEntry:
    return ModelEntry(resource_path("models", f"{key}.keras"), key)


@dataclass
class LoadedModel:
    """A model ready for interactive use: the Keras model, its fast predictor and its card."""

    entry: ModelEntry
    model: Any
    predictor: Any
    card: dict[str, Any] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)
    names_pt: list[str] = field(default_factory=list)
    names_known: bool = True  # False: no card names them (a model made elsewhere)

    def labels(self) -> list[str]:
        """Class names in the interface's language (Portuguese names from the model card).

        Unknown names are shown as "class 0", "class 1", …: a bare "5" would pass a
        Fashion-MNIST sandal off as a digit.
        """
        if not self.names_known:
            return [QCoreApplication.translate("LabSession", "class {index}").format(index=i)
                    for i in range(len(self.names))]
        if i18n.current_language() == i18n.PORTUGUESE and len(self.names_pt) == len(self.names):
            return self.names_pt
        return self.names

    @property
    def reads_digits(self) -> bool:
        """True only when the classes are known to be the ten digits 0–9."""
        return self.names_known and self.names == DIGIT_NAMES

    @property
    def reads_colour(self) -> bool:
        """True for a model of colour photos: grey pictures (the drawing) must not be fed to it."""
        from engine.models.input_kind import reads_colour

        return reads_colour(self.predictor.spec)

    @property
    def has_card_names(self) -> bool:
        names = self.card.get("class_names")
        return isinstance(names, list) and len(names) == len(self.names)


def load_for_interaction(entry: ModelEntry) -> LoadedModel:
    """Load, wrap and warm up a model (in a worker thread: this takes a second or two)."""
    from engine.models.io import class_names, load_card, load_model
    from engine.models.predictor import Predictor

    model = load_model(entry.path)
    card = load_card(entry.path)
    predictor = Predictor(model)
    blank = np.zeros((predictor.spec.height, predictor.spec.width), np.float32)
    predictor.probabilities(blank)  # compiles now, not on the student's first stroke
    predictor.activations(blank)
    names = class_names(model, card)
    names_pt = [str(n) for n in card.get("class_names_pt", [])]
    loaded = LoadedModel(entry, model, predictor, card, names, names_pt)
    loaded.names_known = loaded.has_card_names
    return loaded


def _class_names_key(path: Path) -> str:
    """A settings key per model file (a path has characters QSettings keys must not hold)."""
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"{CLASS_NAMES_GROUP}/{digest}"


def remembered_class_names(path: Path, count: int) -> tuple[list[str], list[str]] | None:
    """The names a teacher gave this file's classes before, if they still fit."""
    try:
        stored = json.loads(str(app_settings().value(_class_names_key(path), "")))
        names, names_pt = [str(n) for n in stored["names"]], [str(n) for n in stored["pt"]]
    except (ValueError, TypeError, KeyError):
        return None
    return (names, names_pt) if len(names) == count else None


@dataclass(frozen=True)
class LoadFailure:
    """Why a model could not be used, for the message the views show."""

    entry: ModelEntry
    message: str  # English, technical: what the library said (shown under "Details")
    tensorflow_missing: bool = False  # not the file's fault: load it again once TF is back
    kind: str = ""  # a ModelLoadError kind, worded by the views in the interface language


def attempt_load(entry: ModelEntry) -> LoadedModel | LoadFailure:
    """load_for_interaction, with any failure turned into a LoadFailure (never raises)."""
    from engine.models.io import ModelLoadError
    from engine.tensorflow_runtime import TensorFlowUnavailableError

    try:
        return load_for_interaction(entry)
    except TensorFlowUnavailableError as error:
        return LoadFailure(entry, error.detail, tensorflow_missing=True)
    except ModelLoadError as error:
        return LoadFailure(entry, error.detail, kind=error.kind)
    except Exception as error:  # a damaged file can fail in many ways; all become a message
        return LoadFailure(entry, str(error) or type(error).__name__)


class LabSession(QObject):
    """The current model (loaded in the background) and the current input picture."""

    entriesChanged = Signal()
    busyChanged = Signal(bool)
    modelChanged = Signal()
    modelFailed = Signal(str, str)  # file name, message
    inputChanged = Signal()
    drawingChanged = Signal()
    inspectRequested = Signal()  # "show this input in the Activations tab"
    webcamFrameChanged = Signal()
    exercisesRequested = Signal(str)  # a topic of the Exercises page, asked for by a lesson
    pageRequested = Signal(str)  # "show this page" (a PAGES key), asked for by another page

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[ModelEntry] = [shipped_entry(key) for key in SHIPPED_MODELS]
        self.current: LoadedModel | None = None
        self.pending: ModelEntry | None = None
        self._call: BackgroundCall | None = None
        self.input_image: np.ndarray | None = None  # what the model reads, e.g. 28 × 28 float
        self.drawing: np.ndarray | None = None  # the Draw tab's canvas (uint8), None if blank
        self.datasets: dict[str, Any] = {}  # loaded datasets by key: each is loaded once
        self.webcam_frame: np.ndarray | None = None  # the frame the Webcam tab sent (RGB)
        self.waiting_for_tensorflow: ModelEntry | None = None  # loaded again when TF is back
        self.failure: LoadFailure | None = None  # the last file refused, until another load
        tensorflow_warm_up().ready.connect(self._tensorflow_ready)

    # -- models ----------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.pending is not None

    def ensure_model(self) -> None:
        """Load the remembered (or default) model, once, when a view first needs one."""
        if self.current is None and self.pending is None:
            remembered = app_settings().value(SETTINGS_KEY, DEFAULT_MODEL, type=str)
            entry = self._entry_for(remembered) or shipped_entry(DEFAULT_MODEL)
            self.select(entry)

    def select(self, entry: ModelEntry) -> None:
        """Start loading ``entry``; the newest request wins if several overlap."""
        if entry not in self.entries:
            self.entries.append(entry)
            self.entriesChanged.emit()
        self.pending = entry
        self.waiting_for_tensorflow = None
        self.failure = None
        self.busyChanged.emit(True)
        self._call = run_in_background(lambda: attempt_load(entry), self._finished,
                                       self._finished, name="cnn-lab-model-load")

    def add_model_file(self, path: str | Path) -> ModelEntry:
        """Offer a model file in the selectors (an opened or newly trained model) and load it."""
        entry = ModelEntry(Path(path).resolve())
        self.select(entry)
        return entry

    def wait(self, timeout: float = 60.0) -> bool:
        """Block until a pending load has finished in its thread (tests, exit)."""
        return self._call.wait(timeout) if self._call is not None else True

    def _finished(self, outcome: LoadedModel | LoadFailure | Exception) -> None:
        if isinstance(outcome, Exception):  # cannot happen: attempt_load catches everything
            outcome = LoadFailure(self.pending or shipped_entry(DEFAULT_MODEL), str(outcome))
        if outcome.entry != self.pending:
            return  # an older request, overtaken by a newer one
        self.pending = None
        if isinstance(outcome, LoadedModel):
            self._name_from_memory(outcome)
            self.current = outcome
            app_settings().setValue(SETTINGS_KEY, outcome.entry.key)
        elif outcome.tensorflow_missing:
            self.failure = outcome
            self.waiting_for_tensorflow = outcome.entry
            self.modelFailed.emit(outcome.entry.path.name, self.tr(
                "TensorFlow could not be loaded. Press “Try again” in the status bar; the "
                "model loads as soon as TensorFlow does."))
        else:
            self.failure = outcome
            self._forget_unusable(outcome.entry)
            self.modelFailed.emit(outcome.entry.path.name, outcome.message)
        self.busyChanged.emit(False)
        self.modelChanged.emit()  # on failure too: selectors go back to the model in use

    def _name_from_memory(self, loaded: LoadedModel) -> None:
        if not loaded.names_known:
            remembered = remembered_class_names(loaded.entry.path, len(loaded.names))
            if remembered is not None:
                loaded.names, loaded.names_pt = remembered
                loaded.names_known = True

    def name_classes(self, names: list[str], names_pt: list[str] | None = None) -> None:
        """Give the current model's classes names, remembered for its file."""
        loaded = self.current
        if loaded is None or len(names) != len(loaded.names):
            return
        names_pt = names_pt if names_pt and len(names_pt) == len(names) else list(names)
        app_settings().setValue(_class_names_key(loaded.entry.path),
                                json.dumps({"names": names, "pt": names_pt}))
        loaded.names, loaded.names_pt, loaded.names_known = list(names), names_pt, True
        self.modelChanged.emit()

    def _tensorflow_ready(self) -> None:
        """TensorFlow loaded after a failed try: load the model that had to wait for it."""
        entry, self.waiting_for_tensorflow = self.waiting_for_tensorflow, None
        if entry is not None and self.pending is None:
            self.select(entry)

    def _forget_unusable(self, entry: ModelEntry) -> None:
        """A file that failed is not offered again (shipped models always stay listed)."""
        if entry.shipped_key is None and entry != self._current_entry() and entry in self.entries:
            self.entries.remove(entry)
            self.entriesChanged.emit()

    def _current_entry(self) -> ModelEntry | None:
        return self.current.entry if self.current is not None else None

    def _entry_for(self, key: str) -> ModelEntry | None:
        if key in SHIPPED_MODELS:
            return shipped_entry(key)
        path = Path(key)
        return ModelEntry(path) if key and path.is_file() else None

    # -- input -----------------------------------------------------------------------------------
    def set_drawing(self, pixels: np.ndarray | None) -> None:
        """The Draw tab's canvas as it is now, for the lessons that work on "my drawing"."""
        self.drawing = pixels
        self.drawingChanged.emit()

    def set_webcam_frame(self, frame: np.ndarray) -> None:
        """A webcam frame (RGB uint8) for the image lessons to work on."""
        self.webcam_frame = frame
        self.webcamFrameChanged.emit()

    def inspect(self, image: np.ndarray) -> None:
        """Make ``image`` the input and ask the window to open the Activations tab on it."""
        self.set_input(image)
        self.inspectRequested.emit()

    def set_input(self, image: np.ndarray | None) -> None:
        """The picture every view should show the network reading (None: nothing to read)."""
        self.input_image = image
        self.inputChanged.emit()
