"""The one way into TensorFlow and Keras: imported once per process, by one thread at a time.

Two threads importing TensorFlow at once see each other's half-initialised modules (seen
here: "module 'tensorflow.python.data.ops.dataset_ops' has no attribute 'DatasetV2'", or
"_DeadlockError: deadlock detected by _ModuleLock(...)") when the window's warm-up and the
remembered page's model load started together. So nothing in the app writes ``import
tensorflow`` or ``import keras``: every path asks ``require_tensorflow()`` or
``require_keras()``, which import both under one lock. Whoever asks first does the import;
everybody else waits for it on the lock, then gets the loaded modules at the cost of one
attribute read. A test keeps every other module from importing them itself.

A failed import is not final: the next call tries again (the GUI offers "Try again").
"""

import gc
import importlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType


class TensorFlowUnavailableError(RuntimeError):
    """TensorFlow (or Keras) could not be imported; ``detail`` says what Python reported."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"TensorFlow could not be loaded ({detail}).")
        self.detail = detail


@dataclass(frozen=True)
class Loaded:
    """The imported modules, and how long the import took (for the status bar)."""

    tensorflow: ModuleType
    keras: ModuleType
    seconds: float


class TensorFlowRuntime:
    """Imports TensorFlow and Keras once, under a lock; remembers the last failure."""

    def __init__(self, importer: Callable[[str], ModuleType] = importlib.import_module) -> None:
        self._importer = importer  # tests hand in one that fails, to check recovery
        self._lock = threading.Lock()
        self.loaded: Loaded | None = None
        self.error: TensorFlowUnavailableError | None = None

    def require(self) -> Loaded:
        """The loaded modules, importing them first if nobody has."""
        loaded = self.loaded
        if loaded is not None:  # the common case, after start-up: no lock taken
            return loaded
        with self._lock:
            if self.loaded is None:
                self.loaded = self._import()
            return self.loaded

    def _import(self) -> Loaded:
        begin = time.perf_counter()
        try:
            tensorflow = self._importer("tensorflow")
            keras = self._importer("keras")
        except Exception as error:  # ImportError, OSError from a broken wheel, anything
            self.error = TensorFlowUnavailableError(f"{type(error).__name__}: {error}")
            raise self.error from error
        self.error = None
        # TensorFlow leaves hundreds of thousands of objects behind; a full garbage collection
        # walking them froze the window for up to 0.24 s. They live as long as the app, so
        # they are moved out of the collector's way.
        gc.freeze()
        return Loaded(tensorflow, keras, time.perf_counter() - begin)


_runtime = TensorFlowRuntime()


def runtime() -> TensorFlowRuntime:
    """The process-wide runtime (one import per process is the whole point)."""
    return _runtime


def require_tensorflow() -> ModuleType:
    """The ``tensorflow`` module, imported once per process (waits for an import under way)."""
    return _runtime.require().tensorflow


def require_keras() -> ModuleType:
    """The ``keras`` module, imported together with TensorFlow under the same lock."""
    return _runtime.require().keras


def tensorflow_is_loaded() -> bool:
    """True once the import has finished (never blocks)."""
    return _runtime.loaded is not None
