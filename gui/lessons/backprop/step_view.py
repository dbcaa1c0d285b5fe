"""The two last sections of the backpropagation lesson: the gradient-descent update (slides
21–22: new kernel = kernel − α × ∂L/∂w, with the loss curve over repeated steps) and the
cross-check of the gradients against TensorFlow.
"""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine.lessons.backprop_walkthrough import BackpropPass, NumberFormat, symbol, update_formula
from gui import style
from gui.widgets.big_label import big_label as _label
from gui.widgets.matrix_grid import MatrixGrid

STEP_CELL = 56
LOSS_COLOUR = style.ERROR_RED
CHOSEN_COLOUR = QColor("#ffb74d")  # the weight picked in the backward pass


def _grid_box(name: str) -> tuple[MatrixGrid, QGroupBox]:
    grid = MatrixGrid(cell_size=STEP_CELL)
    grid.setObjectName(name)
    box = QGroupBox()
    layout = QVBoxLayout(box)
    layout.addWidget(grid, 0, Qt.AlignmentFlag.AlignHCenter)
    return grid, box


def _symbol(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSize(22)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    return button


class UpdatePanel(QGroupBox):
    """α, "apply step", reset; w* = w − α × ∂L/∂w as three grids; the loss before/after."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rate_label = QLabel()
        self.learning_rate = QDoubleSpinBox()
        self.learning_rate.setObjectName("learningRate")
        self.learning_rate.setDecimals(3)
        self.learning_rate.setRange(0.001, 1.0)
        self.learning_rate.setSingleStep(0.01)
        self.learning_rate.setMinimumWidth(90)
        self.apply_button = _button("applyStep")
        self.reset_button = _button("resetSteps")
        controls = QHBoxLayout()
        for widget in (self.rate_label, self.learning_rate, self.apply_button, self.reset_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        self.step_title = _label("stepTitle", 12, bold=True)
        self.new_kernel_grid, self.new_kernel_box = _grid_box("newKernelGrid")
        self.old_kernel_grid, self.old_kernel_box = _grid_box("stepKernelGrid")
        self.step_gradient_grid, self.step_gradient_box = _grid_box("stepGradientGrid")
        equation = QHBoxLayout()
        equation.addStretch(1)
        for widget in (self.new_kernel_box, _symbol("="), self.old_kernel_box, _symbol("− α ×"),
                       self.step_gradient_box):
            equation.addWidget(widget)
        equation.addStretch(1)
        self.update_formula = _label("updateFormula", 16, bold=True)
        self.loss_change = _label("newLossLabel", 15, bold=True)
        self.loss_chart = self._make_chart()
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.step_title)
        layout.addLayout(equation)
        layout.addWidget(self.update_formula)
        layout.addWidget(self.loss_change)
        layout.addWidget(self.loss_chart)

    def _make_chart(self) -> pg.PlotWidget:
        chart = pg.PlotWidget(background="w")
        chart.setObjectName("lossChart")
        chart.setMinimumHeight(200)
        chart.setMaximumHeight(280)
        plot = chart.getPlotItem()
        plot.setMouseEnabled(x=False, y=False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(x=True, y=True, alpha=0.3)
        tick_font = QFont(chart.font())
        tick_font.setPointSizeF(11)
        for side in ("bottom", "left"):
            plot.getAxis(side).setStyle(tickFont=tick_font)
            plot.getAxis(side).setTextPen("k")
            plot.getAxis(side).setPen("k")
        self.loss_curve = plot.plot([], [], pen=pg.mkPen(LOSS_COLOUR, width=3), symbol="o",
                                    symbolBrush=LOSS_COLOUR, symbolPen=None, symbolSize=9)
        return chart

    def show_step(self, before: BackpropPass, after: BackpropPass, rate: float, weight: int,
                  taken: int | None, number: NumberFormat) -> None:
        """w*, w and ∂L/∂w of one step (``taken``: its number, None = not taken yet)."""
        self.old_kernel_grid.set_matrix(before.kernel, editable=False)
        self.step_gradient_grid.set_matrix(before.grad_w, editable=False)
        self.new_kernel_grid.set_matrix(after.kernel, editable=False)
        cols = before.kernel.shape[1]
        for index in range(before.kernel.size):
            # Every cell's own update, written out, for the pointer to read.
            item = self.new_kernel_grid.item(index // cols, index % cols)
            item.setToolTip(update_formula(before, index, rate, number))
        for grid, suffix in ((self.old_kernel_grid, ""), (self.step_gradient_grid, ""),
                             (self.new_kernel_grid, "*")):
            grid.set_annotations({(i // cols, i % cols): symbol("w", i) + suffix
                                  for i in range(before.kernel.size)})
            grid.set_backgrounds({(weight // cols, weight % cols): CHOSEN_COLOUR})
        if taken is None:
            title = self.tr("The next step, with α = {rate} (press “Apply step” to take it):")
        else:
            title = self.tr("Step {n} taken, with α = {rate}: the kernel at the top is now w*.")
        self.step_title.setText(title.format(rate=number(rate), n=taken))
        self.update_formula.setText(update_formula(before, weight, rate, number))
        self.loss_change.setText(self._loss_text(before.loss, after.loss).format(
            before=number(before.loss), after=number(after.loss)))

    def _loss_text(self, before: float, after: float) -> str:
        if np.isclose(after, before, rtol=1e-9, atol=1e-12):
            return self.tr("Loss before the step: L = {before}; after it: L = {after}, "
                           "unchanged.")
        if after < before:
            return self.tr("Loss before the step: L = {before}; after it: L = {after}, lower.")
        return self.tr("Loss before the step: L = {before}; after it: L = {after}, higher: "
                       "α is too large and the step overshoots.")

    def set_losses(self, losses: list[float]) -> None:
        """The loss after 0, 1, 2, … steps; the x axis counts steps, whole numbers only."""
        steps = np.arange(len(losses), dtype=np.float64)
        self.loss_curve.setData(steps, np.asarray(losses, dtype=np.float64))
        plot = self.loss_chart.getPlotItem()
        plot.setXRange(0, max(len(losses) - 1, 1), padding=0.05)
        plot.getAxis("bottom").setTickSpacing(major=max(1, len(losses) // 10 + 1), minor=1)
        plot.enableAutoRange(axis="y")

    def retranslate(self) -> None:
        self.setTitle(self.tr("5. Update: gradient descent, w* = w − α·∂L/∂w"))
        self.rate_label.setText(self.tr("Learning rate α:"))
        self.learning_rate.setToolTip(self.tr(
            "How big a step each weight takes against its gradient: too small learns slowly, "
            "too large overshoots and the loss grows."))
        self.apply_button.setText(self.tr("Apply step"))
        self.apply_button.setToolTip(self.tr(
            "Replace every weight w by w − α·∂L/∂w and recompute the output and the loss."))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr(
            "Go back to the kernel you had before the first step and clear the loss curve."))
        self.new_kernel_box.setTitle(self.tr("New kernel w*"))
        self.old_kernel_box.setTitle(self.tr("Kernel w"))
        self.step_gradient_box.setTitle(self.tr("∂L/∂w"))
        self.new_kernel_grid.setToolTip(self.tr(
            "Rest the pointer on a cell to read its update written out."))
        plot = self.loss_chart.getPlotItem()
        plot.setLabel("bottom", self.tr("steps taken"))
        plot.setLabel("left", self.tr("loss L"))
        self.loss_chart.setToolTip(self.tr(
            "The loss after each step: it falls while α is small enough."))


class TensorFlowPanel(QGroupBox):
    """Our ∂L/∂w beside TensorFlow's, the largest difference and the verdict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check_button = _button("checkWithTensorflow")
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("tensorflowBusy")
        self.busy_bar.setRange(0, 0)  # indeterminate: an import has no measurable progress
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.hide()
        self.status = _label("tensorflowStatus", 11)
        controls = QHBoxLayout()
        controls.addWidget(self.check_button)
        controls.addWidget(self.busy_bar)
        controls.addWidget(self.status, 1)
        self.engine_grid, self.engine_box = _grid_box("engineGradientGrid")
        self.tensorflow_grid, self.tensorflow_box = _grid_box("tensorflowGradientGrid")
        grids = QHBoxLayout()
        grids.addStretch(1)
        grids.addWidget(self.engine_box)
        grids.addWidget(self.tensorflow_box)
        grids.addStretch(1)
        self.result = _label("tensorflowResult", 15, bold=True)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(grids)
        layout.addWidget(self.result)

    def set_busy(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy)
        self.busy_bar.setVisible(busy)

    def retranslate(self) -> None:
        self.setTitle(self.tr("6. Check with TensorFlow"))
        self.check_button.setText(self.tr("Check with TensorFlow"))
        self.check_button.setToolTip(self.tr(
            "Ask TensorFlow's automatic differentiation (tf.GradientTape) for the same "
            "gradients and compare them with the ones written above."))
        self.engine_box.setTitle(self.tr("∂L/∂w, this lesson"))
        self.tensorflow_box.setTitle(self.tr("∂L/∂w, TensorFlow"))
