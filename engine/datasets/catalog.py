"""Datasets for CNN Lab: load, list and import them. Everything public is here.

Quick guide::

    load_dataset("mnist")            # all 70,000 MNIST digits, shipped with the app
    load_dataset("sample")           # 5,000 of MNIST's training digits, 4,000 train + 1,000 test
    load_dataset("fashion")          # Fashion-MNIST from the Debian package
    load_dataset("cifar10")          # all 60,000 CIFAR-10 colour photos, shipped with the app
    load_dataset("mydigits")         # the person's own labelled drawings
    (engine.datasets.my_digits) load_dataset("/path/to/x.npz")   # Keras layout or x/y; also IDX
    folders, class folders,
                                     # and MNIST in npz parts (mnist_train_part0.npz, …)
    import_dataset(path)             # validate + copy into app_data_dir()/datasets/
    available_datasets()             # what the GUI's chooser lists

Nothing is downloaded: MNIST and the sample come from ``resources/data/mnist.npz``, CIFAR-10
from ``resources/data/cifar10_jpeg.npz``.

Every problem with an input raises :class:`DatasetError` (a ValueError) whose message starts
with the file or folder it is about. The GUI and the CLI show that message as it is.
Names take precedence over paths: to load a folder called ``mnist`` in the current
directory, pass ``./mnist``.
"""

import dataclasses
import os
import re
from collections.abc import Callable
from pathlib import Path

from engine.datasets.base import Dataset, DatasetError, stratified_split
from engine.datasets.builtin import (
    FASHION_DIR,
    MNIST_FILE,
    MNIST_TEST,
    MNIST_TRAIN,
    SAMPLE_NAME,
    SAMPLE_SHAPE,
    datasets_dir,
    fashion_available,
    fashion_size,
    is_full_mnist,
    load_fashion_mnist,
    load_mnist,
    load_sample,
    mnist_path,
)
from engine.datasets.cifar import (
    CIFAR_KEY,
    CIFAR_KEYS,
    CIFAR_NAME,
    CIFAR_TEST,
    CIFAR_TRAIN,
    cifar_path,
    load_cifar10,
)
from engine.datasets.folder import load_image_folder
from engine.datasets.formats import load_idx, load_npz, npz_shapes, save_npz
from engine.datasets.layouts import (
    PARTS_FIRST,
    find_idx_files,
    load_idx_pair,
    load_mnist_parts,
)
from engine.datasets.my_digits import MY_DIGITS_KEY, MY_DIGITS_NAME, MyDigits
from engine.paths import app_data_dir, atomic_output, ensure_dir

__all__ = [
    "Dataset", "DatasetError", "DatasetInfo", "app_data_dir", "available_datasets",
    "datasets_dir", "fashion_available", "import_dataset", "imported_path", "is_full_mnist",
    "load_cifar10", "load_dataset", "load_fashion_mnist", "load_idx", "load_idx_pair",
    "load_image_folder", "load_mnist", "load_mnist_parts", "load_npz", "load_sample", "mnist_path",
    "stratified_split",
]

Progress = Callable[[float], None] | None
IMPORTED_PREFIX = "imported:"
FASHION_KEYS = ("fashion", "fashion-mnist", "fashion_mnist")


@dataclasses.dataclass(frozen=True)
class DatasetInfo:
    """One entry of the GUI's data chooser. ``load_dataset(info.key)`` loads it."""

    key: str            # "mnist", "sample", "fashion", "cifar10", "mydigits" or "imported:<stem>"
    name: str           # shown to the person
    size: int           # number of images, training + test
    is_sample: bool
    path: Path | None   # where it is stored (None for the sample, derived from MNIST)


def load_dataset(path_or_name: str | os.PathLike[str], progress: Progress = None,
                 **folder_options: object) -> Dataset:
    """Load by name ("mnist", "sample", "fashion", "cifar10", "mydigits", "imported:<name>") or
    by path.

    ``progress`` and ``folder_options`` (size, grayscale, test_fraction) go to
    :func:`load_image_folder` when the path is a folder of class folders.
    """
    key = str(path_or_name).strip().lower() if isinstance(path_or_name, str) else ""
    if key == "mnist":
        return load_mnist()
    if key == "sample":
        return load_sample()
    if key in FASHION_KEYS:
        return load_fashion_mnist()
    if key in CIFAR_KEYS:
        return load_cifar10()
    if key == MY_DIGITS_KEY:
        return MyDigits().as_dataset()
    if key.startswith(IMPORTED_PREFIX):
        stem = Path(str(path_or_name).strip()[len(IMPORTED_PREFIX):]).name
        return load_npz(datasets_dir() / f"{stem}.npz")
    return load_path(Path(path_or_name).expanduser(), progress, **folder_options)


def load_path(path: Path, progress: Progress = None, **folder_options: object) -> Dataset:
    """Recognise what ``path`` holds and load it (see :func:`load_dataset`)."""
    if path.is_file():
        if path.suffix.lower() == ".npz":
            return load_npz(path)
        if "idx" in path.name.lower() and find_idx_files(path.parent, "train"):
            return load_idx_pair(path.parent)
        raise DatasetError(f"{path}: CNN Lab cannot read this kind of file; choose an .npz "
                           "file or a folder (IDX files, or one sub-folder of images per "
                           "class).", DatasetError.NOT_A_DATASET)
    if path.is_dir():
        if (path / PARTS_FIRST).is_file():
            return load_mnist_parts(path)
        if find_idx_files(path, "train") is not None:
            return load_idx_pair(path)
        if (path / MNIST_FILE).is_file() and is_full_mnist(path / MNIST_FILE):
            return load_npz(path / MNIST_FILE)
        return load_image_folder(path, progress=progress, **folder_options)
    raise DatasetError(f"{path}: no such file or folder.", DatasetError.NOT_FOUND)


def available_datasets() -> list[DatasetInfo]:
    """What can be chosen: MNIST and its sample (both always there), Fashion-MNIST, CIFAR-10,
    "My digits" when it holds at least one digit, imported datasets.

    Reads file headers only (and counts the digit files), so it is quick. Imported files that
    cannot be read are left out.
    """
    infos = [DatasetInfo("mnist", "MNIST", MNIST_TRAIN + MNIST_TEST, False, mnist_path()),
             DatasetInfo("sample", SAMPLE_NAME, SAMPLE_SHAPE[0], True, None)]
    if fashion_available():
        infos.append(DatasetInfo("fashion", "Fashion-MNIST", fashion_size(), False,
                                 FASHION_DIR))
    if cifar_path().is_file():
        infos.append(DatasetInfo(CIFAR_KEY, CIFAR_NAME, CIFAR_TRAIN + CIFAR_TEST, False,
                                 cifar_path()))
    collection = MyDigits()
    collection_size = len(collection)
    if collection_size:
        infos.append(DatasetInfo(MY_DIGITS_KEY, MY_DIGITS_NAME, collection_size, False,
                                 collection.folder))
    folder = datasets_dir()
    for path in sorted(folder.glob("*.npz")) if folder.is_dir() else []:
        if path.name.startswith("."):
            continue
        info = _imported_info(path)
        if info is not None:
            infos.append(info)
    return infos


def _imported_info(path: Path) -> DatasetInfo | None:
    try:
        shapes = npz_shapes(path)
        size = sum(shapes[key][0] for key in ("x_train", "x_test", "x") if key in shapes)
        name = _stored_name(path)
    except (DatasetError, IndexError):
        return None
    return DatasetInfo(f"{IMPORTED_PREFIX}{path.stem}", name, size, False, path)


def _stored_name(path: Path) -> str:
    """The ``name`` saved by import_dataset, read without loading the images."""
    import numpy as np  # local: only this helper needs NumPy directly

    with np.load(path, allow_pickle=False) as archive:
        if "name" in archive.files and archive["name"].dtype.kind == "U":
            return str(archive["name"].reshape(-1)[0])
    return path.stem


def safe_file_stem(name: str) -> str:
    """A file name (without extension) made from a dataset name: lowercase, no separators."""
    stem = re.sub(r"[^\w\-]+", "_", name.strip().lower()).strip("._")[:60]
    if stem.upper() in {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
                        *(f"LPT{i}" for i in range(10))}:
        stem += "_"  # names Windows reserves for devices
    return stem or "dataset"


def imported_path(name: str) -> Path:
    """Where :func:`import_dataset` saves a dataset of this name (to warn before replacing)."""
    return datasets_dir() / f"{safe_file_stem(name)}.npz"


def import_dataset(source: "str | os.PathLike[str] | Dataset", name: str | None = None,
                   progress: Progress = None, **folder_options: object) -> Path:
    """Validate any supported source and save it in ``app_data_dir()/datasets/<name>.npz``.

    The file is written atomically: if anything fails, no half file is left and an older
    file of the same name is kept. ``progress(fraction)`` is called from 0.0 to 1.0. Returns
    the written path. Failing to write (disk full, no permission) also raises DatasetError.
    """
    report = progress or (lambda fraction: None)
    report(0.0)
    if isinstance(source, Dataset):
        dataset = source
    else:
        dataset = load_dataset(source, progress=lambda f: report(0.7 * f), **folder_options)
    if name:
        dataset = dataclasses.replace(dataset, name=name)
    target = imported_path(name or dataset.name)
    report(0.7)
    try:
        ensure_dir(target.parent)
        with atomic_output(target) as temporary:
            save_npz(dataset, temporary)
    except OSError as exc:
        raise DatasetError(f"{target}: the dataset could not be saved "
                           f"({exc.strerror or exc}).") from exc
    report(1.0)
    return target
