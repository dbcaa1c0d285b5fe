"""PixelView shows colour photos in their own colours, and values through its colour map."""

import numpy as np
from pytestqt.qtbot import QtBot

from gui.widgets.pixel_view import PixelView


def test_a_colour_photo_keeps_its_colours_and_a_map_comes_back_after_it(qtbot: QtBot) -> None:
    view = PixelView("viridis")
    qtbot.addWidget(view)
    photo = np.zeros((4, 5, 3), np.float32)
    photo[..., 0] = 1.0  # pure red, 0–1 as the model reads it
    view.set_image(photo)
    shown = view.image_item.image
    assert shown.dtype == np.uint8 and shown.shape == (4, 5, 3)
    assert tuple(shown[0, 0]) == (255, 0, 0) and view.image_item.lut is None
    assert view.image().shape == (4, 5, 3)
    view.set_image(np.linspace(0, 1, 20, dtype=np.float32).reshape(4, 5))
    assert view.image_item.lut is not None  # viridis again for the feature map


def test_hovering_a_colour_pixel_reports_its_mean(qtbot: QtBot) -> None:
    view = PixelView()
    qtbot.addWidget(view)
    view.resize(200, 200)
    view.show()
    qtbot.waitExposed(view)
    photo = np.full((4, 4, 3), (0.3, 0.6, 0.9), np.float32)
    view.set_image(photo)
    with qtbot.waitSignal(view.hovered) as hovered:
        qtbot.mouseMove(view, view.pixel_centre(1, 2).toPoint())
    row, col, value = hovered.args
    assert (row, col) == (1, 2) and abs(value - 0.6) < 1e-6
