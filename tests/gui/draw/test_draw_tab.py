"""The Draw tab as a student uses it: draw, undo, redo, clear, change models, open and save."""

from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSlider
from pytestqt.qtbot import QtBot

from engine.digits.drawing import DEFAULT_BRUSH, render_strokes
from gui.draw.tab import DrawTab
from gui.session import LabSession
from tests.gui.drawing_helpers import drag, draw_seven, make_draw_tab, wait_settled

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def tab(qtbot: QtBot) -> DrawTab:
    return make_draw_tab(qtbot)


def predicted(tab: DrawTab) -> str:
    return tab.findChild(QLabel, "predictedDigit").text()


def test_opens_empty_with_an_invitation_to_draw(tab: DrawTab) -> None:
    assert predicted(tab) == ""
    assert tab.bars.probabilities() is None
    assert "Draw a digit" in tab.findChild(QLabel, "predictionVerdict").text()
    assert tab.findChild(QComboBox, "modelSelector").currentText() == "Digits — CNN (default)"


def test_a_drawn_seven_is_read_as_seven_with_bars_and_the_pipeline(qtbot: QtBot,
                                                                   tab: DrawTab) -> None:
    draw_seven(tab.canvas)
    wait_settled(qtbot, tab)
    assert predicted(tab) == "7"
    probabilities = tab.bars.probabilities()
    assert probabilities is not None and probabilities.shape == (10,)
    assert int(np.argmax(probabilities)) == 7
    assert abs(float(probabilities.sum()) - 1.0) < 1e-4
    assert "% sure" in tab.findChild(QLabel, "predictionVerdict").text()
    centred = tab.session.input_image
    assert centred is not None and centred.shape == (28, 28)


def test_undo_redo_and_clear_with_the_keyboard(qtbot: QtBot, tab: DrawTab) -> None:
    draw_seven(tab.canvas)
    wait_settled(qtbot, tab)
    with_seven = tab.canvas.sketch.pixels()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Z, CTRL)
    wait_settled(qtbot, tab)
    assert predicted(tab) == "" and not tab.canvas.sketch.pixels().any()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Z, CTRL_SHIFT)
    wait_settled(qtbot, tab)
    assert predicted(tab) == "7"
    np.testing.assert_array_equal(tab.canvas.sketch.pixels(), with_seven)
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Escape)
    wait_settled(qtbot, tab)
    assert predicted(tab) == "" and tab.session.input_image is None
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Z, CTRL)  # clearing is undoable: nothing lost
    wait_settled(qtbot, tab)
    assert predicted(tab) == "7"
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Delete)
    wait_settled(qtbot, tab)
    assert predicted(tab) == ""


def test_buttons_follow_the_history(qtbot: QtBot, tab: DrawTab) -> None:
    undo = tab.findChild(QPushButton, "undoButton")
    redo = tab.findChild(QPushButton, "redoButton")
    assert not undo.isEnabled() and not redo.isEnabled()
    draw_seven(tab.canvas)
    assert undo.isEnabled() and not redo.isEnabled()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert redo.isEnabled() and not tab.canvas.sketch.pixels().any()
    qtbot.mouseClick(redo, Qt.MouseButton.LeftButton)
    assert tab.canvas.sketch.pixels().any()
    qtbot.mouseClick(tab.findChild(QPushButton, "clearButton"), Qt.MouseButton.LeftButton)
    assert not tab.canvas.sketch.pixels().any()


def test_the_canvas_draws_what_the_engine_would_render(tab: DrawTab) -> None:
    stroke = [(60.0, 140.0), (220.0, 140.0)]
    drag(tab.canvas, stroke)
    expected = render_strokes([[tab.canvas.to_canvas(tab.canvas.to_widget(x, y).toPoint()
                                                      .toPointF()) for x, y in stroke]])
    np.testing.assert_array_equal(tab.canvas.sketch.pixels(), expected)


def test_brush_slider_and_eraser(qtbot: QtBot, tab: DrawTab) -> None:
    slider = tab.findChild(QSlider, "brushSlider")
    assert tab.canvas.brush == DEFAULT_BRUSH == slider.value()
    slider.setValue(36)
    assert tab.canvas.brush == 36
    drag(tab.canvas, [(40, 140), (240, 140)])
    qtbot.keyClick(tab.canvas, Qt.Key.Key_E)  # eraser on
    assert tab.findChild(QPushButton, "eraserButton").isChecked()
    drag(tab.canvas, [(140, 100), (140, 180)])
    assert tab.canvas.sketch.pixels()[140, 140] == 0
    assert tab.canvas.sketch.pixels()[140, 60] == 255


def test_the_drawing_survives_a_resize(qtbot: QtBot, tab: DrawTab) -> None:
    draw_seven(tab.canvas)
    before = tab.canvas.sketch.pixels()
    tab.resize(700, 560)
    qtbot.wait(50)
    np.testing.assert_array_equal(tab.canvas.sketch.pixels(), before)
    assert not tab.canvas.grab().toImage().isNull()


def test_switching_to_fashion_shows_clothing_classes(qtbot: QtBot, tab: DrawTab) -> None:
    combo = tab.findChild(QComboBox, "modelSelector")
    draw_seven(tab.canvas)
    combo.setCurrentIndex(combo.findText("Clothing — Fashion-MNIST CNN"))
    combo.activated.emit(combo.currentIndex())
    wait_settled(qtbot, tab)
    assert tab.session.current.entry.shipped_key == "fashion_cnn"
    labels = tab.bars.labels()
    assert len(labels) == 10 and "Trouser" in labels
    assert predicted(tab) in labels


def test_a_damaged_model_file_leaves_the_previous_model_with_a_message(
        qtbot: QtBot, tab: DrawTab, tmp_path: Path) -> None:
    damaged = tmp_path / "broken.keras"
    damaged.write_bytes(b"PK\x03\x04 this is not really a model")
    draw_seven(tab.canvas)
    tab.session.add_model_file(damaged)
    wait_settled(qtbot, tab)
    message = tab.findChild(QLabel, "modelMessage")
    assert message.isVisible() and "broken.keras" in message.text()
    assert "Still using Digits — CNN (default)" in message.text()
    assert tab.session.current.entry.shipped_key == "mnist_cnn"
    combo = tab.findChild(QComboBox, "modelSelector")
    assert combo.currentText() == "Digits — CNN (default)"
    assert combo.findText("broken.keras") == -1  # not offered again
    assert predicted(tab) == "7"


def test_an_opened_photo_of_a_digit_on_paper_is_read(qtbot: QtBot, tab: DrawTab,
                                                     tmp_path: Path) -> None:
    ink = render_strokes([[(70, 60), (210, 60), (125, 235)]])  # a 7, light on black
    paper = 255 - ink  # as a photo of paper shows it: dark ink on white
    photo = tmp_path / "seven.png"
    cv2.imwrite(str(photo), cv2.resize(paper, (560, 560)))
    assert tab.open_picture(photo)
    wait_settled(qtbot, tab)
    assert predicted(tab) == "7"
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Z, CTRL)  # opening is undoable too
    wait_settled(qtbot, tab)
    assert predicted(tab) == ""


def test_a_file_that_is_not_an_image_gives_a_message_and_keeps_the_drawing(
        qtbot: QtBot, tab: DrawTab, tmp_path: Path) -> None:
    draw_seven(tab.canvas)
    before = tab.canvas.sketch.pixels()
    fake = tmp_path / "notes.png"
    fake.write_text("not a picture")
    assert not tab.open_picture(fake)
    problem = tab.findChild(QLabel, "drawProblem")
    assert problem.isVisible() and "notes.png" in problem.text()
    np.testing.assert_array_equal(tab.canvas.sketch.pixels(), before)


def test_save_writes_the_canvas_as_png_and_reports_failures(tab: DrawTab,
                                                            tmp_path: Path) -> None:
    draw_seven(tab.canvas)
    target = tmp_path / "my seven.png"
    assert tab.save_drawing(target)
    saved = cv2.imread(str(target), cv2.IMREAD_UNCHANGED)
    np.testing.assert_array_equal(saved, tab.canvas.sketch.pixels())
    assert not tab.save_drawing(tmp_path / "no such folder" / "x.png")
    assert "Could not save" in tab.findChild(QLabel, "drawProblem").text()


def test_two_tabs_share_the_model_choice(qtbot: QtBot, tab: DrawTab) -> None:
    other = DrawTab(tab.session)
    qtbot.addWidget(other)
    tab.session.select(next(e for e in tab.session.entries if e.shipped_key == "mnist_mlp"))
    wait_settled(qtbot, tab)
    combo = other.findChild(QComboBox, "modelSelector")
    assert combo.currentText() == "Digits — MLP (fully connected)"


def test_the_model_choice_is_remembered(qtbot: QtBot, tab: DrawTab) -> None:
    tab.session.select(next(e for e in tab.session.entries if e.shipped_key == "mnist_mlp"))
    wait_settled(qtbot, tab)
    again = make_draw_tab(qtbot, LabSession())
    assert again.session.current.entry.shipped_key == "mnist_mlp"


def _foreign_model(path: Path, classes: int) -> Path:
    """A small classifier made elsewhere: 28 × 28 × 1 in, ``classes`` scores out, no card."""
    import keras

    from engine.models.io import save_model

    keras.utils.set_random_seed(1)
    model = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Conv2D(2, 3, name="conv"),
                              keras.layers.Flatten(),
                              keras.layers.Dense(classes, activation="softmax")])
    return save_model(model, path)


def test_a_model_without_a_card_has_unknown_classes_that_the_teacher_can_name(
        qtbot: QtBot, tab: DrawTab, tmp_path: Path) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QToolButton

    draw_seven(tab.canvas)
    tab.session.add_model_file(_foreign_model(tmp_path / "clothes.keras", 10))
    wait_settled(qtbot, tab)
    note = tab.findChild(QLabel, "classNamesNote")
    assert note.isVisible() and "names of its 10 classes are unknown" in note.text()
    assert tab.bars.labels() == [f"class {i}" for i in range(10)]  # not the digits 0–9
    assert predicted(tab).startswith("class ")
    assert tab.add_bar.label() is None  # the answer is not offered as a digit label
    assert tab.findChild(QToolButton, "nameClassesButton").isVisible()
    tab.findChild(QAction, "classPreset-fashion-mnist").trigger()
    wait_settled(qtbot, tab)
    assert tab.bars.labels()[5] == "Sandal" and not note.isVisible()
    assert tab.add_bar.label() is None  # clothes are still no digits
    # Remembered for the file: a new session names the classes the same way.
    session = LabSession()
    session.add_model_file(tmp_path / "clothes.keras")
    qtbot.waitUntil(lambda: session.current is not None, timeout=60_000)
    assert session.current.names_known and session.current.labels()[0] == "T-shirt/top"


def test_a_three_class_model_is_named_from_a_text_file(
        qtbot: QtBot, tab: DrawTab, tmp_path: Path) -> None:
    from PySide6.QtGui import QAction

    from gui.widgets.model_selector import ModelSelector

    draw_seven(tab.canvas)
    tab.session.add_model_file(_foreign_model(tmp_path / "shapes.keras", 3))
    wait_settled(qtbot, tab)
    assert tab.bars.labels() == ["class 0", "class 1", "class 2"]
    assert tab.add_bar.label() is None  # "0", "1", "2" would have passed for digits
    assert not tab.findChild(QAction, "classPreset-mnist").isEnabled()  # ten names: no fit
    selector = tab.findChild(ModelSelector)
    names = tmp_path / "names.txt"
    names.write_text("circle\nsquare\n", encoding="utf-8")
    assert not selector.name_from_file(names)
    note = tab.findChild(QLabel, "classNamesNote")
    assert "names.txt has 2 names, but the model has 3 classes" in note.text()
    names.write_text("circle\nsquare\ntriangle\n", encoding="utf-8")
    assert selector.name_from_file(names)
    wait_settled(qtbot, tab)
    assert tab.bars.labels() == ["circle", "square", "triangle"]
    assert predicted(tab) in ("circle", "square", "triangle")
    tab.canvas.clear()
    wait_settled(qtbot, tab)
    assert tab.verdict.text() == "Draw one of this model's classes: circle, square, triangle."


def test_the_verdict_and_the_top_bar_show_the_same_percentage(qtbot: QtBot,
                                                              tab: DrawTab) -> None:
    """"100 % de certeza" stood above a bar saying 99,9 %: both round with i18n.percent."""
    from gui import i18n

    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    draw_seven(tab.canvas)
    wait_settled(qtbot, tab)
    probabilities = tab.bars.probabilities()
    top = int(np.argmax(probabilities))
    shown = i18n.percent(probabilities[top])
    verdict = tab.findChild(QLabel, "predictionVerdict").text()
    assert verdict == f"{shown} % de certeza"
    assert tab.bars.percent_text(top) == f"{shown} %"  # what the top bar writes
    assert "," in shown and "." not in verdict
