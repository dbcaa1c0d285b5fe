"""Each lesson's "Exercises" button opens the Exercises page on the lesson's topic."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from gui.lessons.convolution.lesson import ConvolutionLesson
from gui.main_window import PAGES, MainWindow


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = MainWindow(warm_up_tensorflow=False)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.session.wait()


def test_the_window_has_the_exercise_panel_as_the_last_lesson(window: MainWindow) -> None:
    lessons = [page.key for page in PAGES if page.group == "lessons"]
    assert lessons[-1] == "exercises"
    view = window.show_page("exercises")
    assert window.findChild(QWidget, "exercisePanel") is view
    assert window._items["exercises"].text(0) == "9. Exercises"


@pytest.mark.parametrize(("page", "topic"), [
    ("convolution", "conv_cell"), ("image_representation", "conv_cell"),
    ("convolution_3d", "parameters"), ("mlp_vs_cnn", "parameters"),
    ("kernel_editor", "conv_cell"), ("pooling", "pooling"), ("pooling_invariance", "pooling"),
    ("backprop", "backprop"), ("evaluation", "metrics")])
def test_a_lesson_button_opens_its_topic(qtbot: QtBot, window: MainWindow, page: str,
                                         topic: str) -> None:
    lesson = window.show_page(page)
    button = lesson.findChild(QPushButton, "exerciseButton")
    assert button is not None and button.isVisible() and button.text() == "Exercises"
    assert "Exercises page" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "exercises"
    panel = window.show_page("exercises")
    assert panel.topic == topic and panel.problem.topic == topic


def test_the_button_sits_beside_the_title_and_moves_nothing_else(qtbot: QtBot) -> None:
    lesson = ConvolutionLesson()
    qtbot.addWidget(lesson)
    lesson.resize(1000, 700)
    lesson.show()
    qtbot.waitExposed(lesson)
    button = lesson.findChild(QPushButton, "exerciseButton")
    title = lesson.view.title
    assert abs(button.mapTo(lesson, button.rect().topLeft()).y()
               - title.mapTo(lesson, title.rect().topLeft()).y()) < title.height()
    assert not button.isEnabled()  # on its own, without a window to open the page in
