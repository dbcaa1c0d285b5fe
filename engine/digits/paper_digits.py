"""Find handwritten digits on paper in a camera frame, each made ready for an MNIST model.

A webcam looking at a sheet of paper sees dark ink on light paper, lit unevenly (brighter near
the lamp, darker in the corners), a little out of focus and noisy. The steps, each returned by
:func:`find_digits_steps` for the Webcam tab to show:

1. **grey** – colour does not help to find ink, and one channel is three times less work;
2. **blurred** – a small Gaussian blur, so sensor noise and JPEG blocks do not become "ink";
3. **background** – the local mean brightness around every pixel (a box of about a tenth of
   the frame's height). Uneven light changes slowly across the frame, so the paper's own
   brightness is known at every point, while ink is a thin dark line against it;
4. **threshold** – a pixel is ink when it is darker than its background by more than the
   *sensitivity* offset (OpenCV's adaptive threshold, written out so that the darkness also
   serves below). One global threshold cannot work: the dark corner of a sheet is darker than
   ink under the lamp;
5. **cleaned** – specks of a few pixels (dust, noise) removed, digit-sized pieces kept;
6. pieces close together are **grouped** into one digit (a 5 whose bar is not joined, a 4 in
   two strokes) as long as the group still looks like one character, not two side by side;
7. groups are **filtered** by size, shape and contrast (faint wood grain or cloth is not ink;
   a filled dark blob is not a stroke; a shape cut by the frame's edge cannot be read);
8. each digit's ink is cropped and goes through the same recipe as a drawing,
   :func:`engine.digits.preprocess.to_mnist`: 20 × 20 box, centre of mass at the centre of 28 × 28.

The numbers below were tuned on synthetic frames (``engine.digits.paper_video``) made from MNIST
*training* digits only; the acceptance test measures on frames made from MNIST *test* digits,
which were never used to choose anything here.
"""

import dataclasses

import cv2
import numpy as np

from engine.digits.preprocess import mnist_steps, to_mnist

__all__ = [
    "DEFAULT_SENSITIVITY",
    "SENSITIVITY_RANGE",
    "DigitCandidate",
    "candidate_steps",
    "detect",
    "find_digits",
    "find_digits_steps",
]

Box = tuple[int, int, int, int]  # (x, y, w, h) in frame pixels

# The threshold's offset, in grey levels: ink must be this much darker than its background.
# Lower finds fainter ink (pencil, a dim room) and more noise; higher only bold, clear ink.
DEFAULT_SENSITIVITY = 12.0
SENSITIVITY_RANGE = (2, 40)  # what the slider offers
BLUR = (5, 5)
BACKGROUND_FRACTION = 0.1  # the background box's side, as a fraction of the frame's height
# Sizes as fractions of the frame's height, so that 1280 × 720 behaves like 640 × 480.
MIN_PIECE_AREA = 1.2e-4  # of the frame's area: smaller pieces are specks (about 37 px at 480)
MIN_HEIGHT = 0.05  # a digit shorter than 24 px at 480 has too few pixels to read reliably
MAX_HEIGHT = 0.7
# Width / height. Pieces are grouped only while the group stays narrower than MERGE_ASPECT:
# two digits side by side are wider. A single shape may be wider (a wide "2" or "5": 1 % of
# MNIST's digits are wider than 1.3 before any tilt), up to MAX_ASPECT.
MERGE_ASPECT = 1.3
MAX_ASPECT = 1.8
MERGE_GAP = 0.12  # pieces this close (× the taller piece's height) belong to one digit
MAX_FILL = 0.7  # ink / box area above this, for a shape wider than a "1", is a blob
THIN_ASPECT = 0.35  # below this width / height the shape is a "1", which may be all ink
# A pixel just over the threshold may be texture or noise; a whole stroke of ink is far darker.
# So a digit's ink must be, at its median, DARKNESS_FACTOR × the sensitivity darker than its
# background (the local mean) and CONTRAST_FACTOR × the sensitivity darker than the paper left
# inside its own box (see _contrast). Both follow the sensitivity, so lowering it finds fainter
# ink too (pencil). Tuned on training-digit frames and blank ones: with these, every offset from
# 8 to 16 finds over 99 % of the digits with no false digit on 60 blank or textured frames.
DARKNESS_FACTOR = 2.5
CONTRAST_FACTOR = 3.0
EDGE = 2  # pixels: a group this close to the frame's border is cut off by it


@dataclasses.dataclass(frozen=True, eq=False)
class DigitCandidate:
    """One digit found in a frame.

    ``box`` is its ink's bounding box (x, y, w, h) in frame pixels; ``image`` the 28 × 28
    float32 input for an MNIST model (light ink on black, as ``to_mnist`` makes it); ``ink`` the
    cropped ink (float32 0–1, light on dark) that ``image`` was made from, for display.
    """

    box: Box
    image: np.ndarray
    ink: np.ndarray


# --------------------------------------------------------------------------- the steps
def _grey(frame: np.ndarray) -> np.ndarray:
    array = np.asarray(frame)
    if array.dtype != np.uint8:
        raise ValueError(f"A camera frame must be uint8, got dtype {array.dtype}.")
    if array.ndim == 3 and array.shape[2] == 3:
        return cv2.cvtColor(array, cv2.COLOR_BGR2GRAY)
    if array.ndim == 3 and array.shape[2] == 4:
        return cv2.cvtColor(array, cv2.COLOR_BGRA2GRAY)
    if array.ndim == 2:
        return array
    raise ValueError(f"A camera frame must be (H, W), (H, W, 3) or (H, W, 4), got {array.shape}.")


def _odd(value: float) -> int:
    return max(3, int(value) // 2 * 2 + 1)


def find_digits_steps(frame: np.ndarray,
                      sensitivity: float = DEFAULT_SENSITIVITY) -> dict[str, np.ndarray]:
    """The intermediate images, full-frame, uint8: grey, blurred, background, threshold, cleaned.

    "threshold" and "cleaned" are 0/255 masks of the ink (cleaned: without specks).
    """
    return detect(frame, sensitivity)[1]


def find_digits(frame: np.ndarray,
                sensitivity: float = DEFAULT_SENSITIVITY) -> list[DigitCandidate]:
    """The digits in a BGR (or grey) uint8 frame, left to right. See the module's docstring."""
    return detect(frame, sensitivity)[0]


def detect(frame: np.ndarray, sensitivity: float = DEFAULT_SENSITIVITY
           ) -> tuple[list[DigitCandidate], dict[str, np.ndarray]]:
    """Both at once (the Webcam tab shows the steps of the digits it boxes): one pass."""
    grey = _grey(frame)
    height = grey.shape[0]
    blurred = cv2.GaussianBlur(grey, BLUR, 0)
    side = _odd(height * BACKGROUND_FRACTION)
    background = cv2.blur(blurred, (side, side), borderType=cv2.BORDER_REPLICATE)
    darkness = cv2.subtract(background, blurred)  # saturates: lighter than around → 0
    # ">=": exactly OpenCV's adaptiveThreshold (MEAN_C, BINARY_INV) for a whole offset.
    threshold = np.where(darkness >= sensitivity, np.uint8(255), np.uint8(0))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(threshold, connectivity=8)
    min_area = MIN_PIECE_AREA * grey.size
    pieces = [i for i in range(1, count) if stats[i, cv2.CC_STAT_AREA] >= min_area]
    keep = np.zeros(count, bool)
    keep[pieces] = True
    cleaned = np.where(keep[labels], np.uint8(255), np.uint8(0))
    candidates = []
    for group in _group(pieces, stats, height):
        candidate = _candidate(group, stats, labels, (blurred, darkness), sensitivity)
        if candidate is not None:
            candidates.append(candidate)
    candidates.sort(key=lambda c: (c.box[0], c.box[1]))
    steps = {"grey": grey, "blurred": blurred, "background": background,
             "threshold": threshold, "cleaned": cleaned}
    return candidates, steps


# --------------------------------------------------------------------------- grouping
def _box(stats: np.ndarray, index: int) -> Box:
    x, y, w, h = (int(v) for v in stats[index, :4])
    return x, y, w, h


def _union(a: Box, b: Box) -> Box:
    x, y = min(a[0], b[0]), min(a[1], b[1])
    return x, y, max(a[0] + a[2], b[0] + b[2]) - x, max(a[1] + a[3], b[1] + b[3]) - y


def _gap(a: Box, b: Box) -> int:
    """The larger of the horizontal and vertical gaps between two boxes (0 if they overlap)."""
    dx = max(a[0] - (b[0] + b[2]), b[0] - (a[0] + a[2]), 0)
    dy = max(a[1] - (b[1] + b[3]), b[1] - (a[1] + a[3]), 0)
    return max(dx, dy)


def _group(pieces: list[int], stats: np.ndarray, frame_height: int) -> list[list[int]]:
    """Merge pieces that are close together while the union still looks like one digit.

    Largest pieces first, so a digit's main stroke gathers its broken-off bits; a bit between
    two digits joins the first whose shape it does not spoil.
    """
    order = sorted(pieces, key=lambda i: -int(stats[i, cv2.CC_STAT_AREA]))
    groups: list[tuple[Box, list[int]]] = []
    for index in order:
        box = _box(stats, index)
        for position, (group_box, members) in enumerate(groups):
            merged = _union(group_box, box)
            close = _gap(group_box, box) <= MERGE_GAP * max(group_box[3], box[3])
            if close and merged[2] <= MERGE_ASPECT * merged[3] and \
                    merged[3] <= MAX_HEIGHT * frame_height:
                groups[position] = (merged, [*members, index])
                break
        else:
            groups.append((box, [index]))
    return [members for _, members in groups]


# --------------------------------------------------------------------------- filtering
def _candidate(group: list[int], stats: np.ndarray, labels: np.ndarray,
               images: tuple[np.ndarray, np.ndarray], sensitivity: float
               ) -> DigitCandidate | None:
    """The group as a DigitCandidate, or None when it is not digit-like."""
    box = _box(stats, group[0])
    for index in group[1:]:
        box = _union(box, _box(stats, index))
    x, y, w, h = box
    blurred, darkness = images
    frame_height, frame_width = blurred.shape
    if not MIN_HEIGHT * frame_height <= h <= MAX_HEIGHT * frame_height or w > MAX_ASPECT * h:
        return None
    if x < EDGE or y < EDGE or x + w > frame_width - EDGE or y + h > frame_height - EDGE:
        return None
    mask = np.isin(labels[y:y + h, x:x + w], group)
    ink_pixels = int(np.count_nonzero(mask))
    if w > THIN_ASPECT * h and ink_pixels > MAX_FILL * w * h:
        return None
    if float(np.median(darkness[y:y + h, x:x + w][mask])) < DARKNESS_FACTOR * sensitivity:
        return None
    if _contrast(blurred[y:y + h, x:x + w], mask) < CONTRAST_FACTOR * sensitivity:
        return None
    ink = _ink(mask)
    return DigitCandidate(box, to_mnist(ink), ink)


def _contrast(grey: np.ndarray, mask: np.ndarray) -> float:
    """How much darker the ink is than the paper inside its own box (medians, grey levels).

    The paper is what the threshold left out *inside the box*: the hole of a 0, the corners
    beside a 1. A dark object larger than the background box comes out of the threshold as its
    outline only (inside it, the local mean is dark too); its "holes" are then as dark as its
    "ink", and this contrast is near 0. Faint texture has little contrast anyway. A box that is
    all ink (a straight 1) is compared with full paper white: only the fill rule judges it.
    """
    paper = float(np.median(grey[~mask])) if not mask.all() else 255.0
    return paper - float(np.median(grey[mask]))


def _ink(mask: np.ndarray) -> np.ndarray:
    """The digit's ink as float32, light on dark: the group's own pixels only.

    Only the group's pixels, not everything inside its box: a neighbouring digit's stroke
    reaching into the box must not become part of this one.
    """
    return mask.astype(np.float32)


def candidate_steps(steps: dict[str, np.ndarray], candidate: DigitCandidate,
                    margin: float = 0.15) -> dict[str, np.ndarray]:
    """One digit's way to the network, for the Webcam tab's strip.

    {"grey", "threshold"}: the frame's grey and threshold images around the digit's box
    (``margin`` × its size on each side); then {"cropped", "scaled", "centred"} as
    :func:`engine.digits.preprocess.mnist_steps` makes them from the digit's ink.
    """
    x, y, w, h = candidate.box
    pad = round(margin * max(w, h))
    rows = slice(max(0, y - pad), y + h + pad)
    cols = slice(max(0, x - pad), x + w + pad)
    recipe = mnist_steps(candidate.ink)
    return {"grey": steps["grey"][rows, cols], "threshold": steps["threshold"][rows, cols],
            "cropped": recipe["cropped"], "scaled": recipe["scaled"],
            "centred": recipe["centred"]}
