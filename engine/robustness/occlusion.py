"""The occlusion map: where does the network look? (Zeiler & Fergus, 2014)

A black square slides over the digit; at each position the network reads the covered digit,
and the map holds how much the true class's probability dropped there. A big drop means the
network needed what the square hid. All positions go through the model in one batch.
"""

from collections.abc import Callable

import numpy as np

from engine.robustness.perturb import occlude


def patch_positions(extent: int, size: int, stride: int) -> list[int]:
    """Top-left coordinates along one axis: every ``stride`` pixels, the last flush with the
    edge so that the whole picture gets covered."""
    if size < 1 or stride < 1:
        raise ValueError(f"size and stride must be at least 1, got {size} and {stride}")
    last = max(extent - size, 0)
    positions = list(range(0, last + 1, stride))
    if positions[-1] != last:
        positions.append(last)
    return positions


def occluded_batch(image: np.ndarray, size: int, stride: int,
                   value: float = 0.0) -> tuple[np.ndarray, list[int], list[int]]:
    """The digit with the patch at every position (rows × columns, row-major), and them."""
    picture = np.asarray(image, dtype=np.float32)
    rows = patch_positions(picture.shape[0], size, stride)
    cols = patch_positions(picture.shape[1], size, stride)
    batch = np.repeat(picture[None], len(rows) * len(cols), axis=0)
    for i, row in enumerate(rows):
        for j, col in enumerate(cols):
            batch[i * len(cols) + j] = occlude(picture, row, col, size, value)
    return batch, rows, cols


def occlusion_map(probabilities: Callable[[np.ndarray], np.ndarray], image: np.ndarray,
                  label: int, size: int = 6, stride: int = 2) -> np.ndarray:
    """Drop of P(label) with a black ``size``×``size`` patch at each position.

    ``probabilities`` maps (N, H, W) digits in 0–1 to (N, classes) (for instance
    ``engine.robustness.predict.probabilities`` bound to a model); it is called once, on the
    unchanged digit followed by every occluded copy. Returns a (rows × columns) float32
    grid, rows and columns as ``patch_positions`` gives them; positive where the patch hurt.
    """
    batch, rows, cols = occluded_batch(image, size, stride)
    picture = np.asarray(image, dtype=np.float32)
    scores = np.asarray(probabilities(np.concatenate([picture[None], batch])))
    drop = scores[0, label] - scores[1:, label]
    return drop.reshape(len(rows), len(cols)).astype(np.float32)
