"""The backpropagation lesson as an activity file.

State: the deck's 5×5 ``input``, 3×3 ``kernel`` (as typed, before any step) and 2×2
``target`` (∂L/∂z follows from it), the ``learning_rate`` α, the chosen ``weight`` (0 for w₁
… 8 for w₉) and ``steps``, how many gradient-descent steps were taken since. The steps are
taken again on opening, all with the saved α.
"""

from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from engine.activities import state_checks as check
from engine.lessons.backprop_walkthrough import backprop_pass
from engine.numerics import backprop
from gui.lessons.backprop.view import BackpropView
from gui.widgets.activity import ActivityControl

KEYS = ("input", "kernel", "target", "learning_rate", "weight", "steps")
MAX_STEPS = 1000  # a class clicks a few dozen times; a file may not stall the page


@dataclass(frozen=True)
class BackpropState:
    x: np.ndarray
    kernel: np.ndarray
    target: np.ndarray
    learning_rate: float
    weight: int
    steps: int


def state_dict(state: BackpropState) -> dict[str, Any]:
    return {"input": check.as_lists(state.x), "kernel": check.as_lists(state.kernel),
            "target": check.as_lists(state.target), "learning_rate": state.learning_rate,
            "weight": state.weight, "steps": state.steps}


def checked_state(state: object, view: BackpropView) -> BackpropState:
    check.require_keys(state, KEYS)
    assert isinstance(state, dict)
    rate = view.update_panel.learning_rate
    checked = BackpropState(
        x=check.fixed_matrix(state["input"], "input", (5, 5)),
        kernel=check.fixed_matrix(state["kernel"], "kernel", (3, 3)),
        target=check.fixed_matrix(state["target"], "target", (2, 2)),
        learning_rate=round(check.number(state["learning_rate"], "learning_rate",
                                         rate.minimum(), rate.maximum()), rate.decimals()),
        weight=check.integer(state["weight"], "weight", 0, len(view.weight_buttons) - 1),
        steps=check.integer(state["steps"], "steps", 0, MAX_STEPS))
    _check_steps_stay_finite(checked)
    return checked


def _check_steps_stay_finite(state: BackpropState) -> None:
    """Take the steps on the side first: a diverging α must not leave a page of infinities
    (the engine refuses a gradient that overflowed, so the page could not even show it)."""
    kernel = state.kernel
    try:
        with np.errstate(over="ignore", invalid="ignore"):
            for _ in range(state.steps + 1):
                step = backprop_pass(state.x, kernel, state.target)
                kernel = backprop.sgd_step(step.kernel, step.grad_w, state.learning_rate)
                if not (np.isfinite(kernel).all() and np.isfinite(step.loss)):
                    raise ValueError("not finite")
    except ValueError as error:
        raise ValueError(f"{state.steps} steps with learning rate {state.learning_rate:g} "
                         "overflow: take fewer steps or a smaller learning rate.") from error


def controls(view: BackpropView) -> list[ActivityControl]:
    """The example button sets input, kernel and target: each of them locks it."""
    translate = QCoreApplication.translate
    panel = view.update_panel
    return [
        ActivityControl("input", translate("BackpropActivity", "Input"),
                        (view.input_grid, view.example_button)),
        ActivityControl("kernel", translate("BackpropActivity", "Kernel"),
                        (view.kernel_grid, view.example_button)),
        ActivityControl("target", translate("BackpropActivity", "Target"),
                        (view.target_grid, view.example_button)),
        ActivityControl("learning_rate", translate("BackpropActivity", "Learning rate"),
                        (panel.learning_rate,)),
        ActivityControl("step", translate("BackpropActivity", "Gradient-descent steps"),
                        (panel.apply_button, panel.reset_button)),
    ]
