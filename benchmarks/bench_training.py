"""Time engine.training.trainer.train (with a monitor recording every event) against a bare
model.fit.

Run from the repository root::

    python benchmarks/bench_training.py [--epochs 2] [--rounds 3]

Both train the same architecture from the same seed on the same data through the same tf.data
pipeline for the same epochs, and both validate on the same hold-out each epoch (the bare fit
through ``validation_data``, the engine through its own pass that also computes precision,
recall and F1). The rounds alternate the two and keep the fastest of each, so a burst of other
load on the machine does not decide the ratio. Target: the engine at most 5 % slower.
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
from engine.models import architectures  # noqa: E402 - after the path is set
from engine.training.trainer import (  # noqa: E402
    BatchEvent,
    EpochEvent,
    TrainConfig,
    make_dataset,
    split_validation,
    train,
)


class RecordingMonitor:
    def __init__(self) -> None:
        self.events: list[BatchEvent | EpochEvent] = []

    def on_batch(self, event: BatchEvent) -> None:
        self.events.append(event)

    def on_epoch(self, event: EpochEvent) -> None:
        self.events.append(event)

    def should_stop(self) -> bool:
        return False


def bare_fit(x: np.ndarray, y: np.ndarray, val: tuple | None, config: TrainConfig) -> float:
    import keras

    model = architectures.build_lecture_cnn()
    # Timed from the same point as engine_train: seeding, pipeline and compile included.
    start = time.perf_counter()
    keras.utils.set_random_seed(config.seed)
    data = make_dataset(x, y, config.batch_size, 1, config.seed)
    validation = None if val is None else make_dataset(val[0], val[1], 512, 1)
    model.compile(optimizer=keras.optimizers.Adam(config.learning_rate),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(data, validation_data=validation, epochs=config.epochs, verbose=0, shuffle=False)
    return time.perf_counter() - start


def engine_train(x: np.ndarray, y: np.ndarray, val: tuple | None, config: TrainConfig
                 ) -> float:
    monitor = RecordingMonitor()
    model = architectures.build_lecture_cnn()
    start = time.perf_counter()
    train(model, x, y, config, monitor, validation=val)
    elapsed = time.perf_counter() - start
    assert sum(isinstance(e, EpochEvent) for e in monitor.events) == config.epochs
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--images", type=int, default=20_000)
    args = parser.parse_args()
    try:
        data = load_dataset("mnist")
    except DatasetError as error:
        print(error, file=sys.stderr)
        return 2
    x, y = data.x_train[: args.images], data.y_train[: args.images]
    x, y, x_val, y_val = split_validation(x, y, 0.1, seed=0)
    config = TrainConfig(epochs=args.epochs, batch_size=128, validation_fraction=0.0,
                         schedule="constant")
    print(f"{data.name}: {len(x)} training and {len(x_val)} validation images, lecture CNN, "
          f"{args.epochs} epochs, batch 128; best of {args.rounds} alternating rounds")
    # With validation each epoch (as the app trains), and without (the monitor's cost alone).
    for label, val in (("with validation", (x_val, y_val)), ("without validation", None)):
        best = {"model.fit": float("inf"), "engine.training.trainer.train": float("inf")}
        for _ in range(args.rounds):
            best["model.fit"] = min(best["model.fit"], bare_fit(x, y, val, config))
            best["engine.training.trainer.train"] = min(best["engine.training.trainer.train"],
                                                engine_train(x, y, val, config))
        ratio = best["engine.training.trainer.train"] / best["model.fit"]
        print(f"{label}: model.fit {best['model.fit']:.2f} s, engine.training.trainer.train "
              f"{best['engine.training.trainer.train']:.2f} s, engine / bare fit {ratio:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
