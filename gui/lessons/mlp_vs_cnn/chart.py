"""Three bars, one per kind of layer, with each count written on top of its bar.

The counts differ by orders of magnitude (320 against 216 320 for the MNIST example), so on a
linear axis the convolution's bar is invisible — which is the deck's point, and why the
linear view is offered — while the logarithmic view (the default) lets all three be compared:
each grid line is ten times the one below it.
"""

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from gui import i18n, style

BACKGROUND = style.CHART_BACKGROUND
BAR_COLOURS = ("#ff8a65", "#ffd54f", style.CHART_BAR)  # fully connected, locally connected, conv
BAR_WIDTH = 0.6
SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def power_of_ten(exponent: int) -> str:
    """10³ rather than 1e3: how the course writes powers."""
    return "10" + str(exponent).translate(SUPERSCRIPTS)


class CountAxis(pg.AxisItem):
    """A left axis that writes whole counts with the language's grouping (25,120 / 25.120)."""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [i18n.integer(round(value)) if value >= 0 else "" for value in values]


class ParameterChart(pg.PlotWidget):
    """Bars for (fully connected, locally connected, convolutional) parameter counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._axis = CountAxis("left")
        super().__init__(parent, background=BACKGROUND, axisItems={"left": self._axis})
        self.setObjectName("parameterChart")
        plot = self.getPlotItem()
        plot.setMouseEnabled(x=False, y=False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(y=True, alpha=0.3)
        self._axis.enableAutoSIPrefix(False)  # "×1e6" above the axis would puzzle students
        tick_font = QFont(self.font())
        tick_font.setPointSizeF(max(11.0, tick_font.pointSizeF() * 1.2))
        for side in ("bottom", "left"):
            plot.getAxis(side).setStyle(tickFont=tick_font)
        self._value_font = QFont(self.font())
        self._value_font.setPointSizeF(max(13.0, self.font().pointSizeF() * 1.4))
        self._value_font.setBold(True)
        self._counts = np.ones(3)
        self._log = True
        self._bars = pg.BarGraphItem(x=np.arange(3), height=np.zeros(3), width=BAR_WIDTH,
                                     brushes=list(BAR_COLOURS), pen=None)
        plot.addItem(self._bars)
        self._value_items = [pg.TextItem(anchor=(0.5, 1.0), color="w") for _ in range(3)]
        for item in self._value_items:
            item.setFont(self._value_font)
            plot.addItem(item)
        self.setXRange(-0.5, 2.5, padding=0.02)

    def sizeHint(self) -> QSize:
        # PlotWidget asks for 600×480; the calculator's page (word-wrapped, so sized by its
        # preferred heights) would then scroll on a 768-pixel projector.
        return QSize(600, 240)

    # -- contents ---------------------------------------------------------------------------
    def set_counts(self, counts: Sequence[int]) -> None:
        """The three counts, in the order fully connected, locally connected, convolutional."""
        self._counts = np.array([max(int(c), 1) for c in counts], dtype=np.float64)
        for item, count in zip(self._value_items, counts, strict=True):
            item.setText(i18n.integer(count))
        self._redraw()

    def set_names(self, names: Sequence[str]) -> None:
        """The three bars' names under them (translated by the caller)."""
        self.getPlotItem().getAxis("bottom").setTicks([list(enumerate(names))])

    def set_log_scale(self, log: bool) -> None:
        self._log = bool(log)
        self._redraw()

    def log_scale(self) -> bool:
        return self._log

    def bar_heights(self) -> np.ndarray:
        """The drawn heights: counts, or their base-10 logarithms on the log scale."""
        return np.asarray(self._bars.opts["height"], dtype=np.float64).copy()

    def value_texts(self) -> list[str]:
        return [item.toPlainText() for item in self._value_items]

    # -- drawing ----------------------------------------------------------------------------
    def _redraw(self) -> None:
        heights = np.log10(self._counts) if self._log else self._counts
        self._bars.setOpts(height=heights)
        for index, (item, height) in enumerate(zip(self._value_items, heights, strict=True)):
            item.setPos(index, float(height))
        top = float(heights.max())
        if self._log:
            # Room above the tallest bar for its number; ticks only at whole powers of ten.
            high = math.ceil(top + 0.75)
            self._axis.setTicks([[(k, power_of_ten(k)) for k in range(high + 1)]])
            self.setYRange(0.0, high, padding=0.0)
        else:
            self._axis.setTicks(None)
            self.setYRange(0.0, top * 1.22, padding=0.0)
