"""The widgets of the convolution lesson and their texts; the lesson drives them."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.lessons.common import lesson_title
from gui.widgets.hint_label import HintLabel
from gui.widgets.matrix_grid import MatrixGrid
from gui.widgets.spin import spin
from gui.widgets.step_player import StepPlayer

MAX_INPUT = 10
MAX_KERNEL = 5
CELL_SIZE = 72  # big enough to read on a projector from the back row
GRID_EXTENT = 440  # a 16×16 padded input still fits a 1366×768 projector beside the output


def _big_label(name: str, point_size: float, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    font = QFont(label.font())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ConvolutionView(QWidget):
    """Input ∗ kernel = output, the current step's sum, the player and the parameters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = lesson_title()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.input_grid = MatrixGrid(cell_size=CELL_SIZE, max_extent=GRID_EXTENT)
        self.input_grid.setObjectName("inputGrid")
        self.kernel_grid = MatrixGrid(cell_size=CELL_SIZE)
        self.kernel_grid.setObjectName("kernelGrid")
        self.output_grid = MatrixGrid(cell_size=CELL_SIZE, max_extent=GRID_EXTENT)
        self.output_grid.setObjectName("outputGrid")
        self.input_hint = HintLabel("inputHint")
        self.kernel_hint = HintLabel("kernelHint")
        self.step_title = _big_label("stepTitle", 13)
        self.step_formula = _big_label("stepFormula", 22, bold=True)
        self.step_formula.setWordWrap(True)
        self.problem_label = HintLabel("problemLabel")
        self.player = StepPlayer()
        self.size_formula = _big_label("outputSizeFormula", 13)
        self.size_formula.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self._make_parameter_controls()
        self._lay_out()

    def _make_parameter_controls(self) -> None:
        self.input_rows = spin("inputRowsSpin", 1, MAX_INPUT, width=64)
        self.input_cols = spin("inputColsSpin", 1, MAX_INPUT, width=64)
        self.kernel_rows = spin("kernelRowsSpin", 1, MAX_KERNEL, width=64)
        self.kernel_cols = spin("kernelColsSpin", 1, MAX_KERNEL, width=64)
        self.stride_spin = spin("strideSpin", 1, 5, width=64)
        self.padding_spin = spin("paddingSpin", 0, 3, width=64)
        self.valid_button = QPushButton()
        self.valid_button.setObjectName("validButton")
        self.same_button = QPushButton()
        self.same_button.setObjectName("sameButton")
        self.example_button = QPushButton()
        self.example_button.setObjectName("exampleButton")
        self.random_button = QPushButton()
        self.random_button.setObjectName("randomButton")
        self.input_size_label, self.kernel_size_label = QLabel(), QLabel()
        self.stride_label, self.padding_label = QLabel(), QLabel()

    def _lay_out(self) -> None:
        self.input_box = self._grid_box(self.input_grid, self.input_hint)
        self.kernel_box = self._grid_box(self.kernel_grid, self.kernel_hint)
        self.output_box = self._grid_box(self.output_grid)
        equation = QHBoxLayout()
        equation.addStretch(1)
        for widget in (self.input_box, _operator("∗"), self.kernel_box, _operator("="),
                       self.output_box):
            equation.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        equation.addStretch(1)
        step_frame = QFrame()
        step_frame.setFrameShape(QFrame.Shape.StyledPanel)
        step_layout = QVBoxLayout(step_frame)
        # The player first and the controls above the grids: when "same" padding grows the
        # input, or a step's sum takes two lines, nothing a teacher clicks moves down (below
        # the grids, the controls fell below the fold of a 1024×768 projector).
        for widget in (self.player, self.step_title, self.step_formula, self.problem_label):
            step_layout.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self._parameters_box())
        layout.addWidget(step_frame)
        layout.addLayout(equation)
        layout.addWidget(self.legend)
        layout.addWidget(self.size_formula)
        layout.addStretch(1)

    def _grid_box(self, grid: MatrixGrid, hint: HintLabel | None = None) -> QGroupBox:
        box = QGroupBox()
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(grid, 0, Qt.AlignmentFlag.AlignHCenter)
        if hint is not None:
            hint.setMaximumWidth(320)
            box_layout.addWidget(hint)
        box_layout.addStretch(1)
        return box

    def _parameters_box(self) -> QGroupBox:
        # Three short rows, so the lesson fits a 1024×768 projector beside the side list.
        self.parameters_box = QGroupBox()
        grid = QGridLayout(self.parameters_box)
        times = "×"
        grid.addWidget(self.input_size_label, 0, 0)
        grid.addLayout(_row(self.input_rows, QLabel(times), self.input_cols), 0, 1)
        grid.addWidget(self.kernel_size_label, 1, 0)
        grid.addLayout(_row(self.kernel_rows, QLabel(times), self.kernel_cols), 1, 1)
        grid.addWidget(self.stride_label, 0, 2)
        grid.addWidget(self.stride_spin, 0, 3, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.padding_label, 1, 2)
        grid.addLayout(_row(self.padding_spin, self.valid_button, self.same_button), 1, 3)
        grid.addLayout(_row(self.example_button, self.random_button), 2, 0, 1, 4,
                       Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(4, 1)
        grid.setHorizontalSpacing(12)
        return self.parameters_box

    def retranslate(self) -> None:
        self.title.setText(self.tr("Convolution"))
        self.intro.setText(self.tr(
            "The kernel slides over the input. At each position, every input value under the "
            "kernel is multiplied by the weight on top of it, and the products are added: "
            "that sum is one cell of the output (the feature map). Step through it, or edit "
            "any number — double-click a cell or just type."))
        self.input_box.setTitle(self.tr("Input"))
        self.kernel_box.setTitle(self.tr("Kernel (filter)"))
        self.output_box.setTitle(self.tr("Output (feature map)"))
        self.legend.setText(self.tr(
            "Yellow: the kernel's window and the output cell it produces. "
            "Grey: zero padding added around the input."))
        self.parameters_box.setTitle(self.tr("Sizes, stride and padding"))
        self.input_size_label.setText(self.tr("Input size:"))
        self.kernel_size_label.setText(self.tr("Kernel size:"))
        self.stride_label.setText(self.tr("Stride (s):"))
        self.padding_label.setText(self.tr("Padding (p):"))
        self._retranslate_tooltips()

    def _retranslate_tooltips(self) -> None:
        self.input_rows.setToolTip(self.tr("Rows of the input (n), up to 10"))
        self.input_cols.setToolTip(self.tr("Columns of the input (n), up to 10"))
        self.kernel_rows.setToolTip(self.tr("Rows of the kernel (k), up to 5"))
        self.kernel_cols.setToolTip(self.tr("Columns of the kernel (k), up to 5"))
        self.stride_spin.setToolTip(self.tr(
            "How many cells the kernel moves at each step. A larger stride overlaps less and "
            "gives a smaller output."))
        self.padding_spin.setToolTip(self.tr(
            "Rings of zeros added around the input, to control the output size and keep the "
            "information at the borders."))
        self.valid_button.setText(self.tr("valid"))
        self.valid_button.setToolTip(self.tr("No padding (Keras padding=\"valid\")"))
        self.same_button.setText(self.tr("same"))
        self.same_button.setToolTip(self.tr(
            "Just enough padding for an output of ⌈n/s⌉ cells (Keras padding=\"same\"); with an "
            "even kernel the extra row and column go at the bottom and right."))
        self.example_button.setText(self.tr("Deck example"))
        self.example_button.setToolTip(self.tr("The slide's input, kernel and output"))
        self.random_button.setText(self.tr("Random numbers"))
        self.random_button.setToolTip(self.tr("Fill input and kernel with small random integers"))


def _operator(symbol: str) -> QLabel:
    label = QLabel(symbol)
    font = QFont(label.font())
    font.setPointSize(28)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMinimumHeight(120)
    return label


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    return row
