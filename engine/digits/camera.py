"""Frame sources for the Webcam tab: a camera index, a video file or a still image.

Everything goes through :class:`FrameSource`, whatever the origin, so the tab, its tests (a
video file written by ``engine.digits.paper_video`` works as a fake camera) and the benchmark share
one code path. Three rules shape it:

- **Released on every path.** A camera left open stays locked for every other program until
  the process ends, so the capture is released by ``close()``, by leaving a ``with`` block
  (also when an exception leaves it) and even when opening fails half-way: OpenCV allocates a
  capture object for an index that does not open, and that object is released too.
- **No camera is a state, not an error.** ``cv2.VideoCapture(index)`` without a camera does not
  raise, it just is not opened; a lab PC without a webcam is normal. So opening never raises
  for a missing camera or an unreadable file: :attr:`FrameSource.state` says what happened and
  :attr:`FrameSource.problem` says it in words for a log or a tooltip.
- **Frames are BGR uint8**, (H, W, 3), as OpenCV gives them; grey images are made BGR.

A still image is a source that repeats its frame (at :data:`IMAGE_FPS`), so a photo of a page of
digits goes through exactly the same pipeline as the camera. A video file can loop, which the
tab asks for: a file's end is not an event worth a message there, a camera that stops is.
"""

import enum
import os
import time
from pathlib import Path
from types import TracebackType
from typing import Protocol

import cv2
import numpy as np

__all__ = [
    "DEFAULT_FPS",
    "IMAGE_FPS",
    "LOST_AFTER_FAILURES",
    "FrameSource",
    "Frames",
    "SourceState",
    "probe_cameras",
]

DEFAULT_FPS = 30.0  # when a file or driver does not say (webcams run at 30 fps nearly always)
IMAGE_FPS = 10.0  # a still image is re-read this often: enough to follow the sensitivity slider
# A webcam may drop one frame now and then (USB bandwidth, exposure change); only this many
# failed reads in a row mean it is gone (unplugged, or taken by another program).
LOST_AFTER_FAILURES = 5
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp", ".pgm", ".ppm"}


class SourceState(enum.Enum):
    """Where a source stands. Only OPEN delivers frames."""

    OPEN = "open"
    NO_CAMERA = "no camera"  # a camera index that did not open
    UNREADABLE = "unreadable"  # a file that is missing or is neither a video nor an image
    ENDED = "ended"  # a video file read to its end (without looping)
    LOST = "lost"  # a camera that stopped delivering frames while open
    CLOSED = "closed"  # released by close() or by leaving a with block


class Frames(Protocol):
    """What the Webcam tab needs from a source; FrameSource is one, tests inject fakes."""

    state: SourceState
    fps: float
    is_live: bool

    def read(self) -> np.ndarray | None: ...

    def close(self) -> None: ...

    def is_opened(self) -> bool: ...


class FrameSource:
    """A camera index, a video file or an image file, read frame by frame.

    ``size`` asks a camera for a resolution (width, height); cameras pick the nearest they
    support, and files ignore it. ``loop`` restarts a video file at its end instead of ending.
    Use it as a context manager, or call :meth:`close` in a ``finally``.
    """

    def __init__(self, origin: int | str | os.PathLike[str],
                 size: tuple[int, int] | None = None, loop: bool = False) -> None:
        self.origin = origin
        self.loop = loop
        self.is_live = isinstance(origin, int)  # a camera: frames come at its own pace
        self.state = SourceState.CLOSED
        self.problem = ""
        self.fps = DEFAULT_FPS
        self._capture: cv2.VideoCapture | None = None
        self._still: np.ndarray | None = None
        self._failures = 0
        try:
            self._open(size)
        except BaseException:
            self.close()  # never leave a half-opened capture behind, whatever went wrong
            raise

    # -- opening ---------------------------------------------------------------------------
    def _open(self, size: tuple[int, int] | None) -> None:
        if self.is_live:
            self._open_camera(int(self.origin), size)
            return
        path = Path(self.origin)
        if not path.is_file():
            self._fail(SourceState.UNREADABLE, f"{path}: no such file.")
        elif path.suffix.lower() in IMAGE_SUFFIXES:
            self._open_image(path)
        else:
            self._open_video(path)

    def _open_camera(self, index: int, size: tuple[int, int] | None) -> None:
        if index < 0:  # cv2.VideoCapture(-1) crashed the process here (segfault, OpenCV 4.x)
            self._fail(SourceState.NO_CAMERA, f"camera {index} does not exist: cameras are "
                       "numbered from 0.")
            return
        self._capture = cv2.VideoCapture(index)
        if not self._capture.isOpened():
            self._fail(SourceState.NO_CAMERA, f"camera {index} does not open.")
            return
        if size is not None:
            self._capture.set(cv2.CAP_PROP_FRAME_WIDTH, size[0])
            self._capture.set(cv2.CAP_PROP_FRAME_HEIGHT, size[1])
        self.fps = _sane_fps(self._capture.get(cv2.CAP_PROP_FPS))
        self.state = SourceState.OPEN

    def _open_image(self, path: Path) -> None:
        # imdecode on the bytes, not imread: imread cannot open non-ASCII paths on Windows.
        data = np.fromfile(path, np.uint8)
        image = cv2.imdecode(data, cv2.IMREAD_COLOR) if data.size else None
        if image is None:
            self._fail(SourceState.UNREADABLE, f"{path}: not an image OpenCV can read.")
            return
        self._still = image
        self.fps = IMAGE_FPS
        self.state = SourceState.OPEN

    def _open_video(self, path: Path) -> None:
        self._capture = cv2.VideoCapture(str(path))
        if not self._capture.isOpened():
            self._fail(SourceState.UNREADABLE, f"{path}: not a video or image OpenCV can read.")
            return
        self.fps = _sane_fps(self._capture.get(cv2.CAP_PROP_FPS))
        self.state = SourceState.OPEN

    def _fail(self, state: SourceState, problem: str) -> None:
        self.close()  # the capture object of a failed open still holds resources
        self.state, self.problem = state, problem

    # -- reading ---------------------------------------------------------------------------
    def read(self) -> np.ndarray | None:
        """The next frame (BGR uint8), or None: then :attr:`state` tells whether it is over.

        A camera's occasional failed read returns None while the state stays OPEN (try
        again); after LOST_AFTER_FAILURES in a row the state becomes LOST.
        """
        if self.state is not SourceState.OPEN:
            return None
        if self._still is not None:
            return self._still.copy()  # a copy: callers may draw on their frame
        frame = self._grab()
        if frame is None and not self.is_live and self.loop:
            self._capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
            frame = self._grab()
        if frame is not None:
            self._failures = 0
            return _as_bgr(frame)
        self._failures += 1
        if not self.is_live:
            self.state = SourceState.ENDED
        elif self._failures >= LOST_AFTER_FAILURES:
            self.state = SourceState.LOST
            self.problem = f"camera {self.origin} stopped delivering frames."
        return None

    def _grab(self) -> np.ndarray | None:
        ok, frame = self._capture.read()
        return frame if ok and frame is not None and frame.size else None

    # -- releasing -------------------------------------------------------------------------
    @property
    def is_still(self) -> bool:
        """A still image, repeated: its frame rate is ours, not the picture's."""
        return self._still is not None

    def is_opened(self) -> bool:
        """True while frames can come (a camera or file that is open, a loaded image)."""
        return self.state is SourceState.OPEN

    def close(self) -> None:
        """Release the camera or file; safe to call any number of times."""
        capture, self._capture, self._still = self._capture, None, None
        if capture is not None:
            capture.release()
        if self.state is SourceState.OPEN:
            self.state = SourceState.CLOSED

    release = close  # OpenCV's name for it

    def __enter__(self) -> "FrameSource":
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"FrameSource({self.origin!r}, state={self.state.value!r})"


def _sane_fps(reported: float) -> float:
    """The driver's or file's frame rate, or DEFAULT_FPS when it reports 0, NaN or nonsense."""
    return float(reported) if 1.0 <= reported <= 240.0 else DEFAULT_FPS


def _as_bgr(frame: np.ndarray) -> np.ndarray:
    """Grey or BGRA frames (some drivers and files) as BGR, so every consumer sees one kind."""
    if frame.ndim == 2:
        return cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
    if frame.shape[2] == 4:
        return cv2.cvtColor(frame, cv2.COLOR_BGRA2BGR)
    return frame


def probe_cameras(max_index: int = 4, timeout: float = 2.0) -> list[int]:
    """The camera indices in 0..max_index-1 that open and deliver a frame.

    Opening a camera takes from milliseconds (no device) to a second (a real one warming up),
    so the GUI runs this in a worker thread. Each index is released before the next is tried;
    the whole probe stops trying new indices after ``timeout`` seconds.
    """
    found = []
    deadline = time.monotonic() + timeout
    for index in range(max_index):
        if time.monotonic() > deadline:
            break
        with FrameSource(index) as source:
            if source.is_opened() and _first_frame(source) is not None:
                found.append(index)
    return found


def _first_frame(source: FrameSource, attempts: int = 3) -> np.ndarray | None:
    """A camera's first frames can fail while it starts up: try a few times."""
    for _ in range(attempts):
        frame = source.read()
        if frame is not None:
            return frame
    return None
