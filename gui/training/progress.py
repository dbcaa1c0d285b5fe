"""The Training tab's progress: a bar of the run's batches, the epoch and batch, the time.

The time left is estimated from the batches done since the first one (which also builds the
training graph and would make every early estimate far too long), so it ignores the short
validation pass at each epoch's end: it says "about".
"""

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from engine.training.history import clock, time_left
from gui.training.runs import RunRecord


class TrainingProgress(QWidget):
    """``trainingProgress`` (the bar) over ``trainingTime`` (elapsed, and the time left)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(objectName="trainingProgress")
        self.time_label = QLabel(objectName="trainingTime")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.bar)
        column.addWidget(self.time_label)

    def preparing(self) -> None:
        """Busy until the first batch says how many batches there are."""
        self.bar.setRange(0, 0)

    def show_run(self, run: RunRecord, elapsed: float, running: bool) -> None:
        """Show ``run``'s last batch, ``elapsed`` seconds, and (while running) the time left."""
        event = run.last_batch
        text = self.tr("{elapsed} elapsed").format(elapsed=clock(elapsed))
        if event is None:
            if not running:  # ended before its first batch: no longer busy
                self.bar.setRange(0, 1)
                self.bar.setValue(0)
            self.time_label.setText(text)
            return
        self.bar.setRange(0, max(run.total_batches, 1))
        self.bar.setValue(min(run.done_batches, run.total_batches))
        self.bar.setFormat(self.tr("Epoch {epoch} of {epochs} · batch {batch} of "
                                   "{batches}").format(
            epoch=event.epoch + 1, epochs=run.epochs_planned, batch=event.batch + 1,
            batches=event.batches_per_epoch))
        left = time_left(run.first_batch_end, event.seconds, run.done_batches,
                         run.total_batches)
        if left is not None and running:
            text += " · " + self.tr("about {left} left").format(left=clock(left))
        self.time_label.setText(text)

    def retranslate(self) -> None:
        self.bar.setToolTip(self.tr("Batches done out of all the batches of the run."))
