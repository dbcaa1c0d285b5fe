"""The convolution written out cell by cell, as the deck's first slides show it.

For each output cell: which input cells the kernel covers, the products of input and
weight, and their sum (``0·0 + 1·1 + 3·2 + 4·3 = 19``). The GUI's step-by-step player draws
these; nothing here knows about Qt.
"""

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from engine.numerics import ops

# (top, bottom, left, right): the lesson may need uneven padding ("same" with an even kernel).
Padding = tuple[int, int, int, int]
MINUS = "−"  # U+2212, the typographic minus, reads better on a projector than "-"
# Writes one number for people; the GUI passes one with the interface language's decimal
# separator (1,75 in Portuguese), so the engine stays free of Qt and of locales.
NumberFormat = Callable[[float], str]


@dataclass(frozen=True)
class ConvStep:
    """One output cell of a 2-D convolution and the arithmetic that produced it."""

    out_row: int
    out_col: int
    rows: range  # rows of the *padded* input under the kernel
    cols: range  # columns of the *padded* input under the kernel
    inputs: tuple[float, ...]  # covered input values, row-major
    weights: tuple[float, ...]  # kernel weights, row-major, paired with ``inputs``
    value: float

    def formula(self, number: NumberFormat | None = None) -> str:
        """The sum written out with numbers, e.g. ``0·0 + 1·1 + 3·2 + 4·3 = 19``."""
        number = number or format_number
        terms = " + ".join(
            f"{format_factor(a, number)}·{format_factor(w, number)}"
            for a, w in zip(self.inputs, self.weights, strict=True)
        )
        return f"{terms} = {number(self.value)}"


def format_number(value: float, decimals: int = 3) -> str:
    """A number as a student writes it: ``19``, ``0.5``, ``−1.25`` (no ``19.0``, no ``-0``)."""
    rounded = round(float(value), decimals)
    if rounded == 0:
        return "0"
    text = f"{rounded:.{decimals}f}"
    if "." in text:  # only decimals are trimmed: 700 with no decimals stays 700
        text = text.rstrip("0").rstrip(".")
    return text.replace("-", MINUS)


def format_factor(value: float, number: NumberFormat | None = None) -> str:
    """A factor of a product: negative numbers in parentheses, ``2·(−1)``."""
    text = (number or format_number)(value)
    return f"({text})" if text.startswith(MINUS) else text


def pad_input(x: np.ndarray, padding: Padding) -> np.ndarray:
    """Zero-pad a 2-D input on each side by (top, bottom, left, right)."""
    top, bottom, left, right = padding
    return ops.pad2d(np.asarray(x, dtype=np.float64), ((top, bottom), (left, right)))


def conv_steps(
    x: np.ndarray, kernel: np.ndarray, stride: int = 1, padding: Padding = (0, 0, 0, 0)
) -> list[ConvStep]:
    """Every output cell of ``conv2d(x, kernel)`` in reading order, with its arithmetic.

    Raises ``ValueError`` (from :func:`engine.numerics.ops.conv2d`) when the kernel does not fit.
    """
    padded = pad_input(x, padding)
    kernel = np.asarray(kernel, dtype=np.float64)
    output = ops.conv2d(padded, kernel, stride=stride)
    kh, kw = kernel.shape
    weights = tuple(float(w) for w in kernel.ravel())
    steps = []
    # A loop per output cell is right here: the lesson grids are at most 10×10 and each
    # step needs its own record; the arithmetic itself comes from the vectorised conv2d.
    for (r, c), value in np.ndenumerate(output):
        rows = range(r * stride, r * stride + kh)
        cols = range(c * stride, c * stride + kw)
        window = padded[rows.start : rows.stop, cols.start : cols.stop]
        inputs = tuple(float(a) for a in window.ravel())
        steps.append(ConvStep(r, c, rows, cols, inputs, weights, float(value)))
    return steps


def output_size_terms(n: int, k: int, stride: int, pad_before: int, pad_after: int) -> str:
    """The output-size formula with the numbers put in, e.g. ``⌊(3 + 2·0 − 2)/1⌋ + 1 = 2``.

    Uneven padding (Keras' "same" with an even kernel) is written as its two sides.
    """
    size = (n + pad_before + pad_after - k) // stride + 1
    pad = f"2·{pad_before}" if pad_before == pad_after else f"{pad_before} + {pad_after}"
    return f"⌊({n} + {pad} {MINUS} {k})/{stride}⌋ + 1 = {size}"
