"""Training on colour photos: flips and mirrored shifts, the one-cycle schedule, SGD's momentum.

Each is checked against a computation written here (NumPy's symmetric padding, the one-cycle
formula, Keras' own optimizer attributes), not against the trainer itself.
"""

import math

import numpy as np
import pytest

from engine.tensorflow_runtime import require_tensorflow
from engine.training import augment
from engine.training.trainer import TrainConfig, _optimizer

PHOTOS = np.random.default_rng(3).random((64, 32, 32, 3)).astype(np.float32)


def framing_of(photo: np.ndarray, framed: np.ndarray) -> tuple[bool, int, int] | None:
    """(mirrored, dx, dy) when ``framed`` is ``photo`` (mirrored or not) shifted by whole
    pixels with its border mirrored; None when it is not."""
    for mirrored in (False, True):
        source = photo[:, ::-1] if mirrored else photo
        padded = np.pad(source, ((4, 4), (4, 4), (0, 0)), mode="symmetric")
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                if np.allclose(padded[4 + dy:36 + dy, 4 + dx:36 + dx], framed):
                    return mirrored, dx, dy
    return None


def test_photos_are_mirrored_and_shifted_by_whole_pixels_and_no_more() -> None:
    tf = require_tensorflow()

    framed = augment.augment_batch(tf.constant(PHOTOS), tf.constant(7, tf.int64)).numpy()
    framings = [framing_of(photo, out) for photo, out in zip(PHOTOS, framed, strict=True)]
    assert None not in framings  # nothing rotated, zoomed, blurred or recoloured
    mirrored = sum(f[0] for f in framings if f is not None)
    assert 16 <= mirrored <= 48  # about half of 64
    shifts = {(f[1], f[2]) for f in framings if f is not None}
    assert len(shifts) > 10 and max(max(abs(dx), abs(dy)) for dx, dy in shifts) <= 4
    again = augment.augment_batch(tf.constant(PHOTOS), tf.constant(7, tf.int64)).numpy()
    assert np.array_equal(framed, again)  # the seed makes a run repeatable


def test_digits_are_never_mirrored_but_photos_record_their_own_settings() -> None:
    assert "flip_left_right_probability" in augment.settings(colour=True)
    assert "flip_left_right_probability" not in augment.settings()
    assert augment.settings()["rotation_degrees"] == augment.ROTATION_DEGREES


def one_cycle(step: int, total: int, peak: float) -> float:
    """Smith's one-cycle as the trainer documents it, written independently."""
    warm = round(0.2 * total)
    if step < warm:
        return peak / 25 + (peak - peak / 25) * step / warm
    return 0.5 * peak * (1 + math.cos(math.pi * (step - warm) / (total - warm)))


@pytest.mark.parametrize("step", [0, 50, 199, 200, 201, 500, 900, 999])
def test_the_one_cycle_rate_climbs_to_its_peak_then_glides_to_zero(step: int) -> None:
    config = TrainConfig(optimizer="sgd", learning_rate=0.1, schedule="one_cycle")
    schedule = _optimizer(config, 1000)._learning_rate  # the schedule Keras calls each step
    assert float(schedule(step)) == pytest.approx(one_cycle(step, 1000, 0.1), abs=2e-4)


def test_sgd_gets_nesterov_momentum_and_every_optimizer_weight_decay() -> None:
    sgd = _optimizer(TrainConfig(optimizer="sgd", momentum=0.9, weight_decay=5e-4), 100)
    assert sgd.momentum == pytest.approx(0.9) and sgd.nesterov
    assert sgd.weight_decay == pytest.approx(5e-4)
    adam = _optimizer(TrainConfig(optimizer="adam", weight_decay=1e-4), 100)
    assert adam.weight_decay == pytest.approx(1e-4)
    plain = _optimizer(TrainConfig(optimizer="sgd"), 100)  # what students write: no momentum
    assert plain.momentum == 0 and not plain.nesterov and plain.weight_decay is None


@pytest.mark.parametrize(("setting", "value"), [("momentum", 1.0), ("momentum", -0.1),
                                                ("weight_decay", 1.5), ("schedule", "cyclic")])
def test_impossible_settings_are_refused_in_words(setting: str, value: object) -> None:
    with pytest.raises(ValueError, match="Invalid training setting"):
        TrainConfig(**{setting: value})
