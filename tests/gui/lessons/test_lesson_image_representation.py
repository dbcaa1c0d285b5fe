"""The image-representation lesson, driven as a student drives it: pick, zoom, point."""

from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from gui.lessons.image_representation.lesson import ImageRepresentationLesson
from gui.session import LabSession
from gui.widgets.zoom_image_view import ZoomImageView

# A 4×4 RGB picture whose pixel (1, 2) is the hand-worked example: R 200, G 150, B 100,
# grey 0.299·200 + 0.587·150 + 0.114·100 = 159.25 → 159.
SYNTHETIC = np.zeros((4, 4, 3), np.uint8)
SYNTHETIC[..., 0] = np.arange(16).reshape(4, 4) * 10  # R: 0, 10, … 150
SYNTHETIC[..., 1] = 255 - np.arange(16).reshape(4, 4)  # G: 255 … 240
SYNTHETIC[..., 2] = 7
SYNTHETIC[1, 2] = (200, 150, 100)
VIEW_NAMES = ("imageView", "greyView", "redChannelView", "greenChannelView", "blueChannelView")


@pytest.fixture
def lesson(qtbot: QtBot) -> ImageRepresentationLesson:
    page = ImageRepresentationLesson(LabSession())
    qtbot.addWidget(page)
    page.resize(800, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def synthetic(lesson: ImageRepresentationLesson, tmp_path: Path) -> ImageRepresentationLesson:
    path = tmp_path / "four.png"
    cv2.imwrite(str(path), SYNTHETIC[:, :, ::-1])  # OpenCV writes B, G, R
    assert lesson.view.source.open_file(path)
    return lesson


def view(lesson: ImageRepresentationLesson, name: str) -> ZoomImageView:
    found = lesson.findChild(ZoomImageView, name)
    assert found is not None, f"no view named {name}"
    return found


def text(lesson: ImageRepresentationLesson, name: str) -> str:
    return lesson.findChild(QLabel, name).text()


def click(qtbot: QtBot, lesson: ImageRepresentationLesson, name: str) -> None:
    qtbot.mouseClick(lesson.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def labels_at(target: ZoomImageView) -> dict[tuple[int, int], tuple[str, ...]]:
    return {(label.row, label.col): label.lines for label in target.value_labels()}


def test_opens_on_the_colour_astronaut_with_its_three_channels(
        lesson: ImageRepresentationLesson) -> None:
    assert lesson.image().shape == (512, 512, 3)
    assert all(view(lesson, name).isVisible() for name in VIEW_NAMES)
    assert not lesson.findChild(QLabel, "singleChannelNote").isVisible()
    assert "786432 numbers" in text(lesson, "imageSizeLabel").replace(",", "")
    assert text(lesson, "pixelInfo") == "Point at a pixel to read its numbers."
    assert "0.299·R + 0.587·G + 0.114·B" in text(lesson, "greyFormula")


def test_channel_views_hold_the_right_values(synthetic: ImageRepresentationLesson) -> None:
    for index, name in enumerate(("redChannelView", "greenChannelView", "blueChannelView")):
        np.testing.assert_array_equal(view(synthetic, name).values(), SYNTHETIC[..., index])
    assert view(synthetic, "greyView").values()[1, 2] == 159
    # Four pixels fill the view: each is big enough to write its numbers at once.
    assert labels_at(view(synthetic, "imageView"))[(1, 2)] == ("200", "150", "100")
    assert labels_at(view(synthetic, "redChannelView"))[(1, 2)] == ("200",)
    assert labels_at(view(synthetic, "greenChannelView"))[(3, 3)] == ("240",)
    assert labels_at(view(synthetic, "blueChannelView"))[(0, 0)] == ("7",)
    assert labels_at(view(synthetic, "greyView"))[(1, 2)] == ("159",)


def test_hovering_reads_the_pixel_out(qtbot: QtBot, synthetic: ImageRepresentationLesson) -> None:
    green = view(synthetic, "greenChannelView")
    qtbot.mouseMove(green, green.pixel_centre(1, 2).toPoint())
    assert text(synthetic, "pixelInfo") == "Row 1, column 2\nR 200 · G 150 · B 100"
    assert text(synthetic, "greyFormula").endswith(
        "= 0.299·200 + 0.587·150 + 0.114·100\n= 159.25 → 159")
    # Every linked view marks the same pixel.
    assert all(view(synthetic, name).link.hover == (1, 2) for name in VIEW_NAMES)
    qtbot.mouseMove(green, green.pixel_centre(3, 0).toPoint())
    assert text(synthetic, "pixelInfo") == "Row 3, column 0\nR 120 · G 243 · B 7"


def test_zooming_in_writes_the_values_inside_the_pixels(
        qtbot: QtBot, lesson: ImageRepresentationLesson) -> None:
    image = view(lesson, "imageView")
    red = view(lesson, "redChannelView")
    assert image.value_labels() == [] and red.value_labels() == []  # the whole photo
    clicks = 0
    while not image.value_labels() and clicks < 15:
        click(qtbot, lesson, "zoomInButton")
        clicks += 1
    labels = image.value_labels()
    assert labels, "no numbers after 15 clicks on +"
    for label in labels:
        assert label.lines == tuple(str(v) for v in lesson.image()[label.row, label.col])
    # One number fits a pixel before three do: the channels already showed theirs.
    assert len(red.value_labels()) == len(labels)
    for label in red.value_labels():
        assert label.lines == (str(lesson.image()[label.row, label.col, 0]),)
    # All views show the same region.
    regions = {view(lesson, name).visible_region() for name in VIEW_NAMES}
    assert len(regions) == 1
    click(qtbot, lesson, "zoomFitButton")
    assert image.value_labels() == [] and image.visible_region() == (range(512), range(512))


def test_the_wheel_zooms_under_the_pointer_and_every_view_follows(
        lesson: ImageRepresentationLesson) -> None:
    blue = view(lesson, "blueChannelView")
    target = blue.pixel_centre(100, 300)
    for _ in range(16):
        event = QWheelEvent(target, blue.mapToGlobal(target), QPoint(), QPoint(0, 120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(blue, event)
    rows, cols = blue.visible_region()
    assert 100 in rows and 300 in cols and len(rows) < 20  # zoomed in around that pixel
    centre = blue.pixel_centre(100, 300)
    assert (centre - target).manhattanLength() < blue.current_viewport().scale
    assert view(lesson, "imageView").visible_region() == (rows, cols)
    assert "screen pixels" in text(lesson, "zoomLabel")


def test_dragging_pans_every_view(qtbot: QtBot, lesson: ImageRepresentationLesson) -> None:
    click(qtbot, lesson, "zoomNumbersButton")
    grey = view(lesson, "greyView")
    before = grey.visible_region()
    start = QPointF(grey.width() / 2, grey.height() / 2).toPoint()
    qtbot.mousePress(grey, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(grey, start + QPoint(120, 0))
    qtbot.mouseRelease(grey, Qt.MouseButton.LeftButton, pos=start + QPoint(120, 0))
    after = grey.visible_region()
    assert after[0] == before[0] and after[1].start == before[1].start - 2  # 60 px pixels
    assert view(lesson, "redChannelView").visible_region() == after


def test_a_grey_image_says_it_has_one_channel(qtbot: QtBot,
                                              lesson: ImageRepresentationLesson) -> None:
    lesson.view.source.choose("camera")
    QApplication.processEvents()  # the photo's view grows into the freed space
    note = lesson.findChild(QLabel, "singleChannelNote")
    assert note.isVisible() and "single channel" in note.text()
    assert not any(view(lesson, name).isVisible() for name in VIEW_NAMES[1:])
    assert not lesson.findChild(QCheckBox, "tintChannelsCheck").isEnabled()
    image = view(lesson, "imageView")
    qtbot.mouseMove(image, image.pixel_centre(10, 20).toPoint())
    assert text(lesson, "pixelInfo") == f"Row 10, column 20\nvalue {lesson.image()[10, 20]}"
    assert "× 1 channel =" in text(lesson, "imageSizeLabel")


def test_tinted_channels_are_drawn_in_their_own_colour(
        qtbot: QtBot, synthetic: ImageRepresentationLesson) -> None:
    red = view(synthetic, "redChannelView")
    point = red.pixel_centre(0, 3).toPoint() + QPoint(2, int(red.current_viewport().scale / 2.5))

    def colour_at() -> tuple[int, int, int]:
        colour = red.grab().toImage().pixelColor(point)
        return colour.red(), colour.green(), colour.blue()

    assert colour_at() == (30, 30, 30)  # grey by default: R = 30 as brightness
    tint = synthetic.findChild(QCheckBox, "tintChannelsCheck")
    qtbot.mouseClick(tint, Qt.MouseButton.LeftButton, pos=QPoint(8, tint.height() // 2))
    assert tint.isChecked()
    assert colour_at() == (30, 0, 0)


def test_a_language_change_keeps_the_pixel_and_localises_numbers(
        qtbot: QtBot, synthetic: ImageRepresentationLesson) -> None:
    from gui import i18n

    red = view(synthetic, "redChannelView")
    qtbot.mouseMove(red, red.pixel_centre(1, 2).toPoint())
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    QApplication.processEvents()
    # Still the hovered pixel, its arithmetic now with decimal commas.
    assert "200" in text(synthetic, "pixelInfo") and "150" in text(synthetic, "pixelInfo")
    assert "0,299·200 + 0,587·150 + 0,114·100" in text(synthetic, "greyFormula")
    assert "159,25 → 159" in text(synthetic, "greyFormula")
