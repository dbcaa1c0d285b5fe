"""engine.digits.drawing: the brush, fitting strokes to the canvas, and real pen digits end to
end."""

import itertools
import time

import numpy as np
import pytest

from engine.datasets.catalog import load_mnist
from engine.digits import drawing
from engine.digits.drawing import fit_strokes_to_canvas, render_strokes
from engine.digits.preprocess import to_mnist
from engine.digits.strokes import PenDigit, load_pen_digits


# --------------------------------------------------------------------------- the brush
def test_a_horizontal_stroke_is_a_thick_line_with_round_ends() -> None:
    canvas = render_strokes([[(50, 140), (230, 140)]], brush=20)
    assert canvas.dtype == np.uint8 and canvas.shape == (drawing.CANVAS_SIZE,) * 2
    lit_rows = np.flatnonzero(canvas[:, 140] == 255)
    assert lit_rows.min() in range(129, 132) and lit_rows.max() in range(149, 152)  # ±10 px
    lit_cols = np.flatnonzero(canvas[140] > 0)
    assert lit_cols.min() in range(38, 42) and lit_cols.max() in range(238, 243)  # caps: ±10 px
    # Round, not square: beyond the end, the corner of a square cap stays dark ...
    assert canvas[132, 42] == 0 and canvas[148, 238] == 0
    # ... while the cap's middle is inked.
    assert canvas[140, 42] == 255 and canvas[140, 238] == 255
    soft = canvas[(canvas > 0) & (canvas < 255)]
    assert soft.size > 100  # anti-aliased edges all around


def test_a_single_point_leaves_a_round_dot() -> None:
    canvas = render_strokes([[(100.0, 60.0)]], brush=20)
    rows, cols = np.nonzero(canvas > 127)
    assert rows.max() - rows.min() == cols.max() - cols.min()
    assert abs(rows.mean() - 60) < 0.5 and abs(cols.mean() - 100) < 0.5
    assert (canvas > 127).sum() == pytest.approx(np.pi * 10**2, rel=0.15)
    assert canvas[60 - 6, 100 - 6] == 255 and canvas[60 - 9, 100 - 9] == 0  # a disc, no square


def test_without_antialiasing_ink_is_all_or_nothing() -> None:
    canvas = render_strokes([[(20, 20), (200, 90)]], antialias=False)
    assert set(np.unique(canvas)) == {0, 255}


def test_strokes_off_the_canvas_are_clipped_not_refused() -> None:
    canvas = render_strokes([[(-100, -50), (500, 140)], [(10_000, 10_000)], []], size=64)
    assert canvas.shape == (64, 64) and canvas.max() == 255
    far = render_strokes([[(1e15, -1e15), (3e15, 1e18)]], size=64)
    assert not far.any()


@pytest.mark.parametrize("stroke", [[(1.0, np.nan)], [(1, 2, 3)], [(0, 0), (1, np.inf)]])
def test_points_that_are_not_points_are_explained(stroke: list) -> None:
    with pytest.raises(ValueError, match="point"):
        render_strokes([stroke])


def test_live_drawing_paints_exactly_what_a_replay_paints() -> None:
    points = np.random.default_rng(3).uniform(-20, 300, (40, 2))
    live = drawing.blank_canvas()
    drawing.draw_dot(live, points[0])  # mouse press
    for start, end in itertools.pairwise(points):
        drawing.draw_segment(live, start, end)  # mouse moves
    np.testing.assert_array_equal(live, render_strokes([points]))


def test_wider_brushes_draw_wider_lines() -> None:
    widths = [np.count_nonzero(render_strokes([[(20, 140), (260, 140)]], brush=b)[:, 140] > 127)
              for b in (drawing.MIN_BRUSH, *drawing.BRUSH_WIDTHS_PEOPLE_USE, drawing.MAX_BRUSH)]
    assert widths == sorted(widths)
    assert drawing.MIN_BRUSH <= min(drawing.BRUSH_WIDTHS_PEOPLE_USE) \
        <= max(drawing.BRUSH_WIDTHS_PEOPLE_USE) <= drawing.MAX_BRUSH
    assert drawing.DEFAULT_BRUSH in drawing.BRUSH_WIDTHS_PEOPLE_USE


@pytest.mark.parametrize("brush", [0, -3, 2.5, True, "20"])
def test_a_bad_brush_is_explained(brush: object) -> None:
    with pytest.raises(ValueError, match="brush"):
        render_strokes([[(1, 1)]], brush=brush)


# --------------------------------------------------------------------------- fitting
def bounds(strokes: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    points = np.concatenate(strokes)
    return points.min(axis=0), points.max(axis=0)


def test_fitting_centres_the_digit_and_spans_70_percent() -> None:
    # A "1": tall and thin, in the data's [0, 1] units, not centred there.
    placed = fit_strokes_to_canvas([[(0.4, 0.0), (0.5, 1.0)], [(0.45, 0.9)]])
    low, high = bounds(placed)
    assert placed[0].dtype == np.float32 and len(placed) == 2
    np.testing.assert_allclose((low + high) / 2, [140, 140], atol=1e-3)
    np.testing.assert_allclose(high - low, [0.7 * 280 * 0.1, 0.7 * 280], rtol=1e-5)  # aspect kept


def test_jitter_stays_in_its_documented_ranges_and_inside_the_canvas() -> None:
    square = [[(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]]
    rng = np.random.default_rng(11)
    pad = drawing.MAX_BRUSH / 2
    extents, centres = [], []
    for _ in range(500):
        low, high = bounds(fit_strokes_to_canvas(square, rng=rng))
        assert low.min() >= pad - 1e-3 and high.max() <= 280 - pad + 1e-3
        extents.append((high - low).max() / 280)
        centres.append((low + high) / 2 - 140)
    jitter = drawing.DEFAULT_JITTER
    assert 0.7 * (1 - jitter.scale) - 1e-6 <= min(extents)
    assert max(extents) <= 0.7 * (1 + jitter.scale) + 1e-6
    assert np.abs(centres).max() <= jitter.shift * 280 + 1e-3
    assert np.std(extents) > 0.03 and np.std(centres) > 4  # it does vary


def test_jitter_is_reproducible_and_absent_without_a_generator() -> None:
    strokes = [[(0.2, 0.1), (0.8, 0.9)]]
    first = fit_strokes_to_canvas(strokes, rng=np.random.default_rng(5))
    again = fit_strokes_to_canvas(strokes, rng=np.random.default_rng(5))
    np.testing.assert_array_equal(first[0], again[0])
    plain = fit_strokes_to_canvas(strokes)
    np.testing.assert_array_equal(plain[0], fit_strokes_to_canvas(strokes)[0])
    unjittered = fit_strokes_to_canvas(strokes, rng=np.random.default_rng(5),
                                       jitter=drawing.NO_JITTER)
    np.testing.assert_allclose(unjittered[0], plain[0], atol=1e-4)


def test_fitting_a_single_dot_and_refusing_nothing() -> None:
    (dot,) = fit_strokes_to_canvas([[(0.3, 0.3)]])
    np.testing.assert_allclose(dot, [[140, 140]])
    with pytest.raises(ValueError, match="empty"):
        fit_strokes_to_canvas([[], []])
    with pytest.raises(ValueError, match="margin"):
        fit_strokes_to_canvas([[(0, 0), (1, 1)]], margin=0.5)


# --------------------------------------------------------------------------- real pen digits
@pytest.fixture(scope="module")
def pen_digits() -> list[PenDigit]:
    return load_pen_digits()  # the 7,494 pen digits that ship with CNN Lab


@pytest.fixture(scope="module")
def pen_digits_as_mnist(pen_digits: list[PenDigit]) -> tuple[np.ndarray, np.ndarray, float]:
    """Every pen digit through fit + render + to_mnist: (images, labels, seconds per digit)."""
    digits = pen_digits
    start = time.process_time()  # CPU time: other work on the machine does not count
    images = np.stack([to_mnist(render_strokes(fit_strokes_to_canvas(d.strokes)))
                       for d in digits])
    per_digit = (time.process_time() - start) / len(digits)
    return images, np.array([d.label for d in digits]), per_digit


def test_every_pen_digit_renders_fast_enough(pen_digits_as_mnist) -> None:
    images, _, per_digit = pen_digits_as_mnist
    assert images.shape == (7494, 28, 28) and np.isfinite(images).all()
    # Training renders ~100,000 digits; at 3 ms each on 2 cores that is under 3 minutes.
    # (Measured: about 0.5 ms per digit, of which rendering is two thirds.)
    assert per_digit < 3e-3, f"{per_digit * 1e3:.2f} ms per digit"


def test_rendered_pen_digits_look_like_mnist_on_average(pen_digits_as_mnist) -> None:
    images, labels, _ = pen_digits_as_mnist
    mnist = load_mnist()  # its first 10,000 training digits
    x, y = mnist.x_train[:10_000].astype(np.float32) / 255, mnist.y_train[:10_000]
    scores = [float(np.corrcoef(images[labels == k].mean(0).ravel(),
                                x[y == k].mean(0).ravel())[0, 1]) for k in range(10)]
    report = ", ".join(f"{k}: {s:.3f}" for k, s in enumerate(scores))
    assert min(scores) >= 0.75, report
    # Inked area too: the default brush makes strokes about as heavy as MNIST's (±25 %).
    ratio = images.sum(axis=(1, 2)).mean() / x.sum(axis=(1, 2)).mean()
    assert 0.75 <= ratio <= 1.25, f"ink ratio pen/MNIST {ratio:.2f}; {report}"


def test_augmented_pen_digits_render_too(pen_digits: list[PenDigit]) -> None:
    digits = pen_digits[::15]
    rng = np.random.default_rng(2)
    for digit in digits:
        brush = int(rng.choice(drawing.BRUSH_WIDTHS_PEOPLE_USE))
        canvas = render_strokes(fit_strokes_to_canvas(digit.strokes, rng=rng), brush=brush)
        # The brush never touches the border: the whole digit is on the canvas.
        assert not canvas[[0, -1]].any() and not canvas[:, [0, -1]].any()
        assert to_mnist(canvas).max() > 0.9
