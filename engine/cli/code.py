"""``python main.py code``: the Keras script (or notebook) that builds and trains a network.

The network is a built-in one, a ``.keras`` model or a Keras architecture file; the script's
settings are the ``train`` command's. A network that is not one plain chain of layers cannot
be written as ``keras.Sequential``: that is said on stderr (exit status 2), never half-written.
"""

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

from engine.cli.errors import UsageError

MNIST_LIKE = ((28, 28, 1), 10)  # what the named datasets hold: 28×28 grey images, 10 classes


def code_command(args: argparse.Namespace) -> str:
    from engine.paths import atomic_write_bytes
    from engine.training.keras_code import (
        CodeSettings,
        NotSequentialError,
        layer_calls_from_model,
        model_input_shape,
        notebook,
        script,
    )

    out: Path = args.notebook or args.out
    shape, classes = _data_shape(args.dataset)
    model = _network(args.model, shape, classes)
    settings = CodeSettings(
        dataset=args.dataset, epochs=args.epochs, batch_size=args.batch_size,
        learning_rate=args.lr, optimizer=args.optimizer, validation_fraction=0.1,
        seed=args.seed, augment=args.augment, schedule=args.schedule,
        model_path=out.with_suffix(".keras").name, language=args.lang)
    try:
        calls = layer_calls_from_model(model)
    except NotSequentialError as error:
        raise UsageError(error.message(args.lang)) from error
    input_shape = model_input_shape(model)
    if args.notebook:
        text = json.dumps(notebook(calls, input_shape, settings), ensure_ascii=False, indent=1)
    else:
        text = script(calls, input_shape, settings)
    try:
        atomic_write_bytes(out, (text.rstrip("\n") + "\n").encode("utf-8"))
    except OSError as error:
        raise UsageError(f"{out}: cannot write it ({error.strerror or error}).") from error
    return f"wrote {out} ({len(calls)} layers, {model.count_params():,} parameters)"


def _data_shape(dataset: str) -> tuple[tuple[int, int, int], int]:
    """The image shape and class count of the data the script will train on."""
    if dataset in ("mnist", "sample", "fashion"):
        return MNIST_LIKE
    path = Path(dataset)
    if path.suffix != ".npz" or not path.is_file():
        raise UsageError(f"{dataset}: the script reads mnist, sample, fashion or an .npz file "
                         "with x_train and y_train.")
    try:
        with np.load(path, allow_pickle=False) as data:
            x, y = data["x_train"], data["y_train"]
            labels = np.concatenate([y, data["y_test"]]) if "y_test" in data.files else y
    except (OSError, ValueError, KeyError) as error:
        raise UsageError(f"{path}: not an .npz with x_train and y_train ({error}).") from error
    shape = (int(x.shape[1]), int(x.shape[2]), int(x.shape[3]) if x.ndim == 4 else 1)
    return shape, int(labels.max(initial=0)) + 1


def _network(source: str, shape: tuple[int, int, int], classes: int) -> Any:
    """A built-in network sized for the data, or the one in a .keras or .json file."""
    from engine.models import architectures
    from engine.models.architecture_file import ArchitectureError, check_fits, load_architecture

    if source in architectures.ARCHITECTURES:
        return architectures.build(source, shape, classes)
    path = Path(source)
    if path.suffix == ".keras":
        from engine.cli.commands import open_model

        model = open_model(path)[0]
    elif path.suffix == ".json":
        try:
            model = load_architecture(path)
        except ArchitectureError as error:
            raise UsageError(str(error)) from error
    else:
        raise UsageError(f"{source}: choose {', '.join(sorted(architectures.ARCHITECTURES))}, "
                         "a .keras model or a Keras architecture .json file.")
    try:
        check_fits(model, shape, classes, path)
    except ArchitectureError as error:
        raise UsageError(str(error)) from error
    return model
