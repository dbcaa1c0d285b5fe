"""Background work for the GUI: run a function off the GUI thread, get its result back on it.

A plain Python thread does the work; a QObject that lives in the GUI thread emits the result,
and Qt queues that signal to the GUI thread because it is emitted from another one (the same
shape as superqt's ``thread_worker``, without the dependency). Threads are not daemons, so the
interpreter waits for a model load to finish at exit instead of killing it half-way.

Work that needs TensorFlow asks ``engine.tensorflow_runtime`` for it, which imports it once
under a lock: a worker started before the window's warm-up waits for the same import rather
than racing it, so no ordering between them matters here.
"""

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

_running: set["BackgroundCall"] = set()  # keeps each call (and its signals) alive until done


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
