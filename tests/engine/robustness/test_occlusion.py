"""The occlusion map on networks whose only evidence sits in one known place."""

from typing import Any

import keras
import numpy as np
import pytest

from engine.robustness.occlusion import occlusion_map, patch_positions
from engine.robustness.predict import probabilities


def looks_at(region: tuple[slice, slice]) -> Any:
    """A fake classifier: P(class 1) grows with the ink in ``region`` alone."""
    calls: list[int] = []

    def classify(images: np.ndarray) -> np.ndarray:
        calls.append(len(images))
        ink = images[:, region[0], region[1]].mean(axis=(1, 2))
        p1 = 1 / (1 + np.exp(-10 * (ink - 0.5)))
        return np.stack([1 - p1, p1], axis=1)

    classify.calls = calls  # type: ignore[attr-defined]
    return classify


def test_positions_cover_the_whole_picture() -> None:
    assert patch_positions(28, 6, 2) == list(range(0, 23, 2))
    assert patch_positions(28, 5, 4) == [0, 4, 8, 12, 16, 20, 23]
    assert patch_positions(28, 28, 3) == [0]
    with pytest.raises(ValueError):
        patch_positions(28, 0, 2)


def test_the_drop_is_largest_where_the_patch_covers_what_the_model_reads() -> None:
    image = np.ones((28, 28), np.float32)
    classify = looks_at((slice(20, 24), slice(4, 8)))
    drop = occlusion_map(classify, image, label=1, size=6, stride=2)
    rows = cols = patch_positions(28, 6, 2)
    assert drop.shape == (len(rows), len(cols)) and drop.dtype == np.float32
    assert classify.calls == [1 + len(rows) * len(cols)]  # one batched call
    best = np.unravel_index(drop.argmax(), drop.shape)
    # The patch at (row 18–20, col 2–4) hides the whole 4×4 region.
    assert rows[best[0]] in (18, 20) and cols[best[1]] in (2, 4)
    assert drop.max() == pytest.approx(0.9866, abs=1e-3)  # σ(5) − σ(−5): all of it
    far = [(i, j) for i, r in enumerate(rows) for j, c in enumerate(cols)
           if r + 6 <= 20 or c >= 8]
    assert all(drop[i, j] == pytest.approx(0, abs=1e-6) for i, j in far)


def test_a_keras_model_that_reads_one_pixel() -> None:
    # Class 1's logit is 20·(pixel (5, 22) − 0.5): only that pixel matters.
    inputs = keras.Input((28, 28, 1))
    flat = keras.layers.Flatten()(inputs)
    weights = np.zeros((784, 2), np.float32)
    weights[5 * 28 + 22, 1] = 20.0
    dense = keras.layers.Dense(2, activation="softmax")
    outputs = dense(flat)
    dense.set_weights([weights, np.array([0.0, -10.0], np.float32)])
    model = keras.Model(inputs, outputs)
    image = np.zeros((28, 28), np.float32)
    image[5, 22] = 1.0
    drop = occlusion_map(lambda batch: probabilities(model, batch), image, 1, size=4, stride=1)
    covering = {(r, c) for r in range(2, 6) for c in range(19, 23)}
    rows, cols = patch_positions(28, 4, 1), patch_positions(28, 4, 1)
    hot = {(rows[i], cols[j]) for i, j in np.argwhere(drop > 0.5)}
    assert hot == covering
    assert drop.min() == pytest.approx(0, abs=1e-6)
