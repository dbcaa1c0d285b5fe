"""The kernel editor's engine: grey input, filtered response, colour levels, kernel windows.

Checked against TensorFlow's own ops (rgb_to_grayscale, conv2d, relu, gradients) and the
deck's hand-worked numbers, never against the engine itself.
"""

import re

import numpy as np
import pytest
import tensorflow as tf

from engine.datasets.samples import load_sample_photo
from engine.lessons.filtering import filter_image, grey_image, symmetric_levels
from engine.numerics.kernels import get_preset
from engine.numerics.receptive import Region, window_region

VERTICAL = get_preset("vertical_edges").kernel
HORIZONTAL = get_preset("horizontal_edges").kernel


def tf_filter(grey: np.ndarray, kernel: np.ndarray, stride: int, padding: str,
              relu: bool = False) -> np.ndarray:
    x = tf.constant(grey[None, :, :, None], tf.float64)
    k = tf.constant(kernel[:, :, None, None], tf.float64)
    out = tf.nn.conv2d(x, k, stride, padding)
    return (tf.nn.relu(out) if relu else out).numpy()[0, :, :, 0]


def test_colour_becomes_the_same_grey_as_tensorflows() -> None:
    photo = load_sample_photo("astronaut")
    expected = tf.image.rgb_to_grayscale(tf.constant(photo, tf.float32) / 255.0).numpy()
    # TensorFlow writes the red weight as 0.2989 instead of 0.299: at most 1e-4 apart.
    np.testing.assert_allclose(grey_image(photo), expected[:, :, 0], atol=1.5e-4)


def test_grey_uint8_float_and_single_channel_forms() -> None:
    pixels = np.array([[0, 51], [204, 255]], np.uint8)
    np.testing.assert_allclose(grey_image(pixels), [[0.0, 0.2], [0.8, 1.0]])
    np.testing.assert_allclose(grey_image(pixels[:, :, None]), [[0.0, 0.2], [0.8, 1.0]])
    np.testing.assert_allclose(grey_image(np.array([[0.25, 1.0]])), [[0.25, 1.0]])
    assert grey_image(np.array([[True, False]])).tolist() == [[1.0, 0.0]]


def test_transparent_pixels_show_a_white_background() -> None:
    rgba = np.zeros((1, 2, 4), np.uint8)  # black pixels, the first one fully transparent
    rgba[0, 1, 3] = 255
    np.testing.assert_allclose(grey_image(rgba), [[1.0, 0.0]])


def test_big_pictures_are_shrunk_by_averaging_areas() -> None:
    rng = np.random.default_rng(1)
    blocks = rng.random((300, 500))
    big = np.repeat(np.repeat(blocks, 4, axis=0), 4, axis=1)  # 1200×2000, 4×4 equal pixels
    small = grey_image(big, max_side=500)
    assert small.shape == (300, 500)  # the longer side is 500, the aspect kept
    np.testing.assert_allclose(small, blocks, atol=1e-9)
    assert grey_image(blocks, max_side=1024).shape == (300, 500)  # small ones stay as they are


@pytest.mark.parametrize("image, words", [
    (np.zeros((2, 2), np.int32), "uint8"),
    (np.full((2, 2), 3.0), "[0, 1]"),
    (np.array([[np.nan]]), "NaN"),
    (np.zeros((2, 2, 2)), "(H, W, 3)"),
    (np.zeros((0, 4)), "empty"),
])
def test_pictures_that_are_not_pictures_are_explained(image: np.ndarray, words: str) -> None:
    with pytest.raises(ValueError, match=re.escape(words)):
        grey_image(image)


def test_the_decks_vertical_edge_kernel_on_a_step() -> None:
    # Dark left half, bright right half: the edge lies between columns 31 and 32.
    step = np.zeros((64, 64))
    step[:, 32:] = 1.0
    response = filter_image(step, VERTICAL)
    assert response.shape == (62, 62)
    # Column j reads input columns j..j+2: 1·0 + 0·x − 1·1 per row, three rows → −3.
    expected = np.zeros((62, 62))
    expected[:, 30:32] = -3.0
    np.testing.assert_array_equal(response, expected)
    np.testing.assert_array_equal(filter_image(step, VERTICAL, relu=True), np.zeros((62, 62)))
    np.testing.assert_array_equal(filter_image(step[:, ::-1], VERTICAL, relu=True), -expected)


@pytest.mark.parametrize("kernel, stride, padding, relu", [
    (VERTICAL, 1, "valid", False),
    (VERTICAL, 2, "same", True),
    (HORIZONTAL, 3, "same", False),
    (get_preset("gaussian_blur_5").kernel, 2, "valid", True),
])
def test_a_sample_photo_is_filtered_as_tensorflow_filters_it(
    kernel: np.ndarray, stride: int, padding: str, relu: bool
) -> None:
    grey = grey_image(load_sample_photo("camera"))
    ours = filter_image(grey, kernel, stride, padding, relu)
    np.testing.assert_allclose(ours, tf_filter(grey, kernel, stride, padding.upper(), relu),
                               atol=1e-12)


def test_symmetric_levels_put_zero_in_the_middle() -> None:
    assert symmetric_levels([[-3.0, 1.0], [2.0, 0.5]]) == (-3.0, 3.0)
    assert symmetric_levels([0.0, 2.5]) == (-2.5, 2.5)
    assert symmetric_levels(np.zeros((4, 4))) == (-1.0, 1.0)
    assert symmetric_levels([np.nan, -np.inf, -0.5]) == (-0.5, 0.5)


def test_kernel_windows_of_the_decks_backpropagation_slide() -> None:
    # 5×5 input a1…a25, 3×3 kernel, stride 2: z2 reads a3, a4, a5, a8, …, a15 (rows 0–2,
    # columns 2–4) and z4 reads a13 … a25 (rows 2–4, columns 2–4).
    assert window_region(0, 1, (3, 3), (2, 2)) == Region(0, 2, 3, 5)
    assert window_region(1, 1, (3, 3), (2, 2)) == Region(2, 2, 5, 5)


@pytest.mark.parametrize("out_row, out_col", [(0, 0), (3, 5), (7, 7)])
def test_kernel_windows_are_where_tensorflows_gradient_is_not_zero(out_row: int,
                                                                   out_col: int) -> None:
    # 'same' padding with stride 2 on 15×15 pads (1, 1): the corner windows reach the zeros.
    kernel = np.arange(1.0, 10.0).reshape(3, 3)  # no zero weight: every covered pixel counts
    x = tf.Variable(np.random.default_rng(2).random((1, 15, 15, 1)))
    with tf.GradientTape() as tape:
        out = tf.nn.conv2d(x, tf.constant(kernel[:, :, None, None]), 2, "SAME")
        cell = out[0, out_row, out_col, 0]
    touched = np.argwhere(tape.gradient(cell, x).numpy()[0, :, :, 0] != 0)
    region = window_region(out_row, out_col, (3, 3), (2, 2), (1, 1)).clipped(15, 15)
    rows, cols = touched[:, 0], touched[:, 1]
    assert Region(rows.min(), cols.min(), rows.max() + 1, cols.max() + 1) == region
