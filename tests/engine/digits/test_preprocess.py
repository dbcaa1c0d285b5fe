"""engine.digits.preprocess: MNIST's own recipe, checked on simple shapes and on MNIST itself."""

import cv2
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.datasets.catalog import load_mnist
from engine.digits import preprocess
from engine.digits.preprocess import EmptyDrawingError, is_empty, mnist_steps, to_mnist

FAST = settings(max_examples=60, deadline=None, database=None)


def ink_box(image: np.ndarray) -> tuple[int, int]:
    """(height, width) of the bounding box of the non-zero pixels."""
    rows, cols = np.nonzero(image)
    return int(rows.max() - rows.min() + 1), int(cols.max() - cols.min() + 1)


def centre_of_mass(image: np.ndarray) -> tuple[float, float]:
    rows, cols = np.indices(image.shape)
    total = image.sum()
    return float((rows * image).sum() / total), float((cols * image).sum() / total)


def correlation(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.corrcoef(a.ravel(), b.ravel())[0, 1])


# --------------------------------------------------------------------------- MNIST round trip
@pytest.fixture(scope="module")
def mnist_on_canvases() -> tuple[np.ndarray, list[np.ndarray]]:
    """300 test digits, each cropped, enlarged ×3 to ×12 and pasted anywhere on 400 × 400.

    Enlarged bilinearly: bicubic undershoots below zero next to a stroke, and the clipping to 0
    erases the faint edges that set MNIST's bounding box; that changes the input, not the recipe.
    """
    digits = load_mnist().x_test[:300]
    rng = np.random.default_rng(7)
    canvases = []
    for digit in digits:
        rows, cols = np.nonzero(digit)
        crop = digit[rows.min():rows.max() + 1, cols.min():cols.max() + 1]
        factor = rng.uniform(3, 12)
        size = (round(crop.shape[1] * factor), round(crop.shape[0] * factor))
        big = cv2.resize(crop, size, interpolation=cv2.INTER_LINEAR)
        canvas = np.zeros((400, 400), np.uint8)
        top, left = rng.integers(0, 400 - big.shape[0]), rng.integers(0, 400 - big.shape[1])
        canvas[top:top + big.shape[0], left:left + big.shape[1]] = big
        canvases.append(canvas)
    return digits.astype(np.float32) / 255, canvases


def round_trip_score(original: np.ndarray, result: np.ndarray) -> tuple[float, float]:
    """(plain, fair) correlation of a result with its original.

    MNIST shifts by whole pixels, rounding the centre of mass; when the original's centre lies
    on a rounding boundary (x.5 ± 0.05), a hundredth of a pixel decides between two placements
    a pixel apart and neither is wrong. Only there does "fair" also try the other placement.
    """
    plain = correlation(original, result)
    fair = plain
    for axis, centre in enumerate(centre_of_mass(original)):
        if abs(abs(centre - 14) - 0.5) <= 0.05:
            step = 1 if centre > 14 else -1
            fair = max(fair, correlation(original, np.roll(result, step, axis=axis)))
    return plain, fair


def check_round_trip(originals: np.ndarray, results: list[np.ndarray]) -> None:
    scores = np.array([round_trip_score(a, b) for a, b in zip(originals, results, strict=True)])
    plain, fair = scores[:, 0], scores[:, 1]
    report = (f"correlation min {plain.min():.3f} (digit {plain.argmin()}), mean "
              f"{plain.mean():.4f}; allowing for rounding boundaries min {fair.min():.3f}")
    assert fair.min() >= 0.9 and plain.mean() >= 0.97, report


def test_mnist_digits_anywhere_on_a_big_canvas_come_back(mnist_on_canvases) -> None:
    originals, canvases = mnist_on_canvases
    results = [to_mnist(canvas) for canvas in canvases]
    assert all(r.dtype == np.float32 and r.shape == (28, 28) for r in results)
    check_round_trip(originals, results)


def test_dark_ink_on_paper_with_invert(mnist_on_canvases) -> None:
    originals, canvases = mnist_on_canvases
    check_round_trip(originals, [to_mnist(255 - canvas, invert=True) for canvas in canvases])


def test_float_and_colour_inputs(mnist_on_canvases) -> None:
    originals, canvases = mnist_on_canvases
    check_round_trip(originals, [to_mnist(canvas / 255.0) for canvas in canvases])
    check_round_trip(originals, [to_mnist((1 - canvas / 255.0).astype(np.float32), invert=True)
                                 for canvas in canvases])
    # Three colour channels and an opaque alpha channel give the same grey as the original.
    colour = cv2.cvtColor(canvases[0], cv2.COLOR_GRAY2RGBA)
    np.testing.assert_allclose(to_mnist(colour), to_mnist(canvases[0]), atol=1e-6)
    np.testing.assert_allclose(to_mnist(colour[:, :, :3]), to_mnist(canvases[0]), atol=1e-6)


# --------------------------------------------------------------------------- the recipe, exactly
def test_a_filled_rectangle_fills_20_px_and_is_centred_by_mass() -> None:
    image = np.zeros((280, 280), np.uint8)
    image[30:150, 170:230] = 255  # 120 tall, 60 wide, far from the centre
    out = to_mnist(image)
    assert out.dtype == np.float32 and out.shape == (28, 28)
    assert out.min() >= 0.0 and out.max() <= 1.0
    assert ink_box(out) == (20, 10)
    row, col = centre_of_mass(out)
    assert abs(row - 14) <= 0.5 and abs(col - 14) <= 0.5


def test_a_wide_rectangle_scales_by_its_longer_side() -> None:
    image = np.zeros((100, 300), np.uint8)
    image[40:70, 10:290] = 200  # 30 tall, 280 wide
    assert ink_box(to_mnist(image)) == (2, 20)


def test_a_thin_one_stays_20_tall_and_at_least_1_wide() -> None:
    image = np.zeros((280, 280), np.uint8)
    image[40:240, 100] = 255  # 200 × 1: would round to 0 px wide
    out = to_mnist(image)
    height, width = ink_box(out)
    assert height == 20 and width >= 1
    assert out.max() > 0.9  # still a visible stroke, not a faint smear


def test_a_tiny_drawing_is_enlarged_to_20_px() -> None:
    image = np.zeros((28, 28), np.uint8)
    image[5:10, 3:5] = 255  # 5 × 2
    assert ink_box(to_mnist(image))[0] == 20


def test_steps_are_in_order_and_end_with_to_mnists_result() -> None:
    image = np.zeros((200, 150), np.uint8)
    cv2.circle(image, (60, 90), 40, 255, 12, cv2.LINE_AA)
    steps = mnist_steps(image)
    assert list(steps) == ["raw", "cropped", "scaled", "centred"]
    np.testing.assert_array_equal(steps["raw"], image)
    assert steps["raw"].dtype == np.uint8
    assert 90 <= max(steps["cropped"].shape) <= 95 and max(steps["scaled"].shape) == 20
    np.testing.assert_array_equal(steps["centred"], to_mnist(image))
    inverted = mnist_steps(255 - image, invert=True)
    np.testing.assert_array_equal(inverted["raw"], 255 - image)  # shown as given
    np.testing.assert_allclose(inverted["centred"], steps["centred"], atol=1e-6)


def test_a_lopsided_digit_keeps_all_its_ink_inside() -> None:
    image = np.zeros((100, 100), np.float32)
    image[10:90, 10:12] = 1.0  # a heavy bar at the far left of a 20 × 20 box ...
    image[10, 12:90] = 0.05    # ... with a faint line making the box square
    out = to_mnist(image)
    assert centre_of_mass(out)[1] < 13  # off-centre: centring it would push the line out
    assert out.sum() == pytest.approx(mnist_steps(image)["scaled"].sum(), rel=1e-5)


# --------------------------------------------------------------------------- empty and bad input
def test_a_blank_image_is_empty_and_to_mnist_says_so() -> None:
    blank = np.zeros((280, 280), np.uint8)
    assert is_empty(blank)
    with pytest.raises(EmptyDrawingError, match="Nothing is drawn"):
        to_mnist(blank)
    with pytest.raises(ValueError):  # an EmptyDrawingError is a ValueError
        mnist_steps(blank)
    assert is_empty(np.ones((10, 10), np.float32), invert=True)  # white paper


def test_faint_noise_is_empty_but_a_single_dot_is_not() -> None:
    noise = np.random.default_rng(0).integers(0, 20, (280, 280)).astype(np.uint8)  # < 8 %
    assert is_empty(noise)
    with pytest.raises(EmptyDrawingError):
        to_mnist(noise)
    dot = np.zeros((280, 280), np.uint8)
    dot[200, 30] = 255
    assert not is_empty(dot)
    assert to_mnist(dot).max() == 1.0
    assert is_empty(dot, min_pixels=5)  # a stricter caller, e.g. a noisy camera


@pytest.mark.parametrize(("image", "message"), [
    (np.full((5, 5), 2.0), r"\[0, 1\]"),
    (np.full((5, 5), np.nan), "NaN"),
    (np.zeros((5, 5), np.int32) + 9, "uint8"),
    (np.zeros((4, 5, 5), np.uint8), "shape"),
    (np.zeros((0, 5), np.uint8), "empty"),
])
def test_unusable_images_are_explained(image: np.ndarray, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        to_mnist(image)


def test_keras_shaped_images_are_accepted() -> None:
    image = np.zeros((28, 28), np.float32)
    image[4:24, 12:15] = 1.0
    np.testing.assert_array_equal(to_mnist(image[:, :, None]), to_mnist(image))


def test_transparent_background_counts_as_background() -> None:
    rgba = np.zeros((50, 50, 4), np.uint8)
    rgba[:, :, :3] = 255          # white everywhere, but ...
    rgba[10:40, 20:25, 3] = 255   # ... only the stroke is opaque
    grey = np.zeros((50, 50), np.uint8)
    grey[10:40, 20:25] = 255
    np.testing.assert_array_equal(to_mnist(rgba), to_mnist(grey))
    dark = rgba.copy()
    dark[:, :, :3] = 0            # black ink on transparent paper
    np.testing.assert_array_equal(to_mnist(dark, invert=True), to_mnist(grey))


@FAST
@given(st.integers(1, 120), st.integers(1, 120), st.integers(0, 2**32 - 1))
def test_any_drawing_gives_a_proper_mnist_image(height: int, width: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    image = np.zeros((height, width), np.uint8)
    count = rng.integers(1, height * width + 1)
    image.flat[rng.choice(height * width, count, replace=False)] = rng.integers(30, 256, count)
    out = to_mnist(image)
    assert out.shape == (28, 28) and out.dtype == np.float32
    assert out.min() >= 0.0 and out.max() <= 1.0
    assert max(ink_box(out)) == preprocess.BOX_SIZE
