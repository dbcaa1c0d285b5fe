"""What every problem drawing shares: read-only grids, their captions, the lessons' colours.

A problem is drawn with the lessons' own :class:`MatrixGrid`: the window being computed in
the convolution lesson's yellow, zero padding in the grid's grey, and the output cell asked
for marked with a "?" until the worked solution fills it in.
"""

from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui import style
from gui.widgets.matrix_grid import FIXED_COLOUR, MatrixGrid

WINDOW_COLOUR = QColor(style.HIGHLIGHT_YELLOW)  # the window, and the cell it gives
KERNEL_COLOUR = QColor("#fff1c9")  # the whole kernel, as the convolution lesson tints it
ASKED_MARK = "?"
CELL_SIZE = 40  # cells a little smaller than the lessons': the answer must fit below
PADDING_COLOUR = FIXED_COLOUR


class ProblemView(QWidget):
    """One topic's drawing: ``show_problem`` draws it, ``solved`` fills in the answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem: Any = None
        self.solved = False

    def show_problem(self, problem: Any, solved: bool = False) -> None:
        self.problem, self.solved = problem, solved
        if problem is not None:
            self.draw()

    def draw(self) -> None:
        """Draw ``self.problem`` (each topic says how)."""

    def retranslate(self) -> None:
        """Captions in the interface language (numbers in the grids follow by themselves)."""
        if self.problem is not None:
            self.draw()


def read_only_grid(name: str, max_extent: int = 280, cell_size: int = CELL_SIZE) -> MatrixGrid:
    grid = MatrixGrid(cell_size=cell_size, max_extent=max_extent)
    grid.setObjectName(name)
    grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the answer to Check, not here
    return grid


def caption(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    return label


def column(title: QLabel, grid: QWidget) -> QVBoxLayout:
    """A caption over a grid, both centred."""
    layout = QVBoxLayout()
    layout.addWidget(title)
    layout.addWidget(grid, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addStretch(1)
    return layout


def side_by_side(owner: QWidget, *columns: QVBoxLayout | QLabel) -> QHBoxLayout:
    row = QHBoxLayout(owner)
    row.setContentsMargins(0, 0, 0, 0)
    for item in columns:
        if isinstance(item, QLabel):
            row.addWidget(item, 0, Qt.AlignmentFlag.AlignVCenter)
        else:
            row.addLayout(item)
    row.addStretch(1)
    return row


def operator(text: str) -> QLabel:
    """A big "∗" or "→" between two grids."""
    label = QLabel(text)
    style.set_font(label, 20, bold=True)
    return label


def padded(matrix: np.ndarray, padding: int) -> tuple[np.ndarray, np.ndarray]:
    """The input with ``padding`` zeros on every side, and the mask of those zeros."""
    out = np.pad(matrix, padding)
    ring = np.ones(out.shape, dtype=bool)
    ring[padding: padding + matrix.shape[0], padding: padding + matrix.shape[1]] = False
    return out, ring


def output_cells(size: int, window: int, stride: int) -> int:
    """⌊(size − window)/stride⌋ + 1 (size already padded)."""
    return max(0, (size - window) // stride + 1)


def asked_output(grid: MatrixGrid, shape: tuple[int, int], cell: tuple[int, int],
                 value: float | None) -> None:
    """The output grid: blank cells, the asked one yellow with "?" (or its value, solved)."""
    values = np.full(shape, np.nan)
    if value is not None:
        values[cell] = value
    grid.set_matrix(values, editable=False)
    grid.set_backgrounds({cell: WINDOW_COLOUR})
    if value is None:  # a blank cell would not say which one is asked
        grid.item(*cell).setText(ASKED_MARK)


def pair(value: Any) -> tuple[int, int]:
    """``3`` or ``[3, 2]`` as (rows, columns)."""
    if isinstance(value, (list, tuple)):
        return int(value[0]), int(value[-1])
    return int(value), int(value)
