"""Training off the GUI thread: a Qt monitor for ``engine.training.trainer`` and the worker's whole
job.

Everything slow happens in the worker thread: importing TensorFlow, building or loading the
model, the ``tf.data`` pipeline, the epochs and the final test evaluation. The GUI thread only
starts the thread and receives signals, so the window stays usable (and the tab's 10 Hz chart
timer keeps ticking) from the moment Start is pressed.

The monitor's signals are emitted in the worker; they are connected to slots of a QObject that
lives in the GUI thread, so Qt queues them there. Stop sets a ``threading.Event`` that the
engine reads after every batch: training ends after the current batch and the model stays
consistent and usable.
"""

import gc
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from engine.tensorflow_runtime import require_keras
from engine.training.history import training_subset
from engine.training.trainer import BatchEvent, EpochEvent, TrainConfig
from gui.workers import BackgroundCall, run_in_background

BUILT_IN_KINDS = ("cnn", "lecture", "mlp")  # keys of engine.models.architectures.ARCHITECTURES


@dataclass(frozen=True)
class TrainingPlan:
    """What to train on what: a built-in kind ("cnn", "lecture", "mlp") or a .keras path."""

    source: str
    dataset: Any  # engine.datasets.base.Dataset
    config: TrainConfig
    limit: int = 0  # use at most this many training images (0: all of them)


@dataclass
class RunOutcome:
    """A finished (or stopped) run: the trained model and everything its model card needs."""

    plan: TrainingPlan
    model: Any
    result: Any  # engine.training.trainer.TrainResult
    evaluation: Any  # engine.training.trainer.Evaluation on the test split
    test_split: str
    n_train: int
    n_val: int


def image_shape(dataset: Any) -> tuple[int, int, int]:
    """(height, width, channels) of the dataset's images, as a model's input wants it."""
    shape = dataset.image_shape
    return int(shape[0]), int(shape[1]), int(shape[2]) if len(shape) == 3 else 1


def check_fits(model: Any, dataset: Any, where: str) -> None:
    """Raise ModelLoadError when ``model`` cannot be trained on ``dataset`` (sizes, classes)."""
    from engine.models.io import ModelLoadError, input_spec

    spec = input_spec(model, where)
    height, width, channels = image_shape(dataset)
    classes = int(model.outputs[0].shape[1])
    if (spec.height, spec.width, spec.channels or 1) != (height, width, channels) or \
            classes != dataset.num_classes:
        raise ModelLoadError(
            f"{Path(where).name}: this model reads {spec.height} × {spec.width} × "
            f"{spec.channels or 1} images and knows {classes} classes, but the data has "
            f"{height} × {width} × {channels} images in {dataset.num_classes} classes.")


def make_model(source: str, dataset: Any, seed: int) -> Any:
    """A new built-in network sized for ``dataset``, or the .keras file to continue training."""
    keras = require_keras()

    from engine.models import architectures
    from engine.models.io import load_model

    keras.utils.set_random_seed(seed)  # the same seed gives the same starting weights
    if source in BUILT_IN_KINDS:
        return architectures.build(source, image_shape(dataset), dataset.num_classes)
    model = load_model(source)
    check_fits(model, dataset, source)
    return model


def evaluation_set(dataset: Any, x_val: Any, y_val: Any) -> tuple[Any, Any, str]:
    """The test split; without one, the validation hold-out (never images it trained on)."""
    if dataset.has_test and len(dataset.x_test):
        return dataset.x_test, dataset.y_test, "test"
    if len(x_val):
        return x_val, y_val, "validation (no test split)"
    return dataset.x_train, dataset.y_train, "all (no test split)"


def epoch_size(plan: TrainingPlan) -> int:
    """How many images each epoch of ``plan`` trains on, as ``run_plan`` will pick them."""
    from engine.training.trainer import split_validation

    count = len(plan.dataset.x_train)
    picked = training_subset(count, plan.limit, plan.config.seed)
    index = np.arange(count if picked is None else len(picked))
    return len(split_validation(index, index, plan.config.validation_fraction,
                                plan.config.seed)[0])


def run_plan(plan: TrainingPlan, monitor: Any) -> RunOutcome:
    """The worker's job, start to end (also what the benchmark compares with a bare train)."""
    from engine.training.trainer import evaluate, split_validation, train

    dataset, config = plan.dataset, plan.config
    x, y = dataset.x_train, dataset.y_train
    picked = training_subset(len(x), plan.limit, config.seed)
    if picked is not None:
        x, y = x[picked], y[picked]
    x, y, x_val, y_val = split_validation(x, y, config.validation_fraction, config.seed)
    model = make_model(plan.source, dataset, config.seed)
    result = train(model, x, y, config, monitor, validation=(x_val, y_val))
    x_test, y_test, split = evaluation_set(dataset, x_val, y_val)
    evaluation = evaluate(model, x_test, y_test, class_names=dataset.class_names)
    return RunOutcome(plan, model, result, evaluation, split, len(x), len(x_val))


def architecture_name(source: str) -> str:
    """The card's "architecture": the built-in key, or what the opened model's card says."""
    if source in BUILT_IN_KINDS:
        return source
    from engine.models.io import load_card

    return str(load_card(source).get("architecture") or Path(source).stem)


def model_card(outcome: RunOutcome, path: str | Path) -> dict[str, Any]:
    """The same model card ``python main.py train`` writes (engine/cli/train.py builds it)."""
    import argparse

    from engine.cli.train import _augmentation_settings, _card
    from engine.training import augment

    plan = outcome.plan
    args = argparse.Namespace(out=Path(path), model=architecture_name(plan.source))
    card = _card(args, outcome.model, plan.dataset, plan.config, outcome.result,
                 outcome.evaluation, outcome.test_split, outcome.n_train, outcome.n_val)
    card["augmentation"] = _augmentation_settings(augment) if plan.config.augment else None
    card["command"] = "CNN Lab window, Training tab"  # the CLI writes its command line here
    card["stopped_early"] = bool(outcome.result.stopped)
    if plan.source not in BUILT_IN_KINDS:
        card["continued_from"] = Path(plan.source).name
    if plan.limit:
        card["data"]["training_limit"] = plan.limit
    return card


class QtTrainingMonitor(QObject):
    """``engine.training.trainer``'s monitor speaking Qt: events become signals, Stop is an
    Event."""

    batchDone = Signal(object)  # BatchEvent, emitted in the worker thread
    epochDone = Signal(object)  # EpochEvent

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stop_requested = threading.Event()

    def on_batch(self, event: BatchEvent) -> None:
        self.batchDone.emit(event)

    def on_epoch(self, event: EpochEvent) -> None:
        self.epochDone.emit(event)

    def should_stop(self) -> bool:
        return self.stop_requested.is_set()


class TrainingRunner(QObject):
    """Runs one plan at a time in a worker; every signal arrives on the GUI thread."""

    batchDone = Signal(object)  # BatchEvent
    epochDone = Signal(object)  # EpochEvent
    finished = Signal(object)  # RunOutcome
    failed = Signal(str)  # why, in words

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call: BackgroundCall | None = None
        self._monitor: QtTrainingMonitor | None = None
        self._running = False
        app = QCoreApplication.instance()
        if app is not None:  # quitting mid-run: end after this batch, not after every epoch
            app.aboutToQuit.connect(self.stop)

    def is_running(self) -> bool:
        return self._running

    def start(self, plan: TrainingPlan) -> None:
        """Train in a worker thread; refuse a second run while one is going."""
        if self._running:
            raise RuntimeError("A training run is already going; stop it first.")
        # Python's full garbage collection stops every thread while it walks all objects: with
        # TensorFlow loaded that is 0.2–0.3 s of frozen window, at random moments of a run.
        # Frozen objects (everything alive now) are skipped until the run ends.
        gc.freeze()
        monitor = QtTrainingMonitor(self)
        # Receivers are this object's slots (GUI thread): Qt queues the worker's emissions.
        monitor.batchDone.connect(self._relay_batch)
        monitor.epochDone.connect(self._relay_epoch)
        self._monitor, self._running = monitor, True
        self._call = run_in_background(lambda: run_plan(plan, monitor), self._done,
                                       self._failed, name="cnn-lab-training")

    def stop(self) -> None:
        """Ask the run to end after the current batch (the engine checks after each one)."""
        if self._monitor is not None:
            self._monitor.stop_requested.set()

    def stop_requested(self) -> bool:
        return self._monitor is not None and self._monitor.should_stop()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker is over (tests, benchmark, closing the window)."""
        return self._call.wait(timeout) if self._call is not None else True

    @Slot(object)
    def _relay_batch(self, event: BatchEvent) -> None:
        self.batchDone.emit(event)

    @Slot(object)
    def _relay_epoch(self, event: EpochEvent) -> None:
        self.epochDone.emit(event)

    @Slot(object)
    def _done(self, outcome: RunOutcome) -> None:
        self._running = False
        gc.unfreeze()  # what became garbage meanwhile can be collected again
        self.finished.emit(outcome)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._running = False
        gc.unfreeze()
        text = str(error).strip()
        if not isinstance(error, (ValueError, OSError)) or not text:  # an unexpected kind
            text = f"{type(error).__name__}: {text}" if text else type(error).__name__
        self.failed.emit(text)
