"""How the drawing canvas draws: the one place that fixes brush, resolution and ink.

A network trained on digits drawn one way and then shown digits drawn another way (thinner
strokes, harder edges, a different size on the canvas) does worse than its test accuracy
promised. So the GUI canvas, the training augmentation and the measurements all draw through
the functions below, and a stroke replayed with :func:`render_strokes` gives the same pixels
as the same stroke drawn live with :func:`draw_dot` and :func:`draw_segment`.

The canvas is a square ``CANVAS_SIZE`` × ``CANVAS_SIZE`` uint8 image, white ink (255) on black
(0) like MNIST, drawn with a round brush: every segment is a thick anti-aliased line and every
point a filled disc as wide as the brush, so joins and ends are round and a single click leaves
a dot. Coordinates are canvas pixels, x to the right and y downwards (the screen's way), and may
be fractional: OpenCV draws them with 1/16-pixel precision.
"""

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeAlias

import cv2
import numpy as np

__all__ = [
    "ANTIALIAS",
    "BRUSH_WIDTHS_PEOPLE_USE",
    "CANVAS_SIZE",
    "DEFAULT_BRUSH",
    "DEFAULT_JITTER",
    "DEFAULT_MARGIN",
    "MAX_BRUSH",
    "MIN_BRUSH",
    "NO_JITTER",
    "Jitter",
    "Point",
    "Stroke",
    "blank_canvas",
    "draw_dot",
    "draw_segment",
    "fit_strokes_to_canvas",
    "render_strokes",
]

# The canvas's own resolution; the GUI shows it scaled. 280 = 10 × 28, so a digit drawn at the
# usual size (70 % of the height, ~196 px) shrinks by ~10× to MNIST's 20-px box: fine enough
# that a mouse's jitter disappears, small enough to render 100,000 digits in minutes.
CANVAS_SIZE = 280

# Stroke width in canvas pixels. What matters is the width relative to the digit, since
# to_mnist scales every digit to a 20-px box: at the default fit (longer side 196 px) a brush
# of b px ends up about 0.33 + 0.083·b px wide at 28 × 28. Measured the same way (2 · ink ÷
# outline length) on MNIST's 60,000 training digits, strokes are 2.38 px wide at the median
# (quartiles 2.01 and 2.82); pen digits drawn at 24 px come out 2.31 px wide (20 px: 1.99,
# 28 px: 2.65). People who draw smaller than 70 % of the box get thicker strokes, so we take
# the width just under the match rather than over it.
DEFAULT_BRUSH = 24
# The brush slider's range: at 6 px strokes almost vanish at 28 × 28 (a lesson in itself), at
# 40 px (~3.6 px, MNIST's thickest 5 %) loops start to close up.
MIN_BRUSH = 6
MAX_BRUSH = 40
# Widths a person plausibly picks, from a fine pen to a marker (1.3–3 px at 28 × 28, MNIST's
# 1st to 82nd percentile): training augmentation draws each digit with one of them, so the
# model does not depend on the brush, and measurements report each.
BRUSH_WIDTHS_PEOPLE_USE = (12, 16, 20, 24, 28, 32)
# Soft edges like MNIST's grey borders (MNIST was anti-aliased when it was scaled to 20 px).
ANTIALIAS = True
# Fraction of the canvas left free on each side when strokes are fitted to it: the digit's
# longer side then spans the central 70 %, about what people do in a square box.
DEFAULT_MARGIN = 0.15

INK = 255
_SHIFT = 4  # OpenCV's fixed-point coordinates: 4 fractional bits = 1/16 pixel
_ONE = 1 << _SHIFT
_FAR = 1e6

Point: TypeAlias = tuple[float, float]
# A stroke is the list of (x, y) points of one pen-down ... pen-up, in canvas pixels; an
# (n, 2) array works too.
Stroke: TypeAlias = Sequence[Point] | np.ndarray


# --------------------------------------------------------------------------- drawing
def blank_canvas(size: int = CANVAS_SIZE) -> np.ndarray:
    """A black (size, size) uint8 canvas, ready for :func:`draw_dot` and :func:`draw_segment`."""
    if isinstance(size, bool) or not isinstance(size, (int, np.integer)) or size < 1:
        raise ValueError(f"The canvas size must be a whole number of pixels ≥ 1, got {size!r}.")
    return np.zeros((int(size), int(size)), np.uint8)


def _check_brush(brush: object) -> int:
    if isinstance(brush, bool) or not isinstance(brush, (int, np.integer)) or brush < 1:
        raise ValueError(f"The brush width must be a whole number of pixels ≥ 1, got {brush!r}.")
    return int(brush)


def _fixed_points(points: object) -> list[tuple[int, int]]:
    """(x, y) points in OpenCV's fixed-point form (pixels × 16, rounded), checked."""
    array = np.asarray(points, dtype=np.float64)
    if array.size % 2 or (array.ndim > 1 and array.shape[-1] != 2):
        raise ValueError(f"Stroke points must be (x, y) pairs, got an array of shape "
                         f"{array.shape}.")
    if not np.isfinite(array).all():
        raise ValueError("A stroke point is NaN or infinite; every point needs two numbers.")
    # Far-away points are pulled in to ±1e6 px so that ×16 stays a valid OpenCV int; such a
    # point is off the canvas either way.
    fixed = np.rint(np.clip(array.reshape(-1, 2), -_FAR, _FAR) * _ONE).astype(np.int64)
    return [(x, y) for x, y in fixed.tolist()]


def draw_dot(canvas: np.ndarray, point: Point, brush: int = DEFAULT_BRUSH,
             antialias: bool = ANTIALIAS, ink: int = INK) -> None:
    """Paint a filled disc of diameter ``brush`` centred on ``point``, in place.

    This is what a click leaves, and also what rounds every join and end of a stroke. The
    eraser is the same brush with ``ink=0``.
    """
    line_type = cv2.LINE_AA if antialias else cv2.LINE_8
    radius = round(_check_brush(brush) * _ONE / 2)
    cv2.circle(canvas, _fixed_points(point)[0], radius, ink, cv2.FILLED, line_type, _SHIFT)


def draw_segment(canvas: np.ndarray, start: Point, end: Point, brush: int = DEFAULT_BRUSH,
                 antialias: bool = ANTIALIAS, ink: int = INK) -> None:
    """Paint the brush moving from ``start`` to ``end``, in place: a line, then a disc at ``end``.

    The GUI calls this on every mouse move (after :func:`draw_dot` on the press), which paints
    exactly what :func:`render_strokes` paints when it replays the stroke.
    """
    line_type = cv2.LINE_AA if antialias else cv2.LINE_8
    start_end = _fixed_points([start, end])
    cv2.line(canvas, *start_end, ink, _check_brush(brush), line_type, _SHIFT)
    draw_dot(canvas, end, brush, antialias, ink)


def render_strokes(strokes: Sequence[Stroke], size: int = CANVAS_SIZE,
                   brush: int = DEFAULT_BRUSH, antialias: bool = ANTIALIAS) -> np.ndarray:
    """Draw strokes (lists of (x, y) canvas points) on a new black canvas; uint8 (size, size).

    Each stroke starts with a dot and adds a segment per further point, in order, as a pen
    would. Points outside the canvas are fine: what falls outside is simply not there.
    """
    canvas = blank_canvas(size)
    brush = _check_brush(brush)
    line_type = cv2.LINE_AA if antialias else cv2.LINE_8
    for stroke in strokes:
        # Rounding to fixed point for the whole stroke at once is the vectorisable part; the
        # drawing is two OpenCV calls per point (~5 µs each: ~0.4 ms for a 40-point digit).
        fixed = _fixed_points(stroke)
        if fixed:
            _paint_fixed(canvas, fixed, brush, line_type)
    return canvas


def _paint_fixed(canvas: np.ndarray, fixed: list[tuple[int, int]], brush: int,
                 line_type: int) -> None:
    """The inner loop of render_strokes: draw_dot + draw_segment on pre-rounded points."""
    radius = round(brush * _ONE / 2)
    cv2.circle(canvas, fixed[0], radius, INK, cv2.FILLED, line_type, _SHIFT)
    for previous, point in itertools.pairwise(fixed):
        cv2.line(canvas, previous, point, INK, brush, line_type, _SHIFT)
        cv2.circle(canvas, point, radius, INK, cv2.FILLED, line_type, _SHIFT)


# --------------------------------------------------------------------------- fitting
@dataclass(frozen=True)
class Jitter:
    """How far :func:`fit_strokes_to_canvas` varies a digit when given a random generator.

    Each value is drawn uniformly in ±its amount, independently per digit:

    - ``scale``: the digit's size; ±0.12 makes the longer side span 62–78 % of the canvas at
      the default margin (people draw neither tiny nor touching the edge).
    - ``aspect``: width relative to height, ×(1 ± 0.15): narrower and wider handwriting.
    - ``rotation``: degrees, ±12: slanted writing.
    - ``shift``: fraction of the canvas, ±0.06: digits drawn a little off-centre; clamped so
      the brush never leaves the canvas.
    """

    scale: float = 0.12
    aspect: float = 0.15
    rotation: float = 12.0
    shift: float = 0.06


DEFAULT_JITTER = Jitter()
NO_JITTER = Jitter(0.0, 0.0, 0.0, 0.0)


def _shape_transform(rng: np.random.Generator | None, jitter: Jitter) -> tuple[np.ndarray, float]:
    """A random 2×2 rotation·aspect matrix and size factor (identity and 1 without rng)."""
    if rng is None:
        return np.eye(2), 1.0
    scale, aspect, degrees = rng.uniform(-1.0, 1.0, 3) * (jitter.scale, jitter.aspect,
                                                           jitter.rotation)
    angle = math.radians(degrees)
    cos, sin = math.cos(angle), math.sin(angle)
    # Stretch x and squash y by the same square root so the area, not the height, is kept.
    stretch = np.diag([math.sqrt(1 + aspect), 1 / math.sqrt(1 + aspect)])
    return np.array([[cos, -sin], [sin, cos]]) @ stretch, 1.0 + scale


def fit_strokes_to_canvas(strokes_unit: Sequence[Stroke], size: int = CANVAS_SIZE,
                          margin: float = DEFAULT_MARGIN, rng: np.random.Generator | None = None,
                          jitter: Jitter = DEFAULT_JITTER) -> list[np.ndarray]:
    """Place strokes on the canvas the way a person would draw them; float32 (n, 2) arrays.

    The strokes may be in any units (the pen data come scaled to [0, 1]): their bounding box is
    centred on the canvas and scaled, aspect kept, until its longer side spans ``1 − 2·margin``
    of the canvas (70 % by default, as people draw in a square box). Given ``rng``, each digit
    is also varied as ``jitter`` describes (size, width, slant and position) for augmentation;
    without it the result is deterministic.
    """
    if not 0.0 <= margin < 0.5:
        raise ValueError(f"The margin is a fraction of the canvas per side, 0 ≤ margin < 0.5; "
                         f"got {margin!r}.")
    arrays = [np.asarray(s, dtype=np.float64).reshape(-1, 2) for s in strokes_unit]
    arrays = [a for a in arrays if len(a)]
    if not arrays:
        raise ValueError("There are no points to place on the canvas: the strokes are empty.")
    matrix, factor = _shape_transform(rng, jitter)
    # Rotate/stretch about the origin, then re-centre on the new bounding box: after a rotation
    # the old box's centre is no longer the middle of the digit.
    shaped = [a @ matrix.T for a in arrays]
    points = np.concatenate(shaped)
    low, high = points.min(axis=0), points.max(axis=0)
    extent = float((high - low).max())
    zoom = (1 - 2 * margin) * size * factor / extent if extent > 0 else 1.0
    half = (high - low) / 2 * zoom
    offset = size / 2 + _random_shift(rng, jitter, size, half)
    centre = (low + high) / 2
    return [((a - centre) * zoom + offset).astype(np.float32) for a in shaped]


def _random_shift(rng: np.random.Generator | None, jitter: Jitter, size: int,
                  half: np.ndarray) -> np.ndarray:
    """An (x, y) offset from the centre, kept small enough that the widest brush stays inside."""
    if rng is None:
        return np.zeros(2)
    wanted = rng.uniform(-1.0, 1.0, 2) * jitter.shift * size
    room = np.maximum(size / 2 - half - MAX_BRUSH / 2 * size / CANVAS_SIZE, 0.0)
    return np.clip(wanted, -room, room)
