"""Sample photos for the image lessons: the pictures scikit-image ships, read with OpenCV.

scikit-image is a dependency only for its ``skimage/data`` folder of classic test photos
(the astronaut, the cameraman, coffee, a cat, bricks, …); it is never imported — finding the
package's folder is enough — so it costs nothing at start-up.
"""

import importlib.util
from pathlib import Path

import numpy as np

from engine.datasets_folder import read_image

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
    """The sample photos are not installed (scikit-image is missing or incomplete)."""


def samples_folder() -> Path | None:
    """scikit-image's data folder, found without importing scikit-image; None if absent."""
    spec = importlib.util.find_spec("skimage")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    return folder if folder.is_dir() else None


def available_samples() -> list[str]:
    """Keys of the sample photos present on this machine, in the offered order."""
    folder = samples_folder()
    if folder is None:
        return []
    return [key for key, name in SAMPLE_PHOTOS if (folder / name).is_file()]


def load_sample_photo(key: str) -> np.ndarray:
    """One sample photo as uint8 RGB (H, W, 3) or grey (H, W)."""
    names = dict(SAMPLE_PHOTOS)
    if key not in names:
        raise KeyError(f"No sample photo {key!r}; the samples are {list(names)}.")
    folder = samples_folder()
    if folder is None or not (folder / names[key]).is_file():
        raise SampleMissingError(f"The sample photo {names[key]} is not installed (it comes "
                                 "with the scikit-image package).")
    return read_image(folder / names[key])
