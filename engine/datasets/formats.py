"""Dataset file formats: NumPy ``.npz`` (Keras layout or plain x/y) and MNIST's IDX files.

Every reader refuses what it cannot trust or understand with a :class:`DatasetError` naming
the file. ``.npz`` files are always opened with ``allow_pickle=False``: a pickle can run any
code on the teacher's machine when it is loaded.
"""

import gzip
import os
import zipfile
import zlib
from pathlib import Path

import numpy as np

from engine.datasets.base import (
    Dataset,
    DatasetError,
    as_labels,
    as_uint8_images,
    numbered_class_names,
)

NPZ_READ_ERRORS = (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile, zlib.error)
IDX_IMAGES_MAGIC = 0x00000803  # unsigned bytes, 3 dimensions (count, rows, columns)
IDX_LABELS_MAGIC = 0x00000801  # unsigned bytes, 1 dimension (count)
GZIP_MAGIC = b"\x1f\x8b"


def load_npz(path: str | os.PathLike[str]) -> Dataset:
    """Load a NumPy ``.npz``: the Keras layout or plain ``x``/``y`` (all training data).

    The Keras layout is how ``keras.datasets.mnist`` caches ``mnist.npz``: ``x_train``,
    ``y_train`` and optionally ``x_test``, ``y_test``. Files written by CNN Lab may also hold
    ``name``, ``description``, ``class_names`` and ``class_names_pt`` (text arrays).
    Pixels are converted as described in :mod:`engine.datasets.base`.
    """
    path = Path(path)
    arrays = read_npz(path)
    if "x_train" in arrays or "y_train" in arrays:
        x_train, y_train = pair_from_arrays(arrays, path, "x_train", "y_train")
        has_test = "x_test" in arrays or "y_test" in arrays
        test = pair_from_arrays(arrays, path, "x_test", "y_test") if has_test else (None, None)
    elif "x" in arrays or "y" in arrays:
        (x_train, y_train), test = pair_from_arrays(arrays, path, "x", "y"), (None, None)
    else:
        found = ", ".join(sorted(arrays)) or "nothing"
        raise DatasetError(f"{path}: this .npz has none of the expected arrays x_train/y_train "
                           f"(Keras layout) or x/y; it holds {found}.", DatasetError.NO_ARRAYS)
    labels = [y for y in (y_train, test[1]) if y is not None]
    names, names_pt = _class_names(arrays, path, labels)
    return Dataset(name=_text(arrays, "name", path) or path.stem, source=str(path),
                   x_train=x_train, y_train=y_train, x_test=test[0], y_test=test[1],
                   class_names=names, class_names_pt=names_pt,
                   description=_text(arrays, "description", path))


def read_npz(path: Path) -> dict[str, np.ndarray]:
    """Every array of the file, read now (so that the file is closed on return)."""
    _check_npz_signature(path)
    try:
        with np.load(path, allow_pickle=False) as archive:
            return {key: archive[key] for key in archive.files}
    except NPZ_READ_ERRORS as exc:
        if "allow_pickle" in str(exc):
            raise DatasetError(f"{path}: this file holds Python objects (pickled data) instead "
                               "of plain number arrays; CNN Lab does not open those, because "
                               "loading them could run hidden code.",
                               DatasetError.NOT_A_DATASET) from exc
        raise DatasetError(f"{path}: this NumPy .npz file is damaged and cannot be read "
                           f"({exc}).", DatasetError.DAMAGED) from exc


def _check_npz_signature(path: Path) -> None:
    """Refuse files that are not zip archives before NumPy guesses (and blames pickles)."""
    _require_file(path)
    try:
        with open(path, "rb") as file:
            start = file.read(6)
    except OSError as exc:
        raise DatasetError(f"{path}: cannot read the file ({exc.strerror or exc}).",
                           DatasetError.DAMAGED) from exc
    if start.startswith(b"\x93NUMPY"):
        raise DatasetError(f"{path}: this is a single NumPy array (.npy), not an .npz holding "
                           "images and labels.", DatasetError.NOT_A_DATASET)
    if not start.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        raise DatasetError(f"{path}: this is not a NumPy .npz file (an .npz is a zip archive "
                           "of arrays, and this file is something else).",
                           DatasetError.NOT_A_DATASET)


def pair_from_arrays(arrays: dict[str, np.ndarray], path: Path, x_key: str, y_key: str
          ) -> tuple[np.ndarray, np.ndarray]:
    for present, missing in ((x_key, y_key), (y_key, x_key)):
        if present in arrays and missing not in arrays:
            raise DatasetError(f"{path}: the file has '{present}' but no '{missing}'.")
    x = as_uint8_images(arrays[x_key], path, x_key)
    y = as_labels(arrays[y_key], path, y_key)
    if len(x) != len(y):
        raise DatasetError(f"{path}: '{x_key}' holds {len(x)} images but '{y_key}' holds "
                           f"{len(y)} labels; there must be exactly one label per image.")
    return x, y


def _text(arrays: dict[str, np.ndarray], key: str, path: Path) -> str:
    if key not in arrays:
        return ""
    value = arrays[key]
    if value.dtype.kind != "U" or value.size != 1:
        raise DatasetError(f"{path}: '{key}' must be a single text, got {value.dtype} "
                           f"of shape {value.shape}.")
    return str(value.reshape(()))


def _class_names(arrays: dict[str, np.ndarray], path: Path, labels: list[np.ndarray]
                 ) -> tuple[list[str], list[str]]:
    """Names stored in the file, else "0", "1", … up to the largest label."""
    if "class_names" not in arrays:
        names = numbered_class_names(*labels)
        return names, list(names)
    names = arrays["class_names"]
    names_pt = arrays.get("class_names_pt", names)
    for key, value in (("class_names", names), ("class_names_pt", names_pt)):
        if value.dtype.kind != "U" or value.ndim != 1:
            raise DatasetError(f"{path}: '{key}' must be a list of texts, got {value.dtype} of "
                               f"shape {value.shape}.")
    return [str(name) for name in names], [str(name) for name in names_pt]


def _require_file(path: Path) -> None:
    if not path.exists():
        raise DatasetError(f"{path}: no such file.", DatasetError.NOT_FOUND)
    if not path.is_file():
        raise DatasetError(f"{path}: this is a folder, not a file.")


def save_npz(dataset: Dataset, target: str | os.PathLike[str]) -> None:
    """Write ``dataset`` in the Keras layout (plus its names) to the file or file object.

    Compressed: MNIST takes 11 MB instead of 55 MB, for about a second of work.
    """
    arrays = {"x_train": dataset.x_train, "y_train": dataset.y_train.astype(np.uint8)
              if dataset.num_classes <= 256 else dataset.y_train}
    if dataset.has_test:
        arrays["x_test"] = dataset.x_test
        arrays["y_test"] = dataset.y_test.astype(arrays["y_train"].dtype)
    arrays.update(name=np.array(dataset.name), description=np.array(dataset.description),
                  class_names=np.array(dataset.class_names, dtype=str),
                  class_names_pt=np.array(dataset.class_names_pt, dtype=str))
    np.savez_compressed(target, **arrays)


def npz_shapes(path: str | os.PathLike[str]) -> dict[str, tuple[int, ...]]:
    """Shapes of the arrays in an ``.npz``, read from their headers only (fast: no pixels).

    Used for discovery and listings. Raises DatasetError if the file is not a readable .npz.
    """
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            shapes = {}
            for member in archive.namelist():
                if member.endswith(".npy"):
                    with archive.open(member) as stream:
                        shapes[member[:-4]] = _npy_header_shape(stream)
            return shapes
    except NPZ_READ_ERRORS as exc:
        raise DatasetError(f"{path}: this is not a readable NumPy .npz file: {exc}") from exc


def _npy_header_shape(stream: object) -> tuple[int, ...]:
    version = np.lib.format.read_magic(stream)
    if version == (1, 0):
        shape, _, _ = np.lib.format.read_array_header_1_0(stream)
    else:
        shape, _, _ = np.lib.format.read_array_header_2_0(stream)
    return tuple(shape)


def load_idx(images_path: str | os.PathLike[str], labels_path: str | os.PathLike[str]
             ) -> Dataset:
    """Load one IDX images file and its labels file (gzipped or not) as training data."""
    x, y = read_idx_pair(Path(images_path), Path(labels_path))
    names = numbered_class_names(y)
    return Dataset(name=Path(images_path).resolve().parent.name, source=str(images_path),
                   x_train=x, y_train=y, x_test=None, y_test=None,
                   class_names=names, class_names_pt=list(names))


def read_idx_pair(images_path: Path, labels_path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Images and labels from two IDX files, checking that they match."""
    x = read_idx(images_path, IDX_IMAGES_MAGIC)
    y = read_idx(labels_path, IDX_LABELS_MAGIC).astype(np.int64)
    if len(x) != len(y):
        raise DatasetError(f"{labels_path}: holds {len(y)} labels but {images_path.name} holds "
                           f"{len(x)} images; there must be exactly one label per image.")
    return x, y


def read_idx(path: Path, magic: int) -> np.ndarray:
    """The array in an IDX file (images 0x00000803 or labels 0x00000801), checked exactly."""
    data = _read_maybe_gzipped(path)
    what = "images" if magic == IDX_IMAGES_MAGIC else "labels"
    ndim = magic & 0xFF
    header_size = 4 + 4 * ndim
    found_magic = int.from_bytes(data[:4], "big") if len(data) >= 4 else None
    if found_magic is not None and found_magic != magic:
        raise DatasetError(f"{path}: this is not an IDX {what} file (it starts with "
                           f"0x{found_magic:08X}, expected 0x{magic:08X}).")
    if len(data) < header_size:
        raise DatasetError(f"{path}: the file is truncated: an IDX {what} header needs "
                           f"{header_size} bytes, found {len(data)}.")
    dims = tuple(int(d) for d in np.frombuffer(data, ">u4", count=ndim, offset=4))
    expected = header_size + int(np.prod(dims, dtype=np.int64))
    if len(data) != expected:
        state = "truncated" if len(data) < expected else "longer than its header says"
        raise DatasetError(f"{path}: the file is {state}: its header announces "
                           f"{' × '.join(map(str, dims))} values, so {expected:,} bytes were "
                           f"expected, but {len(data):,} bytes were found"
                           f"{' (after decompression)' if _is_gzip(path) else ''}.")
    return np.frombuffer(data, np.uint8, offset=header_size).reshape(dims).copy()


def _is_gzip(path: Path) -> bool:
    with open(path, "rb") as file:
        return file.read(2) == GZIP_MAGIC


def _read_maybe_gzipped(path: Path) -> bytes:
    """The file's bytes, decompressed if they start with the gzip magic (whatever the name)."""
    _require_file(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DatasetError(f"{path}: cannot read the file ({exc.strerror or exc}).",
                           DatasetError.DAMAGED) from exc
    if not data.startswith(GZIP_MAGIC):
        return data
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:
        raise DatasetError(f"{path}: the gzip compression is damaged or the file is "
                           f"truncated ({exc}).") from exc


def read_idx_dims(path: Path) -> tuple[int, tuple[int, ...]]:
    """(magic, dimensions) from an IDX file's header alone: fast, for discovery."""
    try:
        with open(path, "rb") as raw:
            gzipped = raw.read(2) == GZIP_MAGIC
        with (gzip.open(path, "rb") if gzipped else open(path, "rb")) as file:
            head = file.read(4)
            magic = int.from_bytes(head, "big") if len(head) == 4 else 0
            count = magic & 0xFF if magic >> 8 == 0x08 else 0
            dims = file.read(4 * count)
    except (OSError, EOFError, zlib.error) as exc:
        raise DatasetError(f"{path}: cannot read the IDX header ({exc}).") from exc
    if len(dims) != 4 * count:
        raise DatasetError(f"{path}: the IDX header is truncated.")
    return magic, tuple(int(d) for d in np.frombuffer(dims, ">u4"))
