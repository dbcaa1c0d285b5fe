"""The 3-D convolution lesson as an activity file.

State: ``image`` (a sample photo's key, a CIFAR-10 test photo's ``"cifar10:<number>"``,
``"drawing"`` or None: see
:mod:`gui.widgets.image_source_state`), ``size`` (the longest side in pixels), ``stride``,
``padding``, ``filters`` (one object per filter: ``recipe``, the 3×3 weights of each channel
``R``, ``G``, ``B``, and ``bias``) and ``filter`` (the filter shown, 0-based).
A filter's recipe is kept only while its weights are still the recipe's; edited ones are
"custom", as when a person edits a cell.
"""

from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from engine.activities import state_checks as check
from gui.lessons.convolution_3d.kernels import CHANNELS, CUSTOM, KERNEL_SIDE, RECIPES, recipe_kernel
from gui.lessons.convolution_3d.view import SIDES, Convolution3DView
from gui.widgets.activity import ActivityControl
from gui.widgets.image_source_state import checked_source, source_state

KEYS = ("image", "size", "stride", "padding", "filters", "filter")
FILTER_KEYS = ("recipe", *CHANNELS, "bias")


@dataclass(frozen=True)
class Conv3DState:
    image: str | None
    size: int
    stride: int
    padding: int
    kernel: np.ndarray  # (3, 3, 3, F)
    bias: np.ndarray
    recipes: list[str]
    filter: int


def state_dict(view: Convolution3DView) -> dict[str, Any]:
    kernels = view.kernels
    weights, bias = kernels.kernel(), kernels.bias()
    filters = [{"recipe": kernels.recipe(f),
                **{name: check.as_lists(weights[:, :, c, f]) for c, name in enumerate(CHANNELS)},
                "bias": check.as_lists(bias[f : f + 1])[0]}
               for f in range(weights.shape[3])]
    return {"image": source_state(view.source), "size": view.size_combo.currentData(),
            "stride": view.stride_spin.value(), "padding": view.padding_spin.value(),
            "filters": filters, "filter": kernels.current_filter()}


def checked_state(state: object, view: Convolution3DView) -> Conv3DState:
    check.require_keys(state, KEYS)
    assert isinstance(state, dict)
    count = view.kernels.tabs.count()
    filters = state["filters"]
    if not isinstance(filters, list) or len(filters) != count:
        raise ValueError(f"'filters' must be a list of {count} filters.")
    parts = [_filter(item, f"filters[{i}]", view) for i, item in enumerate(filters)]
    return Conv3DState(
        image=checked_source(state["image"]),
        size=_size(state["size"]),
        stride=check.integer(state["stride"], "stride", view.stride_spin.minimum(),
                             view.stride_spin.maximum()),
        padding=check.integer(state["padding"], "padding", view.padding_spin.minimum(),
                              view.padding_spin.maximum()),
        kernel=np.stack([weights for weights, _, _ in parts], axis=-1),
        bias=np.array([bias for _, bias, _ in parts]),
        recipes=[recipe for _, _, recipe in parts],
        filter=check.integer(state["filter"], "filter", 0, count - 1))


def _size(value: object) -> int:
    size = check.integer(value, "size", min(SIDES), max(SIDES))
    if size not in SIDES:
        raise ValueError(f"'size' must be one of {', '.join(map(str, SIDES))}, got {size}.")
    return size


def _filter(item: object, name: str, view: Convolution3DView) -> tuple[np.ndarray, float, str]:
    """One filter's (3, 3, 3) weights, its bias as the bias box holds it, and its recipe."""
    check.require_keys(item, FILTER_KEYS)
    assert isinstance(item, dict)
    side = (KERNEL_SIDE, KERNEL_SIDE)
    weights = np.stack([check.fixed_matrix(item[c], f"{name}.{c}", side) for c in CHANNELS],
                       axis=-1)
    spin = view.kernels.bias_spin
    bias = round(check.number(item["bias"], f"{name}.bias", spin.minimum(), spin.maximum()),
                 spin.decimals())
    recipe = check.choice(item["recipe"], f"{name}.recipe", (*RECIPES, CUSTOM))
    if recipe != CUSTOM and not np.allclose(weights, recipe_kernel(RECIPES[recipe])):
        recipe = CUSTOM  # edited after the recipe was chosen
    return weights, bias, recipe


def controls(view: Convolution3DView) -> list[ActivityControl]:
    """Looking at another filter (its tab) stays free: only changes are lockable."""
    translate = QCoreApplication.translate
    k = view.kernels
    filters = (*k.grids, *k.preset_combos, *k.flip_buttons, k.recipe_combo, k.bias_spin)
    return [
        ActivityControl("image", translate("Convolution3DActivity", "Image"),
                        (view.source.combo, view.size_combo)),
        ActivityControl("stride", translate("Convolution3DActivity", "Stride"),
                        (view.stride_spin,)),
        ActivityControl("padding", translate("Convolution3DActivity", "Padding"),
                        (view.padding_spin,)),
        ActivityControl("filters", translate("Convolution3DActivity", "Filters"), filters),
    ]
