"""The model builder's engine, checked against Keras itself (not against its own arithmetic)."""

import math
from pathlib import Path
from typing import Any

import keras
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from engine.models import architectures
from engine.models.layer_stack import (
    ACTIVATIONS,
    LAYER_KINDS,
    PADDINGS,
    PRESETS,
    LayerSpec,
    LayerStack,
    UnsupportedNetwork,
    analyse,
    default_options,
    from_keras,
    load_architecture,
    new_layer,
    preset,
    save_architecture,
    stack_from_json,
    stack_to_json,
    to_calls,
    to_keras,
)

MNIST = (28, 28, 1)
DOTTED = lambda n: f"{n:,}".replace(",", ".")  # noqa: E731 — the Portuguese way of writing 1.605.632


def layer(kind: str, **options: Any) -> LayerSpec:
    spec = new_layer(kind)
    for name, value in options.items():
        spec = spec.with_option(name, value)
    return spec


def stack(*layers: LayerSpec, shape: tuple[int, int, int] = MNIST, classes: int = 10) -> LayerStack:
    return LayerStack(shape, classes, tuple(layers))


# --- random valid stacks, cross-checked against Keras --------------------------------------

def _map_layer(draw: st.DrawFn, height: int, width: int) -> LayerSpec:
    """A layer that works on an H×W map (windows fit when the padding is 'valid')."""
    kind = draw(st.sampled_from(("Conv2D", "Conv2D", "MaxPooling2D", "AveragePooling2D",
                                 "BatchNormalization", "Dropout", "Activation")))
    padding = draw(st.sampled_from(PADDINGS))
    limit = (height, width) if padding == "valid" else (5, 5)
    window = (draw(st.integers(1, min(5, limit[0]))), draw(st.integers(1, min(5, limit[1]))))
    strides = (draw(st.integers(1, 3)), draw(st.integers(1, 3)))
    if kind == "Conv2D":
        return layer(kind, filters=draw(st.integers(1, 8)), kernel=window, strides=strides,
                     padding=padding, activation=draw(st.sampled_from(ACTIVATIONS)),
                     use_bias=draw(st.booleans()))
    if kind in ("MaxPooling2D", "AveragePooling2D"):
        return layer(kind, pool=window, padding=padding,
                     strides=draw(st.sampled_from((None, strides))))
    return _any_shape_layer(draw, kind)


def _any_shape_layer(draw: st.DrawFn, kind: str) -> LayerSpec:
    if kind == "Dropout":
        return layer(kind, rate=draw(st.sampled_from((0.0, 0.1, 0.5, 0.9))))
    if kind == "Activation":
        return layer(kind, activation=draw(st.sampled_from(ACTIVATIONS)))
    return new_layer(kind)  # BatchNormalization


def _flat_layer(draw: st.DrawFn) -> LayerSpec:
    kind = draw(st.sampled_from(("Dense", "Dense", "Dropout", "BatchNormalization",
                                 "Activation", "Flatten")))
    if kind == "Dense":
        return layer(kind, units=draw(st.integers(1, 16)),
                     activation=draw(st.sampled_from(ACTIVATIONS)), use_bias=draw(st.booleans()))
    return _any_shape_layer(draw, kind)


@st.composite
def valid_stacks(draw: st.DrawFn) -> LayerStack:
    """Built layer by layer, each drawn among those that fit the shape so far (cheap to find)."""
    side = st.integers(8, 32)
    shape = (draw(side), draw(side), draw(st.sampled_from((1, 3))))
    result = LayerStack(shape, draw(st.integers(2, 10)))
    current: tuple[int, ...] = shape
    for _ in range(draw(st.integers(0, 5))):
        flat = len(current) != 3
        spec = _flat_layer(draw) if flat else _map_layer(draw, current[0], current[1])
        result = result.with_layers((*result.layers, spec))
        current = analyse(result).rows[-2].output_shape or current
    if len(current) == 3:
        finish = new_layer(draw(st.sampled_from(("Flatten", "GlobalAveragePooling2D"))))
        result = result.with_layers((*result.layers, finish))
    return result


_built = [0]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_stacks())
def test_every_row_matches_keras(built: LayerStack) -> None:
    report = analyse(built)
    assume(report.valid)
    _built[0] += 1
    if _built[0] % 25 == 0:  # Keras keeps every layer name it has handed out: let go of them
        keras.backend.clear_session()
    model = to_keras(built)
    assert len(model.layers) == len(report.rows)
    for row, keras_layer in zip(report.rows, model.layers, strict=True):
        assert type(keras_layer).__name__ == row.spec.kind
        assert tuple(keras_layer.input.shape[1:]) == row.input_shape
        assert tuple(keras_layer.output.shape[1:]) == row.output_shape
        assert tuple(keras_layer.compute_output_shape((None, *row.input_shape))[1:]) == \
            row.output_shape
        assert keras_layer.count_params() == row.params
        trainable = sum(math.prod(w.shape) for w in keras_layer.trainable_weights)
        assert trainable == row.trainable_params
    assert model.count_params() == report.total_params
    assert sum(math.prod(w.shape) for w in model.trainable_weights) == report.trainable_params
    assert report.output_shape == (built.num_classes,)


@settings(max_examples=200, deadline=None)
@given(valid_stacks())
def test_multiply_adds_are_counted_by_hand(built: LayerStack) -> None:
    report = analyse(built)
    assume(report.valid)
    for row in report.rows:
        if row.spec.kind == "Conv2D":
            h, w, f = row.output_shape
            kh, kw = row.spec.option("kernel")
            assert row.macs == h * w * f * kh * kw * row.input_shape[2]
        elif row.spec.kind == "Dense":
            assert row.macs == row.input_shape[0] * row.spec.option("units")
        else:
            assert row.macs == 0
    assert report.total_macs == sum(row.macs for row in report.rows)


def test_the_decks_first_convolution() -> None:
    row = analyse(stack(layer("Conv2D"), layer("Flatten"))).rows[0]
    assert (row.input_shape, row.output_shape) == ((28, 28, 1), (26, 26, 32))
    assert row.params == 320
    assert row.formula() == "(3·3·1 + 1)·32 = 320"
    assert row.macs == 26 * 26 * 32 * 9
    assert row.macs_formula() == "26·26·32·(3·3·1) = 194688"


def test_formulas_without_bias_and_for_batch_normalisation() -> None:
    rows = analyse(stack(layer("Conv2D", use_bias=False), layer("BatchNormalization"),
                         layer("Flatten"))).rows
    assert rows[0].formula() == "3·3·1·32 = 288"
    assert rows[1].formula() == "4·32 = 128"
    assert (rows[1].params, rows[1].trainable_params) == (128, 64)
    assert rows[2].formula() == "0" and rows[2].macs_formula() == "0"


def test_formulas_use_the_given_number_format() -> None:
    report = analyse(stack(layer("Flatten"), layer("Dense"), shape=(56, 112, 1)))
    dense = report.rows[1]
    assert dense.input_shape == (6272,)
    assert dense.formula(DOTTED) == "(6.272 + 1)·128 = 802.944"
    assert dense.macs_formula(DOTTED) == "6.272·128 = 802.816"
    assert report.rows[-1].formula() == "(128 + 1)·10 = 1290"


def test_the_dense_equivalent_of_the_first_convolution() -> None:
    report = analyse(preset("course"))
    assert report.first_layer_index == 0
    assert report.first_layer_params == 320
    assert report.dense_equivalent_params == (28 * 28 + 1) * 26 * 26 * 32
    assert report.first_layer_dense_params == report.dense_equivalent_params
    mlp = analyse(preset("mlp"))
    assert mlp.dense_equivalent_params == mlp.first_layer_params == (784 + 1) * 44


# --- problems ----------------------------------------------------------------------------

def test_a_kernel_larger_than_the_map() -> None:
    # Two valid 3×3 convolutions leave a 3×3 map of a 7×7 image; a 5×5 kernel cannot slide on it.
    report = analyse(stack(layer("Conv2D"), layer("Conv2D"), layer("Conv2D", kernel=5),
                           layer("Flatten"), shape=(7, 7, 1)))
    bad = report.first_problem
    assert bad is not None and bad.index == 2 and not report.valid
    assert bad.problem.code == "kernel_too_large"
    assert bad.problem.values == {"kernel_h": 5, "kernel_w": 5, "height": 3, "width": 3}
    assert "5×5" in bad.problem.english() and "3×3" in bad.problem.english()
    assert [row.input_shape for row in report.rows[3:]] == [None, None]  # unknown after it
    with pytest.raises(ValueError, match="5×5"):
        to_keras(stack(layer("Conv2D", kernel=5), layer("Flatten"), shape=(3, 3, 1)))


def test_a_pooling_window_past_the_edge() -> None:
    report = analyse(stack(layer("MaxPooling2D", pool=(4, 2)), layer("Flatten"),
                           shape=(3, 9, 1)))
    assert report.rows[0].problem.code == "pool_too_large"
    assert report.rows[0].problem.values == {"pool_h": 4, "pool_w": 2, "height": 3, "width": 9}
    assert "4×2" in report.rows[0].problem.english()
    same = analyse(stack(layer("MaxPooling2D", pool=4, padding="same"), layer("Flatten"),
                         shape=(3, 9, 1)))
    assert same.valid and same.rows[0].output_shape == (1, 3, 1)


def test_a_convolution_after_flatten_needs_a_map() -> None:
    report = analyse(stack(layer("Flatten"), layer("Conv2D")))
    assert report.rows[1].problem.code == "needs_map"
    assert report.rows[1].problem.values == {"kind": "Conv2D"}
    assert "Flatten" in report.rows[1].problem.english()
    assert analyse(stack(layer("Flatten"), layer("BatchNormalization"))).valid


def test_the_empty_preset_asks_for_a_flat_input() -> None:
    report = analyse(preset("empty"))
    assert report.rows[0].is_output and report.rows[0].spec.option("activation") == "softmax"
    assert report.first_problem.problem.code == "needs_flat"
    assert "Flatten" in report.first_problem.problem.english()


@pytest.mark.parametrize(("spec", "option"), [
    (LayerSpec("Conv2D", (("filters", 0),)), "filters"),
    (LayerSpec("Conv2D", (("kernel", (3, 0)),)), "kernel"),
    (LayerSpec("MaxPooling2D", (("strides", -1),)), "strides"),
    (LayerSpec("Dense", (("units", "ten"),)), "units"),
    (LayerSpec("Dropout", (("rate", 1.0),)), "rate"),
    (LayerSpec("Activation", (("activation", "swish"),)), "activation"),
    (LayerSpec("Conv2D", (("padding", "full"),)), "padding"),
])
def test_bad_values_are_named(spec: LayerSpec, option: str) -> None:
    problem = analyse(stack(spec, layer("Flatten"))).rows[0].problem
    assert problem.code == "bad_value"
    assert problem.values["option"] == option and problem.values["kind"] == spec.kind
    assert option in problem.english()


def test_filters_zero_is_a_bad_value_with_its_value() -> None:
    problem = analyse(stack(layer("Conv2D", filters=0), layer("Flatten"))).rows[0].problem
    assert problem.values == {"kind": "Conv2D", "option": "filters", "value": 0}
    assert "filters = 0" in problem.english()


_nonsense = st.one_of(st.none(), st.booleans(), st.integers(-3, 40), st.floats(),
                      st.text(max_size=3), st.tuples(st.integers(-2, 9), st.integers(-2, 9)),
                      st.lists(st.integers()))
_option_names = st.sampled_from(("filters", "kernel", "strides", "padding", "activation",
                                 "use_bias", "pool", "rate", "units", "bogus"))
_any_specs = st.builds(LayerSpec, st.sampled_from((*LAYER_KINDS, "Bogus")),
                       st.lists(st.tuples(_option_names, _nonsense), max_size=3).map(tuple))


@settings(max_examples=300, deadline=None)
@given(shape=st.one_of(st.tuples(st.integers(-1, 40), st.integers(-1, 40), st.integers(-1, 4)),
                       _nonsense),
       classes=st.one_of(st.integers(-2, 12), _nonsense),
       layers=st.lists(st.one_of(_any_specs, _nonsense), max_size=6))
def test_analyse_never_raises(shape: Any, classes: Any, layers: list[Any]) -> None:
    report = analyse(LayerStack(shape, classes, tuple(layers)))  # type: ignore[arg-type]
    assert len(report.rows) == len(layers) + 1
    for row in report.rows:
        row.formula(), row.macs_formula()
        if row.problem is not None:
            assert row.problem.english()
    assert report.valid == (report.first_problem is None and report.output_shape == (classes,))


# --- presets -----------------------------------------------------------------------------

@pytest.mark.parametrize(("key", "build"), [("course", architectures.build_lecture_cnn),
                                            ("cnn", architectures.build_cnn),
                                            ("mlp", architectures.build_mlp)])
def test_presets_are_the_shipped_architectures(key: str, build: Any) -> None:
    reference = build()
    report = analyse(preset(key))
    assert report.total_params == reference.count_params()
    assert from_keras(reference) == preset(key)
    built = to_keras(preset(key))
    assert [type(x).__name__ for x in built.layers] == [type(x).__name__ for x in reference.layers]
    assert [x.output.shape for x in built.layers] == [x.output.shape for x in reference.layers]


def test_lenet5_has_the_papers_61706_parameters() -> None:
    report = analyse(preset("lenet5"))
    assert report.valid and report.total_params == 61_706
    assert to_keras(preset("lenet5")).count_params() == 61_706


def test_presets_follow_the_data() -> None:
    for key in PRESETS[:-1]:
        report = analyse(preset(key, (32, 32, 3), 4))
        assert report.valid and report.output_shape == (4,)
    with pytest.raises(ValueError, match="resnet"):
        preset("resnet")


# --- specs and calls ---------------------------------------------------------------------

def test_options_keep_only_what_differs_from_the_default() -> None:
    spec = new_layer("Conv2D").with_option("kernel", 5).with_option("filters", 32)
    assert spec.options == (("kernel", (5, 5)),)
    assert spec.option("filters") == 32 == default_options("Conv2D")["filters"]
    assert spec.with_option("kernel", (3, 3)) == new_layer("Conv2D")
    assert layer("MaxPooling2D", pool=3, strides=3) == layer("MaxPooling2D", pool=3)
    assert (layer("Dense", units=3, activation="tanh")
            == layer("Dense", activation="tanh", units=3))
    with pytest.raises(ValueError, match="units"):
        new_layer("Conv2D").with_option("units", 3)


def test_calls_say_only_what_differs_from_keras() -> None:
    calls = to_calls(stack(layer("Conv2D", kernel=(3, 5), strides=2, activation="linear"),
                           layer("MaxPooling2D", pool=3), layer("Flatten"),
                           layer("Dense", use_bias=False)))
    assert [c.class_name for c in calls] == ["Conv2D", "MaxPooling2D", "Flatten", "Dense",
                                             "Dense"]
    assert calls[0].args == (("filters", 32), ("kernel_size", (3, 5)), ("strides", 2))
    assert calls[1].args == (("pool_size", 3),)  # strides equal to the pool are dropped
    assert calls[3].args == (("units", 128), ("activation", "relu"), ("use_bias", False))
    assert calls[4].args == (("units", 10), ("activation", "softmax"))


# --- from Keras and files ----------------------------------------------------------------

def test_the_json_round_trip_keeps_the_stack() -> None:
    original = stack(layer("Conv2D", filters=4, kernel=(2, 3), strides=(2, 1), padding="same",
                           activation="sigmoid", use_bias=False),
                     layer("AveragePooling2D", pool=(1, 2), strides=(1, 1)),
                     layer("BatchNormalization"), layer("GlobalAveragePooling2D"),
                     layer("Dropout", rate=0.1), layer("Dense", units=7, activation="linear"),
                     layer("Activation", activation="tanh"), shape=(20, 12, 3), classes=3)
    text = stack_to_json(original)
    assert text == to_keras(original).to_json()
    assert stack_from_json(text) == original


def test_a_branching_network_is_refused() -> None:
    image = keras.Input((8, 8, 1))
    a, b = keras.layers.Conv2D(2, 3)(image), keras.layers.Conv2D(2, 3)(image)
    joined = keras.layers.Flatten()(keras.layers.Add()([a, b]))
    model = keras.Model(image, keras.layers.Dense(3, activation="softmax")(joined))
    with pytest.raises(UnsupportedNetwork) as caught:
        from_keras(model)
    assert caught.value.code == "branches"


def test_a_functional_chain_is_accepted() -> None:
    image = keras.Input((8, 8, 1))
    hidden = keras.layers.Flatten()(keras.layers.Conv2D(2, 3)(image))
    model = keras.Model(image, keras.layers.Dense(3, activation="softmax")(hidden))
    assert from_keras(model) == stack(layer("Conv2D", filters=2, activation="linear"),
                                      layer("Flatten"), shape=(8, 8, 1), classes=3)


def _sequential(*layers: Any, shape: tuple[int, ...] = (8, 8, 1)) -> keras.Sequential:
    return keras.Sequential([keras.Input(shape), *layers])


@pytest.mark.parametrize(("model", "code", "values"), [
    (lambda: _sequential(keras.layers.Rescaling(1 / 255), keras.layers.Flatten(),
                         keras.layers.Dense(3, activation="softmax")),
     "layer_kind", {"kind": "Rescaling"}),
    (lambda: _sequential(keras.layers.Flatten(), keras.layers.Dense(3)), "output_layer", {}),
    (lambda: _sequential(keras.layers.Flatten(), keras.layers.Dense(3, activation="softmax"),
                         keras.layers.Dropout(0.1)), "output_layer", {}),
    (lambda: _sequential(keras.layers.Dense(3, activation="softmax"), shape=(5,)),
     "input_shape", {"shape": "5"}),
    (lambda: _sequential(keras.layers.Conv2D(2, 3, dilation_rate=2), keras.layers.Flatten(),
                         keras.layers.Dense(3, activation="softmax")),
     "layer_option", {"kind": "Conv2D", "option": "dilation_rate"}),
    (lambda: _sequential(keras.layers.BatchNormalization(center=False), keras.layers.Flatten(),
                         keras.layers.Dense(3, activation="softmax")),
     "layer_option", {"kind": "BatchNormalization", "option": "center"}),
])
def test_networks_the_builder_cannot_show(model: Any, code: str, values: dict[str, Any]) -> None:
    with pytest.raises(UnsupportedNetwork) as caught:
        from_keras(model())
    assert (caught.value.code, caught.value.values) == (code, values)
    assert str(caught.value)


def test_options_that_only_tune_training_are_dropped() -> None:
    model = _sequential(keras.layers.Conv2D(2, 3, kernel_regularizer="l2"),
                        keras.layers.BatchNormalization(momentum=0.9), keras.layers.Flatten(),
                        keras.layers.Dense(3, activation="softmax"))
    assert from_keras(model).layers[1] == new_layer("BatchNormalization")


def test_bad_json_is_reported() -> None:
    for text in ("{not json", "[1, 2]", '{"class_name": "Nonsense", "config": {}}'):
        with pytest.raises(UnsupportedNetwork) as caught:
            stack_from_json(text)
        assert caught.value.code == "bad_json"


def test_architecture_files(tmp_path: Path) -> None:
    original = preset("lenet5", (16, 16, 3), 5)
    save_architecture(original, tmp_path / "net.json")
    assert [p.name for p in tmp_path.iterdir()] == ["net.json"]  # no temporary file left
    assert load_architecture(tmp_path / "net.json") == original
    to_keras(preset("course")).save(tmp_path / "course.keras")
    assert load_architecture(tmp_path / "course.keras") == preset("course")
    with pytest.raises(UnsupportedNetwork) as caught:
        load_architecture(tmp_path / "net.h5")
    assert caught.value.code == "file_type"
