"""engine.datasets.catalog: npz and IDX loaders, the quick sample, Fashion-MNIST, MNIST in npz
parts, the chooser's list, and import (atomic).

The shipped MNIST and pen digits themselves are checked in test_shipped_data.py, image-folder
loading in test_datasets_folder.py, the paths module in test_paths.py.
"""

import gzip
import shutil
from pathlib import Path

import cv2
import numpy as np
import pytest

from engine import paths
from engine.datasets import builtin as datasets_builtin
from engine.datasets import catalog as datasets
from engine.datasets.catalog import (
    Dataset,
    DatasetError,
    available_datasets,
    fashion_available,
    import_dataset,
    load_dataset,
    load_fashion_mnist,
    load_idx,
    load_idx_pair,
    load_mnist,
    load_npz,
    load_sample,
    mnist_path,
)


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own app folder and home (so no cache or import of the real one)."""
    monkeypatch.setenv("CNN_LAB_HOME", str(tmp_path / "app"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return tmp_path / "app"


def images(count: int, size: int = 4, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, (count, size, size), dtype=np.uint8)


def labels(count: int, classes: int = 3) -> np.ndarray:
    return (np.arange(count) % classes).astype(np.uint8)


def idx_bytes(array: np.ndarray) -> bytes:
    magic = 0x0800 + array.ndim
    header = magic.to_bytes(4, "big") + b"".join(d.to_bytes(4, "big") for d in array.shape)
    return header + array.astype(np.uint8).tobytes()


def write_idx(folder: Path, prefix: str, x: np.ndarray, y: np.ndarray,
              gzipped: bool = False) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, dims, array in (("images", 3, x), ("labels", 1, y)):
        path = folder / f"{prefix}-{kind}-idx{dims}-ubyte{'.gz' if gzipped else ''}"
        data = idx_bytes(array)
        path.write_bytes(gzip.compress(data) if gzipped else data)
        written.append(path)
    return written[0], written[1]


# --- the Dataset record ------------------------------------------------------------------------

def make(**changes: object) -> Dataset:
    fields = dict(name="tiny", source="tiny.npz", x_train=images(6), y_train=labels(6),
                  x_test=images(3), y_test=labels(3), class_names=["a", "b", "c"],
                  class_names_pt=["á", "b", "c"])
    fields.update(changes)
    return Dataset(**fields)


def test_dataset_properties_and_summary() -> None:
    dataset = make()
    assert dataset.num_classes == 3 and dataset.image_shape == (4, 4) and dataset.has_test
    assert dataset.y_train.dtype == np.int64
    assert dataset.class_counts().tolist() == [2, 2, 2]
    assert dataset.class_counts("test").tolist() == [1, 1, 1]
    text = dataset.summary()
    assert "tiny" in text and "6 grey images of 4×4" in text and "a (2)" in text
    assert not make(x_test=None, y_test=None).has_test


@pytest.mark.parametrize(("changes", "message"), [
    (dict(x_train=images(6).astype(np.float32)), "uint8"),
    (dict(y_train=labels(5)), "6 training images but 5 training labels"),
    (dict(y_test=np.array([0, 1, 3])), "contain 3, but the classes are numbered 0 to 2"),
    (dict(y_train=np.array([0, -1, 0, 1, 2, 0])), "contain -1"),
    (dict(x_test=images(3, size=5)), "4×4 but the test images are 5×5"),
    (dict(y_test=None), "images without labels"),
    (dict(class_names_pt=["a"]), "Portuguese"),
])
def test_dataset_refuses_inconsistent_data(changes: dict, message: str) -> None:
    with pytest.raises(DatasetError, match=message) as error:
        make(**changes)
    assert "tiny.npz" in str(error.value)


# --- npz -----------------------------------------------------------------------------------

def test_npz_keras_layout(tmp_path: Path) -> None:
    path = tmp_path / "mine.npz"
    np.savez(path, x_train=images(6), y_train=labels(6), x_test=images(3), y_test=labels(3))
    dataset = load_npz(path)
    assert dataset.x_train.shape == (6, 4, 4) and dataset.x_test.shape == (3, 4, 4)
    assert dataset.class_names == ["0", "1", "2"] and dataset.name == "mine"
    assert np.array_equal(dataset.x_train, images(6)) and dataset.source == str(path)


def test_npz_plain_x_y_is_all_training(tmp_path: Path) -> None:
    path = tmp_path / "plain.npz"
    np.savez_compressed(path, x=images(5), y=labels(5))
    dataset = load_dataset(path)
    assert len(dataset.x_train) == 5 and not dataset.has_test


def test_npz_conversions(tmp_path: Path) -> None:
    """Floats 0…1 are scaled by 255, floats and ints in 0…255 kept, (N,H,W,1) and flat rows
    reshaped, one-hot labels decoded."""
    pixels = images(4)
    cases = {
        "unit.npz": dict(x=pixels / 255.0, y=labels(4)),
        "float255.npz": dict(x=pixels.astype(np.float32), y=labels(4).astype(np.float64)),
        "int16.npz": dict(x=pixels.astype(np.int16), y=labels(4).astype(np.int32)),
        "channel.npz": dict(x=pixels[..., None], y=labels(4)[:, None]),
        "flat.npz": dict(x=pixels.reshape(4, 16), y=np.eye(3, dtype=np.float32)[labels(4)]),
    }
    for name, arrays in cases.items():
        np.savez(tmp_path / name, **arrays)
        dataset = load_npz(tmp_path / name)
        assert np.array_equal(dataset.x_train, pixels), name
        assert dataset.y_train.tolist() == labels(4).tolist(), name


def test_npz_colour_images(tmp_path: Path) -> None:
    x = np.random.default_rng(1).integers(0, 256, (4, 5, 6, 3), dtype=np.uint8)
    np.savez(tmp_path / "rgb.npz", x=x, y=labels(4))
    assert load_npz(tmp_path / "rgb.npz").image_shape == (5, 6, 3)


def _bad_npz(tmp_path: Path, case: str) -> Path:
    path = tmp_path / f"{case}.npz"
    arrays = {
        "missing_key": dict(x_train=images(3)),
        "no_known_keys": dict(pictures=images(3)),
        "negative_pixels": dict(x=np.arange(-1, 47, dtype=np.int16).reshape(3, 4, 4), y=labels(3)),
        "too_bright": dict(x=images(3).astype(np.float32) * 2 + 1, y=labels(3)),
        "nan_pixels": dict(x=np.full((3, 4, 4), np.nan), y=labels(3)),
        "negative_label": dict(x=images(3), y=np.array([0, -2, 1])),
        "fraction_label": dict(x=images(3), y=np.array([0, 0.5, 1])),
        "label_out_of_range": dict(x=images(3), y=np.array([0, 1, 2]),
                                   class_names=np.array(["cat", "dog"])),
        "lengths": dict(x=images(4), y=labels(3)),
        "not_images": dict(x=np.zeros((3, 2, 2, 2, 2), np.uint8), y=labels(3)),
        "pickled": dict(x=np.array([images(1), "text"], dtype=object), y=labels(2)),
    }
    if case in arrays:
        np.savez(path, **arrays[case])
    elif case == "npy_file":
        np.save(path.with_suffix(".npy"), images(2))
        path.with_suffix(".npy").rename(path)
    elif case == "text_file":
        path.write_text("x,y\n1,2\n")
    elif case == "truncated":
        np.savez(path, x=images(50), y=labels(50))
        path.write_bytes(path.read_bytes()[:600])
    return path


@pytest.mark.parametrize(("case", "message"), [
    ("missing_key", "has 'x_train' but no 'y_train'"),
    ("no_known_keys", "none of the expected arrays.*pictures"),
    ("negative_pixels", "pixel values from -1"),
    ("too_bright", "pixels must lie between 0 and 255"),
    ("nan_pixels", "NaN"),
    ("negative_label", "negative label -2"),
    ("fraction_label", "whole class numbers"),
    ("label_out_of_range", "contain 2, but the classes are numbered 0 to 1"),
    ("lengths", "4 images but 'y' holds 3 labels"),
    ("not_images", "not a stack of images"),
    ("pickled", "pickled"),
    ("npy_file", "single NumPy array"),
    ("text_file", "not a NumPy .npz file"),
    ("truncated", "damaged|not a NumPy"),
    ("absent", "no such file"),
])
def test_bad_npz_files_name_the_file(tmp_path: Path, case: str, message: str) -> None:
    path = _bad_npz(tmp_path, case)
    with pytest.raises(DatasetError, match=message) as error:
        load_npz(path)
    assert path.name in str(error.value)


# --- IDX ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("gzipped", [False, True])
def test_idx_files(tmp_path: Path, gzipped: bool) -> None:
    x_path, y_path = write_idx(tmp_path / "idx", "train", images(7, 5), labels(7), gzipped)
    dataset = load_idx(x_path, y_path)
    assert np.array_equal(dataset.x_train, images(7, 5)) and dataset.y_train.dtype == np.int64
    assert dataset.y_train.tolist() == labels(7).tolist() and not dataset.has_test


def test_gzip_is_detected_by_content_not_by_name(tmp_path: Path) -> None:
    x_path, y_path = write_idx(tmp_path, "train", images(4), labels(4), gzipped=True)
    misnamed = x_path.rename(tmp_path / "pictures.bin")  # gzipped, without .gz
    plain = tmp_path / "labels.gz"  # not gzipped, but called .gz
    plain.write_bytes(idx_bytes(labels(4)))
    assert len(load_idx(misnamed, plain).x_train) == 4
    assert y_path.exists()


def test_idx_folder_with_train_and_test(tmp_path: Path) -> None:
    write_idx(tmp_path / "digits", "train", images(12), labels(12, 10), gzipped=True)
    write_idx(tmp_path / "digits", "t10k", images(2), labels(2, 10))
    dataset = load_dataset(tmp_path / "digits")
    assert dataset.has_test and len(dataset.x_test) == 2 and dataset.num_classes == 10
    alone = load_idx_pair(tmp_path / "digits")
    assert alone.name == "digits"


def _bad_idx(tmp_path: Path, case: str) -> tuple[Path, Path, Path]:
    """(images, labels, the file the message must name)."""
    x_path, y_path = write_idx(tmp_path, "train", images(5), labels(5), case.endswith("_gz"))
    if case.startswith("truncated_images"):
        data = gzip.decompress(x_path.read_bytes()) if case.endswith("_gz") else \
            x_path.read_bytes()
        x_path.write_bytes(gzip.compress(data[:-10]) if case.endswith("_gz") else data[:-10])
        return x_path, y_path, x_path
    if case == "truncated_labels":
        y_path.write_bytes(y_path.read_bytes()[:-1])
        return x_path, y_path, y_path
    if case == "wrong_magic":  # the labels file given as the images file
        return y_path, x_path, y_path
    if case == "extra_bytes":
        x_path.write_bytes(x_path.read_bytes() + b"\0")
        return x_path, y_path, x_path
    if case == "count_mismatch":
        y_path.write_bytes(idx_bytes(labels(4)))
        return x_path, y_path, y_path
    if case == "broken_gzip":
        x_path.write_bytes(gzip.compress(idx_bytes(images(5)))[:40])
        return x_path, y_path, x_path
    raise AssertionError(case)


@pytest.mark.parametrize(("case", "message"), [
    ("truncated_images", r"truncated.*96 bytes were expected, but 86 bytes were found"),
    ("truncated_images_gz", r"truncated.*96 bytes.*86 bytes were found \(after decompr"),
    ("truncated_labels", r"truncated.*13 bytes were expected, but 12"),
    ("wrong_magic", r"not an IDX images file.*0x00000801"),
    ("extra_bytes", r"longer than its header says"),
    ("count_mismatch", r"4 labels but train-images-idx3-ubyte holds 5 images"),
    ("broken_gzip", r"gzip"),
])
def test_bad_idx_files_name_the_file(tmp_path: Path, case: str, message: str) -> None:
    x_path, y_path, culprit = _bad_idx(tmp_path, case)
    with pytest.raises(DatasetError, match=message) as error:
        load_idx(x_path, y_path)
    assert str(error.value).startswith(str(culprit))


def test_idx_folder_missing_the_labels(tmp_path: Path) -> None:
    x_path, y_path = write_idx(tmp_path / "half", "train", images(2), labels(2))
    y_path.unlink()
    with pytest.raises(DatasetError, match="labels file is missing") as error:
        load_idx_pair(tmp_path / "half")
    assert x_path.name in str(error.value)


# --- the quick sample -----------------------------------------------------------------------

def test_sample_is_5000_mnist_training_digits_split_4000_1000(private_home: Path) -> None:
    dataset = load_sample()
    assert dataset.is_sample and dataset.name == "MNIST sample (5,000 digits)"
    assert "training images" in dataset.source
    assert "500 training images of each digit" in dataset.description
    assert dataset.x_train.shape == (4000, 28, 28) and dataset.x_test.shape == (1000, 28, 28)
    assert dataset.x_train.dtype == np.uint8 and dataset.x_train.max() == 255
    assert dataset.class_counts().tolist() == [400] * 10
    assert dataset.class_counts("test").tolist() == [100] * 10
    assert (private_home / "cache" / datasets_builtin.SAMPLE_CACHE).is_file()


def test_the_sample_is_the_first_500_training_images_of_each_digit() -> None:
    """As resources/data/README.md says: all from MNIST's training set, none from its test set."""
    mnist, sample = load_mnist(), load_sample()
    first_500 = np.concatenate([np.flatnonzero(mnist.y_train == d)[:500] for d in range(10)])

    def as_set(x: np.ndarray, y: np.ndarray) -> list[tuple[int, bytes]]:
        return sorted(zip(y.tolist(), map(bytes, x.reshape(len(x), -1)), strict=True))

    shown = as_set(np.concatenate([sample.x_train, sample.x_test]),
                   np.concatenate([sample.y_train, sample.y_test]))
    assert shown == as_set(mnist.x_train[first_500], mnist.y_train[first_500])


def test_sample_cache_is_reused_and_rebuilt_if_damaged(private_home: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_sample()
    cache = private_home / "cache" / datasets_builtin.SAMPLE_CACHE

    def no_mnist() -> None:
        raise AssertionError("MNIST was read again instead of the cache")

    with monkeypatch.context() as patch:
        patch.setattr(datasets_builtin, "load_mnist", no_mnist)
        second = load_sample()
    assert np.array_equal(first.x_test, second.x_test)  # same split every time
    assert np.array_equal(first.y_train, second.y_train)
    cache.write_bytes(b"PK\x03\x04 broken")
    assert np.array_equal(load_sample().x_train, first.x_train)
    assert len(np.load(cache)["x"]) == 5000, "the damaged cache was rewritten"


def test_mnist_and_the_sample_are_always_listed_first() -> None:
    infos = available_datasets()
    assert [info.key for info in infos[:2]] == ["mnist", "sample"]
    assert (infos[0].name, infos[0].size, infos[0].path) == ("MNIST", 70_000, mnist_path())
    assert (infos[1].size, infos[1].is_sample) == (5000, True)
    assert load_dataset("sample").is_sample and not load_dataset("MNIST").is_sample


# --- Fashion-MNIST -------------------------------------------------------------------------

def test_fashion_mnist_from_the_debian_package() -> None:
    # ./lab test installs dataset-fashion-mnist, so this always runs there.
    assert fashion_available()
    dataset = load_dataset("fashion")
    assert dataset.x_train.shape == (60000, 28, 28) and dataset.x_test.shape == (10000, 28, 28)
    assert dataset.class_counts().tolist() == [6000] * 10
    assert dataset.class_counts("test").tolist() == [1000] * 10
    assert dataset.class_names[0] == "T-shirt/top" and dataset.class_names[9] == "Ankle boot"
    assert dataset.class_names_pt[1] == "Calça" and dataset.class_names_pt[7] == "Tênis"
    assert dataset.y_train[0] == 9  # the first training picture is an ankle boot


def test_fashion_elsewhere_is_reported(tmp_path: Path) -> None:
    assert not fashion_available(tmp_path / "none")
    with pytest.raises(DatasetError, match="dataset-fashion-mnist"):
        load_fashion_mnist(tmp_path / "none")


# --- other layouts of MNIST -----------------------------------------------------------------

def test_a_folder_holding_a_keras_mnist_npz_loads_it(tmp_path: Path) -> None:
    shutil.copyfile(mnist_path(), tmp_path / "mnist.npz")
    dataset = load_dataset(tmp_path)
    assert len(dataset.x_train) == 60_000 and len(dataset.x_test) == 10_000


def test_mnist_in_npz_parts_with_a_missing_part(tmp_path: Path) -> None:
    for name in ("mnist_train_part0.npz", "mnist_train_part2.npz", "mnist_test.npz"):
        np.savez(tmp_path / name, x=images(2, 28), y=labels(2))
    with pytest.raises(DatasetError, match=r"mnist_train_part1\.npz: this part is missing"):
        load_dataset(tmp_path)
    (tmp_path / "mnist_train_part2.npz").rename(tmp_path / "mnist_train_part1.npz")
    dataset = load_dataset(tmp_path)
    assert len(dataset.x_train) == 4 and len(dataset.x_test) == 2


def test_unknown_paths_and_files(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="no such file or folder"):
        load_dataset(tmp_path / "missing")
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(DatasetError, match=r"notes\.txt: CNN Lab cannot read"):
        load_dataset(tmp_path / "notes.txt")


# --- import -------------------------------------------------------------------------

def test_import_keeps_names_and_lists_the_dataset(tmp_path: Path, private_home: Path) -> None:
    source = tmp_path / "clothes.npz"
    np.savez(source, x_train=images(6), y_train=labels(6), x_test=images(3), y_test=labels(3),
             class_names=np.array(["shirt", "shoe", "bag"]))
    seen: list[float] = []
    target = import_dataset(source, name="Minhas Roupas / 2024", progress=seen.append)
    assert target == private_home / "datasets" / "minhas_roupas_2024.npz"
    assert seen[0] == 0.0 and seen[-1] == 1.0
    info = available_datasets()[-1]
    assert (info.key, info.name, info.size) == ("imported:minhas_roupas_2024",
                                                 "Minhas Roupas / 2024", 9)
    again = load_dataset(info.key)
    assert again.class_names == ["shirt", "shoe", "bag"] and again.name == info.name
    assert np.array_equal(again.x_test, images(3))
    with np.load(target, allow_pickle=False) as archive:  # readable by keras-style code too
        assert archive["y_train"].dtype == np.uint8 and archive["x_train"].shape == (6, 4, 4)


@pytest.mark.parametrize("failure", ["savez", "replace"])
def test_import_is_atomic(tmp_path: Path, private_home: Path, monkeypatch: pytest.MonkeyPatch,
                          failure: str) -> None:
    source = tmp_path / "v1.npz"
    np.savez(source, x=images(4), y=labels(4))
    target = import_dataset(source, name="set")
    before = target.read_bytes()
    np.savez(source, x=images(8, seed=1), y=labels(8))

    def half_write(file: object, **arrays: object) -> None:
        Path(file).write_bytes(b"PK\x03\x04 half of a file")
        raise OSError(28, "No space left on device")

    def refuse(*args: object) -> None:
        raise PermissionError(13, "Permission denied")

    if failure == "savez":
        monkeypatch.setattr(datasets, "save_npz", lambda dataset, file: half_write(file))
    else:
        monkeypatch.setattr(paths.os, "replace", refuse)
    with pytest.raises(DatasetError, match="could not be saved") as error:
        import_dataset(source, name="set")
    assert str(target) in str(error.value)
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["set.npz"]


def test_dark_on_light_images_are_counted_from_their_border() -> None:
    from engine.datasets.base import dark_on_light_fraction

    light_on_dark = np.zeros((3, 64, 64), np.uint8)
    light_on_dark[:, 20:44, 30:34] = 255  # a white stroke on black
    dark_on_light = 255 - light_on_dark
    assert dark_on_light_fraction(light_on_dark) == 0.0
    assert dark_on_light_fraction(np.concatenate([light_on_dark, dark_on_light])) == 0.5
    assert dark_on_light_fraction(dark_on_light) == 1.0
    assert dark_on_light_fraction(np.full((2, 8, 8, 3), 255, np.uint8)) == 0.0  # colour


def test_dataset_errors_a_person_can_cause_have_a_kind_and_name_the_culprit(
        tmp_path: Path) -> None:
    from engine.datasets.base import DatasetError
    from engine.datasets.catalog import load_dataset
    from engine.datasets.folder import read_image

    (tmp_path / "set" / "cats").mkdir(parents=True)
    (tmp_path / "set" / "dogs").mkdir()
    cv2.imwrite(str(tmp_path / "set" / "cats" / "a.png"), np.zeros((8, 8), np.uint8))
    np.savez(tmp_path / "odd.npz", pictures=np.zeros((2, 8, 8)))
    (tmp_path / "fake.png").write_text("not an image")
    cases = [(lambda: load_dataset(tmp_path / "set"), DatasetError.NO_IMAGES, "dogs"),
             (lambda: load_dataset(tmp_path / "odd.npz"), DatasetError.NO_ARRAYS, "odd.npz"),
             (lambda: read_image(tmp_path / "fake.png"), DatasetError.NOT_AN_IMAGE, "fake.png"),
             (lambda: load_dataset(tmp_path / "nothing"), DatasetError.NOT_FOUND, "nothing")]
    for load, kind, culprit in cases:
        with pytest.raises(DatasetError) as caught:
            load()
        assert caught.value.kind == kind and Path(caught.value.where).name == culprit
