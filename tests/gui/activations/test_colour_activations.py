"""The Activations tab on colour: CIFAR-10 photos, opened photos, RGB channels and filters.

Any weights show these behaviours, so the tests use the colour model as shipped (a stand-in
with random weights in a work tree) and never its accuracy.
"""

from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from engine.datasets.base import Dataset
from gui import i18n
from gui.activations import photo_source
from gui.activations.photo_source import CIFAR, DRAWING, FILE
from gui.activations.tab import EMPTY, MAPS, ActivationsTab
from gui.session import LabSession, LoadedModel, load_for_interaction, shipped_entry
from gui.widgets.filter_grid import FilterGrid
from tests.gui.drawing_helpers import draw_seven, make_draw_tab, wait_settled


@pytest.fixture(scope="module")
def cifar() -> Dataset:
    from engine.datasets.cifar import load_cifar10

    return load_cifar10()  # about 3 s: once for the module


_LOADED: dict[str, LoadedModel] = {}


def make_tab(qtbot: QtBot, session: LabSession, model: str) -> ActivationsTab:
    # Each model is loaded (and compiled) once for the module: the machine is shared, and the
    # loading itself is the session's business, tested in its own tests.
    if model not in _LOADED:
        _LOADED[model] = load_for_interaction(shipped_entry(model))
    session.current = _LOADED[model]
    session.modelChanged.emit()  # as the session does when a load finishes
    view = ActivationsTab(session)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    wait_settled(qtbot, view)
    return view


@pytest.fixture
def colour_tab(qtbot: QtBot, cifar: Dataset) -> Iterator[ActivationsTab]:
    session = LabSession()
    session.datasets["cifar10"] = cifar
    yield make_tab(qtbot, session, "cifar10_cnn")


def choose(qtbot: QtBot, view: ActivationsTab, source: str) -> None:
    view.source.set_source(source)
    qtbot.waitUntil(lambda: not view.source.is_loading(), timeout=120_000)
    wait_settled(qtbot, view)


def test_a_cifar_photo_is_shown_in_colour_with_its_three_channels(
        qtbot: QtBot, colour_tab: ActivationsTab, cifar: Dataset) -> None:
    view = colour_tab
    choose(qtbot, view, CIFAR)
    photo = cifar.x_test[0]
    np.testing.assert_allclose(view.input_view.image(), photo / 255.0, atol=1e-6)
    name = cifar.class_names[int(cifar.y_test[0])]
    assert view.source.caption.text() == f"Test photo 1 of 10,000 — true class: {name}"
    red, green, blue = view.channels.images()
    np.testing.assert_array_equal(red[:, :, 0], photo[:, :, 0])
    assert not red[:, :, 1:].any() and not green[:, :, ::2].any() and not blue[:, :, :2].any()
    np.testing.assert_array_equal(blue[:, :, 2], photo[:, :, 2])
    assert view.channels.isVisible()
    assert [c.text() for c in view.channels.captions] == ["Red", "Green", "Blue"]
    # The input outlined on hover, its three values read out.
    view.input_view.hovered.emit(4, 7, 0.0)
    r, g, b = (i18n.number(v / 255.0, 3) for v in photo[4, 7])
    assert view.hover_info.text() == f"Input, row 4, column 7: red {r}, green {g}, blue {b}"


def test_the_colour_model_s_layers_read_the_photo(
        qtbot: QtBot, colour_tab: ActivationsTab, cifar: Dataset) -> None:
    view = colour_tab
    choose(qtbot, view, CIFAR)
    assert view.centre.currentIndex() == MAPS
    assert view.maps.maps().shape == (32, 32, 32)  # conv1: 32 maps of 32 × 32
    expected = view.session.current.predictor.activations(cifar.x_test[0])[1].output
    np.testing.assert_allclose(view.maps.maps(), expected, atol=1e-5)
    view.layers.select_layer("conv6_relu")
    assert view.maps.maps().shape == (8, 8, 128)
    view.layers.select_layer("probabilities")
    assert view.bars.labels() == cifar.class_names
    # Receptive fields are outlined on the photo: conv2's cell (10, 10) reads conv1's rows
    # and columns 9–11 ('same' 3×3), which read the photo's 8–12: 5 × 5 pixels.
    view.layers.select_layer("conv2")
    view.maps.hovered.emit(0, 10, 10, 0.5)
    assert view.input_view.outline_rect().getRect() == (8, 8, 5, 5)


def test_next_previous_and_random_browse_the_test_photos(
        qtbot: QtBot, colour_tab: ActivationsTab, cifar: Dataset) -> None:
    view = colour_tab
    choose(qtbot, view, CIFAR)
    buttons = (view.source.previous_button, view.source.next_button, view.source.random_button)
    assert all(button.isVisible() and button.isEnabled() for button in buttons)
    assert view.source.open_button.isHidden()
    view.source.next_button.click()
    view.source.next_button.click()
    wait_settled(qtbot, view)
    np.testing.assert_allclose(view.input_view.image(), cifar.x_test[2] / 255.0, atol=1e-6)
    assert view.source.caption.text().startswith("Test photo 3 of 10,000")
    view.source.previous_button.click()
    view.source.previous_button.click()
    view.source.previous_button.click()  # wraps round to the last photo
    wait_settled(qtbot, view)
    assert view.source.caption.text().startswith("Test photo 10,000 of 10,000")
    view.source.random_button.click()
    wait_settled(qtbot, view)
    number = int(view.source.caption.text().split()[2].replace(",", ""))
    np.testing.assert_allclose(view.input_view.image(), cifar.x_test[number - 1] / 255.0,
                               atol=1e-6)


def test_first_layer_filters_are_colour_tiles_with_their_three_slices(
        qtbot: QtBot, colour_tab: ActivationsTab) -> None:
    view = colour_tab
    choose(qtbot, view, CIFAR)
    view.layers.select_layer("conv1")
    qtbot.mouseClick(view.maps.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.maps.pixel_centre(6, 3, 3).toPoint())
    assert view.filter_stack.currentWidget() is view.filters
    assert view.filters.mode() == "rgb" and view.filters.thumbnail_count() == 32
    assert view.filters.selected_index() == 6
    assert view.details.isTabVisible(2) and view.details.tabText(2) == "RGB"
    assert view.filter_tile.pixmap().size().toTuple() == (60, 60)
    tile = view.filter_tile.pixmap().toImage()
    expected = view.filters.image_item(6).image  # filter 6's colours, 3 × 3, 20 px a weight
    assert tile.pixelColor(50, 10).getRgb()[:3] == tuple(expected[0, 2])
    assert view.filter_slices.thumbnail_count() == 3
    assert [view.filter_slices.title(i) for i in range(3)] == ["R", "G", "B"]
    assert view.slices_caption.text().startswith("Filter 6: its red, green and blue slices")
    # Deeper layers have 32 input channels: no colour tiles, no RGB slices.
    view.layers.select_layer("conv2")
    assert view.filters.mode() == "inputs" and not view.details.isTabVisible(2)


def test_a_filter_tile_s_colours_come_from_its_weights(qtbot: QtBot) -> None:
    kernel = np.zeros((3, 3, 3, 2), np.float32)
    kernel[0, 0, 0, 0] = 2.0  # filter 0 likes red at its top-left corner
    kernel[1, 1, 2, 1] = -2.0  # filter 1 dislikes blue at its centre
    kernel[2, 2, 1, 1] = 1.0  # and likes green, half as much, at its bottom-right
    grid = FilterGrid()
    qtbot.addWidget(grid)
    grid.set_kernel(kernel)
    first, second = (grid.image_item(i).image for i in range(2))
    assert tuple(first[0, 0]) == (255, 128, 128)  # +max red, 0 (grey) in green and blue
    assert tuple(first[1, 1]) == (128, 128, 128)  # a zero weight is mid-grey
    assert tuple(second[1, 1]) == (128, 128, 0)
    assert tuple(second[2, 2]) == (128, 191, 128)
    grid.set_kernel(kernel, 1, slices=True)
    assert grid.mode() == "inputs" and grid.thumbnail_count() == 3
    assert [grid.title(i) for i in range(3)] == ["R", "G", "B"]


def test_grad_cam_over_a_colour_photo(qtbot: QtBot, colour_tab: ActivationsTab) -> None:
    view = colour_tab
    choose(qtbot, view, CIFAR)
    view.findChild(QCheckBox, "gradCamCheck").setChecked(True)
    assert view.input_view.heat_visible() and view.input_view.image().shape == (32, 32, 3)
    heat = view.input_view.heat_item.image
    assert heat.shape == (32, 32) and heat.min() >= 0.0 and heat.max() <= 1.0
    view.layers.select_layer("probabilities")
    answer = view.session.current.labels()[int(np.argmax(view.bars.values()))]
    assert f"Grad-CAM for “{answer}” from layer conv6_relu" in view.grad_cam_note.text()


def _two_colour_photo(path: Path) -> np.ndarray:
    """A 120 × 80 photo, red on the left and blue on the right, written as a PNG."""
    rgb = np.zeros((80, 120, 3), np.uint8)
    rgb[:, :60] = (220, 30, 20)
    rgb[:, 60:] = (10, 40, 200)
    cv2.imwrite(str(path), cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
    return rgb


def test_an_opened_photo_is_shown_resized_to_what_the_model_reads(
        qtbot: QtBot, colour_tab: ActivationsTab, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    view = colour_tab
    rgb = _two_colour_photo(tmp_path / "two colours.png")
    monkeypatch.setattr(photo_source.QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(tmp_path / "two colours.png"), ""))
    view.source.set_source(FILE)
    view.source.open_button.click()
    wait_settled(qtbot, view)
    assert view.source.caption.text() == "Photo “two colours.png”"
    assert view.source.step_caption.text() == ("Original 120 × 80 pixels → 32 × 32, as the "
                                               "model reads it")
    width, height = view.source.original.pixmap().size().toTuple()
    assert width == 52 and height in (34, 35)  # the original keeps its proportions
    assert view.source.seen.pixmap().size().toTuple() == (52, 52)
    seen = view.input_view.image()
    assert seen.shape == (32, 32, 3)
    np.testing.assert_allclose(seen[:, 0], np.tile(rgb[0, 0] / 255.0, (32, 1)), atol=1e-6)
    np.testing.assert_allclose(seen[:, -1], np.tile(rgb[0, -1] / 255.0, (32, 1)), atol=1e-6)
    assert view.centre.currentIndex() == MAPS
    # The nearest-neighbour enlargement keeps the seen photo's pixels as blocks.
    image = view.source.seen.pixmap().toImage()
    assert image.pixelColor(0, 0).getRgb()[:3] == tuple(rgb[0, 0])


def test_a_file_that_is_not_an_image_gets_a_message(
        qtbot: QtBot, colour_tab: ActivationsTab, tmp_path: Path) -> None:
    view = colour_tab
    broken = tmp_path / "notes.png"
    broken.write_text("not a picture")
    view.source.set_source(FILE)
    assert not view.source.open_photo(str(broken))
    assert "“notes.png” is not an image this program can read" in view.source.caption.text()
    wait_settled(qtbot, view)
    assert view.centre.currentIndex() == EMPTY


def test_the_drawing_is_refused_by_the_colour_model(qtbot: QtBot, cifar: Dataset) -> None:
    session = LabSession()
    session.datasets["cifar10"] = cifar
    draw = make_draw_tab(qtbot, session)
    draw_seven(draw.canvas)
    wait_settled(qtbot, draw)
    view = make_tab(qtbot, session, "cifar10_cnn")
    view.findChild(QCheckBox, "gradCamCheck").setChecked(True)
    assert view.source.source() == DRAWING
    assert view.centre.currentIndex() == EMPTY
    assert view.empty_note.text().startswith("This model reads colour photos, and the drawing "
                                             "is grey")
    assert not view.input_view.heat_visible()
    assert view.grad_cam_note.text().startswith("Where did the network look?")
    draw_seven(draw.canvas)  # more strokes: still refused, still no traceback
    wait_settled(qtbot, draw)
    wait_settled(qtbot, view)
    assert view.centre.currentIndex() == EMPTY
    choose(qtbot, view, CIFAR)
    assert view.centre.currentIndex() == MAPS and view.input_view.heat_visible()
    view.source.set_source(DRAWING)  # back to the drawing: no stale heat, note or map
    wait_settled(qtbot, view)
    assert view.centre.currentIndex() == EMPTY and not view.input_view.heat_visible()
    assert view.grad_cam_note.text().startswith("Where did the network look?")
    assert view.enlarged.image().shape == (1, 1)


def test_a_grey_model_reads_a_colour_photo_in_grey_with_a_note(
        qtbot: QtBot, cifar: Dataset) -> None:
    session = LabSession()
    session.datasets["cifar10"] = cifar
    view = make_tab(qtbot, session, "mnist_cnn")
    choose(qtbot, view, CIFAR)
    assert view.input_note.isVisible()
    assert view.input_note.text() == ("This model reads grey pictures: the colour photo is "
                                      "shown to it in grey.")
    assert view.input_view.image().shape == (28, 28) and view.channels.isHidden()
    assert view.maps.maps().shape == (28, 28, 32)
    view.source.set_source(DRAWING)
    wait_settled(qtbot, view)
    assert view.input_note.isHidden()


def test_the_photos_load_in_the_background_the_first_time(qtbot: QtBot) -> None:
    session = LabSession()
    view = make_tab(qtbot, session, "cifar10_cnn")
    view.source.set_source(CIFAR)
    assert view.source.caption.text() == "Loading the CIFAR-10 photos…"
    wait_settled(qtbot, view)
    assert view.empty_note.text() == "Loading the CIFAR-10 photos…"
    qtbot.waitUntil(lambda: "cifar10" in session.datasets, timeout=120_000)
    wait_settled(qtbot, view)
    assert view.source.caption.text().startswith("Test photo 1 of 10,000 — true class:")
    assert view.input_view.image().shape == (32, 32, 3)


def test_the_true_class_is_named_in_portuguese(qtbot: QtBot, colour_tab: ActivationsTab,
                                               cifar: Dataset) -> None:
    view = colour_tab
    choose(qtbot, view, CIFAR)
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    qtbot.wait(20)
    name = cifar.class_names_pt[int(cifar.y_test[0])]
    assert view.source.caption.text() == f"Foto de teste 1 de 10.000 — classe verdadeira: {name}"
    assert [c.text() for c in view.channels.captions] == ["Vermelho", "Verde", "Azul"]
