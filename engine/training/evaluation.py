"""What an evaluation measures on, whether the model can read it, and the report as CSV.

The Evaluation and Training tabs use these; the tabs turn the problems found into translated
messages.

The split: a dataset's test split when it has one. Otherwise the validation hold-out that
training set aside (by default ``engine.training.trainer.split_validation`` with
``TrainConfig``'s fraction and seed), so that a model trained here is measured on images it
never trained on — the training images themselves only when there is no hold-out at all.
"""

import csv
import io
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.training.trainer import TrainConfig, split_validation

# The split's names, as model cards record them.
TEST, VALIDATION, ALL = "test", "validation (no test split)", "all (no test split)"


@dataclass(frozen=True)
class EvaluationSet:
    """The labelled images an evaluation runs on, and which split they are."""

    x: np.ndarray
    y: np.ndarray
    split: str  # TEST, VALIDATION or ALL


def evaluation_set(dataset: Any, validation: tuple[np.ndarray, np.ndarray] | None = None
                   ) -> EvaluationSet:
    """The test split; without one, the ``validation`` hold-out (x, y) training set aside.

    Without ``validation``, the hold-out a training with the default ``TrainConfig`` sets aside.
    All the images only when that hold-out is empty.
    """
    if dataset.has_test and len(dataset.x_test):
        return EvaluationSet(dataset.x_test, dataset.y_test, TEST)
    x_val, y_val = validation if validation is not None else default_hold_out(dataset)
    if len(x_val):
        return EvaluationSet(x_val, y_val, VALIDATION)
    return EvaluationSet(dataset.x_train, dataset.y_train, ALL)


def default_hold_out(dataset: Any) -> tuple[np.ndarray, np.ndarray]:
    """The validation images (x, y) a training with the default ``TrainConfig`` sets aside."""
    config = TrainConfig()
    _, _, x_val, y_val = split_validation(dataset.x_train, dataset.y_train,
                                          config.validation_fraction, config.seed)
    return x_val, y_val


@dataclass(frozen=True)
class Mismatch:
    """Why a model cannot be evaluated on some images: ``kind`` and the facts to explain it."""

    kind: str  # "size", "channels" or "classes"
    model: tuple[int, ...]  # (height, width, channels) or (classes,)
    data: tuple[int, ...]


def image_shape_of(x: np.ndarray) -> tuple[int, int, int]:
    """(height, width, channels) of a uint8 image stack (N, H, W) or (N, H, W, C)."""
    return int(x.shape[1]), int(x.shape[2]), int(x.shape[3]) if x.ndim == 4 else 1


def largest_label(dataset: Any) -> int:
    """The largest class number among the images an evaluation would use."""
    labels = dataset.y_test if dataset.has_test and len(dataset.y_test) else dataset.y_train
    return int(labels.max(initial=0))


def mismatch(spec: Any, num_classes: int, dataset: Any) -> Mismatch | None:
    """The first reason ``engine.training.trainer.evaluate`` could not run the model on ``dataset``.

    ``evaluate`` feeds the images as they are (scaled to 0–1, with a channel axis added to grey
    images), so size and grey/colour must match the model's input exactly (``Predictor.prepare``
    would resize and convert one image, but a whole set converted so would measure something
    else than the model was built for); and every label must be one of the model's classes,
    or the confusion matrix has no row for it.
    """
    height, width, channels = image_shape_of(dataset.x_train)
    wanted_channels = spec.channels or 1  # 0: a model fed (H, W) reads grey images
    model_shape = (int(spec.height), int(spec.width), int(wanted_channels))
    if (height, width) != (spec.height, spec.width):
        return Mismatch("size", model_shape, (height, width, channels))
    if channels != wanted_channels:
        return Mismatch("channels", model_shape, (height, width, channels))
    largest = largest_label(dataset)
    if largest >= num_classes:
        return Mismatch("classes", (num_classes,), (largest + 1,))
    return None


def report_csv(report: dict[str, Any], names: list[str]) -> str:
    """The classification report as CSV, laid out like scikit-learn's text report.

    One row per class, then "macro avg", "weighted avg" and "accuracy" (its value in the f1
    column, as scikit-learn prints it). Numbers use a dot whatever the interface's language, so
    any spreadsheet or script reads them; a score whose formula divided by zero is 0 with its
    name in the last column.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["class", "precision", "recall", "f1", "support", "undefined (0/0)"])
    rows = report["per_class"]
    for index, row in enumerate(rows):
        name = names[index] if index < len(names) else row["name"]
        writer.writerow([name, *(_number(row[m]) for m in ("precision", "recall", "f1")),
                         row["support"], " ".join(row["undefined"])])
    total = sum(row["support"] for row in rows)
    for title, key in (("macro avg", "macro"), ("weighted avg", "weighted")):
        values = report[key]
        writer.writerow([title, *(_number(values[m]) for m in ("precision", "recall", "f1")),
                         total, ""])
    writer.writerow(["accuracy", "", "", _number(report["accuracy"]), total, ""])
    return buffer.getvalue()


def _number(value: float) -> str:
    return f"{float(value):.6f}"


def examples_in_cell(y_true: np.ndarray, y_pred: np.ndarray, row: int, column: int
                     ) -> np.ndarray:
    """Indices of the images of true class ``row`` predicted as ``column``."""
    return np.flatnonzero((np.asarray(y_true) == row) & (np.asarray(y_pred) == column))
