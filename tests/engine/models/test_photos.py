"""A photo file read for the Activations tab: RGB whatever the file holds, or a clear error."""

from pathlib import Path

import cv2
import numpy as np
import pytest

from engine.models.photos import PhotoError, read_photo


def test_a_png_comes_back_in_rgb_order(tmp_path: Path) -> None:
    rgb = np.zeros((5, 7, 3), np.uint8)
    rgb[..., 0] = 200  # red
    path = tmp_path / "fotografia ção.png"  # non-ASCII names are common on lab PCs
    cv2.imwrite(str(tmp_path / "x.png"), cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
    (tmp_path / "x.png").rename(path)
    photo = read_photo(path)
    assert photo.shape == (5, 7, 3) and photo.dtype == np.uint8
    np.testing.assert_array_equal(photo, rgb)


def test_grey_and_transparent_files_become_three_channels(tmp_path: Path) -> None:
    cv2.imwrite(str(tmp_path / "grey.png"), np.full((4, 4), 90, np.uint8))
    cv2.imwrite(str(tmp_path / "alpha.png"), np.full((4, 4, 4), 50, np.uint8))
    assert read_photo(tmp_path / "grey.png").shape == (4, 4, 3)
    assert (read_photo(tmp_path / "grey.png") == 90).all()
    assert read_photo(tmp_path / "alpha.png").shape == (4, 4, 3)


@pytest.mark.parametrize("content", [b"", b"this is a text file"])
def test_what_is_not_an_image_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.jpg"
    path.write_bytes(content)
    with pytest.raises(PhotoError, match="not an image"):
        read_photo(path)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PhotoError, match="cannot be read"):
        read_photo(tmp_path / "gone.png")
