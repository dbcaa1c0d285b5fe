"""Small builders and colours shared by the two pooling lessons (slides 15–18)."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QBoxLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import style
from gui.widgets.hint_label import HintLabel
from gui.widgets.matrix_grid import MatrixGrid
from gui.widgets.pixel_view import PixelView

WINDOW_COLOUR = QColor(style.HIGHLIGHT_YELLOW)  # the window looked at, and the output it gives
WINNER_COLOUR = QColor("#ff9f43")  # a cell that is the maximum of its pooling window
CHANGED_COLOUR = QColor("#f4978e")  # a value that is not what it was before the shift
WINNER_MARK = "★"  # also a shape, not only a colour, for colour-blind students
MARKER_COLOUR = "#00e5ff"  # winners on a heat image: cyan is in neither inferno nor grey
HEAT_MAP = "inferno"


def button(name: str) -> QPushButton:
    widget = QPushButton()
    widget.setObjectName(name)
    return widget


def grid(name: str, cell_size: int, max_extent: int) -> MatrixGrid:
    widget = MatrixGrid(cell_size=cell_size, max_extent=max_extent)
    widget.setObjectName(name)
    return widget


def boxed(*widgets: QWidget, hint: HintLabel | None = None,
          centre: bool = True) -> QGroupBox:
    """A titled box holding ``widgets`` one under the other (a grid and its red hint)."""
    box = QGroupBox()
    layout = QVBoxLayout(box)
    for widget in widgets:
        alignment = Qt.AlignmentFlag.AlignHCenter if centre else Qt.AlignmentFlag.AlignLeft
        layout.addWidget(widget, 0, alignment)
    if hint is not None:
        hint.setMaximumWidth(300)
        layout.addWidget(hint)
    layout.addStretch(1)
    return box


def row(*items: QWidget | str, stretch: bool = False) -> QHBoxLayout:
    """Widgets side by side; a str item becomes a plain label (e.g. "×")."""
    layout = QHBoxLayout()
    for item in items:
        layout.addWidget(QLabel(item) if isinstance(item, str) else item)
    if stretch:
        layout.addStretch(1)
    return layout


def add_all(layout: QBoxLayout, *widgets: QWidget) -> None:
    for widget in widgets:
        layout.addWidget(widget)


def heat_view(name: str, size: int) -> PixelView:
    """A feature map shown large, in a heat colour map, at a fixed square size."""
    view = PixelView(colour_map=HEAT_MAP)
    view.setObjectName(name)
    view.setFixedSize(size, size)
    return view


def winner_markers(view: PixelView) -> pg.ScatterPlotItem:
    """Small cyan squares over a PixelView, one per winning cell (placed by the caller)."""
    markers = pg.ScatterPlotItem(symbol="s", size=5, pen=pg.mkPen(MARKER_COLOUR, width=1.5),
                                 brush=None, pxMode=True)
    markers.setZValue(3)
    view.view.addItem(markers)
    return markers


def place_markers(markers: pg.ScatterPlotItem, cells: np.ndarray) -> None:
    """Put one marker on the centre of each (row, col) in ``cells`` (any shape (..., 2))."""
    flat = np.asarray(cells).reshape(-1, 2)
    markers.setData(x=flat[:, 1] + 0.5, y=flat[:, 0] + 0.5)
