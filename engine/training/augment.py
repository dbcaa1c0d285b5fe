"""Random distortions of training images: digits as people draw them, photos as cameras frame them.

Grey images (digits): people draw digits tilted, slanted, off-centre, larger or smaller, with
thin or thick pens. Each training batch gets one random affine map per image (rotation, shear,
zoom, shift) and a random change of stroke thickness.

Colour images (photos): a mirrored photo is still a photo of the same thing, and objects sit
anywhere in the frame. Each photo is flipped left–right half of the time and shifted by up to
4 pixels with the border mirrored (the classic "pad 4, crop 32" of CIFAR-10 training). Digits
are never mirrored: a mirrored "2" is not a "2".

Everything happens inside the TensorFlow graph (no Python per image).
"""

from typing import Any

from engine.tensorflow_runtime import require_tensorflow

ROTATION_DEGREES = 12.0  # people rarely tilt a digit more; "6"/"9" must stay apart
SHEAR = 0.25  # slant, as in italic handwriting
ZOOM = (0.85, 1.15)  # after to_mnist the digit is ~20 px; drawings vary around that
SHIFT_PIXELS = 2.5  # centring by centre of mass leaves a pixel or two of play
THICKNESS_PROBABILITY = 0.25  # share of images made thicker, and the same share thinner
PHOTO_SHIFT_PIXELS = 4  # a 32×32 photo padded by 4 mirrored pixels and cropped back
FLIP_PROBABILITY = 0.5


def settings(colour: bool = False) -> dict[str, Any]:
    """The distortions' ranges, as a model card records them."""
    if colour:
        return {"flip_left_right_probability": FLIP_PROBABILITY,
                "shift_pixels": PHOTO_SHIFT_PIXELS, "border": "mirrored"}
    return {"rotation_degrees": ROTATION_DEGREES, "shear": SHEAR, "zoom": list(ZOOM),
            "shift_pixels": SHIFT_PIXELS, "thickness_probability": THICKNESS_PROBABILITY}


def augment_batch(images: Any, seed: Any) -> Any:
    """Distort a batch of (B, H, W, C) float images in [0, 1]; ``seed`` makes it repeatable.

    Three channels are photos (flips and mirrored shifts), one channel digits (see above).
    """
    tf = require_tensorflow()

    seeds = tf.random.experimental.stateless_split(tf.stack([seed, seed * 7 + 3]), 2)
    if images.shape[-1] == 3:
        return _random_photo_framing(images, seeds[0], seeds[1])
    warped = _random_affine(images, seeds[0])
    return _random_thickness(warped, seeds[1])


def _random_photo_framing(images: Any, flip_seed: Any, shift_seed: Any) -> Any:
    """Mirror half the photos left–right, and shift each by whole pixels, borders mirrored."""
    tf = require_tensorflow()

    batch = tf.shape(images)[0]
    flip = tf.random.stateless_uniform([batch, 1, 1, 1], flip_seed) < FLIP_PROBABILITY
    flipped = tf.where(flip, tf.reverse(images, axis=[2]), images)
    # Whole-pixel shifts with a mirrored border are exactly "pad by reflection, crop randomly".
    shift = tf.cast(tf.random.stateless_uniform([batch, 2], shift_seed, -PHOTO_SHIFT_PIXELS,
                                                PHOTO_SHIFT_PIXELS + 1, dtype=tf.int32),
                    tf.float32)
    ones, zeros = tf.ones([batch]), tf.zeros([batch])
    transforms = tf.stack([ones, zeros, shift[:, 0], zeros, ones, shift[:, 1], zeros, zeros],
                          axis=1)
    return tf.raw_ops.ImageProjectiveTransformV3(
        images=flipped, transforms=transforms, output_shape=tf.shape(images)[1:3],
        fill_value=0.0, interpolation="NEAREST", fill_mode="REFLECT")


def _random_affine(images: Any, seed: Any) -> Any:
    import math

    tf = require_tensorflow()

    batch = tf.shape(images)[0]
    height, width = tf.cast(tf.shape(images)[1], tf.float32), tf.cast(tf.shape(images)[2],
                                                                      tf.float32)
    keys = tf.random.experimental.stateless_split(seed, 5)

    def uniform(key: Any, low: float, high: float) -> Any:
        return tf.random.stateless_uniform([batch], key, low, high)

    angle = uniform(keys[0], -1.0, 1.0) * ROTATION_DEGREES * math.pi / 180.0
    shear = uniform(keys[1], -SHEAR, SHEAR)
    zoom = uniform(keys[2], *ZOOM)
    shift = tf.random.stateless_uniform([batch, 2], keys[3], -SHIFT_PIXELS, SHIFT_PIXELS)
    # The map from output to input pixels: input = c + B·(output − c − t), with B the inverse
    # of (rotate · shear · zoom); sampling B's parts directly is equally random.
    cos, sin = tf.cos(angle), tf.sin(angle)
    b00, b01 = (cos + shear * sin) / zoom, (-sin + shear * cos) / zoom
    b10, b11 = sin / zoom, cos / zoom
    cx, cy = (width - 1.0) / 2.0, (height - 1.0) / 2.0
    ox, oy = cx + shift[:, 0], cy + shift[:, 1]
    a2 = cx - b00 * ox - b01 * oy
    b2 = cy - b10 * ox - b11 * oy
    zeros = tf.zeros_like(angle)
    transforms = tf.stack([b00, b01, a2, b10, b11, b2, zeros, zeros], axis=1)
    return tf.raw_ops.ImageProjectiveTransformV3(
        images=images, transforms=transforms, output_shape=tf.shape(images)[1:3],
        fill_value=0.0, interpolation="BILINEAR", fill_mode="CONSTANT")


def _random_thickness(images: Any, seed: Any) -> Any:
    """Dilate (thicker pen) or erode (thinner pen) a random share of the images by ~1 px."""
    tf = require_tensorflow()

    thicker = tf.nn.max_pool2d(images, 2, 1, "SAME")
    thinner = -tf.nn.max_pool2d(-images, 2, 1, "SAME")
    choice = tf.random.stateless_uniform([tf.shape(images)[0], 1, 1, 1], seed)
    picked = tf.where(choice < THICKNESS_PROBABILITY, thicker, images)
    return tf.where(choice > 1.0 - THICKNESS_PROBABILITY, thinner, picked)
