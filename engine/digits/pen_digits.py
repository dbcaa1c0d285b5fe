"""Real pen strokes as training data and as the measure of how well a model reads drawings.

Each pen digit is drawn through the canvas's own code (``engine.digits.drawing``) and preprocessed
exactly as a drawing is (``engine.digits.preprocess.to_mnist``), so the model trains and is measured
on what the drawing tab will feed it. Whole writers are kept apart: a model that has seen a
person's handwriting reads it far better than a stranger's.
"""

from collections.abc import Sequence
from typing import Any

import numpy as np

from engine.digits.drawing import BRUSH_WIDTHS_PEOPLE_USE, fit_strokes_to_canvas, render_strokes
from engine.digits.preprocess import to_mnist
from engine.digits.strokes import PenDigit, writers


def as_model_image(digit: PenDigit, brush: int, rng: np.random.Generator | None = None
                   ) -> np.ndarray:
    """One pen digit drawn on the canvas and preprocessed: uint8 (28, 28), like MNIST."""
    canvas = render_strokes(fit_strokes_to_canvas(digit.strokes, rng=rng), brush=brush)
    return np.round(to_mnist(canvas) * 255).astype(np.uint8)


def render_for_training(digits: Sequence[PenDigit], copies: int, seed: int
                        ) -> tuple[np.ndarray, np.ndarray]:
    """``copies`` renderings of every digit, each with a random brush, size, slant and place."""
    rng = np.random.default_rng(seed)
    images, labels = [], []
    for digit in digits:
        for brush in rng.choice(BRUSH_WIDTHS_PEOPLE_USE, size=copies):
            images.append(as_model_image(digit, int(brush), rng))
            labels.append(digit.label)
    return np.stack(images), np.asarray(labels, dtype=np.int64)


def pick_held_out_writers(digits: Sequence[PenDigit], count: int, seed: int = 0) -> list[str]:
    """``count`` whole writers chosen at random (seeded), to keep out of training."""
    everyone = writers(digits)
    if not 0 <= count < len(everyone):
        raise ValueError(f"Cannot hold out {count} of {len(everyone)} writers.")
    order = np.random.default_rng(seed).permutation(len(everyone))
    return sorted(everyone[i] for i in order[:count])


def measure(model: Any, digits: Sequence[PenDigit],
            brushes: Sequence[int] = BRUSH_WIDTHS_PEOPLE_USE) -> dict[str, Any]:
    """Accuracy on pen digits drawn at each brush width a person uses, overall and per writer.

    Placement is the canvas default (no jitter): the measure is of the writers' own shapes.
    """
    from engine.models.predictor import Predictor

    predictor = Predictor(model)
    images = np.stack([as_model_image(d, b) for b in brushes for d in digits])
    batch = images.astype(np.float32)[..., None] / 255.0
    predicted = predictor.probabilities_batch(batch).argmax(axis=1)
    truth = np.tile([d.label for d in digits], len(brushes))
    who = np.tile([d.writer for d in digits], len(brushes))
    brush_of = np.repeat(list(brushes), len(digits))
    correct = predicted == truth
    return {
        "accuracy": float(correct.mean()),
        "n": int(correct.size),
        "brushes": [int(b) for b in brushes],
        "per_writer": {w: float(correct[who == w].mean()) for w in sorted(set(who))},
        "per_brush": {str(b): float(correct[brush_of == b].mean()) for b in brushes},
    }
