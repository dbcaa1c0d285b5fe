"""Import TensorFlow in the background so the window never waits for it (2–3 s here).

One warm-up per process: every window that asks gets the same object, and a window made
after TensorFlow has loaded sees "ready" at once. The thread is not a daemon, so the
interpreter waits for the import to finish at exit instead of tearing it down half-way.
"""

import threading
import time

from PySide6.QtCore import QObject, Signal


class TensorFlowWarmUp(QObject):
    """Emits ``ready(version, seconds)`` or ``failed(message)`` from the GUI thread's view."""

    ready = Signal(str, float)
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._thread: threading.Thread | None = None
        self.version: str | None = None
        self.error: str | None = None

    @property
    def started(self) -> bool:
        return self._thread is not None

    @property
    def finished(self) -> bool:
        return self.version is not None or self.error is not None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._load, name="tf-warm-up")
            self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the import is over (for tests and a clean exit)."""
        if self._thread is not None:
            self._thread.join(timeout)
        return self.finished

    def _load(self) -> None:
        begin = time.perf_counter()
        try:
            import gc

            import tensorflow as tf  # late on purpose: the window must not wait

            # TensorFlow leaves hundreds of thousands of objects behind; a full garbage
            # collection walking them froze the window for up to 0.24 s. They live as long as
            # the app, so they are moved out of the collector's way.
            gc.freeze()
            self.version = str(tf.__version__)
        except Exception as error:  # any failure must reach the status bar, not kill the app
            self.error = f"{type(error).__name__}: {error}"
            self.failed.emit(self.error)
            return
        self.ready.emit(self.version, time.perf_counter() - begin)


_warm_up: TensorFlowWarmUp | None = None


def tensorflow_warm_up() -> TensorFlowWarmUp:
    """The process-wide warm-up (created on first use; call ``start()`` to begin)."""
    global _warm_up  # one import per process is the whole point
    if _warm_up is None:
        _warm_up = TensorFlowWarmUp()
    return _warm_up
