"""Three filters for a "5" and max pooling over them (slide 18, "Importância do max pooling").

The deck (after Goodfellow et al., *Deep Learning*, fig. 9.9) imagines three filters, each
tuned to a differently written 5: whichever 5 comes in, one of them fires, and a max pool
over the filters *and* over positions gives a high output wherever the 5 is. Here the three
filters are real: the 5s of the built-in MNIST sample are sorted by slant and split into three
groups (leaning left, upright, leaning right); each filter is the mean of one group, cropped
to MNIST's 20 × 20 digit box. A mean of a hundred-odd real 5s matches new 5s far better than
any single 5 does (measured on pen-drawn digits: AUC 0.99 against other digits for means,
0.96 for the most typical single 5 of each group).

Each filter's response is a *normalised* correlation (Pearson's r between the filter and the
window under it, from −1 to 1): the filter is made zero-mean and unit-length, and each window's
sum is divided by the window's own contrast. Without that division a thick, inky scribble
would beat a thin 5 just by having more ink. The correlations are ordinary convolutions
(:func:`engine.numerics.ops.conv2d` with "same" padding), one per filter plus two box sums.

A drawing can be any size, and the filters have one size, so :func:`digit_field` scales the
canvas (all of it, so *where* the digit is stays where it was) until the digit is 20 px tall,
the size MNIST digits are. Position is then the only thing that varies, which is the point.
"""

from dataclasses import dataclass

import cv2
import numpy as np

from engine.digits.preprocess import ink_image
from engine.numerics.ops import conv2d, same_padding
from engine.numerics.validation import as_float_array

TEMPLATE_SIZE = 20  # MNIST's digit box: every digit was scaled to fit 20 × 20
FILTER_COUNT = 3
INK_THRESHOLD = 0.1  # a pixel with less ink is anti-aliasing fringe, not part of the digit
MAX_SCALE = 0.4  # a tiny dot is not blown up past 2.5 canvas pixels per field pixel
_FLAT = 1e-6  # windows with less contrast than this (squared) have no pattern to correlate


def lean(image: object) -> float:
    """How far the strokes lean right (positive) or left (negative): x-shift per row upwards.

    From the image moments: ``−μ11/μ02`` is the slope of x against y (y grows downwards, so
    the sign is flipped to make italic, top-to-the-right writing positive).
    """
    ink = as_float_array(image, "image", (2,)).astype(np.float32)
    moments = cv2.moments(ink)
    if moments["mu02"] <= 0:
        return 0.0
    return float(-moments["mu11"] / moments["mu02"])


def unit_filter(template: object) -> np.ndarray:
    """``template`` made zero-mean and of length 1, so it measures shape, not brightness."""
    values = as_float_array(template, "template", (2,))
    centred = values - values.mean()
    norm = float(np.linalg.norm(centred))
    if norm == 0:
        raise ValueError("A flat template (every value the same) matches no pattern; give it "
                         "some shape.")
    return centred / norm


@dataclass(frozen=True)
class LeanFilters:
    """Filters for one digit written at different slants, most upright first."""

    filters: np.ndarray  # (count, size, size), each zero-mean and of length 1
    degrees: tuple[float, ...]  # each group's mean lean, as degrees from upright (right > 0)


def lean_filters(images: object, count: int = FILTER_COUNT,
                 size: int = TEMPLATE_SIZE) -> LeanFilters:
    """``count`` filters from images of one digit, one per slant group, ordered by lean.

    The images (N, 28, 28), centred as MNIST centres them, are sorted by :func:`lean` and
    split into ``count`` equal groups; each filter is its group's mean image, centre-cropped
    to ``size`` × ``size`` and passed through :func:`unit_filter`.
    """
    stack = as_float_array(images, "images", (3,))
    if len(stack) < count:
        raise ValueError(f"{count} filters need at least {count} images, got {len(stack)}.")
    if size > min(stack.shape[1:]):
        raise ValueError(f"The filters ({size} px) cannot be larger than the images "
                         f"{stack.shape[1:]}.")
    order = np.argsort([lean(image) for image in stack], kind="stable")
    top, left = (stack.shape[1] - size) // 2, (stack.shape[2] - size) // 2
    means = [stack[group].mean(axis=0) for group in np.array_split(order, count)]
    filters = np.stack([unit_filter(m[top : top + size, left : left + size]) for m in means])
    degrees = tuple(float(np.degrees(np.arctan(lean(m)))) for m in means)
    return LeanFilters(filters, degrees)


def matching_maps(field: object, filters: object) -> np.ndarray:
    """Pearson's r between each filter and every window of ``field``: (filters, H, W).

    Zeros pad the borders (Keras' "same"), so a digit half outside the field still matches
    partly. Windows without contrast (all one value) get 0: there is nothing to match.
    All the sums come from one :func:`engine.numerics.ops.conv2d` over two channels, the field and
    its square: the filters read the first, two box filters (all ones) sum each channel.
    """
    image = as_float_array(field, "field", (2,))
    stack = np.stack([unit_filter(f) for f in as_float_array(filters, "filters", (3,))])
    count, kh, kw = stack.shape
    kernel = np.zeros((kh, kw, 2, count + 2))
    kernel[:, :, 0, :count] = stack.transpose(1, 2, 0)
    kernel[:, :, 0, count] = 1.0  # Σ w over each window
    kernel[:, :, 1, count + 1] = 1.0  # Σ w² over each window
    sums = conv2d(np.stack([image, image * image], axis=2), kernel, padding="same")
    products, total, squares = sums[:, :, :count], sums[:, :, count], sums[:, :, count + 1]
    spread = np.maximum(squares - total * total / (kh * kw), 0.0)  # Σ(w − mean)² per window
    scale = np.where(spread > _FLAT, 1.0 / np.sqrt(np.where(spread > _FLAT, spread, 1.0)), 0.0)
    return np.clip(products * scale[:, :, None], -1.0, 1.0).transpose(2, 0, 1)


def matching_map(field: object, template: object) -> np.ndarray:
    """:func:`matching_maps` for one template: Pearson's r of it with every window."""
    return matching_maps(field, np.asarray(template, dtype=np.float64)[None])[0]


@dataclass(frozen=True)
class TemplateMatch:
    """Every filter's response map, where each peaks, and the max-pooled outputs."""

    maps: np.ndarray  # (filters, H, W) correlations in [−1, 1]
    peaks: tuple[tuple[int, int], ...]  # (row, col) of each map's maximum
    pooled: np.ndarray  # (filters,) global max pooling: each map's maximum
    filter_shape: tuple[int, int]

    @property
    def best(self) -> int:
        """The filter that fired most (the first one on a tie)."""
        return int(np.argmax(self.pooled))

    @property
    def score(self) -> float:
        """Max pooling over positions and filters: the detector's one output."""
        return float(self.pooled.max())

    def window(self, index: int) -> tuple[int, int, int, int]:
        """Field pixels under filter ``index`` at its peak: (top, left, bottom, right), ends
        excluded; may reach outside the field, into the zero padding."""
        (height, width), (kh, kw) = self.maps.shape[1:], self.filter_shape
        row, col = self.peaks[index]
        top = row - same_padding(height, kh)[0]
        left = col - same_padding(width, kw)[0]
        return top, left, top + kh, left + kw


def match_templates(field: object, filters: object) -> TemplateMatch:
    """Correlate ``field`` with each filter, then max-pool each response over all positions."""
    stack = as_float_array(filters, "filters", (3,))
    maps = matching_maps(field, stack)
    flat_peaks = maps.reshape(len(stack), -1).argmax(axis=1)  # the first maximum on ties
    peaks = tuple((int(p) // maps.shape[2], int(p) % maps.shape[2]) for p in flat_peaks)
    return TemplateMatch(maps, peaks, maps.max(axis=(1, 2)), (stack.shape[1], stack.shape[2]))


def digit_field(canvas: object, digit_size: int = TEMPLATE_SIZE,
                max_scale: float = MAX_SCALE) -> np.ndarray | None:
    """The whole canvas scaled so its digit's longer side is ``digit_size`` px; None if blank.

    Light ink on black, float in [0, 1]. Where the digit sits, relative to the canvas, is kept:
    only its size is normalised, to the size the filters expect.
    """
    ink = ink_image(canvas)
    rows, cols = np.nonzero(ink > INK_THRESHOLD)
    if rows.size == 0:
        return None
    extent = max(rows.max() - rows.min(), cols.max() - cols.min()) + 1
    scale = min(digit_size / extent, max_scale)
    height = max(1, round(ink.shape[0] * scale))
    width = max(1, round(ink.shape[1] * scale))
    method = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    return cv2.resize(ink, (width, height), interpolation=method).astype(np.float64)


def place_digit(digit: object, top: int, left: int, zoom: int = 4,
                size: int = 280) -> np.ndarray:
    """A uint8 ``size`` × ``size`` black canvas with ``digit`` enlarged ``zoom`` times at
    (top, left), cut where it leaves the canvas: a sample digit put where a student could
    have drawn it."""
    image = as_float_array(digit, "digit", (2,))
    scale = 255.0 if image.max() <= 1.0 else 1.0
    big = cv2.resize(image * scale, None, fx=zoom, fy=zoom, interpolation=cv2.INTER_LINEAR)
    canvas = np.zeros((size, size))
    rows = slice(max(top, 0), min(top + big.shape[0], size))
    cols = slice(max(left, 0), min(left + big.shape[1], size))
    if rows.start < rows.stop and cols.start < cols.stop:
        canvas[rows, cols] = big[rows.start - top : rows.stop - top,
                                 cols.start - left : cols.stop - left]
    return np.clip(np.rint(canvas), 0, 255).astype(np.uint8)


def sample_lean_filters(digit: int = 5, count: int = FILTER_COUNT) -> LeanFilters:
    """:func:`lean_filters` from the built-in MNIST sample's training images of ``digit``.

    Only the training part is used, so the sample's test digits stay new to the filters.
    Raises :class:`engine.datasets.catalog.DatasetError` when the sample cannot be read.
    """
    from engine.datasets.catalog import load_sample  # imported here: only this function needs it

    dataset = load_sample()
    return lean_filters(dataset.x_train[dataset.y_train == digit], count)
