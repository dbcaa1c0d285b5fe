"""The Webcam tab's worker: capture, find digits (or the object in the middle), read them.

One plain Python thread loops: read a frame, :func:`engine.digits.paper_digits.detect` it, ask the
model for every digit's probabilities in one batch, and put the result in a one-item slot. In
the "objects" mode it reads the frame's centre square with the colour model instead
(:func:`engine.digits.webcam_objects.read_object`); each mode has its own predictor. The
GUI takes the newest result from that slot when it is ready to draw (a QTimer), so a slow
repaint or a busy GUI thread never makes frames pile up: an older result is simply
overwritten, i.e. dropped. Nothing Qt lives here, so the thread needs no event loop.

The thread owns the source: it opens nothing, but it is the only one that reads and the one
that releases, in a ``finally``, whatever ends the loop (stop, end of file, lost camera, an
error). OpenCV captures must not be read and released from two threads at once.
"""

import dataclasses
import math
import threading
import time
from typing import Any

import numpy as np

from engine.digits.camera import Frames, SourceState
from engine.digits.paper_digits import DEFAULT_SENSITIVITY, DigitCandidate, detect
from engine.digits.webcam_objects import ObjectReading, read_object

DIGITS, OBJECTS = "digits", "objects"  # the modes: digits on paper, or one object in the middle

# Between two tries after a failed camera read (one dropped frame): do not spin the CPU.
RETRY_SECONDS = 0.01
# While frozen, the thread wakes this often to see whether it must stop.
IDLE_SECONDS = 0.1


@dataclasses.dataclass(frozen=True, eq=False)
class Detection:
    """One digit in a frame and what the model says it is (None while no model is loaded)."""

    candidate: DigitCandidate
    probabilities: np.ndarray | None

    @property
    def label(self) -> int | None:
        return None if self.probabilities is None else int(np.argmax(self.probabilities))

    @property
    def confidence(self) -> float | None:
        return None if self.probabilities is None else float(np.max(self.probabilities))


@dataclasses.dataclass(frozen=True, eq=False)
class FrameResult:
    """Everything the tab draws for one frame."""

    number: int  # counts up with every processed frame, so the GUI knows a result is new
    frame: np.ndarray  # BGR uint8, as captured
    detections: tuple[Detection, ...]
    steps: dict[str, np.ndarray]  # find_digits_steps' images, for the selected digit's strip
    sensitivity: float
    frames_per_second: float  # processed per second, smoothed
    objects: ObjectReading | None = None  # the objects mode's reading (None in the digits mode)


class CaptureWorker:
    """Reads ``source`` in a thread until stopped; the newest result is in :meth:`latest`."""

    def __init__(self, source: Frames, predictor: Any = None,
                 sensitivity: float = DEFAULT_SENSITIVITY) -> None:
        self.source = source
        self._predictor = predictor
        self._sensitivity = float(sensitivity)
        self._mode = DIGITS
        self._object_predictor: Any = None
        self._stop = threading.Event()
        self._paused = threading.Event()
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._latest: FrameResult | None = None
        self._count = 0
        self._interval = 0.0  # seconds between processed frames, smoothed
        self._last_time: float | None = None
        self._stale = False  # settings changed while frozen: process the held frame again
        self.error: str | None = None  # why the loop died, if an exception ended it
        self._thread = threading.Thread(target=self._run, name="cnn-lab-webcam", daemon=True)

    # -- control (GUI thread) ----------------------------------------------------------------
    def start(self) -> "CaptureWorker":
        self._thread.start()
        return self

    def stop(self, timeout: float = 3.0) -> bool:
        """Ask the loop to end and wait for it (it releases the source); True when it has."""
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def set_paused(self, paused: bool) -> None:
        """Freeze: stop reading frames (the last one stays, and is re-read on new settings)."""
        if paused:
            self._paused.set()
        else:
            self._paused.clear()
        self._wake.set()

    def set_sensitivity(self, sensitivity: float) -> None:
        self._sensitivity = float(sensitivity)
        self._refresh()

    def set_predictor(self, predictor: Any) -> None:
        self._predictor = predictor  # one attribute assignment: atomic for the reading thread
        self._refresh()

    def set_mode(self, mode: str, object_predictor: Any = None) -> None:
        """DIGITS (the digit predictor) or OBJECTS (``object_predictor``, a colour model's)."""
        self._object_predictor = object_predictor  # first: the thread reads the mode, then it
        self._mode = mode
        self._refresh()

    @property
    def mode(self) -> str:
        return self._mode

    def _refresh(self) -> None:
        self._stale = True
        self._wake.set()

    # -- state (any thread) -------------------------------------------------------------------
    def latest(self) -> FrameResult | None:
        with self._lock:
            return self._latest

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def was_stopped(self) -> bool:
        """True when the loop ended because it was asked to (not by the source or an error)."""
        return self._stop.is_set()

    @property
    def state(self) -> SourceState:
        return self.source.state

    # -- the loop (worker thread) -------------------------------------------------------------
    def _run(self) -> None:
        try:
            self._loop()
        except Exception as error:  # a frame the model cannot take, a driver error: reported
            self.error = f"{type(error).__name__}: {error}"
        finally:
            self.source.close()

    def _loop(self) -> None:
        frame: np.ndarray | None = None
        due = time.monotonic()
        period = 1.0 / max(self.source.fps, 1.0)
        while not self._stop.is_set():
            if self._paused.is_set():
                if frame is not None and self._stale:
                    self._process(frame)
                self._wake.wait(IDLE_SECONDS)
                self._wake.clear()
                due = time.monotonic()
                continue
            if not self.source.is_live:  # files have no pace of their own: keep theirs
                delay = due - time.monotonic()
                if delay > 0 and self._stop.wait(delay):
                    break
                due = max(due + period, time.monotonic() - period)
            new = self.source.read()
            if new is None:
                if self.source.state is not SourceState.OPEN:
                    return  # ended or lost: the GUI reads the state and says so
                time.sleep(RETRY_SECONDS)
                continue
            frame = new
            self._process(frame)

    def _process(self, frame: np.ndarray) -> None:
        self._stale = False
        sensitivity, predictor = self._sensitivity, self._predictor
        if self._mode == OBJECTS:
            reading = read_object(frame, self._object_predictor)
            self._publish(FrameResult(0, frame, (), {}, sensitivity, 0.0, reading))
            return
        candidates, steps = detect(frame, sensitivity)
        probabilities = _read(predictor, candidates)
        detections = tuple(Detection(c, None if probabilities is None else probabilities[i])
                           for i, c in enumerate(candidates))
        self._publish(FrameResult(0, frame, detections, steps, sensitivity, 0.0))

    def _publish(self, result: FrameResult) -> None:
        """Number the result, time it, and put it in the slot."""
        self._count += 1
        now = time.monotonic()
        if self._last_time is not None and now > self._last_time:
            # Smooth the interval, not its inverse: the mean of 1/dt overstates the rate.
            interval = now - self._last_time
            self._interval = interval if self._interval == 0 else \
                0.9 * self._interval + 0.1 * interval
        self._last_time = now
        rate = 1.0 / self._interval if self._interval > 0 else 0.0
        result = dataclasses.replace(result, number=self._count, frames_per_second=rate)
        with self._lock:
            self._latest = result  # the older result, if the GUI never took it, is dropped


def _read(predictor: Any, candidates: list[DigitCandidate]) -> np.ndarray | None:
    """Every candidate's probabilities in one batch (one model call per frame, not per digit)."""
    if predictor is None or not candidates:
        return None
    batch = np.concatenate([predictor.prepare(c.image) for c in candidates])
    return predictor.probabilities_batch(batch)


def follow(previous: tuple[int, int, int, int] | None,
           detections: list[Detection]) -> tuple[int, int, int, int] | None:
    """The box to select in a new frame: the one nearest the box selected before.

    A digit moves a little between frames (a hand holding the sheet); its box is the nearest
    one, within its own size. Otherwise (no selection yet, or it left) the leftmost digit.
    """
    if not detections:
        return None
    first = detections[0].candidate.box
    if previous is None:
        return first
    x, y, w, h = previous

    def distance(box: tuple[int, int, int, int]) -> float:
        return math.hypot(box[0] + box[2] / 2 - x - w / 2, box[1] + box[3] / 2 - y - h / 2)

    nearest = min((d.candidate.box for d in detections), key=distance)
    return nearest if distance(nearest) <= max(w, h) else first
