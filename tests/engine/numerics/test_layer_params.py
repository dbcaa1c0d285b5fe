"""The three parameter counts of slide 4 ("MLP × CNN"), checked without the engine's formulas.

Keras 3 has no LocallyConnected2D, so the locally connected count is checked two ways:

1. By hand: every connection from an input value to an output value is listed, and each one
   is given the *name* of the weight it uses — in a locally connected layer the weight belongs
   to (output position, filter, offset in the window, channel); in a convolution only to
   (filter, offset, channel), because the same filter is used at every position. Counting the
   distinct names counts the parameters; the two layers differ only in how weights are named.
2. With Keras: a locally connected layer is one small ``Dense(filters)`` per output position,
   reading that position's k·k·C window, so it has positions × that Dense's parameters.
"""

import os

import pytest

from engine.numerics import ops

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

# (height, width, channels, kernel, filters, stride, padding)
CONFIGS = [
    (6, 5, 2, 3, 4, 1, 0),
    (7, 7, 1, 2, 3, 2, 0),
    (5, 6, 3, 3, 2, 1, 1),
    (4, 4, 1, 4, 1, 1, 0),  # the kernel covers the whole input: one position, a Dense layer
]


def window_origins(size: int, kernel: int, stride: int, padding: int) -> range:
    """Where the window's first row (or column) sits in the padded input, by enumeration."""
    return range(0, size + 2 * padding - kernel + 1, stride)


def named_weights(h: int, w: int, c: int, k: int, d: int, stride: int, padding: int,
                  shared: bool) -> tuple[set[tuple], set[tuple]]:
    """Every weight and bias a layer uses, by name, listed connection by connection."""
    weights: set[tuple] = set()
    biases: set[tuple] = set()
    for top in window_origins(h, k, stride, padding):
        for left in window_origins(w, k, stride, padding):
            position = () if shared else (top, left)
            for f in range(d):
                biases.add((*position, f))
                for dr in range(k):
                    for dc in range(k):
                        for channel in range(c):
                            weights.add((*position, f, dr, dc, channel))
    return weights, biases


@pytest.mark.parametrize("config", CONFIGS)
def test_locally_connected_by_naming_every_weight(config: tuple) -> None:
    h, w, c, k, d, stride, padding = config
    weights, biases = named_weights(h, w, c, k, d, stride, padding, shared=False)
    assert ops.locally_connected_params(h, w, c, k, k, d, stride, padding) == \
        len(weights) + len(biases)
    assert ops.locally_connected_params(h, w, c, k, k, d, stride, padding, bias=False) == \
        len(weights)


@pytest.mark.parametrize("config", CONFIGS)
def test_convolution_by_naming_every_weight(config: tuple) -> None:
    h, w, c, k, d, stride, padding = config
    weights, biases = named_weights(h, w, c, k, d, stride, padding, shared=True)
    assert ops.conv_params(k, k, c, d) == len(weights) + len(biases)  # the deck's d·l (+ d)
    assert len(weights) == d * (k * k * c)


@pytest.mark.parametrize("config", CONFIGS)
def test_locally_connected_is_one_keras_dense_per_position(config: tuple) -> None:
    import keras

    h, w, c, k, d, stride, padding = config
    positions = len(window_origins(h, k, stride, padding)) * \
        len(window_origins(w, k, stride, padding))
    for bias in (True, False):
        per_position = keras.layers.Dense(d, use_bias=bias)
        per_position.build((None, k * k * c))
        expected = positions * per_position.count_params()
        assert ops.locally_connected_params(h, w, c, k, k, d, stride, padding, bias) == expected


def test_the_lesson_default_against_keras() -> None:
    """28×28 grey (MNIST), 3×3 kernel, 32 filters or units: the lesson's opening numbers."""
    import keras

    dense = keras.layers.Dense(32)
    dense.build((None, 28 * 28 * 1))
    conv = keras.layers.Conv2D(32, 3)
    conv.build((None, 28, 28, 1))
    assert ops.dense_params(784, 32) == dense.count_params() == 25_120
    assert ops.conv_params(3, 3, 1, 32) == conv.count_params() == 320
    assert ops.locally_connected_params(28, 28, 1, 3, 3, 32) == 26 * 26 * 320 == 216_320
