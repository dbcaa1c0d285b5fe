"""Receptive fields: hand-worked cases, and TensorFlow's gradients as an independent judge.

A cell's output can only change when an input pixel inside its receptive field changes, so
the pixels where ∂(cell)/∂(input) ≠ 0 must lie inside the predicted region; with positive
weights and inputs (no dead ReLU, no cancellation) and average pooling they fill it out to
every edge, so the region is also no bigger than it has to be.
"""

from pathlib import Path

import keras
import numpy as np
import pytest
import tensorflow as tf

from engine.models.io import load_model
from engine.numerics.receptive import Region, input_region

ROOT = Path(__file__).resolve().parents[3]
L = keras.layers


def chain(input_shape: tuple[int, ...], *layers: keras.layers.Layer) -> keras.Model:
    return keras.Sequential([keras.Input(input_shape), *layers])


# ----------------------------------------------------------------------------- by hand
def test_one_valid_3x3_convolution_sees_a_3x3_window() -> None:
    model = chain((8, 8, 1), L.Conv2D(2, 3, name="conv"))
    assert input_region(model, "conv", 0, 0) == Region(0, 0, 3, 3)
    assert input_region(model, "conv", 5, 2) == Region(5, 2, 8, 5)


def test_two_stacked_3x3_convolutions_see_5x5() -> None:
    model = chain((9, 9, 1), L.Conv2D(2, 3), L.Conv2D(2, 3, name="second"))
    assert input_region(model, "second", 0, 0) == Region(0, 0, 5, 5)
    assert input_region(model, "second", 2, 1) == Region(2, 1, 7, 6)


def test_max_pooling_after_a_convolution() -> None:
    # Pool cell 1 reads conv cells 2 and 3; conv cell 2 reads rows 2–4, cell 3 rows 3–5: 2…5.
    model = chain((10, 10, 1), L.Conv2D(2, 3), L.MaxPooling2D(2, name="pool"))
    assert input_region(model, "pool", 1, 1) == Region(2, 2, 6, 6)


def test_same_padding_with_stride_2_starts_before_the_image() -> None:
    # 7 → 4 cells: TF pads (4−1)·2 + 3 − 7 = 2 pixels, 1 before: cell 0 reads rows −1…1.
    model = chain((7, 7, 1), L.Conv2D(2, 3, strides=2, padding="same", name="conv"))
    assert input_region(model, "conv", 0, 0) == Region(-1, -1, 2, 2)
    assert input_region(model, "conv", 3, 3) == Region(5, 5, 8, 8)  # last row is padding
    assert input_region(model, "conv", 3, 3).clipped(7, 7) == Region(5, 5, 7, 7)


def test_same_padding_puts_the_odd_pixel_after() -> None:
    # 8 → 4 cells with stride 2: 1 pixel of padding in all, which TF adds after the image.
    model = chain((8, 8, 1), L.Conv2D(2, 3, strides=2, padding="same", name="conv"))
    assert input_region(model, "conv", 0, 0) == Region(0, 0, 3, 3)
    assert input_region(model, "conv", 3, 3) == Region(6, 6, 9, 9)


def test_dilation_widens_the_window_without_more_weights() -> None:
    model = chain((9, 9, 1), L.Conv2D(2, 3, dilation_rate=2, name="conv"))
    assert input_region(model, "conv", 1, 0) == Region(1, 0, 6, 5)


def test_zero_padding_and_cropping_shift_the_coordinates() -> None:
    model = chain((8, 8, 1), L.ZeroPadding2D(((2, 0), (1, 3))), L.Conv2D(2, 3, name="conv"))
    assert input_region(model, "conv", 0, 0) == Region(-2, -1, 1, 2)
    model = chain((8, 8, 1), L.Cropping2D(((1, 2), (3, 0))), L.Conv2D(2, 3, name="conv"))
    assert input_region(model, "conv", 0, 0) == Region(1, 3, 4, 6)


def test_depthwise_separable_and_average_pooling_with_same_padding() -> None:
    model = chain((9, 9, 2), L.DepthwiseConv2D(3, name="depthwise"),
                  L.SeparableConv2D(2, 3, name="separable"),
                  L.AveragePooling2D(2, padding="same", name="pool"))
    assert input_region(model, "depthwise", 0, 0) == Region(0, 0, 3, 3)
    assert input_region(model, "separable", 0, 0) == Region(0, 0, 5, 5)
    # 5 → 3 cells: 1 pixel of padding after. Cell 2 reads separable row 4 and that padding,
    # which is no pixel of the image (rows 4…8), though the textbook formula says 4…9.
    assert input_region(model, "pool", 2, 2) == Region(4, 4, 9, 9)


def test_padding_added_by_a_deeper_layer_is_no_pixel() -> None:
    # 21 → conv 19 → pool 9 (conv row 18 dropped) → 5. Cell 4 reads pool rows 7, 8 and one
    # row of padding; the textbook formula would map that padding back to rows 18–21.
    model = chain((21, 21, 1), L.Conv2D(2, 3), L.MaxPooling2D(2),
                  L.Conv2D(2, 3, strides=2, padding="same", name="conv"))
    assert input_region(model, "conv", 4, 4) == Region(14, 14, 20, 20)


def test_rows_a_dilated_kernel_skips_do_not_count() -> None:
    # 8 → 7 → 7: a 3×3 kernel dilated by 2, 2 pixels of padding before. Cell 5 reads rows
    # 3, 5 and 7 of the first map; 7 is padding, so only rows 3 and 5 (image rows 3…6).
    model = chain((8, 8, 1), L.Conv2D(2, 2),
                  L.Conv2D(2, 3, dilation_rate=2, padding="same", name="conv"))
    assert input_region(model, "conv", 5, 5) == Region(3, 3, 7, 7)


def test_element_wise_layers_pass_the_region_through() -> None:
    model = chain((8, 8, 1), L.Conv2D(2, 3), L.BatchNormalization(), L.ReLU(),
                  L.Activation("tanh"), L.Dropout(0.5), L.Rescaling(2.0, name="last"))
    assert input_region(model, "last", 1, 2) == Region(1, 2, 4, 5)


def test_a_functional_chain_works_like_a_sequential() -> None:
    inputs = keras.Input((8, 8, 1))
    hidden = L.Conv2D(2, 3)(inputs)
    outputs = L.MaxPooling2D(2, name="pool")(L.ReLU()(hidden))
    model = keras.Model(inputs, outputs)
    assert input_region(model, "pool", 1, 0) == Region(2, 0, 6, 4)


def test_layers_without_a_grid_or_with_an_unknown_geometry_see_everything() -> None:
    model = chain((8, 8, 1), L.Conv2D(2, 3), L.UpSampling2D(name="up"),
                  L.GlobalAveragePooling2D(name="global"), L.Dense(3, name="dense"))
    assert input_region(model, "up", 0, 0) is None
    assert input_region(model, "global", 0, 0) is None
    assert input_region(model, "dense", 0, 0) is None


def test_branching_models_see_everything() -> None:
    inputs = keras.Input((8, 8, 1))
    left, right = L.Conv2D(2, 3, padding="same")(inputs), L.Conv2D(2, 5, padding="same")(inputs)
    model = keras.Model(inputs, L.Add(name="sum")([left, right]))
    assert input_region(model, "sum", 4, 4) is None


def test_clear_errors_for_a_missing_layer_or_a_cell_outside_the_map() -> None:
    model = chain((8, 8, 1), L.Conv2D(2, 3, name="conv"))
    with pytest.raises(ValueError, match=r"no layer called 'conv9'.*conv"):
        input_region(model, "conv9", 0, 0)
    for row, col in [(6, 0), (0, 6), (-1, 0)]:
        with pytest.raises(ValueError, match=r"outside layer 'conv'.*6×6"):
            input_region(model, "conv", row, col)


def test_region_size_and_clipping() -> None:
    region = Region(-3, 5, 11, 31)
    assert (region.height, region.width) == (14, 26)
    assert region.clipped(28, 28) == Region(0, 5, 11, 28)
    assert Region(30, 30, 35, 35).clipped(28, 28).height == 0


# ----------------------------------------------------------------- TensorFlow as a judge
def gradient_box(model: keras.Model, layer: str, row: int, col: int,
                 image: np.ndarray) -> Region:
    """The bounding box of the input pixels whose gradient for the cell is not zero."""
    probe = keras.Model(model.inputs[0], model.get_layer(layer).output)
    batch = tf.constant(image[None], tf.float32)
    with tf.GradientTape() as tape:
        tape.watch(batch)
        cell = tf.reduce_sum(probe(batch, training=False)[0, row, col, :])
    touched = np.abs(tape.gradient(cell, batch).numpy()[0]).sum(axis=-1) > 0
    rows, cols = np.nonzero(touched)
    assert rows.size, "the gradient is zero everywhere: the check would prove nothing"
    return Region(int(rows.min()), int(cols.min()), int(rows.max()) + 1, int(cols.max()) + 1)


def contains(outer: Region, inner: Region) -> bool:
    return (outer.top <= inner.top and outer.left <= inner.left
            and inner.bottom <= outer.bottom and inner.right <= outer.right)


def positive_weights(model: keras.Model, seed: int) -> None:
    """Random weights in [0.1, 1]: every path adds, so no gradient cancels or dies in a ReLU."""
    rng = np.random.default_rng(seed)
    model.set_weights([rng.uniform(0.1, 1.0, w.shape).astype(np.float32)
                       for w in model.get_weights()])


def test_predicted_regions_are_exactly_where_the_gradient_reaches() -> None:
    keras.utils.set_random_seed(11)
    model = chain((21, 19, 2), L.Conv2D(3, 3, name="conv1"), L.BatchNormalization(),
                  L.ReLU(name="relu1"), L.AveragePooling2D(2, name="pool"),
                  L.Conv2D(3, (3, 2), strides=2, padding="same", name="conv2"),
                  L.ZeroPadding2D(((1, 0), (0, 2))),
                  L.Conv2D(2, 3, dilation_rate=(1, 2), padding="same", name="conv3"),
                  L.ReLU(name="relu3"))
    positive_weights(model, 12)
    image = np.random.default_rng(13).uniform(0.1, 1.0, (21, 19, 2))
    for layer in ["conv1", "relu1", "pool", "conv2", "conv3", "relu3"]:
        height, width = model.get_layer(layer).output.shape[1:3]
        for row, col in {(0, 0), (height - 1, width - 1), (height // 2, width // 3)}:
            region = input_region(model, layer, row, col)
            assert region is not None
            expected = region.clipped(21, 19)
            assert gradient_box(model, layer, row, col, image) == expected, (layer, row, col)


def test_max_pooling_and_mixed_signs_stay_inside_the_predicted_region() -> None:
    # Max pooling passes the gradient to one pixel per window, ReLUs kill some paths: the
    # gradient covers part of the field only, but never leaves it.
    keras.utils.set_random_seed(14)
    model = chain((16, 16, 1), L.Conv2D(4, 3, padding="same"), L.ReLU(),
                  L.MaxPooling2D(2), L.Conv2D(4, 3, strides=2, padding="same"), L.ReLU(),
                  L.Conv2D(4, 3, name="last"))
    image = np.random.default_rng(15).normal(size=(16, 16, 1))
    for row, col in [(0, 0), (1, 1), (1, 0)]:
        region = input_region(model, "last", row, col)
        assert region is not None
        assert contains(region.clipped(16, 16), gradient_box(model, "last", row, col, image))


def test_the_shipped_cnn_conv4_cell_sees_a_14x14_window() -> None:
    model = load_model(ROOT / "resources" / "models" / "mnist_cnn.keras")
    assert tuple(model.get_layer("conv4_relu").output.shape[1:]) == (11, 11, 64)
    region = input_region(model, "conv4_relu", 5, 5)
    # conv1 (same) +1 each side, conv2 (valid) +2, pool ×2, conv3 (same) and conv4 (valid):
    # cell t reads pixels 2t − 3 … 2t + 10, i.e. 7 … 20 for t = 5.
    assert region == Region(7, 7, 21, 21)
    image = np.random.default_rng(16).uniform(0.0, 1.0, (28, 28, 1))
    assert contains(region, gradient_box(model, "conv4_relu", 5, 5, image))
    corner = input_region(model, "conv4_relu", 0, 0)
    assert corner is not None
    assert contains(corner.clipped(28, 28), gradient_box(model, "conv4_relu", 0, 0, image))
