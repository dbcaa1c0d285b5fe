"""One output cell of a multi-channel convolution, broken down channel by channel.

The deck's third slide: the kernel spans every channel of the input, so a 3×3 filter on an
RGB image has 3×3×3 = 27 weights, and one output value is

    value = Σ_R + Σ_G + Σ_B + bias,   Σ_c = Σ_ij x[i, j, c] · w[i, j, c]

(27 products are too many to read, three channel sums are not). The window the kernel
covers is the output cell's input region: each output region corresponds to the same input
region. Nothing here knows about Qt.
"""

from dataclasses import dataclass

import numpy as np

from engine.numerics import ops
from engine.numerics.receptive import Region, window_region

__all__ = ["CellBreakdown", "cell_breakdown", "window_region"]


@dataclass(frozen=True)
class CellBreakdown:
    """Output cell (row, col) of filter ``filter`` and the arithmetic that produced it."""

    filter: int
    row: int
    col: int
    region: Region  # input pixels under the kernel, not clipped: it may reach into padding
    window: np.ndarray  # (kh, kw, C) input values under the kernel, 0 where it is padding
    weights: np.ndarray  # (kh, kw, C) the filter's weights
    channel_sums: tuple[float, ...]  # Σ x·w in each channel
    bias: float
    value: float  # sum(channel_sums) + bias

    def products(self) -> np.ndarray:
        """The kh·kw·C products x·w, (kh, kw, C), whose channel sums are ``channel_sums``."""
        return self.window * self.weights


def cell_breakdown(x: object, kernel: object, bias: object, stride: ops.IntOrPair,
                   padding: ops.PaddingSpec, filter_index: int, row: int,
                   col: int) -> CellBreakdown:
    """Break output cell (row, col) of filter ``filter_index`` into its channel sums.

    Arguments as :func:`engine.numerics.ops.conv2d` takes them (x (H, W, C), kernel (kh, kw, C, F),
    bias None / one number / one per filter). Raises ``IndexError`` for a cell or filter
    outside the output.
    """
    setup = ops.prepare_conv(x, kernel, stride, padding)
    filters = setup.kernel.shape[3]
    if not 0 <= filter_index < filters:
        raise IndexError(f"Filter {filter_index} does not exist: there are {filters}.")
    if not (0 <= row < setup.out_hw[0] and 0 <= col < setup.out_hw[1]):
        raise IndexError(f"Cell ({row}, {col}) is outside the {setup.out_hw[0]}×"
                         f"{setup.out_hw[1]} output.")
    k_hw = setup.kernel.shape[:2]
    pads_before = (setup.pads[0][0], setup.pads[1][0])
    region = window_region(row, col, k_hw, setup.strides, pads_before)
    planes = ops.padded_planes(setup)  # (C, Hp, Wp)
    top, left = row * setup.strides[0], col * setup.strides[1]
    window = np.moveaxis(planes[:, top : top + k_hw[0], left : left + k_hw[1]], 0, 2)
    weights = setup.kernel[:, :, :, filter_index]
    sums = tuple(float(s) for s in (window * weights).sum(axis=(0, 1)))
    bias_value = _bias_of(bias, filter_index)
    return CellBreakdown(filter_index, row, col, region, window.copy(), weights.copy(), sums,
                         bias_value, float(sum(sums) + bias_value))


def _bias_of(bias: object, filter_index: int) -> float:
    if bias is None:
        return 0.0
    values = np.atleast_1d(np.asarray(bias, dtype=np.float64))
    return float(values[0] if values.size == 1 else values[filter_index])
