"""CIFAR-10, shipped: 60,000 colour photos of 32 × 32 pixels in ten classes.

``resources/data/cifar10_jpeg.npz`` keeps each photo as the JPEG file it came as (56 MB instead
of 180 MB of raw pixels), end to end with offsets, so that nothing pickled is read. OpenCV
decodes all 60,000 in under two seconds on a lab PC, which is quicker than reading the raw
pixels would be from a compressed file, so no decoded copy is cached.

The file stores the photos sorted by class. They are put in a fixed random order here (the
same on every machine), so that any first-N slice, any validation split and any preview mixes
the ten classes.
"""

import itertools
from pathlib import Path

import numpy as np

from engine.datasets.base import Dataset, DatasetError
from resources import resource_path

CIFAR_FILE = "cifar10_jpeg.npz"
CIFAR_KEY = "cifar10"
CIFAR_KEYS = ("cifar10", "cifar-10", "cifar")
CIFAR_NAME = "CIFAR-10"
CIFAR_SOURCE = "resources/data/cifar10_jpeg.npz"
CIFAR_TRAIN, CIFAR_TEST = 50_000, 10_000
CIFAR_SHAPE = (32, 32, 3)
CIFAR_NAMES = ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship",
               "truck"]
CIFAR_NAMES_PT = ["avião", "automóvel", "pássaro", "gato", "cervo", "cachorro", "sapo", "cavalo",
                  "navio", "caminhão"]
CIFAR_CREDIT = ("CIFAR-10 by Alex Krizhevsky, Vinod Nair and Geoffrey Hinton (\"Learning "
                "Multiple Layers of Features from Tiny Images\", 2009).")
ORDER_SEED = 10  # the fixed order of the photos; changing it changes every split


def cifar_path() -> Path:
    """The CIFAR-10 that ships with CNN Lab."""
    return resource_path("data", CIFAR_FILE)


def decode_jpegs(blob: np.ndarray, offsets: np.ndarray, where: object) -> np.ndarray:
    """(N, H, W, 3) uint8 RGB from JPEG files stored end to end (image i is
    ``blob[offsets[i]:offsets[i + 1]]``)."""
    import cv2

    images = []
    for start, end in itertools.pairwise(offsets):
        bgr = cv2.imdecode(blob[start:end], cv2.IMREAD_COLOR)
        if bgr is None or bgr.shape != CIFAR_SHAPE:
            raise DatasetError(f"{where}: photo {len(images)} cannot be decoded; the file is "
                               "damaged. Reinstall CNN Lab.", DatasetError.DAMAGED)
        images.append(bgr)
    if not images:
        return np.zeros((0, *CIFAR_SHAPE), np.uint8)
    return np.ascontiguousarray(np.stack(images)[..., ::-1])  # OpenCV decodes to BGR


def photo_order(count: int) -> np.ndarray:
    """The fixed order of a split of ``count`` photos: position i holds stored photo order[i].

    Everything that numbers CIFAR-10 photos (the lessons' picker reads one photo at a time)
    asks here, so that photo 7 is the same photo in every view.
    """
    return np.random.default_rng([ORDER_SEED, count]).permutation(count)


def _split(archive: np.lib.npyio.NpzFile, split: str, where: object
           ) -> tuple[np.ndarray, np.ndarray]:
    x = decode_jpegs(archive[f"{split}_jpeg"], archive[f"{split}_offsets"], where)
    y = np.asarray(archive[f"{split}_y"], dtype=np.uint8)
    if len(y) != len(x):
        raise DatasetError(f"{where}: {len(x)} {split} photos but {len(y)} labels.",
                           DatasetError.DAMAGED)
    order = photo_order(len(x))
    return x[order], y[order]


def load_cifar10(path: Path | None = None) -> Dataset:
    """All of CIFAR-10: 50,000 training and 10,000 test photos, in a fixed shuffled order."""
    path = path or cifar_path()
    if not path.is_file():
        raise DatasetError(f"{path}: the CIFAR-10 file that ships with CNN Lab is missing; "
                           "reinstall CNN Lab.", DatasetError.NOT_FOUND)
    try:
        with np.load(path, allow_pickle=False) as archive:
            x_train, y_train = _split(archive, "train", path)
            x_test, y_test = _split(archive, "test", path)
    except (OSError, KeyError, ValueError) as error:
        if isinstance(error, DatasetError):
            raise
        raise DatasetError(f"{path}: the CIFAR-10 file cannot be read ({error}); reinstall "
                           "CNN Lab.", DatasetError.DAMAGED) from error
    return Dataset(name=CIFAR_NAME, source=CIFAR_SOURCE, x_train=x_train, y_train=y_train,
                   x_test=x_test, y_test=y_test, class_names=list(CIFAR_NAMES),
                   class_names_pt=list(CIFAR_NAMES_PT),
                   description="CIFAR-10: 60,000 colour photos of 32×32 pixels in ten classes "
                               "(planes, cars, birds, cats, deer, dogs, frogs, horses, ships, "
                               "trucks); 50,000 to train and 10,000 to test. " + CIFAR_CREDIT)


def is_colour(dataset: Dataset) -> bool:
    """Whether the dataset's images have three channels."""
    return len(dataset.image_shape) == 3 and dataset.image_shape[2] == 3
