"""Lesson "MLP × CNN" compares two digit models on a digit: a colour photo put in the session
(by Activations) is no drawing and is not offered; both compared models read grey digits."""

import numpy as np
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from engine.models.input_kind import reads_colour
from engine.models.io import input_spec, load_card, load_model
from gui.lessons.mlp_vs_cnn.lesson import MlpVsCnnLesson
from gui.lessons.mlp_vs_cnn.models import COMPARED, example_digit
from gui.session import LabSession, shipped_entry


def test_the_compared_models_are_digit_models() -> None:
    for key in COMPARED:
        path = shipped_entry(key).path
        assert not reads_colour(input_spec(load_model(path)))
        assert load_card(path)["class_names"] == [str(digit) for digit in range(10)]


def test_a_colour_photo_in_the_session_is_not_offered_as_the_drawing(qtbot: QtBot) -> None:
    session = LabSession()
    photo = np.random.default_rng(0).integers(0, 256, (32, 32, 3), dtype=np.uint8)
    session.set_input(photo)
    view = MlpVsCnnLesson(session)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    drawing = view.findChild(QRadioButton, "drawingRadio")
    example = view.findChild(QRadioButton, "exampleDigitRadio")
    assert not drawing.isEnabled() and example.isChecked()
    np.testing.assert_array_equal(view.experiment.base_image(), example_digit())
    drawn = np.zeros((28, 28), np.float32)
    drawn[6:22, 12:16] = 1.0  # then a drawing arrives: it is offered and used
    session.set_input(drawn)
    assert drawing.isEnabled() and drawing.isChecked()
    session.set_input(photo)  # a photo again: back to the example, nothing stale
    assert not drawing.isEnabled() and example.isChecked()
    np.testing.assert_array_equal(view.experiment.base_image(), example_digit())
