"""The convolution player, driven as a student drives it: clicks, keys and typed numbers."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from gui.lessons.convolution.lesson import WINDOW_COLOUR, ConvolutionLesson
from gui.widgets.hint_label import HintLabel
from gui.widgets.matrix_grid import MatrixGrid
from tests.gui.grid_typing import type_into_cell

# The deck's first slide, one frame per output cell (19 = 0·0 + 1·1 + 3·2 + 4·3).
DECK_FORMULAS = [
    "0·0 + 1·1 + 3·2 + 4·3 = 19",
    "1·0 + 2·1 + 4·2 + 5·3 = 25",
    "3·0 + 4·1 + 6·2 + 7·3 = 37",
    "4·0 + 5·1 + 7·2 + 8·3 = 43",
]
DECK_WINDOWS = [(0, 0), (0, 1), (1, 0), (1, 1)]  # top-left input cell of each 2×2 window


@pytest.fixture
def lesson(qtbot: QtBot) -> ConvolutionLesson:
    view = ConvolutionLesson()
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def find(lesson: ConvolutionLesson, kind: type, name: str):  # returns a widget of `kind`
    widget = lesson.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name}"
    return widget


def click(qtbot: QtBot, lesson: ConvolutionLesson, name: str) -> None:
    qtbot.mouseClick(find(lesson, QPushButton, name), Qt.MouseButton.LeftButton)


def formula(lesson: ConvolutionLesson) -> str:
    return lesson.findChild(object, "stepFormula").text()


def output_texts(lesson: ConvolutionLesson) -> list[list[str]]:
    grid = find(lesson, MatrixGrid, "outputGrid")
    return [[grid.cell_text(r, c) for c in range(grid.columnCount())]
            for r in range(grid.rowCount())]


def highlighted_cells(grid: MatrixGrid) -> set[tuple[int, int]]:
    return {(r, c) for r in range(grid.rowCount()) for c in range(grid.columnCount())
            if grid.item(r, c).background().color() == WINDOW_COLOUR}


def set_spin(lesson: ConvolutionLesson, name: str, value: int) -> None:
    find(lesson, QSpinBox, name).setValue(value)



def test_opens_on_the_deck_example(lesson: ConvolutionLesson) -> None:
    assert np.array_equal(find(lesson, MatrixGrid, "inputGrid").values(),
                          np.arange(9).reshape(3, 3))
    assert np.array_equal(find(lesson, MatrixGrid, "kernelGrid").values(), [[0, 1], [2, 3]])
    assert formula(lesson) == DECK_FORMULAS[0]
    assert output_texts(lesson) == [["19", ""], ["", ""]]
    assert lesson.findChild(object, "stepCounter").text() == "Step 1 of 4"


def test_stepping_through_the_four_cells_shows_each_sum(
    qtbot: QtBot, lesson: ConvolutionLesson
) -> None:
    input_grid = find(lesson, MatrixGrid, "inputGrid")
    expected_output = [["19", ""], ["", ""]]
    for index, (text, (top, left)) in enumerate(zip(DECK_FORMULAS, DECK_WINDOWS, strict=True)):
        if index:
            click(qtbot, lesson, "forwardButton")
        assert formula(lesson) == text
        window = {(top + r, left + c) for r in range(2) for c in range(2)}
        assert highlighted_cells(input_grid) == window
        expected_output[index // 2][index % 2] = text.rsplit(" ", 1)[-1]
        assert output_texts(lesson) == expected_output
        assert highlighted_cells(find(lesson, MatrixGrid, "outputGrid")) == {divmod(index, 2)}
    assert output_texts(lesson) == [["19", "25"], ["37", "43"]]
    assert not find(lesson, QPushButton, "forwardButton").isEnabled()


def test_back_and_reset(qtbot: QtBot, lesson: ConvolutionLesson) -> None:
    assert not find(lesson, QPushButton, "backButton").isEnabled()
    for _ in range(3):
        click(qtbot, lesson, "forwardButton")
    click(qtbot, lesson, "backButton")
    assert formula(lesson) == DECK_FORMULAS[2]
    assert output_texts(lesson) == [["19", "25"], ["37", ""]]
    click(qtbot, lesson, "resetButton")
    assert formula(lesson) == DECK_FORMULAS[0]
    assert output_texts(lesson) == [["19", ""], ["", ""]]


def test_page_down_steps_like_a_presenter_remote(qtbot: QtBot, lesson: ConvolutionLesson) -> None:
    find(lesson, MatrixGrid, "kernelGrid").setFocus()
    qtbot.keyClick(lesson.focusWidget(), Qt.Key.Key_PageDown)
    assert formula(lesson) == DECK_FORMULAS[1]
    qtbot.keyClick(lesson.focusWidget(), Qt.Key.Key_PageUp)
    assert formula(lesson) == DECK_FORMULAS[0]


def test_play_runs_to_the_end_and_stops(qtbot: QtBot, lesson: ConvolutionLesson) -> None:
    lesson.findChild(object, "speedSlider").setValue(5)
    click(qtbot, lesson, "playButton")
    assert find(lesson, QPushButton, "playButton").text() == "Pause"
    qtbot.waitUntil(lambda: lesson.current_step == 3, timeout=5000)
    qtbot.waitUntil(lambda: not lesson.view.player.is_playing(), timeout=2000)
    assert formula(lesson) == DECK_FORMULAS[3]
    assert find(lesson, QPushButton, "playButton").text() == "Play"
    click(qtbot, lesson, "playButton")  # Play at the end starts again from the first cell
    assert lesson.current_step == 0


def test_stride_and_padding_change_the_output(lesson: ConvolutionLesson) -> None:
    set_spin(lesson, "paddingSpin", 1)
    set_spin(lesson, "strideSpin", 2)
    input_grid = find(lesson, MatrixGrid, "inputGrid")
    # The padded border is drawn: a ring of zeros that cannot be edited.
    assert input_grid.rowCount() == 5 and input_grid.columnCount() == 5
    border = input_grid.item(0, 2)
    assert border.text() == "0"
    assert not border.flags() & Qt.ItemFlag.ItemIsEditable
    assert input_grid.item(1, 1).flags() & Qt.ItemFlag.ItemIsEditable
    # By hand on the padded input: [[0,0],[0,0]]→0, [[0,0],[1,2]]→8, [[0,3],[0,6]]→21, 43.
    for _ in range(3):
        lesson.view.player.step_forward()
    assert output_texts(lesson) == [["0", "8"], ["21", "43"]]
    assert formula(lesson) == "4·0 + 5·1 + 7·2 + 8·3 = 43"
    size = lesson.findChild(object, "outputSizeFormula").text()
    assert "⌊(3 + 2·1 − 2)/2⌋ + 1 = 2" in size


def test_padding_one_with_stride_one_gives_sixteen_steps(lesson: ConvolutionLesson) -> None:
    set_spin(lesson, "paddingSpin", 1)
    assert len(lesson.steps) == 16
    assert find(lesson, MatrixGrid, "outputGrid").rowCount() == 4
    assert lesson.findChild(object, "stepCounter").text() == "Step 1 of 16"


def test_same_padding_with_an_even_kernel_pads_bottom_and_right(
    qtbot: QtBot, lesson: ConvolutionLesson
) -> None:
    click(qtbot, lesson, "sameButton")
    assert find(lesson, MatrixGrid, "outputGrid").rowCount() == 3  # same size as the input
    input_grid = find(lesson, MatrixGrid, "inputGrid")
    assert input_grid.rowCount() == 4
    assert input_grid.item(0, 0).text() == "0" and input_grid.item(0, 0).flags() & (
        Qt.ItemFlag.ItemIsEditable)  # the input's own first cell: no padding on top/left
    assert "⌊(3 + 0 + 1 − 2)/1⌋ + 1 = 3" in lesson.findChild(object, "outputSizeFormula").text()
    click(qtbot, lesson, "validButton")
    assert find(lesson, MatrixGrid, "outputGrid").rowCount() == 2


def test_text_typed_into_a_cell_is_refused_with_a_hint(
    qtbot: QtBot, lesson: ConvolutionLesson
) -> None:
    grid = find(lesson, MatrixGrid, "inputGrid")
    type_into_cell(qtbot, grid, 1, 1, "abc")
    assert grid.cell_text(1, 1) == "4"
    hint = find(lesson, HintLabel, "inputHint")
    assert hint.isVisible() and "abc" in hint.text()
    assert formula(lesson) == DECK_FORMULAS[0]
    type_into_cell(qtbot, grid, 1, 1, "")
    assert grid.cell_text(1, 1) == "4" and "empty" in hint.text()


def test_a_number_typed_into_a_cell_recomputes_the_sum(
    qtbot: QtBot, lesson: ConvolutionLesson
) -> None:
    grid = find(lesson, MatrixGrid, "inputGrid")
    type_into_cell(qtbot, grid, 1, 1, "abc")
    type_into_cell(qtbot, grid, 1, 1, "10")  # 4 → 10: the first sum gains 6·3
    assert formula(lesson) == "0·0 + 1·1 + 3·2 + 10·3 = 37"
    assert not find(lesson, HintLabel, "inputHint").isVisible()
    kernel = find(lesson, MatrixGrid, "kernelGrid")
    type_into_cell(qtbot, kernel, 0, 0, "-0,5")  # a Brazilian decimal comma
    assert kernel.cell_text(0, 0) == "−0.5"
    assert formula(lesson) == "0·(−0.5) + 1·1 + 3·2 + 10·3 = 37"


def test_a_kernel_larger_than_the_input_is_explained(lesson: ConvolutionLesson) -> None:
    set_spin(lesson, "kernelRowsSpin", 5)
    problem = find(lesson, HintLabel, "problemLabel")
    assert problem.isVisible() and "larger than the padded input" in problem.text()
    assert lesson.steps == []
    assert not find(lesson, QPushButton, "playButton").isEnabled()
    set_spin(lesson, "paddingSpin", 1)  # 3 + 2·1 = 5 rows: the kernel fits again
    assert not problem.isVisible()
    assert len(lesson.steps) == 4  # ⌊(5 − 5)/1⌋ + 1 = 1 row × ⌊(5 − 2)/1⌋ + 1 = 4 columns


def test_resizing_keeps_the_numbers_that_still_fit(lesson: ConvolutionLesson) -> None:
    set_spin(lesson, "inputColsSpin", 4)
    grid = find(lesson, MatrixGrid, "inputGrid")
    assert np.array_equal(grid.values(), [[0, 1, 2, 0], [3, 4, 5, 0], [6, 7, 8, 0]])
    assert len(lesson.steps) == 6


def test_deck_example_button_restores_the_slide(qtbot: QtBot, lesson: ConvolutionLesson) -> None:
    click(qtbot, lesson, "randomButton")
    set_spin(lesson, "strideSpin", 2)
    click(qtbot, lesson, "exampleButton")
    assert formula(lesson) == DECK_FORMULAS[0]
    assert find(lesson, QSpinBox, "strideSpin").value() == 1
    assert len(lesson.steps) == 4


def test_an_example_too_big_for_the_grids_is_clipped(lesson: ConvolutionLesson) -> None:
    lesson.set_example(np.ones((12, 14)), np.ones((7, 7)), stride=9, padding=8)
    assert find(lesson, QSpinBox, "inputRowsSpin").value() == 10
    assert find(lesson, QSpinBox, "kernelColsSpin").value() == 5
    assert find(lesson, QSpinBox, "strideSpin").value() == 5
    assert find(lesson, QSpinBox, "paddingSpin").value() == 3
    assert find(lesson, MatrixGrid, "inputGrid").rowCount() == 16  # 10 + 2·3
    assert len(lesson.steps) == 9  # ⌊(10 + 6 − 5)/5⌋ + 1 = 3 per side
