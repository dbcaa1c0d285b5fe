"""Accuracy against the strength of one perturbation, over many test digits.

``sweep`` perturbs all the digits at each value and reads them in one batched pass of the
model (``engine.robustness.predict``): 1,000 digits × 13 values take a second or two. It
reports progress after each value and checks ``should_stop`` before each one, so a worker can
stop it between values; what was measured so far is kept.
"""

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from engine.paths import atomic_write_bytes
from engine.robustness.perturb import perturb
from engine.robustness.predict import as_predictor, keras_model, predicted_classes

FAILURES_KEPT = 8
CSV_COLUMNS = ("perturbation", "value", "model", "accuracy", "n")


@dataclass
class SweepResult:
    """One model's accuracy at each value of one perturbation."""

    perturbation: str
    values: list[float]
    accuracy: list[float]  # one per value done, 0–1 (fewer than values when stopped)
    n: int  # digits read at each value
    # value index -> up to 8 indices (into the digits swept) of digits misread there
    failures: dict[int, list[int]] = field(default_factory=dict)
    # value index -> the class each of those failures was read as (same order)
    predictions: dict[int, list[int]] | None = None
    stopped: bool = False  # stopped early: accuracy holds only the values done


def sweep(model: Any, images: np.ndarray, labels: np.ndarray, perturbation: str,
          values: Sequence[float], *, seed: int = 0,
          progress: Callable[[int, int], None] | None = None,
          should_stop: Callable[[], bool] | None = None) -> SweepResult:
    """Accuracy of ``model`` (a Keras model or a ``Predictor``) on ``images`` (N, H, W) in 0–1
    perturbed by ``perturbation`` at each of ``values`` (see ``perturb.perturb``).

    ``progress(done, total)`` is called after each value; ``should_stop()`` before each, and
    a True answer ends the sweep with ``stopped=True``.
    """
    predictor = as_predictor(model)
    images = np.asarray(images, dtype=np.float32)
    labels = np.asarray(labels).astype(np.int64)
    values = [float(value) for value in values]
    result = SweepResult(perturbation, values, [], len(images), {}, {})
    perturbed_at = _perturber(predictor, images, labels, perturbation, seed)
    for index, value in enumerate(values):
        if should_stop is not None and should_stop():
            result.stopped = True
            break
        predicted = predicted_classes(predictor, perturbed_at(value))
        _record(result, index, predicted, labels)
        if progress is not None:
            progress(index + 1, len(values))
    return result


def _perturber(predictor: Any, images: np.ndarray, labels: np.ndarray, name: str,
               seed: int) -> Callable[[float], np.ndarray]:
    """value -> the perturbed digits; FGSM's gradient is computed once, not per ε."""
    if name != "fgsm":
        return lambda value: perturb(images, name, value, seed=seed)
    from engine.robustness.fgsm import fgsm_from_sign, input_gradient

    sign: list[np.ndarray] = []

    def attacked(epsilon: float) -> np.ndarray:
        if epsilon == 0:
            return images
        if not sign:
            gradient = input_gradient(keras_model(predictor), images, labels)
            sign.append(np.sign(gradient).astype(np.float32))
        return fgsm_from_sign(images, sign[0], epsilon)

    return attacked


def _record(result: SweepResult, index: int, predicted: np.ndarray,
            labels: np.ndarray) -> None:
    wrong = np.flatnonzero(predicted != labels)
    result.accuracy.append((len(labels) - len(wrong)) / len(labels) if len(labels) else 0.0)
    kept = wrong[:FAILURES_KEPT]
    result.failures[index] = [int(i) for i in kept]
    if result.predictions is not None:
        result.predictions[index] = [int(predicted[i]) for i in kept]


def results_csv(path: Path, results: Sequence[tuple[str, SweepResult]]) -> None:
    """Write (model name, result) pairs as CSV rows perturbation,value,model,accuracy,n;
    atomically (a temporary file beside it, then renamed). Only the values measured."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for name, result in results:
        for value, accuracy in zip(result.values, result.accuracy, strict=False):
            writer.writerow((result.perturbation, repr(float(value)), name,
                             f"{accuracy:.6f}", result.n))
    atomic_write_bytes(Path(path), text.getvalue().encode("utf-8"))


def test_digits(limit: int) -> tuple[np.ndarray, np.ndarray]:
    """The first ``limit`` MNIST test digits shipped with the app: (N, 28, 28) float32 in 0–1
    and their labels (int64). ``limit`` above 10,000 gives all of them."""
    from engine.datasets.builtin import load_mnist

    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    mnist = load_mnist()
    x, y = mnist.x_test[:limit], mnist.y_test[:limit]
    return x.astype(np.float32) / np.float32(255.0), np.asarray(y, dtype=np.int64)


test_digits.__test__ = False  # type: ignore[attr-defined]  # not a pytest test
