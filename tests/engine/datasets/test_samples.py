"""The lessons' sample photos ship with the app, with their licences, and load with OpenCV."""

import subprocess
import sys

import numpy as np
import pytest

from engine.datasets.samples import (
    SAMPLE_PHOTOS,
    available_samples,
    load_sample_photo,
    samples_folder,
)
from tests.conftest import ROOT


def test_every_sample_photo_is_installed_and_loads() -> None:
    assert available_samples() == [key for key, _ in SAMPLE_PHOTOS]
    astronaut = load_sample_photo("astronaut")
    assert astronaut.shape == (512, 512, 3) and astronaut.dtype == np.uint8
    camera = load_sample_photo("camera")
    assert camera.shape == (512, 512) and camera.dtype == np.uint8


def test_an_unknown_sample_is_named_in_the_error() -> None:
    with pytest.raises(KeyError, match="lena"):
        load_sample_photo("lena")


def test_the_photos_ship_in_resources_each_with_its_licence() -> None:
    folder = ROOT / "resources" / "photos"
    assert samples_folder() == folder
    licence = (folder / "LICENSE.md").read_text(encoding="utf-8")
    for _, name in SAMPLE_PHOTOS:
        assert (folder / name).is_file()
        row = next(line for line in licence.splitlines() if line.startswith(f"| `{name}`"))
        assert "public domain" in row or "CC0" in row or "no known copyright" in row, row
    # Only the photos the lessons offer are shipped.
    assert sorted(p.name for p in folder.glob("*.png")) == sorted(n for _, n in SAMPLE_PHOTOS)


def test_scikit_image_is_not_needed() -> None:
    """The photos used to come from scikit-image's folder; now nothing imports or finds it."""
    code = ("import importlib.abc, sys\n"
            "class Refuse(importlib.abc.MetaPathFinder):\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name.split('.')[0] == 'skimage': raise ImportError(name)\n"
            "sys.meta_path.insert(0, Refuse())\n"
            "from engine.datasets.samples import available_samples, load_sample_photo\n"
            "print(len(available_samples()), load_sample_photo('coffee').shape)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, check=True)
    assert result.stdout.strip() == "7 (400, 600, 3)"
