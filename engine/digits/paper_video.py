"""Synthetic "webcam over a sheet of paper" videos, with the true box and label of every digit.

A webcam test needs frames whose answer is known. These are made like a photo of handwriting:
real MNIST digits (given by the caller) drawn as dark ink on light paper at random positions,
sizes and small rotations, then lit unevenly (a gradient and a vignette, as a desk lamp does),
blurred a little (focus), given sensor noise and optionally paper or desk texture, and finally
JPEG-compressed by the MJPG codec, as a USB webcam compresses. The same module also makes
frames without digits (blank paper, wood, cloth) to count false detections.

It lives in ``engine`` rather than under ``tests`` because three users need it: the tests, the
benchmark (``benchmarks/bench_webcam.py``) and the tab's preview runner, which shows the tab
working on a machine without a camera. It is Qt-free and needs only NumPy and OpenCV.

Which digits go in is the caller's choice, and matters: tune the detector on frames made from
MNIST *training* digits, and measure on frames made from *test* digits only.
"""

import dataclasses
import os
from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np

from engine.paths import ensure_dir

__all__ = ["FRAME_SIZE", "TrueDigit", "blank_frame", "paper_frame", "write_blank_video",
           "write_paper_video"]

FRAME_SIZE = (640, 480)  # (width, height): a webcam's usual default
HEIGHTS = (40, 120)  # the ink's height in pixels: a digit written small, or held close
MAX_TILT = 10.0  # degrees either way: a sheet held not quite straight
GAP = 16  # pixels kept free between digits and around the frame's border
INK_BGR = np.array([70.0, 40.0, 30.0])  # blue-black ballpoint ink
# The ink's bounding box keeps pixels of at least this much ink: a fringe fainter than that is
# invisible on paper, and the detector's threshold draws its boxes about there too.
BOX_ALPHA = 0.3
TEXTURES = ("plain", "paper", "wood", "cloth", "cork")
FOURCC = "MJPG"
FPS = 30.0


@dataclasses.dataclass(frozen=True)
class TrueDigit:
    """Where a digit was drawn: its ink's box (x, y, w, h) in the frame, and its label."""

    box: tuple[int, int, int, int]
    label: int


# --------------------------------------------------------------------------- paper and light
def _lighting(rng: np.random.Generator, width: int, height: int) -> np.ndarray:
    """A smooth light field between about 0.55 and 1: a gradient plus an off-centre vignette."""
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    angle = rng.uniform(0, 2 * np.pi)
    ramp = (np.cos(angle) * xs / width + np.sin(angle) * ys / height)
    ramp = (ramp - ramp.min()) / max(float(np.ptp(ramp)), 1e-6)
    cx, cy = rng.uniform(0.2, 0.8) * width, rng.uniform(0.2, 0.8) * height
    distance = np.hypot(xs - cx, ys - cy) / np.hypot(width, height)
    light = 1.0 - rng.uniform(0.15, 0.3) * ramp - rng.uniform(0.1, 0.3) * distance ** 2 * 2
    return np.clip(light, 0.45, 1.0)


def _smooth_noise(rng: np.random.Generator, width: int, height: int, scale: float) -> np.ndarray:
    """Noise with features about ``scale`` pixels wide, values roughly in [-1, 1]."""
    small = rng.standard_normal((max(2, int(height / scale)), max(2, int(width / scale))))
    noise = cv2.resize(small.astype(np.float32), (width, height),
                       interpolation=cv2.INTER_CUBIC)
    return noise / max(float(np.abs(noise).max()), 1e-6)


def _texture(rng: np.random.Generator, kind: str, width: int, height: int) -> np.ndarray:
    """A surface's pattern in grey levels around 0: none, paper fibre, wood, cloth or cork."""
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    if kind == "plain":
        return np.zeros((height, width), np.float32)
    if kind == "paper":
        fibre = 4.0 * _smooth_noise(rng, width, height, 3) + 3.0 * _smooth_noise(
            rng, width, height, 40)
        return _specks(rng, fibre)
    if kind == "wood":
        warp = 25.0 * _smooth_noise(rng, width, height, 120)
        period = rng.uniform(10, 22)
        grain = np.sin(2 * np.pi * (ys + warp + 0.05 * xs) / period)
        grain = 22.0 * grain ** 7 + 5.0 * _smooth_noise(rng, width, height, 6)  # sharp lines
        return _knots(rng, grain)
    if kind == "cloth":
        period = rng.uniform(4, 7)
        weave = np.sin(2 * np.pi * xs / period) * np.sin(2 * np.pi * ys / period)
        return 10.0 * weave + 6.0 * _smooth_noise(rng, width, height, 30)
    if kind == "cork":
        granules = _smooth_noise(rng, width, height, 5)  # pressed grains, a few px each
        granules = granules / max(float(granules.std()), 1e-6)
        return _specks(rng, 25.0 * np.minimum(granules + 1.2, 0.0) + 6.0 * granules, most=40)
    raise ValueError(f"unknown texture {kind!r}: choose {', '.join(TEXTURES)}")


def _specks(rng: np.random.Generator, texture: np.ndarray, most: int = 8) -> np.ndarray:
    """A few dark specks of dust or pencil dots, 1–3 px across: real paper is never clean."""
    height, width = texture.shape
    for _ in range(int(rng.integers(0, most + 1))):
        centre = (int(rng.integers(0, width)), int(rng.integers(0, height)))
        cv2.circle(texture, centre, int(rng.integers(1, 3)), float(-rng.uniform(40, 120)), -1)
    return texture


def _knots(rng: np.random.Generator, texture: np.ndarray) -> np.ndarray:
    """Up to two dark knots in wood: soft ellipses, the size of a digit, darker at the core."""
    height, width = texture.shape
    knot = np.zeros_like(texture)
    for _ in range(int(rng.integers(0, 3))):
        centre = (int(rng.integers(0, width)), int(rng.integers(0, height)))
        axes = (int(rng.integers(8, 30)), int(rng.integers(15, 45)))
        cv2.ellipse(knot, centre, axes, float(rng.uniform(0, 180)), 0, 360, 1.0, -1)
    return texture - rng.uniform(40, 70) * cv2.GaussianBlur(knot, (0, 0), 6)


def _surface(rng: np.random.Generator, kind: str, width: int, height: int) -> np.ndarray:
    """The lit, textured surface as float32 BGR (0–255), before the ink."""
    tint = {"plain": (235, 242, 246), "paper": (232, 240, 244), "wood": (120, 165, 205),
            "cloth": (190, 175, 160), "cork": (110, 150, 185)}[kind]
    base = np.array(tint, np.float32) + rng.uniform(-8, 8, 3).astype(np.float32)
    grey = _texture(rng, kind, width, height)[:, :, None]
    return (base + grey) * _lighting(rng, width, height)[:, :, None]


def _camera(rng: np.random.Generator, image: np.ndarray) -> np.ndarray:
    """Focus blur and sensor noise, then back to uint8 (the codec adds JPEG artefacts later)."""
    sigma = rng.uniform(0.6, 1.4)
    blurred = cv2.GaussianBlur(image, (0, 0), sigma)
    noisy = blurred + rng.normal(0.0, rng.uniform(2.0, 5.0), blurred.shape).astype(np.float32)
    return np.clip(noisy + 0.5, 0, 255).astype(np.uint8)


# --------------------------------------------------------------------------- ink
def _ink_patch(rng: np.random.Generator, digit: np.ndarray, height: int) -> np.ndarray:
    """The digit's ink (0–1), cropped, scaled to ``height`` px tall and tilted a little."""
    rows = np.flatnonzero(digit.max(axis=1) > 0)
    cols = np.flatnonzero(digit.max(axis=0) > 0)
    crop = digit[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1].astype(np.float32) / 255.0
    factor = height / crop.shape[0]
    size = (max(1, round(crop.shape[1] * factor)), height)
    scaled = np.clip(cv2.resize(crop, size, interpolation=cv2.INTER_CUBIC), 0.0, 1.0)
    pad = height // 4 + 2  # room for the rotated corners
    padded = cv2.copyMakeBorder(scaled, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=0)
    centre = (padded.shape[1] / 2, padded.shape[0] / 2)
    turn = cv2.getRotationMatrix2D(centre, rng.uniform(-MAX_TILT, MAX_TILT), 1.0)
    rotated = cv2.warpAffine(padded, turn, (padded.shape[1], padded.shape[0]),
                             flags=cv2.INTER_LINEAR)
    mask = rotated > BOX_ALPHA
    rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    return rotated[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]


def _place(rng: np.random.Generator, size: tuple[int, int], taken: list[tuple[int, ...]],
           width: int, height: int, tries: int = 60) -> tuple[int, int] | None:
    """A free top-left corner for a (h, w) patch, GAP px from the border and other digits."""
    patch_h, patch_w = size
    for _ in range(tries):
        if width - patch_w - 2 * GAP < 0 or height - patch_h - 2 * GAP < 0:
            return None
        x = int(rng.integers(GAP, width - patch_w - GAP + 1))
        y = int(rng.integers(GAP, height - patch_h - GAP + 1))
        if all(x + patch_w + GAP <= ox or ox + ow + GAP <= x or y + patch_h + GAP <= oy
               or oy + oh + GAP <= y for ox, oy, ow, oh in taken):
            return x, y
    return None


def paper_frame(rng: np.random.Generator, digits: np.ndarray, labels: np.ndarray,
                count: int = 5, size: tuple[int, int] = FRAME_SIZE,
                texture: str = "plain") -> tuple[np.ndarray, list[TrueDigit]]:
    """One BGR uint8 frame with up to ``count`` of the given MNIST digits, and their truths.

    ``digits`` are MNIST images (N, 28, 28) uint8, light on dark; each frame draws ``count``
    of them at random (fewer if they do not fit). ``texture`` is "plain" or "paper" (fibres).
    """
    width, height = size
    surface = _surface(rng, texture, width, height)
    lit = _lighting(rng, width, height)  # a second field: the ink is lit unevenly too
    truths: list[TrueDigit] = []
    for index in rng.choice(len(digits), size=count, replace=False):
        patch = _ink_patch(rng, digits[index], int(rng.integers(HEIGHTS[0], HEIGHTS[1] + 1)))
        corner = _place(rng, patch.shape, [t.box for t in truths], width, height)
        if corner is None:
            continue
        x, y = corner
        h, w = patch.shape
        alpha = patch[:, :, None] * rng.uniform(0.85, 1.0)  # ink pressure varies per digit
        region = surface[y:y + h, x:x + w]
        ink = INK_BGR * lit[y:y + h, x:x + w, None]
        surface[y:y + h, x:x + w] = region * (1 - alpha) + ink * alpha
        truths.append(TrueDigit((x, y, w, h), int(labels[index])))
    return _camera(rng, surface), truths


def blank_frame(rng: np.random.Generator, size: tuple[int, int] = FRAME_SIZE,
                texture: str = "paper") -> np.ndarray:
    """A BGR uint8 frame of a surface without digits (``texture``: one of TEXTURES)."""
    width, height = size
    return _camera(rng, _surface(rng, texture, width, height))


# --------------------------------------------------------------------------- videos
def _write(path: Path, frames: Sequence[np.ndarray], fps: float) -> None:
    height, width = frames[0].shape[:2]
    ensure_dir(path.parent)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*FOURCC), fps, (width, height))
    try:
        if not writer.isOpened():
            raise OSError(f"{path}: OpenCV cannot write an {FOURCC} video here.")
        for frame in frames:
            writer.write(frame)
    finally:
        writer.release()


def write_paper_video(path: str | os.PathLike[str], digits: np.ndarray, labels: np.ndarray,
                      frames: int = 48, per_frame: tuple[int, int] = (3, 6), seed: int = 0,
                      fps: float = FPS) -> list[list[TrueDigit]]:
    """Write an MJPG .avi of paper frames with digits; returns each frame's true digits."""
    rng = np.random.default_rng(seed)
    images, truths = [], []
    for _ in range(frames):
        count = int(rng.integers(per_frame[0], per_frame[1] + 1))
        texture = "paper" if rng.random() < 0.5 else "plain"
        frame, truth = paper_frame(rng, digits, labels, count, texture=texture)
        images.append(frame)
        truths.append(truth)
    _write(Path(path), images, fps)
    return truths


def write_blank_video(path: str | os.PathLike[str], frames: int = 60, seed: int = 0,
                      fps: float = FPS) -> None:
    """Write an MJPG .avi without digits: plain and textured paper, wood, cloth, cork in turn."""
    rng = np.random.default_rng(seed)
    _write(Path(path), [blank_frame(rng, texture=TEXTURES[i % len(TEXTURES)])
                        for i in range(frames)], fps)


def demo_video(folder: Path, frames: int = 60, seed: int = 7) -> Path:
    """Write (once) a video of paper with 3–6 of the built-in sample's digits per frame.

    For the Webcam tab's preview (``python -m gui.webcam --demo``) on a computer without a
    camera. The digits are the sample's *training* digits: a preview or a screenshot never shows
    MNIST test digits, which are kept for measuring.
    """
    from engine.datasets.catalog import load_sample  # only the demonstration needs the sample

    path = folder / f"paper_demo_{seed}.avi"
    if not path.is_file():
        sample = load_sample()
        write_paper_video(path, sample.x_train, sample.y_train, frames=frames, seed=seed)
    return path
