"""The pooling lesson as an activity file.

State: ``input`` (up to 8×8), ``pool`` (the window's side), ``stride``, ``source``
("numbers", or "feature_map": a feature map of the student's own drawing) and ``focus`` (the
output cell whose window is worked out, [row, column] from 0, or None). Max and average are
always shown side by side, so there is no mode to save.
"""

from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from engine.activities import state_checks as check
from gui.lessons.pooling.view import MAP_PAGE, NUMBERS_PAGE, PoolingView
from gui.widgets.activity import ActivityControl

KEYS = ("input", "pool", "stride", "source", "focus")
SOURCES = {"numbers": NUMBERS_PAGE, "feature_map": MAP_PAGE}  # key → the source list's row


@dataclass(frozen=True)
class PoolingState:
    x: np.ndarray
    pool: int
    stride: int
    source: int
    focus: tuple[int, int] | None


def state_dict(view: PoolingView, x: np.ndarray,
               focus: tuple[int, int] | None) -> dict[str, Any]:
    source = next(key for key, row in SOURCES.items() if row == view.source_combo.currentIndex())
    return {"input": check.as_lists(x), "pool": view.window_spin.value(),
            "stride": view.stride_spin.value(), "source": source,
            "focus": None if focus is None else list(focus)}


def checked_state(state: object, view: PoolingView) -> PoolingState:
    check.require_keys(state, KEYS)
    assert isinstance(state, dict)
    x = check.matrix(state["input"], "input", (1, view.input_rows.maximum()),
                     (1, view.input_cols.maximum()))
    pool = check.integer(state["pool"], "pool", 1, view.window_spin.maximum())
    stride = check.integer(state["stride"], "stride", 1, view.stride_spin.maximum())
    source = SOURCES[check.choice(state["source"], "source", SOURCES)]
    return PoolingState(x, pool, stride, source, _focus(state["focus"], x.shape, pool, stride))


def _focus(value: object, shape: tuple[int, ...], pool: int,
           stride: int) -> tuple[int, int] | None:
    """An output cell of the max and average grids (there are none when the window is too big)."""
    if value is None:
        return None
    rows, cols = ((n - pool) // stride + 1 if pool <= n else 0 for n in shape)
    if not rows or not cols:
        raise ValueError("'focus' must be null: the window does not fit the input.")
    row, col = check.integers(value, "focus", 2, 0, max(rows, cols) - 1)
    check.integer(row, "focus[0]", 0, rows - 1)
    check.integer(col, "focus[1]", 0, cols - 1)
    return row, col


def controls(view: PoolingView) -> list[ActivityControl]:
    """The source list belongs to the input: choosing it is choosing what is pooled."""
    translate = QCoreApplication.translate
    return [
        ActivityControl("input", translate("PoolingActivity", "Input"),
                        (view.input_grid, view.input_rows, view.input_cols, view.source_combo,
                         view.example_button, view.random_button)),
        ActivityControl("pool", translate("PoolingActivity", "Pool size"),
                        (view.window_spin, view.example_button)),
        ActivityControl("stride", translate("PoolingActivity", "Stride"),
                        (view.stride_spin, view.example_button)),
    ]
