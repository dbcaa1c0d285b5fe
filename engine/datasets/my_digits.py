""""My digits": the person's own labelled drawings, kept as a small dataset of their own.

A network trained on MNIST reads most people's digits, but not everyone's: a crossed 7, a
Brazilian 1 with a long flag, a 4 drawn open. Collecting a few dozen of one's own digits, with
the right labels, and fine-tuning on them (``engine.training.finetune``) shows the course's
central idea in the small: the network learns what its data shows it.

The collection is a folder of class folders, the layout
``engine.datasets.catalog.load_image_folder`` and Keras' ``image_dataset_from_directory`` read::

    <app data>/my_digits/
        0/  20250301-101502-048213-3fa2b1.png   one 28×28 grey PNG per digit,
        7/  …                                   light ink on black, as MNIST

File names are a timestamp to the microsecond (so they sort in the order they were added) and
a random part (so that two digits never clash). Every write is atomic (``engine.paths``).
A file that cannot be read (damaged, or not an image) is reported and skipped, never fatal.

Digits are read here rather than through ``load_image_folder`` because that loader numbers the
classes by the folders present: a collection with only 3s and 7s would become classes 0 and 1.
Here the folder's name *is* the label, so the classes are always the ten digits.
"""

import glob
import os
import shutil
import time
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from engine.datasets.base import DIGITS, Dataset, DatasetError
from engine.datasets.my_digit_files import (
    DIGIT_SIZE,
    ArchiveError,
    as_digit_pixels,
    decode_digit,
    encode_png,
    folder_members,
    zip_members,
)
from engine.paths import app_data_dir, atomic_output, atomic_write_bytes, ensure_dir

MY_DIGITS_KEY = "mydigits"  # load_dataset("mydigits")
MY_DIGITS_NAME = "My digits"  # dataset names are English; the GUI translates ("Meus dígitos")
FOLDER_NAME = "my_digits"
NUM_DIGITS = 10


class MyDigitsError(DatasetError):
    """A request the collection cannot carry out (a path outside it, an unreadable archive)."""

    NOT_DIGITS = "not-digits"  # neither a .zip nor a folder of 0–9 folders


def my_digits_dir() -> Path:
    """Where the collection lives: ``app_data_dir()/my_digits`` (created on the first add)."""
    return app_data_dir() / FOLDER_NAME


@dataclass(frozen=True)
class DigitItem:
    """One digit of the collection, read from its file."""

    path: Path
    label: int
    image: np.ndarray  # uint8 (28, 28), light ink on black


@dataclass
class ImportReport:
    """What an import did: how many digits came in, were already there, or could not be read."""

    added: int = 0
    already_there: int = 0
    skipped: list[str] = field(default_factory=list)  # names of unreadable or oversized files


def _check_label(label: object) -> int:
    if isinstance(label, bool) or not isinstance(label, (int, np.integer)) \
            or not 0 <= int(label) < NUM_DIGITS:
        raise ValueError(f"A digit's label must be a whole number from 0 to 9, got {label!r}.")
    return int(label)


def _new_name() -> str:
    """Date, time to the microsecond (names sort as the digits were added), a random part."""
    now = time.time_ns()
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now // 1_000_000_000))
    return f"{stamp}-{now // 1000 % 1_000_000:06d}-{uuid.uuid4().hex[:6]}.png"


def _free_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``folder/stem-2.png``, ``-3``, … if that name is taken."""
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


class MyDigits:
    """The collection in ``folder`` (default :func:`my_digits_dir`); nothing is cached.

    Every method reads the folder afresh, so two views (the Draw tab's bar and the browser)
    that each hold a ``MyDigits`` always agree.
    """

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self.folder = Path(folder) if folder is not None else my_digits_dir()

    # -- one digit ---------------------------------------------------------------------------
    def add(self, image: np.ndarray, label: int) -> Path:
        """Save a 28×28 digit (float 0–1 or uint8) under ``label``; returns the new file."""
        label = _check_label(label)
        data = encode_png(as_digit_pixels(image))
        target = _free_path(ensure_dir(self.folder / str(label)), _new_name())
        atomic_write_bytes(target, data)
        return target

    def relabel(self, path: str | os.PathLike[str], new_label: int) -> Path:
        """Move a digit to another class folder (one rename: atomic); returns its new path."""
        source = self._member(path)
        new_label = _check_label(new_label)
        if source.parent.name == str(new_label):
            return source
        target = _free_path(ensure_dir(self.folder / str(new_label)), source.name)
        os.replace(source, target)
        return target

    def delete(self, path: str | os.PathLike[str]) -> None:
        """Remove one digit from the collection (a file already gone is not an error)."""
        self._member(path).unlink(missing_ok=True)

    def _member(self, path: str | os.PathLike[str]) -> Path:
        """``path`` if it is a digit file of this collection; refuses anything else."""
        candidate = Path(path)
        inside = candidate.parent.parent.resolve() == self.folder.resolve()
        if not inside or candidate.parent.name not in DIGITS or candidate.suffix != ".png":
            raise MyDigitsError(f"{candidate}: this file is not part of the collection in "
                                f"{self.folder}.")
        return candidate

    # -- the whole collection ------------------------------------------------------------------
    def items(self) -> list[tuple[Path, int]]:
        """Every digit file and its label, by class and then in the order they were added."""
        found = []
        for label in range(NUM_DIGITS):
            class_folder = self.folder / str(label)
            if class_folder.is_dir():
                found += [(path, label) for path in sorted(class_folder.glob("*.png"))
                          if not path.name.startswith(".") and path.is_file()]
        return found

    def __len__(self) -> int:
        return len(self.items())

    def counts(self) -> np.ndarray:
        """How many digits each class 0…9 has (int64, length 10); files are not opened."""
        labels = [label for _, label in self.items()]
        return np.bincount(np.asarray(labels, np.int64), minlength=NUM_DIGITS)

    def read_items(self) -> tuple[list[DigitItem], list[Path]]:
        """Every readable digit, and the files that could not be read (damaged, not images)."""
        good, bad = [], []
        for path, label in self.items():
            try:
                pixels = decode_digit(np.fromfile(path, dtype=np.uint8))
            except OSError:
                pixels = None
            if pixels is None:
                bad.append(path)
            else:
                good.append(DigitItem(path, label, pixels))
        return good, bad

    def load_images(self) -> tuple[np.ndarray, np.ndarray, list[Path]]:
        """(x uint8 (N, 28, 28), y int64 (N,), files skipped because they cannot be read)."""
        good, bad = self.read_items()
        x = (np.stack([item.image for item in good]) if good
             else np.zeros((0, DIGIT_SIZE, DIGIT_SIZE), np.uint8))
        y = np.asarray([item.label for item in good], dtype=np.int64)
        return x, y, bad

    def as_dataset(self) -> Dataset:
        """The collection as a training set of the ten digit classes, without a test split.

        A few dozen digits are too few to set some aside as a fixed test split; the trainer
        holds out its validation share instead, and fine-tuning holds out its own share (see
        ``engine.training.finetune``). Raises MyDigitsError when nothing can be read.
        """
        x, y, bad = self.load_images()
        if len(x) == 0:
            problem = (f"{len(bad)} file(s) could not be read and" if bad else "it")
            raise MyDigitsError(f"{self.folder}: the collection has no digits to use ({problem} "
                                "holds none yet; add some from the Draw tab).")
        skipped = (f" {len(bad)} damaged file(s) were skipped: "
                   f"{', '.join(path.name for path in bad[:5])}." if bad else "")
        return Dataset(name=MY_DIGITS_NAME, source=str(self.folder), x_train=x, y_train=y,
                       x_test=None, y_test=None, class_names=list(DIGITS),
                       class_names_pt=list(DIGITS),
                       description=f"{len(x):,} digits drawn and labelled by you; no test "
                                   f"split (too few images to set some aside).{skipped}")

    # -- export and import -----------------------------------------------------------------------
    def export_zip(self, path: str | os.PathLike[str]) -> int:
        """Write every digit into a zip (``my_digits/<label>/<name>.png``), atomically."""
        target = Path(path)
        ensure_dir(target.parent)
        items = self.items()
        with atomic_output(target) as temporary, zipfile.ZipFile(temporary, "w") as archive:
            for file, label in items:
                # PNGs are compressed already: storing them is as small and much faster.
                archive.write(file, f"{FOLDER_NAME}/{label}/{file.name}", zipfile.ZIP_STORED)
        return len(items)

    def export_folder(self, path: str | os.PathLike[str]) -> int:
        """Copy every digit into ``path/<label>/`` (the layout the dataset loader reads)."""
        root = Path(path)
        items = self.items()
        for file, label in items:
            target = ensure_dir(root / str(label)) / file.name
            if target.resolve() != file.resolve():
                with atomic_output(target) as temporary:
                    shutil.copyfile(file, temporary)
        return len(items)

    def import_from(self, path: str | os.PathLike[str]) -> ImportReport:
        """Add the digits of a zip or a folder laid out as ``<label>/<image>`` (any depth).

        Images are converted to 28×28 grey PNGs. A name already in use gets a new one, unless
        the file there holds the same pixels (importing the same export twice adds nothing).
        Files outside digit folders are ignored; unreadable ones are listed in ``skipped``.
        """
        source = Path(path)
        if source.is_dir():
            members = folder_members(source)
        elif source.is_file() and zipfile.is_zipfile(source):
            members = zip_members(source)
        else:
            raise MyDigitsError(f"{source}: choose a .zip file or a folder of digit folders "
                                "(0 to 9) to import from.", MyDigitsError.NOT_DIGITS)
        report = ImportReport()
        try:
            for name, label, data in members:
                pixels = decode_digit(data) if data is not None else None
                if pixels is None:
                    report.skipped.append(name)
                elif self._store(Path(name).stem + ".png", label, encode_png(pixels)):
                    report.added += 1
                else:
                    report.already_there += 1
        except ArchiveError as error:
            raise MyDigitsError(str(error), MyDigitsError.DAMAGED) from error
        return report

    def _store(self, name: str, label: int, data: bytes) -> bool:
        """Write ``data`` as ``<label>/<name>``; False if exactly that digit is there already."""
        folder = ensure_dir(self.folder / str(label))
        stem = Path(name).stem
        # The name itself, or a renamed copy (stem-2.png …) made by an earlier import.
        taken = [folder / name, *folder.glob(f"{glob.escape(stem)}-*.png")]
        if any(path.is_file() and path.read_bytes() == data for path in taken):
            return False
        atomic_write_bytes(_free_path(folder, name), data)
        return True
