"""Why max pooling matters (slide 17): shift a feature map by a pixel and count what changed.

The deck's claim, after Goodfellow, Bengio & Courville (*Deep Learning*, 2016, fig. 9.8):
"every value from the activation function moved, but only half of the pooling's outputs
changed", because a max-pooling unit cares about the largest value in its window, not where
in the window it sits. :func:`compare_shift` makes that claim checkable on any map: it
shifts the map, pools both versions and reports which cells and which pooled outputs differ.

A shift moves the picture, so what leaves one border is lost and what enters at the other is
new: here the entering cells are 0 (an empty region after ReLU), as if the input had been
moved over a blank background. Wrapping around would bring far-away activations in and
change outputs for a reason that has nothing to do with pooling.

The lessons' other live input, a real feature map of the student's drawing, is picked from
the model's activations by :func:`first_feature_maps`.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.numerics.pooling import max_pool2d
from engine.numerics.validation import IntOrPair, as_float_array

# Layers that finish a convolution block without changing where things are: the block's
# feature maps are the last of these after the Conv2D (e.g. conv1 → conv1_norm → conv1_relu).
_BLOCK_LAYERS = ("Conv2D", "BatchNormalization", "Activation", "ReLU", "LeakyReLU")


def shift_map(x: object, rows: int, cols: int, fill: float = 0.0) -> np.ndarray:
    """``x`` moved ``rows`` down and ``cols`` right (negative: up/left); new cells get ``fill``.

    Works on (H, W) or (H, W, C) maps; a shift as large as the map leaves only ``fill``.
    """
    image = as_float_array(x, "map", (2, 3))
    rows, cols = int(rows), int(cols)
    out = np.full_like(image, float(fill))
    height, width = image.shape[:2]
    if abs(rows) >= height or abs(cols) >= width:
        return out
    target_rows = slice(max(rows, 0), height + min(rows, 0))
    target_cols = slice(max(cols, 0), width + min(cols, 0))
    source_rows = slice(max(-rows, 0), height + min(-rows, 0))
    source_cols = slice(max(-cols, 0), width + min(-cols, 0))
    out[target_rows, target_cols] = image[source_rows, source_cols]
    return out


@dataclass(frozen=True)
class ShiftComparison:
    """A map before and after a shift, both max-pooled, and which cells of each differ."""

    before: np.ndarray
    after: np.ndarray
    pooled_before: np.ndarray
    pooled_after: np.ndarray
    changed: np.ndarray  # bool, the map's shape: activations whose value is not the same
    pooled_changed: np.ndarray  # bool, the pooled shape: max-pooled outputs that differ

    @property
    def changed_count(self) -> int:
        return int(np.count_nonzero(self.changed))

    @property
    def pooled_changed_count(self) -> int:
        return int(np.count_nonzero(self.pooled_changed))

    @property
    def total(self) -> int:
        return int(self.changed.size)

    @property
    def pooled_total(self) -> int:
        return int(self.pooled_changed.size)


def compare_shift(x: object, rows: int, cols: int, window: IntOrPair = 2,
                  stride: IntOrPair | None = None) -> ShiftComparison:
    """Shift ``x`` by (rows, cols), max-pool both maps, and mark every difference.

    "Changed" means a different value (exact comparison: a shift copies values, and the max
    of copied values is a copied value, so there is no rounding to forgive). ``window`` and
    ``stride`` are as in :func:`engine.numerics.pooling.max_pool2d`; a window larger than the map
    raises its ``ValueError``.
    """
    before = as_float_array(x, "map", (2, 3))
    after = shift_map(before, rows, cols)
    pooled_before = max_pool2d(before, window, stride)
    pooled_after = max_pool2d(after, window, stride)
    return ShiftComparison(before, after, pooled_before, pooled_after,
                           before != after, pooled_before != pooled_after)


def first_feature_maps(activations: Sequence[Any]) -> Any | None:
    """The first convolution block's output (after its activation), or None without one.

    ``activations`` are :class:`engine.models.predictor.LayerActivation` records in layer order.
    For the shipped digits CNN that is ``conv1_relu`` (28 × 28 × 32); for a Conv2D with a
    built-in ReLU it is the Conv2D itself; an MLP has none. These maps are what the network's
    first pooling summarises, the most picture-like of its feature maps.
    """
    chosen = None
    for record in activations:
        if chosen is None and record.kind != "Conv2D":
            continue
        if record.kind not in _BLOCK_LAYERS or (chosen is not None and record.kind == "Conv2D"):
            break
        if np.ndim(record.output) == 3:
            chosen = record
    return chosen
