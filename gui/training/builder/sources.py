"""Opening and saving networks for the builder, off the GUI thread where TensorFlow is needed.

Two ways in from a file: as a *starting architecture* (a Keras ``.json`` from
``model.to_json()`` or a ``.keras`` file: its layers become builder rows, new weights at
Start) or to *continue training* a ``.keras`` model with its weights (its layers are shown
read-only when the builder can describe them; a network it cannot describe, e.g. one with
branches, can still be continued).
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.paths import atomic_output


@dataclass
class ContinuedModel:
    """A .keras model to continue: the model, and its layers as a stack when possible."""

    path: str
    model: Any
    stack: Any = None  # LayerStack, or None when the builder cannot describe it
    why_not: Any = None  # the UnsupportedNetwork that said why


class DataMismatchError(ValueError):
    """A model to continue that cannot read the chosen data: the GUI says why in its language.

    The shapes are (height, width, channels); the English message is for logs.
    """

    def __init__(self, path: str, model_shape: tuple[int, int, int], model_classes: int,
                 data_shape: tuple[int, int, int], data_classes: int) -> None:
        self.path, self.model_shape, self.model_classes = path, model_shape, model_classes
        self.data_shape, self.data_classes = data_shape, data_classes
        super().__init__(f"{Path(path).name}: this model reads {model_shape} images in "
                         f"{model_classes} classes, the data has {data_shape} in "
                         f"{data_classes}.")

    def colour_clash(self) -> bool:
        """Grey model and colour photos, or the other way round."""
        return (self.model_shape[2] == 3) != (self.data_shape[2] == 3)


def check_data(model: Any, dataset: Any, path: str) -> None:
    """Raise DataMismatchError unless ``model`` reads ``dataset``'s images and knows its classes
    (``engine.training.plan.check_fits``' rule, with the numbers kept for the message)."""
    from engine.models.io import input_spec
    from engine.training.plan import image_shape

    spec = input_spec(model, path)
    model_shape = (spec.height, spec.width, spec.channels or 1)
    classes = int(model.outputs[0].shape[1])
    data_shape = image_shape(dataset)
    if model_shape != data_shape or classes != dataset.num_classes:
        raise DataMismatchError(path, model_shape, classes, data_shape, int(dataset.num_classes))


def open_architecture(path: str) -> Any:
    """The layers of a .json or .keras file as a stack (UnsupportedNetwork says why not)."""
    from engine.models.layer_stack import load_architecture

    return load_architecture(path)


def open_to_continue(path: str, dataset: Any) -> ContinuedModel:
    """Load a .keras model to continue training on ``dataset`` (raises when it cannot)."""
    from engine.models.io import load_model
    from engine.models.layer_stack import UnsupportedNetwork, from_keras

    model = load_model(path)
    if dataset is not None:
        check_data(model, dataset, path)
    try:
        return ContinuedModel(path, model, from_keras(model))
    except UnsupportedNetwork as error:
        return ContinuedModel(path, model, None, error)


def save_stack(stack: Any, path: str | Path) -> Path:
    """Write the stack as a Keras architecture JSON, atomically; the path written."""
    from engine.models.layer_stack import save_architecture

    path = Path(path)
    if path.suffix.lower() != ".json":
        path = path.with_name(path.name + ".json")
    with atomic_output(path) as temporary:
        save_architecture(stack, temporary)
    return path
