"""engine.numerics.translate.shift_image against hand-worked cases and np.roll with its wrap
zeroed."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.numerics.translate import shift_image

FAST = settings(max_examples=200, deadline=None, database=None)


def rolled_with_zero_border(image: np.ndarray, dy: int, dx: int) -> np.ndarray:
    """The reference: np.roll wraps what leaves one side into the other; zero that part."""
    out = np.roll(image, (dy, dx), axis=(0, 1))
    if dy > 0:
        out[:dy] = 0
    elif dy < 0:
        out[dy:] = 0
    if dx > 0:
        out[:, :dx] = 0
    elif dx < 0:
        out[:, dx:] = 0
    return out


def test_hand_worked_cases() -> None:
    image = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    assert shift_image(image, 0, 1).tolist() == [[0, 1, 2], [0, 4, 5], [0, 7, 8]]  # right
    assert shift_image(image, 0, -1).tolist() == [[2, 3, 0], [5, 6, 0], [8, 9, 0]]  # left
    assert shift_image(image, 1, 0).tolist() == [[0, 0, 0], [1, 2, 3], [4, 5, 6]]  # down
    assert shift_image(image, -1, 0).tolist() == [[4, 5, 6], [7, 8, 9], [0, 0, 0]]  # up
    assert shift_image(image, -2, 2).tolist() == [[0, 0, 7], [0, 0, 0], [0, 0, 0]]
    assert shift_image(image, 0, 0).tolist() == image.tolist()


def test_moves_off_the_image_leave_zeros() -> None:
    image = np.ones((4, 5), np.float32)
    for dy, dx in ((4, 0), (0, -5), (-9, 1), (100, 100)):
        assert not shift_image(image, dy, dx).any()


def test_keeps_dtype_and_channels_and_leaves_the_input_alone() -> None:
    rgb = np.arange(2 * 3 * 3, dtype=np.uint8).reshape(2, 3, 3)
    before = rgb.copy()
    moved = shift_image(rgb, 1, -1)
    assert moved.dtype == np.uint8 and moved.shape == rgb.shape
    assert moved[1, :2].tolist() == rgb[0, 1:].tolist()  # every channel moves together
    assert not moved[0].any() and not moved[:, 2].any()
    np.testing.assert_array_equal(rgb, before)


@FAST
@given(st.integers(1, 9), st.integers(1, 9), st.integers(-10, 10), st.integers(-10, 10),
       st.integers(0, 2**32 - 1))
def test_matches_np_roll_with_zeroed_wrap(height: int, width: int, dy: int, dx: int,
                                          seed: int) -> None:
    image = np.random.default_rng(seed).random((height, width))
    expected = rolled_with_zero_border(image, dy, dx) if abs(dy) < height and abs(dx) < width \
        else np.zeros_like(image)  # np.roll would wrap a whole turn; the shift leaves nothing
    np.testing.assert_array_equal(shift_image(image, dy, dx), expected)


def test_ink_is_kept_while_nothing_reaches_the_border() -> None:
    # MNIST digits sit inside a 20 × 20 box: a few pixels' move loses no ink.
    image = np.zeros((28, 28))
    image[4:24, 4:24] = np.random.default_rng(1).random((20, 20))
    for dy, dx in ((3, -4), (-4, 4), (0, 2)):
        assert shift_image(image, dy, dx).sum() == pytest.approx(image.sum())


@pytest.mark.parametrize(("image", "dy", "dx", "words"), [
    (np.ones(5), 0, 0, "shape"),
    (np.ones((0, 3)), 0, 0, "shape"),
    (np.ones((3, 3)), 1.5, 0, "whole number"),
    (np.ones((3, 3)), 0, "2", "whole number"),
    (np.ones((3, 3)), True, 0, "whole number"),
])
def test_bad_arguments_are_explained(image: np.ndarray, dy: object, dx: object,
                                     words: str) -> None:
    with pytest.raises(ValueError, match=words):
        shift_image(image, dy, dx)
