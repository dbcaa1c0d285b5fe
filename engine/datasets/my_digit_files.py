"""Pixels and files of "My digits": 28×28 grey PNGs in, any digit image or archive member out.

Kept apart from ``engine.datasets.my_digits`` (the collection itself) so that each stays short.
Imports read members into memory and never extract them, so a zip member named ``../../x.png``
cannot write outside the collection, and oversized files are refused before they are decoded.
"""

import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np

from engine.datasets.base import DIGITS

DIGIT_SIZE = 28
# Imports read every file into memory: refuse what cannot be a 28×28 digit (a zip bomb, a photo
# album picked by mistake) rather than decode it.
MAX_IMPORT_FILE_BYTES = 2_000_000
MAX_IMPORT_FILES = 100_000
IMPORT_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp")


class ArchiveError(ValueError):
    """A zip file that cannot be opened at all."""


def as_digit_pixels(image: np.ndarray) -> np.ndarray:
    """uint8 (28, 28) from a float 0–1 or uint8 image; other sizes are resized (INTER_AREA)."""
    array = np.asarray(image)
    if array.ndim == 3 and array.shape[2] == 1:
        array = array[:, :, 0]
    if array.ndim != 2 or array.size == 0:
        raise ValueError(f"A digit must be one grey image, got an array of shape {array.shape}.")
    if array.dtype != np.uint8:
        values = np.nan_to_num(array.astype(np.float64))
        scale = 255.0 if values.max(initial=0.0) <= 1.0 else 1.0  # 0–1 floats, as to_mnist gives
        array = np.clip(np.rint(values * scale), 0, 255).astype(np.uint8)
    if array.shape != (DIGIT_SIZE, DIGIT_SIZE):
        array = cv2.resize(array, (DIGIT_SIZE, DIGIT_SIZE), interpolation=cv2.INTER_AREA)
    return np.ascontiguousarray(array)


def decode_digit(data: bytes | np.ndarray) -> np.ndarray | None:
    """The bytes of an image file as a uint8 (28, 28) digit, or None when they are not one."""
    buffer = np.frombuffer(data, np.uint8) if isinstance(data, bytes) else data
    picture = cv2.imdecode(buffer, cv2.IMREAD_GRAYSCALE) if buffer.size else None
    return None if picture is None else as_digit_pixels(picture)


def encode_png(pixels: np.ndarray) -> bytes:
    """A uint8 grey image as PNG bytes (lossless: the digit comes back pixel for pixel)."""
    ok, encoded = cv2.imencode(".png", pixels)
    if not ok:  # cannot happen for a uint8 grey image; say so clearly if it ever does
        raise OSError("the PNG encoder failed")
    return encoded.tobytes()


Member = tuple[str, int, bytes | None]  # (name, label, bytes or None when refused)


def _label_of(parts: tuple[str, ...]) -> int | None:
    """The digit a file belongs to: its folder's name, when that is 0…9."""
    return int(parts[-2]) if len(parts) >= 2 and parts[-2] in DIGITS else None


def _importable(name: str) -> bool:
    return not name.startswith(".") and Path(name).suffix.lower() in IMPORT_SUFFIXES


def folder_members(root: Path) -> Iterator[Member]:
    """Image files under ``root`` whose folder is named 0…9 (at any depth), with their bytes."""
    files = sorted(path for path in root.rglob("*") if path.is_file() and _importable(path.name))
    for path in files[:MAX_IMPORT_FILES]:
        label = _label_of(path.relative_to(root).parts)
        if label is None:
            continue
        too_big = path.stat().st_size > MAX_IMPORT_FILE_BYTES
        yield path.name, label, None if too_big else path.read_bytes()


def zip_members(source: Path) -> Iterator[Member]:
    """The same for a zip file: members in folders named 0…9, read into memory, never extracted
    (so a member named ``../../x.png`` cannot escape)."""
    try:
        with zipfile.ZipFile(source) as archive:
            infos = [info for info in archive.infolist() if not info.is_dir()]
            for info in infos[:MAX_IMPORT_FILES]:
                parts = tuple(part for part in info.filename.replace("\\", "/").split("/")
                              if part)
                label = _label_of(parts)
                if label is None or not parts or not _importable(parts[-1]):
                    continue
                too_big = info.file_size > MAX_IMPORT_FILE_BYTES
                yield parts[-1], label, None if too_big else _read_member(archive, info)
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise ArchiveError(f"{source}: the zip file cannot be read ({error}).") from error


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes | None:
    """One member's bytes, or None when that member is damaged (the others still import)."""
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError):
        return None
