"""FGSM against ``tf.GradientTape`` written here: small models of every ending, and the
shipped MLP (whose probabilities round to exactly 1 on digits it is sure of)."""

from pathlib import Path
from typing import Any

import keras
import numpy as np
import pytest
import tensorflow as tf

from engine.models.io import load_model
from engine.models.predictor import Predictor
from engine.robustness.fgsm import fgsm, input_gradient
from engine.robustness.perturb import perturb
from engine.robustness.sweep import test_digits

ROOT = Path(__file__).resolve().parents[3]


def small_model(ending: str, rescaling: bool = False, seed: int = 1) -> Any:
    """A random little network ending in a softmax Dense, a Softmax layer or bare logits."""
    keras.utils.set_random_seed(seed)
    layers: list[Any] = [keras.Input((28, 28, 1))]
    if rescaling:
        layers.append(keras.layers.Rescaling(1 / 255))
    layers += [keras.layers.Conv2D(4, 3, activation="relu"), keras.layers.MaxPooling2D(),
               keras.layers.Flatten(), keras.layers.Dense(16, activation="tanh")]
    if ending == "dense_softmax":
        layers.append(keras.layers.Dense(10, activation="softmax"))
    elif ending == "softmax_layer":
        layers += [keras.layers.Dense(10), keras.layers.Softmax()]
    else:
        layers.append(keras.layers.Dense(10))
    return keras.Sequential(layers)


def tape_gradient(model: Any, images: np.ndarray, labels: np.ndarray,
                  from_logits: bool, scale: float = 1.0) -> np.ndarray:
    """∇ₓ of the summed cross-entropy, x the (N, 28, 28) digits in 0–1."""
    x = tf.constant(images)
    with tf.GradientTape() as tape:
        tape.watch(x)
        output = model(x[..., None] * scale, training=False)
        loss = tf.reduce_sum(keras.losses.sparse_categorical_crossentropy(
            labels, output, from_logits=from_logits))
    return tape.gradient(loss, x).numpy()


def logits_twin(model: Any) -> Any:
    """The same network with its last softmax Dense made linear: it outputs the logits."""
    config = model.get_config()
    config["layers"][-1]["config"]["activation"] = "linear"
    twin = keras.Sequential.from_config(config)
    twin.set_weights(model.get_weights())
    return twin


@pytest.fixture(scope="module")
def digits() -> tuple[np.ndarray, np.ndarray]:
    return test_digits(64)


def agreement(mine: np.ndarray, reference: np.ndarray) -> float:
    """Share of pixels with a clear gradient whose sign agrees."""
    clear = np.abs(reference) > 1e-6 * np.abs(reference).max()
    return float(np.mean(np.sign(mine[clear]) == np.sign(reference[clear])))


@pytest.mark.parametrize("ending", ["dense_softmax", "softmax_layer", "logits"])
def test_the_gradient_is_the_tapes_for_every_kind_of_ending(
        ending: str, digits: tuple[np.ndarray, np.ndarray]) -> None:
    x, y = digits
    model = small_model(ending)
    reference = tape_gradient(model, x, y, from_logits=ending == "logits")
    mine = input_gradient(model, x, y)
    assert mine.shape == x.shape
    np.testing.assert_allclose(mine, reference, rtol=1e-3, atol=1e-6 * np.abs(reference).max())
    attacked = fgsm(model, x, y, 0.1)
    np.testing.assert_allclose(attacked, np.clip(x + 0.1 * np.sign(reference), 0, 1), atol=1e-6)


def test_a_self_rescaling_model_is_attacked_in_0_to_1(
        digits: tuple[np.ndarray, np.ndarray]) -> None:
    x, y = digits
    model = small_model("dense_softmax", rescaling=True)
    reference = tape_gradient(model, x, y, from_logits=False, scale=255.0)
    assert agreement(input_gradient(model, x, y), reference) == 1.0


def test_the_shipped_mlp_sign_agrees_with_the_tape_on_its_logits(
        digits: tuple[np.ndarray, np.ndarray]) -> None:
    x, y = digits
    mlp = load_model(ROOT / "resources" / "models" / "mnist_mlp.keras")
    reference = tape_gradient(logits_twin(mlp), x, y, from_logits=True)
    mine = input_gradient(mlp, x, y)
    assert agreement(mine, reference) > 0.999
    # Every digit gets a gradient, the ones the MLP is surest of included.
    assert (np.abs(mine).reshape(len(x), -1).max(axis=1) > 0).all()
    # A Predictor is accepted in place of the model.
    np.testing.assert_allclose(input_gradient(Predictor(mlp), x[:3], y[:3]), mine[:3],
                               rtol=1e-4, atol=1e-9)


def test_epsilon_zero_returns_the_input_and_every_result_is_clipped(
        digits: tuple[np.ndarray, np.ndarray]) -> None:
    x, y = digits
    model = small_model("dense_softmax")
    np.testing.assert_array_equal(fgsm(model, x, y, 0.0), x)
    for epsilon in (0.05, 0.3, 1.0):
        attacked = fgsm(model, x, y, epsilon)
        assert attacked.min() >= 0.0 and attacked.max() <= 1.0
        assert np.abs(attacked - x).max() <= epsilon + 1e-6
        assert attacked.dtype == np.float32
    # Pixels already black or white cannot go further.
    sign = np.sign(input_gradient(model, x, y))
    attacked = fgsm(model, x, y, 0.2)
    assert (attacked[(x == 0) & (sign < 0)] == 0).all()
    assert (attacked[(x == 1) & (sign > 0)] == 1).all()
    with pytest.raises(ValueError):
        fgsm(model, x, y, -0.1)


def test_one_digit_and_perturbs_fgsm(digits: tuple[np.ndarray, np.ndarray]) -> None:
    x, y = digits
    model = small_model("logits")
    single = fgsm(model, x[0], int(y[0]), 0.1)
    assert single.shape == (28, 28)
    np.testing.assert_allclose(single, fgsm(model, x[:1], y[:1], 0.1)[0], atol=1e-6)
    np.testing.assert_allclose(perturb(x, "fgsm", 0.1, model=model, labels=y),
                               fgsm(model, x, y, 0.1), atol=1e-6)
    with pytest.raises(ValueError, match="labels"):
        input_gradient(model, x, y[:3])


def test_fgsm_fools_the_shipped_mlp(digits: tuple[np.ndarray, np.ndarray]) -> None:
    x, y = digits
    mlp = load_model(ROOT / "resources" / "models" / "mnist_mlp.keras")
    before = (Predictor(mlp).probabilities_batch(x[..., None]).argmax(1) == y).mean()
    attacked = fgsm(mlp, x, y, 0.1)
    after = (Predictor(mlp).probabilities_batch(attacked[..., None]).argmax(1) == y).mean()
    assert before > 0.9 and after < 0.4


@pytest.mark.parametrize("shape", [(32, 32, 3), (28, 28)])
def test_models_fed_colour_another_size_or_no_channel_axis(
        shape: tuple[int, ...], digits: tuple[np.ndarray, np.ndarray]) -> None:
    from engine.robustness.predict import model_input, probabilities

    x, y = digits
    keras.utils.set_random_seed(2)
    model = keras.Sequential([keras.Input(shape), keras.layers.Flatten(),
                              keras.layers.Dense(10, activation="softmax")])
    fed = model_input(x, Predictor(model).spec)
    assert fed.shape == (len(x), *shape)
    if len(shape) == 3:
        assert np.array_equal(fed[..., 0], fed[..., 2])
    before = probabilities(model, x)[np.arange(len(y)), y]
    after = probabilities(model, fgsm(model, x, y, 0.05))[np.arange(len(y)), y]
    assert input_gradient(model, x, y).shape == x.shape
    assert after.mean() < before.mean()  # the attack lowers the true class's probability
