"""Lesson "Retropropagação" (slides 19–24): one gradient-descent step through a convolution.

The deck's setting: a 5×5 input a₁…a₂₅, a 3×3 kernel w₁…w₉, stride 2, a 2×2 output z₁…z₄.
The page writes out the forward pass (each zᵢ as its sum), a mean-squared-error loss against
an editable target, ∂L/∂zᵢ, each ∂L/∂wⱼ as the slides' sum a·∂L/∂z + … with the inputs it
uses lit up, the update w* = w − α·∂L/∂w with a loss curve over repeated steps, and a check
of the gradients against TensorFlow's GradientTape.

The slides give symbols only, no numbers, so the example is ours: small whole numbers (inputs
0–3, an "X"-shaped kernel, a target 2 or 4 away from each output) chosen so that every ∂L/∂zᵢ
is a whole number (1, −1, 1, −2), every ∂L/∂wⱼ too, L = 7 and the loss falls visibly with the
default α = 0.05 (it diverges above α ≈ 0.075, which a class can try).

Run on its own with ``python -m gui.lessons.backprop``.
"""

import sys
from typing import Any

import numpy as np
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from engine.lessons.backprop_walkthrough import (
    BackpropPass,
    backprop_pass,
    loss_formula,
    output_formulas,
    output_gradient_formulas,
    symbol,
    weight_gradient_formula,
)
from engine.numerics import backprop
from gui import style
from gui.i18n import lesson_number
from gui.lessons.backprop import activity
from gui.lessons.backprop.tensorflow import TensorFlowCheck
from gui.lessons.backprop.view import BackpropView
from gui.lessons.common import LessonPage, add_exercise_button
from gui.session import LabSession
from gui.widgets.activity import ActivityControl

LESSON_INPUT = np.array([[1, 0, 2, 1, 0],
                         [0, 1, 3, 1, 2],
                         [2, 1, 0, 1, 1],
                         [1, 3, 1, 0, 2],
                         [0, 2, 1, 2, 1]], dtype=np.float64)
LESSON_KERNEL = np.array([[1, 0, 1], [0, 2, 0], [1, 0, 1]], dtype=np.float64)
LESSON_TARGET = np.array([[5, 7], [7, 7]], dtype=np.float64)  # z = [[7, 5], [9, 3]]
DEFAULT_LEARNING_RATE = 0.05
# One colour per output: an input the chosen weight used shares it with the ∂L/∂z it meets.
TERM_COLOURS = (QColor(style.HIGHLIGHT_YELLOW), QColor("#a5d6a7"), QColor("#90caf9"),
                QColor("#f4a6c6"))
CHOSEN_COLOUR = QColor("#ffb74d")  # the chosen weight


def localised_number(value: float) -> str:
    """``format_number`` with the interface language's decimal separator (0,95 in pt-BR)."""
    return lesson_number(value)


def symbols_for(shape: tuple[int, int], letter: str, suffix: str = "") -> dict:
    """Corner notes naming every cell as the slides do: a₁ … a₂₅, w₁ … w₉."""
    cols = shape[1]
    return {(i // cols, i % cols): symbol(letter, i) + suffix for i in range(shape[0] * cols)}


class BackpropLesson(LessonPage):
    """The backpropagation page: the example's state, its arithmetic, and what is shown."""

    def __init__(self, session: LabSession | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._x, self._kernel = LESSON_INPUT.copy(), LESSON_KERNEL.copy()
        self._target = LESSON_TARGET.copy()
        self._weight = 0  # the deck works ∂L/∂w₁ out first
        self._losses: list[float] = []
        self._start_kernel = self._kernel.copy()
        self._last_step: tuple[BackpropPass, float] | None = None
        self.view = BackpropView(self)
        self.exercise_button = add_exercise_button(self.view.title, session, "backprop")
        self.view.update_panel.learning_rate.setValue(DEFAULT_LEARNING_RATE)
        self.tensorflow = TensorFlowCheck(self.view.tensorflow_panel, localised_number, self)
        self._pass = backprop_pass(self._x, self._kernel, self._target)
        self.set_page(self.view)
        self._wire()
        self.view.retranslate()
        self._restart()

    # -- state a test or another view may read ----------------------------------------------
    @property
    def current(self) -> BackpropPass:
        """The forward and backward pass for the numbers on the page now."""
        return self._pass

    @property
    def selected_weight(self) -> int:
        return self._weight

    @property
    def losses(self) -> list[float]:
        """The loss before any step, then after each step taken."""
        return list(self._losses)

    # -- actions ------------------------------------------------------------------------------
    def load_example(self) -> None:
        self._x, self._kernel = LESSON_INPUT.copy(), LESSON_KERNEL.copy()
        self._target = LESSON_TARGET.copy()
        for hint in (self.view.input_hint, self.view.kernel_hint, self.view.target_hint):
            hint.clear_problem()
        self._restart()

    def select_weight(self, index: int) -> None:
        self._weight = int(index)
        self._show_selection()

    def apply_step(self) -> None:
        """w ← w − α·∂L/∂w for all nine weights, then a new pass and one more loss point."""
        rate = self.view.update_panel.learning_rate.value()
        before = self._pass
        self._kernel = backprop.sgd_step(before.kernel, before.grad_w, rate)
        self._recompute()
        self._last_step = (before, rate)
        self._losses.append(self._pass.loss)
        self._show_update()

    def reset_steps(self) -> None:
        """Back to the kernel before the first step; the loss curve starts again."""
        self._kernel = self._start_kernel.copy()
        self._restart()

    # -- wiring -------------------------------------------------------------------------------
    def _wire(self) -> None:
        v, panel = self.view, self.view.update_panel
        for grid, hint, edited in ((v.input_grid, v.input_hint, self._input_edited),
                                   (v.kernel_grid, v.kernel_hint, self._kernel_edited),
                                   (v.target_grid, v.target_hint, self._target_edited)):
            grid.valuesChanged.connect(edited)
            grid.editRejected.connect(hint.show_problem)
        v.example_button.clicked.connect(self.load_example)
        v.weight_group.idClicked.connect(self.select_weight)
        for grid in (v.kernel_grid, v.weight_gradient_grid):
            grid.currentCellChanged.connect(self._weight_cell_chosen)
        panel.apply_button.clicked.connect(self.apply_step)
        panel.reset_button.clicked.connect(self.reset_steps)
        panel.learning_rate.valueChanged.connect(self._rate_changed)
        v.tensorflow_panel.check_button.clicked.connect(self._check_with_tensorflow)

    def _weight_cell_chosen(self, row: int, col: int, *_previous: int) -> None:
        if row >= 0 and col >= 0:  # (−1, −1) is a grid being redrawn, not a choice
            self.select_weight(row * self._kernel.shape[1] + col)

    def _input_edited(self) -> None:
        self._x = self.view.input_grid.values()
        self.view.input_hint.clear_problem()
        self._restart()

    def _kernel_edited(self) -> None:
        self._kernel = self.view.kernel_grid.values()
        self.view.kernel_hint.clear_problem()
        self._restart()

    def _target_edited(self) -> None:
        self._target = self.view.target_grid.values()
        self.view.target_hint.clear_problem()
        self._restart()

    def _rate_changed(self) -> None:
        self._last_step = None  # the panel now shows the step this α would take
        self._show_update()

    def _check_with_tensorflow(self) -> None:
        self.tensorflow.start(self._pass)

    # -- computing and showing ----------------------------------------------------------------
    def _restart(self) -> None:
        """New numbers typed in: the loss curve and the "reset" kernel start from here."""
        self._start_kernel = self._kernel.copy()
        self._recompute()
        self._losses = [self._pass.loss]
        self._last_step = None
        self._show_update()

    def _recompute(self) -> None:
        self._pass = backprop_pass(self._x, self._kernel, self._target)
        self.tensorflow.numbers_changed(self._pass)
        self._show_all()

    def _show_all(self) -> None:
        self._show_example()
        self._show_forward()
        self._show_backward()
        self._show_selection()  # also writes the update panel

    def _show_example(self) -> None:
        v, step = self.view, self._pass
        v.input_grid.set_matrix(step.x)
        v.kernel_grid.set_matrix(step.kernel)
        v.output_grid.set_matrix(step.z, editable=False)
        v.target_grid.set_matrix(step.target)
        for grid, letter in ((v.input_grid, "a"), (v.kernel_grid, "w"), (v.output_grid, "z"),
                             (v.target_grid, "t")):
            grid.set_annotations(symbols_for(grid.values().shape, letter))

    def _show_forward(self) -> None:
        v = self.view
        formulas = output_formulas(self._pass, localised_number)
        for (symbols, numbers), symbol_label, number_label in zip(
                formulas, v.output_symbols, v.output_formulas, strict=True):
            symbol_label.setText(symbols)
            number_label.setText(numbers)
        symbols, numbers = loss_formula(self._pass, localised_number)
        v.loss_symbols.setText(symbols)
        v.loss_formula.setText(numbers)

    def _show_backward(self) -> None:
        v, step = self.view, self._pass
        v.output_gradient_grid.set_matrix(step.grad_z, editable=False)
        v.output_gradient_grid.set_annotations(symbols_for(step.z.shape, "z"))
        v.output_gradients.setText("\n".join(output_gradient_formulas(step, localised_number)))
        v.detail_input_grid.set_matrix(step.x, editable=False)
        v.detail_input_grid.set_annotations(symbols_for(step.x.shape, "a"))
        v.weight_gradient_grid.set_matrix(step.grad_w, editable=False)
        v.weight_gradient_grid.set_annotations(symbols_for(step.kernel.shape, "w"))

    def _show_selection(self) -> None:
        """Light up the chosen weight and the inputs its gradient adds up; write the sum."""
        v, step, weight = self.view, self._pass, self._weight
        v.weight_buttons[weight].setChecked(True)
        pairs = backprop.weight_gradient_terms(step.x.shape, step.kernel.shape, step.stride)
        width, kernel_width, out_width = step.x.shape[1], step.kernel.shape[1], step.z.shape[1]
        used = {(a // width, a % width): TERM_COLOURS[z % len(TERM_COLOURS)]
                for a, z in pairs[weight]}
        outputs = {(z // out_width, z % out_width): TERM_COLOURS[z % len(TERM_COLOURS)]
                   for _, z in pairs[weight]}
        chosen = {(weight // kernel_width, weight % kernel_width): CHOSEN_COLOUR}
        for grid, colours in ((v.input_grid, used), (v.detail_input_grid, used),
                              (v.output_gradient_grid, outputs),
                              (v.kernel_grid, chosen), (v.weight_gradient_grid, chosen)):
            grid.set_backgrounds(colours)
        symbols, numbers = weight_gradient_formula(step, weight, localised_number)
        v.weight_gradient_formula.setText(f"{symbols}\n{numbers}")
        v.detail_input_box.setTitle(self.tr("Inputs used by {name}").format(
            name=symbol("w", weight)))
        self._show_update()

    def _show_update(self) -> None:
        """The step just taken, or (after an edit or a new α) the step the button would take."""
        panel = self.view.update_panel
        before, rate = self._last_step or (self._pass, panel.learning_rate.value())
        new_kernel = backprop.sgd_step(before.kernel, before.grad_w, rate)
        after = backprop_pass(before.x, new_kernel, before.target, before.stride)
        taken = len(self._losses) - 1 if self._last_step else None
        panel.show_step(before, after, rate, self._weight, taken, localised_number)
        panel.set_losses(self._losses)

    # -- activity files (gui.widgets.activity.ActivityPage) -----------------------------------
    def activity_kind(self) -> str:
        return "lesson"

    def activity_state(self) -> dict[str, Any]:
        return activity.state_dict(activity.BackpropState(
            self._x, self._start_kernel, self._target,
            self.view.update_panel.learning_rate.value(), self._weight, len(self._losses) - 1))

    def restore_activity_state(self, state: dict[str, Any]) -> None:
        checked = activity.checked_state(state, self.view)  # raises before anything changes
        self._x, self._kernel, self._target = checked.x, checked.kernel, checked.target
        self._restart()  # as after typing the numbers in
        self.view.update_panel.learning_rate.setValue(checked.learning_rate)
        self.select_weight(checked.weight)
        for _ in range(checked.steps):
            self.apply_step()

    def activity_controls(self) -> list[ActivityControl]:
        return activity.controls(self.view)

    # -- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.view.retranslate()
        self._show_all()  # the numbers follow the language's decimal separator
        self.tensorflow.retranslate()


if __name__ == "__main__":
    from gui.preview import run_preview

    sys.exit(run_preview(lambda: BackpropLesson(LabSession())))
