"""Sample photos for the image lessons, shipped in ``resources/photos`` and read with OpenCV.

They are classic test pictures (the astronaut, the cameraman, coffee, a cat, bricks, …), copied
from scikit-image's ``skimage/data``; ``resources/photos/LICENSE.md`` gives each one's origin
and licence (public domain or CC0).
"""

from pathlib import Path

import numpy as np

from engine.datasets.folder import read_image
from resources import resource_path

# (key, file): the photos the lessons offer, in the order they are offered. Colour photos
# first (the channel lessons need R, G and B), then grey ones with clear edges.
SAMPLE_PHOTOS = (
    ("astronaut", "astronaut.png"),
    ("coffee", "coffee.png"),
    ("chelsea", "chelsea.png"),
    ("camera", "camera.png"),
    ("brick", "brick.png"),
    ("coins", "coins.png"),
    ("text", "text.png"),
)


class SampleMissingError(FileNotFoundError):
    """A sample photo is missing from the installation (a broken install)."""


def samples_folder() -> Path:
    """Where the sample photos ship: ``resources/photos``."""
    return resource_path("photos")


def available_samples() -> list[str]:
    """Keys of the sample photos present, in the offered order (all of them, unless the
    installation is broken)."""
    folder = samples_folder()
    return [key for key, name in SAMPLE_PHOTOS if (folder / name).is_file()]


def load_sample_photo(key: str) -> np.ndarray:
    """One sample photo as uint8 RGB (H, W, 3) or grey (H, W)."""
    names = dict(SAMPLE_PHOTOS)
    if key not in names:
        raise KeyError(f"No sample photo {key!r}; the samples are {list(names)}.")
    path = samples_folder() / names[key]
    if not path.is_file():
        raise SampleMissingError(f"{path}: this sample photo is missing; reinstall CNN Lab.")
    return read_image(path)
