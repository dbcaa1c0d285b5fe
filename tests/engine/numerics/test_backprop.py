"""engine.numerics.backprop against TensorFlow's GradientTape, finite differences and the deck's
sums."""

import os

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from engine.numerics import backprop, ops
from tests.engine.numerics.tf_reference import conv_cases, kernel_fits, padding_specs, tf_padding

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import tensorflow as tf  # after the log level, which TF reads at import

# The deck's slides 19–24 in its own 1-based names: ∂L/∂w_i = Σ a_input · ∂L/∂z_output.
DECK_WEIGHT_TERMS = {
    1: [(1, 1), (3, 2), (11, 3), (13, 4)],
    2: [(2, 1), (4, 2), (12, 3), (14, 4)],
    3: [(3, 1), (5, 2), (13, 3), (15, 4)],
    4: [(6, 1), (8, 2), (16, 3), (18, 4)],
    5: [(7, 1), (9, 2), (17, 3), (19, 4)],
    6: [(8, 1), (10, 2), (18, 3), (20, 4)],
    7: [(11, 1), (13, 2), (21, 3), (23, 4)],
    8: [(12, 1), (14, 2), (22, 3), (24, 4)],
    9: [(13, 1), (15, 2), (23, 3), (25, 4)],
}
# z_j = Σ w_i · a_input: the input under w1 … w9 for each output (slide "z1 = w1·a1 + …").
DECK_OUTPUT_INPUTS = {
    1: [1, 2, 3, 6, 7, 8, 11, 12, 13],
    2: [3, 4, 5, 8, 9, 10, 13, 14, 15],
    3: [11, 12, 13, 16, 17, 18, 21, 22, 23],
    4: [13, 14, 15, 18, 19, 20, 23, 24, 25],
}


@st.composite
def backward_cases(draw: st.DrawFn) -> tuple:
    """A convolution conv2d accepts, plus a random ∂L/∂z of its output's shape."""
    x, kernel, strides, padding = draw(conv_cases(max_kernel=4, max_side=9))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    out_shape = ops.conv2d(x, kernel, stride=strides, padding=padding).shape
    return x, kernel, rng.standard_normal(out_shape), strides, padding


@settings(max_examples=120, deadline=None, database=None)
@given(backward_cases())
def test_gradients_match_tensorflow(case: tuple) -> None:
    x, kernel, grad_out, strides, padding = case
    x_tf, k_tf = tf.constant(x[None]), tf.constant(kernel)
    with tf.GradientTape() as tape:
        tape.watch([x_tf, k_tf])
        z = tf.nn.conv2d(x_tf, k_tf, [1, *strides, 1], tf_padding(padding))
        loss = tf.reduce_sum(z * grad_out[None])  # so that ∂L/∂z == grad_out
    expected_x, expected_k = tape.gradient(loss, [x_tf, k_tf])
    grad_x, grad_k, grad_b = backprop.conv2d_backward(x, kernel, grad_out, strides, padding)
    scale = max(np.abs(grad_out).sum() * max(np.abs(x).max(), np.abs(kernel).max()), 1.0)
    np.testing.assert_allclose(grad_x, expected_x.numpy()[0], rtol=1e-9, atol=1e-12 * scale)
    np.testing.assert_allclose(grad_k, expected_k.numpy(), rtol=1e-9, atol=1e-12 * scale)
    np.testing.assert_allclose(grad_b, grad_out.sum(axis=(0, 1)), rtol=1e-12)


@pytest.mark.parametrize(("x_shape", "k_shape", "stride", "padding"), [
    ((5, 5), (3, 3), 2, 0),  # the deck's backpropagation example
    ((4, 5), (2, 3), (1, 2), "same"),
    ((4, 4, 2), (3, 3, 2), 1, 1),
    ((3, 4, 2), (2, 2, 2, 3), (2, 1), ((0, 1), (1, 0))),
])
def test_gradients_match_central_differences(x_shape: tuple, k_shape: tuple, stride: object,
                                             padding: object) -> None:
    rng = np.random.default_rng(7)
    x, kernel = rng.standard_normal(x_shape), rng.standard_normal(k_shape)
    grad_out = rng.standard_normal(ops.conv2d(x, kernel, stride=stride, padding=padding).shape)

    def loss(a: np.ndarray, w: np.ndarray) -> float:
        return float((ops.conv2d(a, w, stride=stride, padding=padding) * grad_out).sum())

    def numeric(array: np.ndarray, at_x: bool) -> np.ndarray:
        grad, step = np.zeros_like(array), 1e-6
        for index in np.ndindex(array.shape):  # a test may loop: it is the slow reference
            plus, minus = array.copy(), array.copy()
            plus[index] += step
            minus[index] -= step
            up = loss(plus, kernel) if at_x else loss(x, plus)
            down = loss(minus, kernel) if at_x else loss(x, minus)
            grad[index] = (up - down) / (2 * step)
        return grad

    grad_x, grad_k, grad_b = backprop.conv2d_backward(x, kernel, grad_out, stride, padding)
    assert grad_x.shape == x.shape and grad_k.shape == kernel.shape
    np.testing.assert_allclose(grad_x, numeric(x, True), rtol=1e-6, atol=1e-8)
    np.testing.assert_allclose(grad_k, numeric(kernel, False), rtol=1e-6, atol=1e-8)
    if len(k_shape) < 4:
        assert isinstance(grad_b, float)
        assert grad_b == pytest.approx(grad_out.sum())
    else:
        assert grad_b.shape == (k_shape[3],)


def test_banded_kernel_gradient_is_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(9)
    x, kernel = rng.standard_normal((12, 9, 2)), rng.standard_normal((3, 3, 2, 3))
    grad_out = rng.standard_normal(ops.conv2d(x, kernel, padding=1).shape)
    whole = backprop.conv2d_backward(x, kernel, grad_out, padding=1)
    monkeypatch.setattr(ops, "_PATCH_BYTES", 1000)  # about one output row per band
    banded = backprop.conv2d_backward(x, kernel, grad_out, padding=1)
    for ours, reference in zip(banded, whole, strict=True):
        np.testing.assert_allclose(ours, reference, rtol=1e-12)


def test_weight_gradient_terms_reproduce_the_deck() -> None:
    terms = backprop.weight_gradient_terms((5, 5), (3, 3), stride=2)
    expected = [[(a - 1, z - 1) for a, z in DECK_WEIGHT_TERMS[i]] for i in range(1, 10)]
    assert terms == expected
    assert terms[0] == [(0, 0), (2, 1), (10, 2), (12, 3)]


def test_output_input_terms_reproduce_the_deck() -> None:
    terms = backprop.output_input_terms((5, 5), (3, 3), stride=2)
    expected = [[(w, a - 1) for w, a in enumerate(DECK_OUTPUT_INPUTS[j])] for j in range(1, 5)]
    assert terms == expected


def test_terms_leave_out_the_padding() -> None:
    # 3×3 input, 3×3 kernel, padding 1 → 3×3 output. w1 (top-left) only lands on real input
    # for the outputs z5, z6, z8, z9, which see a1, a2, a4, a5.
    terms = backprop.weight_gradient_terms((3, 3), (3, 3), padding=1)
    assert terms[0] == [(0, 4), (1, 5), (3, 7), (4, 8)]
    assert len(terms[4]) == 9  # the centre weight meets every input
    assert backprop.output_input_terms((3, 3), (3, 3), padding=1)[0] == [
        (4, 0), (5, 1), (7, 3), (8, 4)]


@settings(max_examples=60, deadline=None, database=None)
@given(st.integers(1, 7), st.integers(1, 7), st.integers(1, 3), st.integers(1, 3),
       st.integers(1, 3), padding_specs, st.integers(0, 2**32 - 1))
def test_terms_with_numbers_equal_the_gradient(h: int, w: int, kh: int, kw: int, stride: int,
                                               padding: object, seed: int) -> None:
    assume(kernel_fits(h, w, kh, kw, padding))
    rng = np.random.default_rng(seed)
    a, weights = rng.standard_normal((h, w)), rng.standard_normal((kh, kw))
    z = ops.conv2d(a, weights, stride=stride, padding=padding)
    grad_out = rng.standard_normal(z.shape)
    _, grad_k, _ = backprop.conv2d_backward(a, weights, grad_out, stride, padding)

    by_weight = backprop.weight_gradient_terms((h, w), (kh, kw), stride, padding)
    sums = [sum(a.flat[i] * grad_out.flat[j] for i, j in pairs) for pairs in by_weight]
    np.testing.assert_allclose(sums, grad_k.ravel(), rtol=1e-9, atol=1e-12)
    by_output = backprop.output_input_terms((h, w), (kh, kw), stride, padding)
    forward = [sum(weights.flat[k] * a.flat[i] for k, i in pairs) for pairs in by_output]
    np.testing.assert_allclose(forward, z.ravel(), rtol=1e-9, atol=1e-12)


def test_sgd_step_is_the_decks_update() -> None:
    w = np.array([[1.0, 2.0], [3.0, 4.0]])
    grad = np.array([[0.5, -1.0], [0.0, 2.0]])
    new = backprop.sgd_step(w, grad, 0.1)
    np.testing.assert_allclose(new, [[0.95, 2.1], [3.0, 3.8]])
    assert w.tolist() == [[1.0, 2.0], [3.0, 4.0]]  # the old kernel is kept for display
    assert new is not w


@pytest.mark.parametrize(("call", "words"), [
    (lambda: backprop.sgd_step(np.ones((2, 2)), np.ones(3), 0.1), "one ∂L/∂w per weight"),
    (lambda: backprop.sgd_step(np.ones(2), np.ones(2), -0.1), "learning rate"),
    (lambda: backprop.conv2d_backward(np.ones((3, 3)), np.ones((2, 2)), np.ones((3, 3))),
     "output gradient"),
    (lambda: backprop.weight_gradient_terms((5, 5, 1), (3, 3)), "rows, columns"),
    (lambda: backprop.weight_gradient_terms((2, 2), (3, 3)), "larger"),
])
def test_bad_arguments_are_explained(call: object, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        call()
