"""Training off the GUI thread: a Qt monitor for ``engine.training.trainer``, and the runner.

Everything slow happens in the worker thread (``engine.training.plan.run_plan``): importing
TensorFlow, building or loading the model, the ``tf.data`` pipeline, the epochs and the final
test evaluation. The GUI thread only
starts the thread and receives signals, so the window stays usable (and the tab's 10 Hz chart
timer keeps ticking) from the moment Start is pressed.

The monitor's signals are emitted in the worker; they are connected to slots of a QObject that
lives in the GUI thread, so Qt queues them there. Stop sets a ``threading.Event`` that the
engine reads after every batch: training ends after the current batch and the model stays
consistent and usable.
"""

import gc
import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from engine.training.pacing import BatchPacer
from engine.training.plan import RunOutcome, TrainingPlan, run_plan
from engine.training.trainer import BatchEvent, EpochEvent
from gui.workers import BackgroundCall, run_in_background


class QtTrainingMonitor(QObject):
    """The trainer's monitor speaking Qt: events become signals, Stop is an Event."""

    batchDone = Signal(object)  # BatchEvent, emitted in the worker thread
    epochDone = Signal(object)  # EpochEvent

    def __init__(self, parent: QObject | None = None, slowly: bool = False) -> None:
        super().__init__(parent)
        self.stop_requested = threading.Event()
        # "Show slowly": the worker waits after each batch (the GUI thread never does).
        self._pacer = BatchPacer(self.stop_requested) if slowly else None

    def on_batch(self, event: BatchEvent) -> None:
        self.batchDone.emit(event)
        if self._pacer is not None:
            self._pacer.after_batch(event.batches_per_epoch)

    def on_epoch(self, event: EpochEvent) -> None:
        self.epochDone.emit(event)

    def should_stop(self) -> bool:
        return self.stop_requested.is_set()


class TrainingRunner(QObject):
    """Runs one plan at a time in a worker; every signal arrives on the GUI thread."""

    batchDone = Signal(object)  # BatchEvent
    epochDone = Signal(object)  # EpochEvent
    finished = Signal(object)  # RunOutcome
    failed = Signal(str)  # why, in words

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call: BackgroundCall | None = None
        self._monitor: QtTrainingMonitor | None = None
        self._running = False
        app = QCoreApplication.instance()
        if app is not None:  # quitting mid-run: end after this batch, not after every epoch
            app.aboutToQuit.connect(self.stop)

    def is_running(self) -> bool:
        return self._running

    def start(self, plan: TrainingPlan, slowly: bool = False) -> None:
        """Train in a worker thread (paced for a demonstration when ``slowly``).

        A second run is refused while one is going.
        """
        if self._running:
            raise RuntimeError("A training run is already going; stop it first.")
        # Python's full garbage collection stops every thread while it walks all objects: with
        # TensorFlow loaded that is 0.2–0.3 s of frozen window, at random moments of a run.
        # Frozen objects (everything alive now) are skipped until the run ends.
        gc.freeze()
        monitor = QtTrainingMonitor(self, slowly)
        # Receivers are this object's slots (GUI thread): Qt queues the worker's emissions.
        monitor.batchDone.connect(self._relay_batch)
        monitor.epochDone.connect(self._relay_epoch)
        self._monitor, self._running = monitor, True
        self._call = run_in_background(lambda: run_plan(plan, monitor), self._done,
                                       self._failed, name="cnn-lab-training")

    def stop(self) -> None:
        """Ask the run to end after the current batch (the engine checks after each one)."""
        if self._monitor is not None:
            self._monitor.stop_requested.set()

    def stop_requested(self) -> bool:
        return self._monitor is not None and self._monitor.should_stop()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker is over (tests, benchmark, closing the window)."""
        return self._call.wait(timeout) if self._call is not None else True

    @Slot(object)
    def _relay_batch(self, event: BatchEvent) -> None:
        self.batchDone.emit(event)

    @Slot(object)
    def _relay_epoch(self, event: EpochEvent) -> None:
        self.epochDone.emit(event)

    @Slot(object)
    def _done(self, outcome: RunOutcome) -> None:
        self._running = False
        gc.unfreeze()  # what became garbage meanwhile can be collected again
        self.finished.emit(outcome)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._running = False
        gc.unfreeze()
        text = str(error).strip()
        if not isinstance(error, (ValueError, OSError)) or not text:  # an unexpected kind
            text = f"{type(error).__name__}: {text}" if text else type(error).__name__
        self.failed.emit(text)
