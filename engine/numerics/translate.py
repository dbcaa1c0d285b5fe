"""Moving an image by whole pixels, for the experiments on translation (slides 4 and 17).

A network that "reads a digit wherever it is" must be tested on the same digit moved a few
pixels: that is the difference between an MLP (one weight per pixel position) and a CNN
(the same filter at every position, then pooling). The move fills the uncovered border with
zeros (black, like MNIST's background) and drops what leaves the frame, because wrapping the
digit around (``np.roll``) would put ink where no real photo or drawing would have it.
"""

import numpy as np

from engine.numerics.validation import as_int

__all__ = ["shift_image"]

# as_int wants a lower bound; any shift is allowed (a big one simply leaves zeros).
_ANY_SHIFT = -(2**62)


def shift_image(image: object, dy: int, dx: int) -> np.ndarray:
    """``image`` moved ``dy`` pixels down and ``dx`` pixels right (negative: up, left).

    Works on (H, W) and (H, W, C) arrays and keeps their dtype; the rows and columns the
    image leaves behind are zeros, and what moves past the border is lost. A move as large as
    the image (or larger) leaves only zeros.
    """
    array = np.asarray(image)
    if array.ndim not in (2, 3) or 0 in array.shape[:2]:
        raise ValueError(f"Only an image of shape (H, W) or (H, W, C) can be shifted, got an "
                         f"array of shape {array.shape}.")
    dy, dx = as_int(dy, "vertical shift", _ANY_SHIFT), as_int(dx, "horizontal shift", _ANY_SHIFT)
    height, width = array.shape[:2]
    out = np.zeros_like(array)
    if abs(dy) >= height or abs(dx) >= width:
        return out
    # Target rows/columns [max(d, 0), size + min(d, 0)) take source [max(−d, 0), size − max(d, 0)).
    out[max(dy, 0) : height + min(dy, 0), max(dx, 0) : width + min(dx, 0)] = \
        array[max(-dy, 0) : height - max(dy, 0), max(-dx, 0) : width - max(dx, 0)]
    return out
