"""The webcam's objects mode, Qt-free: the centre square, its 32 × 32, the model's reading."""

from types import SimpleNamespace

import numpy as np

from engine.digits.webcam_objects import (
    MODEL_SIDE,
    centre_square,
    demo_frame,
    model_view,
    read_object,
)


def test_the_centre_square_is_the_largest_centred_square() -> None:
    assert centre_square(np.zeros((480, 640, 3), np.uint8)) == (80, 0, 480, 480)
    assert centre_square(np.zeros((720, 405, 3), np.uint8)) == (0, 157, 405, 405)


def test_only_the_centre_reaches_the_model_in_rgb_and_32_by_32() -> None:
    frame = np.zeros((480, 640, 3), np.uint8)
    frame[:, :] = (255, 0, 0)  # BGR blue at the sides
    frame[:, 80:560] = (0, 0, 255)  # BGR red in the centre square
    box, crop, small = model_view(frame)
    assert box == (80, 0, 480, 480)
    assert crop.shape == (480, 480, 3) and small.shape == (MODEL_SIDE, MODEL_SIDE, 3)
    assert small.dtype == np.uint8
    assert (small == (255, 0, 0)).all()  # RGB red: no blue from the sides, channels swapped


def test_the_shrinking_averages_the_camera_pixels() -> None:
    """Fine stripes average to grey (INTER_AREA); nearest-neighbour would keep black or white."""
    frame = np.zeros((480, 480, 3), np.uint8)
    frame[:, ::2] = 255
    _, _, small = model_view(frame)
    assert small.min() > 100 and small.max() < 160


def test_the_predictor_reads_the_32_by_32_photo() -> None:
    seen = []
    answer = np.eye(10)[3] * 0.6 + 0.04

    def probabilities(image: np.ndarray) -> np.ndarray:
        seen.append(image)
        return answer

    predictor = SimpleNamespace(spec=SimpleNamespace(height=32), probabilities=probabilities)
    frame = demo_frame(np.full((32, 32, 3), (10, 200, 30), np.uint8))
    reading = read_object(frame, predictor)
    assert seen[0].shape == (32, 32, 3) and seen[0].dtype == np.uint8
    assert np.array_equal(seen[0], reading.small)
    assert reading.label == 3 and reading.confidence == answer.max()
    assert read_object(frame).probabilities is None and read_object(frame).label is None


def test_a_demo_frame_holds_the_photo_in_its_centre_square() -> None:
    ramp = np.linspace(0, 255, 32)
    photo = np.stack(np.broadcast_arrays(ramp[:, None], ramp[None, :], 255 - ramp[:, None]),
                     axis=-1).astype(np.uint8)
    frame = demo_frame(photo, (640, 480))
    assert frame.shape == (480, 640, 3)
    _, _, small = model_view(frame)
    # Enlarged then shrunk back: the photo it came from, give or take the resampling.
    assert np.abs(small.astype(int) - photo.astype(int)).max() <= 3
    assert (frame[:, :80] <= 90).all()  # the sides: the dark background, no photo
