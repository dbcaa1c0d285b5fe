"""The one rule for grey pictures and colour models: convert a photo for a grey model, refuse
a grey picture for a colour model (engine.models.input_kind)."""

import numpy as np
import pytest

from engine.models.input_kind import (
    CONVERTED_TO_GREY,
    GREY_INTO_COLOUR,
    InputKindError,
    check_input_kind,
    is_colour,
    reads_colour,
    to_grey,
)
from engine.models.io import InputSpec

GREY_MODEL = InputSpec(28, 28, 1, False)
FLAT_MODEL = InputSpec(28, 28, 0, False)  # an MLP's (28, 28) input, no channel axis
COLOUR_MODEL = InputSpec(32, 32, 3, False)


def test_only_three_channel_models_read_colour() -> None:
    assert reads_colour(COLOUR_MODEL)
    assert not reads_colour(GREY_MODEL) and not reads_colour(FLAT_MODEL)


def test_a_picture_has_colour_only_when_its_three_channels_differ() -> None:
    rng = np.random.default_rng(0)
    photo = rng.integers(0, 256, (32, 32, 3), dtype=np.uint8)
    grey = rng.integers(0, 256, (28, 28), dtype=np.uint8)
    assert is_colour(photo)
    assert not is_colour(grey)
    assert not is_colour(np.repeat(grey[..., None], 3, axis=2))  # a grey PNG saved as RGB
    assert not is_colour(grey[..., None])  # one channel


def test_a_grey_picture_for_a_colour_model_is_refused_with_its_kind() -> None:
    with pytest.raises(InputKindError) as raised:
        check_input_kind(COLOUR_MODEL, colour_picture=False, what="the drawing")
    assert raised.value.kind == GREY_INTO_COLOUR
    assert "the drawing is grey" in str(raised.value)


def test_a_colour_photo_for_a_grey_model_is_converted_and_a_matching_kind_passes() -> None:
    assert check_input_kind(GREY_MODEL, colour_picture=True) == CONVERTED_TO_GREY
    assert check_input_kind(FLAT_MODEL, colour_picture=True) == CONVERTED_TO_GREY
    assert check_input_kind(GREY_MODEL, colour_picture=False) is None
    assert check_input_kind(COLOUR_MODEL, colour_picture=True) is None


def test_to_grey_weighs_green_most_as_the_eye_does() -> None:
    red, green, blue = (np.zeros((2, 2, 3), np.uint8) for _ in range(3))
    red[..., 0], green[..., 1], blue[..., 2] = 255, 255, 255
    grey = [int(to_grey(image)[0, 0]) for image in (red, green, blue)]
    assert to_grey(red).shape == (2, 2) and to_grey(red).dtype == np.uint8
    assert grey == [76, 150, 29]  # BT.601: 0.299, 0.587, 0.114 of 255
    white = np.full((3, 3, 3), 255, np.uint8)
    assert (to_grey(white) == 255).all()
