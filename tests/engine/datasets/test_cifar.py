"""CIFAR-10 ships with CNN Lab: 60,000 colour photos, decoded, balanced, credited, mixed.

The photos are decoded here a second way (Pillow instead of the loader's OpenCV) and matched
against the loader's output, so a channel swap or an off-by-one offset cannot pass.
"""

import io
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from engine.datasets.base import Dataset, DatasetError
from engine.datasets.catalog import available_datasets, load_dataset
from engine.datasets.cifar import CIFAR_NAMES_PT, cifar_path, load_cifar10


@pytest.fixture(scope="module")
def cifar() -> Dataset:
    return load_dataset("cifar10")


def pillow_photo(split: str, index: int) -> tuple[np.ndarray, int]:
    """Photo ``index`` of the file (in its stored, sorted order), decoded by Pillow."""
    with np.load(cifar_path(), allow_pickle=False) as archive:
        offsets = archive[f"{split}_offsets"]
        blob = archive[f"{split}_jpeg"][offsets[index]:offsets[index + 1]]
        label = int(archive[f"{split}_y"][index])
    return np.asarray(Image.open(io.BytesIO(blob.tobytes())).convert("RGB")), label


def test_all_photos_load_in_colour_with_ten_balanced_classes(cifar: Dataset) -> None:
    assert cifar.x_train.shape == (50_000, 32, 32, 3) and cifar.x_train.dtype == np.uint8
    assert cifar.x_test.shape == (10_000, 32, 32, 3)
    assert cifar.class_counts("train").tolist() == [5_000] * 10
    assert cifar.class_counts("test").tolist() == [1_000] * 10
    assert cifar.class_names[0] == "airplane" and cifar.class_names[9] == "truck"
    assert cifar.class_names_pt == CIFAR_NAMES_PT and CIFAR_NAMES_PT[3] == "gato"
    assert "Krizhevsky" in cifar.description and "Hinton" in cifar.description


@pytest.mark.parametrize(("split", "index"), [("train", 5_001), ("train", 49_999), ("test", 6_500)])
def test_the_photos_are_the_files_photos_in_rgb(cifar: Dataset, split: str, index: int) -> None:
    photo, label = pillow_photo(split, index)
    x, y = (cifar.x_train, cifar.y_train) if split == "train" else (cifar.x_test, cifar.y_test)
    same_label = np.flatnonzero(y == label)
    # Two JPEG decoders may differ by a unit or two in a pixel, never more.
    differences = np.abs(x[same_label].astype(int) - photo.astype(int)).max(axis=(1, 2, 3))
    # (OpenCV's BGR left unswapped would match no photo: these photos are not grey.)
    assert differences.min() <= 3
    assert np.abs(photo[..., 0].astype(int) - photo[..., 2].astype(int)).max() > 10


def test_the_stored_class_order_is_mixed_the_same_way_every_time(cifar: Dataset) -> None:
    # The file is sorted by class; the first 100 photos of each split must hold every class.
    assert len(set(cifar.y_train[:100].tolist())) == 10
    assert len(set(cifar.y_test[:100].tolist())) == 10
    again = load_cifar10()
    assert np.array_equal(again.y_train, cifar.y_train)
    assert np.array_equal(again.x_test[:50], cifar.x_test[:50])


def test_the_chooser_offers_it_without_decoding_and_without_tensorflow() -> None:
    assert next(info for info in available_datasets() if info.key == "cifar10").size == 60_000
    code = ("import sys; from engine.datasets.catalog import load_dataset; "
            "d = load_dataset('CIFAR10'); print(len(d.x_test), "
            "[m for m in ('keras', 'tensorflow', 'socket') if m in sys.modules])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=120)
    assert result.stdout.split() == ["10000", "[]"]


def test_a_damaged_file_is_named_in_a_clear_error(tmp_path: Path) -> None:
    parts = {}
    with np.load(cifar_path(), allow_pickle=False) as archive:
        for split, count in (("train", 3), ("test", 7)):  # a small file of the same layout
            offsets = archive[f"{split}_offsets"][: count + 1]
            parts[f"{split}_jpeg"] = archive[f"{split}_jpeg"][: offsets[-1]].copy()
            parts[f"{split}_offsets"], parts[f"{split}_y"] = offsets, archive[f"{split}_y"][:count]
    assert load_cifar10(_saved(tmp_path / "small.npz", parts)).x_test.shape == (7, 32, 32, 3)
    offsets = parts["test_offsets"]
    parts["test_jpeg"][offsets[5]:offsets[6]] = 0
    damaged = _saved(tmp_path / "cifar.npz", parts)
    with pytest.raises(DatasetError, match="photo 5 cannot be decoded"):
        load_cifar10(damaged)
    with pytest.raises(DatasetError, match="missing"):
        load_cifar10(tmp_path / "nowhere.npz")


def _saved(path: Path, parts: dict[str, np.ndarray]) -> Path:
    np.savez(path, **parts)
    return path
