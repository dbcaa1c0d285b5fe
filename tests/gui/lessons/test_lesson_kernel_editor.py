"""The kernel editor, driven as a student drives it: presets, typed weights, spin boxes, ReLU."""

from pathlib import Path

import cv2
import numpy as np
import pyqtgraph as pg
import pytest
import tensorflow as tf
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from engine.datasets.samples import load_sample_photo
from gui import i18n
from gui.lessons.kernel_editor.lesson import KernelEditorLesson
from gui.widgets.matrix_grid import MatrixGrid
from gui.widgets.pixel_view import PixelView
from tests.gui.grid_typing import type_into_cell

DECK_VERTICAL = [[1, 0, -1], [1, 0, -1], [1, 0, -1]]
DECK_HORIZONTAL_TEXTS = [["1", "1", "1"], ["0", "0", "0"], ["−1", "−1", "−1"]]


@pytest.fixture
def lesson(qtbot: QtBot) -> KernelEditorLesson:
    view = KernelEditorLesson()
    qtbot.addWidget(view)
    view.resize(800, 600)  # the offscreen test screen
    view.show()
    qtbot.waitExposed(view)
    return view


def find(lesson: KernelEditorLesson, kind: type, name: str):  # returns a widget of `kind`
    widget = lesson.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name}"
    return widget


def text(lesson: KernelEditorLesson, name: str) -> str:
    return find(lesson, QLabel, name).text()


def settled(qtbot: QtBot, lesson: KernelEditorLesson) -> np.ndarray | None:
    """Wait for the coalescing timer's refresh, then give the response shown."""
    qtbot.waitUntil(lambda: not lesson.refresh_pending(), timeout=2000)
    return lesson.response()


def open_png(qtbot: QtBot, lesson: KernelEditorLesson, path: Path, pixels: np.ndarray) -> None:
    cv2.imwrite(str(path), pixels)
    assert lesson.source.open_file(path)
    settled(qtbot, lesson)


def step_image(dark_left: bool = True) -> np.ndarray:
    """64×64, one vertical edge between columns 31 and 32."""
    pixels = np.zeros((64, 64), np.uint8)
    pixels[:, 32:] = 255
    return pixels if dark_left else 255 - pixels



def grid_texts(grid: MatrixGrid) -> list[list[str]]:
    return [[grid.cell_text(r, c) for c in range(grid.columnCount())]
            for r in range(grid.rowCount())]


def press(qtbot: QtBot, lesson: KernelEditorLesson, spin_name: str, key: Qt.Key,
          times: int = 1) -> None:
    spin = find(lesson, QSpinBox, spin_name)
    spin.setFocus()
    for _ in range(times):
        qtbot.keyClick(spin, key)


def drawn_width(view: PixelView) -> float:
    """How wide the picture is drawn on screen, in screen pixels."""
    item = view.image_item
    return view.mapFromScene(item.mapRectToScene(item.boundingRect())).boundingRect().width()


def test_opens_on_the_decks_vertical_edge_kernel_and_a_grey_photo(
    lesson: KernelEditorLesson,
) -> None:
    assert find(lesson, MatrixGrid, "kernelGrid").values().tolist() == DECK_VERTICAL
    assert find(lesson, QComboBox, "kernelPreset").currentText() == "Vertical edges"
    assert lesson.source.current_key() == "camera"
    assert "512 × 512 pixels" in text(lesson, "inputSizeLabel")
    assert "510 × 510 pixels" in text(lesson, "outputSizeLabel")
    assert "rows: ⌊(512 + 2·0 − 3)/1⌋ + 1 = 510" in text(lesson, "outputSizeFormula")
    assert lesson.response().min() < 0 < lesson.response().max()


def test_the_vertical_edge_kernel_responds_only_along_the_edge(
    qtbot: QtBot, lesson: KernelEditorLesson, tmp_path: Path
) -> None:
    open_png(qtbot, lesson, tmp_path / "dark_left.png", step_image(dark_left=True))
    response = lesson.response()
    assert response.shape == (62, 62) and "62 × 62 pixels" in text(lesson, "outputSizeLabel")
    # Output column j reads input columns j…j+2, so only j = 30 and 31 straddle the edge;
    # dark-to-bright under [1, 0, −1] gives 1·0 − 1·1 per row, three rows: −3.
    assert sorted(set(np.nonzero(response)[1])) == [30, 31]
    np.testing.assert_allclose(response[:, 30:32], -3.0)
    open_png(qtbot, lesson, tmp_path / "bright_left.png", step_image(dark_left=False))
    assert sorted(set(np.nonzero(lesson.response())[1])) == [30, 31]
    np.testing.assert_allclose(lesson.response()[:, 30:32], 3.0)


def test_the_horizontal_preset_puts_the_decks_numbers_in_the_grid(
    qtbot: QtBot, lesson: KernelEditorLesson, tmp_path: Path
) -> None:
    open_png(qtbot, lesson, tmp_path / "edge.png", step_image())
    combo = find(lesson, QComboBox, "kernelPreset")
    combo.setFocus()
    qtbot.keyClicks(combo, "Horizontal")  # a closed combo jumps to the item typed
    assert combo.currentText() == "Horizontal edges"
    assert grid_texts(find(lesson, MatrixGrid, "kernelGrid")) == DECK_HORIZONTAL_TEXTS
    assert "top to bottom" in text(lesson, "presetDescription")
    # A horizontal edge detector does not see a vertical edge at all.
    assert not settled(qtbot, lesson).any()
    open_png(qtbot, lesson, tmp_path / "turned.png", step_image().T.copy())
    assert sorted(set(np.nonzero(lesson.response())[0])) == [30, 31]


def test_stride_2_halves_the_output_and_the_formula_shows_it(
    qtbot: QtBot, lesson: KernelEditorLesson
) -> None:
    view = lesson.view
    press(qtbot, lesson, "strideSpin", Qt.Key.Key_Up)
    assert settled(qtbot, lesson).shape == (255, 255)  # half of the 510 of stride 1
    formula = text(lesson, "outputSizeFormula")
    assert "rows: ⌊(512 + 2·0 − 3)/2⌋ + 1 = 255" in formula
    assert "columns: ⌊(512 + 2·0 − 3)/2⌋ + 1 = 255" in formula
    assert "255 × 255 pixels" in text(lesson, "outputSizeLabel")
    # Drawn at the input's scale: half as wide on screen too.
    assert drawn_width(view.output_view) / drawn_width(view.input_view) == pytest.approx(
        255 / 512, abs=0.01)
    qtbot.mouseClick(find(lesson, QPushButton, "sameButton"), Qt.MouseButton.LeftButton)
    assert settled(qtbot, lesson).shape == (256, 256)  # "same": exactly ⌈512/2⌉
    assert "rows: ⌊(512 + 0 + 1 − 3)/2⌋ + 1 = 256" in text(lesson, "outputSizeFormula")
    qtbot.mouseClick(find(lesson, QPushButton, "validButton"), Qt.MouseButton.LeftButton)
    assert settled(qtbot, lesson).shape == (255, 255)


def test_padding_grows_the_output(qtbot: QtBot, lesson: KernelEditorLesson) -> None:
    press(qtbot, lesson, "paddingSpin", Qt.Key.Key_Up, times=2)
    assert settled(qtbot, lesson).shape == (514, 514)
    assert "rows: ⌊(512 + 2·2 − 3)/1⌋ + 1 = 514" in text(lesson, "outputSizeFormula")


def test_relu_turns_every_negative_response_into_zero(
    qtbot: QtBot, lesson: KernelEditorLesson
) -> None:
    before = lesson.response().copy()
    assert before.min() < 0
    qtbot.mouseClick(find(lesson, QCheckBox, "reluCheck"), Qt.MouseButton.LeftButton)
    after = settled(qtbot, lesson)
    assert after.min() == 0.0
    np.testing.assert_array_equal(after, np.maximum(before, 0.0))
    assert "every negative response became 0" in text(lesson, "colourLegend")


def test_text_in_a_kernel_cell_is_refused_and_the_old_number_kept(
    qtbot: QtBot, lesson: KernelEditorLesson
) -> None:
    grid = find(lesson, MatrixGrid, "kernelGrid")
    before = lesson.response().copy()
    type_into_cell(qtbot, grid, 0, 0, "abc")
    hint = find(lesson, QLabel, "kernelHint")
    assert hint.isVisible() and hint.text() == "“abc” is not a number: the cell keeps 1."
    assert grid.cell_text(0, 0) == "1" and lesson.kernel().tolist() == DECK_VERTICAL
    np.testing.assert_array_equal(settled(qtbot, lesson), before)
    type_into_cell(qtbot, grid, 0, 0, "2")
    assert not hint.isVisible() and lesson.kernel()[0, 0] == 2
    assert find(lesson, QComboBox, "kernelPreset").currentText() == "Custom (edited)"
    assert not np.array_equal(settled(qtbot, lesson), before)


def test_resizing_the_kernel_keeps_the_numbers_that_still_fit(
    qtbot: QtBot, lesson: KernelEditorLesson
) -> None:
    grid = find(lesson, MatrixGrid, "kernelGrid")
    press(qtbot, lesson, "kernelCols", Qt.Key.Key_Down)
    press(qtbot, lesson, "kernelRows", Qt.Key.Key_Up, times=2)
    assert grid.values().tolist() == [[1, 0], [1, 0], [1, 0], [0, 0], [0, 0]]
    assert settled(qtbot, lesson).shape == (508, 511)
    assert "rows: ⌊(512 + 2·0 − 5)/1⌋ + 1 = 508" in text(lesson, "outputSizeFormula")
    press(qtbot, lesson, "kernelCols", Qt.Key.Key_Up)
    assert grid.values().tolist() == [[1, 0, 0], [1, 0, 0], [1, 0, 0], [0, 0, 0], [0, 0, 0]]


def test_a_kernel_bigger_than_the_picture_is_explained(
    qtbot: QtBot, lesson: KernelEditorLesson, tmp_path: Path
) -> None:
    open_png(qtbot, lesson, tmp_path / "tiny.png", np.full((4, 4), 128, np.uint8))
    press(qtbot, lesson, "kernelRows", Qt.Key.Key_Up, times=4)
    assert settled(qtbot, lesson) is None
    problem = find(lesson, QLabel, "problemLabel")
    assert problem.isVisible() and "larger than the padded picture (4×4)" in problem.text()
    assert "No output" in text(lesson, "outputSizeLabel")
    press(qtbot, lesson, "paddingSpin", Qt.Key.Key_Up, times=2)
    assert settled(qtbot, lesson).shape == (2, 6) and not problem.isVisible()


def test_pointing_at_the_output_shows_the_value_and_its_input_window(
    qtbot: QtBot, lesson: KernelEditorLesson
) -> None:
    output_view = lesson.view.output_view
    with qtbot.waitSignal(output_view.hovered) as hovered:
        qtbot.mouseMove(output_view.viewport(), output_view.pixel_centre(100, 200).toPoint())
    row, col, value = hovered.args
    assert value == pytest.approx(lesson.response()[row, col])
    shown = text(lesson, "responseInfo")
    assert f"Output row {row}, column {col}: {i18n.number(value, 3)}" in shown
    assert f"input rows {row}–{row + 2}, columns {col}–{col + 2}" in shown
    assert lesson.view.input_view.outline_rect() == QRectF(col, row, 3, 3)


def test_a_colour_photo_is_filtered_in_grey_as_tensorflow_filters_it(
    qtbot: QtBot, lesson: KernelEditorLesson
) -> None:
    lesson.source.choose("astronaut")
    press(qtbot, lesson, "strideSpin", Qt.Key.Key_Up)
    qtbot.mouseClick(find(lesson, QPushButton, "sameButton"), Qt.MouseButton.LeftButton)
    ours = settled(qtbot, lesson)
    assert "converted from colour to grey" in text(lesson, "inputSizeLabel")
    grey = tf.image.rgb_to_grayscale(tf.constant(load_sample_photo("astronaut"), tf.float32)
                                     / 255.0)
    kernel = tf.constant(np.array(DECK_VERTICAL, np.float32)[:, :, None, None])
    expected = tf.nn.conv2d(grey[None], kernel, 2, "SAME").numpy()[0, :, :, 0]
    # TensorFlow's grey uses 0.2989 for red, not 0.299: responses differ by < 1e-3.
    np.testing.assert_allclose(ours, expected, atol=1e-3)


def test_quick_edits_are_filtered_once(qtbot: QtBot, lesson: KernelEditorLesson) -> None:
    refreshes: list[None] = []
    lesson.refreshed.connect(lambda: refreshes.append(None))
    with qtbot.waitSignal(lesson.refreshed):
        press(qtbot, lesson, "strideSpin", Qt.Key.Key_Up, times=3)
    qtbot.wait(60)
    assert len(refreshes) == 1 and lesson.response().shape == (128, 128)


def test_the_preset_list_follows_the_language(qtbot: QtBot, lesson: KernelEditorLesson) -> None:
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    combo = find(lesson, QComboBox, "kernelPreset")
    qtbot.waitUntil(lambda: combo.currentText() == "Bordas verticais", timeout=2000)
    assert combo.findText("Bordas horizontais") >= 0


def test_a_blur_is_drawn_in_grey_and_an_edge_kernel_in_blue_white_red(
    qtbot: QtBot, lesson: KernelEditorLesson
) -> None:
    """A blur on the diverging scale looked like a negative photo: one sign, one grey scale."""
    from gui.lessons.kernel_editor.view import DIVERGING_MAP, SEQUENTIAL_MAP

    bar = find(lesson, pg.GraphicsLayoutWidget, "colourBar")
    assert bar.colour_map == DIVERGING_MAP  # the deck's edge kernel: both signs
    assert bar.levels()[0] == -bar.levels()[1]
    combo = find(lesson, QComboBox, "kernelPreset")
    combo.setCurrentIndex(combo.findText("Box blur (mean)"))
    response = settled(qtbot, lesson)
    assert response.min() >= 0
    assert bar.colour_map == SEQUENTIAL_MAP
    low, high = bar.levels()
    assert low == 0.0 and high == pytest.approx(response.max())
    # The brightest part of the photo is drawn brightest, as in the photo itself.
    output = find(lesson, PixelView, "outputView")
    lut = output.image_item.getColorMap().getLookupTable(nPts=2)
    assert lut[0].sum() < lut[-1].sum()  # low end dark, high end light
    assert "(black)" in text(lesson, "colourLegend") and "blur" in text(lesson, "colourLegend")
    qtbot.mouseClick(find(lesson, QCheckBox, "reluCheck"), Qt.MouseButton.LeftButton)
    combo.setCurrentIndex(combo.findText("Vertical edges"))
    settled(qtbot, lesson)
    assert bar.colour_map == SEQUENTIAL_MAP  # after ReLU every response is ≥ 0
    qtbot.mouseClick(find(lesson, QCheckBox, "reluCheck"), Qt.MouseButton.LeftButton)
    settled(qtbot, lesson)
    assert bar.colour_map == DIVERGING_MAP
