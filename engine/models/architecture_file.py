"""Keras architecture files: what ``model.to_json()`` writes, read back as an untrained model.

Students write a network in Keras, save ``model.to_json()`` and bring it to the app (``main.py
train --architecture``, ``main.py code --model FILE.json``). The file holds the layers and
their settings, not weights. It is data from elsewhere, so it is read with care: a Lambda layer
(Python code inside the file) is refused before Keras sees it, and every way the file can be
wrong becomes one ``ArchitectureError`` that names the file.
"""

import json
from pathlib import Path
from typing import Any

from engine.tensorflow_runtime import require_keras


class ArchitectureError(ValueError):
    """An architecture file that cannot become a model, said in plain words (English)."""


def load_architecture(path: str | Path) -> Any:
    """The untrained Keras model that ``path`` (a ``model.to_json()`` file) describes."""
    keras = require_keras()
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        description = json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ArchitectureError(f"{path}: not a readable Keras architecture (.json) file "
                                f"({error}).") from error
    if not isinstance(description, dict) or "class_name" not in description:
        raise ArchitectureError(f"{path}: not a Keras architecture; write one with "
                                "model.to_json().")
    lambdas = sorted(_lambda_layers(description))
    if lambdas:
        raise ArchitectureError(f"{path}: the layer {lambdas[0]!r} is a Lambda layer (Python "
                                "code inside the file), which CNN Lab does not run from files.")
    try:
        return keras.models.model_from_json(text)
    except Exception as error:  # Keras raises many kinds (ValueError, TypeError, KeyError…)
        raise ArchitectureError(f"{path}: Keras cannot build this architecture "
                                f"({type(error).__name__}: {error}).") from error


def _lambda_layers(node: Any) -> set[str]:
    """Names of the Lambda layers anywhere in a parsed architecture (nested models too)."""
    found: set[str] = set()
    if isinstance(node, dict):
        if node.get("class_name") == "Lambda":
            found.add(str((node.get("config") or {}).get("name", "lambda")))
        for value in node.values():
            found |= _lambda_layers(value)
    elif isinstance(node, list):
        for value in node:
            found |= _lambda_layers(value)
    return found


def check_fits(model: Any, image_shape: tuple[int, int, int], num_classes: int,
               where: str | Path) -> None:
    """ArchitectureError unless ``model`` reads images of ``image_shape`` into the classes."""
    from engine.models.io import ModelLoadError, input_spec

    try:
        spec = input_spec(model, where)
    except ModelLoadError as error:
        raise ArchitectureError(str(error)) from error
    height, width, channels = image_shape
    classes = int(model.outputs[0].shape[-1])
    if (spec.height, spec.width, spec.channels or 1) != (height, width, channels) or \
            classes != num_classes:
        raise ArchitectureError(
            f"{Path(where).name}: this network reads {spec.height} × {spec.width} × "
            f"{spec.channels or 1} images into {classes} classes, but the data has "
            f"{height} × {width} × {channels} images in {num_classes} classes.")
