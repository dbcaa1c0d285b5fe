"""A 1-D vector as a bar chart: a Dense layer's units, or class probabilities by class.

The bar item is made once and given new heights on every ``set_values``, because the
Activations tab calls it live while a person draws. The chart is a thumbnail of numbers,
not an explorer: pan, zoom and the context menu are off. Hovering a column (anywhere over
it, so units at zero can be read too) emits ``hovered`` and sets the plot's tooltip.
"""

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Signal
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from gui import style
from gui.i18n import lesson_number

BACKGROUND = style.CHART_BACKGROUND
BAR_COLOUR = style.CHART_BAR
BAR_WIDTH = 0.8


class VectorChart(pg.PlotWidget):
    """Bars for the entries of one vector; x ticks show the labels when given."""

    hovered = Signal(int, float)  # index, value
    left = Signal()  # the pointer is no longer over a column

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background=BACKGROUND)
        # PlotWidget copies plotItem.clear onto the instance; it would remove our bar item.
        del self.clear
        self.setObjectName("vectorChart")
        plot = self.getPlotItem()
        plot.setMouseEnabled(x=False, y=False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(y=True, alpha=0.25)
        tick_font = QFont(self.font())
        tick_font.setPointSizeF(max(11.0, tick_font.pointSizeF() * 1.2))  # seen on a projector
        for side in ("bottom", "left"):
            plot.getAxis(side).setStyle(tickFont=tick_font)
        self._tick_font = tick_font
        self._values = np.zeros(0)
        self._labels: list[str] | None = None
        self._hover: int | None = None
        self._bars = pg.BarGraphItem(x=np.zeros(0), height=np.zeros(0), width=BAR_WIDTH,
                                     brush=BAR_COLOUR, pen=None)
        plot.addItem(self._bars)

    # -- contents ---------------------------------------------------------------------------
    def set_values(self, values: np.ndarray, labels: Sequence[str] | None = None) -> None:
        """Show ``values`` (1-D); ``labels`` (one per value) replace the index ticks."""
        values = np.asarray(values, dtype=np.float64)
        if values.ndim != 1:
            raise ValueError(f"a vector must be 1-D, got shape {values.shape}")
        if labels is not None and len(labels) != len(values):
            raise ValueError(f"{len(labels)} labels for {len(values)} values")
        resized = len(values) != len(self._values)
        self._values = values.copy()
        self._bars.setOpts(x=np.arange(len(values)), height=self._values, width=BAR_WIDTH)
        self._labels = None if labels is None else [str(label) for label in labels]
        self._set_ticks()  # every time: which names fit can depend on the values
        if resized:
            self.setXRange(-0.6, max(len(values), 1) - 0.4, padding=0)
        self._refresh_hover(resized)

    def clear(self) -> None:
        """No bars (the bar item stays, ready for the next vector)."""
        self.set_values(np.zeros(0))

    def values(self) -> np.ndarray:
        return self._values.copy()

    def labels(self) -> list[str] | None:
        return None if self._labels is None else list(self._labels)

    def bar_item(self) -> pg.BarGraphItem:
        return self._bars

    def column_centre(self, index: int) -> QPointF:
        """Middle of column ``index`` (half way up the plot), in viewport coordinates."""
        view = self.getPlotItem().getViewBox()
        view.updateMatrix()
        (_, _), (y_low, y_high) = view.viewRange()
        scene = view.mapViewToScene(QPointF(index, (y_low + y_high) / 2))
        return self.viewportTransform().map(scene)

    def index_at(self, position: QPointF) -> int | None:
        """The column under a viewport position, or None."""
        view = self.getPlotItem().getViewBox()
        scene = self.viewportTransform().inverted()[0].map(QPointF(position))
        if not view.sceneBoundingRect().contains(scene):
            return None
        x = view.mapSceneToView(scene).x()
        index = round(x)
        inside = 0 <= index < len(self._values) and abs(x - index) <= BAR_WIDTH / 2
        return index if inside else None

    def tooltip_for(self, index: int) -> str:
        value = lesson_number(self._values[index])
        if self._labels is not None:
            return self.tr("{label}: {value}").format(label=self._labels[index], value=value)
        return self.tr("unit {index}: {value}").format(index=index, value=value)

    # -- helpers ----------------------------------------------------------------------------
    def _set_ticks(self) -> None:
        axis = self.getPlotItem().getAxis("bottom")
        if self._labels is None:
            axis.setTicks(None)  # pyqtgraph's own integer ticks
        else:
            axis.setTicks([self._named_ticks()])

    def _named_ticks(self) -> list[tuple[int, str]]:
        """Every bar's name when the names fit under their bars; else only the tallest bar's.

        Long class names ("automóvel", "caminhão") in a narrow column would print over each
        other; the answer stays named, and pointing at a bar names any other.
        """
        assert self._labels is not None
        metrics = QFontMetrics(self._tick_font)
        widest = max((metrics.horizontalAdvance(label) for label in self._labels), default=0)
        per_bar = self.getPlotItem().getViewBox().width() / max(len(self._labels), 1)
        if widest + metrics.averageCharWidth() <= per_bar or not len(self._values):
            return list(enumerate(self._labels))
        tallest = int(np.argmax(self._values))
        return [(tallest, self._labels[tallest])]

    def resizeEvent(self, ev: QResizeEvent) -> None:
        super().resizeEvent(ev)
        # Neither labels nor a plot while being built or torn down.
        if getattr(self, "_labels", None) is not None and self.getPlotItem() is not None:
            self._set_ticks()

    def _set_hover(self, index: int | None) -> None:
        view = self.getPlotItem().getViewBox()
        if index is None:
            view.setToolTip("")
            if self._hover is not None:
                self._hover = None
                self.left.emit()
            return
        # The tooltip lives on the ViewBox, so it shows over the whole column, bar or not.
        view.setToolTip(self.tooltip_for(index))
        if index != self._hover:
            self._hover = index
            self.hovered.emit(index, float(self._values[index]))

    def _refresh_hover(self, resized: bool) -> None:
        if self._hover is None:
            return
        if resized:  # the columns moved under the pointer; the next move finds the new one
            self._set_hover(None)
            return
        # The value under a resting pointer changed: say so, as a new move would.
        index, self._hover = self._hover, None
        self._set_hover(index)

    def mouseMoveEvent(self, ev: QMouseEvent) -> None:
        super().mouseMoveEvent(ev)
        self._set_hover(self.index_at(ev.position()))

    def leaveEvent(self, ev: QEvent) -> None:
        super().leaveEvent(ev)
        self._set_hover(None)


if __name__ == "__main__":
    from gui.preview import run_preview

    def _demo() -> VectorChart:
        chart = VectorChart()
        chart.set_values(np.random.default_rng(0).dirichlet(np.ones(10)),
                         [str(digit) for digit in range(10)])
        return chart

    raise SystemExit(run_preview(_demo))
