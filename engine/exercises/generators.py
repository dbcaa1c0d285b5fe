"""Random ``given`` dictionaries for each topic, harder as the level grows (1 … 4).

Level 1 keeps to small non-negative whole numbers, stride 1 and no padding; level 2 brings
padding and strides; level 3 negative numbers, bigger sizes and 3×3 confusion matrices;
level 4 halves (0,5 steps: exact in binary floating point, so every answer is exact), larger
strides and confusion matrices where a formula divides 0 by 0. Every ``given`` holds only
JSON types (ints, floats, strings, lists) and only valid combinations (the kernel fits the
padded input; padding is smaller than the kernel, as in any real network).
"""

from collections.abc import Callable
from typing import Any

import numpy as np

Given = dict[str, Any]
Rng = np.random.Generator

# The course's backpropagation example (gui/lessons/backprop): the input, the kernel and the
# ∂L/∂z its mean-squared-error target gives; problem 0 of level 1 is this very case.
DECK_INPUT = [[1, 0, 2, 1, 0], [0, 1, 3, 1, 2], [2, 1, 0, 1, 1], [1, 3, 1, 0, 2],
              [0, 2, 1, 2, 1]]
DECK_KERNEL = [[1, 0, 1], [0, 2, 0], [1, 0, 1]]
DECK_DL_DZ = [[1, -1], [1, -2]]


def _between(rng: Rng, low: int, high: int) -> int:
    """A whole number in low … high, both included."""
    return int(rng.integers(low, high + 1))


def _plain(value: float) -> int | float:
    """An int when the number is whole (JSON then shows ``3``, not ``3.0``)."""
    number = float(value)
    return int(number) if number.is_integer() else number


def values(rng: Rng, shape: tuple[int, int], low: int, high: int, halves: bool = False
           ) -> list[list[int | float]]:
    """A matrix of whole numbers in low … high, or of halves in that range."""
    if halves:
        numbers = rng.integers(2 * low, 2 * high + 1, size=shape) / 2
    else:
        numbers = rng.integers(low, high + 1, size=shape)
    return [[_plain(v) for v in row] for row in numbers]


def _input_range(level: int) -> tuple[int, int, bool]:
    """(low, high, halves) of the input values at a level: negatives from level 3."""
    return {1: (0, 4, False), 2: (0, 5, False), 3: (-3, 5, False), 4: (-3, 4, True)}[level]


# --------------------------------------------------------------------------- output size
_SIZE_RANGES = {  # level: (n, k, stride, padding) ranges
    1: ((4, 8), (2, 3), (1, 1), (0, 0)),
    2: ((5, 10), (2, 4), (1, 1), (0, 1)),
    3: ((6, 16), (1, 5), (1, 2), (0, 2)),
    4: ((7, 32), (1, 7), (1, 3), (0, 3)),
}


def output_size(rng: Rng, level: int, index: int) -> Given:
    (n_lo, n_hi), (k_lo, k_hi), (s_lo, s_hi), (p_lo, p_hi) = _SIZE_RANGES[level]
    while True:
        n, k = _between(rng, n_lo, n_hi), _between(rng, k_lo, k_hi)
        s, p = _between(rng, s_lo, s_hi), _between(rng, p_lo, p_hi)
        if k <= n + 2 * p and (p == 0 or p < k):
            return {"n": n, "k": k, "p": p, "s": s}


# --------------------------------------------------------------------------- conv cell
_CONV_RANGES = {  # level: (input size, kernel size, stride, padding, kernel values)
    1: ((3, 4), (2, 2), (1, 1), (0, 0), (0, 2)),
    2: ((4, 5), (2, 3), (1, 2), (0, 1), (-1, 2)),
    3: ((5, 6), (3, 3), (1, 2), (0, 1), (-2, 2)),
    4: ((5, 7), (2, 3), (1, 3), (0, 2), (-2, 2)),
}


def _out_cell(rng: Rng, out: int, padding: int) -> tuple[int, int]:
    """An output cell; with padding, half the time one on the border (its window reads zeros)."""
    if padding and rng.random() < 0.5:
        edges = [0, out - 1]
        return edges[_between(rng, 0, 1)], _between(rng, 0, out - 1)
    return _between(rng, 0, out - 1), _between(rng, 0, out - 1)


def conv_cell(rng: Rng, level: int, index: int) -> Given:
    (n_lo, n_hi), (k_lo, k_hi), (s_lo, s_hi), (p_lo, p_hi), (w_lo, w_hi) = _CONV_RANGES[level]
    while True:
        n, k = _between(rng, n_lo, n_hi), _between(rng, k_lo, k_hi)
        s, p = _between(rng, s_lo, s_hi), _between(rng, p_lo, p_hi)
        if k <= n + 2 * p and (p == 0 or p < k) and (n + 2 * p - k) // s >= 1:
            break
    low, high, halves = _input_range(level)
    row, col = _out_cell(rng, (n + 2 * p - k) // s + 1, p)
    if rng.random() < 0.5:
        row, col = col, row
    return {"input": values(rng, (n, n), low, high, halves),
            "kernel": values(rng, (k, k), w_lo, w_hi), "stride": s, "padding": p,
            "row": row, "col": col}


# --------------------------------------------------------------------------- parameters
_LAYERS = {1: ("dense", "conv2d"), 2: ("dense", "conv2d", "locally_connected"),
           3: ("dense", "conv2d", "locally_connected"),
           4: ("dense", "conv2d", "locally_connected")}
_IMAGE_SIZES = {1: (4, 8), 2: (5, 10), 3: (6, 16), 4: (12, 32)}
_CHANNELS = {1: (1,), 2: (1, 3), 3: (1, 3, 4), 4: (1, 3, 8, 16)}
_UNITS = {1: (2, 10), 2: (2, 16), 3: (4, 32), 4: (10, 128)}
_FILTERS = {1: (1, 4), 2: (2, 8), 3: (4, 16), 4: (8, 64)}


def parameters(rng: Rng, level: int, index: int) -> Given:
    layers = _LAYERS[level]
    layer = layers[index % len(layers)] if index < len(layers) else \
        layers[_between(rng, 0, len(layers) - 1)]
    h = w = _between(rng, *_IMAGE_SIZES[level])
    if level >= 3 and rng.random() < 0.4:
        w = _between(rng, *_IMAGE_SIZES[level])
    channels = _CHANNELS[level]
    given: Given = {"layer": layer,
                    "input_shape": [h, w, channels[_between(rng, 0, len(channels) - 1)]]}
    if layer == "dense":
        given["units"] = _between(rng, *_UNITS[level])
    else:
        given.update(_kernel_part(rng, level, layer, h, w))
    given["bias"] = True if level == 1 else bool(rng.random() < 0.7)
    return given


def _kernel_part(rng: Rng, level: int, layer: str, h: int, w: int) -> Given:
    """Filters and kernel size (and for locally connected, stride and padding)."""
    kh = _between(rng, 1, 3) * 2 + 1 if level < 4 else _between(rng, 1, 5)
    kw = kh if level < 4 or rng.random() < 0.6 else _between(rng, 1, 5)
    kh, kw = min(kh, h), min(kw, w)
    part: Given = {"filters": _between(rng, *_FILTERS[level]), "kernel": [kh, kw]}
    if layer == "locally_connected":
        stride = 1 if level < 3 else _between(rng, 1, level - 1)
        padding = "valid" if level < 3 or rng.random() < 0.5 else "same"
        part.update(stride=[stride, stride], padding=padding)
    return part


# --------------------------------------------------------------------------- pooling
_POOL_RANGES = {  # level: (input size, pool, stride, (low, high, halves))
    1: ((4, 4), (2, 2), (2, 2), (0, 9, False)),
    2: ((4, 6), (2, 2), (1, 2), (0, 9, False)),
    3: ((5, 7), (2, 3), (1, 3), (-5, 9, False)),
    4: ((6, 8), (2, 3), (1, 3), (-4, 5, True)),
}


def pooling(rng: Rng, level: int, index: int) -> Given:
    (n_lo, n_hi), (k_lo, k_hi), (s_lo, s_hi), (low, high, halves) = _POOL_RANGES[level]
    n, pool = _between(rng, n_lo, n_hi), _between(rng, k_lo, k_hi)
    stride = min(_between(rng, s_lo, s_hi), pool)
    out = (n - pool) // stride + 1
    mode = ("max", "average")[index % 2] if index < 2 else \
        ("max", "average")[_between(rng, 0, 1)]
    return {"input": values(rng, (n, n), low, high, halves), "pool": pool, "stride": stride,
            "mode": mode, "row": _between(rng, 0, out - 1), "col": _between(rng, 0, out - 1)}


# --------------------------------------------------------------------------- backprop
_GRADIENT_RANGES = {1: (-2, 3, False), 2: (-2, 3, False), 3: (-3, 3, False), 4: (-2, 2, True)}


def backprop(rng: Rng, level: int, index: int) -> Given:
    if level == 1 and index == 0:
        return {"input": DECK_INPUT, "kernel": DECK_KERNEL, "stride": 2, "dL_dz": DECK_DL_DZ,
                "i": 0, "j": 0}
    low, high, halves = _input_range(level)
    g_low, g_high, g_halves = _GRADIENT_RANGES[level]
    return {"input": values(rng, (5, 5), low, high, halves),
            "kernel": values(rng, (3, 3), -1, 2), "stride": 2,
            "dL_dz": values(rng, (2, 2), g_low, g_high, g_halves),
            "i": _between(rng, 0, 2), "j": _between(rng, 0, 2)}


# --------------------------------------------------------------------------- metrics
_METRICS_RANGES = {1: ((2,), 1, 20), 2: ((2,), 0, 40), 3: ((3,), 0, 25), 4: ((3, 4), 0, 60)}
_UNDEFINED_CHANCE = {1: 0.0, 2: 0.0, 3: 0.15, 4: 0.25}


def metrics(rng: Rng, level: int, index: int) -> Given:
    sizes, low, high = _METRICS_RANGES[level]
    classes = sizes[_between(rng, 0, len(sizes) - 1)]
    positive = 1 if level == 1 else _between(rng, 0, classes - 1)
    matrix = rng.integers(low, high + 1, size=(classes, classes))
    for c in range(classes):  # a model worth evaluating gets most of each class right
        matrix[c, c] += _between(rng, high // 2, high)
    if rng.random() < _UNDEFINED_CHANCE[level]:
        # Nothing predicted as the positive class: precision is 0/0. Sometimes the class is
        # also absent from the data, and then recall and F1 are 0/0 too.
        matrix[:, positive] = 0
        if rng.random() < 0.5:
            matrix[positive, :] = 0
    return {"confusion": matrix.tolist(), "positive": positive}


GENERATORS: dict[str, Callable[[Rng, int, int], Given]] = {
    "output_size": output_size, "conv_cell": conv_cell, "parameters": parameters,
    "pooling": pooling, "backprop": backprop, "metrics": metrics}
