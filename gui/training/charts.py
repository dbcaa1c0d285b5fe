"""Live training charts: per-batch loss and accuracy, per-epoch curves, several runs at once.

The charts never redraw because a batch ended: the tab's 10 Hz timer calls ``refresh``, which
redraws only the runs whose records changed since the last call (DESIGN.md: redrawing on every
batch slowed a measured training run by half). Per-batch values jump from batch to batch, so
each is drawn faintly with its exponential moving average over it; the x axis is the epoch
(fractional for batches), so the batch and epoch charts line up.
"""

import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QVBoxLayout, QWidget

from engine.paths import atomic_write_bytes
from gui import style
from gui.training.runs import RunRecord

BACKGROUND = style.CHART_BACKGROUND
GREY = "#bdbdbd"
LEGEND_POINTS = 10
CHART_ROW_HEIGHT = 150  # pixels: one row of plots with readable ticks
LEGEND_SAMPLE_WIDTH = 56  # the line sample, its gap and the legend's offset, in pixels
GUIDE_PEN = pg.mkPen("#3a3a3a", width=1)  # opaque: cheaper to paint than a transparent grid
DASH, DOT, SOLID = Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.SolidLine
RAW_ALPHA = 70  # of 255: the raw batch values stay visible behind the smoothed curve
EPOCH_FIELDS = {"loss": ("loss", "val_loss"), "accuracy": ("accuracy", "val_accuracy")}
QUALITY_FIELDS = (("val_f1", SOLID), ("val_precision", DASH), ("val_recall", DOT))


def pen(colour: str, style: Qt.PenStyle = SOLID, width: float = 2.0, alpha: int = 255) -> Any:
    shade = QColor(colour)
    shade.setAlpha(alpha)
    return pg.mkPen(shade, width=width, style=style)


class _RunCurves:
    """The plot items that draw one run on every plot, coloured for it.

    Making them costs tens of milliseconds, so they are made ahead of time (while nothing
    trains) and reused: pressing Start only gives a spare set the new run's colour.
    """

    def __init__(self, charts: "TrainingCharts") -> None:
        self.items: list[tuple[Any, Any, Qt.PenStyle, int, float]] = []

        def add(plot: Any, style: Qt.PenStyle = SOLID, alpha: int = 255, width: float = 2.0,
                marker: bool = False) -> Any:
            item = pg.PlotDataItem(symbol="o" if marker else None, symbolSize=7, symbolPen=None)
            plot.addItem(item)
            self.items.append((plot, item, style, alpha, width))
            return item

        self.raw_loss = add(charts.batch_loss, alpha=RAW_ALPHA, width=1)
        self.raw_accuracy = add(charts.batch_accuracy, alpha=RAW_ALPHA, width=1)
        self.smooth_loss = add(charts.batch_loss)
        self.smooth_accuracy = add(charts.batch_accuracy)
        self.epoch: dict[str, Any] = {}
        for name, plot in (("loss", charts.epoch_loss), ("accuracy", charts.epoch_accuracy)):
            training, validation = EPOCH_FIELDS[name]
            self.epoch[training] = add(plot, marker=True)
            self.epoch[validation] = add(plot, DASH, marker=True)
        for field_name, dash in QUALITY_FIELDS:
            self.epoch[field_name] = add(charts.epoch_quality, dash, marker=True)

    def colour(self, colour: str) -> None:
        for _plot, item, dash, alpha, width in self.items:
            item.setPen(pen(colour, dash, width, alpha))
            if item.opts["symbol"] is not None:
                item.setSymbolBrush(colour)

    def clear(self) -> None:
        for _plot, item, *_style in self.items:
            item.setData([], [])

    def draw_batches(self, run: RunRecord, raw: bool) -> None:
        x = run.batch_x
        self.raw_loss.setData(x if raw else [], run.batch_loss if raw else [])
        self.raw_accuracy.setData(x if raw else [], run.batch_accuracy if raw else [])
        self.smooth_loss.setData(x, run.smooth_loss)
        self.smooth_accuracy.setData(x, run.smooth_accuracy)

    def draw_epochs(self, run: RunRecord) -> None:
        for field_name, item in self.epoch.items():
            points = [(event.epoch + 1, getattr(event, field_name)) for event in run.epochs
                      if getattr(event, field_name) is not None]
            item.setData([p[0] for p in points], [p[1] for p in points])


class TrainingCharts(QWidget):
    """``batchChart`` (loss | accuracy per batch) above ``epochChart`` (per epoch + legend)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.batch_chart = pg.GraphicsLayoutWidget()
        self.batch_chart.setObjectName("batchChart")
        self.batch_chart.setBackground(BACKGROUND)
        self.epoch_chart = pg.GraphicsLayoutWidget()
        self.epoch_chart.setObjectName("epochChart")
        self.epoch_chart.setBackground(BACKGROUND)
        self.batch_loss = self._plot(self.batch_chart, 0, 0)
        self.batch_accuracy = self._plot(self.batch_chart, 0, 1, unit_range=True)
        self.epoch_loss = self._plot(self.epoch_chart, 0, 0)
        self.epoch_accuracy = self._plot(self.epoch_chart, 0, 1, unit_range=True)
        self.epoch_quality = self._plot(self.epoch_chart, 1, 0, unit_range=True)
        for plot in (self.batch_loss, self.batch_accuracy):
            plot.setClipToView(True)  # long runs: draw only what is on screen, thinned
            plot.setDownsampling(auto=True, mode="peak")
        self._legend_box = legend_box = self.epoch_chart.addViewBox(1, 1)
        legend_box.setMouseEnabled(False, False)
        legend_box.setMenuEnabled(False)
        self.legend = pg.LegendItem(labelTextColor=GREY, labelTextSize=f"{LEGEND_POINTS}pt")
        self.legend.setParentItem(legend_box)
        # The box's top-left corner, placed once: pyqtgraph's anchor() re-placed it on every
        # geometry change, and at exit that reached a box Qt had already deleted.
        self.legend.setPos(4, 4)
        # Below these heights the axes' ticks run into each other (seen at 150 % on a
        # 1366×768 screen); the page scrolls instead.
        self.batch_chart.setMinimumHeight(CHART_ROW_HEIGHT)
        self.epoch_chart.setMinimumHeight(2 * CHART_ROW_HEIGHT)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.batch_chart, 1)
        column.addWidget(self.epoch_chart, 2)
        self._curves: dict[int, _RunCurves] = {}
        self._spare: list[_RunCurves] = []  # made ahead of time, so Start does not wait
        self._legend_samples: dict[int, Any] = {}
        self._key_width = 0  # the widest line of the styles' key, in pixels (see _fill_legend)
        self._epochs = 0
        self._epoch_lines: dict[int, list[Any]] = {}
        self._drawn: dict[int, tuple[int, int]] = {}  # run number → (batch, epoch) versions
        self._runs: list[RunRecord] = []
        self._raw_run: RunRecord | None = None
        self._set_epochs(1)
        self.retranslate()
        QTimer.singleShot(0, self.prepare_spare)

    def prepare_spare(self) -> None:
        """Make a set of curves for the next run now, while nothing is training."""
        if not self._spare:
            self._spare.append(_RunCurves(self))

    def _plot(self, chart: Any, row: int, column: int, unit_range: bool = False) -> Any:
        plot = chart.addPlot(row, column)
        plot.setMouseEnabled(x=False, y=False)  # a projected chart, not an explorer
        plot.setMenuEnabled(False)
        plot.hideButtons()
        # No pyqtgraph grid: it is painted with the axis, whose tick labels then redraw on
        # every update (five times the cost of the curves). Fixed guide lines are cheap.
        if unit_range:
            for level in (0.2, 0.4, 0.6, 0.8, 1.0):
                plot.addItem(pg.InfiniteLine(level, angle=0, pen=GUIDE_PEN), ignoreBounds=True)
        font = QFont(self.font())
        font.setPointSizeF(max(10.0, font.pointSizeF() * 1.1))
        for side in ("bottom", "left"):
            plot.getAxis(side).setStyle(tickFont=font)
            plot.getAxis(side).setTextPen(GREY)
        if unit_range:
            plot.setYRange(0.0, 1.0, padding=0.02)
            plot.enableAutoRange(y=False)
        return plot

    # -- contents ------------------------------------------------------------------------------
    def set_runs(self, runs: list[RunRecord], raw_run: RunRecord | None) -> None:
        """Draw ``runs`` (each in its colour); ``raw_run`` also gets its faint raw batches."""
        wanted = {run.number for run in runs}
        for number in [n for n in self._curves if n not in wanted]:
            curves = self._curves.pop(number)
            curves.clear()
            self._spare.append(curves)  # kept for a later run
            self._drawn.pop(number, None)
            self.legend.removeItem(self._legend_samples.pop(number))
        if raw_run is not self._raw_run:
            self._drawn.clear()  # the raw curves move from one run to another
        self._runs, self._raw_run = list(runs), raw_run
        for run in runs:
            if run.number not in self._curves:
                curves = self._spare.pop() if self._spare else _RunCurves(self)
                curves.colour(run.colour)
                self._curves[run.number] = curves
                self._add_to_legend(run)
        self._fit_legend()
        # A fixed x range (the planned epochs): the axes are not re-laid out on every redraw,
        # and the class sees how much of the run is still to come.
        self._set_epochs(max((run.epochs_planned for run in runs), default=1))
        self.refresh()

    def _set_epochs(self, epochs: int) -> None:
        """The x axes span the planned epochs, with a guide line at the end of each epoch."""
        if epochs == self._epochs:
            return
        self._epochs = epochs
        step = max(1, epochs // 10)  # at most about ten guides, however long the run
        for plot in (self.batch_loss, self.batch_accuracy, self.epoch_loss, self.epoch_accuracy,
                     self.epoch_quality):
            plot.setXRange(0, epochs, padding=0.03)
            for line in self._epoch_lines.pop(id(plot), []):
                plot.removeItem(line)
            lines = [pg.InfiniteLine(x, angle=90, pen=GUIDE_PEN)
                     for x in range(step, epochs + 1, step)]
            for line in lines:
                plot.addItem(line, ignoreBounds=True)
            self._epoch_lines[id(plot)] = lines

    def refresh(self) -> int:
        """Redraw the parts of runs that changed since the last call; returns how many."""
        redrawn = 0
        for run in self._runs:
            curves = self._curves[run.number]
            batches, epochs = self._drawn.get(run.number, (-1, -1))
            if batches != run.batch_version:
                curves.draw_batches(run, raw=run is self._raw_run)
                redrawn += 1
            if epochs != run.epoch_version:
                curves.draw_epochs(run)  # only at the end of an epoch: that chart stays still
                redrawn += 1
            self._drawn[run.number] = (run.batch_version, run.epoch_version)
        return redrawn

    def curves(self, run: RunRecord) -> _RunCurves | None:
        """The items drawing ``run`` (None when it is not shown), for tests and exports."""
        return self._curves.get(run.number)

    def _fill_legend(self) -> None:
        """The line styles' key first, then one line per run in its colour."""
        self.legend.clear()
        self._legend_samples.clear()
        key = ((SOLID, self.tr("training · F1")), (DASH, self.tr("validation · precision")),
               (DOT, self.tr("recall")))
        for dash, text in key:
            self.legend.addItem(pg.PlotDataItem(pen=pen(GREY, dash)), text)
        self._key_width = max(self._legend_metrics().horizontalAdvance(text) for _, text in key)
        for run in self._runs:
            self._add_to_legend(run)
        self._fit_legend()

    def _add_to_legend(self, run: RunRecord) -> None:
        sample = pg.PlotDataItem(pen=pen(run.colour))
        # A run's line is kept within the key's width: a long network or file name widened the
        # legend's corner and pushed the page past a 1024-pixel window. The run list below the
        # charts shows the whole name.
        label = self._legend_metrics().elidedText(run.short_label, Qt.TextElideMode.ElideMiddle,
                                                  self._key_width)
        self.legend.addItem(sample, label)
        self._legend_samples[run.number] = sample

    def _legend_metrics(self) -> QFontMetrics:
        font = QFont(self.font())
        font.setPointSizeF(LEGEND_POINTS)
        return QFontMetrics(font)

    def _fit_legend(self) -> None:
        """Give the legend's corner the width of its longest line, then tell the splitter.

        The corner had no least width of its own, so at 1024×768 "validação · precisão"
        was cut at the window's edge.
        """
        metrics = self._legend_metrics()
        texts = [label.text for _, label in self.legend.items]
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        self._legend_box.setMinimumWidth(widest + LEGEND_SAMPLE_WIDTH)
        self._fit_chart_widths()

    # -- export --------------------------------------------------------------------------------
    def export_png(self, which: str, path: str) -> None:
        """Save the "batch" or "epoch" chart as shown, as a PNG file (atomically)."""
        chart = {"batch": self.batch_chart, "epoch": self.epoch_chart}[which]
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not chart.grab().save(buffer, "PNG"):
            raise OSError("the chart could not be turned into a PNG image")
        buffer.close()
        atomic_write_bytes(path, bytes(data.data()))

    # -- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        titles = (
            (self.batch_loss, self.tr("Loss per batch")),
            (self.batch_accuracy, self.tr("Accuracy per batch")),
            (self.epoch_loss, self.tr("Loss per epoch")),
            (self.epoch_accuracy, self.tr("Accuracy per epoch")),
            (self.epoch_quality, self.tr("F1 · precision · recall")),
        )
        for plot, title in titles:
            plot.setTitle(title, color=GREY, size="10pt")  # a title sets its plot's least width
            plot.setLabel("bottom", self.tr("epoch"), color=GREY)
        self.batch_chart.setToolTip(self.tr("Each batch's loss and accuracy: faint lines are "
                                            "the raw values, bright lines their moving "
                                            "average."))
        self.epoch_chart.setToolTip(self.tr("After each epoch: solid lines are measured on "
                                            "the training images, dashed ones on the held-out "
                                            "validation images; F1, precision and recall are "
                                            "measured on the validation images."))
        self._fill_legend()

    def _fit_chart_widths(self) -> None:
        for chart in (self.batch_chart, self.epoch_chart):
            # The plots' least width (titles, axes) is not the view's: the splitter must know
            # it, or a narrow window would cut the charts off at the right.
            chart.ci.layout.invalidate()  # its cached hints predate the new titles
            least = chart.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
            chart.setMinimumWidth(math.ceil(least) + 2 * chart.frameWidth())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
