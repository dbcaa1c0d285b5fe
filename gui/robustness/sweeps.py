"""Sweeps: accuracy against the strength of one perturbation, for both models, as two curves.

The slide says that convolution with pooling tolerates small shifts; here a class measures it.
Each strength is applied to N MNIST test digits (engine.robustness.sweep) and both models read
them, one strength at a time and one model after the other, in a worker thread: the curves grow
point by point, Stop is honoured between batches, and a stopped sweep keeps the points it has.
Hovering a point shows a few digits misread there, as the model received them.
"""

import html
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QLocale,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui import i18n, style
from gui.robustness.view_frame import scroll_inside
from gui.widgets.image_strip import to_grey8, to_qimage
from gui.widgets.spin import spin
from gui.workers import BackgroundCall, run_in_background

SEED = 0
MAX_POINTS = 101
DEFAULT_DIGITS = 1000
CURVE_COLOURS = (style.CHART_BAR, "#ffb74d")  # light blue, orange: both clear on dark grey
HOVER_PIXELS = 14.0  # how near a point the pointer must be to show its failures


@dataclass(frozen=True)
class Range:
    """A perturbation's default sweep: from, to, step, and the decimals its values need."""

    start: float
    stop: float
    step: float
    decimals: int
    low: float  # what the spin boxes accept
    high: float


RANGES: dict[str, Range] = {
    "shift_x": Range(-6, 6, 1, 0, -14, 14),
    "shift_y": Range(-6, 6, 1, 0, -14, 14),
    "rotate": Range(-60, 60, 10, 0, -180, 180),
    "scale": Range(0.5, 1.5, 0.1, 2, 0.1, 3.0),
    "noise": Range(0, 1, 0.1, 2, 0, 2),
    "blur": Range(0, 3, 0.5, 1, 0, 6),
    "occlude": Range(0, 14, 2, 0, 0, 28),
    "fgsm": Range(0, 0.3, 0.05, 3, 0, 1),
}
PERTURBATIONS = tuple(RANGES)


def sweep_values(start: float, stop: float, step: float, decimals: int) -> list[float]:
    """The strengths from ``start`` to ``stop`` (both included when the step lands on it)."""
    if step <= 0 or stop < start:
        return [round(start, decimals)]
    count = min(MAX_POINTS, int(np.floor((stop - start) / step + 1e-9)) + 1)
    return [round(start + i * step, decimals) for i in range(count)]


@dataclass
class Curve:
    """One model's points so far, and a few digits it misread at each."""

    name: str
    key: str = ""  # the model's key, to tell whether the pair still shows that model
    accuracy: list[float] = field(default_factory=list)
    failures: dict[int, list[int]] = field(default_factory=dict)
    predictions: dict[int, list[int]] = field(default_factory=dict)
    pictures: dict[int, np.ndarray] = field(default_factory=dict)  # the misread inputs, perturbed
    labels: dict[int, list[int]] = field(default_factory=dict)


class _Reporter(QObject):
    """Lives on the GUI thread; the worker's emissions reach it queued."""

    stale = False  # its view was deleted: nothing it reports may touch it

    point = Signal(int, int, object)  # side, value index, (accuracy, failures, predictions, …)
    progressed = Signal(int, int)  # done, total


def _failing_pictures(images: np.ndarray, labels: np.ndarray, name: str, value: float,
                      model: Any, indices: list[int]) -> np.ndarray:
    """The misread digits as the model received them (noise is drawn for the whole batch)."""
    from engine.robustness.perturb import perturb

    if not indices:
        return np.zeros((0, 28, 28), np.float32)
    if name == "noise":
        return perturb(images, name, value, seed=SEED)[indices]
    picked = images[indices]
    return perturb(picked, name, value, seed=SEED, labels=labels[indices], model=model)


def sweep_point(model: Any, images: np.ndarray, labels: np.ndarray, name: str, value: float,
                should_stop: Callable[[], bool], progress: Callable[[int, int], None]
                ) -> tuple | None:
    """One model at one strength: (accuracy, failures, their predictions, their pictures,
    their labels, n), or None when stopped before it was measured."""
    from engine.robustness.sweep import sweep

    result = sweep(model, images, labels, name, [value], seed=SEED, progress=progress,
                   should_stop=should_stop)
    if result.stopped or not result.accuracy:
        return None
    failed = list(result.failures.get(0, []))
    predicted = list((result.predictions or {}).get(0, []))
    pictures = _failing_pictures(images, labels, name, value, model, failed)
    return (result.accuracy[0], failed, predicted, pictures, [int(labels[i]) for i in failed],
            result.n)


def run_sweep(models: Sequence[Any], name: str, values: Sequence[float], limit: int,
              stop: threading.Event, reporter: _Reporter) -> bool:
    """Sweep every model, strength by strength (worker thread); True if it ran to the end."""
    from engine.robustness.sweep import test_digits

    images, labels = test_digits(limit)
    total = len(values) * len(models)
    for index, value in enumerate(values):
        for side, model in enumerate(models):
            done = index * len(models) + side
            point = sweep_point(model, images, labels, name, value, stop.is_set,
                                lambda _done, _of: None)
            if point is None:
                return False
            reporter.point.emit(side, index, point)
            reporter.progressed.emit(done + 1, total)
            if stop.is_set():
                return False
    return True


class FailureStrip(QWidget):
    """A row of small digits, each captioned with its true class and what the model read."""

    CELL = 56
    GAP = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sweepFailures")
        self._items: list[tuple[QImage, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_items(self, items: Sequence[tuple[np.ndarray, str]]) -> None:
        self._items = [(to_qimage(to_grey8(image)), caption) for image, caption in items]
        self.update()

    def captions(self) -> list[str]:
        return [caption for _, caption in self._items]

    def sizeHint(self) -> QSize:
        return QSize(8 * (self.CELL + 8), self.CELL + 2 * self.fontMetrics().lineSpacing() + 6)

    def _cell(self) -> int:
        """Up to 56 pixels a digit, smaller when eight do not fit the width."""
        return max(20, min(self.CELL, (self.width() - 7 * self.GAP) // 8))

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        line = self.fontMetrics().lineSpacing()
        cell = self._cell()
        for index, (image, caption) in enumerate(self._items):
            left = index * (cell + self.GAP)
            painter.fillRect(left, 0, cell, cell, Qt.GlobalColor.black)
            painter.drawImage(QRectF(left, 0, cell, cell), image)
            painter.setPen(QPen(self.palette().color(self.foregroundRole())))
            painter.drawText(left - self.GAP // 2, cell + 2, cell + self.GAP, 2 * line,
                             Qt.AlignmentFlag.AlignHCenter, caption)
        painter.end()


class SweepChart(pg.PlotWidget):
    """The curves' plot; its preferred size leaves room for the failures under it."""

    def sizeHint(self) -> QSize:
        return QSize(520, 300)


class SweepView(QWidget):
    """Perturbation and range, N digits, Run / Stop, two curves, failures, CSV and PNG export."""

    finished = Signal(bool)  # True: ran to the end; False: stopped or failed

    def __init__(self, pair: Any, parent: QWidget | None = None, *,
                 fixed: str | None = None) -> None:
        super().__init__(parent)
        self.pair = pair
        self._fixed = fixed
        self._prefix = fixed or ""
        self.setObjectName(self._name("sweepView"))
        self._curves: list[Curve] = []
        self._values: list[float] = []
        self._perturbation = fixed or "shift_x"
        self._n = 0
        self._stop = threading.Event()
        self._call: BackgroundCall | None = None
        self._reporter: _Reporter | None = None
        self._stopped = False
        self._hovered: tuple[int, int] | None = None
        self._build()
        self._choose(self._perturbation)
        pair.changed.connect(self._pair_changed)
        self.retranslate()
        self._update_state()

    def _name(self, name: str) -> str:
        """objectNames; a sweep inside another tab (FGSM) prefixes its own."""
        return f"{self._prefix}{name[0].upper()}{name[1:]}" if self._prefix else name

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.perturbation = QComboBox()
        self.perturbation.setObjectName(self._name("perturbationCombo"))
        for key in PERTURBATIONS:
            self.perturbation.addItem("", key)
        self.start = self._number_box("sweepFrom")
        self.stop_value = self._number_box("sweepTo")
        self.step = self._number_box("sweepStep")
        self.digits = spin(self._name("sweepDigits"), 10, 10_000, grouped=True)
        self.digits.setSingleStep(100)
        self.digits.setValue(DEFAULT_DIGITS)
        self.run_button = QPushButton()
        self.run_button.setObjectName(self._name("runSweepButton"))
        self.stop_button = QPushButton()
        self.stop_button.setObjectName(self._name("stopSweepButton"))
        self.csv_button = QPushButton()
        self.csv_button.setObjectName(self._name("exportCsvButton"))
        self.png_button = QPushButton()
        self.png_button.setObjectName(self._name("exportPngButton"))
        self.progress = QProgressBar()
        self.progress.setObjectName(self._name("sweepProgress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setObjectName(self._name("sweepStatus"))
        self.status.setWordWrap(True)
        self.status.setMaximumWidth(330)
        self.chart = self._make_chart()
        self.legend = QLabel()
        self.legend.setObjectName(self._name("sweepLegend"))
        self.legend.setStyleSheet(f"background: {style.CHART_BACKGROUND}; "
                                  f"color: {style.CHART_TEXT}; padding: 4px 8px;")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.chart_box = QWidget()  # the legend over the plot: what Export PNG saves
        box = QVBoxLayout(self.chart_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.legend)
        box.addWidget(self.chart, 1)
        self.failure_title = QLabel()
        self.failure_title.setWordWrap(True)
        self.failures = FailureStrip()
        self.failures.setObjectName(self._name("sweepFailures"))
        self._lay_out()
        self.perturbation.currentIndexChanged.connect(
            lambda: self._choose(str(self.perturbation.currentData())))
        self.run_button.clicked.connect(self.run)
        self.stop_button.clicked.connect(self.request_stop)
        self.csv_button.clicked.connect(self._ask_csv_path)
        self.png_button.clicked.connect(self._ask_png_path)

    def _number_box(self, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setObjectName(self._name(name))
        box.setKeyboardTracking(False)
        return box

    def _lay_out(self) -> None:
        self.form = QFormLayout()
        self._form_labels = [QLabel() for _ in range(5)]
        for label, widget in zip(self._form_labels, (self.perturbation, self.start,
                                                     self.stop_value, self.step, self.digits),
                                 strict=True):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        if self._fixed is not None:
            self.perturbation.hide()
            self._form_labels[0].hide()
        buttons = QGridLayout()
        for index, button in enumerate((self.run_button, self.stop_button, self.csv_button,
                                        self.png_button)):
            buttons.addWidget(button, index // 2, index % 2)
        controls = QVBoxLayout()
        controls.addLayout(self.form)
        controls.addLayout(buttons)
        controls.addWidget(self.progress)
        controls.addWidget(self.status)
        controls.addStretch(1)
        results = QVBoxLayout()
        results.addWidget(self.chart_box, 1)
        results.addWidget(self.failure_title)
        results.addWidget(self.failures)
        side_by_side = QHBoxLayout()
        side_by_side.addLayout(controls, 0)
        side_by_side.addLayout(results, 1)
        content = QWidget() if self._fixed is None else self
        column = QVBoxLayout(content)
        if self._fixed is not None:
            column.setContentsMargins(0, 0, 0, 0)  # inside the FGSM tab, which scrolls
        column.addWidget(self.intro)
        column.addLayout(side_by_side, 1)
        if self._fixed is None:
            scroll_inside(self, content)

    def _make_chart(self) -> SweepChart:
        chart = SweepChart(background=style.CHART_BACKGROUND)
        chart.setObjectName(self._name("sweepChart"))
        chart.setMinimumSize(360, 260)
        plot = chart.getPlotItem()
        plot.setMouseEnabled(x=False, y=False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.setYRange(-2, 104, padding=0)  # 100 % stays a labelled line, not the edge
        tick_font = QFont(chart.font())
        tick_font.setPointSizeF(max(11.0, tick_font.pointSizeF() * 1.2))
        for side in ("bottom", "left"):
            plot.getAxis(side).setStyle(tickFont=tick_font)
        self.curve_items = [plot.plot([], [], pen=pg.mkPen(colour, width=2.5), symbol="o",
                                      symbolSize=8, symbolBrush=colour, symbolPen=None)
                            for colour in CURVE_COLOURS]
        plot.scene().sigMouseMoved.connect(self._mouse_moved)
        return chart

    # -- choosing ----------------------------------------------------------------------------
    def _choose(self, key: str) -> None:
        self._perturbation = key
        chosen = RANGES[key]
        for box, value in ((self.start, chosen.start), (self.stop_value, chosen.stop)):
            box.setDecimals(chosen.decimals)
            box.setRange(chosen.low, chosen.high)
            box.setSingleStep(chosen.step)
            box.setValue(value)
        self.step.setDecimals(chosen.decimals)
        self.step.setRange(10 ** -chosen.decimals, chosen.high - chosen.low)
        self.step.setSingleStep(chosen.step)
        self.step.setValue(chosen.step)
        self._set_axis_labels()

    def choose(self, key: str) -> None:
        """Select a perturbation with its default range (as picking it in the list does)."""
        index = self.perturbation.findData(key)
        if index < 0:
            raise KeyError(key)
        if index == self.perturbation.currentIndex():
            self._choose(key)
        self.perturbation.setCurrentIndex(index)

    def values(self) -> list[float]:
        """The strengths the next Run sweeps."""
        decimals = RANGES[self._perturbation].decimals
        return sweep_values(self.start.value(), self.stop_value.value(), self.step.value(),
                            decimals)

    # -- running -----------------------------------------------------------------------------
    def running(self) -> bool:
        return self._call is not None

    def run(self) -> None:
        """Start sweeping both models in a worker thread (does nothing while one runs)."""
        if self.running() or not self.pair.ready():
            return
        sides = self.pair.sides()
        self._values = self.values()
        self._n = self.digits.value()
        self._curves = [Curve(side.name, str(side.key)) for side in sides]
        self._stop = threading.Event()
        self._stopped = False
        self._hovered = None
        self.failures.set_items([])
        self.failure_title.clear()
        reporter = self._reporter = _Reporter()
        stop = self._stop
        # Deleted mid-sweep (the window closed): the worker stops, its late reports are dropped.
        self.destroyed.connect(lambda *_: (stop.set(), setattr(reporter, "stale", True)))
        reporter.point.connect(lambda s, i, p, r=reporter: self._point(r, s, i, p))
        reporter.progressed.connect(lambda d, t, r=reporter: self._progressed(r, d, t))
        models = [side.predictor if side.predictor is not None else side.model for side in sides]
        name, values, limit = self._perturbation, list(self._values), self._n
        self._call = run_in_background(
            lambda: run_sweep(models, name, values, limit, stop, reporter),
            lambda ended, r=reporter: self._finished(r, bool(ended)),
            lambda error, r=reporter: self._failed(r, error), name="cnn-lab-sweep")
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self._redraw()
        self._update_state()

    def request_stop(self) -> None:
        """Ask the worker to stop; it ends after the batch it is reading."""
        if self.running():
            self._stop.set()
            self._stopped = True
            self.status.setText(self.tr("Stopping…"))

    def wait(self, timeout: float = 120.0) -> bool:
        """Block until the worker thread has ended (tests, closing)."""
        return self._call.wait(timeout) if self._call is not None else True

    def _point(self, reporter: _Reporter, side: int, index: int, payload: tuple) -> None:
        if reporter.stale or reporter is not self._reporter:
            return  # an earlier run's late report
        accuracy, failed, predicted, pictures, labels, n = payload
        curve = self._curves[side]
        curve.accuracy.append(float(accuracy))
        curve.failures[index] = list(failed)
        curve.predictions[index] = list(predicted)
        curve.pictures[index] = np.asarray(pictures)
        curve.labels[index] = list(labels)
        self._n = int(n)
        self._redraw()

    def _progressed(self, reporter: _Reporter, done: int, total: int) -> None:
        if not reporter.stale and reporter is self._reporter and total > 0:
            self.progress.setValue(round(1000 * done / total))

    def _finished(self, reporter: _Reporter, ended: bool) -> None:
        if reporter.stale or reporter is not self._reporter:
            return
        self._call = None
        self._stopped = self._stopped or not ended
        self.status.setText(self._summary())
        self._update_state()
        self.finished.emit(ended)

    def _failed(self, reporter: _Reporter, error: Exception) -> None:
        if reporter.stale or reporter is not self._reporter:
            return
        self._call = None
        self._stopped = True
        self._show_problem(self.tr("The sweep failed: {error}").format(
            error=str(error) or type(error).__name__))
        self._update_state()
        self.finished.emit(False)

    # -- drawing -----------------------------------------------------------------------------
    def curve_points(self, side: int) -> tuple[list[float], list[float]]:
        """The x (strengths) and y (accuracy, %) of one model's curve as drawn."""
        if side >= len(self._curves):
            return [], []
        accuracy = self._curves[side].accuracy
        return self._values[:len(accuracy)], [100.0 * a for a in accuracy]

    def curves(self) -> list[Curve]:
        return list(self._curves)

    def _redraw(self) -> None:
        for side, item in enumerate(self.curve_items):
            x, y = self.curve_points(side)
            item.setData(x, y)
        self._set_legend()
        if self._values:
            low, high = min(self._values), max(self._values)
            pad = (high - low) * 0.04 or 0.5
            self.chart.getPlotItem().setXRange(low - pad, high + pad, padding=0)

    def _set_legend(self) -> None:
        """The curves' key above the plot (a legend inside it hid points at 100 %)."""
        entries = [f'<span style="color: {colour}">━●━</span>&nbsp;{html.escape(name)}'
                   for colour, name in zip(CURVE_COLOURS, self._side_names(), strict=False)]
        self.legend.setText("&nbsp;&nbsp;&nbsp;&nbsp;".join(entries))

    def model_name(self, side: int) -> str:
        """The name of the model a curve measured, in the interface language while the pair
        still shows that model (a curve of a model since replaced keeps its own name)."""
        current = self._sides()
        if side < len(self._curves) and (side >= len(current)
                                         or str(current[side].key) != self._curves[side].key):
            return self._curves[side].name
        return current[side].name if side < len(current) else ""

    def _sides(self) -> tuple[Any, ...]:
        try:
            return tuple(self.pair.sides())
        except (AttributeError, TypeError):
            return ()

    def _side_names(self) -> list[str]:
        return [self.model_name(side) for side in range(max(len(self._sides()),
                                                            len(self._curves)))]

    def _set_axis_labels(self) -> None:
        plot = self.chart.getPlotItem()
        colour = {"color": style.CHART_TEXT}
        plot.setLabel("left", self.tr("accuracy (%)"), **colour)
        plot.setLabel("bottom", self.axis_title(self._perturbation), **colour)

    # -- hovering ----------------------------------------------------------------------------
    def point_position(self, side: int, index: int) -> QPointF:
        """Where a curve's point is, in the chart's viewport coordinates (for tests)."""
        x, y = self.curve_points(side)
        view = self.chart.getPlotItem().getViewBox()
        scene = view.mapViewToScene(QPointF(x[index], y[index]))
        return self.chart.mapFromScene(scene).toPointF()

    def _mouse_moved(self, scene_position: QPointF) -> None:
        view = self.chart.getPlotItem().getViewBox()
        best: tuple[float, int, int] | None = None
        for side in range(len(self._curves)):
            for index, (x, y) in enumerate(zip(*self.curve_points(side), strict=True)):
                where = view.mapViewToScene(QPointF(x, y))
                distance = (where - scene_position).manhattanLength()
                if distance <= HOVER_PIXELS and (best is None or distance < best[0]):
                    best = (distance, side, index)
        if best is not None:
            self.show_failures(best[1], best[2])

    def hovered_point(self) -> tuple[int, int] | None:
        return self._hovered

    def show_failures(self, side: int, index: int) -> None:
        """Show a few digits that model ``side`` misread at strength ``index``."""
        curve = self._curves[side]
        if index >= len(curve.accuracy):
            return
        self._hovered = (side, index)
        pictures = curve.pictures.get(index, np.zeros((0, 28, 28)))
        captions = [self.tr("{label} → {predicted}").format(label=label, predicted=predicted)
                    for label, predicted in zip(curve.labels.get(index, []),
                                                curve.predictions.get(index, []), strict=False)]
        self.failures.set_items(list(zip(pictures, captions, strict=False)))
        self.failure_title.setText(self._failure_text(side, index))
        self.chart.setToolTip(self.failure_title.text())

    def _failure_text(self, side: int, index: int) -> str:
        curve = self._curves[side]
        value = self.value_text(self._values[index])
        accuracy = curve.accuracy[index]
        if not curve.pictures.get(index, np.zeros(0)).size:
            return self.tr("{model} at {value}: read every digit ({accuracy} %).").format(
                model=self.model_name(side), value=value, accuracy=i18n.percent(accuracy))
        return self.tr("{model} at {value}: {accuracy} % read; a few it misread (true class → "
                       "what it read):").format(model=self.model_name(side), value=value,
                                                 accuracy=i18n.percent(accuracy))

    def value_text(self, value: float) -> str:
        return i18n.lesson_number(value, RANGES[self._perturbation].decimals)

    # -- exporting ---------------------------------------------------------------------------
    def sweep_results(self) -> list[tuple[str, Any]]:
        """(model name, engine SweepResult) for each model, as far as the sweep went."""
        from engine.robustness.sweep import SweepResult

        results = []
        for side, curve in enumerate(self._curves):
            done = len(curve.accuracy)
            results.append((self.model_name(side), SweepResult(
                perturbation=self._perturbation, values=list(self._values[:done]),
                accuracy=list(curve.accuracy), n=self._n, failures=dict(curve.failures),
                predictions=dict(curve.predictions), stopped=done < len(self._values))))
        return results

    def export_csv(self, path: str | Path) -> bool:
        """Write the curves as CSV (atomically); False, with a message, if it cannot."""
        from engine.robustness.sweep import results_csv

        return self._export(path, lambda target: results_csv(target, self.sweep_results()))

    def export_png(self, path: str | Path) -> bool:
        """Save the chart as shown, as a PNG image (atomically)."""
        from engine.paths import atomic_write_bytes

        def write(target: Path) -> None:
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            if not self.chart_box.grab().save(buffer, "PNG"):
                raise OSError("the chart could not be turned into a PNG image")
            buffer.close()
            atomic_write_bytes(target, bytes(data.data()))

        return self._export(path, write)

    def _export(self, path: str | Path, write: Callable[[Path], None]) -> bool:
        try:
            write(Path(path))
        except OSError as error:
            self._show_problem(self.tr("Could not save {file}: {reason}").format(
                file=Path(path).name, reason=error.strerror or error))
            return False
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saved {file}.").format(file=Path(path).name))
        return True

    def _ask_csv_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the curves"), str(Path.home() / self.tr("sweep.csv")),
            self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(path)

    def _ask_png_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the chart"), str(Path.home() / self.tr("sweep.png")),
            self.tr("PNG images (*.png)"))
        if path:
            self.export_png(path)

    # -- state -------------------------------------------------------------------------------
    def _show_problem(self, text: str) -> None:
        self.status.setStyleSheet(style.ERROR_STYLE)
        self.status.setText(text)

    def _pair_changed(self) -> None:
        self._set_legend()
        self._update_state()

    def _update_state(self) -> None:
        running = self.running()
        ready = bool(self.pair.ready())
        self.run_button.setEnabled(ready and not running)
        self.stop_button.setEnabled(running)
        has_points = any(curve.accuracy for curve in self._curves)
        self.csv_button.setEnabled(has_points and not running)
        self.png_button.setEnabled(has_points and not running)
        for box in (self.perturbation, self.start, self.stop_value, self.step, self.digits):
            box.setEnabled(not running)
        if running:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Sweeping {n} digits, {count} strengths…").format(
                n=i18n.integer(self._n), count=i18n.integer(len(self._values))))
        elif not ready:
            self.status.setText(self.tr("Waiting for both models to load…"))
        elif not has_points and not self.status.styleSheet():
            self.status.setText("")

    def _summary(self) -> str:
        done = min((len(curve.accuracy) for curve in self._curves), default=0)
        if self._stopped:
            text = self.tr("Stopped after {done} of {count} strengths; the curves keep them.")
            return text.format(done=i18n.integer(done), count=i18n.integer(len(self._values)))
        return self.tr("Done: {n} digits at {count} strengths. Hover a point to see digits "
                       "misread there.").format(n=i18n.integer(self._n),
                                                count=i18n.integer(len(self._values)))

    # -- language ----------------------------------------------------------------------------
    def perturbation_name(self, key: str) -> str:
        names = {"shift_x": self.tr("horizontal shift"), "shift_y": self.tr("vertical shift"),
                 "rotate": self.tr("rotation"), "scale": self.tr("scale"),
                 "noise": self.tr("Gaussian noise"), "blur": self.tr("blur"),
                 "occlude": self.tr("occlusion (central square)"),
                 "fgsm": self.tr("FGSM attack (ε)")}
        return names[key]

    def axis_title(self, key: str) -> str:
        titles = {"shift_x": self.tr("shift to the right (pixels)"),
                  "shift_y": self.tr("shift down (pixels)"),
                  "rotate": self.tr("rotation, counter-clockwise (degrees)"),
                  "scale": self.tr("scale (factor)"), "noise": self.tr("noise σ"),
                  "blur": self.tr("blur σ (pixels)"),
                  "occlude": self.tr("side of the central square (pixels)"),
                  "fgsm": self.tr("ε of the FGSM attack")}
        return titles[key]

    def retranslate(self) -> None:
        for index, key in enumerate(PERTURBATIONS):
            self.perturbation.setItemText(index, self.perturbation_name(key))
        for box in (self.start, self.stop_value, self.step, self.digits):
            box.setLocale(QLocale())
        texts = (self.tr("Perturbation:"), self.tr("From:"), self.tr("To:"), self.tr("Step:"),
                 self.tr("Test digits:"))
        for label, text in zip(self._form_labels, texts, strict=True):
            label.setText(text)
        self.intro.setText(self.tr(
            "Measure how accuracy falls as a perturbation grows: each strength is applied to "
            "the first N MNIST test digits and both models read them. Hover a point to see "
            "digits misread there."))
        self.run_button.setText(self.tr("Run sweep"))
        self.stop_button.setText(self.tr("Stop"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.png_button.setText(self.tr("Export PNG…"))
        self._set_axis_labels()
        self._set_legend()
        self._update_state()
        if not self.running() and self._curves and not self.status.styleSheet():
            self.status.setText(self._summary())
        if self._hovered is not None:
            self.show_failures(*self._hovered)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


if __name__ == "__main__":
    from gui.preview import run_preview

    def _demo() -> QWidget:
        from gui.robustness.models import ModelPair

        return SweepView(ModelPair())

    raise SystemExit(run_preview(_demo))
