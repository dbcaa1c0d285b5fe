"""The widgets of the backpropagation lesson: the example, the forward pass, the loss and the
gradients. The update and the TensorFlow check live in ``backprop_step_view``; the lesson
(``gui.lessons.backprop.lesson``) fills them all in.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine.lessons.backprop_walkthrough import symbol
from gui.lessons.backprop.step_view import TensorFlowPanel, UpdatePanel
from gui.lessons.common import lesson_title
from gui.widgets.big_label import big_label
from gui.widgets.hint_label import HintLabel
from gui.widgets.matrix_grid import MatrixGrid

EXAMPLE_CELL = 56  # the editable grids: readable from the back row, 5×5 + 3×3 + 2×2 in 830 px
DETAIL_CELL = 48  # the read-only copy of the input in the backward pass
GRADIENT_CELL = 60  # gradients have signs and decimals: wider cells keep them readable
WEIGHT_COUNT = 9
OUTPUT_COUNT = 4


def matrix(name: str, cell: int) -> MatrixGrid:
    grid = MatrixGrid(cell_size=cell)
    grid.setObjectName(name)
    return grid


def titled(grid: QWidget, *below: QWidget) -> QGroupBox:
    """A small box around one grid (its title set by ``retranslate``), hints underneath."""
    box = QGroupBox()
    layout = QVBoxLayout(box)
    layout.addWidget(grid, 0, Qt.AlignmentFlag.AlignHCenter)
    for widget in below:
        widget.setMaximumWidth(max(grid.width(), 180))
        layout.addWidget(widget)
    layout.addStretch(1)
    return box


def operator(symbol_text: str) -> QLabel:
    label = QLabel(symbol_text)
    font = QFont(label.font())
    font.setPointSize(24)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def row(*widgets: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
    layout.addStretch(1)
    return layout


def two_lines(label: QLabel) -> QLabel:
    """Room for two lines from the start: once a step brings decimals, a sum takes two, and
    the page below it (with "Apply step") moved down under the teacher's pointer."""
    label.setMinimumHeight(2 * label.fontMetrics().lineSpacing() + 4)  # + the margins
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class BackpropView(QWidget):
    """Everything the lesson shows, top to bottom in the order of the slides."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = lesson_title()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self._example_box())
        layout.addWidget(self._forward_box())
        layout.addWidget(self._loss_box())
        layout.addWidget(self._backward_box())
        self.update_panel = UpdatePanel()
        self.tensorflow_panel = TensorFlowPanel()
        layout.addWidget(self.update_panel)
        layout.addWidget(self.tensorflow_panel)
        layout.addStretch(1)

    # -- sections -------------------------------------------------------------------------
    def _example_box(self) -> QGroupBox:
        self.input_grid = matrix("inputGrid", EXAMPLE_CELL)
        self.kernel_grid = matrix("kernelGrid", EXAMPLE_CELL)
        self.output_grid = matrix("outputGrid", EXAMPLE_CELL)
        self.target_grid = matrix("targetGrid", EXAMPLE_CELL)
        self.input_hint = HintLabel("inputHint")
        self.kernel_hint = HintLabel("kernelHint")
        self.target_hint = HintLabel("targetHint")
        self.input_box = titled(self.input_grid, self.input_hint)
        self.kernel_box = titled(self.kernel_grid, self.kernel_hint)
        self.output_box = titled(self.output_grid)
        self.target_box = titled(self.target_grid, self.target_hint)
        outputs = QVBoxLayout()
        outputs.addWidget(self.output_box)
        outputs.addWidget(self.target_box)
        equation = QHBoxLayout()
        equation.addStretch(1)
        equation.addWidget(self.input_box, 0, Qt.AlignmentFlag.AlignTop)
        equation.addWidget(operator("∗"))
        equation.addWidget(self.kernel_box, 0, Qt.AlignmentFlag.AlignTop)
        equation.addWidget(operator("="))
        equation.addLayout(outputs)
        equation.addStretch(1)
        self.example_button = QPushButton()
        self.example_button.setObjectName("exampleButton")
        self.example_note = QLabel()
        self.example_note.setWordWrap(True)
        self.example_section = QGroupBox()
        layout = QVBoxLayout(self.example_section)
        layout.addLayout(equation)
        buttons = QHBoxLayout()
        buttons.addWidget(self.example_button)
        buttons.addWidget(self.example_note, 1)
        layout.addLayout(buttons)
        return self.example_section

    def _forward_box(self) -> QGroupBox:
        self.forward_section = QGroupBox()
        layout = QVBoxLayout(self.forward_section)
        self.forward_note = QLabel()
        self.forward_note.setWordWrap(True)
        layout.addWidget(self.forward_note)
        self.output_symbols: list[QLabel] = []
        self.output_formulas: list[QLabel] = []
        for i in range(1, OUTPUT_COUNT + 1):
            self.output_symbols.append(big_label(f"outputSymbols_{i}", 11))
            self.output_formulas.append(two_lines(big_label(f"outputFormula_{i}", 15, bold=True)))
            layout.addWidget(self.output_symbols[-1])
            layout.addWidget(self.output_formulas[-1])
        return self.forward_section

    def _loss_box(self) -> QGroupBox:
        self.loss_section = QGroupBox()
        layout = QVBoxLayout(self.loss_section)
        self.loss_symbols = big_label("lossSymbols", 12)
        self.loss_formula = two_lines(big_label("lossFormula", 17, bold=True))
        layout.addWidget(self.loss_symbols)
        layout.addWidget(self.loss_formula)
        return self.loss_section

    def _backward_box(self) -> QGroupBox:
        self.backward_section = QGroupBox()
        layout = QVBoxLayout(self.backward_section)
        self.output_gradient_note, self.backward_note = QLabel(), QLabel()
        self.backward_note.setWordWrap(True)
        self.output_gradients = big_label("outputGradientFormulas", 14)
        self.detail_input_grid = matrix("gradientInputGrid", DETAIL_CELL)
        self.output_gradient_grid = matrix("outputGradientGrid", GRADIENT_CELL)
        self.weight_gradient_grid = matrix("weightGradientGrid", GRADIENT_CELL)
        self.detail_input_box = titled(self.detail_input_grid)
        self.output_gradient_box = titled(self.output_gradient_grid)
        self.weight_gradient_box = titled(self.weight_gradient_grid)
        self.weight_gradient_formula = big_label("weightGradientFormula", 17, bold=True)
        # The slide's own arrangement: a, ∂L/∂z, ∂L/∂w side by side.
        grids = QHBoxLayout()
        grids.addStretch(1)
        for box in (self.detail_input_box, self.output_gradient_box, self.weight_gradient_box):
            grids.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        grids.addStretch(1)
        layout.addWidget(self.output_gradient_note)
        layout.addWidget(self.output_gradients)
        layout.addWidget(self.backward_note)
        layout.addLayout(self._weight_buttons())
        layout.addLayout(grids)
        layout.addWidget(self.weight_gradient_formula)
        return self.backward_section

    def _weight_buttons(self) -> QHBoxLayout:
        self.weight_label = QLabel()
        self.weight_group = QButtonGroup(self)
        self.weight_group.setExclusive(True)
        self.weight_buttons: list[QPushButton] = []
        for index in range(WEIGHT_COUNT):
            button = QPushButton(symbol("w", index))
            button.setObjectName(f"weight_{index + 1}")
            button.setCheckable(True)
            button.setMinimumWidth(48)
            font = QFont(button.font())
            font.setPointSizeF(13)
            button.setFont(font)
            self.weight_group.addButton(button, index)
            self.weight_buttons.append(button)
        return row(self.weight_label, *self.weight_buttons)

    # -- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Backpropagation"))
        self.intro.setText(self.tr(
            "How a convolution learns: the forward pass computes the output z, the loss L says "
            "how far z is from the target t, the chain rule gives the gradient ∂L/∂w of every "
            "weight, and gradient descent moves each weight a little against its gradient. "
            "Edit any number (double-click a cell or just type) and everything below follows."))
        self.example_section.setTitle(self.tr(
            "1. The example: 5×5 input, 3×3 kernel, stride 2, 2×2 output"))
        self.input_box.setTitle(self.tr("Input a"))
        self.kernel_box.setTitle(self.tr("Kernel w"))
        self.output_box.setTitle(self.tr("Output z"))
        self.target_box.setTitle(self.tr("Target t"))
        self.example_button.setText(self.tr("Lesson example"))
        self.example_button.setToolTip(self.tr(
            "Put back the lesson's input, kernel and target, and start the loss curve again."))
        self.example_note.setText(self.tr(
            "The slides give only symbols; these small whole numbers keep every sum easy to "
            "check by hand."))
        self.forward_section.setTitle(self.tr("2. Forward pass: each output is a sum of "
                                              "weight × input"))
        self.forward_note.setText(self.tr(
            "With stride 2 the kernel covers a₁…a₁₃ for z₁, then moves two columns for z₂ and "
            "two rows for z₃ and z₄."))
        self.loss_section.setTitle(self.tr("3. Loss: mean squared error against the target"))
        self._retranslate_backward()
        self._retranslate_grid_tips()
        self.update_panel.retranslate()
        self.tensorflow_panel.retranslate()

    def _retranslate_grid_tips(self) -> None:
        self.input_grid.setToolTip(self.tr(
            "The input a₁…a₂₅: type a number into any cell and the whole page follows."))
        self.kernel_grid.setToolTip(self.tr(
            "The weights w₁…w₉: click a cell to follow its gradient, type to change it."))
        self.output_grid.setToolTip(self.tr(
            "The output z = a ∗ w with stride 2, computed from the grids beside it."))
        self.target_grid.setToolTip(self.tr(
            "The values we want z to take: the loss measures how far z is from them."))
        self.output_gradient_grid.setToolTip(self.tr(
            "How much the loss changes when each output grows a little."))
        self.weight_gradient_grid.setToolTip(self.tr(
            "How much the loss changes when each weight grows a little: click one to see its "
            "sum."))

    def _retranslate_backward(self) -> None:
        self.backward_section.setTitle(self.tr("4. Backward pass: the chain rule"))
        self.output_gradient_note.setText(self.tr("How the loss changes with each output:"))
        self.backward_note.setText(self.tr(
            "Each weight multiplied one input in every output, so its gradient adds "
            "input × ∂L/∂z over the four outputs. Pick a weight (a button, or a cell of the "
            "kernel or of ∂L/∂w): each input it used takes the colour of the ∂L/∂z it meets."))
        self.output_gradient_box.setTitle(self.tr("∂L/∂z"))
        self.detail_input_box.setTitle(self.tr("Inputs used by the weight"))
        self.weight_gradient_box.setTitle(self.tr("∂L/∂w"))
        self.weight_label.setText(self.tr("Weight:"))
        tip = self.tr("Show which inputs {name} multiplied and how ∂L/∂{name} adds them up.")
        for index, button in enumerate(self.weight_buttons):
            button.setToolTip(tip.format(name=symbol("w", index)))
