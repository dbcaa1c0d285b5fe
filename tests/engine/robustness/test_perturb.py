"""Each perturbation against a case worked out by hand: a one-pixel dot, a bar, a square."""

import cv2
import numpy as np
import pytest

from engine.robustness.perturb import (
    CLI_PERTURBATIONS,
    Perturbation,
    blur,
    contrast,
    invert,
    noise,
    occlude,
    perturb,
    rotate,
    scale,
    shift,
    thickness,
)


def dot(row: int, col: int, size: int = 28) -> np.ndarray:
    image = np.zeros((size, size), np.float32)
    image[row, col] = 1.0
    return image


def bright_pixels(image: np.ndarray, level: float = 0.5) -> list[tuple[int, int]]:
    return [(int(r), int(c)) for r, c in np.argwhere(image > level)]


@pytest.mark.parametrize(("dx", "dy", "where"), [
    (3, 0, (10, 23)), (-3, 0, (10, 17)), (0, 2, (12, 20)), (0, -2, (8, 20)), (-1, 1, (11, 19))])
def test_shift_moves_a_dot_right_and_down_for_positive_steps(dx: int, dy: int,
                                                             where: tuple[int, int]) -> None:
    moved = shift(dot(10, 20), dx, dy)
    assert bright_pixels(moved) == [where]
    assert moved.sum() == 1.0 and moved.dtype == np.float32


@pytest.mark.parametrize(("dx", "dy"), [(8, 0), (0, 18), (-21, 0), (0, -11), (40, 0)])
def test_shift_drops_what_leaves_the_picture_and_fills_with_zero(dx: int, dy: int) -> None:
    # The dot at (10, 20) leaves through the border; nothing wraps round to the other side.
    moved = shift(dot(10, 20), dx, dy)
    assert not moved.any()


def test_shift_fills_the_border_with_zero_rather_than_wrapping() -> None:
    full = np.ones((28, 28), np.float32)
    moved = shift(full, 2, -3)
    assert not moved[:, :2].any() and not moved[-3:, :].any()
    assert moved[:-3, 2:].all()


def test_shift_of_a_batch_moves_each_image_and_keeps_the_input() -> None:
    batch = np.stack([dot(1, 1), dot(20, 5)])
    before = batch.copy()
    moved = shift(batch, 1, 1)
    assert moved.shape == (2, 28, 28)
    assert bright_pixels(moved[0]) == [(2, 2)] and bright_pixels(moved[1]) == [(21, 6)]
    np.testing.assert_array_equal(batch, before)


def test_rotate_90_turns_counter_clockwise_about_the_centre() -> None:
    # About (13.5, 13.5), x right and y down: (x, y) = (20, 10) is 6.5 right of and 3.5 above
    # the centre. A quarter turn counter-clockwise (on the screen) takes "right" to "up" and
    # "up" to "left": 6.5 above and 3.5 left of the centre → x = 10, y = 7.
    turned = rotate(dot(10, 20), 90)
    assert bright_pixels(turned) == [(7, 10)]
    assert turned.max() == pytest.approx(1.0, abs=1e-5)


def test_rotate_four_quarter_turns_and_minus_90() -> None:
    image = dot(3, 25)
    assert bright_pixels(rotate(rotate(image, 90), -90)) == [(3, 25)]
    assert bright_pixels(rotate(image, 180)) == [(24, 2)]
    assert bright_pixels(rotate(image, -90)) == [(25, 24)]  # clockwise: right → down


def test_rotate_is_bilinear_with_zero_fill() -> None:
    full = np.ones((28, 28), np.float32)
    turned = rotate(full, 45)
    # The corners come from outside the picture: zero; the middle stays whole.
    assert turned[0, 0] == turned[0, 27] == turned[27, 0] == turned[27, 27] == 0.0
    assert turned[13, 13] == pytest.approx(1.0)
    # Bilinear: a dot turned by 45° lands between pixels and shares itself among them.
    spread = rotate(dot(10, 20), 45)
    assert 0.0 < spread.max() < 1.0 and len(np.argwhere(spread > 0)) == 4
    assert spread.sum() == pytest.approx(1.0, abs=0.1)
    assert rotate(full, 0) is not full and (rotate(full, 0) == full).all()


def test_scale_about_the_centre() -> None:
    bar = np.zeros((28, 28), np.float32)
    bar[10:18, 6:22] = 1.0  # 16 pixels wide, 8 high, centred
    bigger, smaller = scale(bar, 1.5), scale(bar, 0.5)
    columns = lambda image: np.flatnonzero(image[13:15].max(axis=0) > 0.5)  # noqa: E731
    assert len(columns(bigger)) == pytest.approx(24, abs=1)
    assert len(columns(smaller)) == pytest.approx(8, abs=1)
    for image in (bigger, smaller):  # still centred on 13.5
        assert (columns(image)[0] + columns(image)[-1]) / 2 == pytest.approx(13.5, abs=0.5)
    with pytest.raises(ValueError):
        scale(bar, 0)


def test_thickness_dilates_a_dot_into_a_cross_and_erodes_it_away() -> None:
    one = thickness(dot(10, 20), 1)
    assert sorted(bright_pixels(one)) == [(9, 20), (10, 19), (10, 20), (10, 21), (11, 20)]
    two = thickness(dot(10, 20), 2)
    assert len(bright_pixels(two)) == 13  # a diamond of radius 2
    assert not thickness(dot(10, 20), -1).any()
    square = np.zeros((28, 28), np.float32)
    square[5:10, 5:10] = 1.0
    assert sorted(bright_pixels(thickness(square, -1))) == [
        (r, c) for r in range(6, 9) for c in range(6, 9)]


def test_thickness_at_the_border_does_not_invent_ink() -> None:
    corner = dot(0, 0)
    assert sorted(bright_pixels(thickness(corner, 1))) == [(0, 0), (0, 1), (1, 0)]
    edge = np.zeros((28, 28), np.float32)
    edge[:, 0] = 1.0
    assert not thickness(edge, -1)[:, 0].any()  # outside counts as background


def test_blur_spreads_a_dot_and_roughly_keeps_its_ink() -> None:
    spread = blur(dot(14, 14), 1.0)
    assert spread.sum() == pytest.approx(1.0, abs=0.01)
    assert spread[14, 14] == spread.max() and spread[14, 14] < 0.2
    assert spread[14, 15] == pytest.approx(spread[13, 14])
    assert spread[14, 15] / spread[14, 14] == pytest.approx(np.exp(-0.5), rel=0.02)
    np.testing.assert_array_equal(blur(dot(3, 3), 0), dot(3, 3))


def test_noise_is_seeded_and_clipped() -> None:
    grey = np.full((4, 28, 28), 0.5, np.float32)
    first, again, other = noise(grey, 0.3, seed=7), noise(grey, 0.3, seed=7), noise(grey, 0.3, 8)
    np.testing.assert_array_equal(first, again)
    assert not np.array_equal(first, other)
    assert first.min() >= 0.0 and first.max() <= 1.0
    assert (first == 0.0).any() and (first == 1.0).any()  # clipped, not wrapped
    assert np.std(noise(grey, 0.05, 1)) == pytest.approx(0.05, rel=0.05)
    np.testing.assert_array_equal(noise(grey, 0, 3), grey)


def test_contrast_and_invert() -> None:
    ramp = np.linspace(0, 1, 28 * 28, dtype=np.float32).reshape(28, 28)
    np.testing.assert_allclose(contrast(ramp, 0.5), 0.25 + 0.5 * ramp, atol=1e-6)
    np.testing.assert_allclose(contrast(ramp, 2), np.clip(2 * ramp - 0.5, 0, 1), atol=1e-6)
    assert np.all(contrast(ramp, 0) == 0.5)
    np.testing.assert_allclose(invert(ramp), 1 - ramp)
    np.testing.assert_allclose(invert(invert(ramp)), ramp, atol=1e-6)


def test_occlude_draws_the_patch_and_clips_it_at_the_edges() -> None:
    full = np.ones((28, 28), np.float32)
    covered = occlude(full, 2, 3, 4)
    assert (covered[2:6, 3:7] == 0).all() and covered.sum() == 28 * 28 - 16
    corner = occlude(full, 25, -2, 6)  # sticks out below and to the left
    assert (corner[25:, :4] == 0).all() and corner.sum() == 28 * 28 - 3 * 4
    assert occlude(full, 30, 30, 5).sum() == 28 * 28  # wholly outside: nothing
    assert (occlude(np.zeros((28, 28)), 0, 0, 2, value=0.7)[:2, :2] == np.float32(0.7)).all()


def test_perturbation_applies_in_its_fixed_order() -> None:
    image = dot(10, 20)
    settings = Perturbation(shift_x=2, shift_y=-1, rotate=90, scale=1.0, thickness=1,
                            blur=0.8, contrast=1.5, noise=0.1, invert=True, patch=(0, 0, 3),
                            seed=4)
    expected = thickness(image, 1)
    expected = rotate(expected, 90)
    expected = shift(expected, 2, -1)
    expected = blur(expected, 0.8)
    expected = contrast(expected, 1.5)
    expected = noise(expected, 0.1, seed=4)
    expected = invert(expected)
    expected = occlude(expected, 0, 0, 3)
    np.testing.assert_allclose(settings.apply(image), expected, atol=1e-6)
    # Rotating before shifting is not the same as shifting before rotating.
    swapped = shift(rotate(image, 90), 2, -1)
    assert bright_pixels(Perturbation(shift_x=2, shift_y=-1, rotate=90).apply(image)) == \
        bright_pixels(swapped) != bright_pixels(rotate(shift(image, 2, -1), 90))
    # The patch lies on top of the inversion: it stays black.
    assert (Perturbation(invert=True, patch=(0, 0, 3)).apply(image)[:3, :3] == 0).all()


def test_the_default_perturbation_changes_nothing() -> None:
    image = np.random.default_rng(0).random((28, 28)).astype(np.float32)
    out = Perturbation().apply(image)
    np.testing.assert_array_equal(out, image)
    assert out is not image and Perturbation(seed=3).is_identity()
    assert not Perturbation(invert=True).is_identity()


def test_perturb_speaks_the_command_lines_language() -> None:
    batch = np.stack([dot(10, 20), dot(5, 5)])
    np.testing.assert_array_equal(perturb(batch, "shift_x", -3), shift(batch, -3, 0))
    np.testing.assert_array_equal(perturb(batch, "shift_y", 2), shift(batch, 0, 2))
    np.testing.assert_array_equal(perturb(batch, "rotate", 30), rotate(batch, 30))
    np.testing.assert_array_equal(perturb(batch, "scale", 1.2), scale(batch, 1.2))
    np.testing.assert_array_equal(perturb(batch, "noise", 0.2, seed=5), noise(batch, 0.2, 5))
    np.testing.assert_array_equal(perturb(batch, "blur", 1.0), blur(batch, 1.0))
    np.testing.assert_array_equal(perturb(np.ones((28, 28)), "occlude", 4),
                                  occlude(np.ones((28, 28)), 12, 12, 4))
    assert set(CLI_PERTURBATIONS) == {"shift_x", "shift_y", "rotate", "scale", "noise", "blur",
                                      "occlude", "fgsm"}
    with pytest.raises(ValueError, match="whole"):
        perturb(batch, "shift_x", 1.5)
    with pytest.raises(ValueError, match="unknown"):
        perturb(batch, "wobble", 1)
    with pytest.raises(ValueError, match="model"):
        perturb(batch, "fgsm", 0.1)


def test_rotate_matches_opencvs_own_recipe_on_a_digit_like_image() -> None:
    image = np.zeros((28, 28), np.float32)
    cv2.line(image, (8, 6), (19, 22), 1.0, 2)
    matrix = cv2.getRotationMatrix2D((13.5, 13.5), 25, 1.0)
    np.testing.assert_allclose(rotate(image, 25),
                               cv2.warpAffine(image, matrix, (28, 28)), atol=1e-6)
