"""Import TensorFlow in the background so the window never waits for it (2–3 s here).

The import itself is ``engine.tensorflow_runtime``'s, under its lock: this only starts it early
in a thread of its own and reports the outcome to the window as Qt signals. A model load that
asks for TensorFlow while the warm-up is under way waits for it on that lock, whichever of them
started first. One warm-up per process: every window that asks gets the same object, and a
window made after TensorFlow has loaded sees "ready" at once. After a failure, ``retry()``
tries again in the background. The thread is not a daemon, so the interpreter waits for the
import to finish at exit instead of tearing it down half-way.
"""

import threading

from PySide6.QtCore import QObject, Signal

from engine.tensorflow_runtime import TensorFlowUnavailableError, runtime


class TensorFlowWarmUp(QObject):
    """Emits ``ready(version, seconds)`` or ``failed(detail)``, received on the GUI thread."""

    ready = Signal(str, float)
    failed = Signal(str)
    started_again = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._thread: threading.Thread | None = None
        self.version: str | None = None
        self.error: str | None = None  # Python's own words, for the "Details" button

    @property
    def started(self) -> bool:
        return self._thread is not None

    @property
    def finished(self) -> bool:
        return self.version is not None or self.error is not None

    def start(self) -> None:
        """Begin the import in the background (once; later calls do nothing)."""
        if self._thread is None:
            self._begin()

    def retry(self) -> None:
        """After a failure: forget it and try the import again in the background."""
        if self.error is not None and not self._running():
            self.error = None
            self.started_again.emit()
            self._begin()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the import is over (for tests and a clean exit)."""
        if self._thread is not None:
            self._thread.join(timeout)
        return self.finished

    def _running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _begin(self) -> None:
        self._thread = threading.Thread(target=self._load, name="tf-warm-up")
        self._thread.start()

    def _load(self) -> None:
        try:
            loaded = runtime().require()
        except TensorFlowUnavailableError as error:
            self.error = error.detail
            self.failed.emit(self.error)
            return
        self.version = str(loaded.tensorflow.__version__)
        self.ready.emit(self.version, loaded.seconds)


_warm_up: TensorFlowWarmUp | None = None


def tensorflow_warm_up() -> TensorFlowWarmUp:
    """The process-wide warm-up (created on first use; call ``start()`` to begin)."""
    global _warm_up  # one per process, like the import it reports on
    if _warm_up is None:
        _warm_up = TensorFlowWarmUp()
    return _warm_up
