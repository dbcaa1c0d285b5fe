"""Why max pooling matters: the arrows shift the map, the counts and highlights follow; a 5
drawn anywhere keeps the detector's pooled output high."""


import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from engine.digits.drawing import fit_strokes_to_canvas
from engine.digits.strokes import load_pen_digits
from engine.lessons.templates import sample_lean_filters
from engine.numerics import ops
from gui.lessons.pooling.invariance import DETECTOR_TAB, PoolingInvarianceLesson
from gui.lessons.pooling.widgets import CHANGED_COLOUR
from gui.session import LabSession
from gui.widgets.hint_label import HintLabel
from gui.widgets.matrix_grid import MatrixGrid
from gui.widgets.pixel_view import PixelView
from tests.gui.drawing_helpers import drag
from tests.gui.grid_typing import type_into_cell

MOVES = {"shiftRight": (0, 1), "shiftLeft": (0, -1), "shiftDown": (1, 0), "shiftUp": (-1, 0)}


@pytest.fixture
def lesson(qtbot: QtBot) -> PoolingInvarianceLesson:
    view = PoolingInvarianceLesson(LabSession())
    qtbot.addWidget(view)
    view.resize(800, 600)  # inside the offscreen screen, or the mouse misses
    view.show()
    qtbot.waitExposed(view)
    return view


def grid(lesson: PoolingInvarianceLesson, name: str) -> MatrixGrid:
    return lesson.findChild(MatrixGrid, name)


def counts(lesson: PoolingInvarianceLesson) -> str:
    return lesson.findChild(QLabel, "changeCounts").text()


def press(qtbot: QtBot, lesson: PoolingInvarianceLesson, name: str) -> None:
    qtbot.mouseClick(lesson.findChild(QToolButton, name), Qt.MouseButton.LeftButton)


def highlighted(matrix: MatrixGrid) -> np.ndarray:
    return np.array([[matrix.item(r, c).background().color() == CHANGED_COLOUR
                      for c in range(matrix.columnCount())] for r in range(matrix.rowCount())])


def moved(x: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """The map moved down/right by (rows, cols), zeros coming in: written out by hand."""
    out = np.zeros_like(x)
    for (r, c), value in np.ndenumerate(x):
        if 0 <= r + rows < x.shape[0] and 0 <= c + cols < x.shape[1]:
            out[r + rows, c + cols] = value
    return out


def expected_counts(x: np.ndarray, offset: tuple[int, int], window: object,
                    stride: int) -> tuple[str, np.ndarray, np.ndarray]:
    after = moved(x, *offset)
    pooled_before = ops.max_pool2d(x, window, stride)
    pooled_after = ops.max_pool2d(after, window, stride)
    changed, pooled = after != x, pooled_after != pooled_before
    text = (f"{changed.sum()} of {changed.size} activations changed; "
            f"{pooled.sum()} of {pooled.size} pooled outputs changed")
    return text, changed, pooled


def test_opens_on_the_example_not_shifted(lesson: PoolingInvarianceLesson) -> None:
    assert grid(lesson, "inputGrid").rowCount() == 8
    assert counts(lesson) == "0 of 64 activations changed; 0 of 16 pooled outputs changed"
    assert lesson.findChild(QLabel, "shiftOffset").text() == "Not shifted: press an arrow."
    assert not highlighted(grid(lesson, "shiftedGrid")).any()


def test_shifting_right_changes_every_activation_but_half_the_pooled_outputs(
        qtbot: QtBot, lesson: PoolingInvarianceLesson) -> None:
    x = grid(lesson, "inputGrid").values()
    press(qtbot, lesson, "shiftRight")
    text, changed, pooled = expected_counts(x, (0, 1), 2, 2)
    assert counts(lesson) == text
    assert text == "64 of 64 activations changed; 8 of 16 pooled outputs changed"  # the slide
    np.testing.assert_array_equal(highlighted(grid(lesson, "shiftedGrid")), changed)
    np.testing.assert_array_equal(highlighted(grid(lesson, "pooledAfterGrid")), pooled)
    np.testing.assert_array_equal(grid(lesson, "shiftedGrid").values(), moved(x, 0, 1))
    assert lesson.findChild(QLabel, "shiftOffset").text() == "Shifted 1 px right"


def test_every_arrow_reports_what_engine_ops_pooling_computes(
        qtbot: QtBot, lesson: PoolingInvarianceLesson) -> None:
    x = grid(lesson, "inputGrid").values()
    offset = (0, 0)
    for name in ["shiftLeft", "shiftDown", "shiftDown", "shiftRight", "shiftUp", "shiftLeft",
                 "shiftLeft", "shiftUp", "shiftUp"]:
        press(qtbot, lesson, name)
        offset = (offset[0] + MOVES[name][0], offset[1] + MOVES[name][1])
        text, _, pooled = expected_counts(x, offset, 2, 2)
        assert counts(lesson) == text, (name, offset)
        np.testing.assert_array_equal(highlighted(grid(lesson, "pooledBeforeGrid")), pooled)
    assert lesson.findChild(QLabel, "shiftOffset").text() == "Shifted 2 px left, 1 px up"
    press(qtbot, lesson, "shiftReset")
    assert counts(lesson).startswith("0 of 64")


def test_the_books_figure_half_of_the_pooled_outputs_change(
        qtbot: QtBot, lesson: PoolingInvarianceLesson) -> None:
    qtbot.mouseClick(lesson.findChild(QPushButton, "bookFigureButton"), Qt.MouseButton.LeftButton)
    assert lesson.findChild(QSpinBox, "windowColsSpin").value() == 3
    assert lesson.findChild(QSpinBox, "strideSpin").value() == 1
    press(qtbot, lesson, "shiftRight")
    assert counts(lesson) == "6 of 6 activations changed; 2 of 4 pooled outputs changed"
    after = grid(lesson, "pooledAfterGrid")
    assert [after.cell_text(0, c) for c in range(4)] == ["0.3", "1", "1", "1"]


def test_other_windows_are_counted_as_engine_ops_counts(
        qtbot: QtBot, lesson: PoolingInvarianceLesson) -> None:
    x = grid(lesson, "inputGrid").values()
    lesson.findChild(QSpinBox, "windowRowsSpin").setValue(3)
    lesson.findChild(QSpinBox, "windowColsSpin").setValue(3)
    lesson.findChild(QSpinBox, "strideSpin").setValue(1)
    press(qtbot, lesson, "shiftDown")
    assert counts(lesson) == expected_counts(x, (1, 0), 3, 1)[0]
    assert grid(lesson, "pooledAfterGrid").rowCount() == 6
    lesson.findChild(QSpinBox, "windowRowsSpin").setValue(4)
    lesson.findChild(QSpinBox, "strideSpin").setValue(4)
    assert counts(lesson) == expected_counts(x, (1, 0), (4, 3), 4)[0]



def test_text_typed_into_the_map_is_refused(qtbot: QtBot,
                                            lesson: PoolingInvarianceLesson) -> None:
    press(qtbot, lesson, "shiftRight")
    inputs = grid(lesson, "inputGrid")
    type_into_cell(qtbot, inputs, 0, 1, "x1")
    hint = lesson.findChild(HintLabel, "inputHint")
    assert hint.isVisible() and "x1" in hint.text()
    assert inputs.cell_text(0, 1) == "3"
    assert counts(lesson).endswith("8 of 16 pooled outputs changed")
    # A 9 where the top-left peak will arrive: that window now changes too.
    type_into_cell(qtbot, inputs, 0, 1, "9")
    assert not hint.isVisible()
    assert counts(lesson) == expected_counts(inputs.values(), (0, 1), 2, 2)[0]


def test_a_window_larger_than_the_map_is_explained(qtbot: QtBot,
                                                  lesson: PoolingInvarianceLesson) -> None:
    qtbot.mouseClick(lesson.findChild(QPushButton, "bookFigureButton"), Qt.MouseButton.LeftButton)
    lesson.findChild(QSpinBox, "windowRowsSpin").setValue(2)  # the figure has one row
    problem = lesson.findChild(HintLabel, "problemLabel")
    assert problem.isVisible() and "larger than the map" in problem.text()
    assert counts(lesson) == ""


# -- the "5" detector ---------------------------------------------------------------------------
@pytest.fixture
def detector(qtbot: QtBot, lesson: PoolingInvarianceLesson) -> PoolingInvarianceLesson:
    lesson.tabs.setCurrentIndex(DETECTOR_TAB)
    qtbot.waitUntil(lesson.detector.is_settled, timeout=10_000)
    return lesson


def pen_digit(label: int) -> list[np.ndarray]:
    return next(d for d in load_pen_digits() if d.label == label).strokes  # the shipped ones


def draw_at(qtbot: QtBot, lesson: PoolingInvarianceLesson, strokes: list[np.ndarray],
            offset: tuple[float, float]) -> None:
    """Clear, then drag the pen digit, a third of the canvas tall, moved by ``offset``."""
    canvas = lesson.detector.view.canvas
    qtbot.mouseClick(lesson.findChild(QPushButton, "clearCanvasButton"),
                     Qt.MouseButton.LeftButton)
    for stroke in fit_strokes_to_canvas(strokes, margin=0.33):
        drag(canvas, stroke + np.asarray(offset, np.float32))
    qtbot.waitUntil(lesson.detector.is_settled, timeout=5000)


def test_the_filters_shown_are_three_slants_of_five(detector: PoolingInvarianceLesson) -> None:
    bank = sample_lean_filters()
    for i in range(3):
        shown = detector.findChild(PixelView, f"filterView{i}").image()
        np.testing.assert_allclose(shown, bank.filters[i], atol=1e-6)
    assert detector.findChild(QLabel, "filterTitle2").text().startswith("Filter 3: 5s leaning")
    assert detector.findChild(QLabel, "detectorScore").text().startswith("Draw a digit")


def test_a_five_drawn_anywhere_keeps_the_pooled_output_high(
        qtbot: QtBot, detector: PoolingInvarianceLesson) -> None:
    five = pen_digit(5)
    draw_at(qtbot, detector, five, (-70, -60))
    first = detector.detector.match
    draw_at(qtbot, detector, five, (70, 60))
    second = detector.detector.match
    assert first.score > 0.7 and second.score == pytest.approx(first.score, rel=0.05)
    assert second.peaks[second.best][0] > first.peaks[first.best][0] + 15  # the peak moved
    score = detector.findChild(QLabel, "detectorScore").text()
    assert score.startswith(f"Max pooling of the three: {second.score:.2f} (filter ")
    assert detector.findChild(QProgressBar, "detectorBar").value() == round(100 * second.score)
    for digit in (1, 7):
        draw_at(qtbot, detector, pen_digit(digit), (60, -50))
        assert detector.detector.match.score < second.score - 0.15


def test_the_response_maps_are_the_engines_and_frame_the_best_window(
        qtbot: QtBot, detector: PoolingInvarianceLesson) -> None:
    qtbot.mouseClick(detector.findChild(QPushButton, "sampleFiveButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(detector.detector.is_settled, timeout=5000)
    match = detector.detector.match
    assert match.score > 0.5
    for i in range(3):
        view = detector.findChild(PixelView, f"responseView{i}")
        np.testing.assert_allclose(view.image(), match.maps[i], atol=1e-6)
        top, left, bottom, right = match.window(i)
        rect = view.outline_rect()
        assert (rect.top(), rect.left(), rect.bottom(), rect.right()) == (top, left, bottom,
                                                                         right)
        assert detector.findChild(QLabel, f"filterScore{i}").text() == \
            f"max {match.pooled[i]:.2f}"


def test_the_draw_tabs_drawing_can_be_copied(qtbot: QtBot,
                                            detector: PoolingInvarianceLesson) -> None:
    button = detector.findChild(QPushButton, "useDrawingButton")
    assert not button.isEnabled()
    picture = np.zeros((280, 280), np.uint8)
    picture[60:160, 100:120] = 255
    detector.session.set_drawing(picture)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(detector.detector.view.canvas.sketch.pixels(), picture)
    qtbot.waitUntil(detector.detector.is_settled, timeout=5000)
    assert detector.detector.field.shape == (56, 56)  # 100 px of ink scaled to 20
