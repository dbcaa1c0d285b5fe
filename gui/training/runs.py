"""The runs of this session: what each one recorded, and the list that picks which to overlay.

A ``RunRecord`` only appends numbers (the monitor's signals arrive many times a second); the
charts read it at their own pace and redraw a run's batches or epochs only when their
``batch_version`` or ``epoch_version`` has changed.
Runs are kept until the window closes, so a CNN and an MLP trained one after the other on the
same data can be drawn on the same axes.
"""

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from engine.training.history import BatchValues, ExponentialAverage
from engine.training.trainer import BatchEvent, EpochEvent
from gui import i18n
from gui.training.builder.texts import network_title
from gui.widgets.dataset_chooser import dataset_title

# Distinct on the charts' dark background and for the common colour-vision deficiencies
# (Okabe–Ito, lightened): a run keeps its colour in every chart and in the list.
PALETTE = ("#56b4e9", "#e69f00", "#009e73", "#f0e442", "#cc79a7", "#d55e00", "#a6cee3",
           "#ffffff")
RUNNING, DONE, STOPPED, FAILED = "running", "done", "stopped", "failed"
RUN_ROLE = Qt.ItemDataRole.UserRole


@dataclass(eq=False)
class RunRecord:
    """One training run as the charts draw it: raw and smoothed batches, epochs, outcome."""

    number: int
    model_title: str  # a preset's key ("course") or a file's name: see network_title
    data_title: str  # "MNIST sample (5,000 digits)"
    colour: str
    epochs_planned: int
    batch_size: int
    epoch_size: int | None = None  # training images per epoch: makes the last batch exact
    state: str = RUNNING
    batches_per_epoch: int = 0
    batch_x: list[float] = field(default_factory=list)  # fractional epoch at each batch's end
    batch_loss: list[float] = field(default_factory=list)
    batch_accuracy: list[float] = field(default_factory=list)
    smooth_loss: list[float] = field(default_factory=list)
    smooth_accuracy: list[float] = field(default_factory=list)
    epochs: list[EpochEvent] = field(default_factory=list)
    last_batch: BatchEvent | None = None
    first_batch_end: float = 0.0  # seconds from the engine's start to the end of batch 1
    outcome: Any = None  # engine.training.plan.RunOutcome once the run is over
    error: str = ""
    wall_seconds: float = 0.0  # from Start to the end of the run, as the person waited
    batch_version: int = 0  # bumped on every change, so the charts redraw only what changed
    epoch_version: int = 0
    _loss_average: ExponentialAverage = field(default_factory=ExponentialAverage)
    _accuracy_average: ExponentialAverage = field(default_factory=ExponentialAverage)

    def __post_init__(self) -> None:
        # Keras logs the epoch's running means; the charts show each batch's own values.
        self._loss_values = BatchValues(self.batch_size, self.epoch_size)
        self._accuracy_values = BatchValues(self.batch_size, self.epoch_size)

    @property
    def label(self) -> str:
        # The data's name in the language shown now; the record keeps the engine's name.
        return f"{self.number}. {network_title(self.model_title)} · " \
               f"{dataset_title(self.data_title)}"

    @property
    def short_label(self) -> str:
        return f"{self.number}. {network_title(self.model_title)}"

    @property
    def total_batches(self) -> int:
        return self.batches_per_epoch * self.epochs_planned

    @property
    def done_batches(self) -> int:
        return len(self.batch_x)

    def add_batch(self, event: BatchEvent) -> None:
        if not self.batch_x:
            self.first_batch_end = event.seconds
        self.batches_per_epoch = max(event.batches_per_epoch, 1)
        self.batch_x.append(event.epoch + (event.batch + 1) / self.batches_per_epoch)
        loss = self._loss_values.add(event.batch, event.loss)
        accuracy = self._accuracy_values.add(event.batch, event.accuracy)
        self.batch_loss.append(loss)
        self.batch_accuracy.append(accuracy)
        self.smooth_loss.append(self._loss_average.add(loss))
        self.smooth_accuracy.append(self._accuracy_average.add(accuracy))
        self.last_batch = event
        self.batch_version += 1

    def add_epoch(self, event: EpochEvent) -> None:
        self.epochs.append(event)
        self.epoch_version += 1

    def finish(self, state: str, outcome: Any = None, error: str = "") -> None:
        self.state, self.outcome, self.error = state, outcome, error


def swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class RunList(QWidget):
    """The session's runs with a check box each: checked runs are drawn on the charts."""

    shownChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("runList")
        # A run's line (network · data — result) is longer than the list at 1024×768: wrap
        # it rather than cut it; the tooltip still has it whole.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        self._runs: list[RunRecord] = []
        self.list.itemChanged.connect(lambda _item: self.shownChanged.emit())
        self.retranslate()

    def add(self, run: RunRecord) -> None:
        """List a new run, checked, and make it the selected one."""
        self._runs.append(run)
        item = QListWidgetItem(swatch(run.colour), "")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setData(RUN_ROLE, run.number)
        self.list.blockSignals(True)
        item.setCheckState(Qt.CheckState.Checked)
        self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentItem(item)
        self.update_run(run)
        self.shownChanged.emit()

    def update_run(self, run: RunRecord) -> None:
        """Re-write a run's line (its state and result)."""
        item = self._item(run)
        if item is not None:
            self.list.blockSignals(True)
            item.setText(f"{run.label} — {self.describe(run)}")
            item.setToolTip(item.text())  # the whole line, when the list is narrow
            self.list.blockSignals(False)

    def describe(self, run: RunRecord) -> str:
        epochs = len(run.epochs)
        last = run.epochs[-1] if run.epochs else None
        if run.state == RUNNING:
            return self.tr("training…")
        if run.state == FAILED:
            return self.tr("failed")
        if last is not None and last.val_accuracy is not None:
            text = self.tr("{epochs} epoch(s), validation accuracy {accuracy} %").format(
                epochs=epochs, accuracy=i18n.percent(last.val_accuracy))
        else:
            text = self.tr("{epochs} epoch(s)").format(epochs=epochs)
        return text + (self.tr(", stopped") if run.state == STOPPED else "")

    def runs(self) -> list[RunRecord]:
        return list(self._runs)

    def shown_runs(self) -> list[RunRecord]:
        """The checked runs, oldest first."""
        return [run for run in self._runs
                if (item := self._item(run)) is not None
                and item.checkState() == Qt.CheckState.Checked]

    def set_shown(self, run: RunRecord, shown: bool) -> None:
        item = self._item(run)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)

    def selected(self) -> RunRecord | None:
        """The run whose row is selected, else the newest."""
        item = self.list.currentItem()
        number = item.data(RUN_ROLE) if item is not None else None
        chosen = next((run for run in self._runs if run.number == number), None)
        return chosen or (self._runs[-1] if self._runs else None)

    def _item(self, run: RunRecord) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(RUN_ROLE) == run.number:
                return self.list.item(row)
        return None

    def retranslate(self) -> None:
        self.list.setToolTip(self.tr("Every run of this session; tick runs to draw their "
                                     "curves together (each in its own colour) and compare "
                                     "them."))
        for run in self._runs:
            self.update_run(run)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
