"""Datasets for CNN Lab: load, discover, import and download them. Everything public is here.

Quick guide::

    load_dataset("mnist")            # the full MNIST if found (see find_mnist), else the sample
    load_dataset("sample")           # 5,000 built-in digits, 4,000 train + 1,000 test
    load_dataset("fashion")          # Fashion-MNIST from the Debian package
    load_dataset("mydigits")         # the person's own labelled drawings (engine.my_digits)
    load_dataset("/path/to/x.npz")   # Keras layout or x/y; also IDX folders, class folders,
                                     # and MNIST parts such as ../shared/data/mnist
    import_dataset(path)             # validate + copy into app_data_dir()/datasets/
    available_datasets()             # what the GUI's chooser lists

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

from engine.datasets_base import Dataset, DatasetError, stratified_split
from engine.datasets_builtin import (
    FASHION_DIR,
    MNIST_FILE,
    MNIST_TEST,
    MNIST_TRAIN,
    SAMPLE_NAME,
    as_mnist,
    datasets_dir,
    fashion_available,
    fashion_size,
    find_mnist,
    is_full_mnist,
    load_fashion_mnist,
    load_sample,
)
from engine.datasets_folder import load_image_folder
from engine.datasets_formats import load_idx, load_npz, npz_shapes, save_npz
from engine.datasets_layouts import (
    SHARED_PART,
    find_idx_files,
    load_idx_pair,
    load_shared_mnist,
)
from engine.my_digits import MY_DIGITS_KEY, MY_DIGITS_NAME, MyDigits
from engine.paths import app_data_dir, atomic_output, ensure_dir
from engine.tensorflow_runtime import require_keras

__all__ = [
    "Dataset", "DatasetError", "DatasetInfo", "app_data_dir", "available_datasets",
    "datasets_dir", "download_mnist", "fashion_available", "find_mnist", "import_dataset",
    "imported_path",
    "load_dataset", "load_fashion_mnist", "load_idx", "load_idx_pair", "load_image_folder",
    "load_mnist", "load_npz", "load_sample", "load_shared_mnist", "stratified_split",
]

Progress = Callable[[float], None] | None
MNIST_URL = "https://storage.googleapis.com/tensorflow/tf-keras-datasets/mnist.npz"
# sha256 of the official mnist.npz, as keras.datasets.mnist checks it.
MNIST_SHA256 = "731c5ac602752760c8e48fbffcf8c3b850d9dc2a2aedcf2cc48468fc17b673d1"
IMPORTED_PREFIX = "imported:"
FASHION_KEYS = ("fashion", "fashion-mnist", "fashion_mnist")


@dataclasses.dataclass(frozen=True)
class DatasetInfo:
    """One entry of the GUI's data chooser. ``load_dataset(info.key)`` loads it."""

    key: str            # "mnist", "sample", "fashion", "mydigits" or "imported:<file stem>"
    name: str           # shown to the person
    size: int           # number of images, training + test
    is_sample: bool
    path: Path | None   # where it is stored (None for the built-in sample)


def load_mnist(chosen: str | os.PathLike[str] | None = None) -> Dataset:
    """The full MNIST if :func:`find_mnist` finds it, otherwise the built-in sample.

    The sample says so in its name ("MNIST sample (5,000 digits)") and description. A found
    file that turns out to be damaged raises DatasetError rather than quietly falling back.
    """
    path = find_mnist(chosen)
    return load_sample() if path is None else as_mnist(load_path(path))


def load_dataset(path_or_name: str | os.PathLike[str],
                 chosen: str | os.PathLike[str] | None = None,
                 progress: Progress = None, **folder_options: object) -> Dataset:
    """Load by name ("mnist", "sample", "fashion", "mydigits", "imported:<name>") or by path.

    ``chosen`` is the MNIST location the person picked (used by "mnist" only);
    ``progress`` and ``folder_options`` (size, grayscale, test_fraction) go to
    :func:`load_image_folder` when the path is a folder of class folders.
    """
    key = str(path_or_name).strip().lower() if isinstance(path_or_name, str) else ""
    if key == "mnist":
        return load_mnist(chosen)
    if key == "sample":
        return load_sample()
    if key in FASHION_KEYS:
        return load_fashion_mnist()
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
                           "class).")
    if path.is_dir():
        if (path / SHARED_PART.format(0)).is_file():
            return load_shared_mnist(path)
        if find_idx_files(path, "train") is not None:
            return load_idx_pair(path)
        if (path / MNIST_FILE).is_file() and is_full_mnist(path / MNIST_FILE):
            return load_npz(path / MNIST_FILE)
        return load_image_folder(path, progress=progress, **folder_options)
    raise DatasetError(f"{path}: no such file or folder.")


def available_datasets(chosen: str | os.PathLike[str] | None = None) -> list[DatasetInfo]:
    """What can be chosen: MNIST if found, the sample, Fashion-MNIST, "My digits" when it
    holds at least one digit, imported datasets.

    Reads file headers only (and counts the digit files), so it is quick. Imported files that
    cannot be read are left out.
    """
    infos = []
    mnist = find_mnist(chosen)
    if mnist is not None:
        infos.append(DatasetInfo("mnist", "MNIST", MNIST_TRAIN + MNIST_TEST, False, mnist))
    infos.append(DatasetInfo("sample", SAMPLE_NAME, 5000, True, None))
    if fashion_available():
        infos.append(DatasetInfo("fashion", "Fashion-MNIST", fashion_size(), False,
                                 FASHION_DIR))
    collection = MyDigits()
    collection_size = len(collection)
    if collection_size:
        infos.append(DatasetInfo(MY_DIGITS_KEY, MY_DIGITS_NAME, collection_size, False,
                                 collection.folder))
    folder = datasets_dir()
    for path in sorted(folder.glob("*.npz")) if folder.is_dir() else []:
        if path.name.startswith(".") or (mnist is not None and path.resolve() ==
                                         mnist.resolve()):
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


def download_mnist(url: str | None = None, progress: Progress = None,
                   expect_full: bool = True) -> Path:
    """Download mnist.npz with Keras, check it, and import it as ``datasets/mnist.npz``.

    ``url`` defaults to Keras' own MNIST address, whose file is checked against its known
    sha256. ``expect_full=False`` accepts a smaller file in the same layout (for tests and
    classroom mirrors of a subset). Network and checksum failures raise DatasetError.
    """
    report = progress or (lambda fraction: None)
    report(0.0)
    origin = url or MNIST_URL
    fetched = _fetch(origin, MNIST_SHA256 if url is None else None)
    try:
        report(0.6)
        dataset = load_npz(fetched)
        counts = (len(dataset.x_train), len(dataset.x_test) if dataset.has_test else 0)
        if expect_full and (counts != (MNIST_TRAIN, MNIST_TEST) or dataset.image_shape
                            != (28, 28)):
            raise DatasetError(f"{origin}: this is not the full MNIST ({counts[0]:,} training "
                               f"and {counts[1]:,} test images of {dataset.image_shape}).")
        dataset = dataclasses.replace(as_mnist(dataset), source=origin) if expect_full \
            else dataset
        return import_dataset(dataset, name="MNIST" if expect_full else "MNIST subset",
                              progress=lambda f: report(0.6 + 0.4 * f))
    finally:
        fetched.unlink(missing_ok=True)


def _fetch(origin: str, sha256: str | None) -> Path:
    """Download to ``app_data_dir()/cache/downloads`` (removed again by the caller)."""
    # Asked for here: Keras loads TensorFlow, which the engine must not do at import time.
    get_file = require_keras().utils.get_file

    folder = ensure_dir(app_data_dir() / "cache" / "downloads")
    try:
        return Path(get_file(fname=MNIST_FILE, origin=origin, cache_dir=str(folder),
                             cache_subdir=".", file_hash=sha256, force_download=True))
    except Exception as exc:  # Keras raises a bare Exception for network errors
        (folder / MNIST_FILE).unlink(missing_ok=True)  # a file that failed its checksum
        raise DatasetError(f"{origin}: the download failed ({exc}).") from exc

