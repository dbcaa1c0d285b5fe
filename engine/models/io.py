"""Loading, saving and running image classifiers: the bridge between Keras and the app.

- ``load_model`` accepts any Keras image classifier with one image input (grey or RGB, any
  size) and turns every way a file can be wrong into one ``ModelLoadError``.
- ``save_model`` writes atomically: a crash mid-save leaves the previous file intact.
- ``Predictor`` runs one image in well under a millisecond through a compiled
  ``tf.function``; ``model.predict`` costs about 30 ms per call and is never used here.

TensorFlow and Keras are imported inside functions so that importing the engine stays cheap.
"""

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.models.architectures import ARCHITECTURES, build
from engine.paths import atomic_output, atomic_write_bytes
from engine.tensorflow_runtime import require_keras

__all__ = ["ARCHITECTURES", "InputSpec", "ModelLoadError", "build", "card_path", "class_names",
           "input_spec", "layer_summary", "load_card", "load_model", "save_model", "write_card"]

CARD_SUFFIX = ".json"


class ModelLoadError(ValueError):
    """A model file that cannot be used, with a message that names the file and says why.

    ``kind`` tells the interface which short sentence to show in its own language (the
    message itself is English, for the CLI and logs); ``detail`` is the technical reason.
    """

    MISSING = "missing"  # no file at that path
    NOT_KERAS = "not-keras"  # not a .keras zip archive (damaged, or another kind of file)
    UNREADABLE = "unreadable"  # another Keras version, an unknown layer, damaged inside
    NOT_CLASSIFIER = "not-classifier"  # loads, but is not a one-image-in, scores-out model

    def __init__(self, message: str, kind: str = UNREADABLE, detail: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.detail = detail or message


@dataclass(frozen=True)
class InputSpec:
    """What a model's single image input wants: size, channels and value range."""

    height: int
    width: int
    channels: int  # 1 (grey) or 3 (RGB); 0 when the input has no channel axis (N, H, W)
    scale_255: bool  # True when the model rescales itself (feed 0–255, not 0–1)


def card_path(model_path: str | Path) -> Path:
    """The model card (JSON) that sits beside a model file."""
    return Path(model_path).with_suffix(CARD_SUFFIX)


def load_card(model_path: str | Path) -> dict[str, Any]:
    """The model card beside ``model_path``, or an empty dict when there is none or it is bad."""
    path = card_path(model_path)
    try:
        card = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return card if isinstance(card, dict) else {}


def load_model(path: str | Path) -> Any:
    """Load a ``.keras`` image classifier safely, or raise ``ModelLoadError`` saying why."""
    path = Path(path)
    if not path.is_file():
        raise ModelLoadError(f"{path}: no such model file.", ModelLoadError.MISSING)
    if not _looks_like_keras_archive(path):
        raise ModelLoadError(f"{path}: not a Keras model (a .keras file is a zip archive "
                             "holding config.json); it may be damaged or of another kind.",
                             ModelLoadError.NOT_KERAS)
    keras = require_keras()

    try:
        model = keras.saving.load_model(path, safe_mode=True, compile=False)
    except Exception as error:  # Keras raises ValueError, OSError, BadZipFile, KeyError, …
        raise ModelLoadError(f"{path}: Keras could not read this model "
                             f"({type(error).__name__}: {_first_line(error)}).",
                             ModelLoadError.UNREADABLE,
                             f"{type(error).__name__}: {error}") from error
    input_spec(model, path)  # raises ModelLoadError for what the app cannot feed
    return model


def input_spec(model: Any, path: str | Path = "model") -> InputSpec:
    """Check that ``model`` is an image classifier the app can feed, and describe its input."""
    inputs, outputs = getattr(model, "inputs", None), getattr(model, "outputs", None)
    if not inputs or len(inputs) != 1 or not outputs or len(outputs) != 1:
        raise ModelLoadError(f"{path}: the app needs a model with one image input and one "
                             "output (class probabilities).",
                             ModelLoadError.NOT_CLASSIFIER)
    shape = tuple(inputs[0].shape)
    if len(shape) not in (3, 4) or any(d is None for d in shape[1:3]) or \
            (len(shape) == 4 and shape[3] not in (1, 3)):
        raise ModelLoadError(f"{path}: its input {shape} is not an image the app can give it "
                             "(expected (height, width) with 1 or 3 channels).",
                             ModelLoadError.NOT_CLASSIFIER)
    out = tuple(outputs[0].shape)
    if len(out) != 2 or out[1] is None or out[1] < 2:
        raise ModelLoadError(f"{path}: its output {out} is not one score per class, so it is "
                             "not an image classifier.", ModelLoadError.NOT_CLASSIFIER)
    channels = shape[3] if len(shape) == 4 else 0
    first = model.layers[0] if model.layers else None
    scale_255 = type(first).__name__ == "Rescaling"
    return InputSpec(int(shape[1]), int(shape[2]), int(channels), scale_255)


def save_model(model: Any, path: str | Path, card: dict[str, Any] | None = None,
               include_optimizer: bool = False) -> Path:
    """Save ``model`` (and its card) atomically: write beside it, then rename over it.

    The optimizer's state (Adam keeps two numbers per weight) is left out unless asked for:
    it triples the file and the app never resumes an optimizer mid-way.
    """
    path = Path(path)
    if path.suffix != ".keras":
        raise ValueError(f"{path}: model files must end in .keras.")
    path.parent.mkdir(parents=True, exist_ok=True)
    # atomic_output keeps the .keras suffix on its temporary name, as Keras insists on it.
    with atomic_output(path) as temporary:
        (model if include_optimizer else _without_optimizer(model)).save(temporary)
    if card is not None:
        write_card(path, card)
    return path


def _without_optimizer(model: Any) -> Any:
    """The same layers and weights, uncompiled (so nothing of the optimizer is saved)."""
    if getattr(model, "optimizer", None) is None:
        return model
    # Rebuilt from its config: keras.models.clone_model would copy the compiled optimizer too.
    try:
        clone = type(model).from_config(model.get_config())
    except (ValueError, TypeError, NotImplementedError):  # a subclassed model: save as it is
        return model
    clone.set_weights(model.get_weights())
    return clone


def write_card(model_path: str | Path, card: dict[str, Any]) -> Path:
    """Write the model card beside the model, atomically."""
    target = card_path(model_path)
    atomic_write_bytes(target, json.dumps(card, indent=1, ensure_ascii=False).encode("utf-8"))
    return target


def class_names(model: Any, card: dict[str, Any] | None = None) -> list[str]:
    """Class names from the model card, else "0", "1", … for each output."""
    count = int(model.outputs[0].shape[1])
    names = (card or {}).get("class_names")
    if isinstance(names, list) and len(names) == count:
        return [str(name) for name in names]
    return [str(i) for i in range(count)]


def layer_summary(model: Any) -> list[dict[str, Any]]:
    """``model.summary()`` as data: each layer's name, kind, output shape and parameter count.

    Layers with several outputs get an empty shape (the app shows single-output layers only).
    """
    rows = []
    for layer in model.layers:
        try:
            shape = [int(d) if d is not None else None for d in layer.output.shape[1:]]
        except (AttributeError, ValueError):
            shape = []
        rows.append({"name": layer.name, "kind": type(layer).__name__, "output_shape": shape,
                     "parameters": int(layer.count_params())})
    return rows


def _looks_like_keras_archive(path: Path) -> bool:
    """A readable zip with Keras' config.json inside (an .npz is a zip too, without one)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return "config.json" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0][:200] if text else "no details"
