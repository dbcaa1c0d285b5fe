"""The convolution lesson as an activity file: its state, the checks, and what can be locked.

State: ``input`` and ``kernel`` (lists of rows), ``stride``, ``padding`` (one number, or
``[top, bottom, left, right]`` for Keras' "same" with an even kernel) and ``step`` (0-based).
"""

from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from engine.activities import state_checks as check
from engine.lessons.walkthrough import Padding
from gui.lessons.convolution.view import ConvolutionView
from gui.widgets.activity import ActivityControl

KEYS = ("input", "kernel", "stride", "padding", "step")


@dataclass(frozen=True)
class ConvolutionState:
    x: np.ndarray
    kernel: np.ndarray
    stride: int
    padding: Padding
    step: int


def state_dict(state: ConvolutionState) -> dict[str, Any]:
    top, bottom, left, right = state.padding
    symmetric = top == bottom == left == right
    return {
        "input": check.as_lists(state.x),
        "kernel": check.as_lists(state.kernel),
        "stride": state.stride,
        "padding": top if symmetric else list(state.padding),
        "step": state.step,
    }


def checked_state(state: object, view: ConvolutionView) -> ConvolutionState:
    """``state`` as the lesson uses it, within what the view's controls accept."""
    check.require_keys(state, KEYS)
    assert isinstance(state, dict)
    x = check.matrix(state["input"], "input", (1, view.input_rows.maximum()),
                     (1, view.input_cols.maximum()))
    kernel = check.matrix(state["kernel"], "kernel", (1, view.kernel_rows.maximum()),
                          (1, view.kernel_cols.maximum()))
    stride = check.integer(state["stride"], "stride", view.stride_spin.minimum(),
                           view.stride_spin.maximum())
    padding = _padding(state["padding"], view.padding_spin.maximum())
    count = step_count(x.shape, kernel.shape, stride, padding)
    step = check.integer(state["step"], "step", 0, max(count - 1, 0))
    return ConvolutionState(x, kernel, stride, padding, step)


def _padding(value: object, most: int) -> Padding:
    if isinstance(value, list):
        top, bottom, left, right = check.integers(value, "padding", 4, 0, most)
        return top, bottom, left, right
    return (check.integer(value, "padding", 0, most),) * 4


def step_count(shape: tuple[int, ...], kernel: tuple[int, ...], stride: int,
               padding: Padding) -> int:
    """How many output cells the player steps through (none when the kernel does not fit)."""
    top, bottom, left, right = padding
    rows = (shape[0] + top + bottom - kernel[0]) // stride + 1
    cols = (shape[1] + left + right - kernel[1]) // stride + 1
    fits = kernel[0] <= shape[0] + top + bottom and kernel[1] <= shape[1] + left + right
    return rows * cols if fits else 0


def controls(view: ConvolutionView) -> list[ActivityControl]:
    """The deck example and random buttons change several things: each of them locks them."""
    translate = QCoreApplication.translate
    examples = (view.example_button, view.random_button)
    return [
        ActivityControl("input", translate("ConvolutionActivity", "Input"),
                        (view.input_grid, view.input_rows, view.input_cols, *examples)),
        ActivityControl("kernel", translate("ConvolutionActivity", "Kernel"),
                        (view.kernel_grid, view.kernel_rows, view.kernel_cols, *examples)),
        ActivityControl("stride", translate("ConvolutionActivity", "Stride"),
                        (view.stride_spin, view.example_button)),
        ActivityControl("padding", translate("ConvolutionActivity", "Padding"),
                        (view.padding_spin, view.valid_button, view.same_button,
                         view.example_button)),
        ActivityControl("step", translate("ConvolutionActivity", "Current step"), (view.player,)),
    ]
