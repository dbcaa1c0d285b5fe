"""The backpropagation lesson's "check with TensorFlow": the same gradients from tf.GradientTape.

TensorFlow is imported only when the button is pressed, in a worker thread (the first import
takes seconds), while the panel shows that it is busy. A result that arrives after the numbers
on the page changed is not shown as if it belonged to them.
"""

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QLocale, QObject

from engine.lessons.backprop_walkthrough import (
    BackpropPass,
    NumberFormat,
    compare_gradients,
    tensorflow_gradients,
)
from gui import style
from gui.lessons.backprop.step_view import TensorFlowPanel
from gui.workers import BackgroundCall, run_in_background

AGREE_STYLE = f"color: {style.GOOD_GREEN};"
DISAGREE_STYLE = style.REFUSED_STYLE


class TensorFlowCheck(QObject):
    """Runs the check for the lesson and writes its outcome into a ``TensorFlowPanel``."""

    def __init__(self, panel: TensorFlowPanel, number: NumberFormat,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panel = panel
        self._number = number
        self._version = 0  # bumped on every change of the page's numbers
        self._call: BackgroundCall | None = None
        self._current: BackpropPass | None = None
        self._reference: tuple[float, np.ndarray] | None = None  # TensorFlow's L and ∂L/∂w
        self._show_state: Callable[[], None] = self._show_waiting

    @property
    def busy(self) -> bool:
        return self._call is not None

    def numbers_changed(self, step: BackpropPass) -> None:
        """The page shows new numbers: our gradients change, TensorFlow's answer is stale."""
        self._version += 1
        self._current = step
        self._panel.engine_grid.set_matrix(step.grad_w, editable=False)
        if not self.busy:
            self._reference = None
            self._set_state(self._show_waiting)

    def start(self, step: BackpropPass) -> None:
        if self.busy:
            return
        version = self._version
        x, kernel, target, stride = (step.x.copy(), step.kernel.copy(), step.target.copy(),
                                     step.stride)
        self._panel.set_busy(True)
        self._set_state(self._show_busy)
        self._call = run_in_background(
            lambda: (version, tensorflow_gradients(x, kernel, target, stride)),
            self._finished, self._failed, name="backprop-tensorflow-check")

    def wait(self, timeout: float | None = None) -> bool:
        """Block until a running check is over (tests, and a clean exit)."""
        return self._call is None or self._call.wait(timeout)

    def retranslate(self) -> None:
        if self._current is not None:  # the decimal separator may have changed
            self._panel.engine_grid.set_matrix(self._current.grad_w, editable=False)
        self._show_state()

    # -- outcomes -------------------------------------------------------------------------
    def _finished(self, outcome: tuple[int, tuple[float, np.ndarray, np.ndarray]]) -> None:
        self._call = None
        self._panel.set_busy(False)
        version, (loss, _grad_z, grad_w) = outcome
        if version != self._version:
            self._set_state(self._show_outdated)
            return
        self._reference = (loss, grad_w)
        self._set_state(self._show_result)

    def _failed(self, error: Exception) -> None:
        self._call = None
        self._panel.set_busy(False)
        self._set_state(lambda: self._show_failure(error))

    def _set_state(self, show: Callable[[], None]) -> None:
        self._show_state = show  # kept, so a change of language can write it again
        show()

    # -- texts ----------------------------------------------------------------------------
    def _show_waiting(self) -> None:
        self._panel.tensorflow_grid.set_matrix(np.full((3, 3), np.nan), editable=False)
        self._panel.status.setText(self.tr(
            "Press the button to compute the same gradients with TensorFlow."))
        self._panel.result.clear()

    def _show_busy(self) -> None:
        self._panel.status.setText(self.tr(
            "TensorFlow is computing… The first time it has to load, which takes a few "
            "seconds."))

    def _show_outdated(self) -> None:
        self._show_waiting()
        self._panel.status.setText(self.tr(
            "The numbers changed while TensorFlow was computing: press the button again."))

    def _show_failure(self, error: Exception) -> None:
        self._panel.status.setText(self.tr(
            "TensorFlow could not compute the gradients: {error}").format(error=error))
        self._panel.result.clear()

    def _show_result(self) -> None:
        if self._reference is None or self._current is None:
            return
        loss, grad_w = self._reference
        self._panel.tensorflow_grid.set_matrix(grad_w, editable=False)
        comparison = compare_gradients(self._current.grad_w, grad_w)
        difference = comparison.largest_difference
        shown = "0" if difference == 0 else QLocale().toString(difference, "e", 1)
        if comparison.agree:
            text = self.tr("Largest difference: {difference}. They agree (to a millionth of "
                           "the largest gradient).")
        else:
            text = self.tr("Largest difference: {difference}. They do not agree!")
        self._panel.result.setStyleSheet(AGREE_STYLE if comparison.agree else DISAGREE_STYLE)
        self._panel.result.setText(text.format(difference=shown))
        self._panel.status.setText(self.tr(
            "TensorFlow's loss: L = {theirs}; this lesson's: L = {ours}.").format(
            theirs=self._number(loss), ours=self._number(self._current.loss)))
