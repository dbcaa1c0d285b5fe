"""engine.digits.strokes: reading pen digits, refusing bad files clearly, splitting by writer."""

import gzip
import json
from pathlib import Path

import numpy as np
import pytest

from engine.digits.strokes import (
    PEN_DIGITS_FILE,
    PenDigit,
    load_pen_digits,
    split_by_writer,
    writers,
)
from tests.conftest import ROOT

SAMPLE = [
    {"id": "a", "label": 1, "writer": "w1", "strokes": [[[0.5, 0.0], [0.5, 1.0]]]},
    {"id": "b", "label": 7, "writer": "w2",
     "strokes": [[[0.0, 0.0], [1.0, 0.0], [0.4, 1.0]], [[0.2, 0.5]]]},
    {"id": "c", "label": 0, "writer": "w1", "strokes": [[[0, 0], [1, 1]]]},
]


def write(tmp_path: Path, content: object, name: str = "digits.json") -> Path:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content),
                    encoding="utf-8")
    return path


def test_a_small_file_loads_into_frozen_digits(tmp_path: Path) -> None:
    digits = load_pen_digits(write(tmp_path, SAMPLE))
    assert [(d.id, d.label, d.writer) for d in digits] == [("a", 1, "w1"), ("b", 7, "w2"),
                                                           ("c", 0, "w1")]
    seven = digits[1]
    assert len(seven.strokes) == 2 and seven.strokes[1].shape == (1, 2)
    assert seven.strokes[0].dtype == np.float32
    np.testing.assert_allclose(seven.strokes[0], [[0, 0], [1, 0], [0.4, 1]], rtol=1e-7)
    with pytest.raises(AttributeError):
        seven.label = 3  # type: ignore[misc]
    with pytest.raises(ValueError):
        seven.strokes[0][0, 0] = 9.0  # read-only points


@pytest.mark.parametrize(("content", "message"), [
    ("[{", "not a valid JSON"),
    ({"id": "a"}, "JSON list"),
    ([{"id": "a", "label": 1, "writer": "w"}], r"entry 0: missing key.*strokes"),
    ([SAMPLE[0], {**SAMPLE[1], "label": 12}], "entry 1: the label"),
    ([{**SAMPLE[0], "strokes": []}], "non-empty list"),
    ([{**SAMPLE[0], "strokes": [[[0.5], [0.1]]]}], r"\[x, y\] points"),
    ([{**SAMPLE[0], "strokes": [[["x", "y"]]]}], r"\[x, y\] numbers"),
    ([{**SAMPLE[0], "strokes": [[]]}], r"\[x, y\] points"),
    (["not a digit"], "expected an object"),
])
def test_a_bad_file_is_named_in_the_error(tmp_path: Path, content: object, message: str) -> None:
    path = write(tmp_path, content, "broken.json")
    with pytest.raises(ValueError, match=message) as caught:
        load_pen_digits(path)
    assert "broken.json" in str(caught.value)


def test_writers_and_a_split_that_keeps_writers_apart(tmp_path: Path) -> None:
    digits = load_pen_digits(write(tmp_path, SAMPLE))
    assert writers(digits) == ["w1", "w2"]
    kept, held_out = split_by_writer(digits, ["w1"])
    assert [d.id for d in kept] == ["b"] and [d.id for d in held_out] == ["a", "c"]
    with pytest.raises(ValueError, match=r"Unknown writer.*w9"):
        split_by_writer(digits, ["w9"])


def test_gzip_compressed_files_read_like_plain_ones(tmp_path: Path) -> None:
    packed = tmp_path / "digits.json.gz"
    packed.write_bytes(gzip.compress(json.dumps(SAMPLE).encode()))
    digits = load_pen_digits(packed)
    assert [d.id for d in digits] == ["a", "b", "c"]
    np.testing.assert_allclose(digits[1].strokes[0], [[0, 0], [1, 0], [0.4, 1]], rtol=1e-6)
    damaged = tmp_path / "damaged.json.gz"
    damaged.write_bytes(packed.read_bytes()[:40])
    with pytest.raises(ValueError, match=r"damaged\.json\.gz is not a valid JSON file"):
        load_pen_digits(damaged)


def test_the_shipped_file_has_the_documented_counts() -> None:
    assert PEN_DIGITS_FILE == ROOT / "resources" / "data" / "pendigits_train_strokes.json.gz"
    digits = load_pen_digits()  # the shipped file is the default
    assert len(digits) == 7494
    assert len(writers(digits)) == 30
    counts = np.bincount([d.label for d in digits], minlength=10)
    assert counts.tolist() == [780, 779, 780, 719, 780, 720, 720, 778, 719, 719]
    assert all(isinstance(d, PenDigit) for d in digits)
    points = np.concatenate([s for d in digits for s in d.strokes])
    assert points.min() >= 0.0 and points.max() <= 1.0
    kept, held_out = split_by_writer(digits, writers(digits)[:5])
    assert len(kept) + len(held_out) == 7494
    assert not set(writers(kept)) & set(writers(held_out))
