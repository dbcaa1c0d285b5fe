"""Two models side by side for the Robustness page, independent of the session's current model.

``ModelPair`` holds a left and a right ``ModelSide`` (by default the shipped CNN and the shipped
MLP: the slide's claim is that one tolerates small shifts and the other does not). Each side
loads in a worker thread (``gui.session.attempt_load``: the same loading, checks and warm-up
as every other tab); a file that cannot be used leaves that side's previous model in place
and a message in ``ModelSide.problem``. ``SideChooser`` is one side's combo box
(``leftModelCombo`` / ``rightModelCombo``): the shipped models, the files opened in the
session, and “Open model…”.
"""

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QVBoxLayout, QWidget

from gui import style
from gui.session import (
    COLOUR_MODELS,
    SHIPPED_MODELS,
    LoadedModel,
    LoadFailure,
    ModelEntry,
    attempt_load,
    shipped_entry,
)
from gui.widgets.input_kind_text import ROBUSTNESS, grey_into_colour
from gui.workers import BackgroundCall, run_in_background

LEFT_DEFAULT, RIGHT_DEFAULT = "mnist_cnn", "mnist_mlp"
OPEN_FILE = "open-file"
READS_COLOUR = "reads-colour"  # a LoadFailure kind of this page: a model of colour photos


def model_title(entry: ModelEntry) -> str:
    """A model's short name in the interface language (a file's name for opened files)."""
    titles = {
        "mnist_cnn": QCoreApplication.translate("ModelPair", "CNN (default)"),
        "mnist_lecture_cnn": QCoreApplication.translate("ModelPair", "Course CNN"),
        "mnist_mlp": QCoreApplication.translate("ModelPair", "MLP (fully connected)"),
        "fashion_cnn": QCoreApplication.translate("ModelPair", "Fashion-MNIST CNN (clothing)"),
    }
    return titles.get(entry.shipped_key or "", entry.path.name)


def failure_reason(failure: LoadFailure) -> str:
    """Why a file could not be used, in one sentence in the interface language."""
    if failure.tensorflow_missing:
        return QCoreApplication.translate("ModelPair", "TensorFlow could not be loaded.")
    if failure.kind == READS_COLOUR:
        return grey_into_colour(ROBUSTNESS)
    reasons = {
        "missing": QCoreApplication.translate("ModelPair", "the file is no longer there."),
        "not-keras": QCoreApplication.translate(
            "ModelPair", "it is not a Keras model file (.keras); it may be damaged or of "
                         "another kind."),
        "unreadable": QCoreApplication.translate(
            "ModelPair", "this file was saved by another version of Keras or uses a layer "
                         "this version does not know."),
        "not-classifier": QCoreApplication.translate(
            "ModelPair", "it is not an image classifier this app can use."),
    }
    unknown = QCoreApplication.translate("ModelPair", "the file could not be read.")
    return reasons.get(failure.kind, unknown)


class ModelSide:
    """One side of the comparison: the model in use there, or None while it loads."""

    def __init__(self, entry: ModelEntry) -> None:
        self.entry = entry  # the model shown (in use, or loading)
        self.loaded: LoadedModel | None = None
        self.pending: ModelEntry | None = None
        self.failure: LoadFailure | None = None  # the last file refused, until another load

    @property
    def key(self) -> str:
        return self.entry.key

    @property
    def name(self) -> str:
        return model_title(self.entry)

    @property
    def model(self) -> Any | None:
        return self.loaded.model if self.loaded is not None else None

    @property
    def predictor(self) -> Any | None:
        return self.loaded.predictor if self.loaded is not None else None

    @property
    def problem(self) -> str:
        """The message for the last refused file ("" when none), in the interface language."""
        if self.failure is None:
            return ""
        text = QCoreApplication.translate("ModelPair", "Could not use {file}: {reason}").format(
            file=self.failure.entry.path.name, reason=failure_reason(self.failure))
        if self.loaded is not None:
            text += " " + QCoreApplication.translate("ModelPair", "Still using {model}.").format(
                model=self.name)
        return text

    def labels(self) -> list[str]:
        """Class names in the interface language ("" list while nothing is loaded)."""
        return self.loaded.labels() if self.loaded is not None else []

    @property
    def reads_digits(self) -> bool:
        return self.loaded is not None and self.loaded.reads_digits

    def probabilities(self, images: np.ndarray) -> np.ndarray:
        """(N, 28, 28) float 0–1 (or one (28, 28)) → (N, classes); one image: the fast path."""
        predictor = self.predictor
        if predictor is None:
            raise RuntimeError("the model has not loaded yet")
        batch = np.asarray(images, np.float32)
        batch = batch[None] if batch.ndim == 2 else batch
        if len(batch) == 1:
            return predictor.probabilities(batch[0])[None]
        prepared = np.concatenate([predictor.prepare(image) for image in batch])
        return predictor.probabilities_batch(prepared)


class _LoadReceiver(QObject):
    """Hands one load's outcome to its pair; a child of the pair, so that a load finishing
    after the page was closed finds its connection gone instead of a deleted pair."""

    def __init__(self, pair: "ModelPair", index: int, entry: ModelEntry) -> None:
        super().__init__(pair)
        self.index, self.entry = index, entry

    def finished(self, outcome: object) -> None:
        pair = self.parent()
        if isinstance(pair, ModelPair):
            pair._finished(self.index, self.entry, outcome)
        self.deleteLater()


class ModelPair(QObject):
    """The left and right models; ``changed`` after a side loaded, failed or was changed."""

    changed = Signal()

    def __init__(self, session: object | None = None, left: str = LEFT_DEFAULT,
                 right: str = RIGHT_DEFAULT, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._sides = (ModelSide(shipped_entry(left)), ModelSide(shipped_entry(right)))
        self._calls: list[BackgroundCall] = []
        self._opened: list[ModelEntry] = []  # files opened here, offered on both sides
        for index, side in enumerate(self._sides):
            self.select(index, side.entry)

    def sides(self) -> tuple[ModelSide, ModelSide]:
        return self._sides

    def ready(self) -> bool:
        return all(side.loaded is not None and side.pending is None for side in self._sides)

    def entries(self) -> list[ModelEntry]:
        """What the choosers offer: the shipped digit models, the session's files, files opened
        here (the shipped colour models are left out: this page perturbs grey digits)."""
        listed = [shipped_entry(key) for key in SHIPPED_MODELS if key not in COLOUR_MODELS]
        for entry in [*getattr(self.session, "entries", []), *self._opened]:
            if entry not in listed and entry.shipped_key not in COLOUR_MODELS:
                listed.append(entry)
        return listed

    def select(self, index: int, entry: ModelEntry) -> None:
        """Load ``entry`` on side ``index`` (0 left, 1 right) in the background."""
        side = self._sides[index]
        side.pending, side.failure = entry, None
        if side.loaded is None:
            side.entry = entry
        self.changed.emit()
        receiver = _LoadReceiver(self, index, entry)
        call = run_in_background(lambda: attempt_load(entry), receiver.finished,
                                 receiver.finished, name="cnn-lab-robustness-load")
        self._calls = [c for c in self._calls if not c.wait(0)] + [call]

    def open_file(self, index: int, path: str | Path) -> None:
        """Load a ``.keras`` file on side ``index`` (offered on both sides once it loads)."""
        self.select(index, ModelEntry(Path(path).resolve()))

    def wait(self, timeout: float = 60.0) -> bool:
        """Block until every load has finished in its thread (tests)."""
        return all(call.wait(timeout) for call in self._calls)

    def _finished(self, index: int, entry: ModelEntry, outcome: object) -> None:
        side = self._sides[index]
        if side.pending != entry:
            return  # overtaken by a newer choice on this side
        side.pending = None
        if isinstance(outcome, LoadedModel) and outcome.reads_colour:  # an opened photo model
            outcome = LoadFailure(entry, "the model reads colour photos", kind=READS_COLOUR)
        if isinstance(outcome, LoadedModel):
            side.entry, side.loaded = entry, outcome
            if entry.shipped_key is None and entry not in self._opened:
                self._opened.append(entry)
        else:
            failure = outcome if isinstance(outcome, LoadFailure) else LoadFailure(
                entry, str(outcome) or type(outcome).__name__)
            side.failure = failure
            if side.loaded is not None:
                side.entry = side.loaded.entry
        self.changed.emit()


class SideChooser(QWidget):
    """One side's model combo box, a “loading” note and the message of a refused file."""

    def __init__(self, pair: ModelPair, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pair, self.index = pair, index
        self.combo = QComboBox(objectName=("leftModelCombo", "rightModelCombo")[index])
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.message = QLabel(objectName=("leftModelMessage", "rightModelMessage")[index])
        self.message.setWordWrap(True)
        self.message.setStyleSheet(style.ERROR_STYLE)
        self.message.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.combo)
        column.addWidget(self.message)
        self.combo.activated.connect(self._chosen)
        pair.changed.connect(self._show)
        self.retranslate()

    def side(self) -> ModelSide:
        return self.pair.sides()[self.index]

    def _shown_entry(self) -> ModelEntry:
        side = self.side()
        return side.pending or side.entry

    def _fill(self) -> None:
        entries = self.pair.entries()
        if self._shown_entry() not in entries:
            entries.append(self._shown_entry())  # a file still loading
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for entry in entries:
                self.combo.addItem(model_title(entry), entry.key)
                self.combo.setItemData(self.combo.count() - 1, str(entry.path),
                                       Qt.ItemDataRole.ToolTipRole)
            self.combo.insertSeparator(self.combo.count())
            self.combo.addItem(self.tr("Open model…"), OPEN_FILE)

    def _show(self) -> None:
        key = self._shown_entry().key
        if self.combo.findData(key) < 0 or self.combo.count() != len(self.pair.entries()) + 2:
            self._fill()
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(self.combo.findData(key))
        problem = self.side().problem
        self.message.setText(problem)
        self.message.setVisible(bool(problem))

    def _chosen(self, position: int) -> None:
        data = self.combo.itemData(position)
        if data == OPEN_FILE:
            self._show()  # the combo must not stay on "Open model…"
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a Keras model"),
                                                  str(Path.home()),
                                                  self.tr("Keras models (*.keras)"))
            if path:
                self.pair.open_file(self.index, path)
            return
        entry = next((e for e in self.pair.entries() if e.key == data), None)
        if entry is not None and entry.key != self._shown_entry().key:
            self.pair.select(self.index, entry)

    def retranslate(self) -> None:
        self.combo.setToolTip(self.tr("The network on this side. Put a CNN beside an MLP (the "
                                      "default) to see which one tolerates the perturbations; "
                                      "“Open model…” loads any Keras digit classifier."))
        self._fill()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
