"""Lesson "Convolução" (slides 1, 5 and 6): a step-by-step convolution player.

The deck's own example opens the lesson: the 2×2 kernel [[0, 1], [2, 3]] slides over the
3×3 input [[0, 1, 2], [3, 4, 5], [6, 7, 8]] and gives [[19, 25], [37, 43]]. Each step
highlights the kernel's window on the input, writes the products and their sum, and fills
one more output cell. Input, kernel, stride and padding are all editable.

Run on its own with ``python -m gui.lessons.convolution``.
"""

from typing import Any

import numpy as np
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from engine.lessons.walkthrough import (
    ConvStep,
    Padding,
    conv_steps,
    format_factor,
    output_size_terms,
)
from engine.numerics import ops
from gui import style
from gui.i18n import lesson_number
from gui.lessons.common import LessonPage, add_exercise_button
from gui.lessons.convolution import activity
from gui.lessons.convolution.view import ConvolutionView
from gui.widgets.activity import ActivityControl

DECK_INPUT = np.arange(9, dtype=np.float64).reshape(3, 3)
DECK_KERNEL = np.array([[0.0, 1.0], [2.0, 3.0]])
WINDOW_COLOUR = QColor(style.HIGHLIGHT_YELLOW)  # the kernel's window and the cell it produces
KERNEL_COLOUR = QColor("#fff1c9")
NO_PADDING: Padding = (0, 0, 0, 0)


class ConvolutionLesson(LessonPage):
    """The convolution player page: state, arithmetic and what each step shows."""

    def __init__(self, session: object | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # the session is unused: this lesson needs no model
        self._x = DECK_INPUT.copy()
        self._kernel = DECK_KERNEL.copy()
        self._stride = 1
        self._padding: Padding = NO_PADDING
        self._steps: list[ConvStep] = []
        self.view = ConvolutionView(self)
        self.exercise_button = add_exercise_button(self.view.title, session, "conv_cell")
        self._wire()
        self.set_page(self.view)
        self.view.player.attach_shortcuts(self)
        self.view.retranslate()
        self._sync_controls()
        self._recompute(position=0)

    # -- state a test or another view may read ----------------------------------------------
    @property
    def steps(self) -> list[ConvStep]:
        return self._steps

    @property
    def current_step(self) -> int:
        return self.view.player.position

    def set_example(self, x: np.ndarray, kernel: np.ndarray, stride: int = 1,
                    padding: int = 0) -> None:
        """Show another example, clipped to what the controls allow (10×10, 5×5, s ≤ 5, p ≤ 3)."""
        v = self.view
        x, kernel = np.asarray(x, dtype=np.float64), np.asarray(kernel, dtype=np.float64)
        self._x = x[: v.input_rows.maximum(), : v.input_cols.maximum()]
        self._kernel = kernel[: v.kernel_rows.maximum(), : v.kernel_cols.maximum()]
        self._stride = int(np.clip(stride, v.stride_spin.minimum(), v.stride_spin.maximum()))
        self._padding = (int(np.clip(padding, 0, v.padding_spin.maximum())),) * 4
        self._sync_controls()
        self._recompute(position=0)

    def load_deck_example(self) -> None:
        self.set_example(DECK_INPUT, DECK_KERNEL)

    def fill_random(self) -> None:
        """Small integers keep the sums easy to check by hand."""
        rng = np.random.default_rng()
        self._x = rng.integers(0, 10, size=self._x.shape).astype(np.float64)
        self._kernel = rng.integers(-2, 4, size=self._kernel.shape).astype(np.float64)
        self._recompute(position=0)

    # -- wiring -------------------------------------------------------------------------------
    def _wire(self) -> None:
        v = self.view
        v.input_grid.valuesChanged.connect(self._input_edited)
        v.kernel_grid.valuesChanged.connect(self._kernel_edited)
        v.input_grid.editRejected.connect(v.input_hint.show_problem)
        v.kernel_grid.editRejected.connect(v.kernel_hint.show_problem)
        v.player.positionChanged.connect(self._show_step)
        v.input_rows.valueChanged.connect(self._resize_input)
        v.input_cols.valueChanged.connect(self._resize_input)
        v.kernel_rows.valueChanged.connect(self._resize_kernel)
        v.kernel_cols.valueChanged.connect(self._resize_kernel)
        v.stride_spin.valueChanged.connect(self._stride_changed)
        v.padding_spin.valueChanged.connect(self._padding_changed)
        v.valid_button.clicked.connect(self._valid_padding)
        v.same_button.clicked.connect(self._same_padding)
        v.example_button.clicked.connect(self.load_deck_example)
        v.random_button.clicked.connect(self.fill_random)

    def _sync_controls(self) -> None:
        """Put the spin boxes in line with the state without triggering their handlers."""
        v = self.view
        values = (
            (v.input_rows, self._x.shape[0]), (v.input_cols, self._x.shape[1]),
            (v.kernel_rows, self._kernel.shape[0]), (v.kernel_cols, self._kernel.shape[1]),
            (v.stride_spin, self._stride), (v.padding_spin, min(self._padding)),
        )
        for spin, value in values:
            spin.blockSignals(True)
            spin.setValue(int(value))
            spin.blockSignals(False)

    # -- edits --------------------------------------------------------------------------------
    def _input_edited(self) -> None:
        top, _, left, _ = self._padding
        h, w = self._x.shape
        self._x = self.view.input_grid.values()[top : top + h, left : left + w].copy()
        self.view.input_hint.clear_problem()
        self._recompute()

    def _kernel_edited(self) -> None:
        self._kernel = self.view.kernel_grid.values()
        self.view.kernel_hint.clear_problem()
        self._recompute()

    def _resize_input(self) -> None:
        self._x = _resized(self._x, self.view.input_rows.value(), self.view.input_cols.value())
        self._recompute()

    def _resize_kernel(self) -> None:
        v = self.view
        self._kernel = _resized(self._kernel, v.kernel_rows.value(), v.kernel_cols.value())
        self._recompute()

    def _stride_changed(self, stride: int) -> None:
        self._stride = stride
        self._recompute()

    def _padding_changed(self, padding: int) -> None:
        self._set_padding((padding,) * 4)

    def _set_padding(self, padding: Padding) -> None:
        self._padding = padding
        self._recompute()

    def _valid_padding(self) -> None:
        """Keras' "valid": no padding at all, so the output shrinks by k − 1."""
        self._padding = NO_PADDING
        self._sync_controls()
        self._recompute()

    def _same_padding(self) -> None:
        """Keras' "same": the output keeps ⌈n/s⌉ cells; an even kernel pads one side more."""
        (kh, kw), (h, w) = self._kernel.shape, self._x.shape
        rows = ops.same_padding(h, kh, self._stride)
        cols = ops.same_padding(w, kw, self._stride)
        self._padding = (rows[0], rows[1], cols[0], cols[1])
        self._sync_controls()
        self._recompute()

    # -- computing and showing ----------------------------------------------------------------
    def _recompute(self, position: int | None = None) -> None:
        top, bottom, left, right = self._padding
        padded_shape = (self._x.shape[0] + top + bottom, self._x.shape[1] + left + right)
        fits = all(k <= n for k, n in zip(self._kernel.shape, padded_shape, strict=True))
        self._steps = conv_steps(self._x, self._kernel, self._stride, self._padding) if fits else []
        self._draw_inputs()
        self._draw_size_formula(fits)
        self.view.player.set_count(len(self._steps), position)
        self._show_step(self.view.player.position)

    def _draw_inputs(self) -> None:
        top, bottom, left, right = self._padding
        padded = np.pad(self._x, ((top, bottom), (left, right)))
        interior = np.zeros(padded.shape, dtype=bool)
        interior[top : top + self._x.shape[0], left : left + self._x.shape[1]] = True
        self.view.input_grid.set_matrix(padded, editable=interior, shaded=~interior)
        self.view.kernel_grid.set_matrix(self._kernel)

    def _draw_size_formula(self, fits: bool) -> None:
        top, bottom, left, right = self._padding
        (h, w), (kh, kw), s = self._x.shape, self._kernel.shape, self._stride
        if not fits:
            text = self.tr("The kernel ({kh}×{kw}) is larger than the padded input ({ph}×{pw}): "
                           "make the input bigger, add padding or use a smaller kernel.")
            self.view.problem_label.setText(text.format(
                kh=kh, kw=kw, ph=h + top + bottom, pw=w + left + right))
        else:
            self.view.problem_label.clear()
        self.view.problem_label.setVisible(not fits)
        formula = self.tr("Output size = ⌊(n + 2p − k)/s⌋ + 1\nrows: {rows}\ncolumns: {cols}")
        self.view.size_formula.setText(formula.format(
            rows=output_size_terms(h, kh, s, top, bottom) if fits else "—",
            cols=output_size_terms(w, kw, s, left, right) if fits else "—"))

    def _show_step(self, position: int) -> None:
        v = self.view
        if not self._steps:
            v.output_grid.set_matrix(np.zeros((0, 0)), editable=False)
            v.input_grid.set_annotations({})
            v.step_title.setText(self.tr("No output: the kernel does not fit."))
            v.step_formula.clear()
            return
        step = self._steps[position]
        out_shape = (self._steps[-1].out_row + 1, self._steps[-1].out_col + 1)
        output = np.full(out_shape, np.nan)
        for done in self._steps[: position + 1]:
            output[done.out_row, done.out_col] = done.value
        v.output_grid.set_matrix(output, editable=False)
        window = {(r, c): WINDOW_COLOUR for r in step.rows for c in step.cols}
        v.input_grid.set_backgrounds(window)
        # Each covered input shows the weight that multiplies it, as in the sum below.
        notes = ["×" + format_factor(w, lesson_number) for w in step.weights]
        v.input_grid.set_annotations(dict(zip(window, notes, strict=True)))
        v.kernel_grid.set_backgrounds(
            {(r, c): KERNEL_COLOUR for r in range(self._kernel.shape[0])
             for c in range(self._kernel.shape[1])})
        v.output_grid.set_backgrounds({(step.out_row, step.out_col): WINDOW_COLOUR})
        title = self.tr("Output cell (row {row}, column {col}):")
        v.step_title.setText(title.format(row=step.out_row + 1, col=step.out_col + 1))
        v.step_formula.setText(step.formula(lesson_number))

    # -- activity files (gui.widgets.activity.ActivityPage) -----------------------------------
    def activity_kind(self) -> str:
        return "lesson"

    def activity_state(self) -> dict[str, Any]:
        return activity.state_dict(activity.ConvolutionState(
            self._x, self._kernel, self._stride, self._padding, self.current_step))

    def restore_activity_state(self, state: dict[str, Any]) -> None:
        checked = activity.checked_state(state, self.view)  # raises before anything changes
        self._x, self._kernel = checked.x, checked.kernel
        self._stride, self._padding = checked.stride, checked.padding
        self._sync_controls()
        self._recompute(position=checked.step)

    def activity_controls(self) -> list[ActivityControl]:
        return activity.controls(self.view)

    # -- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.view.retranslate()
        self._draw_size_formula(bool(self._steps))  # only a kernel that fits gives steps
        self._show_step(self.view.player.position)


def _resized(matrix: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """``matrix`` cut or zero-extended to rows×cols, keeping the values that still fit."""
    out = np.zeros((rows, cols))
    r, c = min(rows, matrix.shape[0]), min(cols, matrix.shape[1])
    out[:r, :c] = matrix[:r, :c]
    return out


if __name__ == "__main__":
    from gui.preview import run_preview

    run_preview(ConvolutionLesson)
