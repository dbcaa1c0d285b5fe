"""engine.lessons.conv_channels: a cell's channel sums against TensorFlow, windows by hand."""

import os

import numpy as np
import pytest

from engine.lessons.conv_channels import cell_breakdown, window_region
from engine.numerics.receptive import Region

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import tensorflow as tf  # after the log level, which TF reads at import


def tf_conv(x: np.ndarray, kernel: np.ndarray, stride: int, padding: int) -> np.ndarray:
    pads = [[0, 0], [padding, padding], [padding, padding], [0, 0]]
    return tf.nn.conv2d(x[None], kernel, [1, stride, stride, 1], pads).numpy()[0]


def test_window_region_by_hand() -> None:
    # Stride 2, one zero of padding: output (1, 2) starts at padded (2, 4) = image (1, 3).
    assert window_region(1, 2, (3, 3), (2, 2), (1, 1)) == Region(1, 3, 4, 6)
    # The first cell reaches into the padding above and to the left.
    assert window_region(0, 0, (3, 3), (1, 1), (1, 1)) == Region(-1, -1, 2, 2)


@pytest.mark.parametrize(("stride", "padding"), [(1, 0), (1, 1), (2, 1), (3, 2)])
def test_channel_sums_match_tensorflow_channel_by_channel(stride: int, padding: int) -> None:
    rng = np.random.default_rng(stride * 10 + padding)
    x = rng.integers(0, 256, (9, 8, 3)).astype(np.float64)
    kernel = rng.normal(size=(3, 3, 3, 4))
    bias = np.array([0.5, -2.0, 0.0, 7.0])
    whole = tf_conv(x, kernel, stride, padding)
    cells = [(0, 0), (whole.shape[0] - 1, whole.shape[1] - 1), (1, 1)]
    for filter_index in range(4):
        # Each channel's sum is that channel convolved alone with its slice of the filter.
        f = slice(filter_index, filter_index + 1)
        per_channel = [tf_conv(x[:, :, c : c + 1], kernel[:, :, c : c + 1, f], stride,
                               padding)[:, :, 0] for c in range(3)]
        for row, col in cells:
            cell = cell_breakdown(x, kernel, bias, stride, padding, filter_index, row, col)
            expected_sums = [plane[row, col] for plane in per_channel]
            np.testing.assert_allclose(cell.channel_sums, expected_sums, rtol=1e-9, atol=1e-9)
            assert cell.bias == bias[filter_index]
            assert cell.value == pytest.approx(whole[row, col, filter_index] + bias[filter_index])
            np.testing.assert_allclose(cell.products().sum(axis=(0, 1)), cell.channel_sums)


def test_padding_reads_zeros_and_the_window_is_the_input() -> None:
    x = np.arange(2 * 3 * 3, dtype=np.float64).reshape(2, 3, 3)
    kernel = np.ones((3, 3, 3, 1))
    cell = cell_breakdown(x, kernel, None, 1, 1, 0, 0, 0)
    assert cell.region == Region(-1, -1, 2, 2)
    np.testing.assert_array_equal(cell.window[0], 0)  # the padding row above
    np.testing.assert_array_equal(cell.window[1:, 1:], x[:2, :2])
    assert cell.channel_sums == tuple(float(x[:2, :2, c].sum()) for c in range(3))


def test_cells_outside_the_output_are_refused() -> None:
    x = np.zeros((5, 5, 3))
    kernel = np.zeros((3, 3, 3, 2))
    with pytest.raises(IndexError, match="outside"):
        cell_breakdown(x, kernel, None, 1, 0, 0, 3, 0)
    with pytest.raises(IndexError, match="Filter 2"):
        cell_breakdown(x, kernel, None, 1, 0, 2, 0, 0)
