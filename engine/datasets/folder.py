"""A folder with one sub-folder of images per class (as Keras' image_dataset_from_directory).

::

    my_photos/          class names are the sub-folders' names, in sorted order
        cats/  a.png b.jpg …
        dogs/  c.png …

Images are PNG, JPEG or BMP, decoded by OpenCV from bytes read by NumPy (so that names with
accents work on Windows too). Grey images stay ``(N, H, W)``; if any image has colour, all
become RGB ``(N, H, W, 3)``; ``grayscale=True``/``False`` forces one or the other. Transparent
pixels are laid over white, as an image viewer shows them. Files with other extensions (notes,
``Thumbs.db``, GIFs) are ignored; hidden files and folders too.
"""

import os
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

from engine.datasets.base import SPLIT_SEED, Dataset, DatasetError, stratified_split

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp")
MAX_TOTAL_BYTES = 2_000_000_000  # beyond this, ask for a smaller size instead of eating the RAM
Size = int | tuple[int, int]


def load_image_folder(folder: str | os.PathLike[str], size: Size | None = None,
                      grayscale: bool | None = None, test_fraction: float | None = None,
                      progress: Callable[[float], None] | None = None) -> Dataset:
    """Load a folder of class folders. ``size`` is (height, width) or one number for squares.

    Without ``size`` all images must have the same size; with it they are resized with
    ``INTER_AREA``. ``test_fraction`` (e.g. 0.2) holds out that share of each class, chosen
    with a fixed seed, as the test split.
    """
    folder = Path(folder)
    classes = _class_folders(folder)
    files, labels = [], []
    for label, class_folder in enumerate(classes):
        images = _image_files(class_folder)
        files += images
        labels += [label] * len(images)
    target = _as_height_width(size, folder)
    pictures = _read_images(files, target, progress)
    x = _stack(pictures, grayscale)
    y = np.asarray(labels, dtype=np.int64)
    x_test = y_test = None
    if test_fraction is not None:
        train, test = stratified_split(y, test_fraction, SPLIT_SEED)
        x, y, x_test, y_test = x[train], y[train], x[test], y[test]
    names = [class_folder.name for class_folder in classes]
    resized = f", resized to {x.shape[1]}×{x.shape[2]}" if target else ""
    return Dataset(name=folder.resolve().name, source=str(folder), x_train=x, y_train=y,
                   x_test=x_test, y_test=y_test, class_names=names, class_names_pt=list(names),
                   description=f"{len(files):,} images in {len(names)} class folders{resized}.")


def _visible(path: Path) -> bool:
    return not path.name.startswith(".")


def _class_folders(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise DatasetError(f"{folder}: no such folder.", DatasetError.NOT_FOUND)
    entries = [entry for entry in folder.iterdir() if _visible(entry)]
    classes = sorted((entry for entry in entries if entry.is_dir()), key=lambda p: p.name)
    if classes:
        return classes
    if any(entry.suffix.lower() in IMAGE_SUFFIXES for entry in entries):
        raise DatasetError(f"{folder}: the images must be sorted into one sub-folder per class "
                           "(for example cats/ and dogs/), but this folder has none.",
                           DatasetError.NOT_A_DATASET)
    if entries:
        raise DatasetError(f"{folder}: this folder holds no dataset CNN Lab recognises: no "
                           "sub-folders of images (one per class), no IDX files and no MNIST "
                           "parts.", DatasetError.NOT_A_DATASET)
    raise DatasetError(f"{folder}: the folder is empty; it should hold one sub-folder of "
                       "images per class.", DatasetError.NOT_A_DATASET)


def _image_files(class_folder: Path) -> list[Path]:
    files = sorted((entry for entry in class_folder.iterdir()
                    if _visible(entry) and entry.is_file()
                    and entry.suffix.lower() in IMAGE_SUFFIXES), key=lambda p: p.name)
    if not files:
        raise DatasetError(f"{class_folder}: this class folder has no images (PNG, JPEG or "
                           "BMP); every class needs at least one.", DatasetError.NO_IMAGES)
    return files


def _as_height_width(size: Size | None, folder: Path) -> tuple[int, int] | None:
    if size is None:
        return None
    height, width = (size, size) if isinstance(size, int) else tuple(size)
    if height < 1 or width < 1:
        raise DatasetError(f"{folder}: the image size must be positive, got {size!r}.")
    return int(height), int(width)


def _read_images(files: list[Path], target: tuple[int, int] | None,
                 progress: Callable[[float], None] | None) -> list[np.ndarray]:
    pictures = []
    for index, path in enumerate(files):
        picture = read_image(path)
        if target is not None and picture.shape[:2] != target:
            picture = cv2.resize(picture, (target[1], target[0]), interpolation=cv2.INTER_AREA)
        elif target is None and pictures and picture.shape[:2] != pictures[0].shape[:2]:
            raise DatasetError(f"{path}: this image is {_hw(picture)} but {files[0]} is "
                               f"{_hw(pictures[0])}; give all images the same size, or choose "
                               "a size to resize them to.")
        if index == 0 and picture.size * 3 * len(files) > MAX_TOTAL_BYTES:
            raise DatasetError(f"{path}: {len(files):,} images of {_hw(picture)} would not fit "
                               "in memory; choose a smaller size to resize them to.")
        pictures.append(picture)
        if progress is not None and (index % 64 == 63 or index == len(files) - 1):
            progress((index + 1) / len(files))
    return pictures


def _hw(picture: np.ndarray) -> str:
    return f"{picture.shape[1]}×{picture.shape[0]} pixels"


def read_image(path: Path) -> np.ndarray:
    """One image file as uint8 grey (H, W) or RGB (H, W, 3)."""
    try:
        data = np.fromfile(path, dtype=np.uint8)
    except OSError as exc:
        raise DatasetError(f"{path}: cannot read the file ({exc.strerror or exc}).",
                           DatasetError.DAMAGED) from exc
    picture = cv2.imdecode(data, cv2.IMREAD_UNCHANGED) if data.size else None
    if picture is None:
        raise DatasetError(f"{path}: this file is not an image that can be read (it is "
                           "damaged, empty or in another format than its name says).",
                           DatasetError.NOT_AN_IMAGE)
    if picture.dtype == np.uint16:  # 16-bit PNG: keep the 8 most significant bits
        picture = (picture >> 8).astype(np.uint8)
    if picture.dtype != np.uint8:
        raise DatasetError(f"{path}: the image has {picture.dtype} pixels; save it as an "
                           "ordinary 8-bit PNG or JPEG.", DatasetError.NOT_AN_IMAGE)
    return _to_grey_or_rgb(picture)


def _to_grey_or_rgb(picture: np.ndarray) -> np.ndarray:
    if picture.ndim == 2:
        return picture
    if picture.shape[2] == 1:
        return picture[:, :, 0]
    if picture.shape[2] == 4:  # lay transparent pixels over a white background
        alpha = picture[:, :, 3:4].astype(np.float32) / 255.0
        colour = picture[:, :, :3].astype(np.float32) * alpha + 255.0 * (1.0 - alpha)
        picture = np.rint(colour).astype(np.uint8)
    return cv2.cvtColor(picture, cv2.COLOR_BGR2RGB)


def _stack(pictures: list[np.ndarray], grayscale: bool | None) -> np.ndarray:
    if grayscale is None:
        grayscale = all(_looks_grey(picture) for picture in pictures)
    if grayscale:
        planes = [p if p.ndim == 2 else cv2.cvtColor(p, cv2.COLOR_RGB2GRAY) for p in pictures]
    else:
        planes = [p if p.ndim == 3 else cv2.cvtColor(p, cv2.COLOR_GRAY2RGB) for p in pictures]
    return np.stack(planes)


def _looks_grey(picture: np.ndarray) -> bool:
    """One channel, or three equal ones (a grey picture saved as RGB)."""
    if picture.ndim == 2:
        return True
    return bool((picture[:, :, 0] == picture[:, :, 1]).all()
                and (picture[:, :, 1] == picture[:, :, 2]).all())
