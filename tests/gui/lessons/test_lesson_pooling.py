"""The pooling lesson driven as a student drives it: spin boxes, typed cells, hovering outputs."""

import itertools

import numpy as np
import pytest
import tensorflow as tf
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from engine.datasets.catalog import load_sample
from engine.lessons.walkthrough import format_number
from gui.lessons.pooling.lesson import PoolingLesson
from gui.lessons.pooling.widgets import WINDOW_COLOUR, WINNER_COLOUR, WINNER_MARK
from gui.session import LabSession
from gui.widgets.hint_label import HintLabel
from gui.widgets.matrix_grid import MatrixGrid
from gui.widgets.pixel_view import PixelView
from tests.gui.grid_typing import type_into_cell

EXAMPLE = [[0, 0, 4, 4], [9, 0, 4, 4], [1, 2, 0, 1], [3, 2, 6, 0]]


@pytest.fixture
def lesson(qtbot: QtBot) -> PoolingLesson:
    view = PoolingLesson()
    qtbot.addWidget(view)
    view.resize(800, 600)  # inside the offscreen screen, or the mouse misses
    view.show()
    qtbot.waitExposed(view)
    return view


def grid(lesson: PoolingLesson, name: str) -> MatrixGrid:
    found = lesson.findChild(MatrixGrid, name)
    assert found is not None, f"no grid named {name}"
    return found


def texts(matrix: MatrixGrid) -> list[list[str]]:
    return [[matrix.cell_text(r, c) for c in range(matrix.columnCount())]
            for r in range(matrix.rowCount())]


def label(lesson: PoolingLesson, name: str) -> str:
    return lesson.findChild(QLabel, name).text()


def set_spin(lesson: PoolingLesson, name: str, value: int) -> None:
    lesson.findChild(QSpinBox, name).setValue(value)


def coloured(matrix: MatrixGrid, colour: object) -> set[tuple[int, int]]:
    return {(r, c) for r in range(matrix.rowCount()) for c in range(matrix.columnCount())
            if matrix.item(r, c).background().color() == colour}


def marked(matrix: MatrixGrid) -> set[tuple[int, int]]:
    return {(r, c) for r in range(matrix.rowCount()) for c in range(matrix.columnCount())
            if matrix.annotation(r, c) == WINNER_MARK}


def winners_by_hand(x: np.ndarray, k: int, s: int) -> set[tuple[int, int]]:
    """Each window's largest cell, found by looking at every cell (first one on a tie)."""
    found = set()
    for top in range(0, x.shape[0] - k + 1, s):
        for left in range(0, x.shape[1] - k + 1, s):
            cells = [(top + r, left + c) for r in range(k) for c in range(k)]
            found.add(max(cells, key=lambda cell: (x[cell], -cells.index(cell))))
    return found



def cell_centre(matrix: MatrixGrid, row: int, col: int) -> QPoint:
    return matrix.visualItemRect(matrix.item(row, col)).center()


def test_opens_on_the_example_with_max_and_average_side_by_side(lesson: PoolingLesson) -> None:
    np.testing.assert_array_equal(grid(lesson, "inputGrid").values(), EXAMPLE)
    assert texts(grid(lesson, "maxGrid")) == [["9", "4"], ["3", "6"]]
    assert texts(grid(lesson, "avgGrid")) == [["2.25", "4"], ["2", "1.75"]]
    formula = label(lesson, "outputSizeFormula")
    assert "rows: ⌊(4 + 2·0 − 2)/2⌋ + 1 = 2" in formula
    assert "columns: ⌊(4 + 2·0 − 2)/2⌋ + 1 = 2" in formula


def test_the_winning_cells_marked_are_each_windows_maximum(lesson: PoolingLesson) -> None:
    inputs = grid(lesson, "inputGrid")
    # By hand: 9 wins the top-left window, the flat 4s give their first cell, 3 and 6 the rest.
    assert marked(inputs) == {(1, 0), (0, 2), (3, 0), (3, 2)}
    assert coloured(inputs, WINNER_COLOUR) == marked(inputs)
    values = np.random.default_rng(3).permutation(42).reshape(6, 7).astype(float)
    lesson.set_example(values)
    for k, s in [(3, 2), (2, 1), (4, 3)]:
        set_spin(lesson, "windowSpin", k)
        set_spin(lesson, "strideSpin", s)
        assert marked(inputs) == winners_by_hand(values, k, s)
        assert coloured(inputs, WINNER_COLOUR) == winners_by_hand(values, k, s)


def test_max_and_average_equal_tensorflows(lesson: PoolingLesson) -> None:
    values = np.random.default_rng(7).integers(-9, 10, (7, 6)).astype(float)
    lesson.set_example(values)
    batch = tf.constant(values[None, :, :, None])
    for k, s in itertools.product([1, 2, 3], [1, 2, 3]):
        set_spin(lesson, "windowSpin", k)
        set_spin(lesson, "strideSpin", s)
        for name, pool in (("maxGrid", tf.nn.max_pool2d), ("avgGrid", tf.nn.avg_pool2d)):
            expected = pool(batch, k, s, "VALID").numpy()[0, :, :, 0]
            shown = grid(lesson, name)
            np.testing.assert_allclose(shown.values(), expected, rtol=1e-12)
            assert texts(shown) == [[format_number(v) for v in line] for line in expected]


def test_clicking_an_output_cell_highlights_its_window(qtbot: QtBot,
                                                       lesson: PoolingLesson) -> None:
    max_grid, inputs = grid(lesson, "maxGrid"), grid(lesson, "inputGrid")
    QTest.mouseClick(max_grid.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, cell_centre(max_grid, 1, 0))
    window = {(2, 0), (2, 1), (3, 0), (3, 1)}
    assert coloured(inputs, WINDOW_COLOUR) | (coloured(inputs, WINNER_COLOUR) & window) == window
    assert coloured(inputs, WINNER_COLOUR) & window == {(3, 0)}  # its winner stays marked
    assert coloured(max_grid, WINDOW_COLOUR) == {(1, 0)}
    assert coloured(grid(lesson, "avgGrid"), WINDOW_COLOUR) == {(1, 0)}
    assert label(lesson, "windowDetail") == (
        "Window at row 2, column 1:   max(1, 2, 3, 2) = 3   ·   (1 + 2 + 3 + 2)/4 = 2")


def test_hovering_an_average_cell_highlights_its_window(qtbot: QtBot,
                                                        lesson: PoolingLesson) -> None:
    avg_grid, inputs = grid(lesson, "avgGrid"), grid(lesson, "inputGrid")
    QTest.mouseMove(avg_grid.viewport(), cell_centre(avg_grid, 0, 1))
    qtbot.waitUntil(lambda: coloured(avg_grid, WINDOW_COLOUR) == {(0, 1)}, timeout=2000)
    assert coloured(inputs, WINDOW_COLOUR) == {(0, 3), (1, 2), (1, 3)}  # (0, 2) is the winner
    assert "max(4, 4, 4, 4) = 4" in label(lesson, "windowDetail")


def test_text_typed_into_the_input_is_refused(qtbot: QtBot, lesson: PoolingLesson) -> None:
    inputs = grid(lesson, "inputGrid")
    type_into_cell(qtbot, inputs, 0, 0, "abc")
    assert inputs.cell_text(0, 0) == "0"
    hint = lesson.findChild(HintLabel, "inputHint")
    assert hint.isVisible() and "abc" in hint.text()
    assert texts(grid(lesson, "avgGrid"))[0][0] == "2.25"
    type_into_cell(qtbot, inputs, 0, 0, "5")  # (5 + 0 + 9 + 0)/4
    assert not hint.isVisible()
    assert texts(grid(lesson, "avgGrid"))[0][0] == "3.5"
    assert texts(grid(lesson, "maxGrid"))[0][0] == "9"


def test_overlapping_windows_and_a_window_too_big(lesson: PoolingLesson) -> None:
    set_spin(lesson, "windowSpin", 3)
    set_spin(lesson, "strideSpin", 1)
    assert texts(grid(lesson, "maxGrid")) == [["9", "4"], ["9", "6"]]
    assert "⌊(4 + 2·0 − 3)/1⌋ + 1 = 2" in label(lesson, "outputSizeFormula")
    set_spin(lesson, "inputRowsSpin", 2)
    problem = lesson.findChild(HintLabel, "problemLabel")
    assert problem.isVisible() and "larger than the input" in problem.text()
    assert grid(lesson, "maxGrid").rowCount() == 0
    set_spin(lesson, "windowSpin", 2)
    assert not problem.isVisible()
    assert texts(grid(lesson, "maxGrid")) == [["9", "4", "4"]]


def test_the_example_button_restores_the_example(qtbot: QtBot, lesson: PoolingLesson) -> None:
    lesson.findChild(object, "randomButton").click()
    set_spin(lesson, "inputColsSpin", 6)
    set_spin(lesson, "strideSpin", 1)
    qtbot.mouseClick(lesson.findChild(object, "exampleButton"), Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(grid(lesson, "inputGrid").values(), EXAMPLE)
    assert lesson.findChild(QSpinBox, "strideSpin").value() == 2


def test_a_real_feature_map_of_the_drawing_is_pooled(qtbot: QtBot) -> None:
    session = LabSession()
    data = load_sample()
    digit = data.x_test[data.y_test == 3][0].astype(np.float32) / 255.0
    session.set_input(digit)
    lesson = PoolingLesson(session)
    qtbot.addWidget(lesson)
    lesson.resize(800, 600)
    lesson.show()
    qtbot.waitExposed(lesson)
    lesson.findChild(QComboBox, "sourceCombo").setCurrentIndex(1)
    panel = lesson.view.maps
    qtbot.waitUntil(panel.is_ready, timeout=60_000)
    channel = lesson.findChild(QSpinBox, "channelSpin").value() - 1
    layers = {a.name: a.output for a in session.current.predictor.activations(digit)}
    expected = layers["conv1_relu"][:, :, channel]
    input_view = lesson.findChild(PixelView, "inputMapView")
    np.testing.assert_allclose(input_view.image(), expected, atol=1e-6)
    pooled = tf.nn.max_pool2d(expected[None, :, :, None], 2, 2, "VALID").numpy()[0, :, :, 0]
    max_view = lesson.findChild(PixelView, "maxMapView")
    np.testing.assert_allclose(max_view.image(), pooled, atol=1e-6)
    assert "conv1_relu" in label(lesson, "featureMapStatus")
    assert "rows: ⌊(28 + 2·0 − 2)/2⌋ + 1 = 14" in label(lesson, "outputSizeFormula")
    QTest.mouseMove(max_view, max_view.pixel_centre(4, 6).toPoint())
    qtbot.waitUntil(lambda: input_view.outline_rect() is not None, timeout=2000)
    rect = input_view.outline_rect()
    assert (rect.top(), rect.left(), rect.height(), rect.width()) == (8, 12, 2, 2)
    assert label(lesson, "mapHoverLabel").startswith("Window at row 5, column 7: max ")
    other = data.x_test[data.y_test == 7][0].astype(np.float32) / 255.0
    session.set_input(other)  # a new stroke in the Draw tab: the map follows
    layers = {a.name: a.output for a in session.current.predictor.activations(other)}
    channel = lesson.findChild(QSpinBox, "channelSpin").value() - 1
    np.testing.assert_allclose(input_view.image(), layers["conv1_relu"][:, :, channel],
                               atol=1e-6)


def test_the_window_formula_writes_decimal_commas_in_portuguese(qtbot: QtBot,
                                                                lesson: PoolingLesson) -> None:
    """Beside grids that write 1,75 the formula line must not write 1.75 (2.222 reads as
    two thousand to a Brazilian student)."""
    from gui import i18n

    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    qtbot.waitUntil(lambda: grid(lesson, "avgGrid").cell_text(0, 0) != "2.25")
    assert texts(grid(lesson, "avgGrid")) == [["2,25", "4"], ["2", "1,75"]]
    avg_grid = grid(lesson, "avgGrid")
    QTest.mouseClick(avg_grid.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, cell_centre(avg_grid, 1, 1))
    detail = label(lesson, "windowDetail")
    assert "máx(0; 1; 6; 0) = 6" in detail or "max(0; 1; 6; 0) = 6" in detail
    assert detail.endswith("(0 + 1 + 6 + 0)/4 = 1,75")
    set_spin(lesson, "windowSpin", 3)
    set_spin(lesson, "strideSpin", 1)
    QTest.mouseClick(avg_grid.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, cell_centre(avg_grid, 0, 0))
    assert label(lesson, "windowDetail").endswith("/9 = 2,222")
