"""One layer of a network as the line of Keras code that builds it.

The model builder (``engine.models.layer_stack``) and a network loaded from a file
(``engine.training.keras_code.layer_calls_from_model``) both describe their layers this way, so
the code generator (``engine.training.keras_code``) writes the same script for both without
knowing where the layers came from. Plain Python values only: no TensorFlow is needed to
describe, compare or write a layer.
"""

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class LayerCall:
    """``layers.<class_name>(**args)``: the keyword arguments that differ from Keras' defaults.

    ``args`` keeps its order (the order a person would write them: the layer's main size first,
    e.g. ``filters``, ``kernel_size``, then ``strides``, ``padding``, ``activation``). Values are
    ``int``, ``float``, ``str``, ``bool``, ``None`` or tuples of them.
    """

    class_name: str
    args: tuple[tuple[str, Any], ...] = ()

    def arg(self, name: str, default: Any = None) -> Any:
        """The value of keyword ``name``, or ``default`` when the call leaves it to Keras."""
        return dict(self.args).get(name, default)
