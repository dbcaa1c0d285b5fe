"""The lessons' sample photos load from scikit-image's folder without importing scikit-image."""

import subprocess
import sys

import numpy as np
import pytest

from engine.samples import SAMPLE_PHOTOS, available_samples, load_sample_photo
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


def test_loading_a_sample_does_not_import_scikit_image() -> None:
    code = ("import sys; from engine.samples import load_sample_photo; "
            "load_sample_photo('coffee'); print('skimage' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, check=True)
    assert result.stdout.strip() == "False"
