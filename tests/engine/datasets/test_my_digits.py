"""The "My digits" collection: add, relabel, delete, export/import, damaged files, discovery.

Files are checked with OpenCV directly and exported folders with the dataset loader
(``load_image_folder``), not with the collection's own reader. The fine-tuning helpers that
need no TensorFlow are tested here; the fine-tuning run itself is in
tests/gui/my_digits/test_my_digits_tab.py, driven as a student would.
"""

import zipfile
from pathlib import Path

import cv2
import numpy as np
import pytest

from engine.datasets.catalog import available_datasets, load_dataset, load_image_folder
from engine.datasets.my_digits import MY_DIGITS_KEY, MyDigits, MyDigitsError, my_digits_dir
from engine.training.finetune import (
    HOLD_OUT_FROM,
    MAX_REPEATS,
    MIN_DIGITS,
    FineTuneError,
    check_collection,
    mix_with_mnist,
    split_for_fine_tuning,
)


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own app folder and home, as in test_datasets.py."""
    monkeypatch.setenv("CNN_LAB_HOME", str(tmp_path / "app"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return tmp_path / "app"


def digit_image(seed: int) -> np.ndarray:
    """A distinct uint8 28×28 picture per seed (a bright block on black, plus noise)."""
    rng = np.random.default_rng(seed)
    image = rng.integers(0, 40, (28, 28), dtype=np.uint8)
    row, col = 4 + seed % 15, 4 + (seed * 7) % 15
    image[row:row + 8, col:col + 4] = 255
    return image


def read_png(path: Path) -> np.ndarray:
    return cv2.imread(str(path), cv2.IMREAD_UNCHANGED)


def filled(collection: MyDigits, labels: list[int]) -> list[Path]:
    return [collection.add(digit_image(k), label) for k, label in enumerate(labels)]


def test_the_collection_lives_in_the_app_data_folder(private_home: Path) -> None:
    assert my_digits_dir() == private_home / "my_digits"
    assert MyDigits().folder == private_home / "my_digits"
    assert not my_digits_dir().exists()  # nothing is created until a digit is added


def test_add_writes_a_grey_png_into_the_label_folder(tmp_path: Path) -> None:
    collection = MyDigits(tmp_path / "c")
    image = digit_image(1)
    path = collection.add(image, 7)
    assert path.parent == tmp_path / "c" / "7" and path.suffix == ".png"
    np.testing.assert_array_equal(read_png(path), image)
    floats = image.astype(np.float32) / 255.0  # what engine.digits.preprocess.to_mnist gives
    second = collection.add(floats, 7)
    assert second != path
    np.testing.assert_array_equal(read_png(second), image)
    assert [label for _, label in collection.items()] == [7, 7]
    assert collection.counts().tolist() == [0] * 7 + [2, 0, 0]
    assert not list((tmp_path / "c" / "7").glob(".*"))  # no temporary files left behind


@pytest.mark.parametrize("label", [10, -1, 2.5, True, "3"])
def test_labels_other_than_a_digit_are_refused(tmp_path: Path, label: object) -> None:
    with pytest.raises(ValueError, match="from 0 to 9"):
        MyDigits(tmp_path).add(digit_image(0), label)  # type: ignore[arg-type]
    assert not any(tmp_path.iterdir())


def test_a_correction_moves_the_digit_to_its_new_label(tmp_path: Path) -> None:
    collection = MyDigits(tmp_path / "c")
    first, second = filled(collection, [1, 1])
    moved = collection.relabel(first, 4)
    assert moved == tmp_path / "c" / "4" / first.name and moved.is_file()
    assert not first.exists()
    np.testing.assert_array_equal(read_png(moved), digit_image(0))
    assert collection.counts()[[1, 4]].tolist() == [1, 1]
    assert collection.relabel(second, 1) == second  # the same label: nothing to do


def test_delete_removes_only_files_of_the_collection(tmp_path: Path) -> None:
    collection = MyDigits(tmp_path / "c")
    keep, gone = filled(collection, [2, 2])
    collection.delete(gone)
    assert not gone.exists() and keep.exists() and len(collection) == 1
    outsider = tmp_path / "2" / "precious.png"
    outsider.parent.mkdir()
    outsider.write_bytes(b"not mine")
    for wrong in (outsider, tmp_path / "c" / "2" / "x.txt"):
        with pytest.raises(MyDigitsError, match="not part of the collection"):
            collection.delete(wrong)
    with pytest.raises(MyDigitsError):
        collection.relabel(outsider, 3)
    assert outsider.read_bytes() == b"not mine"


def assert_same_digits(a: MyDigits, b: MyDigits) -> None:
    xa, ya, _ = a.load_images()
    xb, yb, _ = b.load_images()
    order_a, order_b = np.lexsort((xa.reshape(len(xa), -1).sum(1), ya)), \
        np.lexsort((xb.reshape(len(xb), -1).sum(1), yb))
    np.testing.assert_array_equal(ya[order_a], yb[order_b])
    np.testing.assert_array_equal(xa[order_a], xb[order_b])


def test_zip_export_and_import_round_trip(tmp_path: Path) -> None:
    source = MyDigits(tmp_path / "a")
    filled(source, [0, 3, 3, 9])
    archive = tmp_path / "out" / "mine.zip"
    assert source.export_zip(archive) == 4
    with zipfile.ZipFile(archive) as opened:
        names = sorted(opened.namelist())
    assert len(names) == 4 and all(name.startswith("my_digits/") for name in names)
    assert sum("/3/" in name for name in names) == 2
    target = MyDigits(tmp_path / "b")
    report = target.import_from(archive)
    assert (report.added, report.already_there, report.skipped) == (4, 0, [])
    assert_same_digits(source, target)
    again = target.import_from(archive)  # the same export twice adds nothing
    assert (again.added, again.already_there) == (0, 4) and len(target) == 4


def test_folder_export_is_what_the_dataset_loader_reads(tmp_path: Path) -> None:
    source = MyDigits(tmp_path / "a")
    filled(source, [digit for digit in range(10) for _ in range(2)])
    exported = tmp_path / "exported"
    assert source.export_folder(exported) == 20
    dataset = load_image_folder(exported)  # the independent reader of the same layout
    x, y, bad = source.load_images()
    assert bad == [] and dataset.class_names == [str(d) for d in range(10)]
    np.testing.assert_array_equal(dataset.y_train, y)
    np.testing.assert_array_equal(dataset.x_train, x)
    target = MyDigits(tmp_path / "b")
    assert target.import_from(exported).added == 20
    assert_same_digits(source, target)


def test_imported_names_that_clash_are_renamed_not_overwritten(tmp_path: Path) -> None:
    archive = tmp_path / "two.zip"
    ok, png = cv2.imencode(".png", digit_image(5))
    ok2, other = cv2.imencode(".png", digit_image(6))
    assert ok and ok2
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("a/5/same.png", png.tobytes())
        zipped.writestr("b/5/same.png", other.tobytes())  # same name, other digit
        zipped.writestr("readme.txt", "ignored")
        zipped.writestr("5/notes.txt", "ignored too")
    collection = MyDigits(tmp_path / "c")
    report = collection.import_from(archive)
    assert report.added == 2
    assert sorted(path.name for path, _ in collection.items()) == ["same-2.png", "same.png"]


def test_a_zip_cannot_write_outside_the_collection(tmp_path: Path) -> None:
    archive = tmp_path / "evil.zip"
    ok, png = cv2.imencode(".png", digit_image(2))
    assert ok
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("../../escaped/3/x.png", png.tobytes())
    collection = MyDigits(tmp_path / "deep" / "c")
    assert collection.import_from(archive).added == 1
    assert [(path.relative_to(collection.folder).as_posix(), label)
            for path, label in collection.items()] == [("3/x.png", 3)]
    assert not (tmp_path / "escaped").exists()


def test_damaged_pngs_are_reported_and_skipped(tmp_path: Path) -> None:
    collection = MyDigits(tmp_path / "c")
    good = filled(collection, [3, 8])
    truncated = tmp_path / "c" / "3" / "truncated.png"
    truncated.write_bytes(good[0].read_bytes()[:40])
    garbage = tmp_path / "c" / "8" / "garbage.png"
    garbage.write_bytes(b"this is not a picture")
    assert collection.counts()[[3, 8]].tolist() == [2, 2]  # listed: they are in the folder
    x, y, bad = collection.load_images()
    assert sorted(path.name for path in bad) == ["garbage.png", "truncated.png"]
    assert x.shape == (2, 28, 28) and x.dtype == np.uint8 and y.tolist() == [3, 8]
    dataset = collection.as_dataset()
    assert len(dataset.x_train) == 2 and "2 damaged file(s) were skipped" in dataset.description
    exported = tmp_path / "with_damage.zip"
    collection.export_zip(exported)
    report = MyDigits(tmp_path / "d").import_from(exported)
    assert report.added == 2 and sorted(report.skipped) == ["garbage.png", "truncated.png"]


def test_import_refuses_what_is_neither_zip_nor_folder(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(MyDigitsError, match="zip file or a folder"):
        MyDigits(tmp_path / "c").import_from(text)
    fake_zip = tmp_path / "broken.zip"
    fake_zip.write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(MyDigitsError):
        MyDigits(tmp_path / "c").import_from(fake_zip)


def test_the_collection_is_offered_and_loaded_as_a_dataset_once_it_has_digits() -> None:
    assert MY_DIGITS_KEY not in [info.key for info in available_datasets()]
    collection = MyDigits()
    filled(collection, [3, 7, 7])
    info = next(info for info in available_datasets() if info.key == MY_DIGITS_KEY)
    assert (info.name, info.size, info.is_sample, info.path) == ("My digits", 3, False,
                                                                collection.folder)
    dataset = load_dataset("mydigits")
    assert dataset.name == "My digits" and not dataset.has_test
    # Only 3s and 7s, yet the classes are the ten digits and the labels are the digits
    # themselves (load_image_folder would have numbered the two folders 0 and 1).
    assert dataset.class_names == [str(d) for d in range(10)] == dataset.class_names_pt
    assert dataset.y_train.tolist() == [3, 7, 7]
    assert dataset.class_counts().tolist() == [0, 0, 0, 1, 0, 0, 0, 2, 0, 0]
    assert load_image_folder(collection.folder).class_names == ["3", "7"]


def test_an_empty_collection_is_not_a_dataset() -> None:
    with pytest.raises(MyDigitsError, match="no digits"):
        load_dataset("mydigits")


# -- fine-tuning helpers (no TensorFlow) ----------------------------------------------------------

def test_too_few_digits_are_refused_with_an_explanation() -> None:
    with pytest.raises(FineTuneError, match=f"at least {MIN_DIGITS}"):
        check_collection(np.arange(MIN_DIGITS - 1) % 10)
    check_collection(np.arange(MIN_DIGITS) % 10)


def test_digits_of_a_single_class_are_refused_with_an_explanation() -> None:
    with pytest.raises(FineTuneError, match="at least 2 different digits"):
        check_collection(np.full(MIN_DIGITS + 5, 7))
    check_collection(np.array([7] * (MIN_DIGITS - 1) + [1]))


def test_a_fifth_of_each_class_is_held_out_only_when_there_are_enough() -> None:
    few = np.repeat(np.arange(10), 3)  # 30 digits: all for training
    train, held = split_for_fine_tuning(few)
    assert len(train) == 30 and len(held) == 0
    many = np.repeat(np.arange(10), HOLD_OUT_FROM // 10)  # 5 of each
    train, held = split_for_fine_tuning(many)
    assert len(held) == 10 and np.bincount(many[held], minlength=10).tolist() == [1] * 10
    assert not set(train) & set(held) and len(train) + len(held) == len(many)


def test_mixing_repeats_my_digits_to_about_a_quarter() -> None:
    x_mnist = np.zeros((3000, 28, 28), np.uint8)
    y_mnist = np.zeros(3000, np.int64)
    x_mine = np.full((100, 28, 28), 255, np.uint8)
    y_mine = np.full(100, 7)
    x, y, repeats = mix_with_mnist(x_mine, y_mine, x_mnist, y_mnist, 3000, seed=0)
    assert repeats == 10 and len(x) == 4000 and (y == 7).sum() == 1000
    assert (x[:, 0, 0] == 255).sum() == 1000  # my digits, as they were
    _, _, capped = mix_with_mnist(x_mine[:10], y_mine[:10], x_mnist, y_mnist, 3000, seed=0)
    assert capped == MAX_REPEATS
