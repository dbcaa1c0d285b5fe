"""The Webcam tab's "objects" mode: the centre of the frame, as a CIFAR-10 model sees it.

A CIFAR-10 model knows one thing: square 32 × 32 colour photos of ten classes, the object
filling most of the picture. So the frame's centre square is taken (the largest square that
fits, centred: the person holds the object in the middle) and shrunk to 32 × 32 with
INTER_AREA, which averages every camera pixel a small pixel covers, as the photos of the data
set were made; nearest-neighbour shrinking would keep a random pixel out of every 15 × 15 and
the model would see noise.

Frames are BGR (OpenCV); what comes out is RGB, as the model and the screen want it.
"""

from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

MODEL_SIDE = 32  # CIFAR-10's photos, and so the colour model's input


@dataclass(frozen=True, eq=False)
class ObjectReading:
    """One frame's centre square, what the model is given, and what it says (None: no model)."""

    box: tuple[int, int, int, int]  # (x, y, w, h) of the centre square in the frame
    crop: np.ndarray  # the centre square, RGB uint8, at the camera's resolution
    small: np.ndarray  # (32, 32, 3) RGB uint8: exactly what the model reads
    probabilities: np.ndarray | None

    @property
    def label(self) -> int | None:
        return None if self.probabilities is None else int(np.argmax(self.probabilities))

    @property
    def confidence(self) -> float | None:
        return None if self.probabilities is None else float(np.max(self.probabilities))


def centre_square(frame: np.ndarray) -> tuple[int, int, int, int]:
    """(x, y, w, h) of the largest square centred in the frame."""
    height, width = frame.shape[:2]
    side = min(height, width)
    return (width - side) // 2, (height - side) // 2, side, side


def model_view(frame: np.ndarray, side: int = MODEL_SIDE
               ) -> tuple[tuple[int, int, int, int], np.ndarray, np.ndarray]:
    """The centre square's box, the square in RGB, and the square shrunk to side × side."""
    box = centre_square(frame)
    x, y, w, h = box
    crop = cv2.cvtColor(np.ascontiguousarray(frame[y:y + h, x:x + w]), cv2.COLOR_BGR2RGB)
    method = cv2.INTER_AREA if w > side else cv2.INTER_NEAREST
    small = cv2.resize(crop, (side, side), interpolation=method)
    return box, crop, small


def read_object(frame: np.ndarray, predictor: Any = None) -> ObjectReading:
    """The centre square of a BGR frame, and the predictor's probabilities for it (if any).

    The predictor is an ``engine.models.predictor.Predictor`` of a colour model; it is given the
    32 × 32 photo as uint8 RGB, as the model's data set gave it its photos.
    """
    side = MODEL_SIDE if predictor is None else int(predictor.spec.height)
    box, crop, small = model_view(frame, side)
    probabilities = None if predictor is None else np.asarray(predictor.probabilities(small))
    return ObjectReading(box, crop, small, probabilities)


def demo_frame(photo: np.ndarray, size: tuple[int, int] = (640, 480)) -> np.ndarray:
    """A generated camera frame (BGR, ``size`` = (width, height)) with ``photo`` (RGB) enlarged
    to fill its centre square and a dark striped background around it: what a camera pointed
    at a printed CIFAR-10 photo would give, for tests, screenshots and the preview runner."""
    width, height = size
    frame = np.full((height, width, 3), 60, np.uint8)
    frame[:, ::16] = 90  # stripes: the sides are not blank, so the crop is seen to matter
    x, y, side, _ = centre_square(frame)
    enlarged = cv2.resize(np.ascontiguousarray(photo), (side, side),
                          interpolation=cv2.INTER_CUBIC)
    frame[y:y + side, x:x + side] = cv2.cvtColor(enlarged, cv2.COLOR_RGB2BGR)
    return frame
