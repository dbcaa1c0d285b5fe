"""Perturbations of grey digits in 0–1: one image (H, W) or a batch (N, H, W), float32 out.

Each function returns a new array of the same shape and never changes its input. Geometry
follows OpenCV with image coordinates (x to the right, y down) and fills what comes in from
outside the picture with 0 (the black of an MNIST background):

- ``shift``: whole pixels, positive to the right / down; nothing wraps round, no re-centring.
- ``rotate``: degrees counter-clockwise (as seen on the screen) about the image centre,
  (13.5, 13.5) for 28×28, bilinear: ``cv2.warpAffine`` with ``cv2.getRotationMatrix2D``.
- ``scale``: the same affine warp with a zoom factor and no rotation.
- ``thickness``: ``steps`` dilations (thicker strokes) or erosions (thinner), 3×3 cross.

``perturb`` holds the command line's definitions (``CLI_PERTURBATIONS``), so the page's sweeps
and ``python main.py robustness`` measure the same thing.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

CLI_PERTURBATIONS = ("shift_x", "shift_y", "rotate", "scale", "noise", "blur", "occlude", "fgsm")
# Also accepted by ``perturb`` (the page's sweeps may offer them); not on the command line.
EXTRA_PERTURBATIONS = ("thickness", "contrast")
PERTURBATIONS = CLI_PERTURBATIONS + EXTRA_PERTURBATIONS
# The value that leaves the digits as they are, for each perturbation.
IDENTITY = {"shift_x": 0.0, "shift_y": 0.0, "rotate": 0.0, "scale": 1.0, "noise": 0.0,
            "blur": 0.0, "occlude": 0.0, "fgsm": 0.0, "thickness": 0.0, "contrast": 1.0}
CROSS = cv2.getStructuringElement(cv2.MORPH_CROSS, (3, 3))


def _batch(images: Any) -> tuple[np.ndarray, bool]:
    """(N, H, W) float32 and whether the input was a single (H, W) image."""
    array = np.asarray(images, dtype=np.float32)
    if array.ndim == 2:
        return array[None], True
    if array.ndim != 3:
        raise ValueError(f"expected (H, W) or (N, H, W) grey images, got shape {array.shape}")
    return array, False


def _result(batch: np.ndarray, single: bool) -> np.ndarray:
    return batch[0] if single else batch


def _each(images: Any, function: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """``function`` applied to every image of the batch (OpenCV works one picture at a time)."""
    batch, single = _batch(images)
    out = np.empty_like(batch)
    for i, image in enumerate(batch):
        out[i] = function(image)
    return _result(out, single)


def shift(images: Any, dx: int, dy: int) -> np.ndarray:
    """Move by whole pixels, +dx to the right and +dy down; zero comes in at the border."""
    batch, single = _batch(images)
    dx, dy = int(dx), int(dy)
    out = np.zeros_like(batch)
    height, width = batch.shape[1:]
    if abs(dx) < width and abs(dy) < height:
        out[:, max(dy, 0):height + min(dy, 0), max(dx, 0):width + min(dx, 0)] = \
            batch[:, max(-dy, 0):height - max(dy, 0), max(-dx, 0):width - max(dx, 0)]
    return _result(out, single)


def _warp(images: Any, degrees: float, factor: float) -> np.ndarray:
    """Rotate (counter-clockwise) and zoom about the centre, bilinear, zero fill."""
    batch, single = _batch(images)
    height, width = batch.shape[1:]
    centre = ((width - 1) / 2.0, (height - 1) / 2.0)
    matrix = cv2.getRotationMatrix2D(centre, float(degrees), float(factor))
    out = np.empty_like(batch)
    for i, image in enumerate(batch):
        out[i] = cv2.warpAffine(image, matrix, (width, height), flags=cv2.INTER_LINEAR,
                                borderMode=cv2.BORDER_CONSTANT, borderValue=0.0)
    return _result(out, single)


def rotate(images: Any, degrees: float) -> np.ndarray:
    """Turn by ``degrees`` counter-clockwise about (13.5, 13.5) (the centre of 28×28)."""
    if degrees == 0:
        return _result(*_batch(images)).copy()
    return _warp(images, degrees, 1.0)


def scale(images: Any, factor: float) -> np.ndarray:
    """Zoom by ``factor`` about the centre (> 1 larger, < 1 smaller), bilinear, zero fill."""
    if factor <= 0:
        raise ValueError(f"the scale factor must be positive, got {factor}")
    if factor == 1:
        return _result(*_batch(images)).copy()
    return _warp(images, 0.0, factor)


def thickness(images: Any, steps: int) -> np.ndarray:
    """Thicker strokes (``steps`` > 0: dilations) or thinner (< 0: erosions), 3×3 cross."""
    steps = int(steps)
    if steps == 0:
        return _result(*_batch(images)).copy()
    operation = cv2.dilate if steps > 0 else cv2.erode
    return _each(images, lambda image: operation(
        image, CROSS, iterations=abs(steps), borderType=cv2.BORDER_CONSTANT, borderValue=0.0))


def noise(images: Any, sigma: float, seed: int = 0) -> np.ndarray:
    """Add Gaussian noise of standard deviation ``sigma``, clipped to 0–1.

    Seeded per call: the same seed on the same images gives the same result.
    """
    batch, single = _batch(images)
    if sigma < 0:
        raise ValueError(f"the noise's sigma must be ≥ 0, got {sigma}")
    if sigma == 0:
        return _result(batch.copy(), single)
    rng = np.random.default_rng(seed)
    noisy = batch + rng.normal(0.0, sigma, batch.shape).astype(np.float32)
    return _result(np.clip(noisy, 0.0, 1.0), single)


def blur_kernel_size(sigma: float) -> int:
    """The odd kernel size covering ±3σ (at least 3)."""
    return max(3, 2 * math.ceil(3 * sigma) + 1)


def blur(images: Any, sigma: float) -> np.ndarray:
    """Gaussian blur of standard deviation ``sigma`` pixels (0: unchanged), zero outside."""
    if sigma < 0:
        raise ValueError(f"the blur's sigma must be ≥ 0, got {sigma}")
    if sigma == 0:
        return _result(*_batch(images)).copy()
    size = blur_kernel_size(sigma)
    return _each(images, lambda image: cv2.GaussianBlur(
        image, (size, size), sigmaX=float(sigma), sigmaY=float(sigma),
        borderType=cv2.BORDER_CONSTANT))


def contrast(images: Any, factor: float) -> np.ndarray:
    """Stretch (> 1) or flatten (< 1) about mid-grey: 0.5 + factor·(x − 0.5), clipped."""
    batch, single = _batch(images)
    return _result(np.clip(0.5 + np.float32(factor) * (batch - 0.5), 0.0, 1.0), single)


def invert(images: Any) -> np.ndarray:
    """Dark digit on light paper: 1 − x."""
    batch, single = _batch(images)
    return _result(1.0 - batch, single)


def occlude(images: Any, row: int, col: int, size: int, value: float = 0.0) -> np.ndarray:
    """Cover a ``size``×``size`` square whose top-left corner is (row, col) with ``value``.

    The square may stick out of the picture (negative or large row/col): only its part
    inside is drawn.
    """
    batch, single = _batch(images)
    out = batch.copy()
    height, width = batch.shape[1:]
    top, left = max(int(row), 0), max(int(col), 0)
    bottom, right = min(int(row) + int(size), height), min(int(col) + int(size), width)
    if bottom > top and right > left:
        out[:, top:bottom, left:right] = value
    return _result(out, single)


def centre_patch(size: int, height: int = 28, width: int = 28) -> tuple[int, int]:
    """The top-left corner of a ``size``-pixel square in the middle of the picture."""
    return (height - size) // 2, (width - size) // 2


@dataclass(frozen=True)
class Perturbation:
    """The page's sliders. ``apply`` uses them in a fixed order: thickness, scale, rotate,
    shift, blur, contrast, noise, invert, occlusion (the patch is what lies on top)."""

    shift_x: int = 0
    shift_y: int = 0
    rotate: float = 0.0
    scale: float = 1.0
    thickness: int = 0
    noise: float = 0.0
    blur: float = 0.0
    contrast: float = 1.0
    invert: bool = False
    patch: tuple[int, int, int] | None = None  # (row, col, size)
    seed: int = 0

    def apply(self, image: np.ndarray) -> np.ndarray:
        """One (H, W) image (or a batch), perturbed; the identity settings change nothing."""
        out = np.asarray(image, dtype=np.float32).copy()
        if self.thickness:
            out = thickness(out, self.thickness)
        if self.scale != 1.0:
            out = scale(out, self.scale)
        if self.rotate:
            out = rotate(out, self.rotate)
        if self.shift_x or self.shift_y:
            out = shift(out, self.shift_x, self.shift_y)
        if self.blur:
            out = blur(out, self.blur)
        if self.contrast != 1.0:
            out = contrast(out, self.contrast)
        if self.noise:
            out = noise(out, self.noise, self.seed)
        if self.invert:
            out = invert(out)
        if self.patch is not None:
            out = occlude(out, *self.patch)
        return out

    def is_identity(self) -> bool:
        return self == Perturbation(seed=self.seed)


def whole(value: float, name: str) -> int:
    """``value`` as an int, or ValueError when it has a fractional part."""
    if float(value) != round(float(value)):
        raise ValueError(f"{name} takes whole pixels, got {value}")
    return round(float(value))


def perturb(images: Any, name: str, value: float, *, seed: int = 0, labels: Any = None,
            model: Any = None) -> np.ndarray:
    """The digits perturbed as ``python main.py robustness --perturbation name`` does it.

    ``shift_x``/``shift_y``: whole pixels; ``rotate``: degrees; ``scale``: factor; ``noise``
    and ``blur``: σ; ``occlude``: a value×value black square in the middle; ``fgsm``: ε (needs
    ``model`` and the true ``labels``); ``thickness``: steps; ``contrast``: factor.
    """
    if name == "fgsm":
        if model is None or labels is None:
            raise ValueError("fgsm needs the model and the true labels")
        from engine.robustness.fgsm import fgsm

        return fgsm(model, images, labels, value)
    if name not in PERTURBATIONS:
        raise ValueError(f"unknown perturbation {name!r}; known: {', '.join(PERTURBATIONS)}")
    return _SIMPLE[name](images, value, seed)


def _occlude_centre(images: Any, value: float, _seed: int) -> np.ndarray:
    size = whole(value, "occlude")
    batch, _ = _batch(images)
    return occlude(images, *centre_patch(size, *batch.shape[1:]), size)


_SIMPLE: dict[str, Callable[[Any, float, int], np.ndarray]] = {
    "shift_x": lambda images, value, _seed: shift(images, whole(value, "shift_x"), 0),
    "shift_y": lambda images, value, _seed: shift(images, 0, whole(value, "shift_y")),
    "rotate": lambda images, value, _seed: rotate(images, value),
    "scale": lambda images, value, _seed: scale(images, value),
    "noise": lambda images, value, seed: noise(images, value, seed),
    "blur": lambda images, value, _seed: blur(images, value),
    "occlude": _occlude_centre,
    "thickness": lambda images, value, _seed: thickness(images, whole(value, "thickness")),
    "contrast": lambda images, value, _seed: contrast(images, value),
}
