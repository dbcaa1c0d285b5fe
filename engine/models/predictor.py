"""Fast inference for one image at a time: class probabilities and every layer's output.

Interactive views (drawing, webcam, activations) call this on every stroke or frame, so it
goes through a compiled ``tf.function`` with a fixed input signature: under a millisecond
per image here, against about 30 ms for ``model.predict`` (see benchmarks/bench_inference.py).
"""

from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from engine.models.io import input_spec
from engine.tensorflow_runtime import require_keras, require_tensorflow


@dataclass(frozen=True)
class LayerActivation:
    """One layer's output for one image (batch axis removed)."""

    name: str
    kind: str  # the Keras class name: "Conv2D", "MaxPooling2D", "Dense", …
    output: np.ndarray


class Predictor:
    """Runs a Keras image classifier on single images (or small batches) quickly."""

    def __init__(self, model: Any) -> None:
        tf = require_tensorflow()

        self.model = model
        self.spec = input_spec(model)
        channels = (self.spec.channels,) if self.spec.channels else ()
        image_shape = (self.spec.height, self.spec.width, *channels)
        self._needs_softmax = not _ends_in_softmax(model)
        # One image: XLA-compiled for a fixed batch of 1 (about 30 % faster here). Batches:
        # plain graph with any batch size, since XLA would recompile for every new size.
        self._single_signature = [tf.TensorSpec((1, *image_shape), tf.float32)]
        self._forward_one = _compiled(self._probabilities_graph, self._single_signature)
        self._forward = tf.function(self._probabilities_graph,
                                    input_signature=[tf.TensorSpec((None, *image_shape))])
        self._layers_forward: Any = None  # built on first use: most views never need it

    @property
    def num_classes(self) -> int:
        return int(self.model.outputs[0].shape[1])

    def prepare(self, image: np.ndarray) -> np.ndarray:
        """One image as the model wants it: (1, H, W[, C]) float32, resized and converted.

        Accepts (H, W) grey or (H, W, 3) RGB, uint8 0–255 or float 0–1. Models whose first
        layer is a ``Rescaling`` get 0–255 (they scale themselves); others get 0–1.
        """
        array = np.asarray(image)
        scale = 1.0 if array.dtype.kind == "f" else 1.0 / 255.0
        array = array.astype(np.float32) * scale
        array = _to_channels(array, self.spec.channels)
        if array.shape[:2] != (self.spec.height, self.spec.width):
            shrinking = array.shape[0] > self.spec.height
            method = cv2.INTER_AREA if shrinking else cv2.INTER_LINEAR
            resized = cv2.resize(array, (self.spec.width, self.spec.height), interpolation=method)
            array = resized.reshape(self.spec.height, self.spec.width, *array.shape[2:])
        if self.spec.scale_255:
            array = array * 255.0
        return array[None]

    def probabilities(self, image: np.ndarray) -> np.ndarray:
        """Class probabilities for one image, shape (num_classes,), summing to 1."""
        return self._forward_one(self.prepare(image)).numpy()[0]

    def probabilities_batch(self, images: np.ndarray, batch_size: int = 512) -> np.ndarray:
        """Probabilities for many already-prepared images (N, H, W[, C]) float32."""
        chunks = [self._forward(images[i : i + batch_size]).numpy()
                  for i in range(0, len(images), batch_size)]
        return np.concatenate(chunks) if chunks else np.zeros((0, self.num_classes))

    def activations(self, image: np.ndarray) -> list[LayerActivation]:
        """Every layer's output for one image, in order, with the layer's name and kind."""
        if self._layers_forward is None:
            self._layers_forward = self._build_layers_forward()
        layers, forward = self._layers_forward
        outputs = forward(self.prepare(image))
        return [LayerActivation(layer.name, type(layer).__name__, output.numpy()[0])
                for layer, output in zip(layers, outputs, strict=True)]

    def _probabilities_graph(self, batch: Any) -> Any:
        tf = require_tensorflow()

        scores = self.model(batch, training=False)
        return tf.nn.softmax(scores) if self._needs_softmax else scores

    def _build_layers_forward(self) -> tuple[list[Any], Any]:
        keras = require_keras()

        # A loaded Sequential has no .input; its inputs[0] works for every kind of model.
        layers = [layer for layer in self.model.layers if _single_output(layer)]
        probe = keras.Model(inputs=self.model.inputs[0],
                            outputs=[layer.output for layer in layers])
        return layers, _compiled(lambda batch: probe(batch, training=False),
                                 self._single_signature)


def _compiled(function: Any, signature: list[Any]) -> Any:
    """``function`` as an XLA-compiled graph, or a plain graph if XLA cannot compile it.

    Some layers have no XLA kernel; the first call tells, and the plain graph is kept then.
    """
    tf = require_tensorflow()

    fast = tf.function(function, input_signature=signature, jit_compile=True)
    plain = tf.function(function, input_signature=signature)
    chosen: list[Any] = []

    def call(batch: Any) -> Any:
        if chosen:
            return chosen[0](batch)
        try:
            result = fast(batch)
            chosen.append(fast)
        except (tf.errors.InvalidArgumentError, tf.errors.UnimplementedError):
            result = plain(batch)
            chosen.append(plain)
        return result

    return call


def _to_channels(array: np.ndarray, channels: int) -> np.ndarray:
    """Grey ↔ RGB as the model needs (0 channels: a model fed plain (H, W))."""
    if array.ndim == 3 and array.shape[2] == 4:
        array = array[:, :, :3]  # drop alpha
    if channels == 3:
        return array if array.ndim == 3 else np.repeat(array[:, :, None], 3, axis=2)
    grey = cv2.cvtColor(array, cv2.COLOR_RGB2GRAY) if array.ndim == 3 else array
    return grey[:, :, None] if channels == 1 else grey


def _ends_in_softmax(model: Any) -> bool:
    last = model.layers[-1] if model.layers else None
    activation = getattr(last, "activation", None)
    return type(last).__name__ == "Softmax" or getattr(activation, "__name__", "") == "softmax"


def _single_output(layer: Any) -> bool:
    try:
        output = layer.output
    except (AttributeError, ValueError):
        return False
    return not isinstance(output, (list, tuple))
