"""CIFAR-10 test photos one at a time, for the image lessons' picture lists.

The lessons ("Imagens", "Convolução 3D") offer real 32 × 32 photos beside their sample photos.
Decoding all 60,000 photos takes seconds (``load_cifar10``); a lesson needs one, so only the
10,000 test photos' JPEG bytes are read (once, kept: about 9 MB) and a photo is decoded when
asked for, in well under a millisecond.

A photo is named by its index in ``load_cifar10().x_test`` (the shipped fixed shuffled order),
so index 7 here is the same photo as test photo 7 in the Activations and Evaluation tabs. In an
activity file it travels as the key ``"cifar10:7"``.
"""

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from engine.datasets.base import DatasetError
from engine.datasets.cifar import CIFAR_TEST, cifar_path, decode_jpegs, photo_order

KEY_PREFIX = "cifar10:"


@dataclass(frozen=True)
class _TestPhotos:
    blob: np.ndarray  # every test photo's JPEG bytes, end to end (stored, class-sorted order)
    offsets: np.ndarray  # photo i (stored order) is blob[offsets[i]:offsets[i + 1]]
    stored: np.ndarray  # shuffled index → stored index, as load_cifar10 orders them
    labels: np.ndarray  # the class of each photo, in the shuffled order


@lru_cache(maxsize=1)
def _test_photos() -> _TestPhotos:
    path = cifar_path()
    try:
        with np.load(path, allow_pickle=False) as archive:
            blob, offsets = archive["test_jpeg"], archive["test_offsets"]
            labels = np.asarray(archive["test_y"], dtype=np.uint8)
    except (OSError, KeyError, ValueError) as error:
        raise DatasetError(f"{path}: the CIFAR-10 file cannot be read ({error}); reinstall "
                           "CNN Lab.", DatasetError.DAMAGED) from error
    order = photo_order(len(labels))  # index i here is load_cifar10().x_test[i]
    return _TestPhotos(blob, offsets, order, labels[order])


def available() -> bool:
    """Whether the shipped CIFAR-10 file is there (a broken install lists no photos)."""
    return cifar_path().is_file()


def photo_count() -> int:
    return CIFAR_TEST


def _checked(index: int) -> int:
    if not 0 <= index < CIFAR_TEST:
        raise KeyError(f"No CIFAR-10 test photo {index}: they are numbered 0 to "
                       f"{CIFAR_TEST - 1}.")
    return index


def photo(index: int) -> np.ndarray:
    """Test photo ``index`` as (32, 32, 3) uint8 RGB."""
    photos = _test_photos()
    stored = int(photos.stored[_checked(index)])
    return decode_jpegs(photos.blob, photos.offsets[stored:stored + 2], cifar_path())[0]


def label(index: int) -> int:
    """The class (0–9) of test photo ``index``."""
    return int(_test_photos().labels[_checked(index)])


def of_class(class_index: int) -> np.ndarray:
    """The indices of every test photo of one class, in order."""
    return np.flatnonzero(_test_photos().labels == class_index)


def first_of_class(class_index: int) -> int:
    """The photo a list offers for a class: its first test photo."""
    return int(of_class(class_index)[0])


def step_in_class(index: int, step: int) -> int:
    """The next (step 1) or previous (−1) test photo of the same class, wrapping around."""
    same = of_class(label(index))
    where = int(np.searchsorted(same, index))
    return int(same[(where + step) % len(same)])


def key_of(index: int) -> str:
    return f"{KEY_PREFIX}{_checked(index)}"


def index_of(key: object) -> int | None:
    """The photo a key names ("cifar10:7" → 7); None when it names no CIFAR-10 test photo."""
    if not isinstance(key, str) or not key.startswith(KEY_PREFIX):
        return None
    digits = key[len(KEY_PREFIX):]
    if not digits.isdigit() or not 0 <= int(digits) < CIFAR_TEST or digits != str(int(digits)):
        return None
    return int(digits)
