"""Feature-map thumbnails: what is shown, what hovering and clicking report, and item reuse."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from gui.widgets.feature_maps import FeatureMapGrid, colourise, grid_columns, per_map_levels


def known_maps(height: int = 6, width: int = 8, channels: int = 5) -> np.ndarray:
    """Maps whose value says where it is: channel·100 + row·10 + col."""
    rows, cols = np.mgrid[0:height, 0:width]
    return np.stack([c * 100 + rows * 10 + cols for c in range(channels)], axis=-1).astype(
        np.float32)


@pytest.fixture
def grid(qtbot: QtBot) -> FeatureMapGrid:
    widget = FeatureMapGrid()
    qtbot.addWidget(widget)
    widget.resize(480, 480)  # inside the offscreen screen (800×600), where the mouse can go
    widget.set_maps(known_maps())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_one_titled_row_major_image_per_channel(grid: FeatureMapGrid) -> None:
    assert grid.channel_count() == 5
    assert grid.thumbnail_shape() == (6, 8)
    assert [grid.title(c) for c in range(5)] == ["0", "1", "2", "3", "4"]
    image = grid.image_item(3)
    assert image.axisOrder == "row-major"
    assert image.image.shape == (6, 8, 3)  # coloured here, for speed
    assert np.array_equal(grid.maps(), known_maps())
    # Thumbnails, not explorers: no panning or zooming.
    assert grid.image_item(0).getViewBox().state["mouseEnabled"] == [False, False]


def test_the_layer_shares_one_colour_scale_unless_asked_not_to(grid: FeatureMapGrid) -> None:
    viridis = pg.colormap.get("viridis").getLookupTable(nPts=256)

    def colour(channel: int, row: int, col: int) -> list[int]:
        return list(grid.image_item(channel).image[row, col])

    assert {grid.levels(c) for c in range(5)} == {(0.0, 457.0)}
    assert colour(0, 0, 0) == list(viridis[0]) and colour(4, 5, 7) == list(viridis[-1])
    assert colour(2, 0, 0) == list(viridis[int(200 / 457 * 256)])
    grid.set_shared_levels(False)
    assert grid.levels(2) == (200.0, 257.0)
    assert colour(2, 0, 0) == list(viridis[0]) and colour(2, 5, 7) == list(viridis[-1])


def test_flat_and_non_finite_maps_still_get_a_usable_scale() -> None:
    stack = np.zeros((2, 3, 3))
    stack[1, 0, 0] = np.nan
    stack[1, 1, 1] = 4.0
    assert per_map_levels(stack, shared=False) == [(0.0, 1.0), (0.0, 4.0)]
    assert per_map_levels(stack, shared=True) == [(0.0, 4.0), (0.0, 4.0)]


def test_colours_are_binned_like_pyqtgraph_and_nan_takes_the_lowest() -> None:
    lut = np.arange(256, dtype=np.uint8)[:, None].repeat(3, axis=1)
    stack = np.array([[[0.0, 0.5, 1.0, np.nan]], [[2.0, 3.0, 4.0, 2.5]]], dtype=np.float32)
    rgb = colourise(stack, [(0.0, 1.0), (2.0, 4.0)], lut)
    assert rgb.shape == (2, 1, 4, 3) and rgb.dtype == np.uint8
    assert list(rgb[0, 0, :, 0]) == [0, 128, 255, 0]
    assert list(rgb[1, 0, :, 0]) == [0, 128, 255, 64]


@pytest.mark.parametrize(("count", "columns"), [(1, 1), (4, 2), (5, 3), (32, 6), (64, 8)])
def test_the_grid_is_roughly_square(count: int, columns: int) -> None:
    assert grid_columns(count) == columns


def test_same_shape_reuses_the_items_and_a_new_shape_rebuilds(grid: FeatureMapGrid) -> None:
    first, pixels = grid.image_item(4), grid.image_item(4).image.copy()
    grid.set_maps(known_maps()[:, :, ::-1])
    assert grid.image_item(4) is first
    assert grid.maps()[0, 0, 4] == 0 and not np.array_equal(first.image, pixels)
    grid.set_maps(known_maps(channels=7))
    assert grid.channel_count() == 7 and grid.image_item(4) is not first
    grid.set_maps(known_maps(height=3, channels=7))
    assert grid.thumbnail_shape() == (3, 8)


def test_hover_reports_channel_row_col_and_value(grid: FeatureMapGrid, qtbot: QtBot) -> None:
    seen: list[tuple] = []
    grid.hovered.connect(lambda *args: seen.append(args))
    with qtbot.waitSignal(grid.hovered):
        qtbot.mouseMove(grid.viewport(), grid.pixel_centre(3, 4, 5).toPoint())
    assert seen[-1] == (3, 4, 5, 345.0)
    qtbot.mouseMove(grid.viewport(), grid.map_rect(1).center().toPoint())
    assert seen[-1][:3] == (1, 3, 4) and seen[-1][3] == 134.0
    # The pointer rests while the maps change: the new value is reported.
    grid.set_maps(known_maps() * 2)
    assert seen[-1] == (1, 3, 4, 268.0)


def test_leaving_the_maps_emits_left(grid: FeatureMapGrid, qtbot: QtBot) -> None:
    qtbot.mouseMove(grid.viewport(), grid.pixel_centre(0, 0, 0).toPoint())
    outside = grid.map_rect(0).topLeft().toPoint() - QPoint(6, 6)
    assert grid.pixel_at(outside) is None
    with qtbot.waitSignal(grid.left):
        qtbot.mouseMove(grid.viewport(), outside)


def test_click_emits_the_channel_and_selects_it(grid: FeatureMapGrid, qtbot: QtBot) -> None:
    assert grid.selected_channel() is None
    with qtbot.waitSignal(grid.clicked) as blocker:
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton,
                         pos=grid.map_rect(2).center().toPoint())
    assert blocker.args == [2]
    assert grid.selected_channel() == 2
    # Selection survives live updates and a rebuild that still has the channel.
    grid.set_maps(known_maps(channels=3))
    assert grid.selected_channel() == 2
    grid.set_maps(known_maps(channels=2))
    assert grid.selected_channel() is None
    grid.select(1)  # chosen by the program: framed, but no signal
    assert grid.selected_channel() == 1
    with pytest.raises(IndexError):
        grid.select(2)


def test_clear_empties_the_grid(grid: FeatureMapGrid) -> None:
    grid.clear()
    assert grid.channel_count() == 0 and grid.thumbnail_shape() == (0, 0)
    grid.grab()


def test_only_height_width_channels_are_accepted(grid: FeatureMapGrid) -> None:
    with pytest.raises(ValueError, match="H, W, C"):
        grid.set_maps(np.zeros((1, 6, 8, 5)))
