"""The two trained networks that lesson "MLP × CNN" compares, and the digit they both read.

The shipped MLP (784 → 44 → 10, 34,990 parameters) and the lecture's CNN (two 3×3
convolutions with max pooling, 34,826 parameters) were trained the same way on the same
MNIST images, so the lesson can put them side by side. They are loaded here, apart from the
session's current model, which the lesson never changes.
"""

import threading
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from gui.session import shipped_entry

MLP_KEY = "mnist_mlp"
CNN_KEY = "mnist_lecture_cnn"
COMPARED = (MLP_KEY, CNN_KEY)
EXAMPLE_LABEL = 7  # the first "7" of the built-in sample's test part opens the experiment
DIGIT_SIZE = 28

_loaded: dict[str, Any] = {}  # key → Predictor, kept for the process: the files never change
_loading = threading.Lock()


@dataclass(frozen=True)
class CardFigures:
    """What a model card says about a model (None when the card lacks it)."""

    parameters: int | None
    accuracy: float | None  # on the test set, 0–1
    test_images: int | None


def card_figures(key: str) -> CardFigures:
    """Parameters and test accuracy from a shipped model's card (a small JSON file)."""
    from engine.models.io import load_card

    card = load_card(shipped_entry(key).path)
    test = card.get("test") if isinstance(card.get("test"), dict) else {}
    parameters, accuracy, count = card.get("parameters"), test.get("accuracy"), test.get("n")
    return CardFigures(
        parameters=int(parameters) if isinstance(parameters, (int, float)) else None,
        accuracy=float(accuracy) if isinstance(accuracy, (int, float)) else None,
        test_images=int(count) if isinstance(count, (int, float)) else None,
    )


def load_compared_models() -> dict[str, Any]:
    """Both models' Predictors, compiled and warmed up (call in a worker thread: seconds).

    Loaded once per process: a second lesson (or test) gets the same Predictors at once.
    """
    from engine.models.io import load_model
    from engine.models.predictor import Predictor

    with _loading:
        for key in COMPARED:
            if key not in _loaded:
                predictor = Predictor(load_model(shipped_entry(key).path))
                predictor.probabilities(np.zeros((DIGIT_SIZE, DIGIT_SIZE), np.float32))
                _loaded[key] = predictor
        return {key: _loaded[key] for key in COMPARED}


def example_digit() -> np.ndarray:
    """A real MNIST "7" as float32 28×28 in [0, 1]; a drawn one if the sample is missing."""
    from engine.datasets.catalog import DatasetError, load_sample

    try:
        sample = load_sample()
    except (DatasetError, OSError):
        return drawn_seven()
    first = int(np.flatnonzero(sample.y_test == EXAMPLE_LABEL)[0])
    return sample.x_test[first].astype(np.float32) / 255.0


def drawn_seven() -> np.ndarray:
    """A plain "7" of two strokes, centred like an MNIST digit (used without the sample)."""
    image = np.zeros((DIGIT_SIZE, DIGIT_SIZE), np.float32)
    cv2.line(image, (8, 7), (20, 7), 1.0, 2, cv2.LINE_AA)
    cv2.line(image, (20, 7), (12, 22), 1.0, 2, cv2.LINE_AA)
    return image
