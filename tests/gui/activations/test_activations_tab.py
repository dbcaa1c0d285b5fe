"""The Activations tab follows the drawing live, outlines receptive fields and shows Grad-CAM."""

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from gui.activations.tab import ActivationsTab
from gui.draw.tab import DrawTab
from gui.main_window import MainWindow
from gui.session import LabSession
from tests.gui.drawing_helpers import draw_seven, make_draw_tab, wait_settled


@pytest.fixture
def tabs(qtbot: QtBot) -> tuple[DrawTab, ActivationsTab]:
    session = LabSession()
    draw = make_draw_tab(qtbot, session)
    activations = ActivationsTab(session)
    qtbot.addWidget(activations)
    activations.resize(800, 600)  # inside the offscreen screen, or the mouse misses
    activations.show()
    qtbot.waitExposed(activations)
    wait_settled(qtbot, activations)
    return draw, activations


def test_the_layer_list_reads_like_model_summary(tabs: tuple[DrawTab, ActivationsTab]) -> None:
    _, view = tabs
    tree = view.layers.tree
    rows = [[tree.topLevelItem(i).text(c) for c in range(4)]
            for i in range(tree.topLevelItemCount())]
    assert rows[0][0] == "Input" and rows[0][2] == "28 × 28 × 1"
    conv1 = next(row for row in rows if row[0] == "conv1")
    assert conv1[1:] == ["Conv2D", "28 × 28 × 32", "288"]
    assert rows[-1][0] == "probabilities" and rows[-1][2] == "10"
    assert view.layers.total.text() == "271,786 parameters in all"
    assert view.layers.current_name() == "conv1"  # opens on the first convolution


def test_feature_maps_follow_a_stroke_in_the_draw_tab(
        qtbot: QtBot, tabs: tuple[DrawTab, ActivationsTab]) -> None:
    draw, view = tabs
    assert view.centre.currentIndex() == 2  # nothing drawn: an invitation, not blank maps
    draw_seven(draw.canvas)
    wait_settled(qtbot, draw)
    wait_settled(qtbot, view)
    assert view.centre.currentIndex() == 0
    maps = view.maps.maps()
    assert maps.shape == (28, 28, 32) and maps.any()
    expected = draw.session.current.predictor.activations(draw.session.input_image)[0].output
    np.testing.assert_allclose(maps, expected, atol=1e-5)
    assert view.findChild(QLabel, "layerTitle").text() == "conv1: 32 feature maps of 28 × 28"


def test_the_last_layer_shows_the_class_probabilities(
        qtbot: QtBot, tabs: tuple[DrawTab, ActivationsTab]) -> None:
    draw, view = tabs
    draw_seven(draw.canvas)
    wait_settled(qtbot, draw)
    wait_settled(qtbot, view)
    view.layers.select_layer("probabilities")
    assert view.centre.currentIndex() == 1
    assert view.bars.labels() == [str(i) for i in range(10)]
    np.testing.assert_allclose(view.bars.values(), draw.bars.probabilities(), atol=1e-5)
    hint = view.findChild(QLabel, "hoverInfo").text()
    assert "probability for one class" in hint and "feature map" not in hint


def test_hovering_a_cell_outlines_its_receptive_field(
        qtbot: QtBot, tabs: tuple[DrawTab, ActivationsTab]) -> None:
    draw, view = tabs
    draw_seven(draw.canvas)
    wait_settled(qtbot, draw)
    wait_settled(qtbot, view)
    # conv2 is a valid 3×3 convolution over conv1, a 'same' 3×3 convolution of the input: its
    # cell (10, 10) reads conv1 rows/cols 10–12, which read input rows/cols 9–13: 5 × 5 pixels.
    view.layers.select_layer("conv2")
    view.maps.hovered.emit(0, 10, 10, 0.5)
    assert view.input_view.outline_rect() == QRectF(9, 9, 5, 5)
    assert "it sees input rows 9–13, columns 9–13 (5 × 5 pixels)" in view.hover_info.text()
    view.maps.left.emit()
    assert view.input_view.outline_rect() is None


def test_hovering_with_the_real_mouse_reports_the_value(qtbot: QtBot) -> None:
    # One window, as in the app: draw on the Draw page, then open the Activations page.
    window = MainWindow(warm_up_tensorflow=False)
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    draw = window.show_page("draw")
    wait_settled(qtbot, draw)
    draw_seven(draw.canvas)
    wait_settled(qtbot, draw)
    view = window.show_page("activations")
    wait_settled(qtbot, view)
    qtbot.wait(50)  # the page's layout settles after it is shown
    # Mouse moves arrive through the event loop; on a small screen a map pixel is a few screen
    # pixels wide, so the pointer may land on a neighbour of the aimed-at cell.
    with qtbot.waitSignal(view.maps.hovered) as hovered:
        qtbot.mouseMove(view.maps.viewport(), view.maps.pixel_centre(3, 14, 14).toPoint())
    channel, row, col, value = hovered.args
    assert channel == 3 and abs(row - 14) <= 1 and abs(col - 14) <= 1
    assert value == pytest.approx(float(view.maps.maps()[row, col, 3]))
    assert f"conv1, map 3, row {row}, column {col}" in view.hover_info.text()
    # conv1 is a 'same' 3×3 convolution: its cell (r, c) sees input rows r−1…r+1, c−1…c+1.
    assert view.input_view.outline_rect() == QRectF(col - 1, row - 1, 3, 3)


def test_clicking_a_map_enlarges_it_and_shows_its_filters(
        qtbot: QtBot, tabs: tuple[DrawTab, ActivationsTab]) -> None:
    draw, view = tabs
    draw_seven(draw.canvas)
    wait_settled(qtbot, draw)
    wait_settled(qtbot, view)
    qtbot.mouseClick(view.maps.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.maps.pixel_centre(4, 3, 3).toPoint())
    assert view.maps.selected_channel() == 4
    np.testing.assert_allclose(view.enlarged.image(), view.maps.maps()[:, :, 4])
    assert view.details.currentWidget() is view.enlarged
    assert view.filter_stack.currentWidget() is view.filters
    view.layers.select_layer("dense")
    assert view.filter_stack.currentWidget() is view.no_filters


def test_grad_cam_colours_the_input(qtbot: QtBot, tabs: tuple[DrawTab, ActivationsTab]) -> None:
    draw, view = tabs
    draw_seven(draw.canvas)
    wait_settled(qtbot, draw)
    wait_settled(qtbot, view)
    view.findChild(QCheckBox, "gradCamCheck").setChecked(True)
    assert view.input_view.heat_visible()
    assert "Grad-CAM for “7”" in view.grad_cam_note.text()
    view.findChild(QCheckBox, "gradCamCheck").setChecked(False)
    assert not view.input_view.heat_visible()


def test_switching_to_the_mlp_lists_its_layers(
        qtbot: QtBot, tabs: tuple[DrawTab, ActivationsTab]) -> None:
    draw, view = tabs
    draw_seven(draw.canvas)
    view.session.select(next(e for e in view.session.entries if e.shipped_key == "mnist_mlp"))
    wait_settled(qtbot, view)
    kinds = {view.layers.tree.topLevelItem(i).text(1)
             for i in range(view.layers.tree.topLevelItemCount())}
    assert "Conv2D" not in kinds and "Dense" in kinds
    assert view.centre.currentIndex() == 1  # an MLP's layers are flat: bar charts


def _channel_less_model(path: Path) -> Path:
    """A foreign classifier whose Input is (28, 28): no channel axis, reshaped inside."""
    import keras

    from engine.models.io import save_model

    inputs = keras.Input((28, 28))
    x = keras.layers.Reshape((28, 28, 1))(inputs)
    x = keras.layers.Conv2D(4, 3, activation="relu", name="conv")(x)
    x = keras.layers.Flatten()(x)
    outputs = keras.layers.Dense(10, activation="softmax")(x)
    return save_model(keras.Model(inputs, outputs), path)


def test_grad_cam_works_for_a_model_without_a_channel_axis_and_after_switching_back(
        qtbot: QtBot, tabs: tuple[DrawTab, ActivationsTab], tmp_path: Path) -> None:
    from gui import i18n

    draw, view = tabs
    draw_seven(draw.canvas)
    wait_settled(qtbot, draw)
    view.findChild(QCheckBox, "gradCamCheck").setChecked(True)
    view.session.add_model_file(_channel_less_model(tmp_path / "flat_input.keras"))
    wait_settled(qtbot, view)
    assert view.session.current.entry.path.name == "flat_input.keras"
    assert view.input_view.heat_visible() and "layer conv" in view.grad_cam_note.text()
    # Hidden, the tab keeps the old outputs until shown: a model of another input shape and a
    # language switch in between used to raise inside changeEvent.
    view.hide()
    view.session.select(next(e for e in view.session.entries if e.shipped_key == "mnist_cnn"))
    qtbot.waitUntil(lambda: not view.session.busy, timeout=60_000)
    for language in (i18n.PORTUGUESE, i18n.ENGLISH):
        i18n.apply_language(language, remember=False)
        qtbot.wait(20)  # the LanguageChange events are delivered while hidden
    view.show()
    wait_settled(qtbot, view)
    assert view.input_view.heat_visible() and "Grad-CAM for “7”" in view.grad_cam_note.text()
