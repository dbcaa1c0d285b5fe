"""Dataset folder layouts: a folder of MNIST-style IDX files, and MNIST split into npz parts.

The parts layout keeps each file small: ``mnist_train_part0.npz`` … ``mnist_train_partK.npz``
plus ``mnist_test.npz``, each holding ``x`` and ``y``; concatenated in order, the parts are the
training set (MNIST in six parts of 10,000 is the official training set, in its order).
"""

import os
from pathlib import Path

import numpy as np

from engine.datasets.base import DIGITS, Dataset, DatasetError, numbered_class_names
from engine.datasets.formats import pair_from_arrays, read_idx_pair, read_npz


def find_idx_files(folder: Path, prefix: str) -> tuple[Path, Path] | None:
    """The (images, labels) IDX files of ``prefix`` ("train" or "t10k") in ``folder``, if any.

    Accepts the official names (``train-images-idx3-ubyte``), the dotted variant some mirrors
    use (``train-images.idx3-ubyte``), each with or without ``.gz``.
    """
    found = []
    for kind, dims in (("images", 3), ("labels", 1)):
        candidates = [folder / f"{prefix}-{kind}{sep}idx{dims}-ubyte{gz}"
                      for sep in ("-", ".") for gz in ("", ".gz")]
        found.append(next((path for path in candidates if path.is_file()), None))
    images, labels = found
    if images is None and labels is None:
        return None
    if images is None or labels is None:
        present, absent = (images, "labels") if labels is None else (labels, "images")
        raise DatasetError(f"{present}: the matching {prefix} {absent} file is missing from "
                           f"{folder}.")
    return images, labels


def load_idx_pair(folder: str | os.PathLike[str]) -> Dataset:
    """Load a folder holding MNIST-style IDX files: train-* (required) and t10k-* (optional)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DatasetError(f"{folder}: no such folder.")
    train = find_idx_files(folder, "train")
    if train is None:
        raise DatasetError(f"{folder}: no train-images-idx3-ubyte[.gz] and "
                           "train-labels-idx1-ubyte[.gz] files here.")
    x_train, y_train = read_idx_pair(*train)
    test = find_idx_files(folder, "t10k")
    x_test, y_test = read_idx_pair(*test) if test else (None, None)
    names = numbered_class_names(y_train, y_test)
    return Dataset(name=folder.resolve().name, source=str(folder), x_train=x_train,
                   y_train=y_train, x_test=x_test, y_test=y_test,
                   class_names=names, class_names_pt=list(names))


PARTS_TRAIN = "mnist_train_part{}.npz"
PARTS_FIRST = PARTS_TRAIN.format(0)
PARTS_TEST = "mnist_test.npz"


def mnist_parts(folder: Path) -> list[Path]:
    """The numbered training parts of the parts layout, checking none is missing."""
    count = len(list(folder.glob(PARTS_TRAIN.format("*"))))
    parts = [folder / PARTS_TRAIN.format(k) for k in range(count)]
    missing = [part for part in parts if not part.is_file()]
    if missing:
        raise DatasetError(f"{missing[0]}: this part is missing; the parts must be numbered "
                           f"0 to {count - 1} without gaps.")
    return parts


def load_mnist_parts(folder: str | os.PathLike[str]) -> Dataset:
    """MNIST stored as ``mnist_train_part0..k.npz`` + ``mnist_test.npz``, each with ``x``, ``y``.

    The parts are concatenated in order, which gives the original training order.
    """
    folder = Path(folder)
    parts = mnist_parts(folder) if folder.is_dir() else []
    if not parts:
        raise DatasetError(f"{folder}: no {PARTS_TRAIN.format(0)} here (expected the parts "
                           f"{PARTS_TRAIN.format('0')}, {PARTS_TRAIN.format('1')}, … and "
                           f"{PARTS_TEST}).")
    train = [_plain_pair(part) for part in parts]
    x_test, y_test = _plain_pair(folder / PARTS_TEST)
    x_train = np.concatenate([x for x, _ in train])
    y_train = np.concatenate([y for _, y in train])
    dataset = Dataset(name="MNIST", source=str(folder), x_train=x_train, y_train=y_train,
                      x_test=x_test, y_test=y_test, class_names=DIGITS,
                      class_names_pt=list(DIGITS))
    dataset.description = (f"The MNIST handwritten digits: {len(x_train):,} training and "
                           f"{len(x_test):,} test images of 28×28 pixels.")
    return dataset


def _plain_pair(path: Path) -> tuple[np.ndarray, np.ndarray]:
    arrays = read_npz(path)
    x, y = pair_from_arrays(arrays, path, "x", "y")
    if x.shape[1:] != (28, 28):
        raise DatasetError(f"{path}: the images are {x.shape[1:]}, not MNIST's 28×28.")
    return x, y
