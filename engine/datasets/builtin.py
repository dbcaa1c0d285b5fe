"""The datasets CNN Lab knows by name: MNIST, its quick sample, and Fashion-MNIST.

- MNIST (all 70,000 digits) ships with the app as ``resources/data/mnist.npz`` (Keras'
  layout; see ``resources/data/README.md`` for its provenance, checksums and licence).
- The sample is a fixed subset of MNIST's *training* images, derived from that file: the first
  500 of each digit in the file's order (so it can never hold a test digit). It is cached as
  ``.npz`` in ``app_data_dir()/cache`` (decompressing the whole of MNIST takes about half a
  second; the cache reloads in a few milliseconds).
- Fashion-MNIST comes from the Debian package ``dataset-fashion-mnist`` (IDX files).
"""

import dataclasses
import os
from pathlib import Path

import numpy as np

from engine.datasets.base import (
    DIGITS,
    SPLIT_SEED,
    Dataset,
    DatasetError,
    stratified_split,
)
from engine.datasets.formats import (
    IDX_IMAGES_MAGIC,
    IDX_LABELS_MAGIC,
    load_npz,
    npz_shapes,
    pair_from_arrays,
    read_idx_dims,
    read_npz,
)
from engine.datasets.layouts import PARTS_FIRST, PARTS_TEST, find_idx_files, load_idx_pair
from engine.datasets.layouts import mnist_parts as _mnist_parts
from engine.paths import app_data_dir, atomic_output, ensure_dir
from resources import resource_path

MNIST_TRAIN, MNIST_TEST = 60_000, 10_000
MNIST_FILE = "mnist.npz"
# How the shipped MNIST is named in model cards and summaries: the project's own path, not
# wherever an installation happens to put it.
MNIST_SOURCE = "resources/data/mnist.npz"

SAMPLE_NAME = "MNIST sample (5,000 digits)"
SAMPLE_SOURCE = "built-in sample (the first 500 training images of each digit of MNIST)"
# A new name for a new content: caches of the older sample (mnist_5k.npz) are left alone.
SAMPLE_CACHE = "mnist_sample_first500.npz"
SAMPLE_PER_DIGIT = 500
SAMPLE_SHAPE = (10 * SAMPLE_PER_DIGIT, 28, 28)
SAMPLE_TEST_FRACTION = 0.2  # 4,000 to train, 1,000 to check: 400 and 100 of each digit

FASHION_DIR = Path("/usr/share/datasets/fashion-mnist")
FASHION_NAMES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
                 "Sneaker", "Bag", "Ankle boot"]
FASHION_NAMES_PT = ["Camiseta", "Calça", "Pulôver", "Vestido", "Casaco", "Sandália", "Camisa",
                    "Tênis", "Bolsa", "Bota"]


def datasets_dir() -> Path:
    """Where imported datasets live: ``app_data_dir()/datasets``."""
    return app_data_dir() / "datasets"


# --- MNIST, shipped --------------------------------------------------------------------------

def mnist_path() -> Path:
    """The MNIST that ships with CNN Lab (``resources/data/mnist.npz``)."""
    return resource_path("data", MNIST_FILE)


def load_mnist() -> Dataset:
    """All of MNIST: 60,000 training and 10,000 test digits, from the shipped file.

    A missing or damaged file (a broken installation) raises DatasetError naming it.
    """
    path = mnist_path()
    if not path.is_file():
        raise DatasetError(f"{path}: the MNIST file that ships with CNN Lab is missing; "
                           "reinstall CNN Lab.")
    return dataclasses.replace(as_mnist(load_npz(path)), source=MNIST_SOURCE)


# --- the built-in sample --------------------------------------------------------------------

def sample_indices(y_train: np.ndarray) -> np.ndarray:
    """The sample's positions in MNIST's training set: the first 500 of each digit, sorted."""
    picked = [np.flatnonzero(y_train == digit)[:SAMPLE_PER_DIGIT] for digit in range(10)]
    return np.sort(np.concatenate(picked))


def _sample_arrays() -> tuple[np.ndarray, np.ndarray]:
    cache = app_data_dir() / "cache" / SAMPLE_CACHE
    if cache.is_file():
        try:
            x, y = pair_from_arrays(read_npz(cache), cache, "x", "y")
            if x.shape == SAMPLE_SHAPE:
                return x, y
        except DatasetError:
            pass  # a damaged cache is simply rebuilt below
    mnist = load_mnist()
    keep = sample_indices(mnist.y_train)
    x, y = mnist.x_train[keep], mnist.y_train[keep]
    try:
        ensure_dir(cache.parent)
        with atomic_output(cache) as temporary:
            np.savez_compressed(temporary, x=x, y=y)
    except OSError:
        pass  # a read-only home folder only costs deriving the sample again next time
    return x, y


def load_sample() -> Dataset:
    """The quick sample: 5,000 MNIST training digits, split (always the same way) 4,000 + 1,000."""
    x, y = _sample_arrays()
    train, test = stratified_split(y, SAMPLE_TEST_FRACTION, SPLIT_SEED)
    return Dataset(name=SAMPLE_NAME, source=SAMPLE_SOURCE, x_train=x[train], y_train=y[train],
                   x_test=x[test], y_test=y[test], class_names=list(DIGITS),
                   class_names_pt=list(DIGITS), is_sample=True,
                   description="A quick sample of MNIST: its first 500 training images of each "
                               "digit (5,000), 4,000 to train and 1,000 to test. The full "
                               "MNIST has 70,000 images and gives better models.")


# --- Fashion-MNIST ---------------------------------------------------------------------------

def fashion_available(folder: str | os.PathLike[str] = FASHION_DIR) -> bool:
    """True if the Fashion-MNIST training files are in ``folder``."""
    try:
        return Path(folder).is_dir() and find_idx_files(Path(folder), "train") is not None
    except DatasetError:
        return False


def load_fashion_mnist(folder: str | os.PathLike[str] = FASHION_DIR) -> Dataset:
    """Fashion-MNIST (Zalando): 60,000 + 10,000 grey 28×28 pictures of 10 kinds of clothing."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DatasetError(f"{folder}: Fashion-MNIST is not installed here (on Debian or "
                           "Ubuntu: sudo apt-get install dataset-fashion-mnist).")
    dataset = load_idx_pair(folder)
    return dataclasses.replace(
        dataset, name="Fashion-MNIST", class_names=list(FASHION_NAMES),
        class_names_pt=list(FASHION_NAMES_PT),
        description="Zalando's Fashion-MNIST: 28×28 grey pictures of clothes, shoes and bags, "
                    "in 10 classes; harder than the digits.")


def fashion_size(folder: Path = FASHION_DIR) -> int:
    """Number of Fashion-MNIST images, from the IDX headers (0 if unreadable)."""
    total = 0
    for prefix in ("train", "t10k"):
        try:
            files = find_idx_files(folder, prefix)
            total += read_idx_dims(files[0])[1][0] if files else 0
        except (DatasetError, IndexError):
            return 0
    return total


# --- recognising MNIST in other layouts ----------------------------------------------------

def is_full_mnist(path: Path) -> bool:
    """Whether ``path`` (a Keras .npz, a folder of IDX files or of npz parts) is all of MNIST."""
    try:
        if path.is_file():
            return _npz_is_full_mnist(path)
        if path.is_dir() and (path / PARTS_FIRST).is_file():
            return _parts_are_full_mnist(path)
        if path.is_dir():
            return _idx_is_full_mnist(path)
    except (DatasetError, KeyError, IndexError):
        pass
    return False


def _npz_is_full_mnist(path: Path) -> bool:
    shapes = npz_shapes(path)
    return (shapes.get("x_train") == (MNIST_TRAIN, 28, 28) and shapes.get("y_train") ==
            (MNIST_TRAIN,) and shapes.get("x_test") == (MNIST_TEST, 28, 28)
            and shapes.get("y_test") == (MNIST_TEST,))


def _parts_are_full_mnist(folder: Path) -> bool:
    train = [npz_shapes(part) for part in _mnist_parts(folder)]
    test = npz_shapes(folder / PARTS_TEST)
    shapes_ok = all(s["x"][1:] == (28, 28) and s["y"] == s["x"][:1] for s in [*train, test])
    return (shapes_ok and sum(s["x"][0] for s in train) == MNIST_TRAIN
            and test["x"][0] == MNIST_TEST)


def _idx_is_full_mnist(folder: Path) -> bool:
    for prefix, count in (("train", MNIST_TRAIN), ("t10k", MNIST_TEST)):
        files = find_idx_files(folder, prefix)
        if files is None:
            return False
        if (read_idx_dims(files[0]) != (IDX_IMAGES_MAGIC, (count, 28, 28))
                or read_idx_dims(files[1]) != (IDX_LABELS_MAGIC, (count,))):
            return False
    return True


def as_mnist(dataset: Dataset) -> Dataset:
    """The same data named and described as the full MNIST."""
    return dataclasses.replace(
        dataset, name="MNIST", class_names=list(DIGITS), class_names_pt=list(DIGITS),
        is_sample=False,
        description="The MNIST handwritten digits: 60,000 training and 10,000 test images of "
                    "28×28 pixels (Yann LeCun, Corinna Cortes, Christopher J. C. Burges; "
                    "CC BY-SA 3.0).")
