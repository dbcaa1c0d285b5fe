"""The offline lab bundle (scripts/make_bundle.py) and its installers.

The quick tests check the parts: the app's wheel carries the models, MNIST, the pen digits, the
sample photos (with their credits), translations, icons and desktop entry; the installers are
filled in. The last test
is the whole story (scripts/check_bundle.sh): build a bundle, install it into a fresh virtual
environment with the network cut off, and open the app from there. It takes about 2 minutes
and 4 GB of temporary disk (removed afterwards); CNN_LAB_SKIP_BUNDLE_CHECK=1 skips it.
"""

import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from engine.datasets.samples import SAMPLE_PHOTOS

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import make_bundle  # noqa: E402 - scripts/ is not a package


def run_script(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "make_bundle.py"), *args],
                          capture_output=True, text=True, timeout=120)


def test_the_app_wheel_ships_models_data_photos_translations_icons_and_the_desktop_entry(
        tmp_path: Path) -> None:
    had_build_folder = (ROOT / "build").exists()
    wheel = make_bundle.build_app_wheel(tmp_path)
    assert (ROOT / "build").exists() == had_build_folder, "built from a copy, not in the checkout"
    models = make_bundle.check_shipped_files(wheel)
    assert [Path(name).name for name in models] == [
        "cifar10_cnn.keras", "fashion_cnn.keras", "mnist_cnn.keras", "mnist_lecture_cnn.keras",
        "mnist_mlp.keras"]
    names = zipfile.ZipFile(wheel).namelist()
    for size in (16, 32, 48, 64, 128, 256):
        assert f"resources/icons/cnn-lab-{size}.png" in names
    assert "resources/icons/cnn-lab.ico" in names
    # The data an offline lab needs, with the files that credit it and state its licences.
    for name in ("mnist.npz", "pendigits_train_strokes.json.gz", "cifar10_jpeg.npz", "README.md"):
        assert f"resources/data/{name}" in names
    for _, photo in SAMPLE_PHOTOS:
        assert f"resources/photos/{photo}" in names
    assert "resources/photos/LICENSE.md" in names
    with zipfile.ZipFile(wheel) as archive:
        packed = archive.read("resources/data/mnist.npz")
    assert len(packed) < 13_000_000, "MNIST ships compressed"
    with np.load(io.BytesIO(packed), allow_pickle=False) as mnist:
        assert mnist["x_train"].shape == (60_000, 28, 28)
        assert mnist["x_test"].shape == (10_000, 28, 28)
    assert not [name for name in names if name.startswith(("tests/", "scripts/", "build/"))]
    entry_points = next(name for name in names if name.endswith("entry_points.txt"))
    assert "[gui_scripts]\ncnn-lab = main:main" in zipfile.ZipFile(wheel).read(
        entry_points).decode()


def test_a_wheel_without_models_is_refused(tmp_path: Path) -> None:
    wheel = tmp_path / "cnn_lab-0.0.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("main.py", "")
    with pytest.raises(make_bundle.BundleError, match=r"resources/models/\*\.keras"):
        make_bundle.check_shipped_files(wheel)


def test_a_wheel_without_mnist_is_refused(tmp_path: Path) -> None:
    wheel = tmp_path / "cnn_lab-0.0.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for name in ("main.py", "resources/models/a.keras", "resources/models/a.json"):
            archive.writestr(name, "")
    with pytest.raises(make_bundle.BundleError, match=r"resources/data/mnist\.npz"):
        make_bundle.check_shipped_files(wheel)


def test_the_glibc_a_bundle_needs_is_read_from_the_wheel_tags() -> None:
    names = ["a-1-cp311-cp311-manylinux_2_27_x86_64.manylinux_2_28_x86_64.whl",
             "b-1-cp310-abi3-manylinux_2_34_x86_64.whl", "c-1-py3-none-manylinux2010_x86_64.whl",
             "d-1-py3-none-any.whl"]
    assert make_bundle.needed_glibc(names) == (2, 34)
    assert make_bundle.needed_glibc(["d-1-py3-none-any.whl", "e-1-cp311-cp311-win_amd64.whl"]
                                    ) is None


def test_the_installers_and_readme_are_filled_in(tmp_path: Path) -> None:
    values = {"VERSION": "0.1.0", "BUILT": "2026-01-01", "WHEELS": "60",
              "PYTHON_VERSION": "3.11", "PLATFORM": "linux-x86_64", "REQUIREMENTS": "",
              "OPTIONS": ""}
    make_bundle.write_texts(tmp_path, values)
    for name in ("install.sh", "install.bat", "README.txt"):
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert not re.findall(r"@[A-Z_]+@", text), name
        if name.startswith("install"):
            assert "PIP_NO_INDEX=1" in text, "pip must never reach for an index"
    assert os.access(tmp_path / "install.sh", os.X_OK)
    assert subprocess.run(["sh", "-n", str(tmp_path / "install.sh")]).returncode == 0
    assert b"\r\n" in (tmp_path / "install.bat").read_bytes()  # cmd.exe wants CRLF
    assert 'PYTHON_VERSION="3.11"' in (tmp_path / "install.sh").read_text()


def test_bad_arguments_exit_with_status_2(tmp_path: Path) -> None:
    assert run_script().returncode == 2  # --out is required
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "something").write_text("x")
    result = run_script("--out", str(tmp_path / "full"))
    assert result.returncode == 2 and "not empty" in result.stderr


@pytest.mark.skipif(os.environ.get("CNN_LAB_SKIP_BUNDLE_CHECK") == "1",
                    reason="CNN_LAB_SKIP_BUNDLE_CHECK=1")
def test_the_bundle_installs_offline_and_the_app_starts(tmp_path: Path) -> None:
    """scripts/check_bundle.sh end to end (about 2 minutes): build, offline install, start."""
    env = {**os.environ, "TMPDIR": str(tmp_path), "BUILD_PYTHON": sys.executable}
    try:
        result = subprocess.run(["sh", str(ROOT / "scripts" / "check_bundle.sh")], env=env,
                                capture_output=True, text=True, timeout=900)
        output = result.stdout + result.stderr
        assert result.returncode == 0, output[-4000:]
        assert "all checks passed" in output
        assert "shown: CNN Lab" in output
        assert re.search(r"accuracy 0\.99\d\d on 10000 test images", output), output[-4000:]
    finally:
        for folder in tmp_path.glob("cnn-lab-check.*"):
            shutil.rmtree(folder, ignore_errors=True)  # 4 GB: not kept for pytest's history
