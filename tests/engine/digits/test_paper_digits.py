"""engine.digits.paper_digits: digits found on paper in webcam frames, and read by the default
model.

The acceptance test measures on frames made from MNIST *test* digits; the detector's numbers
were tuned on frames made from MNIST *training* digits only (see engine/digits/paper_digits.py). The
test set is never used to choose anything: this file only measures on it.
"""

from pathlib import Path

import cv2
import numpy as np
import pytest

from engine.digits import paper_digits
from engine.digits.camera import FrameSource
from engine.digits.paper_digits import (
    DigitCandidate,
    candidate_steps,
    find_digits,
    find_digits_steps,
)
from engine.digits.paper_video import TrueDigit, write_blank_video, write_paper_video
from engine.digits.preprocess import to_mnist
from tests.conftest import ROOT

MODEL = ROOT / "resources" / "models" / "mnist_cnn.keras"
PAPER = (236, 240, 242)  # BGR of white paper
INK = (60, 40, 30)


# --------------------------------------------------------------------------- helpers
def iou(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Intersection over union of two (x, y, w, h) boxes."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    across = max(0, min(ax + aw, bx + bw) - max(ax, bx))
    down = max(0, min(ay + ah, by + bh) - max(ay, by))
    inter = across * down
    return inter / (aw * ah + bw * bh - inter)


def match(found: list[DigitCandidate], truths: list[TrueDigit]) -> dict[int, int]:
    """true index → found index, greedily by IoU ≥ 0.5, each found box used once."""
    pairs = sorted(((iou(c.box, t.box), ti, ci) for ti, t in enumerate(truths)
                    for ci, c in enumerate(found)), reverse=True)
    matched: dict[int, int] = {}
    for overlap, ti, ci in pairs:
        if overlap >= 0.5 and ti not in matched and ci not in matched.values():
            matched[ti] = ci
    return matched


def read_all(path: Path) -> list[np.ndarray]:
    frames = []
    with FrameSource(path) as source:
        while (frame := source.read()) is not None:
            frames.append(frame)
    return frames


def paper(width: int = 320, height: int = 240) -> np.ndarray:
    return np.full((height, width, 3), PAPER, np.uint8)


def draw_one(frame: np.ndarray, top_left: tuple[int, int], height: int = 60) -> tuple[int, ...]:
    """A hand-drawn "1" (a slightly slanted bar with a flag); returns its (x, y, w, h)."""
    x, y = top_left
    cv2.line(frame, (x + 14, y + 3), (x + 8, y + height - 4), INK, 6)
    cv2.line(frame, (x + 14, y + 3), (x + 4, y + 14), INK, 5)
    return x + 1, y, 17, height


def draw_zero(frame: np.ndarray, centre: tuple[int, int], size: tuple[int, int] = (20, 30),
              colour: tuple[int, int, int] = INK) -> None:
    cv2.ellipse(frame, centre, size, 0, 0, 360, colour, 6)


# --------------------------------------------------------------------------- acceptance
@pytest.fixture(scope="module")
def test_digits() -> tuple[np.ndarray, np.ndarray]:
    """MNIST's 10,000 test digits (shipped with the app), which the default model never saw."""
    from engine.datasets.catalog import load_mnist

    mnist = load_mnist()
    return mnist.x_test, mnist.y_test.astype(np.int64)


@pytest.fixture(scope="module")
def predictor() -> object:
    from engine.models.io import load_model
    from engine.models.predictor import Predictor

    return Predictor(load_model(MODEL))


def test_digits_on_paper_are_found_and_read(tmp_path: Path, test_digits: tuple,
                                            predictor: object) -> None:
    digits, labels = test_digits
    video = tmp_path / "paper.avi"
    truths = write_paper_video(video, digits, labels, frames=60, seed=2024)
    frames = read_all(video)
    assert len(frames) == len(truths) == 60
    total = found = correct = 0
    for frame, truth in zip(frames, truths, strict=True):
        candidates = find_digits(frame)
        matched = match(candidates, truth)
        total, found = total + len(truth), found + len(matched)
        if matched:
            batch = np.stack([candidates[ci].image for ci in matched.values()])[..., None]
            read = predictor.probabilities_batch(batch).argmax(axis=1)
            expected = [truth[ti].label for ti in matched]
            correct += int(np.sum(read == np.array(expected)))
    assert total > 200  # 3 to 6 digits in each of 60 frames
    print(f"found {found}/{total} digits, read {correct}/{found} correctly")
    assert found / total >= 0.95
    assert correct / found >= 0.95


def test_blank_and_textured_surfaces_give_few_false_digits(tmp_path: Path) -> None:
    video = tmp_path / "blank.avi"
    write_blank_video(video, frames=60, seed=7)
    frames = read_all(video)
    assert len(frames) == 60
    false_digits = sum(len(find_digits(frame)) for frame in frames)
    assert false_digits <= len(frames) / 20


# --------------------------------------------------------------------------- the steps
def test_the_threshold_is_opencvs_adaptive_threshold() -> None:
    rng = np.random.default_rng(1)
    frame = paper()
    draw_zero(frame, (160, 120))
    frame = np.clip(frame * np.linspace(0.5, 1.0, 320)[None, :, None]
                    + rng.normal(0, 4, frame.shape), 0, 255).astype(np.uint8)
    for sensitivity in (5, 12, 30):
        steps = find_digits_steps(frame, sensitivity)
        side = paper_digits._odd(240 * paper_digits.BACKGROUND_FRACTION)
        expected = cv2.adaptiveThreshold(steps["blurred"], 255, cv2.ADAPTIVE_THRESH_MEAN_C,
                                         cv2.THRESH_BINARY_INV, side, sensitivity)
        np.testing.assert_array_equal(steps["threshold"], expected)
    assert set(steps) == {"grey", "blurred", "background", "threshold", "cleaned"}
    np.testing.assert_array_equal(steps["grey"], cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY))


def test_a_digit_under_uneven_light_is_found_where_one_global_threshold_fails() -> None:
    frame = paper()
    one = draw_one(frame, (40, 90))
    draw_zero(frame, (240, 120))
    light = np.linspace(0.35, 1.0, 320)[None, :, None]  # a lamp on the right
    frame = (frame * light).astype(np.uint8)
    grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    _, otsu = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    assert otsu[:, :30].mean() > 200  # one global threshold calls the dim paper "ink"
    boxes = [c.box for c in find_digits(frame)]
    assert len(boxes) == 2
    assert iou(boxes[0], one) > 0.7
    assert iou(boxes[1], (217, 87, 47, 67)) > 0.7  # the zero's outer edge, pen width included


def test_a_broken_digit_is_one_candidate_and_neighbours_stay_two() -> None:
    frame = paper()
    cv2.line(frame, (60, 60), (60, 110), INK, 5)  # a "4" drawn in two strokes, not touching
    cv2.line(frame, (60, 110), (95, 110), INK, 5)
    cv2.line(frame, (85, 70), (85, 150), INK, 5)  # ... its down-stroke, 6 px from the bar
    draw_zero(frame, (200, 100))
    draw_zero(frame, (252, 100))  # another zero beside it, 6 px apart
    boxes = [c.box for c in find_digits(frame)]
    assert len(boxes) == 3
    x, y, w, h = boxes[0]
    assert x <= 58 and y <= 58 and x + w >= 97 and y + h >= 152  # both strokes, one box
    assert all(b[2] < 50 for b in boxes[1:])  # two zeros, not one wide shape


def test_blobs_specks_and_cut_shapes_are_not_digits() -> None:
    frame = paper()
    cv2.rectangle(frame, (30, 40), (80, 110), INK, -1)  # a dark object, filled
    for x in range(120, 200, 9):
        cv2.circle(frame, (x, 60), 1, INK, -1)  # dust
    draw_zero(frame, (300, 120))  # cut by the right edge
    cv2.line(frame, (120, 150), (300, 160), INK, 4)  # a long rule: far too wide
    assert find_digits(frame) == []


def test_sensitivity_decides_whether_faint_ink_counts() -> None:
    frame = paper()
    draw_zero(frame, (160, 120), colour=(206, 210, 212))  # pencil: 30 grey levels darker
    frame = cv2.GaussianBlur(frame, (3, 3), 0)
    assert find_digits(frame) == []  # the default wants clear ink: pen, not pencil
    assert len(find_digits(frame, sensitivity=6)) == 1


def test_the_candidate_image_is_the_mnist_recipe_of_its_ink() -> None:
    frame = paper()
    draw_one(frame, (100, 80))
    (candidate,) = find_digits(frame)
    image = candidate.image
    assert image.shape == (28, 28) and image.dtype == np.float32
    assert image.min() >= 0.0 and image.max() <= 1.0
    assert image[0].max() == 0 and image[:, 0].max() == 0  # light on a black border
    np.testing.assert_array_equal(image, to_mnist(candidate.ink))
    _, _, w, h = candidate.box
    assert candidate.ink.shape == (h, w)
    steps = candidate_steps(find_digits_steps(frame), candidate)
    assert list(steps) == ["grey", "threshold", "cropped", "scaled", "centred"]
    assert steps["grey"].shape[0] > h and steps["grey"].shape == steps["threshold"].shape
    assert max(steps["scaled"].shape) == 20
    np.testing.assert_array_equal(steps["centred"], image)


def test_grey_frames_work_and_other_arrays_are_refused() -> None:
    frame = paper()
    draw_one(frame, (100, 80))
    grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    assert [c.box for c in find_digits(grey)] == [c.box for c in find_digits(frame)]
    with pytest.raises(ValueError, match="uint8"):
        find_digits(frame.astype(np.float32))
    with pytest.raises(ValueError, match=r"\(H, W\)"):
        find_digits(np.zeros((4, 4, 2), np.uint8))

