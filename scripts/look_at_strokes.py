"""Look at what the drawing canvas feeds the model, beside real MNIST digits.

    python scripts/look_at_strokes.py strokes.png [--seed 0]

Writes one PNG: 40 of the shipped pen digits (resources/data/) as the canvas draws them, each
followed by its 28 × 28 to_mnist result, then 20 MNIST training digits at the same scale. The top
half uses the default brush and fit; the bottom half the training augmentation (random jitter
and a brush from BRUSH_WIDTHS_PEOPLE_USE, written under the canvas). The stroke width, size
and centring of the 28 × 28 panels should be hard to tell apart from MNIST's.
"""

import argparse
import sys
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a plain script from anywhere

from engine.datasets.catalog import load_mnist  # noqa: E402
from engine.digits import drawing, preprocess, strokes  # noqa: E402  (needs the path above)

PANEL = 140  # pixels per panel: the canvas at half size, 28 × 28 at 5×
COLUMNS = 10  # panels per row: 5 canvas + result pairs


def pen_panels(digits: list[strokes.PenDigit], rng: np.random.Generator) -> list[np.ndarray]:
    """(canvas, 28 × 28) panel pairs; the second half of the digits jittered, random brush."""
    panels = []
    for index, digit in enumerate(digits):
        jittered = index >= len(digits) // 2
        brush = int(rng.choice(drawing.BRUSH_WIDTHS_PEOPLE_USE)) if jittered \
            else drawing.DEFAULT_BRUSH
        placed = drawing.fit_strokes_to_canvas(digit.strokes, rng=rng if jittered else None)
        canvas = drawing.render_strokes(placed, brush=brush)
        small = cv2.resize(canvas, (PANEL, PANEL), interpolation=cv2.INTER_AREA)
        small = cv2.cvtColor(small, cv2.COLOR_GRAY2BGR)
        cv2.rectangle(small, (0, 0), (PANEL - 1, PANEL - 1), (90, 90, 90), 1)
        cv2.putText(small, f"{digit.label} b{brush}", (4, PANEL - 6), cv2.FONT_HERSHEY_SIMPLEX,
                    0.4, (0, 200, 255), 1, cv2.LINE_AA)
        panels += [small, enlarge(preprocess.to_mnist(canvas))]
    return panels


def enlarge(image28: np.ndarray) -> np.ndarray:
    """A 28 × 28 float image as a PANEL-sized BGR picture with hard pixel edges."""
    big = cv2.resize(np.rint(image28 * 255).astype(np.uint8), (PANEL, PANEL),
                     interpolation=cv2.INTER_NEAREST)
    return cv2.cvtColor(big, cv2.COLOR_GRAY2BGR)


def grid(panels: list[np.ndarray]) -> np.ndarray:
    """Panels in rows of COLUMNS, the last row padded with black."""
    blank = np.zeros_like(panels[0])
    panels = panels + [blank] * (-len(panels) % COLUMNS)
    rows = [np.hstack(panels[i:i + COLUMNS]) for i in range(0, len(panels), COLUMNS)]
    return np.vstack(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="PNG file to write")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    rng = np.random.default_rng(args.seed)
    digits = strokes.load_pen_digits()  # the shipped pen digits
    # Four of each label, in label order, so the rows read 0 0 0 0 1 1 1 1 ...
    chosen = [digits[i] for label in range(10) for i in
              rng.choice([i for i, d in enumerate(digits) if d.label == label], 4, replace=False)]
    chosen = chosen[::2] + chosen[1::2]  # two per label plain, two per label jittered
    train = load_mnist().x_train[:10_000]  # the shipped MNIST's first 10,000 training digits
    picks = rng.choice(len(train), 20, replace=False)
    mnist_panels = [enlarge(train[i] / 255.0) for i in sorted(picks)]
    separator = np.full((8, PANEL * COLUMNS, 3), (0, 120, 0), np.uint8)
    picture = np.vstack([grid(pen_panels(chosen, rng)), separator, grid(mnist_panels)])
    if not cv2.imwrite(str(args.output), picture):
        raise SystemExit(f"Could not write {args.output}")
    print(f"wrote {args.output} ({picture.shape[1]} × {picture.shape[0]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
