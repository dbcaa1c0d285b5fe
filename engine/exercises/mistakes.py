"""Finding the student's own mistake: redo the problem the typical wrong ways and compare.

For each topic there is a list of typical mistakes (a flipped kernel, a forgotten padding, FP
and FN swapped, …), each a small function that computes what that mistaken method gives for
this very problem. The first one whose result matches the student's answer — with the same
tolerance as ``is_correct`` — is the mistake; mistakes that would give the right answer on
this problem are skipped, since they cannot explain a wrong one.
"""

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.exercises import texts
from engine.exercises.answers import Undefined, is_correct
from engine.exercises.mistake_texts import EXPLANATIONS
from engine.exercises.problems import Problem, expected
from engine.numerics import metrics, ops

# Every mistake the locator knows, per topic (tried in this order, within each kind of layer).
MISTAKE_CODES: dict[str, tuple[str, ...]] = {
    "output_size": ("forgot_padding", "padding_once", "forgot_plus_one", "ignored_stride",
                    "rounded_up"),
    "conv_cell": ("flipped_kernel", "forgot_padding", "wrong_window", "swapped_row_col"),
    "parameters": ("forgot_bias", "bias_per_input", "extra_bias", "dense_forgot_channels",
                   "forgot_channels", "forgot_sharing", "bias_not_per_position",
                   "shared_weights", "forgot_padding", "ignored_stride"),
    "pooling": ("max_for_average", "average_for_max", "wrong_window", "swapped_row_col"),
    "backprop": ("stride_one_window", "flipped_dl_dz", "swapped_row_col"),
    "metrics": ("swapped_vp_vn", "swapped_fp_fn", "accuracy_vp_only",
                "swapped_precision_recall", "f1_undefined_part", "f1_arithmetic_mean",
                "zero_for_undefined"),
}
Numbers = tuple[tuple[str, Any], ...]
Candidate = tuple[str, float | None, dict[str, Any]]  # code, mistaken value, numbers to quote


@dataclass(frozen=True)
class Mistake:
    """A located mistake: its code and what the mistaken method gives (the student's answer)."""

    code: str
    value: float | None
    expected: float | None = None  # the right answer, quoted in the explanation
    topic: str = ""
    field: str = "value"
    numbers: Numbers = ()  # the problem's numbers the explanation quotes

    def explain(self, language: str) -> str:
        """One or two sentences on what went wrong, with the numbers, in ``language``."""
        template = EXPLANATIONS.get(f"{self.topic}:{self.code}") or EXPLANATIONS[self.code]
        quoted = {key: value for key, value in self.numbers}
        if self.code == "swapped_precision_recall":
            other = "recall" if self.field == "precision" else "precision"
            quoted.update(asked=texts.field_label(self.field, language),
                          computed=texts.field_label(other, language))
        return texts.fill(template, language, **quoted, value=_quote(self.value, language),
                          expected=_quote(self.expected, language))


def _quote(value: float | None, language: str) -> str:
    """A number inside an explanation (rounded to 4 decimals), or "indefinido (0/0)"."""
    return texts.format_result(value, language).removeprefix("≈ ")


def locate_mistake(problem: Problem, given: float | Undefined, field: str = "value"
                   ) -> Mistake | None:
    """The typical mistake that gives the student's answer ``given``, or None.

    None as well when the answer is right, or when no known mistake explains it.
    """
    right = expected(problem, field)
    if is_correct(right, given):
        return None
    for code, value, numbers in _candidates(problem, field):
        if _same(value, right):
            continue  # this slip gives the right answer here: it cannot explain a wrong one
        if is_correct(value, given):
            return Mistake(code, value, right, problem.topic, field, tuple(numbers.items()))
    return None


def _same(value: float | None, right: float | None) -> bool:
    """Whether a mistaken method's result counts as the right answer."""
    if value is None or right is None:
        return value is None and right is None
    return is_correct(right, value)


def _candidates(problem: Problem, field: str) -> Iterator[Candidate]:
    if problem.topic == "metrics":
        yield from _metrics(problem.given, field)
    else:
        yield from _FINDERS[problem.topic](problem.given)


def _plain(value: float) -> float:
    return float(value) + 0.0


# --------------------------------------------------------------------------- output size
def _output_size(given: dict[str, Any]) -> Iterator[Candidate]:
    n, k, p, s = given["n"], given["k"], given["p"], given["s"]
    numbers = {"n": n, "k": k, "p": p, "s": s}
    if p and k <= n:
        yield "forgot_padding", (n - k) // s + 1, numbers
    if p and k <= n + p:
        yield "padding_once", (n + p - k) // s + 1, numbers
    yield "forgot_plus_one", (n + 2 * p - k) // s, numbers
    if s > 1:
        yield "ignored_stride", n + 2 * p - k + 1, numbers
    yield "rounded_up", math.ceil((n + 2 * p - k) / s) + 1, numbers


# --------------------------------------------------------------------------- conv cell
def _cell(x: np.ndarray, kernel: np.ndarray, top: int, left: int) -> float | None:
    """Σ window·kernel for the window at (top, left) of ``x``; None if it sticks out."""
    kh, kw = kernel.shape
    if top + kh > x.shape[0] or left + kw > x.shape[1]:
        return None
    return _plain(np.sum(x[top : top + kh, left : left + kw] * kernel))


def _conv_cell(given: dict[str, Any]) -> Iterator[Candidate]:
    x, kernel = np.asarray(given["input"], float), np.asarray(given["kernel"], float)
    s, p, row, col = given["stride"], given["padding"], given["row"], given["col"]
    padded = ops.pad2d(x, p)
    numbers = {"s": s, "p": p, "row": row, "col": col, "top": row * s, "left": col * s}
    yield "flipped_kernel", _cell(padded, kernel[::-1, ::-1], row * s, col * s), numbers
    if p:
        yield "forgot_padding", _cell(x, kernel, row * s, col * s), numbers
    if s > 1:
        yield "wrong_window", _cell(padded, kernel, row, col), numbers
    if row != col:
        yield "swapped_row_col", _cell(padded, kernel, col * s, row * s), numbers


# --------------------------------------------------------------------------- pooling
def _pool_cell(x: np.ndarray, pool: int, top: int, left: int, mode: str) -> float | None:
    if top + pool > x.shape[0] or left + pool > x.shape[1]:
        return None
    window = x[top : top + pool, left : left + pool]
    return _plain(window.max() if mode == "max" else window.mean())


def _pooling(given: dict[str, Any]) -> Iterator[Candidate]:
    x = np.asarray(given["input"], float)
    pool, s, mode = given["pool"], given["stride"], given["mode"]
    row, col = given["row"], given["col"]
    numbers = {"s": s, "row": row, "col": col, "top": row * s, "left": col * s}
    other = "max" if mode == "average" else "average"
    code = "max_for_average" if mode == "average" else "average_for_max"
    yield code, _pool_cell(x, pool, row * s, col * s, other), numbers
    if s > 1:
        yield "wrong_window", _pool_cell(x, pool, row, col, mode), numbers
    if row != col:
        yield "swapped_row_col", _pool_cell(x, pool, col * s, row * s, mode), numbers


# --------------------------------------------------------------------------- backprop
def _weight_gradient(x: np.ndarray, grad: np.ndarray, i: int, j: int, stride: int) -> float:
    """Σ grad[a][b]·x[i + stride·a][j + stride·b] (stride 2 is right; 1 is the mistake)."""
    rows, cols = grad.shape
    return _plain(sum(grad[a, b] * x[i + stride * a, j + stride * b]
                      for a in range(rows) for b in range(cols)))


def _backprop(given: dict[str, Any]) -> Iterator[Candidate]:
    x, grad = np.asarray(given["input"], float), np.asarray(given["dL_dz"], float)
    i, j, s = given["i"], given["j"], given["stride"]
    numbers = {"i": i, "j": j, "s": s, "row": i, "col": j}
    yield "stride_one_window", _weight_gradient(x, grad, i, j, 1), numbers
    yield "flipped_dl_dz", _weight_gradient(x, grad[::-1, ::-1], i, j, s), numbers
    if i != j:
        yield "swapped_row_col", _weight_gradient(x, grad, j, i, s), numbers


# --------------------------------------------------------------------------- parameters
def _parameters(given: dict[str, Any]) -> Iterator[Candidate]:
    h, w, c = given["input_shape"]
    bias = bool(given["bias"])
    if given["layer"] == "dense":
        yield from _dense_mistakes(h, w, c, given["units"], bias)
    elif given["layer"] == "conv2d":
        yield from _conv_mistakes(h, w, c, given, bias)
    else:
        yield from _local_mistakes(h, w, c, given, bias)


def _dense_mistakes(h: int, w: int, c: int, units: int, bias: bool) -> Iterator[Candidate]:
    n_in = h * w * c
    numbers = {"h": h, "w": w, "c": c, "hw": h * w, "n_in": n_in, "biases": units}
    yield from _bias_mistakes(n_in * units, units, n_in, bias, numbers)
    if c > 1:
        yield "dense_forgot_channels", ops.dense_params(h * w, units, bias), numbers


def _bias_mistakes(weights: int, biases: int, per_input: int, bias: bool,
                   numbers: dict[str, Any]) -> Iterator[Candidate]:
    """Biases forgotten, added to a layer without them, or counted one per input."""
    if bias:
        yield "forgot_bias", weights, numbers
        yield "bias_per_input", weights + per_input, numbers
    else:
        yield "extra_bias", weights + biases, numbers


def _conv_mistakes(h: int, w: int, c: int, given: dict[str, Any], bias: bool
                   ) -> Iterator[Candidate]:
    (kh, kw), filters = given["kernel"], given["filters"]
    weights = ops.conv_params(kh, kw, c, filters, bias=False)
    numbers = {"kh": kh, "kw": kw, "c": c, "filters": filters, "biases": filters,
               "positions": ops.output_size(h, kh) * ops.output_size(w, kw)}
    yield from _bias_mistakes(weights, filters, c, bias, numbers)
    if c > 1:
        yield "forgot_channels", ops.conv_params(kh, kw, 1, filters, bias), numbers
    yield "forgot_sharing", ops.locally_connected_params(h, w, c, kh, kw, filters,
                                                         bias=bias), numbers


def _local_mistakes(h: int, w: int, c: int, given: dict[str, Any], bias: bool
                    ) -> Iterator[Candidate]:
    (kh, kw), filters = given["kernel"], given["filters"]
    stride, padding = tuple(given["stride"]), given["padding"]
    positions = ops.output_size(h, kh, stride[0], padding) * \
        ops.output_size(w, kw, stride[1], padding)
    per_position = ops.conv_params(kh, kw, c, filters, bias=False)
    numbers = {"kh": kh, "kw": kw, "c": c, "filters": filters, "positions": positions,
               "biases": positions * filters, "h": h, "w": w, "sh": stride[0],
               "sw": stride[1]}
    yield from _bias_mistakes(positions * per_position, positions * filters, positions * c,
                              bias, numbers)
    if bias:
        yield "bias_not_per_position", positions * per_position + filters, numbers
    yield "shared_weights", ops.conv_params(kh, kw, c, filters, bias), numbers
    if c > 1:
        yield "forgot_channels", _local_no_channels(positions, kh, kw, filters, bias), numbers
    if padding == "same":
        yield "forgot_padding", ops.locally_connected_params(
            h, w, c, kh, kw, filters, stride, "valid", bias), numbers
    if stride != (1, 1):
        yield "ignored_stride", ops.locally_connected_params(
            h, w, c, kh, kw, filters, 1, padding, bias), numbers


def _local_no_channels(positions: int, kh: int, kw: int, filters: int, bias: bool) -> int:
    return positions * (kh * kw * filters + (filters if bias else 0))


# --------------------------------------------------------------------------- metrics
def _ratio(numerator: float, denominator: float) -> float | None:
    return None if denominator == 0 else numerator / denominator


def _metrics(given: dict[str, Any], field: str) -> Iterator[Candidate]:
    counts = metrics.binary_counts(given["confusion"], given["positive"])
    tp, tn, fp, fn = counts
    total = counts.total
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    numbers = {"tp": tp, "tn": tn, "fp": fp, "fn": fn, "total": total}
    swaps = {"vp": ("swapped_vp_vn", tn), "vn": ("swapped_vp_vn", tp),
             "fp": ("swapped_fp_fn", fn), "fn": ("swapped_fp_fn", fp),
             "accuracy": ("accuracy_vp_only", _ratio(tp, total)),
             "precision": ("swapped_precision_recall", recall),
             "recall": ("swapped_precision_recall", precision)}
    if field in swaps:
        code, value = swaps[field]
        yield code, value, numbers
    if field == "f1":
        if precision is None or recall is None:
            yield "f1_undefined_part", None, numbers
        else:
            yield "f1_arithmetic_mean", (precision + recall) / 2, numbers
    if field in ("precision", "recall"):
        yield "swapped_vp_vn", _ratio(tn, tn + (fp if field == "precision" else fn)), numbers
    right = {"accuracy": _ratio(tp + tn, total), "precision": precision, "recall": recall,
             "f1": _ratio(2 * tp, 2 * tp + fp + fn)}
    if field in right and right[field] is None:
        yield "zero_for_undefined", 0.0, numbers


_FINDERS: dict[str, Callable[[dict[str, Any]], Iterator[Candidate]]] = {
    "output_size": _output_size, "conv_cell": _conv_cell, "parameters": _parameters,
    "pooling": _pooling, "backprop": _backprop}
