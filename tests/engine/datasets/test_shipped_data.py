"""The data that ships with CNN Lab: all of MNIST, byte for byte, and the pen digits, credited.

A fresh installation has both with no path, no setting and no network (the wheel's contents are
checked in tests/scripts/test_make_bundle.py).
"""

import hashlib
import subprocess
import sys

import numpy as np
import pytest

from engine.datasets.catalog import load_dataset, load_mnist, mnist_path
from engine.digits.strokes import PEN_DIGITS_FILE, load_pen_digits, writers
from tests.conftest import ROOT

# md5 of the official IDX files (header + pixels), as MNIST's distributors publish them.
TRAIN_IMAGES_MD5 = "6bbc9ace898e44ae57da46a324031adb"  # train-images-idx3-ubyte
TEST_IMAGES_MD5 = "2646ac647ad5339dbf082846283269ea"  # t10k-images-idx3-ubyte
TRAIN_COUNTS = [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
TEST_COUNTS = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]


def idx_md5(images: np.ndarray) -> str:
    """The md5 that the same images have as an IDX file: magic 0x00000803, sizes, pixels."""
    header = (0x0803).to_bytes(4, "big") + b"".join(n.to_bytes(4, "big") for n in images.shape)
    return hashlib.md5(header + images.tobytes()).hexdigest()


@pytest.fixture(scope="module")
def mnist() -> object:
    return load_mnist()


def test_the_shipped_mnist_is_the_official_one_byte_for_byte(mnist: object) -> None:
    assert mnist_path() == ROOT / "resources" / "data" / "mnist.npz"
    assert mnist.x_train.dtype == np.uint8 and mnist.x_train.shape == (60_000, 28, 28)
    assert idx_md5(mnist.x_train) == TRAIN_IMAGES_MD5
    assert idx_md5(mnist.x_test) == TEST_IMAGES_MD5
    assert mnist.class_counts().tolist() == TRAIN_COUNTS
    assert mnist.class_counts("test").tolist() == TEST_COUNTS
    assert mnist.name == "MNIST" and not mnist.is_sample
    assert "CC BY-SA 3.0" in mnist.description and "LeCun" in mnist.description


def test_mnist_is_stored_compressed_and_loads_safely() -> None:
    assert mnist_path().stat().st_size < 13_000_000  # 55 MB of pixels, compressed to 11 MB
    with np.load(mnist_path(), allow_pickle=False) as archive:
        assert sorted(archive.files) == ["x_test", "x_train", "y_test", "y_train"]
        assert all(archive[key].dtype == np.uint8 for key in archive.files)


def test_mnist_loads_by_name_without_a_network_or_tensorflow() -> None:
    """No download: loading MNIST by name imports neither Keras nor any network module."""
    code = ("import sys; from engine.datasets.catalog import load_dataset; "
            "d = load_dataset('mnist'); "
            "print(len(d.x_test), sorted(m for m in ('keras', 'tensorflow', 'urllib.request', "
            "'http.client', 'socket') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, check=True)
    assert result.stdout.strip() == "10000 []"
    assert len(load_dataset("mnist").x_train) == 60_000


def test_the_shipped_pen_digits_have_the_documented_counts() -> None:
    assert PEN_DIGITS_FILE.stat().st_size < 2_000_000  # gzip: 5.3 MB of JSON in 1.5 MB
    digits = load_pen_digits()
    assert len(digits) == 7494 and len(writers(digits)) == 30
    counts = np.bincount([d.label for d in digits], minlength=10)
    assert counts.tolist() == [780, 779, 780, 719, 780, 720, 720, 778, 719, 719]


def test_the_data_is_credited_where_people_read_about_it() -> None:
    data_readme = (ROOT / "resources" / "data" / "README.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for text in (data_readme, readme):
        assert "LeCun" in text and "Cortes" in text and "Burges" in text
        assert "CC BY-SA 3.0" in text
        assert "Alpaydin" in text and "Alimoglu" in text and "CC BY 4.0" in text
