"""load_image_folder: one sub-folder of PNG/JPEG/BMP images per class, read with OpenCV."""

from pathlib import Path

import cv2
import numpy as np
import pytest

from engine.datasets.catalog import DatasetError, load_dataset, load_image_folder


def write_png(path: Path, image: np.ndarray) -> Path:
    """Write an image file (PNG, JPEG or BMP by the suffix) with cv2.imwrite."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.as_posix().isascii():
        assert cv2.imwrite(str(path), image)
    else:  # imwrite cannot open accented names on Windows; imencode + tofile can, anywhere
        ok, encoded = cv2.imencode(path.suffix, image)
        assert ok
        encoded.tofile(path)
    return path


def grey_classes(root: Path, per_class: dict[str, int], size: tuple[int, int] = (8, 8)) -> Path:
    """Class folders of grey images whose pixels all equal 10·class + image number."""
    for label, (name, count) in enumerate(per_class.items()):
        for k in range(count):
            write_png(root / name / f"{k:03d}.png", np.full(size, 10 * label + k, np.uint8))
    return root


def test_grey_images_stay_grey_with_sorted_class_names(tmp_path: Path) -> None:
    root = grey_classes(tmp_path / "shapes", {"zebra": 2, "apple": 3})
    dataset = load_image_folder(root)
    assert dataset.class_names == ["apple", "zebra"]  # sorted, like Keras
    assert dataset.x_train.shape == (5, 8, 8) and dataset.x_train.dtype == np.uint8
    assert dataset.y_train.tolist() == [0, 0, 0, 1, 1]
    # "apple" was written second (label 1 → pixels 10, 11, 12), "zebra" first (0, 1).
    assert dataset.x_train[:, 0, 0].tolist() == [10, 11, 12, 0, 1]
    assert not dataset.has_test and dataset.name == "shapes"


def test_colour_images_are_rgb(tmp_path: Path) -> None:
    red_in_bgr = np.zeros((6, 5, 3), np.uint8)
    red_in_bgr[..., 2] = 255
    write_png(tmp_path / "c" / "red" / "a.png", red_in_bgr)
    write_png(tmp_path / "c" / "grey" / "b.png", np.full((6, 5), 128, np.uint8))
    dataset = load_image_folder(tmp_path / "c")
    assert dataset.x_train.shape == (2, 6, 5, 3)
    red = dataset.x_train[dataset.class_names.index("red")]
    assert red[0, 0].tolist() == [255, 0, 0]
    assert dataset.x_train[dataset.class_names.index("grey")][0, 0].tolist() == [128] * 3
    forced = load_image_folder(tmp_path / "c", grayscale=True)
    assert forced.x_train.shape == (2, 6, 5)


def test_grey_pictures_saved_as_rgb_and_jpeg_and_bmp(tmp_path: Path) -> None:
    grey_rgb = np.full((4, 4, 3), 200, np.uint8)
    write_png(tmp_path / "f" / "a" / "x.jpg", grey_rgb)
    write_png(tmp_path / "f" / "b" / "y.BMP", grey_rgb)
    dataset = load_image_folder(tmp_path / "f")
    assert dataset.x_train.shape == (2, 4, 4)
    assert abs(int(dataset.x_train[0, 0, 0]) - 200) <= 2  # JPEG is lossy
    assert load_image_folder(tmp_path / "f", grayscale=False).x_train.shape == (2, 4, 4, 3)


def test_transparent_pixels_are_laid_over_white(tmp_path: Path) -> None:
    bgra = np.zeros((3, 3, 4), np.uint8)  # black, and fully transparent except one pixel
    bgra[1, 1, 3] = 255
    write_png(tmp_path / "t" / "dot" / "a.png", bgra)
    write_png(tmp_path / "t" / "other" / "b.png", np.zeros((3, 3), np.uint8))
    x = load_image_folder(tmp_path / "t").x_train
    assert x[0, 0, 0] == 255 and x[0, 1, 1] == 0


def test_accented_names_work(tmp_path: Path) -> None:
    root = grey_classes(tmp_path / "formas geométricas", {"coração": 1, "estrela": 1})
    dataset = load_dataset(root)
    assert dataset.class_names == ["coração", "estrela"]
    assert dataset.class_names_pt == dataset.class_names


def test_mixed_sizes_are_refused_unless_a_size_is_given(tmp_path: Path) -> None:
    write_png(tmp_path / "m" / "a" / "small.png", np.zeros((8, 8), np.uint8))
    write_png(tmp_path / "m" / "b" / "wide.png", np.full((8, 12), 255, np.uint8))
    with pytest.raises(DatasetError, match=r"wide\.png.*12×8.*small\.png.*8×8"):
        load_image_folder(tmp_path / "m")
    dataset = load_image_folder(tmp_path / "m", size=(4, 6))
    assert dataset.x_train.shape == (2, 4, 6)
    assert dataset.x_train[1].min() == 255  # INTER_AREA keeps a flat image flat
    assert load_image_folder(tmp_path / "m", size=5).image_shape == (5, 5)


def test_test_fraction_holds_out_part_of_each_class(tmp_path: Path) -> None:
    root = grey_classes(tmp_path / "s", {"a": 10, "b": 5})
    first = load_image_folder(root, test_fraction=0.2)
    assert first.class_counts("train").tolist() == [8, 4]
    assert first.class_counts("test").tolist() == [2, 1]
    again = load_image_folder(root, test_fraction=0.2)
    assert np.array_equal(first.x_test, again.x_test), "the split must be reproducible"


def test_progress_reaches_one(tmp_path: Path) -> None:
    root = grey_classes(tmp_path / "p", {"a": 70, "b": 1}, size=(2, 2))
    seen: list[float] = []
    load_image_folder(root, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 2


def test_other_files_and_hidden_ones_are_ignored(tmp_path: Path) -> None:
    root = grey_classes(tmp_path / "i", {"a": 1, "b": 1})
    (root / "a" / "notes.txt").write_text("not an image")
    (root / "a" / "Thumbs.db").write_bytes(b"\0\1")
    (root / ".thumbnails").mkdir()
    (root / "README.txt").write_text("my photos")
    assert load_image_folder(root).class_names == ["a", "b"]


def _empty(root: Path) -> str:
    root.mkdir()
    return root.name


def _loose_images(root: Path) -> str:
    write_png(root / "digit.png", np.zeros((3, 3), np.uint8))
    return root.name


def _class_without_images(root: Path) -> str:
    grey_classes(root, {"cats": 1})
    (root / "dogs_empty").mkdir()
    (root / "dogs_empty" / "list.txt").write_text("nothing here")
    return "dogs_empty"


def _unreadable_image(root: Path) -> str:
    grey_classes(root, {"cats": 1})
    write_png(root / "dogs" / "fine.png", np.zeros((8, 8), np.uint8))
    (root / "dogs" / "broken.png").write_bytes(b"\x89PNG this is not really a picture")
    return "broken.png"


def _zero_byte_image(root: Path) -> str:
    grey_classes(root, {"cats": 1})
    write_png(root / "dogs" / "zero.jpg", np.zeros((8, 8), np.uint8)).write_bytes(b"")
    return "zero.jpg"


def _missing(root: Path) -> str:
    return root.name


@pytest.mark.parametrize("make", [_empty, _loose_images, _class_without_images,
                                  _unreadable_image, _zero_byte_image, _missing])
def test_bad_folders_name_the_culprit(tmp_path: Path, make: object) -> None:
    root = tmp_path / "my_dataset"
    culprit = make(root)
    with pytest.raises(DatasetError) as error:
        load_image_folder(root)
    assert culprit in str(error.value)
    assert str(root) in str(error.value)
