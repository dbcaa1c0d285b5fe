"""engine.lessons.backprop_walkthrough against a hand-worked example, TensorFlow and finite
differences."""

import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.lessons import backprop_walkthrough as bw

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import tensorflow as tf  # after the log level, which TF reads at import

# The lesson's example, worked by hand (row-major: a1 … a25, w1 … w9, z1 … z4).
A = np.array([[1, 0, 2, 1, 0],
              [0, 1, 3, 1, 2],
              [2, 1, 0, 1, 1],
              [1, 3, 1, 0, 2],
              [0, 2, 1, 2, 1]], dtype=float)
W = np.array([[1, 0, 1], [0, 2, 0], [1, 0, 1]], dtype=float)
T = np.array([[5, 7], [7, 7]], dtype=float)
# z1 = a1 + a3 + 2·a7 + a11 + a13 = 1 + 2 + 2 + 2 + 0 = 7, and so on.
HAND_Z = np.array([[7, 5], [9, 3]], dtype=float)
HAND_LOSS = (2**2 + 2**2 + 2**2 + 4**2) / 4  # = 7
HAND_GRAD_Z = np.array([[1, -1], [1, -2]], dtype=float)  # 2(z − t)/4


def a(n: int) -> float:
    """The deck's a_n (1-based)."""
    return A.ravel()[n - 1]


def hand_grad_w() -> np.ndarray:
    """The slide's nine sums, ∂L/∂w_i = a·∂L/∂z1 + a·∂L/∂z2 + a·∂L/∂z3 + a·∂L/∂z4."""
    g1, g2, g3, g4 = HAND_GRAD_Z.ravel()
    firsts = [1, 2, 3, 6, 7, 8, 11, 12, 13]  # the input under w_i at z1; then +2, +10, +12
    return np.array([a(n) * g1 + a(n + 2) * g2 + a(n + 10) * g3 + a(n + 12) * g4
                     for n in firsts]).reshape(3, 3)


def test_the_pass_matches_the_hand_worked_example() -> None:
    step = bw.backprop_pass(A, W, T)
    assert np.array_equal(step.z, HAND_Z)
    assert step.loss == HAND_LOSS == 7
    assert np.array_equal(step.grad_z, HAND_GRAD_Z)
    assert np.array_equal(step.grad_w, hand_grad_w())


def test_symbols_are_the_decks_names() -> None:
    assert bw.symbol("a", 0) == "a₁" and bw.symbol("a", 24) == "a₂₅" and bw.symbol("w", 8) == "w₉"


def test_formulas_are_written_as_on_the_slides() -> None:
    step = bw.backprop_pass(A, W, T)
    z1_symbols, z1_numbers = bw.output_formulas(step)[0]
    assert z1_symbols == "z₁ = w₁a₁ + w₂a₂ + w₃a₃ + w₄a₆ + w₅a₇ + w₆a₈ + w₇a₁₁ + w₈a₁₂ + w₉a₁₃"
    assert z1_numbers == "= 1·1 + 0·0 + 1·2 + 0·0 + 2·1 + 0·3 + 1·2 + 0·1 + 1·0 = 7"
    assert bw.output_formulas(step)[3][0].endswith("w₉a₂₅")
    assert bw.loss_formula(step)[1] == "= (1/4)·[(7 − 5)² + (5 − 7)² + (9 − 7)² + (3 − 7)²] = 7"
    assert bw.output_gradient_formulas(step)[1] == "∂L/∂z₂ = 2(z₂ − t₂)/4 = 2(5 − 7)/4 = −1"
    assert bw.weight_gradient_formula(step, 0) == (
        "∂L/∂w₁ = a₁·∂L/∂z₁ + a₃·∂L/∂z₂ + a₁₁·∂L/∂z₃ + a₁₃·∂L/∂z₄",
        "= 1·1 + 2·(−1) + 2·1 + 0·(−2) = 1")
    assert bw.weight_gradient_formula(step, 8)[0] == (
        "∂L/∂w₉ = a₁₃·∂L/∂z₁ + a₁₅·∂L/∂z₂ + a₂₃·∂L/∂z₃ + a₂₅·∂L/∂z₄")
    # w₄ = 0 and ∂L/∂w₄ = a6 − a8 + a16 − 2·a18 = 0 − 3 + 1 − 2 = −4.
    assert bw.update_formula(step, 3, 0.05) == "w₄* = w₄ − α·∂L/∂w₄ = 0 − 0.05·(−4) = 0.2"


def test_negative_targets_and_other_number_formats() -> None:
    step = bw.backprop_pass(A, W, np.array([[-1, 7], [7, 7]]))
    assert bw.output_gradient_formulas(step)[0] == "∂L/∂z₁ = 2(z₁ − t₁)/4 = 2(7 − (−1))/4 = 4"
    comma = bw.update_formula(step, 0, 0.05, number=lambda v: f"{v:g}".replace(".", ","))
    # ∂L/∂w₁ = a1·4 + a3·(−1) + a11·1 + a13·(−2) = 4 − 2 + 2 + 0 = 4 → w₁* = 1 − 0.05·4 = 0.8.
    assert comma == "w₁* = w₁ − α·∂L/∂w₁ = 1 − 0,05·4 = 0,8"


def test_mse_matches_keras_and_refuses_a_wrong_target_shape() -> None:
    rng = np.random.default_rng(3)
    z, t = rng.standard_normal((2, 2)), rng.standard_normal((2, 2))
    keras_mse = tf.keras.losses.MeanSquaredError()(t.reshape(1, -1), z.reshape(1, -1))
    assert bw.mse_loss(z, t) == pytest.approx(float(keras_mse), rel=1e-6)
    with pytest.raises(ValueError, match="one target value per output"):
        bw.mse_gradient(z, np.zeros((3, 3)))


@settings(max_examples=25, deadline=None, database=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 3))
def test_pass_gradients_match_a_gradient_tape(seed: int, stride: int) -> None:
    rng = np.random.default_rng(seed)
    x, kernel = rng.standard_normal((5, 5)), rng.standard_normal((3, 3))
    out = (5 - 3) // stride + 1
    target = rng.standard_normal((out, out))
    step = bw.backprop_pass(x, kernel, target, stride)
    w = tf.Variable(kernel[:, :, None, None])
    with tf.GradientTape() as tape:
        z = tf.nn.conv2d(x[None, :, :, None], w, strides=stride, padding="VALID")[0, :, :, 0]
        loss = tf.reduce_mean((z - target) ** 2)
    assert step.loss == pytest.approx(float(loss), rel=1e-9)
    assert np.allclose(step.grad_w, tape.gradient(loss, w).numpy()[:, :, 0, 0], atol=1e-9)


def _numpy_loss(x: np.ndarray, kernel: np.ndarray, target: np.ndarray) -> float:
    """The loss with plain loops, stride 2, valid padding: nothing from the engine."""
    z = np.array([[np.sum(x[2 * r : 2 * r + 3, 2 * c : 2 * c + 3] * kernel) for c in range(2)]
                  for r in range(2)])
    return float(np.mean((z - target) ** 2))


def test_tensorflow_gradients_match_finite_differences() -> None:
    rng = np.random.default_rng(11)
    x, kernel, target = (rng.standard_normal((5, 5)), rng.standard_normal((3, 3)),
                         rng.standard_normal((2, 2)))
    loss, grad_z, grad_w = bw.tensorflow_gradients(x, kernel, target)
    assert loss == pytest.approx(_numpy_loss(x, kernel, target), rel=1e-12)
    assert grad_z.shape == (2, 2) and grad_w.shape == (3, 3)
    eps = 1e-6
    numeric = np.zeros((3, 3))
    for index in np.ndindex(3, 3):
        bump = np.zeros((3, 3))
        bump[index] = eps
        numeric[index] = (_numpy_loss(x, kernel + bump, target)
                          - _numpy_loss(x, kernel - bump, target)) / (2 * eps)
    assert np.allclose(grad_w, numeric, atol=1e-6)


def test_compare_gradients_tolerates_rounding_only() -> None:
    reference = np.array([[1.0, -2.0], [0.0, 4.0]])
    close = bw.compare_gradients(reference + 1e-12, reference)
    assert close.agree and close.largest_difference == pytest.approx(1e-12)
    far = bw.compare_gradients(reference + np.array([[0, 0], [0, 1e-3]]), reference)
    assert not far.agree and far.largest_difference == pytest.approx(1e-3)
    assert bw.compare_gradients(np.zeros(4), np.zeros(4)).agree
    assert not bw.compare_gradients(np.full(4, 1e-9), np.zeros(4)).agree
    with pytest.raises(ValueError):
        bw.compare_gradients(np.zeros(4), np.zeros(9))
