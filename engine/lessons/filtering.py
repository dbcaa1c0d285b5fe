"""One kernel applied to a whole photo, as the kernel editor lesson (slides 5–14) shows it.

The deck's edge kernels work on a grey picture: one channel, one filter. This module turns
whatever picture a student picks (a colour photo, a grey photo, the drawing, a file) into that
grey input, filters it with :func:`engine.numerics.ops.conv2d` (its fast single-channel path), and
gives the numbers the view needs to draw the response honestly: a colour scale symmetric around
zero, so that a zero response is always the middle colour and a negative response of −3 is as strong
a colour as a positive +3, and the input window behind any output pixel.
"""

import cv2
import numpy as np

from engine.numerics import ops
from engine.numerics.validation import as_int

__all__ = ["LUMA_WEIGHTS", "filter_image", "grey_image", "symmetric_levels"]

# ITU-R BT.601 luma, the weights OpenCV, Pillow and tf.image.rgb_to_grayscale use: the eye
# sees green as brighter than red and red as brighter than blue, so a plain mean would make
# a red object look too dark next to a green one.
LUMA_WEIGHTS = (0.299, 0.587, 0.114)


def _unit_float(image: np.ndarray) -> np.ndarray:
    """uint8 0–255 or bool as float64 0–1; floats must already be in [0, 1]."""
    if image.dtype == np.uint8:
        return image.astype(np.float64) / 255.0
    if image.dtype == np.bool_:
        return image.astype(np.float64)
    if not np.issubdtype(image.dtype, np.floating):
        raise ValueError(f"Images must be uint8 (0–255) or float (0–1), got dtype {image.dtype}.")
    values = image.astype(np.float64)
    if values.size and not np.isfinite(values).all():
        raise ValueError("The image contains NaN or infinite values.")
    if values.size and (values.min() < 0.0 or values.max() > 1.0):
        raise ValueError(f"A float image must hold values in [0, 1], got {values.min():g} to "
                         f"{values.max():g}; divide a 0–255 image by 255 first.")
    return values


def grey_image(image: object, max_side: int | None = None) -> np.ndarray:
    """The picture as float64 grey levels, 0 = black to 1 = white, shape (H, W).

    Accepts (H, W), (H, W, 1), RGB (H, W, 3) or RGBA (H, W, 4), uint8 or float in [0, 1].
    Colour becomes luma (:data:`LUMA_WEIGHTS`); a transparent pixel shows a white
    background, as :func:`engine.datasets.folder.read_image` lays it. With ``max_side``, a
    bigger picture is shrunk (area averaging, aspect kept) so that its longer side is at most
    that many pixels: a live editor must stay live on a 12-megapixel phone photo.
    """
    array = _unit_float(np.asarray(image))
    if array.ndim == 3 and array.shape[2] == 1:
        array = array[:, :, 0]
    if array.ndim == 3 and array.shape[2] in (3, 4):
        grey = array[:, :, :3] @ np.asarray(LUMA_WEIGHTS)
        if array.shape[2] == 4:
            alpha = array[:, :, 3]
            grey = grey * alpha + (1.0 - alpha)
        array = grey
    if array.ndim != 2:
        raise ValueError(f"An image must be (H, W), (H, W, 1), (H, W, 3) or (H, W, 4), got shape "
                         f"{array.shape}.")
    if array.size == 0:
        raise ValueError(f"The image is empty (shape {array.shape}).")
    if max_side is not None:
        array = _shrunk(array, as_int(max_side, "largest side", 1))
    return np.ascontiguousarray(array)


def _shrunk(grey: np.ndarray, max_side: int) -> np.ndarray:
    height, width = grey.shape
    scale = max_side / max(height, width)
    if scale >= 1.0:
        return grey
    size = (max(1, round(width * scale)), max(1, round(height * scale)))  # OpenCV: (w, h)
    return cv2.resize(grey, size, interpolation=cv2.INTER_AREA)


def filter_image(grey: object, kernel: object, stride: int = 1,
                 padding: ops.PaddingSpec = 0, relu: bool = False) -> np.ndarray:
    """The kernel's response over a grey (H, W) picture: ``conv2d``, then ReLU if asked.

    ``padding`` is anything :func:`engine.numerics.ops.conv2d` accepts ("valid", "same", a number of
    zeros, or ((top, bottom), (left, right))). With ``relu`` the negative responses become 0,
    as a Conv2D layer with ``activation="relu"`` makes them.
    """
    response = ops.conv2d(grey, kernel, stride=stride, padding=padding)
    return ops.relu(response) if relu else response


def symmetric_levels(values: object) -> tuple[float, float]:
    """(−m, m) with m = max|value| over the finite values: zero sits in the colour scale's middle.

    A flat response (all zeros, or nothing finite) gets (−1, 1), so a colour scale never
    divides by zero and an all-zero response shows as the zero colour.
    """
    array = np.asarray(values, dtype=np.float64)
    finite = np.abs(array[np.isfinite(array)])
    largest = float(finite.max()) if finite.size else 0.0
    largest = largest if largest > 0.0 else 1.0
    return -largest, largest




def has_both_signs(values: object) -> bool:
    """Whether a response has clearly negative and clearly positive values.

    Only then is a diverging scale (blue, white, red) right; a response of one sign (a blur,
    or anything after ReLU) drawn on it would look like a negative photo. Values within a
    millionth of the largest count as zero, so rounding noise does not make a blur "signed".
    """
    array = np.asarray(values, dtype=np.float64)
    finite = array[np.isfinite(array)]
    if not finite.size:
        return False
    tolerance = 1e-6 * float(np.abs(finite).max())
    return bool(finite.min() < -tolerance and finite.max() > tolerance)


def one_sign_levels(values: object) -> tuple[float, float]:
    """(0, max) for a response ≥ 0, (min, 0) for one ≤ 0: a sequential scale with zero at one end.

    A flat all-zero response gets (0, 1).
    """
    array = np.asarray(values, dtype=np.float64)
    finite = array[np.isfinite(array)]
    low = min(float(finite.min()), 0.0) if finite.size else 0.0
    high = max(float(finite.max()), 0.0) if finite.size else 0.0
    if high > 0.0 or low == 0.0:
        return 0.0, high if high > 0.0 else 1.0
    return low, 0.0
