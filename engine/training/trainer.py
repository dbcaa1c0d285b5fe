"""Training and evaluation without Qt: the GUI, the CLI and the tests all drive this.

``train`` runs in whatever thread calls it. It reports to a *monitor* (any object with
``on_batch``, ``on_epoch`` and ``should_stop``), which is asked after every batch whether to
stop; a stop ends training after that batch, and the model stays consistent and usable.
Data stays uint8 until it is inside the ``tf.data`` graph, so no float copy of the whole
dataset is ever made.
"""

import time
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

import numpy as np

from engine.models.io import input_spec
from engine.numerics import metrics
from engine.tensorflow_runtime import require_keras, require_tensorflow
from engine.training.augment import augment_batch

OPTIMIZERS = ("adam", "sgd", "rmsprop")
SCHEDULES = ("constant", "cosine", "one_cycle")
ONE_CYCLE_WARM_UP = 0.2  # share of the steps spent climbing to the peak rate
ONE_CYCLE_START = 0.04  # the climb starts at 1/25 of the peak, as Smith's one-cycle does


@dataclass
class TrainConfig:
    """Hyperparameters, with defaults that train the shipped CNN well on a lab PC."""

    epochs: int = 5
    batch_size: int = 128
    learning_rate: float = 1e-3
    optimizer: str = "adam"
    validation_fraction: float = 0.1
    augment: bool = False
    seed: int = 0
    # "constant", as students write it in Keras, so that the app trains what its Keras code
    # (engine.training.keras_code) shows. "cosine" glides the rate down to 5 % of its start by
    # the last batch: it gains a few tenths of a percent on long MNIST runs (the shipped default
    # CNN was trained so), but cost a 3-epoch class run on the sample about five points.
    schedule: str = "constant"
    # "one_cycle" climbs linearly from 1/25 of the rate to the rate over the first 20 % of the
    # steps, then glides down to 0 along a cosine (Smith's super-convergence): with SGD and
    # momentum it takes a small batch-normalised network far in few epochs (the shipped colour
    # model). Momentum applies to SGD only (Nesterov's, when above 0); weight decay to every
    # optimizer, decoupled from the gradient as Keras 3 does it.
    momentum: float = 0.0
    weight_decay: float = 0.0

    def __post_init__(self) -> None:
        checks = (
            (self.epochs >= 1, "epochs must be at least 1"),
            (self.batch_size >= 1, "the batch size must be at least 1"),
            (0 < self.learning_rate <= 10, "the learning rate must be above 0 (and sane)"),
            (self.optimizer in OPTIMIZERS, f"the optimizer must be one of {OPTIMIZERS}"),
            (0 <= self.validation_fraction < 1, "the validation fraction must be in [0, 1)"),
            (self.schedule in SCHEDULES, f"the schedule must be one of {SCHEDULES}"),
            (0 <= self.momentum < 1, "the momentum must be in [0, 1)"),
            (0 <= self.weight_decay < 1, "the weight decay must be in [0, 1)"),
        )
        for ok, message in checks:
            if not ok:
                raise ValueError(f"Invalid training setting: {message}.")


@dataclass(frozen=True)
class BatchEvent:
    epoch: int  # 0-based
    batch: int  # 0-based, within the epoch
    batches_per_epoch: int
    loss: float
    accuracy: float
    seconds: float  # since training started


@dataclass(frozen=True)
class EpochEvent:
    epoch: int  # 0-based
    epochs: int
    loss: float
    accuracy: float
    val_loss: float | None
    val_accuracy: float | None
    val_precision: float | None  # macro averages over classes, from engine.numerics.metrics
    val_recall: float | None
    val_f1: float | None
    seconds: float


class TrainingMonitor(Protocol):
    def on_batch(self, event: BatchEvent) -> None: ...

    def on_epoch(self, event: EpochEvent) -> None: ...

    def should_stop(self) -> bool: ...


class SilentMonitor:
    """A monitor that ignores everything and never stops (for scripts and benchmarks)."""

    def on_batch(self, event: BatchEvent) -> None:
        pass

    def on_epoch(self, event: EpochEvent) -> None:
        pass

    def should_stop(self) -> bool:
        return False


@dataclass
class TrainResult:
    history: list[EpochEvent] = field(default_factory=list)
    stopped: bool = False  # True when the monitor asked to stop before the last epoch ended
    seconds: float = 0.0
    config: dict[str, Any] = field(default_factory=dict)


@dataclass
class Evaluation:
    """A model's predictions on a labelled set, with its confusion matrix and report."""

    y_true: np.ndarray
    y_pred: np.ndarray
    probabilities: np.ndarray
    confusion_matrix: np.ndarray
    report: dict[str, Any]

    @property
    def accuracy(self) -> float:
        return float(self.report["accuracy"])


def split_validation(x: np.ndarray, y: np.ndarray, fraction: float, seed: int
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """A reproducible random hold-out of the training set (never the test set)."""
    order = np.random.default_rng(seed).permutation(len(x))
    n_val = round(len(x) * fraction)
    val, train = order[:n_val], order[n_val:]
    return x[train], y[train], x[val], y[val]


def as_model_input(x: Any, channels: int, scale_255: bool = False) -> Any:
    """uint8 (N, H, W[, C]) → float32 with a channel axis, inside the TF graph.

    In [0, 1], or kept in 0–255 for a model that rescales its input itself (its first layer
    is a ``Rescaling``; see ``engine.models.io.InputSpec.scale_255``), as ``Predictor`` feeds it.
    """
    tf = require_tensorflow()

    x = tf.cast(x, tf.float32) if scale_255 else tf.cast(x, tf.float32) / 255.0
    return x[..., None] if channels and x.shape.rank == 3 else x


def _augmented(images: Any, seed: Any, scale_255: bool) -> Any:
    """Augmentation works on 0–1 images; a self-rescaling model gets them back in 0–255."""
    return augment_batch(images / 255.0, seed) * 255.0 if scale_255 else augment_batch(images,
                                                                                       seed)


def make_dataset(x: np.ndarray, y: np.ndarray, batch_size: int, channels: int,
                 shuffle_seed: int | None = None, augment: bool = False,
                 scale_255: bool = False) -> Any:
    """A tf.data pipeline over uint8 arrays: shuffle, batch, normalise (and augment) in graph."""
    tf = require_tensorflow()

    data = tf.data.Dataset.from_tensor_slices((x, y.astype(np.int32)))
    if shuffle_seed is not None:
        data = data.shuffle(len(x), seed=shuffle_seed, reshuffle_each_iteration=True)
    data = data.batch(batch_size)
    if augment:
        base = shuffle_seed or 0
        data = data.enumerate().map(
            lambda i, batch: (_augmented(as_model_input(batch[0], channels), base + i,
                                         scale_255), batch[1]),
            num_parallel_calls=tf.data.AUTOTUNE)
    else:
        data = data.map(lambda images, labels: (as_model_input(images, channels, scale_255),
                                                labels),
                        num_parallel_calls=tf.data.AUTOTUNE)
    return data.prefetch(tf.data.AUTOTUNE)


def evaluate(model: Any, x: np.ndarray, y: np.ndarray, class_names: list[str] | None = None,
             batch_size: int = 512, predictor: Any = None) -> Evaluation:
    """Predict a labelled set in batches and summarise it with ``engine.numerics.metrics``.

    ``predictor`` (an ``engine.models.predictor.Predictor`` of ``model``) may be passed to reuse its
    compiled graph, as the trainer does every epoch.
    """
    from engine.models.predictor import Predictor

    predictor = predictor or Predictor(model)
    spec = predictor.spec
    chunks = [predictor.probabilities_batch(np.asarray(
                  as_model_input(x[i : i + batch_size], spec.channels, spec.scale_255)))
              for i in range(0, len(x), batch_size)]
    probabilities = np.concatenate(chunks) if chunks else np.zeros((0, predictor.num_classes))
    y_pred = probabilities.argmax(axis=1)
    num_classes = predictor.num_classes
    report = metrics.classification_report(y, y_pred, class_names=class_names,
                                           num_classes=num_classes)
    matrix = metrics.confusion_matrix(y, y_pred, num_classes=num_classes)
    return Evaluation(np.asarray(y), y_pred, probabilities, matrix, report)


def train(model: Any, x: np.ndarray, y: np.ndarray, config: TrainConfig,
          monitor: TrainingMonitor | None = None,
          validation: tuple[np.ndarray, np.ndarray] | None = None) -> TrainResult:
    """Train ``model`` on uint8 images ``x`` and labels ``y``; report to ``monitor``.

    The validation set is ``validation`` when given, else a ``config.validation_fraction``
    hold-out of ``x`` (seeded). Returns when the epochs are done or the monitor asks to stop.
    """
    keras = require_keras()

    monitor = monitor or SilentMonitor()
    keras.utils.set_random_seed(config.seed)
    if validation is None and config.validation_fraction > 0:
        x, y, x_val, y_val = split_validation(x, y, config.validation_fraction, config.seed)
        validation = (x_val, y_val)
    spec = input_spec(model)
    data = make_dataset(x, y, config.batch_size, spec.channels, config.seed, config.augment,
                        spec.scale_255)
    steps = int(np.ceil(len(x) / config.batch_size)) * config.epochs
    model.compile(optimizer=_optimizer(config, steps), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    bridge = _monitor_bridge(monitor, config, validation)
    model.fit(data, epochs=config.epochs, verbose=0, callbacks=[bridge], shuffle=False)
    return TrainResult(bridge.history, bridge.stopped, time.perf_counter() - bridge.started,
                       asdict(config))


def _optimizer(config: TrainConfig, total_steps: int) -> Any:
    keras = require_keras()

    kinds = {"adam": keras.optimizers.Adam, "sgd": keras.optimizers.SGD,
             "rmsprop": keras.optimizers.RMSprop}
    rate: Any = config.learning_rate
    if config.schedule == "cosine":
        rate = keras.optimizers.schedules.CosineDecay(rate, max(total_steps, 1), alpha=0.05)
    elif config.schedule == "one_cycle":
        warm_up = max(1, round(total_steps * ONE_CYCLE_WARM_UP))
        rate = keras.optimizers.schedules.CosineDecay(
            rate * ONE_CYCLE_START, max(total_steps - warm_up, 1), alpha=0.0,
            warmup_target=rate, warmup_steps=warm_up)
    options: dict[str, Any] = {"learning_rate": rate}
    if config.weight_decay > 0:
        options["weight_decay"] = config.weight_decay
    if config.optimizer == "sgd" and config.momentum > 0:
        options.update(momentum=config.momentum, nesterov=True)
    return kinds[config.optimizer](**options)


def _validation_metrics(predictor: Any, validation: tuple[np.ndarray, np.ndarray] | None
                        ) -> dict[str, float | None]:
    """Loss, accuracy and macro precision/recall/F1 on the validation set (one pass)."""
    if validation is None or len(validation[0]) == 0:
        return dict.fromkeys(("val_loss", "val_accuracy", "val_precision", "val_recall",
                              "val_f1"))
    x_val, y_val = validation
    result = evaluate(predictor.model, x_val, y_val, predictor=predictor)
    picked = result.probabilities[np.arange(len(y_val)), y_val]
    loss = float(-np.mean(np.log(np.clip(picked, 1e-7, 1.0))))
    macro = result.report["macro"]
    return {"val_loss": loss, "val_accuracy": result.accuracy,
            "val_precision": macro["precision"], "val_recall": macro["recall"],
            "val_f1": macro["f1"]}


def _monitor_bridge(monitor: TrainingMonitor, config: TrainConfig,
                    validation: tuple[np.ndarray, np.ndarray] | None) -> Any:
    """A Keras callback that forwards progress to ``monitor`` and obeys its stop requests."""
    keras = require_keras()

    from engine.models.predictor import Predictor

    class MonitorBridge(keras.callbacks.Callback):
        def __init__(self) -> None:
            super().__init__()
            self.history: list[EpochEvent] = []
            self.stopped = False
            self.started = time.perf_counter()
            self.epoch = 0
            self.predictor: Predictor | None = None  # one compiled graph for every epoch

        def on_epoch_begin(self, epoch: int, logs: dict | None = None) -> None:
            self.epoch = epoch

        def on_train_batch_end(self, batch: int, logs: dict | None = None) -> None:
            logs = logs or {}
            steps = self.params.get("steps") or 0
            monitor.on_batch(BatchEvent(self.epoch, batch, int(steps),
                                        float(logs.get("loss", np.nan)),
                                        float(logs.get("accuracy", np.nan)),
                                        time.perf_counter() - self.started))
            if monitor.should_stop():
                self.stopped = True
                self.model.stop_training = True  # fit returns after this batch

        def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
            if self.stopped:
                return  # a partial epoch is not an epoch: report only what finished
            logs = logs or {}
            self.predictor = self.predictor or Predictor(self.model)
            event = EpochEvent(epoch, config.epochs, float(logs.get("loss", np.nan)),
                               float(logs.get("accuracy", np.nan)),
                               **_validation_metrics(self.predictor, validation),
                               seconds=time.perf_counter() - self.started)
            self.history.append(event)
            monitor.on_epoch(event)

    return MonitorBridge()
