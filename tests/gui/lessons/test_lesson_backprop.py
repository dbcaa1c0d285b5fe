"""The backpropagation lesson, driven as a student drives it: typed cells, clicks, α, TensorFlow."""

from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gui import i18n
from gui.lessons.backprop.lesson import BackpropLesson
from gui.widgets.hint_label import HintLabel
from gui.widgets.matrix_grid import MatrixGrid
from gui.workers import wait_for_background_work
from tests.gui.grid_typing import type_into_cell

MINUS = "−"
# The slide: ∂L/∂w₁ = a₁·∂L/∂z₁ + a₃·∂L/∂z₂ + a₁₁·∂L/∂z₃ + a₁₃·∂L/∂z₄, as (row, col) cells.
W1_INPUTS = [(0, 0), (0, 2), (2, 0), (2, 2)]
W5_INPUTS = [(1, 1), (1, 3), (3, 1), (3, 3)]  # a₇, a₉, a₁₇, a₁₉
OUTPUT_CELLS = [(0, 0), (0, 1), (1, 0), (1, 1)]  # z₁ … z₄
WHITE = "#ffffff"


@pytest.fixture
def lesson(qtbot: QtBot) -> Iterator[BackpropLesson]:
    view = BackpropLesson()
    qtbot.addWidget(view)
    view.resize(800, 600)  # the offscreen screen: everything clicked must lie inside it
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.tensorflow.wait(120)
    wait_for_background_work(120)


def find(lesson: BackpropLesson, kind: type, name: str):  # returns a widget of `kind`
    widget = lesson.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name}"
    return widget


def text(lesson: BackpropLesson, name: str) -> str:
    return find(lesson, QLabel, name).text()


def bring_into_view(lesson: BackpropLesson, widget: QWidget) -> None:
    lesson.findChild(QScrollArea).ensureWidgetVisible(widget, 10, 10)


def click(qtbot: QtBot, lesson: BackpropLesson, name: str) -> None:
    button = find(lesson, QPushButton, name)
    bring_into_view(lesson, button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_cell(qtbot: QtBot, lesson: BackpropLesson, grid: MatrixGrid, row: int, col: int) -> None:
    bring_into_view(lesson, grid)
    centre = grid.visualItemRect(grid.item(row, col)).center()
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)



def set_learning_rate(qtbot: QtBot, lesson: BackpropLesson, typed: str) -> None:
    spin = find(lesson, QDoubleSpinBox, "learningRate")
    bring_into_view(lesson, spin)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, typed)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def value_of(shown: str) -> float:
    """A number as the page writes it (−2, 0.95) read back."""
    return float(shown.strip().strip("()").replace(MINUS, "-"))


def final_value(formula: str) -> float:
    """The number after the last "=" of a written-out sum."""
    return value_of(formula.rsplit("=", 1)[1])


def factor(shown: str) -> str:
    """How a person writes a grid's number inside a product: negatives in parentheses."""
    return f"({shown})" if shown.startswith(MINUS) else shown


def lit_cells(grid: MatrixGrid) -> set[tuple[int, int]]:
    return {(r, c) for r in range(grid.rowCount()) for c in range(grid.columnCount())
            if grid.item(r, c).background().color().name() != WHITE}


def grid_texts(grid: MatrixGrid) -> list[list[str]]:
    return [[grid.cell_text(r, c) for c in range(grid.columnCount())]
            for r in range(grid.rowCount())]


def check_w1_gradient_text(lesson: BackpropLesson) -> None:
    """∂L/∂w₁ on the page = a₁·∂L/∂z₁ + a₃·∂L/∂z₂ + a₁₁·∂L/∂z₃ + a₁₃·∂L/∂z₄, with the numbers
    read from the input grid and the ∂L/∂z grid, and a total that adds up."""
    inputs = find(lesson, MatrixGrid, "inputGrid")
    grad_z = find(lesson, MatrixGrid, "outputGradientGrid")
    a = [inputs.cell_text(r, c) for r, c in W1_INPUTS]
    g = [grad_z.cell_text(r, c) for r, c in OUTPUT_CELLS]
    symbols, numbers = text(lesson, "weightGradientFormula").split("\n")
    assert symbols == "∂L/∂w₁ = a₁·∂L/∂z₁ + a₃·∂L/∂z₂ + a₁₁·∂L/∂z₃ + a₁₃·∂L/∂z₄"
    products = " + ".join(f"{factor(ai)}·{factor(gi)}" for ai, gi in zip(a, g, strict=True))
    assert numbers.startswith(f"= {products} = ")
    total = sum(value_of(ai) * value_of(gi) for ai, gi in zip(a, g, strict=True))
    assert final_value(numbers) == pytest.approx(total, abs=2e-3)  # shown to 3 decimals


def test_opens_on_the_lesson_example_with_symbols_on_the_cells(lesson: BackpropLesson) -> None:
    inputs = find(lesson, MatrixGrid, "inputGrid")
    assert inputs.values().shape == (5, 5)
    assert find(lesson, MatrixGrid, "kernelGrid").values().shape == (3, 3)
    assert grid_texts(find(lesson, MatrixGrid, "outputGrid")) == [["7", "5"], ["9", "3"]]
    assert inputs.annotation(0, 0) == "a₁" and inputs.annotation(4, 4) == "a₂₅"
    assert find(lesson, MatrixGrid, "kernelGrid").annotation(2, 2) == "w₉"
    assert text(lesson, "outputSymbols_1") == (
        "z₁ = w₁a₁ + w₂a₂ + w₃a₃ + w₄a₆ + w₅a₇ + w₆a₈ + w₇a₁₁ + w₈a₁₂ + w₉a₁₃")
    assert text(lesson, "outputFormula_1") == (
        "= 1·1 + 0·0 + 1·2 + 0·0 + 2·1 + 0·3 + 1·2 + 0·1 + 1·0 = 7")
    assert text(lesson, "lossFormula") == "= (1/4)·[(7 − 5)² + (5 − 7)² + (9 − 7)² + (3 − 7)²] = 7"
    assert "∂L/∂z₄ = 2(z₄ − t₄)/4 = 2(3 − 7)/4 = −2" in text(lesson, "outputGradientFormulas")


def test_w1_gradient_is_the_slides_sum_with_the_shown_numbers(
        qtbot: QtBot, lesson: BackpropLesson) -> None:
    click(qtbot, lesson, "weight_1")
    check_w1_gradient_text(lesson)
    assert lit_cells(find(lesson, MatrixGrid, "inputGrid")) == set(W1_INPUTS)
    assert lit_cells(find(lesson, MatrixGrid, "gradientInputGrid")) == set(W1_INPUTS)
    # The same sum still holds with less friendly numbers typed in (a₁ = 1.5, t₂ = −1).
    type_into_cell(qtbot, find(lesson, MatrixGrid, "inputGrid"), 0, 0, "1,5")
    type_into_cell(qtbot, find(lesson, MatrixGrid, "targetGrid"), 0, 1, "-1")
    assert find(lesson, MatrixGrid, "outputGradientGrid").cell_text(0, 1) == "3"  # 2(5 + 1)/4
    check_w1_gradient_text(lesson)


def test_choosing_a_weight_lights_up_the_inputs_it_used(
        qtbot: QtBot, lesson: BackpropLesson) -> None:
    click(qtbot, lesson, "weight_5")
    assert find(lesson, QPushButton, "weight_5").isChecked()
    assert lit_cells(find(lesson, MatrixGrid, "gradientInputGrid")) == set(W5_INPUTS)
    assert text(lesson, "weightGradientFormula") == (
        "∂L/∂w₅ = a₇·∂L/∂z₁ + a₉·∂L/∂z₂ + a₁₇·∂L/∂z₃ + a₁₉·∂L/∂z₄\n"
        "= 1·1 + 1·(−1) + 3·1 + 0·(−2) = 3")
    # A click on a kernel cell picks that weight too: the top-right one is w₃ (a₃, a₅, a₁₃, a₁₅).
    click_cell(qtbot, lesson, find(lesson, MatrixGrid, "kernelGrid"), 0, 2)
    assert find(lesson, QPushButton, "weight_3").isChecked()
    assert lit_cells(find(lesson, MatrixGrid, "inputGrid")) == {(0, 2), (0, 4), (2, 2), (2, 4)}
    assert lit_cells(find(lesson, MatrixGrid, "kernelGrid")) == {(0, 2)}


def test_changing_an_input_value_updates_z_and_the_loss(
        qtbot: QtBot, lesson: BackpropLesson) -> None:
    type_into_cell(qtbot, find(lesson, MatrixGrid, "inputGrid"), 0, 0, "3")
    # z₁ = 7 + w₁·(3 − 1) = 9; L = ((9−5)² + (5−7)² + (9−7)² + (3−7)²)/4 = 10.
    assert find(lesson, MatrixGrid, "outputGrid").cell_text(0, 0) == "9"
    assert text(lesson, "outputFormula_1").startswith("= 1·3 + ")
    assert text(lesson, "outputFormula_1").endswith("= 9")
    assert final_value(text(lesson, "lossFormula")) == 10
    assert not find(lesson, HintLabel, "inputHint").isVisible()


def test_text_typed_into_a_grid_cell_is_refused(qtbot: QtBot, lesson: BackpropLesson) -> None:
    for name, hint_name in (("inputGrid", "inputHint"), ("kernelGrid", "kernelHint"),
                            ("targetGrid", "targetHint")):
        grid = find(lesson, MatrixGrid, name)
        before = grid.cell_text(0, 0)
        type_into_cell(qtbot, grid, 0, 0, "abc")
        hint = find(lesson, HintLabel, hint_name)
        assert grid.cell_text(0, 0) == before
        assert hint.isVisible() and "abc" in hint.text()
    assert grid_texts(find(lesson, MatrixGrid, "outputGrid")) == [["7", "5"], ["9", "3"]]
    assert final_value(text(lesson, "lossFormula")) == 7


def test_apply_step_lowers_the_loss_and_writes_each_update(
        qtbot: QtBot, lesson: BackpropLesson) -> None:
    set_learning_rate(qtbot, lesson, "0.01")
    loss_before = final_value(text(lesson, "lossFormula"))
    click(qtbot, lesson, "applyStep")
    loss_after = final_value(text(lesson, "lossFormula"))
    assert loss_after < loss_before
    # w₁ = 1 and ∂L/∂w₁ = 1 at the start; w₄ = 0 and ∂L/∂w₄ = −4.
    assert find(lesson, MatrixGrid, "kernelGrid").cell_text(0, 0) == "0.99"
    new_kernel = find(lesson, MatrixGrid, "newKernelGrid")
    assert new_kernel.item(0, 0).toolTip() == "w₁* = w₁ − α·∂L/∂w₁ = 1 − 0.01·1 = 0.99"
    assert new_kernel.item(1, 0).toolTip() == "w₄* = w₄ − α·∂L/∂w₄ = 0 − 0.01·(−4) = 0.04"
    assert text(lesson, "newLossLabel").endswith("lower.")
    assert "Step 1 taken" in text(lesson, "stepTitle")
    for _ in range(3):
        click(qtbot, lesson, "applyStep")
    xs, ys = lesson.view.update_panel.loss_curve.getData()
    assert list(xs) == [0, 1, 2, 3, 4] and ys[0] == pytest.approx(loss_before)
    assert all(np.diff(ys) < 0), "the loss must fall at every step with a small α"
    click(qtbot, lesson, "resetSteps")
    assert find(lesson, MatrixGrid, "kernelGrid").cell_text(0, 0) == "1"
    assert len(lesson.view.update_panel.loss_curve.getData()[0]) == 1


def test_too_large_a_learning_rate_says_the_loss_grows(
        qtbot: QtBot, lesson: BackpropLesson) -> None:
    set_learning_rate(qtbot, lesson, "0.5")
    assert "higher" in text(lesson, "newLossLabel")  # the step the button would take
    click(qtbot, lesson, "applyStep")
    assert final_value(text(lesson, "lossFormula")) > 7


def test_tensorflow_agrees_with_the_lesson(qtbot: QtBot, lesson: BackpropLesson) -> None:
    type_into_cell(qtbot, find(lesson, MatrixGrid, "kernelGrid"), 1, 1, "-0,5")
    click(qtbot, lesson, "checkWithTensorflow")
    assert not find(lesson, QPushButton, "checkWithTensorflow").isEnabled()  # busy
    assert find(lesson, QProgressBar, "tensorflowBusy").isVisible()
    qtbot.waitUntil(lambda: text(lesson, "tensorflowResult") != "", timeout=120_000)
    assert "They agree" in text(lesson, "tensorflowResult")
    assert find(lesson, QPushButton, "checkWithTensorflow").isEnabled()
    ours = find(lesson, MatrixGrid, "engineGradientGrid").values()
    theirs = find(lesson, MatrixGrid, "tensorflowGradientGrid").values()
    assert np.allclose(ours, theirs) and np.array_equal(ours, lesson.current.grad_w)
    # New numbers make TensorFlow's answer stale: it is cleared, not left beside them.
    type_into_cell(qtbot, find(lesson, MatrixGrid, "targetGrid"), 0, 0, "1")
    assert text(lesson, "tensorflowResult") == ""
    assert np.isnan(find(lesson, MatrixGrid, "tensorflowGradientGrid").values()).all()


def test_portuguese_writes_decimal_commas(qtbot: QtBot, lesson: BackpropLesson) -> None:
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    qtbot.waitUntil(lambda: "0,05" in text(lesson, "updateFormula"), timeout=2000)
    assert text(lesson, "updateFormula") == "w₁* = w₁ − α·∂L/∂w₁ = 1 − 0,05·1 = 0,95"
    click(qtbot, lesson, "applyStep")
    kernel = find(lesson, MatrixGrid, "kernelGrid")
    assert kernel.cell_text(0, 0) == "0,95" and kernel.values()[0, 0] == pytest.approx(0.95)
    # A decimal comma typed into a cell is a number too (z₁ is 7.2 after that step).
    type_into_cell(qtbot, find(lesson, MatrixGrid, "targetGrid"), 0, 0, "5,5")
    assert find(lesson, MatrixGrid, "targetGrid").cell_text(0, 0) == "5,5"
    assert "(7,2 − 5,5)²" in text(lesson, "lossFormula")


def test_lesson_fits_a_projector_beside_the_navigation(
        qtbot: QtBot, lesson: BackpropLesson) -> None:
    hint = lesson.minimumSizeHint()
    assert hint.width() <= 830 and hint.height() <= 650
    # At 830 px the page needs no sideways scrolling, and the grids are not pushed off it.
    lesson.resize(830, 650)
    scroll = lesson.findChild(QScrollArea)
    qtbot.waitUntil(lambda: scroll.viewport().width() > 700, timeout=2000)
    assert lesson.view.minimumSizeHint().width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()
    target = find(lesson, MatrixGrid, "targetGrid")
    assert target.mapTo(lesson.view, QPoint(target.width(), 0)).x() <= scroll.viewport().width()
