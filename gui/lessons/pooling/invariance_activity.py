"""The "Why max pooling matters" lesson as an activity file.

State: ``tab`` ("shift" or "detector") and the shift experiment's ``input`` map (up to 8×8,
the size of its example), pooling window ``pool`` [rows, columns], ``stride`` and ``shift``
[rows down, columns right]. The "5" detector works on what the student draws, which stays the
student's.
"""

from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from engine.activities import state_checks as check
from gui.lessons.pooling.shift import EXAMPLE_MAP, ShiftExperiment
from gui.widgets.activity import ActivityControl

TABS = ("shift", "detector")  # in the lesson's tab order
KEYS = ("tab", "input", "pool", "stride", "shift")


@dataclass(frozen=True)
class InvarianceState:
    tab: int
    x: np.ndarray
    pool: tuple[int, int]
    stride: int
    shift: tuple[int, int]


def state_dict(tab: int, experiment: ShiftExperiment) -> dict[str, Any]:
    v = experiment.view
    return {"tab": TABS[tab], "input": check.as_lists(v.input_grid.values()),
            "pool": [v.window_rows.value(), v.window_cols.value()],
            "stride": v.stride_spin.value(), "shift": list(experiment.offset)}


def checked_state(state: object, experiment: ShiftExperiment) -> InvarianceState:
    check.require_keys(state, KEYS)
    assert isinstance(state, dict)
    v = experiment.view
    rows, cols = EXAMPLE_MAP.shape
    x = check.matrix(state["input"], "input", (1, rows), (1, cols))
    pool = check.integers(state["pool"], "pool", 2, 1, v.window_rows.maximum())
    stride = check.integer(state["stride"], "stride", 1, v.stride_spin.maximum())
    down, right = check.integers(state["shift"], "shift", 2, -max(x.shape) + 1,
                                 max(x.shape) - 1)
    check.integer(down, "shift[0]", 1 - x.shape[0], x.shape[0] - 1)
    check.integer(right, "shift[1]", 1 - x.shape[1], x.shape[1] - 1)
    tab = TABS.index(check.choice(state["tab"], "tab", TABS))
    return InvarianceState(tab, x, (pool[0], pool[1]), stride, (down, right))


def controls(experiment: ShiftExperiment) -> list[ActivityControl]:
    """The two example buttons set map, window and stride: each of those locks them."""
    translate = QCoreApplication.translate
    v = experiment.view
    examples = (v.example_button, v.figure_button)
    return [
        ActivityControl("input", translate("PoolingInvarianceActivity", "Input"),
                        (v.input_grid, *examples)),
        ActivityControl("pool", translate("PoolingInvarianceActivity", "Pool size"),
                        (v.window_rows, v.window_cols, *examples)),
        ActivityControl("stride", translate("PoolingInvarianceActivity", "Stride"),
                        (v.stride_spin, *examples)),
        ActivityControl("shift", translate("PoolingInvarianceActivity", "Shifting the input"),
                        (*v.arrows.values(), *examples)),
    ]
