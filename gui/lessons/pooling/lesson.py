"""Lesson "Pooling; max pooling; average pooling" (slides 15–16).

The slides' pictures were lost and their text has no numbers, so the lesson opens on a 4×4
map chosen to make max and average part ways: one window holds a lone peak (max 9, mean 2.25:
max keeps the strongest activation), one is flat (both 4: nothing to choose), and two are
mixed. Window 2, stride 2, as in Keras' ``MaxPooling2D()``. The input can be edited, resized
and filled at random, or replaced by a real feature map of the student's drawing.

The winning cell of every max window is marked (★, orange); pointing at or clicking an output
cell highlights its window and writes its max and its mean out in full.

Run on its own with ``python -m gui.lessons.pooling``.
"""

import sys
from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from engine.lessons.walkthrough import format_factor, output_size_terms
from engine.numerics import ops
from gui.i18n import lesson_number, list_separator
from gui.lessons.common import LessonPage, add_exercise_button
from gui.lessons.pooling import activity
from gui.lessons.pooling.view import PoolingView
from gui.lessons.pooling.widgets import WINDOW_COLOUR, WINNER_COLOUR, WINNER_MARK
from gui.session import LabSession
from gui.widgets.activity import ActivityControl
from gui.widgets.matrix_grid import MatrixGrid

EXAMPLE = np.array([[0, 0, 4, 4],
                    [9, 0, 4, 4],
                    [1, 2, 0, 1],
                    [3, 2, 6, 0]], dtype=np.float64)
EXAMPLE_WINDOW = 2
EXAMPLE_STRIDE = 2
Cell = tuple[int, int]


class PoolingLesson(LessonPage):
    """Max and average pooling side by side, on numbers or on a real feature map."""

    def __init__(self, session: LabSession | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._x = EXAMPLE.copy()
        self._window, self._stride = EXAMPLE_WINDOW, EXAMPLE_STRIDE
        self._focus: Cell | None = None  # the output cell whose window is highlighted
        self._max = self._avg = self._winners = None
        self.view = PoolingView(session, self)
        self.exercise_button = add_exercise_button(self.view.title, session, "pooling")
        self.set_page(self.view)
        self._wire()
        self.view.retranslate()
        self.view.show_numbers(True)
        self._sync_controls()
        self._recompute()

    # -- state a test or another view may read ----------------------------------------------
    def max_output(self) -> np.ndarray | None:
        return self._max

    def avg_output(self) -> np.ndarray | None:
        return self._avg

    def winners(self) -> set[Cell]:
        """Input cells that win a max window (what the ★ marks)."""
        if self._winners is None:
            return set()
        return {(int(r), int(c)) for r, c in self._winners.reshape(-1, 2)}

    def set_example(self, x: np.ndarray, window: int = EXAMPLE_WINDOW,
                    stride: int = EXAMPLE_STRIDE) -> None:
        """Show another map (cut to 8×8) with a window and stride clipped to the controls."""
        v = self.view
        self._x = np.asarray(x, dtype=np.float64)[: v.input_rows.maximum(),
                                                  : v.input_cols.maximum()].copy()
        self._window = int(np.clip(window, 1, v.window_spin.maximum()))
        self._stride = int(np.clip(stride, 1, v.stride_spin.maximum()))
        self._sync_controls()
        self._recompute()

    def load_example(self) -> None:
        self.set_example(EXAMPLE)

    def fill_random(self) -> None:
        self._x = np.random.default_rng().integers(0, 10, size=self._x.shape).astype(np.float64)
        self._recompute()

    # -- wiring -------------------------------------------------------------------------------
    def _wire(self) -> None:
        v = self.view
        v.input_grid.valuesChanged.connect(self._input_edited)
        v.input_grid.editRejected.connect(v.input_hint.show_problem)
        v.input_rows.valueChanged.connect(self._resize_input)
        v.input_cols.valueChanged.connect(self._resize_input)
        v.window_spin.valueChanged.connect(self._pooling_changed)
        v.stride_spin.valueChanged.connect(self._pooling_changed)
        v.example_button.clicked.connect(self.load_example)
        v.random_button.clicked.connect(self.fill_random)
        v.source_combo.currentIndexChanged.connect(self._source_changed)
        v.maps.mapChanged.connect(self._draw_size_formula)
        for output in (v.max_grid, v.avg_grid):
            output.cellEntered.connect(self._set_focus)
            output.cellClicked.connect(self._set_focus)
            output.viewport().installEventFilter(self)

    def _sync_controls(self) -> None:
        v = self.view
        for box, value in ((v.input_rows, self._x.shape[0]), (v.input_cols, self._x.shape[1]),
                           (v.window_spin, self._window), (v.stride_spin, self._stride)):
            box.blockSignals(True)
            box.setValue(int(value))
            box.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Leaving an output grid ends the hover: the clicked cell (if any) stays in focus.
        if event.type() == QEvent.Type.Leave:
            grid = watched.parent()
            if isinstance(grid, MatrixGrid):
                if grid.currentRow() >= 0 and grid.currentColumn() >= 0:
                    self._set_focus(grid.currentRow(), grid.currentColumn())
                else:
                    self._clear_focus()
        return super().eventFilter(watched, event)

    # -- edits --------------------------------------------------------------------------------
    def _input_edited(self) -> None:
        self._x = self.view.input_grid.values()
        self.view.input_hint.clear_problem()
        self._recompute()

    def _resize_input(self) -> None:
        rows, cols = self.view.input_rows.value(), self.view.input_cols.value()
        resized = np.zeros((rows, cols))
        keep_r, keep_c = min(rows, self._x.shape[0]), min(cols, self._x.shape[1])
        resized[:keep_r, :keep_c] = self._x[:keep_r, :keep_c]
        self._x = resized
        self._recompute()

    def _pooling_changed(self) -> None:
        self._window, self._stride = self.view.window_spin.value(), self.view.stride_spin.value()
        self.view.maps.set_pooling(self._window, self._stride)
        self._recompute()

    def _source_changed(self, index: int) -> None:
        numbers = index == 0
        self.view.show_numbers(numbers)
        if numbers:
            self.view.maps.deactivate()
        else:
            self.view.maps.set_pooling(self._window, self._stride)
            self.view.maps.activate()
        self._draw_size_formula()

    # -- computing and showing ----------------------------------------------------------------
    def _recompute(self) -> None:
        fits = self._window <= min(self._x.shape)
        if fits:
            self._max = ops.max_pool2d(self._x, self._window, self._stride)
            self._avg = ops.avg_pool2d(self._x, self._window, self._stride)
            self._winners = ops.max_pool_argmax(self._x, self._window, self._stride)
        else:
            self._max = self._avg = self._winners = None
        self._focus = None
        v = self.view
        v.input_grid.set_matrix(self._x)
        empty = np.zeros((0, 0))
        v.max_grid.set_matrix(self._max if fits else empty, editable=False)
        v.avg_grid.set_matrix(self._avg if fits else empty, editable=False)
        v.input_grid.set_annotations({cell: WINNER_MARK for cell in self.winners()})
        self._draw_problem(fits)
        self._draw_size_formula()
        self._draw_focus()

    def _draw_problem(self, fits: bool) -> None:
        if fits:
            self.view.problem_label.clear_problem()
            return
        text = self.tr("The window ({k}×{k}) is larger than the input ({rows}×{cols}): make "
                       "the window smaller or the input bigger.")
        self.view.problem_label.show_problem(text.format(
            k=self._window, rows=self._x.shape[0], cols=self._x.shape[1]))

    def _draw_size_formula(self) -> None:
        shown = self.view.maps.channel_map() if self.view.stack.currentIndex() else self._x
        shape = shown.shape if shown is not None else self._x.shape
        k, s = self._window, self._stride
        terms = [output_size_terms(n, k, s, 0, 0) if k <= n else "—" for n in shape]
        text = self.tr("Output size = ⌊(n + 2p − k)/s⌋ + 1, with p = 0 (pooling adds no "
                       "padding)\nrows: {rows}     columns: {cols}")
        self.view.size_formula.setText(text.format(rows=terms[0], cols=terms[1]))

    def _set_focus(self, row: int, col: int) -> None:
        if self._max is not None and row < self._max.shape[0] and col < self._max.shape[1]:
            self._focus = (row, col)
            self._draw_focus()

    def _clear_focus(self) -> None:
        self._focus = None
        self._draw_focus()

    def _draw_focus(self) -> None:
        v = self.view
        colours = {cell: WINNER_COLOUR for cell in self.winners()}
        focus_cells: dict[Cell, object] = {}
        if self._focus is not None:
            rows, cols = self._focus_window()
            for cell in ((r, c) for r in rows for c in cols):
                colours[cell] = WINNER_COLOUR if cell in colours else WINDOW_COLOUR
            focus_cells = {self._focus: WINDOW_COLOUR}
        v.input_grid.set_backgrounds(colours)
        v.max_grid.set_backgrounds(focus_cells)
        v.avg_grid.set_backgrounds(focus_cells)
        v.window_detail.setText(self._focus_text())

    def _focus_window(self) -> tuple[range, range]:
        row, col = self._focus
        top, left = row * self._stride, col * self._stride
        return range(top, top + self._window), range(left, left + self._window)

    def _focus_text(self) -> str:
        if self._max is None:
            return ""
        if self._focus is None:
            return self.tr("Point at or click an output cell to see its window worked out.")
        rows, cols = self._focus_window()
        window = [self._x[r, c] for r in rows for c in cols]
        values = [lesson_number(value) for value in window]
        row, col = self._focus
        text = self.tr("Window at row {row}, column {col}:   max({values}) = {max}   ·   "
                       "({sum})/{count} = {avg}")
        terms = " + ".join(format_factor(value, lesson_number) for value in window)
        return text.format(row=row + 1, col=col + 1, values=list_separator().join(values),
                           max=lesson_number(self._max[row, col]), sum=terms,
                           count=len(values), avg=lesson_number(self._avg[row, col]))

    # -- activity files (gui.widgets.activity.ActivityPage) -----------------------------------
    def activity_kind(self) -> str:
        return "lesson"

    def activity_state(self) -> dict[str, Any]:
        return activity.state_dict(self.view, self._x, self._focus)

    def restore_activity_state(self, state: dict[str, Any]) -> None:
        checked = activity.checked_state(state, self.view)  # raises before anything changes
        self.set_example(checked.x, checked.pool, checked.stride)
        self.view.maps.set_pooling(checked.pool, checked.stride)  # as the spin boxes do
        self.view.source_combo.setCurrentIndex(checked.source)
        # As if the output cell had been clicked (none: leaving the grid must not bring one back).
        self.view.max_grid.setCurrentCell(*(checked.focus or (-1, -1)))
        if checked.focus is not None:
            self._set_focus(*checked.focus)

    def activity_controls(self) -> list[ActivityControl]:
        return activity.controls(self.view)

    # -- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.view.retranslate()
        self._draw_problem(self._max is not None)
        self._draw_size_formula()
        self._draw_focus()


if __name__ == "__main__":
    from gui.preview import run_preview

    sys.exit(run_preview(lambda: PoolingLesson(LabSession())))
