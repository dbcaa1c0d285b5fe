"""The fast gradient sign method (Goodfellow et al., 2015): a nudge that fools a network.

Every pixel moves by ε in the direction that raises the loss (cross-entropy with the true
label) the most, to first order: x' = clip(x + ε·sign(∇ₓ loss), 0, 1). The gradient is taken
with respect to the 28×28 digit in 0–1, before any scaling the model does itself.

The loss is computed from the network's *logits* when they can be reached (a last Dense
layer with softmax, or a Softmax layer, or a model without softmax): from probabilities that
round to exactly 1 the gradient would vanish for the digits the network is surest of.
"""

from collections import OrderedDict
from typing import Any

import numpy as np

from engine.models.io import InputSpec, input_spec
from engine.tensorflow_runtime import require_keras, require_tensorflow

BATCH = 500
# The compiled gradient functions of the last few models (tracing costs far more than a
# batch). Keyed by id, holding the model too so that an id is never reused while cached.
CACHED_MODELS = 4
_GRADIENTS: "OrderedDict[int, tuple[Any, Any]]" = OrderedDict()


def _logits_function(model: Any) -> tuple[Any, bool]:
    """(a function from model input to scores, whether those scores are logits)."""
    keras = require_keras()
    tf = require_tensorflow()

    last = model.layers[-1] if model.layers else None
    activation = getattr(last, "activation", None)
    softmax_activation = getattr(activation, "__name__", "") == "softmax"
    ending = type(last).__name__
    if ending == "Softmax" or (softmax_activation and ending == "Dense"):
        try:
            features = keras.Model(model.inputs[0], last.input)
        except (AttributeError, ValueError, TypeError):  # a layer shared or nested: no logits
            return (lambda x: model(x, training=False)), False
    if ending == "Softmax":
        return (lambda x: features(x, training=False)), True
    if softmax_activation and ending == "Dense":

        def logits(x: Any) -> Any:
            hidden = features(x, training=False)
            scores = tf.matmul(hidden, last.kernel)
            return scores + last.bias if last.use_bias else scores

        return logits, True
    return (lambda x: model(x, training=False)), not softmax_activation


def _to_input(images: Any, spec: InputSpec) -> Any:
    """(N, H, W) 0–1 tensor → the model's input, differentiable (as ``model_input`` does)."""
    tf = require_tensorflow()

    x = images[..., None]
    if tuple(images.shape[1:3]) != (spec.height, spec.width):
        x = tf.image.resize(x, (spec.height, spec.width))
    if spec.channels == 3:
        x = tf.repeat(x, 3, axis=3)
    elif spec.channels == 0:
        x = x[..., 0]
    return x * 255.0 if spec.scale_255 else x


def _gradient_function(model: Any) -> Any:
    tf = require_tensorflow()

    spec = input_spec(model)
    scores, are_logits = _logits_function(model)

    @tf.function(reduce_retracing=True)
    def gradient(images: Any, labels: Any) -> Any:
        with tf.GradientTape() as tape:
            tape.watch(images)
            output = scores(_to_input(images, spec))
            if are_logits:
                loss = tf.nn.sparse_softmax_cross_entropy_with_logits(labels, output)
            else:  # probabilities only: −log p, kept finite
                picked = tf.gather(output, labels, axis=1, batch_dims=1)
                loss = -tf.math.log(tf.maximum(picked, 1e-30))
            total = tf.reduce_sum(loss)  # a sum: each digit's gradient is its own loss's
        return tape.gradient(total, images)

    return gradient


def _cached_gradient(model: Any) -> Any:
    key = id(model)
    if key in _GRADIENTS:
        _GRADIENTS.move_to_end(key)
        return _GRADIENTS[key][1]
    function = _gradient_function(model)
    _GRADIENTS[key] = (model, function)
    while len(_GRADIENTS) > CACHED_MODELS:
        _GRADIENTS.popitem(last=False)
    return function


def input_gradient(model: Any, images: Any, labels: Any) -> np.ndarray:
    """∇ₓ of the cross-entropy with the true label, for each digit; the shape of ``images``.

    ``images``: (H, W) or (N, H, W) in 0–1; ``labels``: an int or (N,) ints. ``model`` may be a
    Keras model or a ``Predictor``.
    """
    tf = require_tensorflow()
    from engine.robustness.predict import keras_model

    model = keras_model(model)
    batch = np.asarray(images, dtype=np.float32)
    single = batch.ndim == 2
    batch = batch[None] if single else batch
    targets = np.atleast_1d(np.asarray(labels, dtype=np.int32))
    if len(targets) != len(batch):
        raise ValueError(f"{len(batch)} images but {len(targets)} labels")
    gradient = _cached_gradient(model)
    chunks = [gradient(tf.constant(batch[i:i + BATCH]), tf.constant(targets[i:i + BATCH]))
              .numpy() for i in range(0, len(batch), BATCH)]
    out = np.concatenate(chunks) if chunks else np.zeros_like(batch)
    return out[0] if single else out


def fgsm_from_sign(images: Any, sign: np.ndarray, epsilon: float) -> np.ndarray:
    """clip(x + ε·sign, 0, 1): the attack once the gradient's sign is known (sweeps reuse it)."""
    x = np.asarray(images, dtype=np.float32)
    if epsilon == 0:
        return x.copy()
    return np.clip(x + np.float32(epsilon) * sign, 0.0, 1.0).astype(np.float32)


def fgsm(model: Any, images: Any, labels: Any, epsilon: float) -> np.ndarray:
    """The adversarial digits clip(x + ε·sign(∇ₓ loss), 0, 1); ε = 0 gives the input back."""
    if epsilon < 0:
        raise ValueError(f"ε must be ≥ 0, got {epsilon}")
    if epsilon == 0:
        return np.asarray(images, dtype=np.float32).copy()
    sign = np.sign(input_gradient(model, images, labels)).astype(np.float32)
    return fgsm_from_sign(images, sign, epsilon)
