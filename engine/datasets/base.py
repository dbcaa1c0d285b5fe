"""The :class:`Dataset` record, its error, and the checks every loader shares.

Pixel conversion rule (applied by :func:`as_uint8_images` to whatever a file holds):

- ``uint8``: kept as is.
- other integers (and booleans): kept as pixel values if they all lie in 0…255.
- floats: if every value lies in 0…1 they are taken as the 0…1 scale Keras tutorials use
  (``x / 255``) and multiplied by 255; otherwise, if they lie in 0…255, they are taken as
  pixel values. Both are rounded to the nearest whole number. (An image whose float pixels
  are all ≤ 1 is therefore read as 0…1 scale — the only sensible reading of such a file.)
- negative values, values above 255, NaN or infinity, text: refused with a DatasetError.

Shapes: ``(N, H, W)`` grey or ``(N, H, W, 3)`` colour. ``(N, H, W, 1)`` is stored as
``(N, H, W)``, and flat rows ``(N, H·H)`` of a square image (784 = 28×28) are reshaped.
Labels must be whole numbers ≥ 0; one-hot rows (``keras.utils.to_categorical``) are turned back
into class numbers.
"""

from dataclasses import dataclass, field
from math import isqrt

import numpy as np

DIGITS = [str(digit) for digit in range(10)]
MAX_CLASSES = 1000  # more "classes" than this means the labels are not labels
SPLIT_SEED = 20240  # fixed, so that every machine in the lab holds out the same images


class DatasetError(ValueError):
    """A dataset file or folder that CNN Lab cannot use, explained in plain words.

    The message names the file or folder and says what is wrong with it, in English (the CLI
    and logs). ``kind`` lets the interface say it in its own language, with the message kept
    as the details; ``where`` is the file or folder at fault.
    """

    OTHER = "other"
    NOT_FOUND = "not-found"  # no such file or folder
    NOT_A_DATASET = "not-a-dataset"  # a file or folder of another kind than the app reads
    NO_IMAGES = "no-images"  # a class folder without a single image
    NOT_AN_IMAGE = "not-an-image"  # an image file that cannot be decoded
    NO_ARRAYS = "no-arrays"  # an .npz without x_train/y_train or x/y
    DAMAGED = "damaged"  # cannot be read: damaged, truncated, no permission

    def __init__(self, message: str, kind: str = OTHER) -> None:
        super().__init__(message)
        self.kind = kind
        self.where = message.split(": ", 1)[0] if ": " in message else ""


def numbered_class_names(*labels: np.ndarray | None) -> list[str]:
    """Class names "0", "1", … up to the largest label found (for files without names)."""
    largest = max((int(y.max()) for y in labels if y is not None and y.size), default=-1)
    return [str(label) for label in range(largest + 1)]


def _fail(where: object, problem: str) -> DatasetError:
    return DatasetError(f"{where}: {problem}")


def as_uint8_images(values: np.ndarray, where: object, key: str) -> np.ndarray:
    """Images as uint8 ``(N, H, W)`` or ``(N, H, W, 3)`` following the module's rule."""
    array = _pixels_to_uint8(np.asarray(values), where, key)
    if array.ndim == 2 and array.shape[1] > 1 and isqrt(array.shape[1]) ** 2 == array.shape[1]:
        side = isqrt(array.shape[1])
        array = array.reshape(len(array), side, side)
    if array.ndim == 4 and array.shape[-1] == 1:
        array = array[..., 0]
    if array.ndim not in (3, 4) or (array.ndim == 4 and array.shape[-1] != 3):
        raise _fail(where, f"'{key}' has shape {array.shape}, which is not a stack of images; "
                           "expected (count, height, width) for grey images or "
                           "(count, height, width, 3) for colour ones.")
    if 0 in array.shape[1:]:
        raise _fail(where, f"'{key}' holds images of size {array.shape[1:]}, with no pixels.")
    return array


def _pixels_to_uint8(array: np.ndarray, where: object, key: str) -> np.ndarray:
    if array.dtype == np.uint8:
        return array
    if not (np.issubdtype(array.dtype, np.integer) or np.issubdtype(array.dtype, np.floating)
            or array.dtype == np.bool_):
        raise _fail(where, f"'{key}' holds {array.dtype} values, not pixel numbers.")
    if array.size == 0:
        return array.astype(np.uint8)
    if array.dtype.kind == "f" and not np.isfinite(array).all():
        raise _fail(where, f"'{key}' contains NaN or infinite values, which are not pixels.")
    low, high = array.min(), array.max()
    if low < 0 or high > 255:
        raise _fail(where, f"'{key}' has pixel values from {low} to {high}; pixels must lie "
                           "between 0 and 255 (or between 0 and 1).")
    if array.dtype.kind == "f":
        scaled = array * 255.0 if high <= 1.0 else array
        return np.rint(scaled).astype(np.uint8)
    return array.astype(np.uint8)


def as_labels(values: np.ndarray, where: object, key: str) -> np.ndarray:
    """Class numbers as a flat int64 array (one-hot rows are decoded)."""
    array = np.asarray(values)
    if array.ndim == 2 and array.shape[1] == 1:
        array = array[:, 0]
    elif array.ndim == 2 and _is_one_hot(array):
        array = array.argmax(axis=1)
    if array.ndim != 1:
        raise _fail(where, f"'{key}' has shape {array.shape}; labels must be one class number "
                           "per image.")
    if array.size and not (np.issubdtype(array.dtype, np.integer)
                           or np.issubdtype(array.dtype, np.floating)):
        raise _fail(where, f"'{key}' holds {array.dtype} values; labels must be class numbers.")
    if array.dtype.kind == "f" and (not np.isfinite(array).all()
                                    or np.any(array != np.round(array))):
        raise _fail(where, f"'{key}' contains fractions; labels must be whole class numbers.")
    labels = array.astype(np.int64)
    if labels.size and labels.min() < 0:
        raise _fail(where, f"'{key}' contains the negative label {labels.min()}; classes are "
                           "numbered 0, 1, 2, …")
    if labels.size and labels.max() >= MAX_CLASSES:
        raise _fail(where, f"'{key}' contains the label {labels.max()}; CNN Lab handles at most "
                           f"{MAX_CLASSES} classes, so these do not look like class numbers.")
    return labels


def _is_one_hot(array: np.ndarray) -> bool:
    numeric = np.issubdtype(array.dtype, np.number)
    return bool(numeric and array.size and np.isin(array, (0, 1)).all()
                and (array.sum(axis=1) == 1).all())


def stratified_split(labels: np.ndarray, test_fraction: float, seed: int
                     ) -> tuple[np.ndarray, np.ndarray]:
    """Indices (train, test): each class loses ``test_fraction`` of its images to the test set.

    Deterministic for a given seed. Every class with at least two images keeps at least one
    image on each side. Indices are returned sorted, so the original order is kept.
    """
    if not 0.0 < test_fraction < 1.0:
        raise ValueError(f"The test fraction must be between 0 and 1, got {test_fraction}.")
    rng = np.random.default_rng(seed)
    train, test = [], []
    for label in np.unique(labels):
        members = rng.permutation(np.flatnonzero(labels == label))
        count = round(len(members) * test_fraction)
        if len(members) >= 2:
            count = min(max(count, 1), len(members) - 1)
        test.append(members[:count])
        train.append(members[count:])
    return np.sort(np.concatenate(train)), np.sort(np.concatenate(test))


@dataclass(eq=False)  # eq=False: comparing NumPy arrays with == gives arrays, not a bool
class Dataset:
    """Images and labels ready for training, validated on creation.

    ``x_*`` are uint8 ``(N, H, W)`` (grey) or ``(N, H, W, 3)`` (RGB); ``y_*`` are int64 class
    numbers ``0 … num_classes − 1``. ``x_test``/``y_test`` are both None when the source had
    no test split. ``source`` says where the data came from (a path; for MNIST and its
    sample, the shipped file).
    """

    name: str
    source: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray | None
    y_test: np.ndarray | None
    class_names: list[str]
    class_names_pt: list[str]
    is_sample: bool = False
    description: str = field(default="")

    def __post_init__(self) -> None:
        where = self.source
        self.class_names = [str(name) for name in self.class_names]
        self.class_names_pt = [str(name) for name in self.class_names_pt]
        if not self.class_names:
            raise _fail(where, "the dataset has no classes.")
        if len(self.class_names_pt) != len(self.class_names):
            raise _fail(where, f"{len(self.class_names)} English class names but "
                               f"{len(self.class_names_pt)} Portuguese ones.")
        if (self.x_test is None) != (self.y_test is None):
            raise _fail(where, "the test set has images without labels or labels without "
                               "images.")
        self.y_train = self._check_split(self.x_train, self.y_train, "training")
        if self.x_test is not None:
            self.y_test = self._check_split(self.x_test, self.y_test, "test")
            if self.x_test.shape[1:] != self.x_train.shape[1:]:
                raise _fail(where, f"the training images are {_shape_text(self.x_train)} but "
                                   f"the test images are {_shape_text(self.x_test)}.")

    def _check_split(self, x: np.ndarray, y: object, split: str) -> np.ndarray:
        where = self.source
        if not isinstance(x, np.ndarray) or x.dtype != np.uint8:
            kind = getattr(x, "dtype", type(x).__name__)
            raise _fail(where, f"the {split} images must be uint8 pixels (0…255), got {kind}.")
        if x.ndim not in (3, 4) or (x.ndim == 4 and x.shape[-1] not in (1, 3)):
            raise _fail(where, f"the {split} images have shape {x.shape}; expected (count, "
                               "height, width) or (count, height, width, 3).")
        labels = np.asarray(y)
        if labels.ndim != 1 or not (np.issubdtype(labels.dtype, np.integer) or labels.size == 0):
            raise _fail(where, f"the {split} labels must be a flat list of whole class numbers, "
                               f"got {labels.dtype} of shape {labels.shape}.")
        if len(labels) != len(x):
            raise _fail(where, f"{len(x)} {split} images but {len(labels)} {split} labels; "
                               "there must be exactly one label per image.")
        if len(x) == 0 and split == "training":
            raise _fail(where, "the training set has no images.")
        if labels.size and (labels.min() < 0 or labels.max() >= self.num_classes):
            bad = labels.min() if labels.min() < 0 else labels.max()
            raise _fail(where, f"the {split} labels contain {bad}, but the classes are numbered "
                               f"0 to {self.num_classes - 1} ({self.num_classes} classes).")
        return labels.astype(np.int64, copy=False)

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    @property
    def image_shape(self) -> tuple[int, ...]:
        """Shape of one image: (H, W) or (H, W, C)."""
        return tuple(self.x_train.shape[1:])

    @property
    def has_test(self) -> bool:
        return self.x_test is not None

    def class_counts(self, split: str = "train") -> np.ndarray:
        """How many images each class has in the "train" or "test" split."""
        if split not in ("train", "test"):
            raise ValueError(f"split must be 'train' or 'test', got {split!r}.")
        labels = self.y_train if split == "train" else self.y_test
        if labels is None:
            raise ValueError(f"{self.name} has no test split.")
        return np.bincount(labels, minlength=self.num_classes)

    def summary(self) -> str:
        """A few lines describing the dataset, for the CLI and the GUI's information panel."""
        kind = "colour" if self.x_train.ndim == 4 else "grey"
        lines = [f"{self.name} ({self.source})",
                 f"Training: {len(self.x_train):,} {kind} images of {_size_text(self.x_train)}"]
        if self.has_test:
            lines.append(f"Test: {len(self.x_test):,} images")
        else:
            lines.append("Test: none (hold out part of the training set)")
        counts = self.class_counts("train")
        pairs = ", ".join(f"{name} ({count:,})" for name, count in zip(self.class_names, counts,
                                                                      strict=True))
        lines.append(f"{self.num_classes} classes: {pairs}")
        if self.description:
            lines.append(self.description)
        return "\n".join(lines)


def _size_text(x: np.ndarray) -> str:
    return f"{x.shape[2]}×{x.shape[1]} pixels"  # width × height, as image viewers say


def _shape_text(x: np.ndarray) -> str:
    channels = f"×{x.shape[3]}" if x.ndim == 4 else ""
    return f"{x.shape[1]}×{x.shape[2]}{channels}"


def dark_on_light_fraction(images: np.ndarray) -> float:
    """The share of grey images drawn dark on a light background (0.0 for colour images).

    MNIST and the app's models want light strokes on black. An image's background is read
    from its border (the outer eighth on each side): light there means dark ink on paper.
    Colour photos have no background colour to speak of, so they are not judged.
    """
    images = np.asarray(images)
    if images.ndim != 3 or not len(images):
        return 0.0
    height, width = images.shape[1:]
    band_h, band_w = max(1, height // 8), max(1, width // 8)
    border = np.concatenate([images[:, :band_h].reshape(len(images), -1),
                             images[:, -band_h:].reshape(len(images), -1),
                             images[:, :, :band_w].reshape(len(images), -1),
                             images[:, :, -band_w:].reshape(len(images), -1)], axis=1)
    return float(np.mean(np.median(border, axis=1) > 127))
