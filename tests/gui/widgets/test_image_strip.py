"""Image strip: images and captions, clearing, tooltips, and pixels kept as visible blocks."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from gui.widgets.image_strip import ImageStrip, to_grey8

CAPTIONS = ["as drawn", "cropped", "20×20", "centred 28×28"]


def pipeline(as_float: bool = False) -> list[tuple[str, np.ndarray]]:
    """Random grey levels in the pipeline's sizes, as uint8 0–255 or the same as float 0–1."""
    rng = np.random.default_rng(0)
    shapes = [(280, 280), (143, 97), (20, 20), (28, 28)]
    images = [rng.integers(0, 256, shape, dtype=np.uint8) for shape in shapes]
    return [(caption, image / 255.0 if as_float else image)
            for caption, image in zip(CAPTIONS, images, strict=True)]


@pytest.fixture
def strip(qtbot: QtBot) -> ImageStrip:
    widget = ImageStrip()
    qtbot.addWidget(widget)
    widget.resize(640, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_images_and_captions_are_shown(strip: ImageStrip) -> None:
    items = pipeline()
    strip.set_images(items)
    assert strip.count() == 4 and strip.captions() == CAPTIONS
    assert np.array_equal(strip.image(3), items[3][1])
    assert strip.image(1).shape == (143, 97)
    strip.set_captions(["a", "b", "c", "d"])  # a new language: the images stay
    assert strip.captions() == ["a", "b", "c", "d"] and strip.image(3) is not None


def test_clear_keeps_the_captions_and_empties_the_boxes(strip: ImageStrip) -> None:
    strip.set_images(pipeline())
    strip.clear()
    assert strip.captions() == CAPTIONS
    assert all(strip.image(i) is None for i in range(4))
    strip.set_captions(["one", "two"])
    assert strip.count() == 2
    strip.grab()


def test_tooltips_give_the_size_in_pixels(strip: ImageStrip) -> None:
    strip.set_images(pipeline())
    assert strip.tooltip_for(3).startswith("28 × 28 pixels")
    assert strip.tooltip_for(1) == "97 × 143 pixels\n143 rows, 97 columns"
    centre = strip.cell_rect(2).center().toPoint()
    assert strip.index_at(centre) == 2
    QApplication.sendEvent(strip, QHelpEvent(QEvent.Type.ToolTip, centre,
                                             strip.mapToGlobal(centre)))
    assert QToolTip.text() == strip.tooltip_for(2)
    strip.clear()
    assert strip.tooltip_for(2) == "No image yet"


def test_cells_are_square_and_pixels_are_whole_blocks(strip: ImageStrip) -> None:
    strip.set_images(pipeline())
    cell = strip.cell_rect(3)
    assert cell.width() == cell.height()
    target = strip.image_rect(3)
    assert target.width() % 28 == 0 and target.width() >= 2 * 28
    assert cell.contains(target)
    tall = strip.image_rect(1)  # 143 × 97 keeps its aspect
    assert tall.height() / tall.width() == pytest.approx(143 / 97, rel=0.02)


def test_float_and_uint8_images_give_the_same_picture(qtbot: QtBot) -> None:
    pictures = []
    inverted = [*pipeline()[:3], (CAPTIONS[3], 255 - pipeline()[3][1])]
    for items in (pipeline(), pipeline(as_float=True), inverted):
        strip = ImageStrip()
        qtbot.addWidget(strip)
        strip.resize(640, 200)
        strip.set_images(items)
        pictures.append(strip.grab().toImage())
    assert pictures[0] == pictures[1]
    assert pictures[0] != pictures[2]  # and a different image does change the picture


def test_conversion_to_grey_levels() -> None:
    assert np.array_equal(to_grey8(np.array([[0.0, 0.5, 1.0, 2.0, -1.0]])),
                          [[0, 128, 255, 255, 0]])
    assert np.array_equal(to_grey8(np.arange(256, dtype=np.uint8)[None] / 255.0),
                          np.arange(256)[None])
    assert np.array_equal(to_grey8(np.array([[True, False]])), [[255, 0]])
    with pytest.raises(ValueError, match="2-D"):
        to_grey8(np.zeros((4, 4, 3)))


def test_every_caption_word_fits_even_at_the_smallest_size(strip: ImageStrip) -> None:
    # Desenhar's strip at 1024×768 read "lesenhad" and "recortadc": the box was narrower
    # than the longest Portuguese word under it.
    strip.set_captions(["como desenhado", "recortado", "20 × 20", "centrado 28 × 28"])
    strip.resize(strip.minimumSizeHint())
    QApplication.processEvents()
    metrics = strip.fontMetrics()
    for index, caption in enumerate(strip.captions()):
        room = strip.caption_rect(index)
        assert room.left() >= 0 and room.right() <= strip.width()
        for word in caption.split():
            assert metrics.horizontalAdvance(word) <= room.width(), (caption, word, room)
        if index:  # captions side by side never overlap
            assert strip.caption_rect(index - 1).right() < room.left()
