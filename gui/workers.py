"""Background work for the GUI: run a function off the GUI thread, get its result back on it.

A plain Python thread does the work; a QObject that lives in the GUI thread emits the result,
and Qt queues that signal to the GUI thread because it is emitted from another one (the same
shape as superqt's ``thread_worker``, without the dependency). Threads are not daemons, so the
interpreter waits for a model load to finish at exit instead of killing it half-way.

Work that needs TensorFlow asks ``engine.tensorflow_runtime`` for it, which imports it once
under a lock: a worker started before the window's warm-up waits for the same import rather
than racing it, so no ordering between them matters here.

Python's cyclic garbage collector runs here on the GUI thread only, from a timer
(``collect_garbage_on_gui_thread``), as pyqtgraph's ``GarbageCollector`` does: see there why.
"""

import gc
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal

_running: set["BackgroundCall"] = set()  # keeps each call (and its signals) alive until done
COLLECTOR_NAME = "cnnLabGarbageCollector"
COLLECT_EVERY_MS = 100  # garbage waits at most this long; a check costs about a microsecond


class _GuiThreadCollector(QObject):
    """Collects garbage on the GUI thread, when Python's thresholds say it would have."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName(COLLECTOR_NAME)
        self._thresholds = gc.get_threshold()
        timer = QTimer(self)
        timer.timeout.connect(self.collect)
        timer.start(COLLECT_EVERY_MS)

    def collect(self) -> None:
        generation = -1  # the oldest generation over its threshold, as automatic collection picks
        for count, threshold in zip(gc.get_count(), self._thresholds, strict=True):
            if count <= threshold:
                break
            generation += 1
        if generation >= 0:
            gc.collect(generation)


def collect_garbage_on_gui_thread() -> None:
    """Turn automatic garbage collection off; a GUI-thread timer collects instead (once per app).

    Automatic collection starts wherever a threshold happens to be crossed: in a worker loading
    a model or a dataset (measured in the tests: a closed page's LabSession, BackgroundCalls,
    pyqtgraph menus and pixmaps collected in "cnn-lab-model-load" and "cnn-lab-dataset-load",
    so their C++ objects were destroyed there, which Qt forbids), or on the GUI thread in the
    middle of whatever Python code Qt is calling back. The suite segfaulted now and then that
    way on the Evaluation page ("Garbage-collecting" inside processEvents while MNIST and a
    model loaded in workers). From a timer, collections run on the GUI thread between events,
    as with pyqtgraph's GarbageCollector. Call on the GUI thread; without an application,
    nothing changes.
    """
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return
    if app.findChild(_GuiThreadCollector, COLLECTOR_NAME) is None:
        _GuiThreadCollector(app)
    gc.disable()


class BackgroundCall(QObject):
    """One function call in a worker thread; ``done(result)`` or ``failed(error)`` at the end."""

    done = Signal(object)
    failed = Signal(object)  # the exception itself, so the receiver can tell kinds apart

    def __init__(self, function: Callable[[], Any], name: str = "cnn-lab-worker") -> None:
        super().__init__()
        self._function = function
        self._thread = threading.Thread(target=self._run, name=name)

    def start(self) -> "BackgroundCall":
        # Forgotten on the GUI thread after the receivers connected so far have run: forgetting
        # it in the worker could let Python delete it while its queued signal is on the way.
        self.done.connect(self._forget)
        self.failed.connect(self._forget)
        collect_garbage_on_gui_thread()  # before the worker allocates (the app did it at start)
        _running.add(self)
        self._thread.start()
        return self

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the call is over (tests, and a clean exit); True when it is."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            result = self._function()
        except Exception as error:  # every failure must reach the GUI as a message
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.failed.emit(error)
        else:
            self.done.emit(result)

    def _forget(self, _outcome: object) -> None:
        _running.discard(self)


def run_in_background(function: Callable[[], Any], on_done: Callable[[Any], None],
                      on_failed: Callable[[Exception], None],
                      name: str = "cnn-lab-worker") -> BackgroundCall:
    """Call ``function()`` in a worker thread; its result or error comes back on the GUI thread."""
    call = BackgroundCall(function, name)
    call.done.connect(on_done)
    call.failed.connect(on_failed)
    return call.start()


def wait_for_background_work(timeout: float = 30.0) -> None:
    """Wait for every running thread (at exit, and in tests that must not leak threads)."""
    for call in list(_running):
        call.wait(timeout)
