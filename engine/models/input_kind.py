"""Grey and colour: which pictures a model may be shown, and what converting them means.

A digit model learned from grey pictures; a photo model from colour ones. Showing one the other
kind is either a meaningful conversion or nonsense, and the app must say which:

- a colour photo for a grey model: converted to grey (luma, ITU-R BT.601 weights as OpenCV
  uses them), with a note saying so — a photo of a digit on paper is still a digit;
- a grey picture (the drawing canvas, a digit from MNIST) for a colour model: refused — the
  model learned from colours the picture does not have, so its answer would mean nothing.

Every view that feeds a model asks :func:`check_input_kind` first (Qt-free, so the CLI asks
too) and shows the refusal's message in its own language, keyed by ``InputKindError.kind``.
"""

from typing import Any

import numpy as np

GREY_INTO_COLOUR = "grey-into-colour"  # InputKindError.kind
CONVERTED_TO_GREY = "converted-to-grey"  # the note of an allowed conversion


class InputKindError(ValueError):
    """A picture of the wrong kind for the model (``kind`` is GREY_INTO_COLOUR)."""

    def __init__(self, message: str, kind: str = GREY_INTO_COLOUR) -> None:
        super().__init__(message)
        self.kind = kind


def reads_colour(spec: Any) -> bool:
    """Whether a model with this ``engine.models.io.InputSpec`` reads RGB photos."""
    return int(spec.channels) == 3


def is_colour(image: np.ndarray) -> bool:
    """Whether ``image`` (H, W[, C]) has colour: three channels that are not all equal."""
    array = np.asarray(image)
    if array.ndim != 3 or array.shape[2] != 3:
        return False
    return not (np.array_equal(array[..., 0], array[..., 1])
                and np.array_equal(array[..., 1], array[..., 2]))


def check_input_kind(spec: Any, colour_picture: bool, what: str = "this picture") -> str | None:
    """None when the picture fits the model as it is; CONVERTED_TO_GREY when a colour picture
    will be shown in grey to a grey model; raises InputKindError when a grey picture would be
    shown to a colour model."""
    if reads_colour(spec) and not colour_picture:
        raise InputKindError(f"{what} is grey, but this model reads colour photos: it learned "
                             "from colours the picture does not have. Choose a photo, or a "
                             "model of grey images.")
    if colour_picture and not reads_colour(spec):
        return CONVERTED_TO_GREY
    return None


def to_grey(image: np.ndarray) -> np.ndarray:
    """An RGB uint8 photo (H, W, 3) in grey (H, W), as a grey model will see it."""
    import cv2

    return cv2.cvtColor(np.ascontiguousarray(image), cv2.COLOR_RGB2GRAY)
