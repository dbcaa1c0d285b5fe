"""The class run on CIFAR-10: does the one-click recipe reach 60 % in at most 3 minutes?

Run from the repository root (nice it when the machine is shared)::

    nice -n 10 .venv/bin/python benchmarks/cifar_class_run.py [--reference-batches 60]

It trains exactly what the Training tab's "≥ 60 % in ≤ 3 minutes" button sets up
(``engine.training.class_runs.COLOUR_CLASS_RUN``: the builder's colour preset, two epochs of
SGD with momentum, one cycle, weight decay and augmentation) through
``engine.training.plan.run_plan``, the Training tab's own worker job, and prints its wall time
(from Start to the test accuracy) and its validation and test accuracy.

Wall time depends on what else the machine does, so the same process first times a reference:
a bare ``model.fit`` of the same network on the same tf.data pipeline for a few batches. The
ratio of the run's median seconds per batch to the reference's says whether the app's trainer
(monitor, validation) costs anything over plain Keras, whatever the load.
"""

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from engine.datasets.catalog import DatasetError, load_dataset  # noqa: E402
from engine.models.layer_stack import preset, to_keras  # noqa: E402
from engine.training.class_runs import COLOUR_CLASS_RUN  # noqa: E402
from engine.training.plan import TrainingPlan, image_shape, run_plan  # noqa: E402
from engine.training.trainer import BatchEvent, EpochEvent, make_dataset  # noqa: E402

TARGET_ACCURACY = 0.60
TARGET_SECONDS = 180.0
WARM_UP_BATCHES = 10  # the first batches trace the graph: not what a batch costs


class Timing:
    """A monitor that keeps when each batch ended and each epoch's validation accuracy."""

    def __init__(self) -> None:
        self.batch_times: list[float] = []
        self.epochs: list[EpochEvent] = []

    def on_batch(self, event: BatchEvent) -> None:
        self.batch_times.append(event.seconds)

    def on_epoch(self, event: EpochEvent) -> None:
        self.epochs.append(event)

    def should_stop(self) -> bool:
        return False


def median_batch_seconds(times: list[float]) -> float:
    steps = np.diff(np.asarray(times[WARM_UP_BATCHES:]))
    return float(np.median(steps)) if len(steps) else float("nan")


def reference(dataset: object, batches: int) -> float:
    """Median seconds per batch of a bare model.fit of the same network and pipeline."""
    import keras

    run = COLOUR_CLASS_RUN
    config = run.config
    model = to_keras(preset(run.preset, image_shape(dataset), dataset.num_classes))
    data = make_dataset(dataset.x_train, dataset.y_train, config.batch_size, 3, config.seed,
                        augment=config.augment)
    optimizer = keras.optimizers.SGD(config.learning_rate, momentum=config.momentum,
                                     nesterov=True, weight_decay=config.weight_decay)
    model.compile(optimizer=optimizer, loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    times: list[float] = []
    start = time.perf_counter()
    stamp = keras.callbacks.LambdaCallback(
        on_train_batch_end=lambda batch, logs: times.append(time.perf_counter() - start))
    model.fit(data, epochs=1, steps_per_epoch=WARM_UP_BATCHES + batches, verbose=0,
              callbacks=[stamp])
    return median_batch_seconds(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference-batches", type=int, default=60)
    args = parser.parse_args()
    try:
        dataset = load_dataset(COLOUR_CLASS_RUN.dataset)
    except DatasetError as error:
        print(error, file=sys.stderr)
        return 2
    run = COLOUR_CLASS_RUN
    config = run.config
    print(f"{dataset.name}: {len(dataset.x_train)} training photos "
          f"({config.validation_fraction:.0%} held out), preset {run.preset!r}, "
          f"{config.epochs} epochs, batch {config.batch_size}, {config.optimizer} "
          f"momentum {config.momentum}, {config.schedule} peak {config.learning_rate}, "
          f"weight decay {config.weight_decay}, augmentation {config.augment}", flush=True)
    per_batch_reference = reference(dataset, args.reference_batches)
    print(f"reference (bare model.fit, {args.reference_batches} batches): "
          f"{1000 * per_batch_reference:.1f} ms per batch", flush=True)
    timing = Timing()
    stack = preset(run.preset, image_shape(dataset), dataset.num_classes)
    started = time.perf_counter()
    outcome = run_plan(TrainingPlan(run.preset, dataset, config, run.limit, stack), timing)
    wall = time.perf_counter() - started
    per_batch = median_batch_seconds(timing.batch_times)
    validation = timing.epochs[-1].val_accuracy if timing.epochs else float("nan")
    for event in timing.epochs:
        print(f"epoch {event.epoch + 1}: validation accuracy {event.val_accuracy:.4f} "
              f"at {event.seconds:.1f} s", flush=True)
    print(f"class run: wall {wall:.1f} s (Start to test accuracy), validation accuracy "
          f"{validation:.4f}, test accuracy {outcome.evaluation.accuracy:.4f} "
          f"({outcome.test_split}, {len(outcome.evaluation.y_true)} photos)")
    print(f"per batch: {1000 * per_batch:.1f} ms, reference {1000 * per_batch_reference:.1f} "
          f"ms, run / reference {per_batch / per_batch_reference:.3f}")
    met = validation >= TARGET_ACCURACY and wall <= TARGET_SECONDS
    print(f"target ≥ {TARGET_ACCURACY:.0%} in ≤ {TARGET_SECONDS:.0f} s: "
          f"{'met' if met else 'missed'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
