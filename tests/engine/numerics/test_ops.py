"""engine.numerics.ops against the deck's numbers, hand-computed values and TensorFlow itself."""

import math
import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.numerics import ops
from tests.engine.numerics.tf_reference import conv_cases, padding_specs, tf_padding

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import tensorflow as tf  # after the log level, which TF reads at import

# database=None: no .hypothesis folder in the work tree; deadline=None: TF's first call on a
# new shape can take a while, which is not what these tests measure.
FAST = settings(max_examples=150, deadline=None, database=None)

DECK_INPUT = [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
DECK_KERNEL = [[0, 1], [2, 3]]



def tf_conv(x: np.ndarray, kernel: np.ndarray, strides: tuple[int, int], padding: object
            ) -> np.ndarray:
    out = tf.nn.conv2d(tf.constant(x[None]), tf.constant(kernel), [1, *strides, 1],
                       tf_padding(padding))
    return out.numpy()[0]


def assert_close(actual: np.ndarray, expected: np.ndarray, scale: float) -> None:
    # Relative 1e-9; the absolute part only covers sums that cancel to almost zero.
    np.testing.assert_allclose(actual, expected, rtol=1e-9, atol=1e-12 * max(scale, 1.0))


def test_the_decks_worked_example() -> None:
    out = ops.conv2d(DECK_INPUT, DECK_KERNEL)
    np.testing.assert_array_equal(out, [[19, 25], [37, 43]])
    assert out.dtype == np.float64
    assert out[0, 0] == 0 * 0 + 1 * 1 + 3 * 2 + 4 * 3  # the slide's first frame


@FAST
@given(conv_cases())
def test_conv2d_matches_tensorflow(case: tuple) -> None:
    x, kernel, strides, padding = case
    expected = tf_conv(x, kernel, strides, padding)
    actual = ops.conv2d(x, kernel, stride=strides, padding=padding)
    assert actual.shape == expected.shape
    assert_close(actual, expected, np.abs(x).max() * np.abs(kernel).sum())


@settings(max_examples=25, deadline=None, database=None)
@given(st.integers(1, 3), st.integers(1, 3), padding_specs, st.integers(0, 2**32 - 1))
def test_single_channel_single_filter_path_matches_tensorflow(sh: int, sw: int, padding: object,
                                                               seed: int) -> None:
    # C = F = 1 takes the shift-and-add path instead of im2col: check it on its own.
    rng = np.random.default_rng(seed)
    x, kernel = rng.standard_normal((9, 8)), rng.standard_normal((3, 2))
    kernel[0, 0] = 0.0  # zero weights are skipped by that path
    expected = tf_conv(x[:, :, None], kernel[:, :, None, None], (sh, sw), padding)[:, :, 0]
    actual = ops.conv2d(x, kernel, stride=(sh, sw), padding=padding)
    assert_close(actual, expected, np.abs(x).max() * np.abs(kernel).sum())


def test_both_paths_agree() -> None:
    rng = np.random.default_rng(3)
    x, kernel = rng.standard_normal((7, 6, 1)), rng.standard_normal((3, 4, 1, 1))
    setup = ops.prepare_conv(x, kernel, (2, 1), "same")
    planes = ops.padded_planes(setup)
    args = (planes, setup.kernel, setup.strides, setup.out_hw)
    np.testing.assert_allclose(ops._conv_shift_add(*args), ops._conv_im2col(*args), rtol=1e-12)


def test_big_inputs_are_done_in_bands(monkeypatch: pytest.MonkeyPatch) -> None:
    # A tiny budget forces one or two output rows per band: the result must not change.
    rng = np.random.default_rng(8)
    x, kernel = rng.standard_normal((13, 11, 3)), rng.standard_normal((3, 2, 3, 4))
    whole = ops.conv2d(x, kernel, stride=(2, 1), padding="same")
    monkeypatch.setattr(ops, "_PATCH_BYTES", 2000)
    setup = ops.prepare_conv(x, kernel, (2, 1), "same")
    bands = list(ops.patch_bands(ops.padded_planes(setup), (3, 2), (2, 1), setup.out_hw))
    assert len(bands) > 3
    banded = ops.conv2d(x, kernel, stride=(2, 1), padding="same")
    np.testing.assert_allclose(banded, whole, rtol=1e-12)
    assert_close(banded, tf_conv(x, kernel, (2, 1), "same"), np.abs(kernel).sum() * 5)


def test_kernel_forms_without_filter_axis_give_one_map() -> None:
    rng = np.random.default_rng(4)
    gray, rgb = rng.random((6, 5)), rng.random((6, 5, 3))
    k2, k3 = rng.random((3, 3)), rng.random((3, 3, 3))
    full_gray = ops.conv2d(gray[:, :, None], k2[:, :, None, None])
    np.testing.assert_allclose(ops.conv2d(gray, k2), full_gray[:, :, 0])
    np.testing.assert_allclose(ops.conv2d(gray[:, :, None], k2), full_gray[:, :, 0])
    assert ops.conv2d(rgb, k3).shape == (4, 3)
    np.testing.assert_allclose(ops.conv2d(rgb, k3), ops.conv2d(rgb, k3[..., None])[:, :, 0])
    assert ops.conv2d(gray, k2[:, :, None, None]).shape == (4, 3, 1)


def test_bias_is_added_per_filter() -> None:
    rng = np.random.default_rng(5)
    x, kernel, bias = rng.random((5, 5, 2)), rng.random((3, 3, 2, 3)), np.array([1.0, -2, 0.5])
    expected = tf.nn.bias_add(tf_conv(x, kernel, (1, 1), "same")[None], bias).numpy()[0]
    np.testing.assert_allclose(ops.conv2d(x, kernel, bias, padding="same"), expected, rtol=1e-9)
    np.testing.assert_allclose(ops.conv2d(DECK_INPUT, DECK_KERNEL, bias=1), [[20, 26], [38, 44]])


@pytest.mark.parametrize(("n", "k", "stride", "expected"), [
    (5, 3, 1, (1, 1)), (5, 2, 1, (0, 1)), (5, 3, 2, (1, 1)), (6, 3, 2, (0, 1)),
    (4, 4, 1, (1, 2)), (2, 5, 1, (2, 2)), (7, 1, 3, (0, 0)),
])
def test_same_padding_splits_like_keras(n: int, k: int, stride: int, expected: tuple) -> None:
    assert ops.same_padding(n, k, stride) == expected
    before, after = expected
    assert ops.output_size(n + before + after, k, stride) == math.ceil(n / stride)


def test_output_size_formula() -> None:
    assert ops.output_size(3, 2) == 2  # the deck's 3×3 input, 2×2 kernel
    assert ops.output_size(5, 3, stride=2) == 2  # the backpropagation slides
    assert ops.output_size(28, 3, padding=1) == 28
    assert ops.output_size(7, 3, 2, "valid") == 3
    assert ops.output_size(7, 3, 2, "same") == 4
    assert ops.output_size(10, 4, 3, 1) == (10 + 2 - 4) // 3 + 1


def test_pad2d_shapes_and_values() -> None:
    x = np.ones((2, 3))
    assert ops.pad2d(x, 1).shape == (4, 5)
    assert ops.pad2d(x, (1, 0)).shape == (4, 3)
    padded = ops.pad2d(x, ((0, 1), (2, 0)), value=-1)
    assert padded.shape == (3, 5)
    np.testing.assert_array_equal(padded[:2, 2:], x)
    assert padded[2].tolist() == [-1] * 5 and padded[:, :2].tolist() == [[-1, -1]] * 3
    assert ops.pad2d(np.ones((2, 2, 3)), 1).shape == (4, 4, 3)  # channels are not padded


@st.composite
def pool_cases(draw: st.DrawFn) -> tuple:
    size = (draw(st.integers(1, 3)), draw(st.integers(1, 3)))
    stride = draw(st.one_of(st.none(), st.tuples(st.integers(1, 3), st.integers(1, 3))))
    shape = (draw(st.integers(size[0], 10)), draw(st.integers(size[1], 10)))
    channels = draw(st.integers(0, 4))  # 0: a 2-D input
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    x = rng.standard_normal(shape if channels == 0 else (*shape, channels))
    return x, size, stride


@FAST
@given(pool_cases())
def test_pooling_matches_tensorflow(case: tuple) -> None:
    x, size, stride = case
    x4 = tf.constant(x.reshape(1, *x.shape[:2], -1))
    strides = size if stride is None else stride
    for ours, theirs in ((ops.max_pool2d, tf.nn.max_pool2d), (ops.avg_pool2d, tf.nn.avg_pool2d)):
        expected = theirs(x4, size, strides, "VALID").numpy()[0].reshape(
            ours(x, size, stride).shape)
        np.testing.assert_allclose(ours(x, size, stride), expected, rtol=1e-9, atol=1e-12)


def test_max_pool_argmax_marks_the_winners() -> None:
    rng = np.random.default_rng(6)
    x = rng.standard_normal((7, 6, 3))
    where = ops.max_pool_argmax(x, 3, 2)
    assert where.shape == (3, 2, 3, 2) and np.issubdtype(where.dtype, np.integer)
    channel = np.arange(3)[None, None, :]
    np.testing.assert_array_equal(x[where[..., 0], where[..., 1], channel],
                                  ops.max_pool2d(x, 3, 2))
    # Each winner lies inside its own window.
    assert (where[..., 0] >= 2 * np.arange(3)[:, None, None]).all()
    assert (where[..., 0] < 2 * np.arange(3)[:, None, None] + 3).all()


def test_max_pool_argmax_ties_go_to_the_first_cell() -> None:
    x = np.array([[1, 5, 5, 0], [5, 2, 0, 0], [3, 3, 7, 7], [3, 3, 7, 7]])
    where = ops.max_pool_argmax(x)
    assert where.shape == (2, 2, 2)
    assert where.tolist() == [[[0, 1], [0, 2]], [[2, 0], [2, 2]]]


def test_relu() -> None:
    np.testing.assert_array_equal(ops.relu([[-2, 0], [0.5, 3]]), [[0, 0], [0.5, 3]])


def test_parameter_counts() -> None:
    assert ops.dense_params(784, 10) == 7850
    assert ops.dense_params(784, 784, bias=False) == 784**2  # the deck's n²
    assert ops.conv_params(3, 3, 1, 32) == 320
    assert ops.conv_params(3, 3, 32, 64, bias=False) == 18432  # d·l = 64 · (3·3·32)
    # 26×26 positions, each with its own 3·3·1·32 weights and 32 biases.
    assert ops.locally_connected_params(28, 28, 1, 3, 3, 32) == 26 * 26 * (9 * 32 + 32)
    assert ops.locally_connected_params(28, 28, 1, 3, 3, 32, stride=2, padding="same",
                                        bias=False) == 14 * 14 * 9 * 32
    assert all(isinstance(n, int) for n in (ops.dense_params(2, 3), ops.conv_params(1, 1, 1, 1)))


def test_parameter_counts_match_keras() -> None:
    import keras  # the reference: a dependency of the app, never skipped
    dense = keras.layers.Dense(10)
    dense.build((None, 784))
    conv = keras.layers.Conv2D(64, (3, 5))
    conv.build((None, 26, 26, 32))
    assert dense.count_params() == ops.dense_params(784, 10)
    assert conv.count_params() == ops.conv_params(3, 5, 32, 64)


BAD_CALLS = [
    (lambda: ops.conv2d(np.ones((3, 3)), np.ones((5, 5))), "larger than the padded input"),
    (lambda: ops.conv2d(np.ones((3, 3)), np.ones((2, 2)), stride=0), "at least 1"),
    (lambda: ops.conv2d(np.ones((3, 3)), np.ones((2, 2)), stride=1.5), "whole number"),
    (lambda: ops.conv2d(np.ones((3, 3)), np.ones((2, 2)), padding=-1), "padding"),
    (lambda: ops.conv2d(np.ones((3, 3)), np.ones((2, 2)), padding="full"), "same"),
    (lambda: ops.conv2d(np.ones((3, 3, 3)), np.ones((2, 2, 2))), "channel"),
    (lambda: ops.conv2d(np.ones((3, 3, 3)), np.ones((2, 2))), "channel"),
    (lambda: ops.conv2d([[1, np.nan], [0, 1]], np.ones((1, 1))), "NaN"),
    (lambda: ops.conv2d(np.ones((3, 3)), [[np.inf]]), "infinite"),
    (lambda: ops.conv2d(np.ones(3), np.ones((1, 1))), "2-D or 3-D"),
    (lambda: ops.conv2d(np.ones((3, 3)), [["1", "x"]]), "numbers"),
    (lambda: ops.conv2d(np.ones((3, 3, 2)), np.ones((2, 2, 2, 3)), bias=[1, 2]), "bias"),
    (lambda: ops.output_size(3, 5), "larger"),
    (lambda: ops.output_size(3, 2, stride=0), "stride"),
    (lambda: ops.pad2d(np.ones((2, 2)), "same"), "same_padding"),
    (lambda: ops.max_pool2d(np.ones((2, 2)), 3), "pooling window"),
    (lambda: ops.conv_params(3, 0, 1, 1), "kernel width"),
]


@pytest.mark.parametrize(("call", "words"), BAD_CALLS)
def test_bad_arguments_are_explained(call: object, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        call()
