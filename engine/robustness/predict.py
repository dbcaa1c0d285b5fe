"""Many grey digits through a model at once, on the model's fast batched path.

``model_input`` turns (N, H, W) digits in 0–1 into what the model's input wants, as
``engine.models.predictor.Predictor.prepare`` does for one image: a channel axis (grey or
RGB), the model's size, and 0–255 for a model that rescales its input itself. ``probabilities``
then runs ``Predictor.probabilities_batch`` (a compiled graph; never ``model.predict``).
"""

from typing import Any

import cv2
import numpy as np

from engine.models.io import InputSpec


def as_predictor(model_or_predictor: Any) -> Any:
    """A ``Predictor``: the one given, or a new one for a Keras model."""
    if hasattr(model_or_predictor, "probabilities_batch"):
        return model_or_predictor
    from engine.models.predictor import Predictor

    return Predictor(model_or_predictor)


def keras_model(model_or_predictor: Any) -> Any:
    """The Keras model behind a ``Predictor``, or the model itself."""
    if hasattr(model_or_predictor, "probabilities_batch"):
        return model_or_predictor.model
    return model_or_predictor


def model_input(images: np.ndarray, spec: InputSpec) -> np.ndarray:
    """(N, H, W) float 0–1 → (N, h, w[, C]) float32 as the model's input wants it."""
    batch = np.asarray(images, dtype=np.float32)
    if batch.ndim == 2:
        batch = batch[None]
    if batch.shape[1:3] != (spec.height, spec.width):
        method = cv2.INTER_AREA if batch.shape[1] > spec.height else cv2.INTER_LINEAR
        batch = np.stack([cv2.resize(image, (spec.width, spec.height), interpolation=method)
                          for image in batch]) if len(batch) else \
            np.zeros((0, spec.height, spec.width), np.float32)
    if spec.channels == 1:
        batch = batch[..., None]
    elif spec.channels == 3:
        batch = np.repeat(batch[..., None], 3, axis=3)
    return batch * np.float32(255.0) if spec.scale_255 else batch


def probabilities(model_or_predictor: Any, images: np.ndarray,
                  batch_size: int = 512) -> np.ndarray:
    """Class probabilities (N, classes) for (N, H, W) digits in 0–1, in one batched pass."""
    predictor = as_predictor(model_or_predictor)
    return predictor.probabilities_batch(model_input(images, predictor.spec), batch_size)


def predicted_classes(model_or_predictor: Any, images: np.ndarray) -> np.ndarray:
    """The class each digit is read as (N,)."""
    return probabilities(model_or_predictor, images).argmax(axis=1)
