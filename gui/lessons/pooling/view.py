"""The widgets of the pooling lesson and their texts; ``PoolingLesson`` drives them."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.lessons.common import lesson_title
from gui.lessons.pooling.maps import FeatureMapPanel
from gui.lessons.pooling.widgets import boxed, button, grid, row
from gui.session import LabSession
from gui.widgets.big_label import big_label
from gui.widgets.hint_label import HintLabel
from gui.widgets.spin import spin

MAX_INPUT = 8
MAX_WINDOW = 4
CELL_SIZE = 64  # the 4×4 example in projector-sized cells
INPUT_EXTENT = 300  # an 8×8 input gets smaller cells instead of a wider page
OUTPUT_EXTENT = 200
NUMBERS_PAGE, MAP_PAGE = 0, 1


class PoolingView(QWidget):
    """Input map, its max- and average-pooled outputs, and the window and stride controls."""

    def __init__(self, session: LabSession | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = lesson_title()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.source_label = QLabel()
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("sourceCombo")
        self.source_combo.addItems(["", ""])  # texts come in retranslate()
        self.input_grid = grid("inputGrid", CELL_SIZE, INPUT_EXTENT)
        self.max_grid = grid("maxGrid", CELL_SIZE, OUTPUT_EXTENT)
        self.avg_grid = grid("avgGrid", CELL_SIZE, OUTPUT_EXTENT)
        for output in (self.input_grid, self.max_grid, self.avg_grid):
            output.setMouseTracking(True)  # hovering a cell shows its window
            output.viewport().setMouseTracking(True)
        self.input_hint = HintLabel("inputHint")
        self.problem_label = HintLabel("problemLabel")
        self.window_detail = big_label("windowDetail", 14)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.size_formula = big_label("outputSizeFormula", 12)
        self.maps = FeatureMapPanel(session)
        self._make_controls()
        self._lay_out()

    def _make_controls(self) -> None:
        self.input_rows = spin("inputRowsSpin", 1, MAX_INPUT, width=64)
        self.input_cols = spin("inputColsSpin", 1, MAX_INPUT, width=64)
        self.window_spin = spin("windowSpin", 1, MAX_WINDOW, width=64)
        self.stride_spin = spin("strideSpin", 1, MAX_WINDOW, width=64)
        self.example_button = button("exampleButton")
        self.random_button = button("randomButton")
        self.input_size_label, self.window_label, self.stride_label = QLabel(), QLabel(), QLabel()

    def _lay_out(self) -> None:
        self.input_box = boxed(self.input_grid, hint=self.input_hint)
        self.max_box = boxed(self.max_grid)
        self.avg_box = boxed(self.avg_grid)
        grids = QHBoxLayout()
        for box in (self.input_box, self.max_box, self.avg_box):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            grids.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        grids.addStretch(1)
        numbers = QWidget()
        numbers_layout = QVBoxLayout(numbers)
        numbers_layout.setContentsMargins(0, 0, 0, 0)
        numbers_layout.addLayout(grids)
        numbers_layout.addWidget(self.window_detail)
        numbers_layout.addWidget(self.legend)
        numbers_layout.addStretch(1)  # spare height goes below, not into the grids' boxes
        self.stack = QStackedWidget()
        self.stack.setObjectName("sourceStack")
        self.stack.addWidget(numbers)
        self.stack.addWidget(self.maps)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(self._controls())
        layout.addWidget(self.problem_label)
        layout.addWidget(self.stack)
        layout.addWidget(self.size_formula)
        layout.addStretch(1)

    def _controls(self) -> QVBoxLayout:
        source = row(self.source_label, self.source_combo, self.example_button,
                     self.random_button, stretch=True)
        sizes = row(self.input_size_label, self.input_rows, "×", self.input_cols,
                    self.window_label, self.window_spin, self.stride_label, self.stride_spin,
                    stretch=True)
        for label in (self.window_label, self.stride_label):
            label.setContentsMargins(14, 0, 0, 0)  # a gap between the groups of the line
        controls = QVBoxLayout()
        controls.addLayout(source)
        controls.addLayout(sizes)
        return controls

    def show_numbers(self, numbers: bool) -> None:
        """Numbers page (editable example) or feature-map page (images of the drawing's map)."""
        current = NUMBERS_PAGE if numbers else MAP_PAGE
        # A stacked widget is as tall as its tallest page; ignoring the hidden page's size
        # keeps the numbers page compact (the feature-map page is taller).
        for index in range(self.stack.count()):
            policy = QSizePolicy.Policy.Preferred if index == current else \
                QSizePolicy.Policy.Ignored
            self.stack.widget(index).setSizePolicy(policy, policy)
        self.stack.setCurrentIndex(current)
        for widget in (self.input_rows, self.input_cols, self.example_button,
                       self.random_button):
            widget.setEnabled(numbers)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Pooling"))
        self.intro.setText(self.tr(
            "Pooling summarises each window of a feature map in one number: the map gets "
            "smaller, so the next layers cost less. Max pooling keeps the strongest activation "
            "of each window; average pooling gives a more general picture. Unlike a "
            "convolution, the window has no weights to learn."))
        self.source_label.setText(self.tr("Input:"))
        self.source_combo.setItemText(0, self.tr("Example numbers (editable)"))
        self.source_combo.setItemText(1, self.tr("A feature map of my drawing (digits CNN)"))
        self.input_box.setTitle(self.tr("Input (feature map)"))
        self.max_box.setTitle(self.tr("Max pooling"))
        self.avg_box.setTitle(self.tr("Average pooling"))
        self.legend.setText(self.tr(
            "★ orange: the winner of each max window, its largest value (on a tie, the first "
            "in reading order). Yellow: the window of the output cell you point at or click."))
        self.input_size_label.setText(self.tr("Input size:"))
        self.window_label.setText(self.tr("Window (k):"))
        self.stride_label.setText(self.tr("Stride (s):"))
        self.example_button.setText(self.tr("Example"))
        self.random_button.setText(self.tr("Random numbers"))
        self._retranslate_tooltips()
        self.maps.retranslate()

    def _retranslate_tooltips(self) -> None:
        self.source_combo.setToolTip(self.tr(
            "Pool a small grid of numbers you can edit, or a real feature map that the digits "
            "network computed from your drawing."))
        self.input_rows.setToolTip(self.tr("Rows of the input map, up to 8"))
        self.input_cols.setToolTip(self.tr("Columns of the input map, up to 8"))
        self.window_spin.setToolTip(self.tr(
            "Side of the square pooling window (k): how many neighbouring values become one."))
        self.stride_spin.setToolTip(self.tr(
            "How far the window moves each step; equal to the window, the windows tile the map "
            "without overlapping, as in Keras' default."))
        self.example_button.setToolTip(self.tr(
            "Back to the 4×4 example: a lone peak, a flat window, and two mixed ones."))
        self.random_button.setToolTip(self.tr("Fill the input with small random integers"))
        self.input_grid.setToolTip(self.tr(
            "Type a number into any cell; the pooled outputs follow."))
        self.max_grid.setToolTip(self.tr(
            "Each cell is the largest value of its window; point at it to see the window."))
        self.avg_grid.setToolTip(self.tr(
            "Each cell is the mean of its window; point at it to see the window."))
