"""Real pen trajectories of handwritten digits, to replay on the drawing canvas.

CNN Lab ships ``resources/data/pendigits_train_strokes.json.gz`` (see the README beside it):
7,494 digits written on a tablet by 30 people (UCI "Pen-Based Recognition of Handwritten
Digits", E. Alpaydin and F. Alimoglu, CC BY 4.0), as gzip-compressed JSON: a list of
``{"id", "label", "writer", "strokes"}`` where ``strokes`` is a list of pen-down … pen-up
strokes, each a list of ``[x, y]`` points scaled so the digit's bounding box fits [0, 1], x to
the right and y downwards.

Such data is useful twice: tests replay it as mouse drags to check that drawing preprocessing
turns *human* strokes into MNIST-like inputs, and training may draw it through the canvas's own
brush as extra examples. For that, always keep whole writers apart (:func:`split_by_writer`):
a model that has seen a person's "7"s recognises that person's other "7"s far more easily than
a stranger's, and a measurement on seen writers promises more than the app will deliver.
"""

import gzip
import json
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from resources import resource_path

__all__ = ["PEN_DIGITS_FILE", "PenDigit", "load_pen_digits", "split_by_writer", "writers"]

# The pen digits that ship with CNN Lab (the default of load_pen_digits and of train --strokes).
PEN_DIGITS_FILE = resource_path("data", "pendigits_train_strokes.json.gz")


@dataclass(frozen=True, eq=False)
class PenDigit:
    """One handwritten digit as the pen drew it.

    ``strokes`` holds one read-only float32 (n, 2) array of (x, y) points per stroke. Two
    digits compare equal only if they are the same object (arrays have no single truth value,
    so field-by-field equality would be ambiguous).
    """

    id: str
    label: int
    writer: str
    strokes: tuple[np.ndarray, ...]


def load_pen_digits(path: str | Path = PEN_DIGITS_FILE) -> list[PenDigit]:
    """Read a pen-digit JSON file (``.json`` or gzip-compressed ``.json.gz``; by default the
    shipped one); ``ValueError`` naming the file and the entry if it is bad."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as file:
            data = json.load(file)
    except (json.JSONDecodeError, UnicodeDecodeError, EOFError, gzip.BadGzipFile,
            zlib.error) as exc:
        raise ValueError(f"{path} is not a valid JSON file of pen digits ({exc}).") from exc
    if not isinstance(data, list):
        raise ValueError(f"{path} should hold a JSON list of digits, found a "
                         f"{type(data).__name__}.")
    digits = []
    for index, entry in enumerate(data):
        try:
            digits.append(_parse_digit(entry))
        except ValueError as exc:
            raise ValueError(f"{path}, entry {index}: {exc}") from None
    return digits


def _parse_digit(entry: object) -> PenDigit:
    """One {"id", "label", "writer", "strokes"} entry, checked."""
    if not isinstance(entry, dict):
        raise ValueError(f"expected an object with id, label, writer and strokes, "
                         f"got {entry!r:.60}")
    missing = [key for key in ("id", "label", "writer", "strokes") if key not in entry]
    if missing:
        raise ValueError(f"missing key(s) {', '.join(missing)}")
    label = entry["label"]
    if isinstance(label, bool) or not isinstance(label, int) or not 0 <= label <= 9:
        raise ValueError(f"the label must be a digit 0–9, got {label!r}")
    raw = entry["strokes"]
    if not isinstance(raw, list) or not raw:
        raise ValueError("'strokes' must be a non-empty list of strokes")
    return PenDigit(str(entry["id"]), label, str(entry["writer"]),
                    tuple(_parse_stroke(stroke) for stroke in raw))


def _parse_stroke(stroke: object) -> np.ndarray:
    """A list of [x, y] points as a read-only float32 (n, 2) array."""
    try:
        points = np.array(stroke, dtype=np.float32)
    except (TypeError, ValueError):
        raise ValueError(f"a stroke must be a list of [x, y] numbers, got {stroke!r:.60}") \
            from None
    if points.ndim != 2 or points.shape[1] != 2 or len(points) == 0:
        raise ValueError(f"a stroke must be a non-empty list of [x, y] points, got shape "
                         f"{points.shape}")
    if not np.isfinite(points).all():
        raise ValueError("a stroke contains NaN or infinite coordinates")
    points.setflags(write=False)  # the dataclass is frozen; so are its points
    return points


def writers(digits: Iterable[PenDigit]) -> list[str]:
    """The distinct writers, sorted."""
    return sorted({digit.writer for digit in digits})


def split_by_writer(digits: Sequence[PenDigit], held_out_writers: Iterable[str]
                    ) -> tuple[list[PenDigit], list[PenDigit]]:
    """(kept, held_out): the digits of the named writers go to held_out, the rest to kept.

    Naming a writer who is not in ``digits`` is an error, because a typo would otherwise
    silently hold out nobody and every later measurement would be on seen writers.
    """
    held = set(held_out_writers)
    unknown = held - set(writers(digits))
    if unknown:
        raise ValueError(f"Unknown writer(s) {', '.join(sorted(unknown))}: the digits come from "
                         f"{len(writers(digits))} writers, see writers(digits).")
    kept = [digit for digit in digits if digit.writer not in held]
    held_out = [digit for digit in digits if digit.writer in held]
    return kept, held_out

