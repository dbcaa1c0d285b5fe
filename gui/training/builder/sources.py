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


def open_architecture(path: str) -> Any:
    """The layers of a .json or .keras file as a stack (UnsupportedNetwork says why not)."""
    from engine.models.layer_stack import load_architecture

    return load_architecture(path)


def open_to_continue(path: str, dataset: Any) -> ContinuedModel:
    """Load a .keras model to continue training on ``dataset`` (raises when it cannot)."""
    from engine.models.io import load_model
    from engine.models.layer_stack import UnsupportedNetwork, from_keras
    from engine.training.plan import check_fits

    model = load_model(path)
    if dataset is not None:
        check_fits(model, dataset, path)
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
