"""The deck's backpropagation example (slides 19–24) worked out and written out with numbers.

The setting: a 5×5 input a1…a25, a 3×3 kernel w1…w9, stride 2, a 2×2 output z1…z4, and a
mean-squared-error loss against a 2×2 target t:

    L = (1/4)·Σ (z_i − t_i)²,   ∂L/∂z_i = 2(z_i − t_i)/4,
    ∂L/∂w_j = Σ a_(under w_j at z_i) · ∂L/∂z_i,   w_j* = w_j − α·∂L/∂w_j.

The gradients themselves come from ``engine.numerics.backprop`` (conv2d_backward, sgd_step, the
"which input meets which output gradient" tables); this module adds the loss and writes each
sum as the slides do (``∂L/∂w1 = a1·∂L/∂z1 + a3·∂L/∂z2 + …``), so the GUI only lays text out.
Numbers are formatted by a callable the caller may replace (the GUI passes one that writes the
decimal comma in Portuguese). ``tensorflow_gradients`` asks ``tf.GradientTape`` the same
question independently, for the lesson's "check with TensorFlow" button.
"""

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from engine.lessons.walkthrough import MINUS, format_number
from engine.numerics import backprop, ops
from engine.tensorflow_runtime import require_tensorflow

NumberFormat = Callable[[float], str]
DECK_STRIDE = 2
_SUBSCRIPT_DIGITS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def symbol(letter: str, index: int) -> str:
    """The deck's name of a cell from its 0-based row-major index: ``symbol("a", 12)`` → a₁₃."""
    return letter + str(index + 1).translate(_SUBSCRIPT_DIGITS)


def _factor(value: float, number: NumberFormat) -> str:
    """A number inside a product or after a minus: negatives in parentheses, ``2·(−1)``."""
    text = number(value)
    return f"({text})" if text.startswith((MINUS, "-")) else text


def mse_loss(z: np.ndarray, target: np.ndarray) -> float:
    """Mean squared error, the loss of the lesson: the mean of (z − t)² over the outputs."""
    z, target = np.asarray(z, dtype=np.float64), np.asarray(target, dtype=np.float64)
    if z.shape != target.shape:
        raise ValueError(f"The target has shape {target.shape} but the output has {z.shape}: "
                         "give one target value per output cell.")
    return float(np.mean((z - target) ** 2))


def mse_gradient(z: np.ndarray, target: np.ndarray) -> np.ndarray:
    """∂L/∂z of the mean squared error: 2(z − t)/n, n = number of outputs (4 in the deck)."""
    z, target = np.asarray(z, dtype=np.float64), np.asarray(target, dtype=np.float64)
    mse_loss(z, target)  # the same shape check, with the same message
    return 2.0 * (z - target) / z.size


@dataclass(frozen=True)
class BackpropPass:
    """One forward and backward pass of the example, everything the lesson shows."""

    x: np.ndarray  # input a, (H, W)
    kernel: np.ndarray  # weights w, (kh, kw)
    target: np.ndarray  # t, shaped like z
    stride: int
    z: np.ndarray  # conv2d(a, w), no bias
    loss: float
    grad_z: np.ndarray  # ∂L/∂z
    grad_w: np.ndarray  # ∂L/∂w, shaped like the kernel


def backprop_pass(x: np.ndarray, kernel: np.ndarray, target: np.ndarray,
                  stride: int = DECK_STRIDE) -> BackpropPass:
    """Forward (z, L) and backward (∂L/∂z, ∂L/∂w) for a single-channel convolution, no bias."""
    x = np.array(x, dtype=np.float64)
    kernel = np.array(kernel, dtype=np.float64)
    target = np.array(target, dtype=np.float64)
    z = ops.conv2d(x, kernel, stride=stride)
    grad_z = mse_gradient(z, target)
    _, grad_w, _ = backprop.conv2d_backward(x, kernel, grad_z, stride=stride)
    return BackpropPass(x, kernel, target, stride, z, mse_loss(z, target), grad_z, grad_w)


def output_formulas(step: BackpropPass, number: NumberFormat = format_number
                    ) -> list[tuple[str, str]]:
    """Per output z_i: its sum in symbols (``z₁ = w₁a₁ + w₂a₂ + …``) and with numbers."""
    terms = backprop.output_input_terms(step.x.shape, step.kernel.shape, step.stride)
    a, w = step.x.ravel(), step.kernel.ravel()
    formulas = []
    for out, pairs in enumerate(terms):
        symbols = " + ".join(f"{symbol('w', wi)}{symbol('a', ai)}" for wi, ai in pairs)
        numbers = " + ".join(f"{_factor(w[wi], number)}·{_factor(a[ai], number)}"
                             for wi, ai in pairs)
        value = number(step.z.ravel()[out])
        formulas.append((f"{symbol('z', out)} = {symbols}", f"= {numbers} = {value}"))
    return formulas


def loss_formula(step: BackpropPass, number: NumberFormat = format_number) -> tuple[str, str]:
    """The loss in symbols and with the numbers filled in, ``= (1/4)·[(7 − 5)² + …] = 7``."""
    count = step.z.size
    symbols = " + ".join(f"({symbol('z', i)} {MINUS} {symbol('t', i)})²" for i in range(count))
    numbers = " + ".join(f"({number(z)} {MINUS} {_factor(t, number)})²"
                         for z, t in zip(step.z.ravel(), step.target.ravel(), strict=True))
    return (f"L = (1/{count})·[{symbols}]",
            f"= (1/{count})·[{numbers}] = {number(step.loss)}")


def output_gradient_formulas(step: BackpropPass, number: NumberFormat = format_number
                             ) -> list[str]:
    """Per output: ``∂L/∂z₁ = 2(z₁ − t₁)/4 = 2(7 − 5)/4 = 1``."""
    count = step.z.size
    lines = []
    for i, (z, t, g) in enumerate(zip(step.z.ravel(), step.target.ravel(),
                                      step.grad_z.ravel(), strict=True)):
        z_name, t_name = symbol("z", i), symbol("t", i)
        lines.append(f"∂L/∂{z_name} = 2({z_name} {MINUS} {t_name})/{count} = "
                     f"2({number(z)} {MINUS} {_factor(t, number)})/{count} = {number(g)}")
    return lines


def weight_gradient_formula(step: BackpropPass, weight: int,
                            number: NumberFormat = format_number) -> tuple[str, str]:
    """∂L/∂w_j (0-based ``weight``) in symbols, and with numbers ``= 1·1 + 2·(−1) + … = 1``."""
    pairs = backprop.weight_gradient_terms(step.x.shape, step.kernel.shape, step.stride)[weight]
    a, grad_z = step.x.ravel(), step.grad_z.ravel()
    symbols = " + ".join(f"{symbol('a', ai)}·∂L/∂{symbol('z', zi)}" for ai, zi in pairs)
    numbers = " + ".join(f"{_factor(a[ai], number)}·{_factor(grad_z[zi], number)}"
                         for ai, zi in pairs)
    total = number(step.grad_w.ravel()[weight])
    return f"∂L/∂{symbol('w', weight)} = {symbols}", f"= {numbers} = {total}"


def update_formula(step: BackpropPass, weight: int, learning_rate: float,
                   number: NumberFormat = format_number) -> str:
    """``w₁* = w₁ − α·∂L/∂w₁ = 1 − 0.05·1 = 0.95`` for the 0-based ``weight``."""
    w, g = step.kernel.ravel()[weight], step.grad_w.ravel()[weight]
    new = backprop.sgd_step(np.array([w]), np.array([g]), learning_rate)[0]
    name = symbol("w", weight)
    return (f"{name}* = {name} {MINUS} α·∂L/∂{name} = {number(w)} {MINUS} "
            f"{number(learning_rate)}·{_factor(g, number)} = {number(new)}")


def tensorflow_gradients(x: np.ndarray, kernel: np.ndarray, target: np.ndarray,
                         stride: int = DECK_STRIDE) -> tuple[float, np.ndarray, np.ndarray]:
    """(L, ∂L/∂z, ∂L/∂w) from ``tf.GradientTape`` over ``tf.nn.conv2d`` and a mean of squares.

    An independent route to the same numbers (TensorFlow's own convolution and automatic
    differentiation, in float64 so the comparison is not blurred by float32 rounding).
    TensorFlow is asked for here, not at the top, because importing it takes seconds.
    """
    tf = require_tensorflow()

    a = tf.constant(np.asarray(x, dtype=np.float64)[None, :, :, None])
    w = tf.Variable(np.asarray(kernel, dtype=np.float64)[:, :, None, None])
    t = tf.constant(np.asarray(target, dtype=np.float64))
    with tf.GradientTape() as tape:
        z = tf.nn.conv2d(a, w, strides=stride, padding="VALID")
        loss = tf.reduce_mean(tf.square(z[0, :, :, 0] - t))
    grad_z, grad_w = tape.gradient(loss, [z, w])
    return (float(loss.numpy()), grad_z.numpy()[0, :, :, 0], grad_w.numpy()[:, :, 0, 0])


@dataclass(frozen=True)
class GradientComparison:
    """How far two sets of gradients are apart, and whether that is only rounding."""

    largest_difference: float
    agree: bool


def compare_gradients(ours: np.ndarray, reference: np.ndarray,
                      relative_tolerance: float = 1e-6) -> GradientComparison:
    """Agree when every difference is within ``relative_tolerance`` of the largest gradient.

    Relative to the largest magnitude (not cell by cell), so a gradient that is 0 in one
    place and 1e-17 in the other still agrees; an all-zero reference falls back to 1e-12.
    """
    ours, reference = np.asarray(ours, np.float64), np.asarray(reference, np.float64)
    if ours.shape != reference.shape:
        raise ValueError(f"Cannot compare gradients of shapes {ours.shape} and "
                         f"{reference.shape}.")
    difference = float(np.max(np.abs(ours - reference), initial=0.0))
    scale = float(np.max(np.abs(reference), initial=0.0))
    allowed = relative_tolerance * scale if scale > 0 else 1e-12
    return GradientComparison(difference, difference <= allowed)
