"""Zooming into an image until its pixels show their numbers: the geometry, without Qt.

A view of an image is a ``Viewport``: how many screen pixels one image pixel takes (the
scale) and which image point sits at the middle of the view. Several views sharing one
viewport (the photo and its R, G, B channels) show exactly the same pixels, side by side.

Image coordinates are continuous: pixel (row, col) covers x ∈ [col, col + 1) and
y ∈ [row, row + 1); the image's centre is (W/2, H/2).
"""

import math
from dataclasses import dataclass, replace

__all__ = [
    "MAX_SCALE",
    "Viewport",
    "clamped",
    "fit_viewport",
    "label_font_size",
    "screen_to_image",
    "visible_pixels",
    "zoomed",
]

MAX_SCALE = 160.0  # one image pixel at most 160 screen pixels: three numbers fill it well
MIN_FONT_PX = 9.0  # smaller figures cannot be read, even up close
MAX_FONT_PX = 30.0
DIGIT_WIDTH = 0.62  # a digit's width per pixel of font height (DejaVu Sans: 0.636 em)
LINE_HEIGHT = 1.2  # a line's height per pixel of font height


@dataclass(frozen=True)
class Viewport:
    """``scale`` screen pixels per image pixel, with image point (centre_x, centre_y) centred."""

    scale: float
    centre_x: float
    centre_y: float


def fit_viewport(image_h: int, image_w: int, view_w: float, view_h: float) -> Viewport:
    """The whole image, as large as the view allows, centred."""
    scale = min(view_w / max(image_w, 1), view_h / max(image_h, 1))
    return Viewport(max(scale, 1e-3), image_w / 2, image_h / 2)


def screen_to_image(viewport: Viewport, x: float, y: float, view_w: float,
                    view_h: float) -> tuple[float, float]:
    """The image point (x, y) under a screen point of a view_w × view_h view."""
    return (viewport.centre_x + (x - view_w / 2) / viewport.scale,
            viewport.centre_y + (y - view_h / 2) / viewport.scale)


def zoomed(viewport: Viewport, factor: float, anchor_x: float, anchor_y: float,
           min_scale: float, max_scale: float = MAX_SCALE) -> Viewport:
    """Zoom by ``factor`` keeping image point (anchor_x, anchor_y) under the same screen point.

    That is how a map zooms under the mouse wheel: what the pointer is on stays under it.
    The scale is kept within [min_scale, max_scale].
    """
    scale = min(max(viewport.scale * factor, min_scale), max_scale)
    keep = viewport.scale / scale  # how much the anchor-to-centre distance shrinks
    return Viewport(scale, anchor_x + (viewport.centre_x - anchor_x) * keep,
                    anchor_y + (viewport.centre_y - anchor_y) * keep)


def clamped(viewport: Viewport, image_h: int, image_w: int) -> Viewport:
    """The viewport with its centre kept on the image, so a pan cannot lose the picture."""
    return replace(viewport, centre_x=min(max(viewport.centre_x, 0.0), float(image_w)),
                   centre_y=min(max(viewport.centre_y, 0.0), float(image_h)))


def visible_pixels(viewport: Viewport, view_w: float, view_h: float, image_h: int,
                   image_w: int) -> tuple[range, range]:
    """The rows and columns of the image pixels that appear (even partly) in the view."""
    left, top = screen_to_image(viewport, 0.0, 0.0, view_w, view_h)
    right, bottom = screen_to_image(viewport, view_w, view_h, view_w, view_h)
    rows = range(max(math.floor(top), 0), min(math.ceil(bottom), image_h))
    cols = range(max(math.floor(left), 0), min(math.ceil(right), image_w))
    return (rows if len(rows) else range(0), cols if len(cols) else range(0))


def label_font_size(pixel_size: float, lines: int, digits: int = 3) -> float | None:
    """Font height (screen px) for ``lines`` numbers of ``digits`` digits inside one pixel.

    None when the pixel is too small to hold them readably: the numbers appear only once
    the student has zoomed in far enough, and grow with the zoom up to a comfortable size.
    """
    usable = 0.86 * pixel_size  # a margin, so neighbouring numbers do not touch
    size = min(usable / (digits * DIGIT_WIDTH), usable / (lines * LINE_HEIGHT), MAX_FONT_PX)
    return size if size >= MIN_FONT_PX else None
