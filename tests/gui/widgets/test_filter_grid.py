"""Kernel weights as images: which images, a symmetric colour scale, and weight tooltips."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.widgets.filter_grid import FILTERS, INPUTS, RGB, FilterGrid, symmetric_limit


@pytest.fixture
def grid(qtbot: QtBot) -> FilterGrid:
    widget = FilterGrid()
    qtbot.addWidget(widget)
    widget.resize(500, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def numbered_kernel(c_in: int, c_out: int) -> np.ndarray:
    """Weight = filter + input/10 + (row·3 + col)/100, so every image says what it holds."""
    rows, cols, ins, outs = np.meshgrid(np.arange(3), np.arange(3), np.arange(c_in),
                                        np.arange(c_out), indexing="ij")
    return (outs + ins / 10 + (rows * 3 + cols) / 100).astype(np.float32)


def test_a_greyscale_first_layer_shows_one_image_per_filter(grid: FilterGrid) -> None:
    kernel = numbered_kernel(1, 8)
    grid.set_kernel(kernel, output_channel=3)
    assert grid.mode() == FILTERS and grid.thumbnail_count() == 8
    assert [grid.title(k) for k in range(8)] == [str(k) for k in range(8)]
    assert grid.image_item(5).image.shape == (3, 3, 3)
    assert grid.selected_index() == 3  # filter 3 makes feature map 3
    grid.grab()


def test_levels_are_symmetric_so_zero_is_the_middle_colour(grid: FilterGrid) -> None:
    kernel = np.zeros((3, 3, 1, 2))
    kernel[0, 0, 0, 0], kernel[1, 1, 0, 1] = 0.5, -2.0
    grid.set_kernel(kernel)
    assert grid.levels() == (-2.0, 2.0)
    # −2 is the blue end, +0.5 a light red, and 0 the middle of the blue–white–red map.
    lut = pg.colormap.get("CET-D1").getLookupTable(nPts=256)
    assert np.array_equal(grid.image_item(1).image[1, 1], lut[0])
    assert np.array_equal(grid.image_item(0).image[2, 2], lut[128])
    assert np.array_equal(grid.image_item(0).image[0, 0], lut[160])
    assert symmetric_limit(np.zeros(4)) == 1.0
    assert symmetric_limit(np.array([np.nan, -3.0])) == 3.0


def test_an_rgb_first_layer_shows_colour_filters_with_zero_grey(grid: FilterGrid) -> None:
    kernel = np.zeros((3, 3, 3, 4))
    kernel[0, 0, :, 1] = [1.0, -1.0, 0.0]
    grid.set_kernel(kernel, output_channel=1)
    assert grid.mode() == RGB and grid.thumbnail_count() == 4
    image = grid.image_item(1).image
    assert image.shape == (3, 3, 3)
    assert list(image[0, 0]) == [255, 0, 128]  # positive red, negative green, zero blue
    assert list(image[2, 2]) == [128, 128, 128]
    assert "red 1" in grid.tooltip_for(1, 0, 0) and "green −1" in grid.tooltip_for(1, 0, 0)


def test_a_deeper_layer_shows_the_input_slices_of_one_filter(grid: FilterGrid) -> None:
    kernel = numbered_kernel(16, 32)
    grid.set_kernel(kernel, output_channel=7)
    assert grid.mode() == INPUTS and grid.thumbnail_count() == 16
    assert grid.title(0) == "in 0" and grid.title(15) == "in 15"
    QApplication.sendEvent(grid, QEvent(QEvent.Type.LanguageChange))  # titles are re-read
    assert grid.title(15) == "in 15" and grid.thumbnail_count() == 16
    assert grid.selected_index() is None
    assert "filter 7, input channel 4, row 0, column 0: 7.4<" in grid.tooltip_for(4, 0, 0)
    first, pixels = grid.image_item(4), grid.image_item(4).image.copy()
    grid.set_kernel(-kernel, output_channel=8)  # same shape: items reused, new weights
    assert grid.image_item(4) is first
    assert not np.array_equal(first.image, pixels)
    assert "−8.4<" in grid.tooltip_for(4, 0, 0)
    grid.set_kernel(numbered_kernel(1, 32))
    assert grid.mode() == FILTERS and grid.thumbnail_count() == 32
    grid.clear()
    assert grid.thumbnail_count() == 0


def test_hovering_a_weight_puts_it_in_the_tooltip(grid: FilterGrid, qtbot: QtBot) -> None:
    kernel = numbered_kernel(16, 4)
    grid.set_kernel(kernel, output_channel=2)
    qtbot.mouseMove(grid.viewport(), grid.pixel_centre(5, 1, 2).toPoint())
    tip = grid.image_item(5).toolTip()
    assert "input channel 5, row 1, column 2" in tip
    assert "<b>2.55</b>" in tip  # 2 + 0.5 + 5/100, bold among the slice's nine numbers
    assert tip.count("<td") == 9


def test_a_closed_grid_ignores_a_late_language_change(grid: FilterGrid) -> None:
    grid.set_kernel(numbered_kernel(16, 4))
    grid.close()  # pyqtgraph deletes the scene's items here; deleteLater comes later
    QApplication.sendEvent(grid, QEvent(QEvent.Type.LanguageChange))
    assert grid.thumbnail_count() == 0


def test_bad_kernels_are_refused(grid: FilterGrid) -> None:
    with pytest.raises(ValueError, match="kh, kw"):
        grid.set_kernel(np.zeros((3, 3, 8)))
    with pytest.raises(ValueError, match="out of range"):
        grid.set_kernel(np.zeros((3, 3, 8, 4)), output_channel=4)
