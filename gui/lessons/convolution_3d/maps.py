"""The feature maps of the 3-D convolution lesson, in a blue–white–red scale, and its legend.

A filter's response is signed (an edge filter answers +x on one side of an edge and −x on the
other), so the maps use a diverging scale: white is zero, blue negative, red positive. Each
map is scaled to its own largest |value|, written in its title: the maps' ranges differ by
orders of magnitude (a brightness filter answers 0…255, an edge filter up to ±765), and one
shared scale would leave most of them white.
"""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QLinearGradient, QPainter
from PySide6.QtWidgets import QWidget

from gui.i18n import lesson_number
from gui.widgets.feature_maps import Pixel, ThumbnailGrid, colourise

DIVERGING = "CET-D1"  # blue–white–red, as the kernel views of the lab use


def symmetric_levels(maps: np.ndarray) -> list[tuple[float, float]]:
    """(−m, +m) per map of (N, H, W), m = max|value| (1 for an all-zero map)."""
    limits = np.abs(maps).reshape(len(maps), -1).max(axis=1, initial=0.0)
    return [(-float(m), float(m)) if m > 0 else (-1.0, 1.0) for m in limits]


class DivergingMapGrid(ThumbnailGrid):
    """Feature maps (H, W, F) in blue–white–red; hovering a cell reports it."""

    hovered = Signal(int, int, int)  # filter, row, col
    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("featureMaps")
        self._lut = pg.colormap.get(DIVERGING).getLookupTable(nPts=256)
        self._stack = np.zeros((0, 0, 0), np.float32)
        self._levels: list[tuple[float, float]] = []
        self._hover: Pixel | None = None

    def sizeHint(self) -> QSize:
        # pyqtgraph's hint grows with the grid's rows; the lesson lays out a square panel.
        return QSize(220, 200)

    def set_maps(self, maps: np.ndarray, titles: list[str]) -> None:
        """Show (H, W, F) maps, titled; items are reused while the shape stays the same."""
        self._stack = np.ascontiguousarray(np.moveaxis(np.asarray(maps), -1, 0),
                                           dtype=np.float32)
        self._levels = symmetric_levels(self._stack)
        self._show_stack(colourise(self._stack, self._levels, self._lut), titles)

    def limit(self, index: int) -> float:
        """The |value| drawn as the deepest blue and red of map ``index``."""
        return self._levels[index][1]

    def cell_colour(self, index: int, row: int, col: int) -> QColor:
        """The colour map ``index`` gives cell (row, col) (for tests)."""
        low, high = self._levels[index]
        position = (float(self._stack[index, row, col]) - low) / (high - low)
        r, g, b = self._lut[int(np.clip(position * len(self._lut), 0, len(self._lut) - 1))]
        return QColor(int(r), int(g), int(b))

    def _pointer_moved(self, hit: Pixel | None) -> None:
        if hit == self._hover:
            return
        self._hover = hit
        if hit is None:
            self.left.emit()
        else:
            self.hovered.emit(*hit)


class ColourBar(QWidget):
    """A horizontal blue–white–red bar labelled −max, 0 and +max."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colourBar")
        lut = pg.colormap.get(DIVERGING).getLookupTable(nPts=5)
        self._stops = [QColor(int(r), int(g), int(b)) for r, g, b in lut]
        self._labels = ("−max", "0", "+max")
        font = QFont(self.font())
        font.setPointSize(10)
        self.setFont(font)

    def set_labels(self, low: str, middle: str, high: str) -> None:
        self._labels = (low, middle, high)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(260, 2 * self.fontMetrics().height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 2 * self.fontMetrics().height() + 8)

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        text_height = self.fontMetrics().height()
        bar = QRectF(4, 2, self.width() - 8, self.height() - text_height - 6)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        for index, colour in enumerate(self._stops):
            gradient.setColorAt(index / (len(self._stops) - 1), colour)
        painter.fillRect(bar, gradient)
        painter.setPen(self.palette().windowText().color())
        text_row = QRectF(bar.left(), bar.bottom() + 2, bar.width(), text_height)
        for label, align in zip(self._labels, (Qt.AlignmentFlag.AlignLeft,
                                               Qt.AlignmentFlag.AlignHCenter,
                                               Qt.AlignmentFlag.AlignRight), strict=True):
            painter.drawText(text_row, align, label)
        painter.end()


def localised(value: float, decimals: int = 2) -> str:
    """A number as a student writes it (no "19.0", a typographic minus), with the decimal
    separator of the interface's language (0,5 in Portuguese)."""
    return lesson_number(value, decimals)


def limit_text(limit: float) -> str:
    """±m as a map's title shows it: whole numbers when large, a few decimals when small."""
    # Rounded here rather than with decimals=0: format_number strips trailing zeros, which
    # with no decimal point would turn 700 into "7".
    return "±" + localised(round(limit) if limit >= 100 else limit, 2)
