"""The widgets of the translation experiment (slide 17) and their texts."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.lessons.pooling.widgets import boxed, button, grid, row
from gui.widgets.big_label import big_label
from gui.widgets.hint_label import HintLabel
from gui.widgets.spin import spin

MAP_EXTENT = 240  # an 8×8 map: 30-px cells, two side by side with the controls beside them
POOLED_EXTENT = 130
CELL_SIZE = 52
MAX_WINDOW = 4
ARROWS = (  # objectName, symbol, (row, column) on the arrow pad, (rows, cols) moved
    ("shiftUp", "▲", (0, 1), (-1, 0)),
    ("shiftLeft", "◀", (1, 0), (0, -1)),
    ("shiftReset", "●", (1, 1), (0, 0)),
    ("shiftRight", "▶", (1, 2), (0, 1)),
    ("shiftDown", "▼", (2, 1), (1, 0)),
)


class ShiftView(QWidget):
    """Map before and after the shift, both max-pooled, the arrows and the counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input_grid = grid("inputGrid", CELL_SIZE, MAP_EXTENT)
        self.shifted_grid = grid("shiftedGrid", CELL_SIZE, MAP_EXTENT)
        self.pooled_before = grid("pooledBeforeGrid", CELL_SIZE, POOLED_EXTENT)
        self.pooled_after = grid("pooledAfterGrid", CELL_SIZE, POOLED_EXTENT)
        self.input_hint = HintLabel("inputHint")
        self.problem_label = HintLabel("problemLabel")
        self.offset_label = big_label("shiftOffset", 12)
        self.counts = big_label("changeCounts", 15, bold=True)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.arrows = {}
        for name, symbol, _, _ in ARROWS:
            arrow = QToolButton()
            arrow.setObjectName(name)
            arrow.setText(symbol)
            arrow.setFixedSize(42, 42)
            font = arrow.font()
            font.setPointSize(16)
            arrow.setFont(font)
            self.arrows[name] = arrow
        self.window_rows = spin("windowRowsSpin", 1, MAX_WINDOW, width=52)
        self.window_cols = spin("windowColsSpin", 1, MAX_WINDOW, width=52)
        self.stride_spin = spin("strideSpin", 1, MAX_WINDOW, width=52)
        self.example_button = button("exampleButton")
        self.figure_button = button("bookFigureButton")
        self.window_label, self.stride_label = QLabel(), QLabel()
        self._lay_out()

    def _lay_out(self) -> None:
        self.before_box = boxed(self.input_grid, hint=self.input_hint)
        self.after_box = boxed(self.shifted_grid)
        self.pooled_before_box = boxed(self.pooled_before)
        self.pooled_after_box = boxed(self.pooled_after)
        self.arrow_box = QGroupBox()
        arrow_layout = QVBoxLayout(self.arrow_box)
        pad = QGridLayout()
        for name, _, (r, c), _ in ARROWS:
            pad.addWidget(self.arrows[name], r, c)
        arrow_layout.addLayout(pad)
        arrow_layout.addWidget(self.offset_label)
        arrow_layout.addSpacing(8)
        # The pooling settings and examples sit under the arrows: no extra line above the maps.
        settings = QGridLayout()
        settings.addWidget(self.window_label, 0, 0)
        settings.addLayout(row(self.window_rows, "×", self.window_cols, stretch=True), 0, 1)
        settings.addWidget(self.stride_label, 1, 0)
        settings.addWidget(self.stride_spin, 1, 1)
        arrow_layout.addLayout(settings)
        arrow_layout.addWidget(self.example_button)
        arrow_layout.addWidget(self.figure_button)
        arrow_layout.addStretch(1)
        grids = QGridLayout()
        grids.addWidget(self.before_box, 0, 0)
        grids.addWidget(self.after_box, 0, 1)
        grids.addWidget(self.arrow_box, 0, 2)
        grids.addWidget(self.pooled_before_box, 1, 0)
        grids.addWidget(self.pooled_after_box, 1, 1)
        grids.addWidget(self.counts, 1, 2, 1, 2, Qt.AlignmentFlag.AlignTop)
        grids.setColumnStretch(3, 1)
        for box in (self.before_box, self.after_box, self.pooled_before_box,
                    self.pooled_after_box):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.counts.setMinimumWidth(200)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem_label)
        layout.addLayout(grids)
        layout.addWidget(self.legend)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.before_box.setTitle(self.tr("Activations (after ReLU)"))
        self.after_box.setTitle(self.tr("The same, shifted"))
        self.pooled_before_box.setTitle(self.tr("Max pooling"))
        self.pooled_after_box.setTitle(self.tr("Max pooling, shifted"))
        self.arrow_box.setTitle(self.tr("Shift the input, pool"))
        self.window_label.setText(self.tr("Window:"))
        self.stride_label.setText(self.tr("Stride:"))
        self.example_button.setText(self.tr("8×8 example"))
        self.figure_button.setText(self.tr("The book's figure (1-D)"))
        self.legend.setText(self.tr(
            "Red: a value that is not what it was before the shift. ★: where each window's "
            "maximum comes from. Cells that enter at the edge become 0, as if the picture "
            "moved over an empty background."))
        self._retranslate_tooltips()

    def _retranslate_tooltips(self) -> None:
        tips = {
            "shiftUp": self.tr("Move the whole input one pixel up"),
            "shiftLeft": self.tr("Move the whole input one pixel to the left"),
            "shiftReset": self.tr("Put the input back where it was"),
            "shiftRight": self.tr("Move the whole input one pixel to the right"),
            "shiftDown": self.tr("Move the whole input one pixel down"),
        }
        for name, tip in tips.items():
            self.arrows[name].setToolTip(tip)
        self.window_rows.setToolTip(self.tr("Rows of the pooling window"))
        self.window_cols.setToolTip(self.tr("Columns of the pooling window"))
        self.stride_spin.setToolTip(self.tr(
            "How far the pooling window moves each step (in both directions)."))
        self.example_button.setToolTip(self.tr(
            "An 8×8 map with one strong activation per 2×2 window: shifted right, every "
            "value changes but only half of the pooled outputs do."))
        self.figure_button.setToolTip(self.tr(
            "The figure the slide comes from (Goodfellow et al., Deep Learning, fig. 9.8): "
            "one row, windows of 3 with stride 1."))
        self.input_grid.setToolTip(self.tr(
            "Type a number into any cell; the shifted map and both poolings follow."))
