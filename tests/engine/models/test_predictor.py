"""The fast inference path agrees with Keras' own predict, for any image the app may feed."""

import keras
import numpy as np
import pytest

from engine.models import architectures
from engine.models.predictor import Predictor


@pytest.fixture(scope="module")
def cnn() -> keras.Model:
    keras.utils.set_random_seed(2)
    return architectures.build_cnn()


def test_probabilities_agree_with_model_predict(cnn: keras.Model) -> None:
    predictor = Predictor(cnn)
    rng = np.random.default_rng(3)
    for _ in range(5):
        image = rng.random((28, 28), dtype=np.float32)
        expected = cnn.predict(image[None, :, :, None], verbose=0)[0]
        np.testing.assert_allclose(predictor.probabilities(image), expected, atol=1e-5)


def test_uint8_images_are_scaled_like_floats(cnn: keras.Model) -> None:
    predictor = Predictor(cnn)
    image = np.random.default_rng(4).integers(0, 256, (28, 28), dtype=np.uint8)
    np.testing.assert_allclose(predictor.probabilities(image),
                               predictor.probabilities(image / 255.0), atol=1e-6)


def test_activations_cover_every_layer_and_end_in_the_probabilities(cnn: keras.Model) -> None:
    predictor = Predictor(cnn)
    image = np.random.default_rng(5).random((28, 28), dtype=np.float32)
    activations = predictor.activations(image)
    assert [a.name for a in activations] == [layer.name for layer in cnn.layers]
    assert [a.kind for a in activations][:4] == ["Conv2D", "BatchNormalization", "Activation",
                                                 "Conv2D"]
    for activation, layer in zip(activations, cnn.layers, strict=True):
        assert activation.output.shape == tuple(layer.output.shape[1:])
    np.testing.assert_allclose(activations[-1].output, predictor.probabilities(image), atol=1e-6)
    # The first layer's maps are what conv1 computes: check one against Keras directly.
    first = keras.Model(cnn.inputs[0], cnn.layers[0].output)(image[None, :, :, None])
    np.testing.assert_allclose(activations[0].output, np.asarray(first)[0], atol=1e-5)


def test_any_size_and_colour_is_converted_to_what_the_model_wants() -> None:
    keras.utils.set_random_seed(6)
    rgb_model = keras.Sequential([keras.Input((32, 32, 3)), keras.layers.Rescaling(1 / 255),
                                  keras.layers.Conv2D(4, 3), keras.layers.Flatten(),
                                  keras.layers.Dense(5)])  # logits, no softmax
    predictor = Predictor(rgb_model)
    grey = np.random.default_rng(7).integers(0, 256, (64, 64), dtype=np.uint8)
    prepared = predictor.prepare(grey)
    assert prepared.shape == (1, 32, 32, 3) and prepared.max() > 1.0  # 0–255 for Rescaling
    probabilities = predictor.probabilities(grey)
    assert probabilities.shape == (5,) and probabilities.sum() == pytest.approx(1.0, abs=1e-5)
    logits = rgb_model.predict(prepared, verbose=0)[0]
    expected = np.exp(logits - logits.max()) / np.exp(logits - logits.max()).sum()
    np.testing.assert_allclose(probabilities, expected, atol=1e-5)


def test_colour_images_reach_a_grey_model_as_grey(cnn: keras.Model) -> None:
    predictor = Predictor(cnn)
    grey = np.random.default_rng(8).random((56, 56), dtype=np.float32)
    rgb = np.repeat(grey[:, :, None], 3, axis=2)
    np.testing.assert_allclose(predictor.probabilities(rgb), predictor.probabilities(grey),
                               atol=1e-5)
    assert predictor.prepare(grey).shape == (1, 28, 28, 1)


class NumpyDouble(keras.layers.Layer):
    """A layer TensorFlow cannot compile with XLA (it calls back into Python)."""

    def call(self, inputs: object) -> object:
        import tensorflow as tf

        doubled = tf.numpy_function(lambda a: (a * 2).astype(np.float32), [inputs], tf.float32)
        return tf.reshape(doubled, tf.shape(inputs))


def test_a_model_xla_cannot_compile_still_runs() -> None:
    keras.utils.set_random_seed(9)
    model = keras.Sequential([keras.Input((8, 8, 1)), NumpyDouble(), keras.layers.Flatten(),
                              keras.layers.Dense(3, activation="softmax")])
    image = np.random.default_rng(10).random((8, 8), dtype=np.float32)
    expected = model.predict(image[None, :, :, None], verbose=0)[0]
    predictor = Predictor(model)
    np.testing.assert_allclose(predictor.probabilities(image), expected, atol=1e-5)
    assert [a.kind for a in predictor.activations(image)] == ["NumpyDouble", "Flatten", "Dense"]
