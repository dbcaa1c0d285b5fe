"""The 3-D convolution lesson, driven as a student drives it: point, type, pick recipes."""

import os

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QSpinBox,
    QTabBar,
)
from pytestqt.qtbot import QtBot

from engine.numerics.receptive import Region
from gui.lessons.convolution_3d.lesson import Convolution3DLesson
from gui.lessons.convolution_3d.maps import DivergingMapGrid
from gui.session import LabSession
from gui.widgets.hint_label import HintLabel
from gui.widgets.matrix_grid import MatrixGrid
from gui.widgets.zoom_image_view import ZoomImageView

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import tensorflow as tf  # after the log level, which TF reads at import

from tests.gui.grid_typing import type_into_cell


@pytest.fixture
def lesson(qtbot: QtBot) -> Convolution3DLesson:
    page = Convolution3DLesson(LabSession())
    qtbot.addWidget(page)
    page.resize(800, 600)  # the offscreen screen's size: every widget the mouse drives is in it
    page.show()
    qtbot.waitExposed(page)
    return page


def child(lesson: Convolution3DLesson, kind: type, name: str):  # returns a widget of `kind`
    widget = lesson.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name}"
    return widget


def text(lesson: Convolution3DLesson, name: str) -> str:
    return child(lesson, QLabel, name).text()


def tf_output(lesson: Convolution3DLesson) -> np.ndarray:
    """The same convolution asked of TensorFlow: its own conv2d, explicit zero padding, bias."""
    kernels = lesson.view.kernels
    p, s = lesson.padding(), lesson.stride()
    out = tf.nn.conv2d(lesson.input_image()[None], kernels.kernel(), [1, s, s, 1],
                       [[0, 0], [p, p], [p, p], [0, 0]])
    return tf.nn.bias_add(out, kernels.bias()).numpy()[0]


def choose(combo: QComboBox, data: object) -> None:
    """Pick an entry as the person does: the combo changes and says it was activated."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)



def test_opens_on_a_small_colour_photo_and_four_filters(lesson: Convolution3DLesson) -> None:
    assert lesson.input_image().shape == (64, 64, 3)
    assert lesson.feature_maps().shape == (62, 62, 4)
    assert text(lesson, "inputTitle") == "Input: 64×64×3"
    assert "rows: ⌊(64 + 2·0 − 3)/1⌋ + 1 = 62" in text(lesson, "outputSizeFormula")
    assert "4 feature maps of 62×62" in text(lesson, "outputSizeFormula")
    grid_r = child(lesson, MatrixGrid, "kernelGridR")
    assert [[grid_r.cell_text(r, c) for c in range(3)] for r in range(3)] == [["1", "0", "−1"]] * 3
    assert not child(lesson, MatrixGrid, "kernelGridG").values().any()  # "in R only"
    maps = child(lesson, DivergingMapGrid, "featureMaps")
    assert maps.thumbnail_count() == 4 and maps.title(2).startswith("Filter 2 (±")


def test_the_output_equals_tensorflows(qtbot: QtBot, lesson: Convolution3DLesson) -> None:
    np.testing.assert_allclose(lesson.feature_maps(), tf_output(lesson), rtol=1e-5, atol=1e-3)
    child(lesson, QSpinBox, "strideSpin").setValue(2)
    child(lesson, QSpinBox, "paddingSpin").setValue(1)
    child(lesson, QTabBar, "filterTabs").setCurrentIndex(3)
    child(lesson, QDoubleSpinBox, "biasSpin").setValue(-20)
    assert lesson.feature_maps().shape == (32, 32, 4)
    np.testing.assert_allclose(lesson.feature_maps(), tf_output(lesson), rtol=1e-5, atol=1e-3)
    assert "columns: ⌊(64 + 2·1 − 3)/2⌋ + 1 = 32" in text(lesson, "outputSizeFormula")


def test_hovering_a_cell_outlines_its_input_region(qtbot: QtBot,
                                                  lesson: Convolution3DLesson) -> None:
    choose(child(lesson, QComboBox, "sizeCombo"), 32)  # 16×16 maps: cells wide enough to aim
    child(lesson, QSpinBox, "strideSpin").setValue(2)
    child(lesson, QSpinBox, "paddingSpin").setValue(1)
    maps = child(lesson, DivergingMapGrid, "featureMaps")
    target = maps.pixel_centre(1, 5, 7).toPoint()
    assert maps.pixel_at(target) == (1, 5, 7)
    assert lesson.rect().contains(maps.viewport().mapTo(lesson, target))  # inside 800×600
    qtbot.mouseMove(maps.viewport(), target)
    # Output (5, 7) with stride 2 starts at padded (10, 14), i.e. image (9, 13): 3×3 from there.
    assert child(lesson, ZoomImageView, "inputView").outline() == Region(9, 13, 12, 16)
    assert text(lesson, "cellTitle") == ("Filter 1, output row 5, column 7 ← input rows 9 to "
                                         "11, columns 13 to 15")
    value = tf_output(lesson)[5, 7, 1]
    cell = lesson.hovered_cell()
    assert cell is not None and cell.value == pytest.approx(value, rel=1e-6)
    assert text(lesson, "cellSum").startswith("R: ")
    assert "bias: 0 = " in text(lesson, "cellSum")
    assert len(child(lesson, QLabel, "cellSum").toolTip().splitlines()) == 3  # 9 products each
    # The filter that made the map is the one shown in the editor.
    assert child(lesson, QTabBar, "filterTabs").currentIndex() == 1
    # The first cell reaches into the padding above and to the left.
    qtbot.mouseMove(maps.viewport(), maps.pixel_centre(0, 0, 0).toPoint())
    assert child(lesson, ZoomImageView, "inputView").outline() == Region(-1, -1, 2, 2)


def test_the_sum_is_written_per_channel(lesson: Convolution3DLesson) -> None:
    lesson.view.maps.hovered.emit(3, 10, 20)  # "red minus green": centre R − centre G
    red, green, _ = lesson.input_image()[11, 21]
    expected = f"R: {red:g} + G: {-green:g} + B: 0 + bias: 0 = {red - green:g}".replace("-", "−")
    assert text(lesson, "cellSum") == expected
    lesson.view.maps.left.emit()
    assert child(lesson, ZoomImageView, "inputView").outline() is None
    assert text(lesson, "cellTitle") == "Point at a cell of a feature map."


def test_text_typed_into_a_kernel_cell_is_refused(qtbot: QtBot,
                                                  lesson: Convolution3DLesson) -> None:
    grid_g = child(lesson, MatrixGrid, "kernelGridG")
    before = lesson.feature_maps().copy()
    type_into_cell(qtbot, grid_g, 1, 1, "abc")
    hint = child(lesson, HintLabel, "kernelHint")
    assert hint.isVisible() and "not a number" in hint.text()
    assert grid_g.cell_text(1, 1) == "0"
    np.testing.assert_array_equal(lesson.feature_maps(), before)
    type_into_cell(qtbot, grid_g, 1, 1, "2,5")  # a comma works as the decimal point
    assert lesson.view.kernels.kernel()[1, 1, 1, 0] == 2.5
    assert not hint.isVisible()
    assert child(lesson, QComboBox, "filterPresetCombo").currentText() == "Custom (edited)"
    np.testing.assert_allclose(lesson.feature_maps(), tf_output(lesson), rtol=1e-5, atol=1e-3)


def test_recipes_and_channel_presets(qtbot: QtBot, lesson: Convolution3DLesson) -> None:
    choose(child(lesson, QComboBox, "filterPresetCombo"), "brightness")
    kernel = lesson.view.kernels.kernel()[:, :, :, 0]
    np.testing.assert_allclose(kernel, np.full((3, 3, 3), 1 / 27))
    assert child(lesson, MatrixGrid, "kernelGridB").cell_text(2, 2) == "0.037"
    # Brightness: each output value is the mean of the 27 numbers under the filter.
    np.testing.assert_allclose(lesson.feature_maps()[4, 9, 0],
                               lesson.input_image()[4:7, 9:12].mean())
    choose(child(lesson, QComboBox, "channelPresetG"), "horizontal_edges")
    qtbot.mouseClick(lesson.findChild(object, "flipSignG"), Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(lesson.view.kernels.kernel()[:, :, 1, 0],
                                  [[-1, -1, -1], [0, 0, 0], [1, 1, 1]])
    assert child(lesson, QComboBox, "channelPresetG").currentIndex() == 0  # back to its prompt
    np.testing.assert_allclose(lesson.feature_maps(), tf_output(lesson), rtol=1e-5, atol=1e-3)


def test_size_and_a_grey_picture(lesson: Convolution3DLesson) -> None:
    choose(child(lesson, QComboBox, "sizeCombo"), 32)
    assert lesson.input_image().shape == (32, 32, 3)
    lesson.view.source.choose("camera")
    assert child(lesson, QLabel, "greyNote").isVisible()
    image = lesson.input_image()
    assert (image[..., 0] == image[..., 1]).all() and (image[..., 1] == image[..., 2]).all()


def test_refresh_redraws_everything(lesson: Convolution3DLesson) -> None:
    lesson.view.maps.hovered.emit(0, 3, 3)
    lesson.refresh()
    assert lesson.hovered_cell() is not None  # the pointer's cell survives a redraw
    assert lesson.feature_maps().shape == (62, 62, 4)


def test_a_language_change_keeps_the_cell_and_localises_numbers(
        lesson: Convolution3DLesson) -> None:
    from PySide6.QtWidgets import QApplication

    from gui import i18n

    choose(child(lesson, QComboBox, "filterPresetCombo"), "brightness")
    lesson.view.maps.hovered.emit(0, 4, 9)
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    QApplication.processEvents()
    cell = lesson.hovered_cell()
    assert cell is not None and (cell.filter, cell.row, cell.col) == (0, 4, 9)
    total = f"{cell.value:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    assert text(lesson, "cellSum").endswith(f"= {total}")
    assert "," in text(lesson, "cellSum")  # 1/27 of the inputs has decimals
