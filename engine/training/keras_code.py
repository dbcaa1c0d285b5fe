"""The Keras script students take home: the network and the training the app runs, as code.

``script`` writes a self-contained Python file in the style of keras-io's
``examples/vision/mnist_convnet.py``: constants first, the network as a readable
``keras.Sequential`` list, one comment per step saying why. It needs only Python, NumPy and
Keras/TensorFlow, never the app, and never loads the network from a file
(``model_from_json``, ``load_model``): the point is to read it. ``notebook`` gives the same
steps as an nbformat-4 notebook. The training it writes is the trainer's
(``engine.training.trainer``): the same hold-out, subset, optimizer, schedule and loss, so the
same settings reach the same accuracy in the app and in the script.

Layers arrive as ``LayerCall`` values, from the builder or from any Keras model
(``layer_calls_from_model``), so a network made elsewhere gets its code too. One that is not a
plain chain of ``keras.layers`` raises ``NotSequentialError`` saying why.
"""

import dataclasses
import inspect
import json
import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.datasets import builtin
from engine.datasets.cifar import ORDER_SEED as CIFAR_ORDER_SEED
from engine.datasets.cifar import cifar_path
from engine.models.layer_call import LayerCall
from engine.tensorflow_runtime import require_keras
from engine.training import augment
from engine.training.keras_code_texts import TEXTS, text
from engine.training.trainer import ONE_CYCLE_START, ONE_CYCLE_WARM_UP

DATASETS = ("mnist", "sample", "fashion", "cifar10")
SCHEDULES = ("constant", "cosine", "one_cycle")  # engine.training.trainer.SCHEDULES
OPTIMIZER_CLASSES = {"adam": "Adam", "sgd": "SGD", "rmsprop": "RMSprop"}
LANGUAGES = tuple(TEXTS)
# The arguments Keras people write without their names, in this order (``Conv2D(32, 3)``).
POSITIONAL = {
    "Conv1D": ("filters", "kernel_size"), "Conv2D": ("filters", "kernel_size"),
    "Conv3D": ("filters", "kernel_size"), "SeparableConv2D": ("filters", "kernel_size"),
    "Conv2DTranspose": ("filters", "kernel_size"), "DepthwiseConv2D": ("kernel_size",),
    "Dense": ("units",), "Dropout": ("rate",), "SpatialDropout2D": ("rate",),
    "MaxPooling1D": ("pool_size",), "MaxPooling2D": ("pool_size",),
    "AveragePooling1D": ("pool_size",), "AveragePooling2D": ("pool_size",),
    "Activation": ("activation",), "Reshape": ("target_shape",), "Rescaling": ("scale",),
    "ZeroPadding2D": ("padding",), "UpSampling2D": ("size",), "GaussianNoise": ("stddev",),
}
# Sizes Keras stores as tuples but people write as one number when all sides agree.
SQUARE_SIZES = {"kernel_size", "strides", "pool_size", "dilation_rate", "size"}
# Arguments written even when they equal Keras' default, because a reader wants to see them.
ALWAYS = {"pool_size"}
# engine.training.augment's ranges, as the script's Keras layers take them.
AUGMENT_RANGES = {"rotation_degrees": augment.ROTATION_DEGREES, "shear": augment.SHEAR,
                  "zoom": augment.ZOOM[1], "shift_pixels": augment.SHIFT_PIXELS}
FASHION_DIR = str(builtin.FASHION_DIR)  # as the script writes it
# Config keys that describe the instance, not the layer a person writes.
SKIPPED_KEYS = {"name", "trainable", "dtype", "batch_input_shape", "batch_shape",
                "input_shape", "build_config", "compile_config"}


class Expression(str):
    """A layer argument written as code, not as a string (``keras.regularizers.L2(0.001)``)."""


@dataclass(frozen=True)
class CodeSettings:
    """What the script trains on and how: the Training tab's settings, as constants."""

    dataset: str = "mnist"  # "mnist", "sample", "fashion", "cifar10", or the path of an .npz
    epochs: int = 5
    batch_size: int = 128
    learning_rate: float = 1e-3
    optimizer: str = "adam"
    validation_fraction: float = 0.1
    seed: int = 0
    augment: bool = False
    schedule: str = "constant"  # or "cosine", "one_cycle"
    momentum: float = 0.0  # SGD only (Nesterov's when above 0), as the trainer does
    weight_decay: float = 0.0
    limit: int = 0  # at most this many training images (0: all), as history.training_subset
    model_path: str = "model.keras"
    language: str = "pt_BR"  # the comments' language: "pt_BR" or "en"

    @classmethod
    def from_train_config(cls, config: Any, **kw: Any) -> "CodeSettings":
        """The settings of a ``TrainConfig``; ``kw`` adds the rest (dataset, language, …)."""
        names = {"epochs", "batch_size", "learning_rate", "optimizer", "validation_fraction",
                 "seed", "augment", "schedule", "momentum", "weight_decay"}
        values = {name: getattr(config, name) for name in names if hasattr(config, name)}
        return cls(**{**values, **kw})


class NotSequentialError(ValueError):
    """Why a network cannot be written as one ``keras.Sequential`` list of layers.

    ``kind`` is one of ``TEXTS[...]["not_sequential"]``'s keys; ``layer`` names the layer at
    fault. ``str()`` is the English message (the CLI's stderr), ``message`` any language.
    """

    def __init__(self, kind: str, layer: str = "") -> None:
        self.kind, self.layer = kind, layer
        super().__init__(self.message("en"))

    def message(self, language: str) -> str:
        return text(language, "not_sequential")[self.kind].format(layer=self.layer)


# --- from a Keras model to LayerCalls ------------------------------------------------------

def layer_calls_from_model(model: Any) -> list[LayerCall]:
    """The layers of ``model`` as calls, or NotSequentialError if it is not a plain chain."""
    return [_layer_call(layer) for layer in _chain(model)]


def _chain(model: Any) -> list[Any]:
    """The model's layers in order, nested Sequential models flattened into the list."""
    keras = require_keras()
    if type(model).__name__ not in ("Sequential", "Functional"):
        # A subclassed model's layers are wired by its Python call(), which no file shows.
        raise NotSequentialError("custom", f"{model.name} ({type(model).__name__})")
    if len(getattr(model, "inputs", None) or []) > 1:
        raise NotSequentialError("inputs", model.name)
    if len(getattr(model, "outputs", None) or []) > 1:
        raise NotSequentialError("outputs", model.name)
    if not isinstance(model, keras.Sequential):
        _check_plain_chain(model)
    chain: list[Any] = []
    for layer in model.layers:
        if isinstance(layer, keras.layers.InputLayer):
            continue
        if isinstance(layer, keras.Model):
            chain += _chain(layer)  # a model inside a model: its layers, in place
        else:
            chain.append(layer)
    return chain


def _check_plain_chain(model: Any) -> None:
    """A functional model must feed each layer from the one before it, once, and only it."""
    keras = require_keras()
    previous = None
    for layer in model.layers:
        nodes = _nodes_in(layer, model)
        if len(nodes) > 1:
            raise NotSequentialError("shared", layer.name)
        if isinstance(layer, keras.layers.InputLayer):
            if previous is not None:
                raise NotSequentialError("inputs", layer.name)
            previous = layer
            continue
        parents = nodes[0].parent_nodes if nodes else []
        if len(parents) != 1 or parents[0].operation is not previous:
            raise NotSequentialError("branch", layer.name)
        previous = layer
    outputs = model.outputs[0]._keras_history.operation if model.outputs else None
    if previous is not None and outputs is not previous:
        raise NotSequentialError("branch", previous.name)


def _nodes_in(layer: Any, model: Any) -> list[Any]:
    """The calls of ``layer`` inside ``model``'s graph (a layer may also be called elsewhere).

    Keras keys a model's nodes as "<id of the layer>_ib-<index of the call>".
    """
    keys = getattr(model, "_nodes", None)
    return [node for index, node in enumerate(layer._inbound_nodes)
            if keys is None or f"{id(layer)}_ib-{index}" in keys]


def _layer_call(layer: Any) -> LayerCall:
    """One layer as ``layers.<Class>(...)`` with the arguments that differ from Keras'."""
    keras = require_keras()
    cls = type(layer)
    name = cls.__name__
    if name == "Lambda":
        raise NotSequentialError("lambda", layer.name)
    if getattr(keras.layers, name, None) is not cls:
        raise NotSequentialError("custom", f"{layer.name} ({name})")
    config = layer.get_config()
    required = _required_arguments(cls)
    try:
        default = cls(**{key: config[key] for key in required if key in config}).get_config()
    except Exception:  # a layer Keras cannot build bare: write all of its settings instead
        default = {}
    args = [(key, _plain(config[key])) for key in required if key in config]
    for key, value in config.items():
        if key in SKIPPED_KEYS or key in required:
            continue
        if key == "seed" or (key not in ALWAYS and
                             _same(value, default.get(key, inspect.Parameter.empty))):
            continue  # a seed only makes runs repeatable; the script seeds everything itself
        args.append((key, _plain(value)))
    return LayerCall(name, tuple(_tidy(name, args)))


def _required_arguments(cls: type) -> list[str]:
    parameters = inspect.signature(cls.__init__).parameters.values()
    return [p.name for p in parameters if p.name != "self" and p.default is p.empty
            and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]


def _same(value: Any, default: Any) -> bool:
    return _plain(value) == _plain(default) if default is not inspect.Parameter.empty else False


def _plain(value: Any) -> Any:
    """A config value as plain Python: lists become tuples, Keras objects become code."""
    if isinstance(value, dict) and "class_name" in value:
        return _keras_object(value)
    if isinstance(value, list | tuple):
        return tuple(_plain(item) for item in value)
    return value


def _keras_object(config: dict[str, Any]) -> Expression:
    """An initializer/regularizer/constraint dict as the call that makes it."""
    module = str(config.get("module") or "keras")
    inner = {k: v for k, v in (config.get("config") or {}).items() if v is not None}
    arguments = ", ".join(f"{key}={_code(_plain(value))}" for key, value in inner.items())
    return Expression(f"{module}.{config['class_name']}({arguments})")


def _tidy(name: str, args: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """Drop what Keras would fill in anyway (pooling strides equal to the pool)."""
    values = dict(args)
    if "pool_size" in values and values.get("strides") == values["pool_size"]:
        args = [(key, value) for key, value in args if key != "strides"]
    if name == "Activation" or "activation" not in values:
        return args
    return [(key, value) for key, value in args if (key, value) != ("activation", "linear")]


# --- from LayerCalls to code ---------------------------------------------------------------

def _code(value: Any, key: str = "") -> str:
    """A Python literal for ``value`` (tuples of equal sizes written as one number)."""
    if isinstance(value, Expression):
        return str(value)
    if isinstance(value, tuple):
        if key in SQUARE_SIZES and value and all(v == value[0] for v in value):
            return _code(value[0])
        inner = ", ".join(_code(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float) and value > 0 and math.isclose(value * 255, 1.0):
        return "1 / 255"  # Rescaling's scale, as people write it
    return repr(value)


def layer_line(call: LayerCall) -> str:
    """``layers.Conv2D(32, 3, activation="relu")``: main sizes positional, the rest by name."""
    return f"layers.{call.class_name}({', '.join(_arguments(call))})"


def _layer_rows(call: LayerCall, indent: str) -> list[str]:
    """The layer as a list item; one argument per line when it would not fit in 99 columns."""
    line = f"{indent}{layer_line(call)},"
    if len(line) <= 99:
        return [line]
    inner = [f"{indent}    {argument}," for argument in _arguments(call)]
    return [f"{indent}layers.{call.class_name}(", *inner, f"{indent}),"]


def _arguments(call: LayerCall) -> list[str]:
    positional = POSITIONAL.get(call.class_name, ())
    values = dict(call.args)
    parts, used = [], set()
    for key in positional:
        if key not in values:
            break
        parts.append(_code(values[key], key))
        used.add(key)
    return parts + [f"{key}={_code(value, key)}" for key, value in call.args if key not in used]


@dataclass(frozen=True)
class Section:
    """One step of the script: why (a comment, or a notebook's markdown cell), then the code."""

    comment: str
    code: str


def script(calls: Sequence[LayerCall], input_shape: tuple[int, ...],
           settings: CodeSettings) -> str:
    """The whole Python script: a docstring, then each step's comment and code."""
    lines = [f'"""{_header(settings)}"""', ""]
    for section in sections(calls, input_shape, settings):
        lines += _comment_lines(section.comment) + section.code.splitlines() + [""]
    return "\n".join(lines).rstrip() + "\n"


def notebook(calls: Sequence[LayerCall], input_shape: tuple[int, ...],
             settings: CodeSettings) -> dict[str, Any]:
    """The same steps as an nbformat-4 notebook: a markdown cell (why) before each code cell."""
    cells = [_cell("markdown", f"# {_header(settings)}", 0)]
    for index, section in enumerate(sections(calls, input_shape, settings)):
        cells.append(_cell("markdown", section.comment, 2 * index + 1))
        cells.append(_cell("code", section.code, 2 * index + 2))
    return {"nbformat": 4, "nbformat_minor": 5, "cells": cells,
            "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                        "name": "python3"},
                         "language_info": {"name": "python", "pygments_lexer": "ipython3",
                                           "file_extension": ".py", "mimetype": "text/x-python"}}}


def script_for_model(model: Any, settings: CodeSettings) -> str:
    """The script for a Keras model: its layers, and its input shape without the batch."""
    return script(layer_calls_from_model(model), model_input_shape(model), settings)


def model_input_shape(model: Any) -> tuple[int, ...]:
    # model.inputs, not model.input: a Sequential loaded from .keras has no .input.
    return tuple(int(d) for d in model.inputs[0].shape[1:])


def _cell(kind: str, source: str, number: int) -> dict[str, Any]:
    lines = source.splitlines(keepends=True)
    cell: dict[str, Any] = {"cell_type": kind, "id": f"cell-{number}", "metadata": {},
                            "source": lines}
    if kind == "code":
        cell.update(outputs=[], execution_count=None)
    return cell


def _comment_lines(comment: str) -> list[str]:
    return ["# " + line for line in textwrap.wrap(comment, 97)]


def _header(settings: CodeSettings) -> str:
    return text(settings.language, "header").format(
        data=_data_name(settings), file=Path(settings.model_path).name)


def _data_name(settings: CodeSettings) -> str:
    names = text(settings.language, "data_names")
    return names.get(settings.dataset) or Path(settings.dataset).name


def sections(calls: Sequence[LayerCall], input_shape: tuple[int, ...],
             settings: CodeSettings) -> list[Section]:
    """Every step of the script, in order."""
    _check_settings(settings)
    found = [_imports(settings), _constants(settings), _seed(settings), *_data(settings),
             _limit(settings), _validation(settings), _scaling(calls, input_shape, settings),
             _network(calls, input_shape, settings), _augment(input_shape, settings),
             _compile(settings), _fit(settings), _evaluate(settings), _save(settings)]
    return [section for section in found if section is not None]


def _check_settings(settings: CodeSettings) -> None:
    if settings.language not in LANGUAGES:
        raise ValueError(f"No comments in {settings.language!r}; choose one of {LANGUAGES}.")
    if settings.optimizer not in OPTIMIZER_CLASSES:
        raise ValueError(f"Unknown optimizer {settings.optimizer!r}.")
    if settings.schedule not in SCHEDULES:
        raise ValueError(f"Unknown schedule {settings.schedule!r}.")


def replace(settings: CodeSettings, **changes: Any) -> CodeSettings:
    """``settings`` with some fields changed (for the GUI's live panel)."""
    return dataclasses.replace(settings, **changes)


# --- the steps of the script ---------------------------------------------------------------
# Each returns a Section (None when the settings leave the step out). The code mirrors the
# trainer's, written out plainly (engine.training.trainer, engine.training.history).

def _say(settings: CodeSettings, key: str) -> str:
    return str(text(settings.language, key))


def _is_file_dataset(settings: CodeSettings) -> bool:
    return settings.dataset not in DATASETS


def _imports(settings: CodeSettings) -> Section:
    first = "import gzip\nimport os\n" if settings.dataset == "fashion" else "import os\n"
    tensorflow = "import tensorflow as tf\n" if settings.dataset == "cifar10" else ""
    return Section(_say(settings, "imports"),
                   f"{first}\nimport keras\nimport numpy as np\n{tensorflow}"
                   "from keras import layers\n")


def data_path(settings: CodeSettings) -> str:
    """Where the script reads its data, resolved now (the app's own files, or the user's)."""
    if settings.dataset in ("mnist", "sample"):
        return str(Path(builtin.mnist_path()).resolve())
    if settings.dataset == "fashion":
        return str(FASHION_DIR)
    if settings.dataset == "cifar10":
        return str(Path(cifar_path()).resolve())
    return str(Path(settings.dataset).expanduser().resolve())


def _constants(settings: CodeSettings) -> Section:
    lines = [f"EPOCHS = {settings.epochs}", f"BATCH_SIZE = {settings.batch_size}",
             f"LEARNING_RATE = {settings.learning_rate!r}",
             f"VALIDATION_FRACTION = {settings.validation_fraction!r}",
             f"SEED = {settings.seed}"]
    if settings.optimizer == "sgd" and settings.momentum > 0:
        lines.append(f"MOMENTUM = {settings.momentum!r}")
    if settings.weight_decay > 0:
        lines.append(f"WEIGHT_DECAY = {settings.weight_decay!r}")
    if settings.limit > 0:
        lines.append(f"LIMIT = {settings.limit}")
    lines += [f"DATA_PATH = {_code(data_path(settings))}",
              f"MODEL_PATH = {_code(settings.model_path)}"]
    return Section(_say(settings, "constants"), "\n".join(lines))


def _seed(settings: CodeSettings) -> Section:
    return Section(_say(settings, "seed"), "keras.utils.set_random_seed(SEED)")


MNIST_LOAD = """if os.path.exists(DATA_PATH):
    with np.load(DATA_PATH, allow_pickle=False) as data:
        x_train, y_train = data["x_train"], data["y_train"]
        x_test, y_test = data["x_test"], data["y_test"]
else:
    (x_train, y_train), (x_test, y_test) = keras.datasets.{module}.load_data()"""

FASHION_LOAD = """def read_idx(name):
    # IDX files: a 4-byte header whose last byte is the number of dimensions, the sizes
    # (4 bytes each, big-endian), then the bytes themselves.
    with gzip.open(os.path.join(DATA_PATH, name)) as file:
        raw = file.read()
    shape = np.frombuffer(raw, ">u4", count=raw[3], offset=4)
    return np.frombuffer(raw, np.uint8, offset=4 + 4 * raw[3]).reshape(shape)


if os.path.isdir(DATA_PATH):
    x_train = read_idx("train-images-idx3-ubyte.gz")
    y_train = read_idx("train-labels-idx1-ubyte.gz").astype("int64")
    x_test = read_idx("t10k-images-idx3-ubyte.gz")
    y_test = read_idx("t10k-labels-idx1-ubyte.gz").astype("int64")
else:
    (x_train, y_train), (x_test, y_test) = keras.datasets.fashion_mnist.load_data()"""

SAMPLE = """# The first 500 training images of each digit, in the file's order.
keep = np.sort(np.concatenate([np.flatnonzero(y_train == digit)[:500] for digit in range(10)]))
x_sample, y_sample = x_train[keep], y_train[keep]
# 20% of each digit to the test set, drawn with CNN Lab's fixed seed 20240.
rng = np.random.default_rng(20240)
train_part, test_part = [], []
for digit in np.unique(y_sample):
    members = rng.permutation(np.flatnonzero(y_sample == digit))
    count = round(len(members) * 0.2)
    test_part.append(members[:count])
    train_part.append(members[count:])
train_part, test_part = np.sort(np.concatenate(train_part)), np.sort(np.concatenate(test_part))
x_train, y_train = x_sample[train_part], y_sample[train_part]
x_test, y_test = x_sample[test_part], y_sample[test_part]"""


CIFAR_LOAD = """def decode(blob, offsets):
    # Each photo is kept as the JPEG file it came as; offsets say where each one starts.
    return np.stack([tf.io.decode_jpeg(blob[start:end].tobytes()).numpy()
                     for start, end in zip(offsets[:-1], offsets[1:])])


def split(data, name):
    x, y = decode(data[name + "_jpeg"], data[name + "_offsets"]), data[name + "_y"]
    order = np.random.default_rng([{seed}, len(x)]).permutation(len(x))  # CNN Lab's order
    return x[order], y[order].astype("int64")


if os.path.exists(DATA_PATH):
    with np.load(DATA_PATH, allow_pickle=False) as data:
        (x_train, y_train), (x_test, y_test) = split(data, "train"), split(data, "test")
else:
    (x_train, y_train), (x_test, y_test) = keras.datasets.cifar10.load_data()
    y_train, y_test = y_train.ravel(), y_test.ravel()"""


def _has_test(settings: CodeSettings) -> bool:
    """Whether the data has a test set (a user's .npz may not); read from the file now."""
    if not _is_file_dataset(settings):
        return True
    import numpy as np

    try:
        with np.load(data_path(settings), allow_pickle=False) as data:
            return "x_test" in data.files and "y_test" in data.files
    except (OSError, ValueError):
        return True  # not readable now: write the usual script; it says what is wrong when run


def _data(settings: CodeSettings) -> list[Section]:
    if settings.dataset == "fashion":
        return [Section(_say(settings, "data_fashion"), FASHION_LOAD)]
    if settings.dataset == "cifar10":
        return [Section(_say(settings, "data_cifar"), CIFAR_LOAD.format(seed=CIFAR_ORDER_SEED))]
    if settings.dataset in ("mnist", "sample"):
        found = [Section(_say(settings, "data_mnist"), MNIST_LOAD.format(module="mnist"))]
        return found + ([Section(_say(settings, "sample"), SAMPLE)]
                        if settings.dataset == "sample" else [])
    lines = ["with np.load(DATA_PATH, allow_pickle=False) as data:",
             '    x_train, y_train = data["x_train"], data["y_train"]']
    if _has_test(settings):
        lines.append('    x_test, y_test = data["x_test"], data["y_test"]')
    return [Section(_say(settings, "data_file"), "\n".join(lines))]


def _limit(settings: CodeSettings) -> Section | None:
    if settings.limit <= 0:
        return None
    return Section(_say(settings, "limit"), """if len(x_train) > LIMIT:
    keep = np.sort(np.random.default_rng(SEED).permutation(len(x_train))[:LIMIT])
    x_train, y_train = x_train[keep], y_train[keep]""")


def _validation(settings: CodeSettings) -> Section | None:
    if settings.validation_fraction <= 0:
        return None
    return Section(_say(settings, "validation"), VALIDATION)


VALIDATION = """order = np.random.default_rng(SEED).permutation(len(x_train))
n_val = round(len(x_train) * VALIDATION_FRACTION)
x_val, y_val = x_train[order[:n_val]], y_train[order[:n_val]]
x_train, y_train = x_train[order[n_val:]], y_train[order[n_val:]]"""


def _evaluation_split(settings: CodeSettings) -> str:
    """What the script measures at the end: the test set; without one, the validation set
    (as the app's evaluation does), or the training images when there is no hold-out."""
    if _has_test(settings):
        return "test"
    return "val" if settings.validation_fraction > 0 else "train"


def _scaling(calls: Sequence[LayerCall], input_shape: tuple[int, ...],
             settings: CodeSettings) -> Section:
    rescales = bool(calls) and calls[0].class_name == "Rescaling"
    body = 'images.astype("float32")' if rescales else 'images.astype("float32") / 255'
    channel = len(input_shape) == 3 and input_shape[2] == 1
    code = ["def prepare(images):", f"    images = {body}",
            "    return images[..., np.newaxis] if images.ndim == 3 else images" if channel
            else "    return images", "", ""]
    names = ["train"] + ["val"] * (settings.validation_fraction > 0) + ["test"] * _has_test(
        settings)
    code += [f"x_{name} = prepare(x_{name})" for name in names]
    return Section(_say(settings, "scaling_255" if rescales else "scaling"), "\n".join(code))


def _network(calls: Sequence[LayerCall], input_shape: tuple[int, ...],
             settings: CodeSettings) -> Section:
    rows = [f"        keras.Input(shape={_code(tuple(input_shape))}),"]
    rows += [row for call in calls for row in _layer_rows(call, "        ")]
    code = "model = keras.Sequential(\n    [\n" + "\n".join(rows) + "\n    ]\n)\n"
    return Section(_say(settings, "network"), code + "model.summary()")


def augment_layers(input_shape: tuple[int, ...]) -> list[str]:
    """Keras' preprocessing layers nearest to engine.training.augment's ranges."""
    ranges = AUGMENT_RANGES
    turn = round(ranges["rotation_degrees"] / 360, 4)  # Keras counts turns, not degrees
    zoom = round(ranges["zoom"] - 1, 4)
    shift = round(ranges["shift_pixels"] / input_shape[0], 4)  # a share of the height
    fill = 'fill_mode="constant"'  # the digits stand on black: fill the borders with it
    return [f"layers.RandomRotation({turn}, {fill}),  # ±{ranges['rotation_degrees']:g}°",
            f"layers.RandomShear(x_factor={ranges['shear']}, {fill}),",
            f"layers.RandomZoom({zoom}, {fill}),",
            f"layers.RandomTranslation({shift}, {shift}, {fill}),  "
            f"# ±{ranges['shift_pixels']:g} px"]


def photo_augment_layers(input_shape: tuple[int, ...]) -> list[str]:
    """Keras' layers for engine.training.augment's colour framing: flips and mirrored shifts."""
    shift = round(augment.PHOTO_SHIFT_PIXELS / input_shape[0], 4)
    return ['layers.RandomFlip("horizontal"),',
            f'layers.RandomTranslation({shift}, {shift}, fill_mode="reflect"),  '
            f"# ±{augment.PHOTO_SHIFT_PIXELS:g} px"]


def _augment(input_shape: tuple[int, ...], settings: CodeSettings) -> Section | None:
    if not settings.augment:
        return None
    colour = len(input_shape) == 3 and input_shape[2] == 3  # as the trainer decides it
    rows = [f"        keras.Input(shape={_code(tuple(input_shape))}),"]
    rows += [f"        {line}" for line in (photo_augment_layers(input_shape) if colour
                                            else augment_layers(input_shape))]
    code = ("augment = keras.Sequential(\n    [\n" + "\n".join(rows) + "\n    ]\n)\n"
            "training_model = keras.Sequential([augment, model])")
    return Section(_say(settings, "augment_photos" if colour else "augment"), code)


def _trained(settings: CodeSettings) -> str:
    return "training_model" if settings.augment else "model"


def _compile(settings: CodeSettings) -> Section:
    kind = OPTIMIZER_CLASSES[settings.optimizer]
    comment = _say(settings, "optimizer") + " " + _say(settings, "compile")
    rate = "LEARNING_RATE"
    lines = []
    steps = "steps = EPOCHS * int(np.ceil(len(x_train) / BATCH_SIZE))"
    if settings.schedule == "cosine":
        comment += " " + _say(settings, "cosine")
        lines = [steps, "learning_rate = keras.optimizers.schedules.CosineDecay(LEARNING_RATE, "
                 "steps, alpha=0.05)"]
        rate = "learning_rate"
    elif settings.schedule == "one_cycle":
        comment += " " + _say(settings, "one_cycle")
        lines = [steps, f"warm_up = max(1, round(steps * {ONE_CYCLE_WARM_UP!r}))",
                 "learning_rate = keras.optimizers.schedules.CosineDecay(",
                 f"    LEARNING_RATE * {ONE_CYCLE_START!r}, max(steps - warm_up, 1), "
                 "alpha=0.0,",
                 "    warmup_target=LEARNING_RATE, warmup_steps=warm_up,", ")"]
        rate = "learning_rate"
    options = [f"learning_rate={rate}"]
    if settings.optimizer == "sgd" and settings.momentum > 0:
        comment += " " + _say(settings, "momentum")
        options += ["momentum=MOMENTUM", "nesterov=True"]
    if settings.weight_decay > 0:
        comment += " " + _say(settings, "weight_decay")
        options.append("weight_decay=WEIGHT_DECAY")
    call = f"optimizer = keras.optimizers.{kind}({', '.join(options)})"
    if len(call) > 88:  # one argument per line, as black would write it
        call = (f"optimizer = keras.optimizers.{kind}(\n"
                + "".join(f"    {option},\n" for option in options) + ")")
    lines += [call,
              f"{_trained(settings)}.compile(",
              '    optimizer=optimizer, loss="sparse_categorical_crossentropy", '
              'metrics=["accuracy"]', ")"]
    return Section(comment, "\n".join(lines))


def _fit(settings: CodeSettings) -> Section:
    validation = settings.validation_fraction > 0
    lines = [f"{_trained(settings)}.fit(", "    x_train,", "    y_train,",
             "    batch_size=BATCH_SIZE,", "    epochs=EPOCHS,"]
    if validation:
        lines.append("    validation_data=(x_val, y_val),")
    lines += ["    shuffle=True,", ")"]
    return Section(_say(settings, "fit" if validation else "fit_no_validation"),
                   "\n".join(lines))


def _evaluate(settings: CodeSettings) -> Section:
    split = _evaluation_split(settings)
    key = "evaluate_sample" if settings.dataset == "sample" else f"evaluate_{split}"
    label = _say(settings, "accuracy_label")
    code = (f"loss, accuracy = {_trained(settings)}.evaluate(x_{split}, y_{split}, "
            "verbose=0)\n"
            f'print(f"{label}: {{accuracy:.4f}}")')
    return Section(_say(settings, key), code)


def _save(settings: CodeSettings) -> Section:
    return Section(_say(settings, "save"), "model.save(MODEL_PATH)")
