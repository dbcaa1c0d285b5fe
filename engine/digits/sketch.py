"""The drawing canvas's document: strokes, eraser, undo/redo, and an opened picture under them.

The GUI canvas only forwards pen events here and paints what this holds, so everything a
student can do to a drawing (draw, erase, undo, redo, clear, open a picture) is plain Python
that tests can drive without a screen. The pixels the network reads are drawn by
:mod:`engine.digits.drawing`, the same code that rendered the pen digits the default model learnt
from, so a digit drawn here looks to the model like the digits it was measured on.

History is a list of immutable states; a stroke, a clear or an opened picture each add one.
Undo moves back along the list and redo forward; a new action after an undo drops the
states that were undone, as every editor does.
"""

from dataclasses import dataclass, field

import cv2
import numpy as np

from engine.digits.drawing import CANVAS_SIZE, DEFAULT_BRUSH, INK, Point, draw_dot, draw_segment
from engine.digits.preprocess import border_is_light

__all__ = ["PenStroke", "Sketch", "SketchState", "picture_to_canvas"]

# History is bounded so that a class-long session of scribbling cannot grow without limit; a
# state is a tuple of references, so 500 of them cost little.
MAX_HISTORY = 500


@dataclass(frozen=True)
class PenStroke:
    """One pen-down … pen-up: its points in canvas pixels, its brush width, ink or eraser."""

    points: tuple[Point, ...]
    brush: int = DEFAULT_BRUSH
    erase: bool = False


@dataclass(frozen=True)
class SketchState:
    """What the canvas shows: an optional picture (uint8, canvas-sized) and strokes over it."""

    background: np.ndarray | None = None
    strokes: tuple[PenStroke, ...] = ()

    @property
    def blank(self) -> bool:
        return self.background is None and not self.strokes


@dataclass
class _OpenStroke:
    points: list[Point] = field(default_factory=list)
    brush: int = DEFAULT_BRUSH
    erase: bool = False


class Sketch:
    """A drawing being made: live pixels, the stroke in progress, undo and redo."""

    def __init__(self, size: int = CANVAS_SIZE) -> None:
        self.size = size
        self._history: list[SketchState] = [SketchState()]
        self._position = 0
        self._open: _OpenStroke | None = None
        self._pixels = np.zeros((size, size), np.uint8)

    # -- what is shown -----------------------------------------------------------------------
    @property
    def state(self) -> SketchState:
        return self._history[self._position]

    @property
    def drawing_stroke(self) -> PenStroke | None:
        """The stroke under the pen right now (not yet in the history), if any."""
        if self._open is None:
            return None
        return PenStroke(tuple(self._open.points), self._open.brush, self._open.erase)

    def pixels(self) -> np.ndarray:
        """The canvas as the network's preprocessing reads it: uint8 (size, size), a copy."""
        return self._pixels.copy()

    @property
    def can_undo(self) -> bool:
        return self._position > 0

    @property
    def can_redo(self) -> bool:
        return self._position < len(self._history) - 1

    # -- the pen -------------------------------------------------------------------------------
    def begin(self, point: Point, brush: int = DEFAULT_BRUSH, erase: bool = False) -> None:
        """Pen down: a dot at ``point`` (a click alone leaves a dot, as on paper)."""
        if self._open is not None:
            self.end()
        self._open = _OpenStroke([point], brush, erase)
        draw_dot(self._pixels, point, brush, ink=0 if erase else INK)

    def extend(self, point: Point) -> None:
        """Pen moved: a segment from the last point, so fast strokes stay continuous."""
        if self._open is None:
            return
        last = self._open.points[-1]
        if point == last:
            return
        self._open.points.append(point)
        draw_segment(self._pixels, last, point, self._open.brush,
                     ink=0 if self._open.erase else INK)

    def end(self) -> None:
        """Pen up: the stroke joins the history (an eraser stroke on a blank canvas does not)."""
        stroke, self._open = self.drawing_stroke, None
        if stroke is None or (stroke.erase and self.state.blank):
            return
        self._push(SketchState(self.state.background, (*self.state.strokes, stroke)))

    # -- whole-drawing actions -----------------------------------------------------------------
    def clear(self) -> None:
        """Empty the canvas; undo brings the drawing back."""
        self._open = None
        if not self.state.blank:
            self._push(SketchState())
        else:
            self._render()  # drops a half-drawn stroke

    def set_background(self, picture: np.ndarray) -> None:
        """Replace the drawing with a picture (uint8, canvas-sized); undo brings it back."""
        if picture.shape != (self.size, self.size) or picture.dtype != np.uint8:
            raise ValueError(f"The picture must be uint8 {self.size} × {self.size}, got "
                             f"{picture.dtype} {picture.shape}; use picture_to_canvas first.")
        self._open = None
        self._push(SketchState(picture.copy(), ()))

    def undo(self) -> bool:
        self._open = None
        if not self.can_undo:
            return False
        self._position -= 1
        self._render()
        return True

    def redo(self) -> bool:
        self._open = None
        if not self.can_redo:
            return False
        self._position += 1
        self._render()
        return True

    # -- internals -----------------------------------------------------------------------------
    def _push(self, state: SketchState) -> None:
        del self._history[self._position + 1:]
        self._history.append(state)
        if len(self._history) > MAX_HISTORY:
            del self._history[0]
        self._position = len(self._history) - 1
        self._render()

    def _render(self) -> None:
        """Redraw the pixels from the current state (after undo, redo, clear or a picture)."""
        state = self.state
        pixels = (state.background.copy() if state.background is not None
                  else np.zeros((self.size, self.size), np.uint8))
        for stroke in state.strokes:
            ink = 0 if stroke.erase else INK
            draw_dot(pixels, stroke.points[0], stroke.brush, ink=ink)
            for start, end in zip(stroke.points, stroke.points[1:], strict=False):
                draw_segment(pixels, start, end, stroke.brush, ink=ink)
        self._pixels = pixels


def picture_to_canvas(picture: np.ndarray, size: int = CANVAS_SIZE) -> np.ndarray:
    """Any picture (grey, RGB or RGBA; uint8 or float 0–1) as canvas pixels: light ink on black.

    Photos and scans of a digit on paper are dark on light, the canvas is light on dark: a
    picture whose border is mostly light is inverted. The picture is scaled, aspect kept, to fit
    the canvas, and centred on black.
    """
    array = np.asarray(picture)
    if array.ndim not in (2, 3) or min(array.shape[:2]) < 1:
        raise ValueError(f"A picture must be a 2-D grey or 3-D colour image, got shape "
                         f"{array.shape}.")
    if array.dtype.kind == "f":
        array = np.rint(np.clip(array, 0.0, 1.0) * 255.0)
    array = array.astype(np.uint8)
    if array.ndim == 3:
        code = cv2.COLOR_RGBA2GRAY if array.shape[2] == 4 else cv2.COLOR_RGB2GRAY
        array = cv2.cvtColor(array[:, :, :4], code) if array.shape[2] in (3, 4) else array[:, :, 0]
    if border_is_light(array):
        array = 255 - array
    height, width = array.shape
    scale = size / max(height, width)
    new_size = (max(1, round(width * scale)), max(1, round(height * scale)))
    method = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    scaled = cv2.resize(array, new_size, interpolation=method)
    canvas = np.zeros((size, size), np.uint8)
    top, left = (size - scaled.shape[0]) // 2, (size - scaled.shape[1]) // 2
    canvas[top:top + scaled.shape[0], left:left + scaled.shape[1]] = scaled
    return canvas

