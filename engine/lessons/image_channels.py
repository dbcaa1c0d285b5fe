"""An image as numbers: its channels, its grey version, and a size fit for a lesson.

The course's second slide says an image is a grid of numbers and a colour image is three such
grids, red, green and blue. The image lessons show those grids; this module computes them.

Images follow the rest of the engine: uint8 ``(H, W)`` for grey, ``(H, W, 3)`` for RGB, with
channels in R, G, B order (``engine.datasets.folder.read_image`` already turns OpenCV's BGR
into RGB).
"""

import cv2
import numpy as np

__all__ = [
    "CHANNEL_NAMES",
    "GREY_WEIGHTS",
    "as_rgb",
    "channel_planes",
    "downsize",
    "grey_value",
    "is_grey",
    "pixel_values",
    "to_grey",
]

CHANNEL_NAMES = ("R", "G", "B")
# ITU-R BT.601 luma weights, the ones OpenCV's cvtColor(RGB2GRAY) uses: the eye is most
# sensitive to green and least to blue, so green counts about five times as much as blue.
GREY_WEIGHTS = (0.299, 0.587, 0.114)


def _check_image(image: object) -> np.ndarray:
    array = np.asarray(image)
    if array.ndim not in (2, 3) or (array.ndim == 3 and array.shape[2] not in (1, 3)):
        raise ValueError(f"An image is (H, W) grey or (H, W, 3) RGB, got shape {array.shape}.")
    return array[:, :, 0] if array.ndim == 3 and array.shape[2] == 1 else array


def is_grey(image: object) -> bool:
    """True for a single-channel image (H, W): one number per pixel."""
    return _check_image(image).ndim == 2


def channel_planes(image: object) -> np.ndarray:
    """The image's channels as separate grids, (C, H, W): (1, H, W) grey, (3, H, W) R, G, B.

    A view where possible: the lesson reads the numbers back from exactly the image shown.
    """
    array = _check_image(image)
    return array[None] if array.ndim == 2 else np.moveaxis(array, 2, 0)


def pixel_values(image: object, row: int, col: int) -> tuple[int, ...]:
    """The number(s) stored at one pixel: (v,) for grey, (r, g, b) for colour."""
    array = _check_image(image)
    if not (0 <= row < array.shape[0] and 0 <= col < array.shape[1]):
        raise IndexError(f"Pixel ({row}, {col}) is outside the {array.shape[0]}×"
                         f"{array.shape[1]} image.")
    return tuple(int(v) for v in np.atleast_1d(array[row, col]))


def grey_value(red: float, green: float, blue: float) -> float:
    """0.299·R + 0.587·G + 0.114·B, unrounded: the number the lesson writes out by hand."""
    return GREY_WEIGHTS[0] * red + GREY_WEIGHTS[1] * green + GREY_WEIGHTS[2] * blue


def to_grey(image: object) -> np.ndarray:
    """The grey version (H, W) uint8: each pixel ``grey_value(r, g, b)`` rounded half up.

    The weighted sum itself, not cv2.cvtColor, so the grey number shown always equals the
    formula written beside it; OpenCV's fixed-point arithmetic differs by one grey level on
    about one colour in a thousand. A grey image is returned unchanged.
    """
    array = _check_image(image)
    if array.ndim == 2:
        return array
    weighted = array.astype(np.float64) @ np.asarray(GREY_WEIGHTS)
    return np.clip(np.floor(weighted + 0.5), 0, 255).astype(np.uint8)


def as_rgb(image: object) -> np.ndarray:
    """(H, W, 3): a colour image as it is, a grey one copied into three equal channels."""
    array = _check_image(image)
    return np.repeat(array[:, :, None], 3, axis=2) if array.ndim == 2 else array


def downsize(image: object, longest_side: int) -> np.ndarray:
    """The image shrunk so its longest side is ``longest_side`` pixels (never enlarged).

    INTER_AREA averages every source pixel a small pixel covers, so a 512-pixel photo
    shrunk to 64 stays smooth instead of aliasing into noise; the aspect ratio is kept.
    """
    array = _check_image(image)
    if longest_side < 1:
        raise ValueError(f"The longest side must be at least 1 pixel, got {longest_side}.")
    height, width = array.shape[:2]
    factor = longest_side / max(height, width)
    if factor >= 1:
        return array.copy()
    size = (max(1, round(width * factor)), max(1, round(height * factor)))  # cv2: (w, h)
    return cv2.resize(array, size, interpolation=cv2.INTER_AREA)
