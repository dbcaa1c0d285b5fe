"""Performance measures from the deck's slides 25–26: VP/VN/FP/FN, accuracy, precision,
recall and F1, computed from a confusion matrix.

Zero-division convention: when a formula's denominator is 0 (precision of a class the model
never predicted, recall of a class absent from the data), the value is reported as 0.0 and
flagged with ``Score.undefined = True`` — the same numbers as scikit-learn's
``zero_division=0``. The GUI shows a warning next to an undefined score instead of
pretending the model earned a 0.
"""

from typing import Any, NamedTuple

import numpy as np


class Score(float):
    """A metric value that remembers whether its formula divided by zero.

    Behaves as a plain float in arithmetic and in ``json.dumps``. ``undefined`` is True when
    the denominator was 0; the value is then 0.0 by convention (see the module docstring).
    """

    undefined: bool

    def __new__(cls, value: float, undefined: bool = False) -> "Score":
        score = super().__new__(cls, value)
        score.undefined = undefined
        return score

    def __repr__(self) -> str:
        # float.__repr__ explicitly: str() of a float subclass would call this method again.
        value = float.__repr__(self)
        return f"Score({value}, undefined=True)" if self.undefined else f"Score({value})"


def _ratio(numerator: int, denominator: int) -> Score:
    if denominator == 0:
        return Score(0.0, undefined=True)
    return Score(numerator / denominator)


class BinaryCounts(NamedTuple):
    """VP, VN, FP, FN for one positive class (the others together are the negative class)."""

    tp: int  # true positives (VP): positive, predicted positive
    tn: int  # true negatives (VN): negative, predicted negative
    fp: int  # false positives (FP): negative, but predicted positive
    fn: int  # false negatives (FN): positive, but predicted negative

    @property
    def total(self) -> int:
        """Number of observations: VP + VN + FP + FN."""
        return self.tp + self.tn + self.fp + self.fn


def _labels(values: object, name: str) -> np.ndarray:
    """Class labels as a 1-D int64 array, refusing fractions and negative numbers."""
    array = np.asarray(values)
    if array.ndim != 1:
        raise ValueError(f"{name} must be a flat list of class numbers, got shape {array.shape}.")
    if array.size and not np.issubdtype(array.dtype, np.number):
        raise ValueError(f"{name} must contain class numbers (0, 1, 2, …), got {array.dtype}.")
    if array.size and (not np.all(np.isfinite(array)) or np.any(array != np.round(array))):
        raise ValueError(f"{name} must contain whole class numbers (0, 1, 2, …).")
    labels = array.astype(np.int64)
    if labels.size and labels.min() < 0:
        raise ValueError(f"{name} contains a negative class ({labels.min()}): classes are "
                         "numbered 0, 1, 2, …")
    return labels


def confusion_matrix(y_true: object, y_pred: object, num_classes: int | None = None
                     ) -> np.ndarray:
    """Count how often each true class (row) was predicted as each class (column).

    The diagonal holds the correct predictions. ``num_classes`` defaults to the largest label
    + 1; labels outside 0 … num_classes − 1 are an error, not silently dropped.
    """
    truth, predicted = _labels(y_true, "y_true"), _labels(y_pred, "y_pred")
    if truth.shape != predicted.shape:
        raise ValueError(f"y_true has {truth.size} labels but y_pred has {predicted.size}: "
                         "there must be one prediction per example.")
    if num_classes is None:
        if truth.size == 0:
            raise ValueError("No labels given: pass num_classes to get an empty matrix.")
        num_classes = int(max(truth.max(), predicted.max())) + 1
    if isinstance(num_classes, bool) or not isinstance(num_classes, int | np.integer) \
            or num_classes < 1:
        raise ValueError(f"num_classes must be a whole number ≥ 1, got {num_classes!r}.")
    largest = max(truth.max(initial=0), predicted.max(initial=0))
    if largest >= num_classes:
        raise ValueError(f"Label {largest} is out of range for {num_classes} classes "
                         f"(valid labels: 0 … {num_classes - 1}).")
    # Each (true, predicted) pair gets one cell number; bincount counts them all at once.
    cells = np.bincount(truth * num_classes + predicted, minlength=num_classes * num_classes)
    return cells.reshape(num_classes, num_classes).astype(np.int64)


def binary_counts(cm: object, positive: int) -> BinaryCounts:
    """VP/VN/FP/FN of class ``positive`` against all others ("one-vs-rest")."""
    matrix = np.asarray(cm, dtype=np.int64)
    if matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1]:
        raise ValueError(f"A confusion matrix must be square, got shape {matrix.shape}.")
    classes = matrix.shape[0]
    if isinstance(positive, bool) or not isinstance(positive, int | np.integer) \
            or not 0 <= positive < classes:
        raise ValueError(f"The positive class must be one of 0 … {classes - 1}, "
                         f"got {positive!r}.")
    tp = int(matrix[positive, positive])
    fn = int(matrix[positive].sum()) - tp  # truly positive, predicted as something else
    fp = int(matrix[:, positive].sum()) - tp  # predicted positive, truly something else
    tn = int(matrix.sum()) - tp - fn - fp
    return BinaryCounts(tp, tn, fp, fn)


def accuracy(counts: BinaryCounts) -> Score:
    """(VP + VN) / (VP + VN + FP + FN): the share of all predictions that were right."""
    return _ratio(counts.tp + counts.tn, counts.total)


def precision(counts: BinaryCounts) -> Score:
    """VP / (VP + FP): of the times the model said "positive", how often was it right?"""
    return _ratio(counts.tp, counts.tp + counts.fp)


def recall(counts: BinaryCounts) -> Score:
    """VP / (VP + FN): of all the real positives, how many did the model find?"""
    return _ratio(counts.tp, counts.tp + counts.fn)


def f1(counts: BinaryCounts) -> Score:
    """Harmonic mean of precision and recall, 2PR / (P + R).

    Computed as the equal form 2·VP / (2·VP + FP + FN), which stays defined when only one of
    precision and recall is; it is undefined (0.0) only when VP + FP + FN = 0.
    """
    return _ratio(2 * counts.tp, 2 * counts.tp + counts.fp + counts.fn)


def _class_row(cm: np.ndarray, index: int, name: str) -> dict[str, Any]:
    counts = binary_counts(cm, index)
    scores = {"precision": precision(counts), "recall": recall(counts), "f1": f1(counts)}
    return {"name": name, **{key: float(value) for key, value in scores.items()},
            "support": counts.tp + counts.fn,
            "undefined": [key for key, value in scores.items() if value.undefined]}


def classification_report(y_true: object, y_pred: object, class_names: list[str] | None = None,
                          num_classes: int | None = None) -> dict[str, Any]:
    """Per-class precision/recall/F1/support, macro and weighted averages, accuracy, matrix.

    Only plain Python floats, ints, strings and lists, so ``json.dumps`` works on it. Macro =
    unweighted mean over classes; weighted = mean weighted by support (as scikit-learn).
    ``num_classes`` defaults to ``len(class_names)`` when names are given.
    """
    if num_classes is None and class_names is not None:
        num_classes = len(class_names)
    cm = confusion_matrix(y_true, y_pred, num_classes)
    classes = cm.shape[0]
    names = [str(n) for n in class_names] if class_names is not None else \
        [str(i) for i in range(classes)]
    if len(names) != classes:
        raise ValueError(f"Got {len(names)} class names for {classes} classes.")
    rows = [_class_row(cm, i, names[i]) for i in range(classes)]
    support = np.array([row["support"] for row in rows], dtype=np.float64)
    metrics = ("precision", "recall", "f1")
    values = {m: np.array([row[m] for row in rows]) for m in metrics}
    total = support.sum()
    weights = support / total if total else np.zeros_like(support)
    return {
        "per_class": rows,
        "macro": {m: float(values[m].mean()) for m in metrics},
        "weighted": {m: float(values[m] @ weights) for m in metrics},
        "accuracy": float(np.trace(cm) / total) if total else 0.0,
        "confusion_matrix": cm.tolist(),
    }
