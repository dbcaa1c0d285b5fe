"""Grad-CAM: checked against gradients worked out in NumPy, and on the shipped models.

For Conv → ReLU → Flatten → Dense, the logit of class k is z_k = Σ A·W[:, k] + b_k, so
∂z_k/∂A is W[:, k] in the feature maps' shape — no Keras or TensorFlow needed to know it.
"""

from pathlib import Path

import cv2
import keras
import numpy as np
import pytest

from engine.digits.drawing import render_strokes
from engine.digits.preprocess import to_mnist
from engine.models.explain import Explainer, _cell_placement, default_cam_layer
from engine.models.io import load_model
from engine.models.predictor import Predictor

MODELS = Path(__file__).resolve().parents[3] / "resources" / "models"
L = keras.layers


@pytest.fixture(scope="module")
def cnn() -> keras.Model:
    return load_model(MODELS / "mnist_cnn.keras")


@pytest.fixture(scope="module")
def mlp() -> keras.Model:
    return load_model(MODELS / "mnist_mlp.keras")


def drawn_one() -> np.ndarray:
    """A plain vertical stroke, as a person draws a "1", prepared like MNIST."""
    return to_mnist(render_strokes([[(140, 40), (138, 140), (136, 240)]]))


# --------------------------------------------------------------- independent cross-check
def placed_bilinear(cam: np.ndarray, first_centre: float, size: int) -> np.ndarray:
    """Bilinear interpolation of cells centred at first_centre + t, edges held (np.interp)."""
    centres = first_centre + np.arange(cam.shape[0])
    pixels = np.arange(size)
    columns = np.stack([np.interp(pixels, centres, cam[:, c]) for c in range(cam.shape[1])],
                       axis=1)
    return np.stack([np.interp(pixels, centres, row) for row in columns])


def tiny_cnn(ending: str, functional: bool) -> keras.Model:
    """6×6 grey → 3 maps of 4×4 → 4 classes, ending in one of the ways models end."""
    head = {"dense-softmax": [L.Dense(4, activation="softmax")],
            "softmax-layer": [L.Dense(4), L.Softmax()],
            "logits": [L.Dense(4)]}[ending]
    layers = [L.Conv2D(3, 3, name="conv"), L.Activation("relu", name="relu"), L.Flatten(),
              *head]
    if not functional:
        return keras.Sequential([keras.Input((6, 6, 1)), *layers])
    values = inputs = keras.Input((6, 6, 1))
    for layer in layers:
        values = layer(values)
    return keras.Model(inputs, values)


def numpy_maps_and_gradients(model: keras.Model, image: np.ndarray,
                             k: int) -> tuple[np.ndarray, np.ndarray]:
    """ReLU(valid 3×3 cross-correlation + bias) and ∂z_k/∂maps, in plain NumPy."""
    kernel, bias = model.get_layer("conv").get_weights()
    windows = np.stack([[image[r:r + 3, c:c + 3, :] for c in range(4)] for r in range(4)])
    maps = np.maximum(np.einsum("rcijm,ijmf->rcf", windows, kernel) + bias, 0.0)
    dense = next(layer for layer in model.layers if isinstance(layer, L.Dense))
    weights = dense.get_weights()[0]  # (48, 4); Flatten orders (row, column, channel)
    return maps, weights[:, k].reshape(4, 4, 3)


@pytest.mark.parametrize("functional", [False, True], ids=["sequential", "functional"])
@pytest.mark.parametrize("ending", ["dense-softmax", "softmax-layer", "logits"])
def test_grad_cam_matches_a_numpy_computation(ending: str, functional: bool) -> None:
    keras.utils.set_random_seed(21)
    model = tiny_cnn(ending, functional)
    model.get_layer("conv").set_weights([np.random.default_rng(22).normal(size=(3, 3, 1, 3)),
                                         np.array([0.1, -0.2, 0.3])])
    explainer = Explainer(model)
    assert explainer.layer_name == "relu" and explainer.method == "grad-cam"
    image = np.random.default_rng(23).random((6, 6, 1), dtype=np.float32)
    for k in range(4):
        maps, gradients = numpy_maps_and_gradients(model, image, k)
        got_maps, got_gradients, chosen = explainer.features_and_gradients(image[None], k)
        assert chosen == k
        np.testing.assert_allclose(got_maps, maps, atol=1e-5)
        # The logit's gradient, not the probability's: they differ in direction, not scale.
        np.testing.assert_allclose(got_gradients, gradients, atol=1e-5)
        cam = np.maximum(maps @ gradients.mean(axis=(0, 1)), 0.0).astype(np.float32)
        # Each cell sits on its receptive field's centre: a valid 3×3 convolution centres
        # cell t on pixel t + 1, so pixels 0 and 5 hold the edge cells' values.
        expected = placed_bilinear(cam, first_centre=1.0, size=6)
        expected = expected / expected.max() if expected.max() > 0 else expected
        explanation = explainer.explain(image[None], k)
        np.testing.assert_allclose(explanation.heatmap, expected, atol=1e-5)


def test_an_mlp_gets_gradient_times_input_worked_out_in_numpy() -> None:
    keras.utils.set_random_seed(24)
    model = keras.Sequential([keras.Input((5, 5, 1)), L.Flatten(),
                              L.Dense(3, activation="softmax")])
    image = np.random.default_rng(25).random((5, 5, 1), dtype=np.float32)
    explanation = Explainer(model).explain(image[None], 2)
    weights = model.layers[-1].get_weights()[0][:, 2].reshape(5, 5)  # ∂z_2/∂x
    expected = np.abs(weights * image[:, :, 0])
    np.testing.assert_allclose(explanation.heatmap, expected / expected.max(), atol=1e-5)
    assert explanation.method == "gradient" and explanation.layer_name is None


def test_a_blank_image_gives_an_all_zero_map_not_nan() -> None:
    keras.utils.set_random_seed(26)
    model = tiny_cnn("dense-softmax", functional=False)  # zero biases: blank in, zeros out
    heatmap = Explainer(model).explain(np.zeros((1, 6, 6, 1), np.float32)).heatmap
    assert heatmap.shape == (6, 6) and not np.any(heatmap)


# --------------------------------------------------------------------- shipped models
def test_default_layers_of_the_shipped_models(cnn: keras.Model, mlp: keras.Model) -> None:
    assert default_cam_layer(cnn) == "conv4_relu"  # pool2 (5×5) is skipped
    assert default_cam_layer(mlp) is None
    lecture = load_model(MODELS / "mnist_lecture_cnn.keras")
    assert default_cam_layer(lecture) == "conv2"


def test_default_layer_rules() -> None:
    # A Rescaling in front of an MLP is 4-D, but its "maps" are the image: still an MLP.
    mlp = keras.Sequential([keras.Input((8, 8, 1)), L.Rescaling(1 / 255), L.Flatten(),
                            L.Dense(3)])
    assert default_cam_layer(mlp) is None
    cnn = keras.Sequential([keras.Input((8, 8, 1)), L.Conv2D(2, 3, name="conv"),
                            L.SpatialDropout2D(0.2), L.MaxPooling2D(2),
                            L.Conv2D(2, 3, name="one_cell"), L.GlobalAveragePooling2D(),
                            L.Dense(3)])
    assert default_cam_layer(cnn) == "conv"  # a 1×1 map says nothing about where


def test_each_cell_is_placed_on_its_receptive_fields_centre(cnn: keras.Model) -> None:
    # Worked by hand: conv4 cell t reads conv3 cells t..t+2 (centre t + 1, 'same' conv3 keeps
    # positions), i.e. pool1 cell t + 1, which covers conv2 cells 2t + 2 and 2t + 3 (centre
    # 2t + 2.5); conv2 is a valid 3×3 over conv1 ('same'), so its cell v is centred on input
    # pixel v + 1: conv4 cell t is centred on input pixel 2t + 3.5.
    assert _cell_placement(cnn, "conv4_relu") == ((3.5, 2.0), (3.5, 2.0))
    assert _cell_placement(cnn, None) is None


def test_the_shipped_cnn_looks_at_the_stroke_of_a_one(cnn: keras.Model) -> None:
    digit = drawn_one()
    predictor, explainer = Predictor(cnn), Explainer(cnn)
    explanation = explainer.explain(predictor.prepare(digit))
    heatmap = explanation.heatmap
    assert explanation.method == "grad-cam" and explanation.layer_name == "conv4_relu"
    assert explanation.class_index == int(np.argmax(predictor.probabilities(digit)))
    assert heatmap.shape == (28, 28) and heatmap.dtype == np.float32
    assert heatmap.min() >= 0.0 and heatmap.max() == pytest.approx(1.0)
    # Peak on the stroke or within 1 px of it. Grad-CAM's map here is 11×11 blown up ×2.5,
    # so the peak's position is only known to about a cell (2.5 px): demanding the exact ink
    # pixel would test the interpolation, not the network. The stroke and its 1-px margin
    # still cover only 14 % of the image, so a peak on the background would not pass by luck.
    ink = (digit > 0.2).astype(np.uint8)
    near_ink = cv2.dilate(ink, np.ones((3, 3), np.uint8)) > 0
    assert near_ink[np.unravel_index(np.argmax(heatmap), heatmap.shape)]
    # And the heat as a whole sits on the stroke (2.9× the background's mean today).
    assert heatmap[ink > 0].mean() > 1.5 * heatmap[ink == 0].mean()


def test_the_shipped_mlp_gets_a_gradient_map(mlp: keras.Model) -> None:
    digit = drawn_one()
    explanation = Explainer(mlp).explain(Predictor(mlp).prepare(digit))
    assert explanation.method == "gradient" and explanation.layer_name is None
    assert explanation.heatmap.shape == (28, 28)
    assert explanation.heatmap.min() >= 0.0 and explanation.heatmap.max() == pytest.approx(1.0)
    assert not np.any(explanation.heatmap[digit == 0])  # gradient × input: no ink, no heat


def test_classes_are_checked_and_the_graph_is_traced_once(cnn: keras.Model) -> None:
    explainer = Explainer(cnn)
    batch = Predictor(cnn).prepare(drawn_one())
    for k in (3, 7, np.int64(0)):
        assert explainer.explain(batch, k).class_index == k
    for wrong in (10, -1):
        with pytest.raises(ValueError, match="no class"):
            explainer.explain(batch, wrong)
    with pytest.raises(ValueError, match="prepared"):
        explainer.explain(batch[0])
    # Other images and classes reuse the first trace: a retrace would cost ~0.5 s each time.
    explainer.explain(Predictor(cnn).prepare(np.zeros((28, 28), np.float32)))
    assert explainer._graph.experimental_get_tracing_count() == 1


# --------------------------------------------------------------- colour photos
def test_the_colour_cnn_s_cells_are_placed_where_they_look() -> None:
    """8 × 8 maps over a 32 × 32 photo, 'same' padding, 2 × 2 pooling twice: cell t looks at
    4t + 1.5. Its fields reach the padding even in the middle, so the placement measured on
    them would be 2t + 8.5 (squeezing the map into the centre); a plain resize is right."""
    from engine.models.architectures import build

    model = build("colour", (32, 32, 3), 10)
    assert default_cam_layer(model) == "conv6_relu"
    assert _cell_placement(model, "conv6_relu") is None
    explainer = Explainer(model)
    features = np.zeros((8, 8, 128), np.float32)
    features[2, 5, 0] = 1.0  # all the evidence in one cell
    gradients = np.zeros_like(features)
    gradients[:, :, 0] = 1.0
    heat = explainer._grad_cam(features, gradients)
    peak = np.unravel_index(np.argmax(heat), heat.shape)
    assert abs(peak[0] - (4 * 2 + 1.5)) <= 0.5 and abs(peak[1] - (4 * 5 + 1.5)) <= 0.5


def test_grad_cam_over_a_colour_photo_covers_the_photo() -> None:
    from engine.models.architectures import build

    model = build("colour", (32, 32, 3), 10)
    predictor, explainer = Predictor(model), Explainer(model)
    photo = np.random.default_rng(3).integers(0, 256, (32, 32, 3), dtype=np.uint8)
    explanation = explainer.explain(predictor.prepare(photo))
    assert explanation.heatmap.shape == (32, 32) and explanation.method == "grad-cam"
    assert explanation.layer_name == "conv6_relu"
    assert explanation.heatmap.min() >= 0.0 and explanation.heatmap.max() == pytest.approx(1.0)
    assert explanation.class_index == int(np.argmax(predictor.probabilities(photo)))
