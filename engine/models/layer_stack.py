"""The model builder's engine: a stack of layers a student edits, and what each layer does.

A ``LayerStack`` is plain data (input shape, number of classes, hidden layers as
``LayerSpec``). ``analyse`` walks it the way Keras would build it and reports, row by row,
input shape → output shape, parameters (with the formula filled in), multiply-adds and the
problem that stops a layer from working. Only ``to_keras``, ``from_keras`` and the file
functions touch Keras, and they reach it through ``engine.tensorflow_runtime``.

Why the output layer is implicit: a classifier's last layer is always
``Dense(num_classes, activation="softmax")`` — "the output layer follows the dataset's classes".
Keeping it out of ``layers`` means a student cannot delete it or give it the wrong width, and
changing the dataset (``with_data``) fixes it without touching the rows they built. It still
appears in every report, call list and Keras model, as the last row.

Why ``analyse`` never raises: the builder re-analyses after every keystroke, while the stack is
half-edited (a filter count of 0, a kernel larger than the map, text in a number field). Each
of those is something to *show* on its row (a ``Problem`` with a stable ``code`` the GUI
translates), not an exception that would leave the table blank. After the first problem the
following rows have unknown shapes (``None``) and count nothing, like Keras, which stops there.

Conventions: shapes leave out the batch axis and follow Keras exactly — 'valid' padding gives
⌊(n − k)/s⌋ + 1, 'same' gives ⌈n/s⌉, pooling strides default to the pool size. Multiply-adds
(MACs) count one image's forward pass through the weights only: Conv2D H'·W'·F·(kh·kw·C),
Dense inputs·units; bias additions, pooling, batch normalisation, activations, dropout and
flatten count 0 (they move or rescale data, and the deck's comparison is about weights).
"""

import json
import math
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.models.layer_call import LayerCall
from engine.paths import atomic_write_bytes
from engine.tensorflow_runtime import require_keras

LAYER_KINDS = ("Conv2D", "MaxPooling2D", "AveragePooling2D", "BatchNormalization", "Dropout",
               "Flatten", "GlobalAveragePooling2D", "Dense", "Activation")
ACTIVATIONS = ("relu", "linear", "sigmoid", "tanh", "softmax")  # Keras names
PADDINGS = ("valid", "same")
PRESETS = ("course", "cnn", "mlp", "lenet5", "colour", "empty")

_POOLING = ("MaxPooling2D", "AveragePooling2D")
_NEEDS_MAP = ("Conv2D", *_POOLING, "GlobalAveragePooling2D")
_PAIR_OPTIONS = ("kernel", "strides", "pool")

_DEFAULTS: dict[str, dict[str, Any]] = {
    "Conv2D": {"filters": 32, "kernel": (3, 3), "strides": (1, 1), "padding": "valid",
               "activation": "relu", "use_bias": True},
    "MaxPooling2D": {"pool": (2, 2), "strides": None, "padding": "valid"},
    "AveragePooling2D": {"pool": (2, 2), "strides": None, "padding": "valid"},
    "BatchNormalization": {},
    "Dropout": {"rate": 0.25},
    "Flatten": {},
    "GlobalAveragePooling2D": {},
    "Dense": {"units": 128, "activation": "relu", "use_bias": True},
    "Activation": {"activation": "relu"},
}


def default_options(kind: str) -> dict[str, Any]:
    """The options a new layer of ``kind`` starts with (an empty dict for an unknown kind)."""
    return dict(_DEFAULTS.get(kind, {}))


def _normal(name: str, value: Any) -> Any:
    """One spelling per value, so equal layers compare equal: 3 → (3, 3), [2, 2] → (2, 2)."""
    if name in _PAIR_OPTIONS:
        if _is_int(value):
            return (int(value), int(value))
        if isinstance(value, list | tuple) and len(value) == 2 and all(map(_is_int, value)):
            return (int(value[0]), int(value[1]))
    return value


@dataclass(frozen=True)
class LayerSpec:
    """One hidden layer: its Keras kind and the options that differ from ``default_options``."""

    kind: str
    options: tuple[tuple[str, Any], ...] = ()

    def option(self, name: str) -> Any:
        """The option's value, falling back to the kind's default."""
        given = dict(self.options)
        return given[name] if name in given else _DEFAULTS[self.kind][name]

    def with_option(self, name: str, value: Any) -> "LayerSpec":
        """A copy with ``name`` set to ``value`` (dropped from ``options`` when it is the default).

        Options stay in ``default_options`` order, so two specs built in different orders are
        equal. The value is not checked here: ``analyse`` reports bad values on the layer's row.
        """
        defaults = _DEFAULTS.get(self.kind, {})
        if name not in defaults:
            raise ValueError(f"{self.kind} has no option {name!r}.")
        given = dict(self.options) | {name: _normal(name, value)}
        if self.kind in _POOLING and given.get("strides") == given.get("pool", defaults["pool"]):
            given["strides"] = None  # strides equal to the pool are Keras' own default
        return LayerSpec(self.kind, tuple((key, given[key]) for key in defaults
                                          if key in given and given[key] != defaults[key]))


def new_layer(kind: str) -> LayerSpec:
    """A layer of ``kind`` with its default options."""
    if kind not in LAYER_KINDS:
        raise ValueError(f"Unknown layer kind {kind!r}; choose one of {', '.join(LAYER_KINDS)}.")
    return LayerSpec(kind)


def _layer(kind: str, **options: Any) -> LayerSpec:
    spec = new_layer(kind)
    for name, value in options.items():
        spec = spec.with_option(name, value)
    return spec


@dataclass(frozen=True)
class LayerStack:
    """What the student builds: the data's shape and classes, and the hidden layers in order."""

    input_shape: tuple[int, int, int]  # (H, W, C)
    num_classes: int
    layers: tuple[LayerSpec, ...] = ()  # the hidden layers; the output layer is implicit

    def with_layers(self, layers: Iterable[LayerSpec]) -> "LayerStack":
        return LayerStack(self.input_shape, self.num_classes, tuple(layers))

    def with_data(self, input_shape: tuple[int, int, int], num_classes: int) -> "LayerStack":
        return LayerStack(tuple(input_shape), num_classes, self.layers)  # type: ignore[arg-type]

    @property
    def output_layer(self) -> LayerSpec:
        """``Dense(num_classes, softmax)``: the layer that follows the dataset's classes."""
        return LayerSpec("Dense", (("units", self.num_classes), ("activation", "softmax")))


# --- problems -------------------------------------------------------------------------------

_ENGLISH = {
    "bad_value": "{kind}: {option} = {value} is not allowed ({rule}).",
    "kernel_too_large": "The {kernel_h}×{kernel_w} kernel is larger than the {height}×{width} "
                        "map it slides over with 'valid' padding. Use a smaller kernel, 'same' "
                        "padding, or fewer layers that shrink the map before it.",
    "pool_too_large": "The {pool_h}×{pool_w} pooling window is larger than the {height}×{width} "
                      "map with 'valid' padding. Use a smaller window or 'same' padding.",
    "needs_map": "{kind} needs an H×W×C feature map, but its input is a flat vector. "
                 "Move it before Flatten.",
    "needs_flat": "{kind} needs a flat vector, but its input is a {shape} map: add Flatten or "
                  "GlobalAveragePooling2D before it.",
    "empty_output": "{kind} would produce an empty output ({shape}).",
}

_RULES = {
    "rate": "a number from 0 up to, but not including, 1",
    "activation": "one of " + ", ".join(ACTIVATIONS),
    "padding": "one of " + ", ".join(PADDINGS),
    "use_bias": "true or false",
    "kind": "one of " + ", ".join(LAYER_KINDS),
    "input_shape": "height × width × channels, each a whole number ≥ 1",
}


@dataclass(frozen=True)
class Problem:
    """Why a layer cannot work: a stable ``code`` for the GUI to translate, and its values."""

    code: str
    values: dict[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        """The message in English (CLI, logs, tests)."""
        values = dict(self.values)
        if self.code == "bad_value":
            values.setdefault("rule", _RULES.get(str(values.get("option")), "a whole number ≥ 1"))
        try:
            return _ENGLISH[self.code].format(**values)
        except (KeyError, IndexError, ValueError):
            return f"{self.code}: {self.values}"


def _shape_text(shape: Iterable[Any]) -> str:
    return "×".join(str(d) for d in shape)


def _value_text(value: Any) -> Any:
    """Problem values are ints or strings: a kernel (5, 0) shows as "5×0"."""
    if _is_int(value):
        return int(value)
    if isinstance(value, tuple | list):
        return _shape_text(value)
    return str(value)


def _bad(kind: str, option: str, value: Any) -> Problem:
    return Problem("bad_value", {"kind": str(kind), "option": option, "value": _value_text(value)})


# --- checking options -----------------------------------------------------------------------

def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _positive(value: Any) -> bool:
    return _is_int(value) and value >= 1


def _pair(value: Any) -> tuple[int, int] | None:
    """``value`` as (rows, columns) of whole numbers ≥ 1, or None when it is not one."""
    value = _normal("kernel", value)
    if isinstance(value, tuple) and all(_positive(v) for v in value):
        return value
    return None


def _option_problem(spec: LayerSpec) -> Problem | None:
    """The first option of ``spec`` that Keras would refuse, or None."""
    if spec.kind not in LAYER_KINDS:
        return _bad(spec.kind, "kind", spec.kind)
    checks: dict[str, Callable[[Any], bool]] = {
        "filters": _positive, "units": _positive, "kernel": lambda v: _pair(v) is not None,
        "pool": lambda v: _pair(v) is not None,
        "strides": lambda v: (v is None and spec.kind in _POOLING) or _pair(v) is not None,
        "padding": lambda v: v in PADDINGS, "activation": lambda v: v in ACTIVATIONS,
        "use_bias": lambda v: isinstance(v, bool),
        "rate": lambda v: isinstance(v, int | float) and not isinstance(v, bool) and 0 <= v < 1,
    }
    for name in _DEFAULTS[spec.kind]:
        value = spec.option(name)
        if not checks[name](value):
            return _bad(spec.kind, name, value)
    return None


# --- one row --------------------------------------------------------------------------------

@dataclass(frozen=True)
class LayerReport:
    """One row of the builder's table: what the layer receives, gives, weighs and costs."""

    index: int  # row number; the output layer is len(stack.layers)
    spec: LayerSpec
    is_output: bool
    input_shape: tuple[int, ...] | None  # without the batch axis; None after an earlier problem
    output_shape: tuple[int, ...] | None
    params: int
    trainable_params: int  # BatchNormalization: 2·C trainable, 2·C non-trainable
    macs: int  # multiply-adds of one image's forward pass (0 for layers that only move data)
    problem: Problem | None

    def formula(self, number: Callable[[int], str] = str) -> str:
        """The parameter count as a formula, e.g. "(3·3·1 + 1)·32 = 320".

        ``number`` writes each number (the GUI passes a locale formatter). Layers without
        weights give "0"; a row with a problem or an unknown input gives "".
        """
        factors = self._weight_factors()
        if factors is None:
            return ""
        inputs, outputs, bias = factors
        if not outputs:
            return "0"
        if self.spec.kind == "BatchNormalization":
            return f"4·{number(outputs)} = {number(self.params)}"
        inner = "·".join(number(n) for n in inputs)
        product = f"({inner} + 1)·{number(outputs)}" if bias else f"{inner}·{number(outputs)}"
        return f"{product} = {number(self.params)}"

    def macs_formula(self, number: Callable[[int], str] = str) -> str:
        """The multiply-adds as a formula, e.g. Conv2D "26·26·32·(3·3·1) = 194688"."""
        factors = self._weight_factors()
        if factors is None:
            return ""
        inputs, _outputs, _bias = factors
        if self.spec.kind == "Conv2D" and self.output_shape:
            outer = "·".join(number(n) for n in self.output_shape)
            return f"{outer}·({'·'.join(number(n) for n in inputs)}) = {number(self.macs)}"
        if self.spec.kind == "Dense":
            return f"{number(inputs[0])}·{number(self.spec.option('units'))} = {number(self.macs)}"
        return "0"

    def _weight_factors(self) -> tuple[tuple[int, ...], int, bool] | None:
        """(fan-in factors, outputs, bias) of the weights; None when the row cannot be read."""
        if self.problem is not None or not self.input_shape:
            return None
        kind, shape = self.spec.kind, self.input_shape
        if kind == "Conv2D":
            kernel = _pair(self.spec.option("kernel")) or (0, 0)
            return ((*kernel, shape[-1]), self.spec.option("filters"), self.spec.option("use_bias"))
        if kind == "Dense":
            return ((shape[-1],), self.spec.option("units"), self.spec.option("use_bias"))
        if kind == "BatchNormalization":
            return ((), shape[-1], False)
        return ((), 0, False)


def _conv_shape(spec: LayerSpec, shape: tuple[int, ...]) -> tuple[tuple[int, ...] | None,
                                                                   Problem | None]:
    """Conv2D and pooling: the output map, or the problem of a window past the edge."""
    is_conv = spec.kind == "Conv2D"
    window = _pair(spec.option("kernel" if is_conv else "pool"))
    strides = _pair(spec.option("strides")) or window
    assert window is not None and strides is not None  # _option_problem checked both
    height, width, channels = shape
    if spec.option("padding") == "same":
        rows, cols = math.ceil(height / strides[0]), math.ceil(width / strides[1])
    elif window[0] > height or window[1] > width:
        names = ("kernel_h", "kernel_w") if is_conv else ("pool_h", "pool_w")
        code = "kernel_too_large" if is_conv else "pool_too_large"
        return None, Problem(code, {names[0]: window[0], names[1]: window[1],
                                    "height": height, "width": width})
    else:
        rows = (height - window[0]) // strides[0] + 1
        cols = (width - window[1]) // strides[1] + 1
    return (rows, cols, spec.option("filters") if is_conv else channels), None


def _output_shape(spec: LayerSpec, shape: tuple[int, ...]) -> tuple[tuple[int, ...] | None,
                                                                     Problem | None]:
    """What ``spec`` makes of an input of ``shape``, or the problem that stops it."""
    kind = spec.kind
    if kind in _NEEDS_MAP and len(shape) != 3:
        return None, Problem("needs_map", {"kind": kind})
    if kind == "Dense" and len(shape) != 1:
        return None, Problem("needs_flat", {"kind": kind, "shape": _shape_text(shape)})
    if kind in ("Conv2D", *_POOLING):
        return _conv_shape(spec, shape)
    if kind == "GlobalAveragePooling2D":
        return (shape[-1],), None
    if kind == "Flatten":
        return (math.prod(shape),), None
    if kind == "Dense":
        return (spec.option("units"),), None
    return shape, None  # BatchNormalization, Dropout, Activation keep the shape


def _counts(spec: LayerSpec, shape: tuple[int, ...], out: tuple[int, ...]) -> tuple[int, int, int]:
    """(parameters, trainable parameters, multiply-adds) of a layer that works."""
    if spec.kind == "Conv2D":
        rows, cols = _pair(spec.option("kernel")) or (0, 0)
        fan_in = rows * cols * shape[-1]
        params = (fan_in + spec.option("use_bias")) * out[-1]
        return params, params, math.prod(out) * fan_in
    if spec.kind == "Dense":
        params = (shape[-1] + spec.option("use_bias")) * out[-1]
        return params, params, shape[-1] * out[-1]
    if spec.kind == "BatchNormalization":
        # γ and β learn; the moving mean and variance are updated, not trained.
        return 4 * shape[-1], 2 * shape[-1], 0
    return 0, 0, 0


def _row(index: int, spec: LayerSpec, shape: tuple[int, ...] | None,
         is_output: bool) -> LayerReport:
    """Analyse one layer given its input shape (None when an earlier layer failed)."""
    problem = _option_problem(spec)
    out: tuple[int, ...] | None = None
    if problem is None and shape is not None:
        out, problem = _output_shape(spec, shape)
    if out is not None and min(out, default=1) < 1:
        out, problem = None, Problem("empty_output", {"kind": spec.kind,
                                                      "shape": _shape_text(out)})
    if problem is not None or out is None or shape is None:
        return LayerReport(index, spec, is_output, shape, None, 0, 0, 0, problem)
    params, trainable, macs = _counts(spec, shape, out)
    return LayerReport(index, spec, is_output, shape, out, params, trainable, macs, None)


def _safe_row(index: int, spec: Any, shape: tuple[int, ...] | None,
              is_output: bool) -> LayerReport:
    """``_row``, but a spec so broken that reading it raises becomes a bad value, not a crash."""
    if not isinstance(spec, LayerSpec):
        spec = LayerSpec(str(type(spec).__name__))
    try:
        return _row(index, spec, shape, is_output)
    except Exception:  # options that are not (name, value) pairs, unhashable values, …
        return LayerReport(index, LayerSpec(spec.kind), is_output, shape, None, 0, 0, 0,
                           _bad(spec.kind, "options", "?"))


# --- the whole stack ------------------------------------------------------------------------

@dataclass(frozen=True)
class StackReport:
    """Every row of the builder's table, and the totals below it.

    ``dense_equivalent_params`` answers the deck's question "what would a fully connected layer
    need to produce the same feature map?": a Dense layer from every input pixel (H·W·C, plus a
    bias) to every value of the first Conv2D's output map (H'·W'·F), i.e.
    (H·W·C + 1)·(H'·W'·F). Without a Conv2D it is the first Dense layer's own count,
    (H·W·C + 1)·units, as that layer already is fully connected to the flattened input.
    ``first_layer_params`` is what that first Conv2D (or Dense) really has, and
    ``first_layer_index`` its row, so the GUI can write "320 instead of 4 000 800". All three are
    0 / None when the first such layer cannot be analysed.
    """

    rows: tuple[LayerReport, ...]  # every hidden layer, then the output layer
    total_params: int
    trainable_params: int
    total_macs: int
    dense_equivalent_params: int
    first_layer_params: int
    first_layer_index: int | None
    output_shape: tuple[int, ...] | None
    num_classes: int

    @property
    def first_layer_dense_params(self) -> int:
        """The fully connected count that the first layer is compared with."""
        return self.dense_equivalent_params

    @property
    def non_trainable_params(self) -> int:
        return self.total_params - self.trainable_params

    @property
    def valid(self) -> bool:
        """True when no row has a problem and the network ends in one score per class."""
        return self.first_problem is None and self.output_shape == (self.num_classes,)

    @property
    def first_problem(self) -> LayerReport | None:
        """The first row with a problem, or None."""
        return next((row for row in self.rows if row.problem is not None), None)


def _input_problem(shape: Any) -> Problem | None:
    """The input must be H×W×C of whole numbers ≥ 1."""
    if not isinstance(shape, tuple | list) or len(shape) != 3 or not all(map(_is_int, shape)):
        return _bad("Input", "input_shape", shape)
    if min(shape) < 1:
        return Problem("empty_output", {"kind": "Input", "shape": _shape_text(shape)})
    return None


def _comparison(stack: LayerStack, rows: tuple[LayerReport, ...]) -> tuple[int, int, int | None]:
    """(dense equivalent, real parameters, row) of the first Conv2D, else the first Dense."""
    first = next((row for row in rows if row.spec.kind == "Conv2D"), None)
    first = first or next((row for row in rows if row.spec.kind == "Dense"), None)
    if first is None or first.output_shape is None:
        return 0, 0, None
    pixels = math.prod(stack.input_shape)
    return (pixels + 1) * math.prod(first.output_shape), first.params, first.index


def analyse(stack: LayerStack) -> StackReport:
    """Analyse every layer of ``stack`` and the output layer. Never raises (see the module)."""
    layers = tuple(stack.layers) if isinstance(stack.layers, tuple | list) else ()
    output = (LayerSpec("Dense", (("units", stack.num_classes), ("activation", "softmax")))
              if _is_int(stack.num_classes) else LayerSpec("Dense", (("units", 0),)))
    problem = _input_problem(stack.input_shape)
    shape: tuple[int, ...] | None = None if problem else tuple(stack.input_shape)
    rows: list[LayerReport] = []
    for index, spec in enumerate((*layers, output)):
        row = _safe_row(index, spec, shape, index == len(layers))
        if problem is not None:  # a bad input is reported on the first row
            row = LayerReport(index, row.spec, row.is_output, None, None, 0, 0, 0, problem)
            problem = None
        rows.append(row)
        shape = row.output_shape
    dense, first_params, first_index = _comparison(stack, tuple(rows))
    return StackReport(
        rows=tuple(rows),
        total_params=sum(row.params for row in rows),
        trainable_params=sum(row.trainable_params for row in rows),
        total_macs=sum(row.macs for row in rows),
        dense_equivalent_params=dense, first_layer_params=first_params,
        first_layer_index=first_index, output_shape=shape,
        num_classes=stack.num_classes if _is_int(stack.num_classes) else 0)


# --- Keras calls ----------------------------------------------------------------------------

_KERAS_NAMES = {"kernel": "kernel_size", "pool": "pool_size"}
# Keras' own defaults, so that a call only says what differs from them.
# Pooling's strides default to None (the pool size), so any strides given there are said.
_KERAS_DEFAULTS = {"strides": (1, 1), "padding": "valid", "activation": "linear",
                   "use_bias": True}
_REQUIRED = ("filters", "kernel", "pool", "units", "rate")  # Keras 3 has no default for these


def _call_value(name: str, value: Any) -> Any:
    """Kernels, pools and strides as an int when square, as Keras code is usually written."""
    if name in _PAIR_OPTIONS and isinstance(value, tuple) and value[0] == value[1]:
        return value[0]
    return value


def layer_call(spec: LayerSpec) -> LayerCall:
    """``spec`` as the Keras call that builds it, with only the arguments that matter."""
    args = []
    for name in _DEFAULTS.get(spec.kind, {}):
        value = _normal(name, spec.option(name))
        required = name in _REQUIRED or spec.kind == "Activation"
        if name == "strides" and spec.kind in _POOLING:
            if value is None:
                continue
            required = True
        if required or value != _KERAS_DEFAULTS.get(name):
            args.append((_KERAS_NAMES.get(name, name), _call_value(name, value)))
    return LayerCall(spec.kind, tuple(args))


def to_calls(stack: LayerStack) -> list[LayerCall]:
    """Every layer as a Keras call, the output ``Dense(num_classes, "softmax")`` included."""
    return [layer_call(spec) for spec in (*stack.layers, stack.output_layer)]


def to_keras(stack: LayerStack, name: str = "custom_cnn") -> Any:
    """The stack as an (untrained) ``keras.Sequential``; ValueError when it cannot be built."""
    report = analyse(stack)
    if not report.valid:
        bad = report.first_problem
        raise ValueError(bad.problem.english() if bad and bad.problem else
                         f"The network does not end in {stack.num_classes} class scores.")
    keras = require_keras()
    layers = []
    for index, call in enumerate(to_calls(stack)):
        # Names of our own (Keras numbers them per process): the same stack, the same JSON.
        label = "probabilities" if index == len(stack.layers) else _layer_name(call, index)
        layers.append(getattr(keras.layers, call.class_name)(**dict(call.args), name=label))
    return keras.Sequential([keras.Input(shape=stack.input_shape, name="image"), *layers],
                            name=name)


def _layer_name(call: LayerCall, index: int) -> str:
    """"conv2d_1", "max_pooling2d_2", …: Keras' own style, numbered by row."""
    return f"{_SNAKE_NAMES.get(call.class_name, 'layer')}_{index + 1}"


_SNAKE_NAMES = dict(zip(LAYER_KINDS, (
    "conv2d", "max_pooling2d", "average_pooling2d", "batch_normalization", "dropout", "flatten",
    "global_average_pooling2d", "dense", "activation"), strict=True))


# --- from Keras -----------------------------------------------------------------------------

# The name is the one the GUI was built against (no "Error" suffix), hence the noqa.
class UnsupportedNetwork(ValueError):  # noqa: N818
    """A network the builder cannot show, with a ``code`` and ``values`` like ``Problem``."""

    def __init__(self, code: str, values: dict[str, Any] | None = None) -> None:
        self.code = code
        self.values = dict(values or {})
        super().__init__(_UNSUPPORTED.get(code, code).format(**self.values))


_UNSUPPORTED = {
    "branches": "The network is not a single chain of layers (it has branches or several "
                "inputs or outputs), so the builder cannot show it as a stack.",
    "layer_kind": "The builder has no {kind} layer.",
    "output_layer": "The last layer must be Dense with a softmax activation (one probability "
                    "per class).",
    "input_shape": "The input {shape} is not an image of height × width × channels.",
    "layer_option": "The builder cannot represent {kind}'s option {option}.",
    "bad_json": "This is not a Keras architecture (JSON) file: {detail}",
    "file_type": "Architectures are read from .json or .keras files, not {suffix!s}.",
}


def _chain(model: Any) -> list[Any]:
    """The model's layers in order, without the InputLayer; raises "branches" if not a chain."""
    keras = require_keras()
    layers = [layer for layer in model.layers if type(layer).__name__ != "InputLayer"]
    if isinstance(model, keras.Sequential):
        return layers
    if len(model.inputs) != 1 or len(model.outputs) != 1:
        raise UnsupportedNetwork("branches")
    previous = model.inputs[0]
    for layer in layers:
        nodes = getattr(layer, "_inbound_nodes", [])
        inputs = nodes[0].input_tensors if len(nodes) == 1 else []
        if len(inputs) != 1 or inputs[0] is not previous:
            raise UnsupportedNetwork("branches")
        previous = nodes[0].output_tensors[0]
    if previous is not model.outputs[0]:
        raise UnsupportedNetwork("branches")
    return layers


def _input_shape(model: Any) -> tuple[int, int, int]:
    try:
        shape = tuple(model.inputs[0].shape)[1:]
    except (AttributeError, IndexError, TypeError, ValueError):
        raise UnsupportedNetwork("input_shape", {"shape": "(unknown)"}) from None
    if len(shape) != 3 or not all(_positive(d) for d in shape):
        raise UnsupportedNetwork("input_shape", {"shape": _shape_text(shape)})
    return shape  # type: ignore[return-value]


def _activation(config: dict[str, Any], kind: str) -> str:
    value = config.get("activation")
    name = "linear" if value is None else value
    if isinstance(name, dict):  # a serialised function: {"config": "relu", …} or similar
        name = name.get("config", name)
    if name not in ACTIVATIONS:
        raise UnsupportedNetwork("layer_option", {"kind": kind, "option": "activation"})
    return str(name)


def _refuse(kind: str, config: dict[str, Any], option: str, allowed: Iterable[Any]) -> None:
    """Raise "layer_option" when ``option`` would change shapes or parameter counts."""
    value = config.get(option, next(iter(allowed)))
    value = tuple(value) if isinstance(value, list) else value
    if value not in tuple(allowed):
        raise UnsupportedNetwork("layer_option", {"kind": kind, "option": option})


def _spec_from_layer(layer: Any) -> LayerSpec:
    """One Keras layer as a LayerSpec; options that only tune training are left behind."""
    kind = type(layer).__name__
    if kind not in LAYER_KINDS:
        raise UnsupportedNetwork("layer_kind", {"kind": kind})
    config = layer.get_config()
    _refuse(kind, config, "data_format", ("channels_last", None))
    if kind == "Conv2D":
        _refuse(kind, config, "dilation_rate", ((1, 1), 1))
        _refuse(kind, config, "groups", (1,))
        return _layer(kind, filters=config["filters"], kernel=config["kernel_size"],
                      strides=config["strides"], padding=config["padding"],
                      activation=_activation(config, kind), use_bias=config["use_bias"])
    if kind in _POOLING:
        return _layer(kind, pool=config["pool_size"], strides=config.get("strides"),
                      padding=config["padding"])
    if kind == "BatchNormalization":
        _refuse(kind, config, "center", (True,))
        _refuse(kind, config, "scale", (True,))
        _refuse(kind, config, "axis", (-1, 3, [-1], [3]))
    if kind == "GlobalAveragePooling2D":
        _refuse(kind, config, "keepdims", (False,))
    if kind == "Dropout":
        return _layer(kind, rate=float(config["rate"]))
    if kind == "Dense":
        return _layer(kind, units=config["units"], activation=_activation(config, kind),
                      use_bias=config["use_bias"])
    if kind == "Activation":
        return _layer(kind, activation=_activation(config, kind))
    return new_layer(kind)


def from_keras(model: Any) -> LayerStack:
    """A Keras chain of builder layers ending in Dense softmax, as a stack; else UnsupportedNetwork.

    Options that would change shapes or parameter counts and that the builder cannot show
    (dilation, groups, channels_first, batch normalisation without centre or scale, …) are
    refused with code "layer_option"; options that only tune training (initialisers,
    regularisers, momentum, noise_shape) are dropped: the builder is about the architecture.
    """
    layers = _chain(model)
    shape = _input_shape(model)
    if not layers or type(layers[-1]).__name__ != "Dense":
        raise UnsupportedNetwork("output_layer")
    specs = [_spec_from_layer(layer) for layer in layers]
    last = specs[-1]
    if last.option("activation") != "softmax" or not last.option("use_bias"):
        raise UnsupportedNetwork("output_layer")
    return LayerStack(shape, int(last.option("units")), tuple(specs[:-1]))


# --- files ----------------------------------------------------------------------------------

def stack_to_json(stack: LayerStack) -> str:
    """The Keras architecture JSON of the stack: exactly ``to_keras(stack).to_json()``."""
    return to_keras(stack).to_json()


def stack_from_json(text: str) -> LayerStack:
    """A stack from Keras architecture JSON; UnsupportedNetwork "bad_json" when it is not one."""
    try:
        if not isinstance(json.loads(text), dict):
            raise ValueError("the file does not hold a JSON object")
    except (ValueError, TypeError) as error:
        raise UnsupportedNetwork("bad_json", {"detail": str(error)}) from error
    keras = require_keras()
    try:
        # Keras deserialises in safe mode: a Lambda layer's code is refused, never run.
        model = keras.models.model_from_json(text)
    except Exception as error:  # Keras raises ValueError, TypeError, KeyError, … on bad configs
        raise UnsupportedNetwork("bad_json", {"detail": f"{type(error).__name__}: "
                                                        f"{str(error)[:200]}"}) from error
    return from_keras(model)


def load_architecture(path: str | os.PathLike[str]) -> LayerStack:
    """Read a stack from an architecture ``.json`` or a ``.keras`` model (loaded safely).

    A missing or unreadable file raises OSError (.json) or ``ModelLoadError`` (.keras).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        return stack_from_json(path.read_text(encoding="utf-8"))
    if suffix == ".keras":
        from engine.models.io import load_model  # io imports Keras helpers: only when needed

        return from_keras(load_model(path))
    raise UnsupportedNetwork("file_type", {"suffix": suffix or "(none)"})


def save_architecture(stack: LayerStack, path: str | os.PathLike[str]) -> None:
    """Write ``stack_to_json(stack)`` to ``path`` atomically (temporary file, then rename)."""
    atomic_write_bytes(path, stack_to_json(stack).encode("utf-8"))


# --- presets --------------------------------------------------------------------------------

def _cnn_block(filters: int, padding: str) -> list[LayerSpec]:
    # As in architectures.build_cnn: no bias before batch normalisation, which adds its own.
    return [_layer("Conv2D", filters=filters, padding=padding, activation="linear",
                   use_bias=False),
            _layer("BatchNormalization"), _layer("Activation", activation="relu")]


def _preset_layers(key: str) -> list[LayerSpec]:
    conv, pool = "Conv2D", "MaxPooling2D"
    if key == "course":  # architectures.build_lecture_cnn, layer for layer
        return [_layer(conv, filters=32), _layer(pool), _layer(conv, filters=64), _layer(pool),
                _layer("Flatten"), _layer("Dropout", rate=0.5)]
    if key == "cnn":  # architectures.build_cnn
        return [*_cnn_block(32, "same"), *_cnn_block(32, "valid"), _layer(pool),
                *_cnn_block(64, "same"), *_cnn_block(64, "valid"), _layer(pool),
                _layer("Flatten"), _layer("Dropout", rate=0.3), _layer("Dense", units=128),
                _layer("Dropout", rate=0.3)]
    if key == "mlp":  # architectures.build_mlp
        return [_layer("Flatten"), _layer("Dense", units=44), _layer("Dropout", rate=0.2)]
    if key == "lenet5":
        # LeCun et al. 1998. The paper feeds 32×32 images; 'same' padding on the first
        # convolution stands in for that on 28×28 MNIST (its C1 maps stay 28×28).
        tanh = {"activation": "tanh"}
        return [_layer(conv, filters=6, kernel=5, padding="same", **tanh),
                _layer("AveragePooling2D"), _layer(conv, filters=16, kernel=5, **tanh),
                _layer("AveragePooling2D"), _layer("Flatten"),
                _layer("Dense", units=120, **tanh), _layer("Dense", units=84, **tanh)]
    if key == "colour":  # architectures.build("colour") without its Normalization layer
        # The builder has no Normalization row; the first batch normalisation rescales anyway.
        blocks = [[*_cnn_block(width, "same"), *_cnn_block(width, "same"), _layer(pool)]
                  for width in (32, 64, 128)]
        return [*(spec for block in blocks for spec in block), _layer("GlobalAveragePooling2D")]
    if key == "empty":
        return []
    raise ValueError(f"Unknown preset {key!r}; choose one of {', '.join(PRESETS)}.")


def preset(key: str, input_shape: tuple[int, int, int] = (28, 28, 1),
           num_classes: int = 10) -> LayerStack:
    """A ready-made stack: ``course``, ``cnn``, ``mlp``, ``lenet5``, ``colour`` or ``empty``."""
    return LayerStack(tuple(input_shape), num_classes,  # type: ignore[arg-type]
                      tuple(_preset_layers(key)))
