"""Shifting a feature map and counting what max pooling notices, checked on hand-worked maps."""

from types import SimpleNamespace

import numpy as np
import pytest

from engine.lessons.invariance import compare_shift, first_feature_maps, shift_map

SQUARE = np.arange(1, 10, dtype=float).reshape(3, 3)


@pytest.mark.parametrize(("rows", "cols", "expected"), [
    (0, 1, [[0, 1, 2], [0, 4, 5], [0, 7, 8]]),
    (0, -1, [[2, 3, 0], [5, 6, 0], [8, 9, 0]]),
    (1, 0, [[0, 0, 0], [1, 2, 3], [4, 5, 6]]),
    (-1, 0, [[4, 5, 6], [7, 8, 9], [0, 0, 0]]),
    (1, -2, [[0, 0, 0], [3, 0, 0], [6, 0, 0]]),
    (0, 0, SQUARE),
    (3, 0, np.zeros((3, 3))),
])
def test_shift_moves_the_picture_and_fills_with_zeros(rows: int, cols: int,
                                                      expected: object) -> None:
    np.testing.assert_array_equal(shift_map(SQUARE, rows, cols), expected)


def test_shift_keeps_channels_apart() -> None:
    maps = np.stack([SQUARE, -SQUARE], axis=2)
    shifted = shift_map(maps, 0, 1)
    np.testing.assert_array_equal(shifted[:, :, 1], [[0, -1, -2], [0, -4, -5], [0, -7, -8]])


def test_the_book_figure_every_activation_moves_half_the_pooled_outputs_change() -> None:
    # Goodfellow et al. (2016), fig. 9.8, the figure the deck's slide 17 describes: detector
    # row 0.1 1 0.2 0.1 (with the neighbours 0.3 on the left and 0 on the right), pooled with
    # width 3 and stride 1 into 1 1 1 0.2; shifted right by one, the pool reads 0.3 1 1 1.
    row = np.array([[0.3, 0.1, 1.0, 0.2, 0.1, 0.0]])
    result = compare_shift(row, 0, 1, window=(1, 3), stride=1)
    np.testing.assert_array_equal(result.after, [[0.0, 0.3, 0.1, 1.0, 0.2, 0.1]])
    np.testing.assert_array_equal(result.pooled_before, [[1.0, 1.0, 1.0, 0.2]])
    np.testing.assert_array_equal(result.pooled_after, [[0.3, 1.0, 1.0, 1.0]])
    assert (result.changed_count, result.total) == (6, 6)
    np.testing.assert_array_equal(result.pooled_changed, [[True, False, False, True]])
    assert (result.pooled_changed_count, result.pooled_total) == (2, 4)


def test_a_peak_that_stays_in_its_window_changes_nothing_pooled() -> None:
    # By hand: 9 moves from (0, 0) to (0, 1), still inside the top-left 2×2 window; 5 leaves
    # the grid at the right edge, so the top-right window's max drops from 5 to 0.
    x = np.zeros((4, 4))
    x[0, 0], x[1, 3] = 9, 5
    result = compare_shift(x, 0, 1, window=2)
    assert {tuple(c) for c in np.argwhere(result.changed)} == {(0, 0), (0, 1), (1, 3)}
    np.testing.assert_array_equal(result.pooled_before, [[9, 5], [0, 0]])
    np.testing.assert_array_equal(result.pooled_after, [[9, 0], [0, 0]])
    assert (result.pooled_changed_count, result.pooled_total) == (1, 4)


def test_overlapping_windows_with_a_stride_of_one() -> None:
    # 3×3 windows, stride 1, on a 4×4 map with one 7 at (1, 1) and zeros elsewhere: all four
    # windows contain (1, 1), so all pool to 7. Shifted down by one the 7 sits at (2, 1),
    # still in all four windows: nothing pooled changes, though two activations did.
    x = np.zeros((4, 4))
    x[1, 1] = 7
    result = compare_shift(x, 1, 0, window=3, stride=1)
    assert result.changed_count == 2
    np.testing.assert_array_equal(result.pooled_after, [[7, 7], [7, 7]])
    assert result.pooled_changed_count == 0


def test_a_window_larger_than_the_map_is_explained() -> None:
    with pytest.raises(ValueError, match="pooling window"):
        compare_shift(np.ones((2, 2)), 0, 1, window=3)


def record(name: str, kind: str, shape: tuple[int, ...]) -> SimpleNamespace:
    return SimpleNamespace(name=name, kind=kind, output=np.zeros(shape))


def test_the_first_block_ends_after_its_activation() -> None:
    layers = [record("rescale", "Rescaling", (28, 28, 1)), record("conv1", "Conv2D", (28, 28, 8)),
              record("conv1_norm", "BatchNormalization", (28, 28, 8)),
              record("conv1_relu", "Activation", (28, 28, 8)),
              record("conv2", "Conv2D", (26, 26, 8)), record("pool", "MaxPooling2D", (13, 13, 8))]
    assert first_feature_maps(layers).name == "conv1_relu"


def test_a_conv_with_its_own_relu_is_its_block_and_an_mlp_has_none() -> None:
    lecture = [record("conv1", "Conv2D", (26, 26, 32)), record("pool1", "MaxPooling2D",
                                                               (13, 13, 32))]
    assert first_feature_maps(lecture).name == "conv1"
    mlp = [record("flatten", "Flatten", (784,)), record("hidden", "Dense", (44,))]
    assert first_feature_maps(mlp) is None
