"""Problems of six kinds, random but reproducible, answered by the engine's own numerics.

A problem is fixed by (topic, seed, index, level): its numbers come from a NumPy generator
seeded with those four values plus nothing else (the topic enters as a CRC-32 of its name, not
Python's ``hash``, which changes between runs). So a class that types the same code gets the
same problems on every machine, and a teacher can recompute any student's problem later.

The ``given`` and ``answer`` of each topic are the issue's schema (also the CLI's JSON):

* ``output_size``: {n, k, p, s} → int, ⌊(n + 2p − k)/s⌋ + 1;
* ``conv_cell``: {input, kernel, stride, padding, row, col} → one output cell of Keras'
  convolution (cross-correlation, zero padding on every side); row/col index the output;
* ``parameters``: {layer, input_shape, units | filters + kernel (+ stride, padding), bias} →
  int (dense flattens its input; locally connected has a kernel and bias per position, and
  its "same" padding gives ⌈n/s⌉ positions per axis, as Keras 2's LocallyConnected2D computed
  with implementation 2 or 3 — implementation 1 accepted only "valid");
* ``pooling``: {input, pool, stride, mode, row, col} → one output cell ("valid" pooling);
* ``backprop``: {input 5×5, kernel 3×3, stride 2, dL_dz 2×2, i, j} → ∂L/∂w[i][j]
  = Σ dL_dz[a][b]·x[i+2a][j+2b];
* ``metrics``: {confusion (rows true, columns predicted), positive} → {vp, vn, fp, fn,
  accuracy, precision, recall, f1}, None where the formula is 0/0.
"""

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.exercises import texts
from engine.exercises.generators import GENERATORS
from engine.numerics import backprop, metrics, ops, pooling

TOPICS = ("output_size", "conv_cell", "parameters", "pooling", "backprop", "metrics")
MAX_LEVEL = 4
LANGUAGES = texts.LANGUAGES
METRIC_FIELDS = ("vp", "vn", "fp", "fn", "accuracy", "precision", "recall", "f1")
ANSWER_FIELDS: dict[str, tuple[str, ...]] = {
    topic: METRIC_FIELDS if topic == "metrics" else ("value",) for topic in TOPICS}
BACKPROP_STRIDE = 2


@dataclass(frozen=True)
class Problem:
    """One exercise: what is given and the engine's answer."""

    topic: str
    seed: int
    index: int
    level: int  # 1 … MAX_LEVEL, difficulty
    given: dict[str, Any]  # JSON-able, the schema for the topic
    answer: Any  # int | float, or for metrics a dict of the eight fields (None for 0/0)

    def question(self, language: str) -> str:
        """The question in one paragraph of plain text."""
        return texts.question(self.topic, self.given, language)

    def to_json(self) -> dict[str, Any]:
        """The CLI's object: topic, question in both languages, given, answer, level."""
        return {"topic": self.topic,
                "question": {language: self.question(language) for language in LANGUAGES},
                "given": self.given, "answer": self.answer, "level": self.level}


def _check(topic: str, seed: int, index: int, level: int) -> None:
    if topic not in TOPICS:
        raise ValueError(f"Unknown topic {topic!r}: use one of {', '.join(TOPICS)}.")
    for name, value, low in (("seed", seed, 0), ("index", index, 0), ("level", level, 1)):
        if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < low:
            raise ValueError(f"The {name} must be a whole number ≥ {low}, got {value!r}.")
    if level > MAX_LEVEL:
        raise ValueError(f"The level goes from 1 to {MAX_LEVEL}, got {level}.")


def _rng(topic: str, seed: int, index: int, level: int) -> np.random.Generator:
    """The generator of one problem: the same four values give the same numbers everywhere."""
    topic_key = zlib.crc32(topic.encode("ascii"))
    return np.random.default_rng([int(seed), topic_key, int(index), int(level)])


def generate(topic: str, seed: int, index: int, level: int = 1) -> Problem:
    """Problem number ``index`` of ``topic`` for ``seed`` at ``level``; deterministic."""
    _check(topic, seed, index, level)
    given = GENERATORS[topic](_rng(topic, seed, index, level), level, index)
    return Problem(topic, int(seed), int(index), int(level), given, solve(topic, given))


def problem_set(topics: Sequence[str], seed: int, count: int, level: int = 1) -> list[Problem]:
    """``count`` problems of each topic (indices 0 … count − 1), topic after topic."""
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise ValueError(f"The count must be a whole number ≥ 0, got {count!r}.")
    return [generate(topic, seed, index, level) for topic in topics for index in range(count)]


# --------------------------------------------------------------------------- solving
def _plain(value: float) -> int | float:
    """An int when the number is whole, so JSON shows ``3`` rather than ``3.0``; never −0."""
    number = float(value) + 0.0
    return int(number) if number.is_integer() else number


def _solve_size(given: dict[str, Any]) -> int:
    return ops.output_size(given["n"], given["k"], given["s"], given["p"])


def _solve_conv(given: dict[str, Any]) -> int | float:
    out = ops.conv2d(given["input"], given["kernel"], stride=given["stride"],
                     padding=given["padding"])
    return _plain(out[given["row"], given["col"]])


def _solve_parameters(given: dict[str, Any]) -> int:
    h, w, c = given["input_shape"]
    bias = bool(given["bias"])
    if given["layer"] == "dense":
        return ops.dense_params(h * w * c, given["units"], bias)
    kh, kw = given["kernel"]
    if given["layer"] == "conv2d":
        return ops.conv_params(kh, kw, c, given["filters"], bias)
    if given["layer"] == "locally_connected":
        return ops.locally_connected_params(h, w, c, kh, kw, given["filters"],
                                            tuple(given["stride"]), given["padding"], bias)
    raise ValueError(f"Unknown layer {given['layer']!r}: dense, conv2d or locally_connected.")


def _solve_pooling(given: dict[str, Any]) -> int | float:
    pool = pooling.max_pool2d if given["mode"] == "max" else pooling.avg_pool2d
    return _plain(pool(given["input"], given["pool"], given["stride"])[given["row"], given["col"]])


def _solve_backprop(given: dict[str, Any]) -> int | float:
    _, grad_kernel, _ = backprop.conv2d_backward(given["input"], given["kernel"],
                                                 given["dL_dz"], stride=given["stride"])
    return _plain(grad_kernel[given["i"], given["j"]])


def _solve_metrics(given: dict[str, Any]) -> dict[str, int | float | None]:
    counts = metrics.binary_counts(given["confusion"], given["positive"])
    scores = {"accuracy": metrics.accuracy(counts), "precision": metrics.precision(counts),
              "recall": metrics.recall(counts), "f1": metrics.f1(counts)}
    answer: dict[str, int | float | None] = {
        "vp": counts.tp, "vn": counts.tn, "fp": counts.fp, "fn": counts.fn}
    answer.update({key: None if score.undefined else float(score)
                   for key, score in scores.items()})
    return answer


_SOLVERS = {"output_size": _solve_size, "conv_cell": _solve_conv,
            "parameters": _solve_parameters, "pooling": _solve_pooling,
            "backprop": _solve_backprop, "metrics": _solve_metrics}


def solve(topic: str, given: dict[str, Any]) -> Any:
    """The engine's answer to ``given`` (engine.numerics does the arithmetic)."""
    if topic not in _SOLVERS:
        raise ValueError(f"Unknown topic {topic!r}: use one of {', '.join(TOPICS)}.")
    return _SOLVERS[topic](given)


def expected(problem: Problem, field: str = "value") -> float | None:
    """The number one answer box must hold; None where the formula is 0/0."""
    if field not in ANSWER_FIELDS[problem.topic]:
        raise ValueError(f"A {problem.topic} problem has no field {field!r}: "
                         f"{', '.join(ANSWER_FIELDS[problem.topic])}.")
    value = problem.answer[field] if problem.topic == "metrics" else problem.answer
    return None if value is None else float(value)


# --------------------------------------------------------------------------- windows
def _window(top: int, left: int, height: int, width: int) -> list[tuple[int, int]]:
    return [(r, c) for r in range(top, top + height) for c in range(left, left + width)]


def window_cells(problem: Problem) -> list[tuple[int, int]]:
    """The input cells the answer reads, for highlighting.

    conv_cell and pooling: the window, in *padded* input coordinates (pooling has no padding);
    backprop: the cells x[i+2a][j+2b] multiplied into ∂L/∂w[i][j], in the order a, b; others: [].
    """
    given = problem.given
    if problem.topic == "conv_cell":
        s, (kh, kw) = given["stride"], np.shape(given["kernel"])
        return _window(given["row"] * s, given["col"] * s, kh, kw)
    if problem.topic == "pooling":
        s, pool = given["stride"], given["pool"]
        return _window(given["row"] * s, given["col"] * s, pool, pool)
    if problem.topic == "backprop":
        s, rows, cols = given["stride"], *np.shape(given["dL_dz"])
        return [(given["i"] + s * a, given["j"] + s * b) for a in range(rows)
                for b in range(cols)]
    return []
