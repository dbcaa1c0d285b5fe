"""The kernel editor as an activity file.

State: ``image`` (a sample photo's key, ``"drawing"`` or None: see
:mod:`gui.widgets.image_source_state`), ``kernel`` (up to 7×7), ``preset`` (the preset the
kernel is, or "custom": the list shows it, so a file that names a preset must hold its kernel),
``stride``, ``padding`` (a number, or "same") and ``relu``.
"""

from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from engine.activities import state_checks as check
from engine.numerics.kernels import PRESETS
from gui.lessons.kernel_editor.view import MAX_KERNEL, MAX_PADDING, MAX_STRIDE, KernelEditorView
from gui.widgets.activity import ActivityControl
from gui.widgets.image_source_state import checked_source, source_state

KEYS = ("image", "kernel", "preset", "stride", "padding", "relu")
CUSTOM = "custom"
SAME = "same"


@dataclass(frozen=True)
class FilterSettings:
    image: str | None
    kernel: np.ndarray
    stride: int
    padding: int | str  # a number of zeros on every side, or SAME
    relu: bool


def state_dict(view: KernelEditorView, kernel: np.ndarray) -> dict[str, Any]:
    same = view.same_button.isChecked()
    return {"image": source_state(view.source), "kernel": check.as_lists(kernel),
            "preset": view.preset_combo.currentData(), "stride": view.stride_spin.value(),
            "padding": SAME if same else view.padding_spin.value(),
            "relu": view.relu_check.isChecked()}


def checked_state(state: object) -> FilterSettings:
    check.require_keys(state, KEYS)
    assert isinstance(state, dict)
    kernel = check.matrix(state["kernel"], "kernel", (1, MAX_KERNEL), (1, MAX_KERNEL))
    preset = check.choice(state["preset"], "preset", (*PRESETS, CUSTOM))
    if preset != CUSTOM and (PRESETS[preset].kernel.shape != kernel.shape
                             or not np.array_equal(PRESETS[preset].kernel, kernel)):
        raise ValueError(f"'kernel' is not the kernel of preset {preset!r}; "
                         f"an edited kernel is \"{CUSTOM}\".")
    padding = state["padding"]
    return FilterSettings(
        image=checked_source(state["image"]), kernel=kernel,
        stride=check.integer(state["stride"], "stride", 1, MAX_STRIDE),
        padding=SAME if padding == SAME else check.integer(padding, "padding", 0, MAX_PADDING),
        relu=check.boolean(state["relu"], "relu"))


def apply_settings(view: KernelEditorView, settings: FilterSettings) -> None:
    """Stride, padding and ReLU set on their own controls, as a person sets them."""
    view.stride_spin.setValue(settings.stride)
    if settings.padding == SAME:
        view.same_button.setChecked(True)
    else:
        view.same_button.setChecked(False)
        view.padding_spin.setValue(int(settings.padding))
    view.relu_check.setChecked(settings.relu)


def controls(view: KernelEditorView) -> list[ActivityControl]:
    translate = QCoreApplication.translate
    return [
        ActivityControl("image", translate("KernelEditorActivity", "Image"),
                        (view.source.combo,)),
        ActivityControl("kernel", translate("KernelEditorActivity", "Kernel"),
                        (view.kernel_grid, view.kernel_rows, view.kernel_cols,
                         view.preset_combo)),
        ActivityControl("stride", translate("KernelEditorActivity", "Stride"),
                        (view.stride_spin,)),
        ActivityControl("padding", translate("KernelEditorActivity", "Padding"),
                        (view.padding_spin, view.valid_button, view.same_button)),
        ActivityControl("relu", translate("KernelEditorActivity", "ReLU"), (view.relu_check,)),
    ]
