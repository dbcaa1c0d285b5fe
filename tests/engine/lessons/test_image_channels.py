"""engine.lessons.image_channels: channels, the grey version (against OpenCV and by hand),
downsizing."""

import cv2
import numpy as np
import pytest

from engine.datasets.samples import load_sample_photo
from engine.lessons.image_channels import (
    as_rgb,
    channel_planes,
    downsize,
    grey_value,
    is_grey,
    pixel_values,
    to_grey,
)


def every_colour() -> np.ndarray:
    """All 256³ RGB colours as one 4096×4096 image."""
    levels = np.arange(256, dtype=np.uint8)
    r, g, b = np.meshgrid(levels, levels, levels, indexing="ij")
    return np.stack([r, g, b], axis=-1).reshape(4096, 4096, 3)


def test_a_hand_worked_pixel() -> None:
    # 0.299·200 + 0.587·150 + 0.114·100 = 59.8 + 88.05 + 11.4 = 159.25 → 159
    assert grey_value(200, 150, 100) == pytest.approx(159.25)
    pixel = np.array([[[200, 150, 100]]], np.uint8)
    assert to_grey(pixel)[0, 0] == 159
    # 0.299·255 + 0.587·0 + 0.114·0 = 76.245 → 76: pure red is a dark grey
    assert to_grey(np.array([[[255, 0, 0]]], np.uint8))[0, 0] == 76


def test_grey_agrees_with_opencv_on_every_colour() -> None:
    image = every_colour()
    ours = to_grey(image).astype(int)
    theirs = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY).astype(int)
    difference = np.abs(ours - theirs)
    # OpenCV rounds a fixed-point version of the same weights: at most one level apart, and
    # only on colours whose weighted sum lies within a hair of a half.
    assert difference.max() <= 1
    assert (difference > 0).mean() < 0.002


def test_grey_of_a_photo_agrees_with_opencv() -> None:
    photo = load_sample_photo("astronaut")
    theirs = cv2.cvtColor(photo, cv2.COLOR_RGB2GRAY).astype(int)
    assert np.abs(to_grey(photo).astype(int) - theirs).max() <= 1


def test_channels_read_back_equal_the_image() -> None:
    photo = load_sample_photo("coffee")
    planes = channel_planes(photo)
    assert planes.shape == (3, *photo.shape[:2])
    for index in range(3):
        np.testing.assert_array_equal(planes[index], photo[:, :, index])
    assert pixel_values(photo, 10, 20) == tuple(int(v) for v in photo[10, 20])


def test_a_grey_image_has_one_channel() -> None:
    grey = np.arange(12, dtype=np.uint8).reshape(3, 4)
    assert is_grey(grey) and not is_grey(as_rgb(grey))
    assert channel_planes(grey).shape == (1, 3, 4)
    assert pixel_values(grey, 2, 1) == (9,)
    assert to_grey(grey) is grey
    np.testing.assert_array_equal(as_rgb(grey)[2, 1], [9, 9, 9])


def test_bad_shapes_and_pixels_are_explained() -> None:
    with pytest.raises(ValueError, match="RGB"):
        channel_planes(np.zeros((4, 4, 2)))
    with pytest.raises(IndexError, match="outside"):
        pixel_values(np.zeros((4, 4), np.uint8), 4, 0)


def test_downsize_keeps_the_aspect_and_averages() -> None:
    photo = load_sample_photo("coffee")  # 400×600
    small = downsize(photo, 64)
    assert small.shape == (43, 64, 3) and small.dtype == np.uint8
    # A 2×2 block of 0, 100, 200, 100 shrinks to its mean.
    block = np.array([[0, 100], [200, 100]], np.uint8)
    assert downsize(block, 1)[0, 0] == 100
    assert downsize(block, 8).shape == (2, 2)  # never enlarged
