"""The Evaluation tab on colour photos: the confusion matrix's cells show their photos in colour,
enlarged without blur, when hovered (in the tooltip) and when clicked (the thumbnails)."""

from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QTextDocument
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from engine.datasets.cifar import CIFAR_NAMES, CIFAR_NAMES_PT
from engine.numerics import metrics
from engine.training.trainer import Evaluation
from gui.evaluation.cell_examples import enlarged
from gui.evaluation.tab import EvaluationTab
from gui.session import LabSession

LEFT = Qt.MouseButton.LeftButton
RED, BLUE = (220, 30, 30), (30, 30, 220)


def photo(colour: tuple[int, int, int], index: int) -> np.ndarray:
    """A 32 × 32 colour photo with a one-pixel mark, so each is different."""
    image = np.zeros((32, 32, 3), np.uint8)
    image[:] = colour
    image[index % 32, index % 32] = (255, 255, 255)
    return image


def cat_dog_evaluation() -> tuple[Evaluation, np.ndarray]:
    """Ten cats (red photos): 6 right, 4 read as dogs; ten dogs (blue): all right."""
    y_true = np.array([3] * 10 + [5] * 10)
    y_pred = np.array([3] * 6 + [5] * 4 + [5] * 10)
    probabilities = np.full((20, 10), 0.02)
    probabilities[np.arange(20), y_pred] = np.linspace(0.5, 0.8, 20)
    images = np.stack([photo(RED if label == 3 else BLUE, i) for i, label in enumerate(y_true)])
    evaluation = Evaluation(y_true, y_pred, probabilities,
                            metrics.confusion_matrix(y_true, y_pred, 10),
                            metrics.classification_report(y_true, y_pred, num_classes=10))
    return evaluation, images


@pytest.fixture
def tab(qtbot: QtBot) -> Iterator[EvaluationTab]:
    view = EvaluationTab(LabSession())
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    evaluation, images = cat_dog_evaluation()
    view.show_evaluation(evaluation, images, CIFAR_NAMES, CIFAR_NAMES_PT)
    yield view
    view.wait()
    view.view.chooser.wait()


def rendered(html: str) -> QImage:
    document = QTextDocument()
    document.setHtml(html)
    image = QImage(document.size().toSize(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)

    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    return image


def has_colour(image: QImage, rgb: tuple[int, int, int]) -> bool:
    target = image.convertToFormat(QImage.Format.Format_RGB888)
    pixels = np.frombuffer(target.constBits(), np.uint8).reshape(
        target.height(), target.bytesPerLine())[:, : 3 * target.width()].reshape(
        target.height(), target.width(), 3)
    return bool((np.abs(pixels.astype(int) - rgb).sum(axis=2) < 10).any())


def test_hovering_a_cell_shows_its_photos_in_colour(qtbot: QtBot, tab: EvaluationTab) -> None:
    matrix = tab.view.matrix
    html = matrix.tooltip_html(3, 5)  # cats read as dogs
    assert html.count("<img") == 4
    assert "True class cat, predicted dog: 4 images" in html
    picture = rendered(html)
    assert has_colour(picture, RED) and not has_colour(picture, BLUE)
    assert matrix.tooltip_html(5, 5).count("<img") == 6  # at most six in a tooltip
    assert matrix.tooltip_html(5, 3).count("<img") == 0  # no dog was read as a cat
    # The mouse: moving over the cell puts that text up as the tooltip.
    centre = matrix.cell_rect(3, 5).center().toPoint()
    event = QMouseEvent(QMouseEvent.Type.MouseMove, centre, matrix.mapToGlobal(centre),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(matrix, event)
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text().count("<img") == 4


def test_clicking_a_cell_shows_its_photos_as_sharp_colour_thumbnails(
        qtbot: QtBot, tab: EvaluationTab) -> None:
    matrix = tab.view.matrix
    qtbot.mouseClick(matrix, LEFT, pos=matrix.cell_rect(3, 5).center().toPoint())
    examples = tab.view.examples
    assert examples.count() == 4
    assert examples.captions()[0].startswith("cat → dog")
    icon = examples.item(0).icon().pixmap(64, 64).toImage()
    assert (icon.width(), icon.height()) == (64, 64)  # 2 screen pixels per photo pixel
    assert has_colour(icon, RED)


def test_photos_are_enlarged_by_whole_pixels_without_smoothing() -> None:
    image = photo(RED, 0)
    image[1, 0] = BLUE
    big = enlarged(image, 64).convertToFormat(QImage.Format.Format_RGB888)
    assert (big.width(), big.height()) == (64, 64)
    # Pixel (row 1, column 0) becomes a sharp 2 × 2 block: no blend with its neighbours.
    for x, y in ((0, 2), (1, 2), (0, 3), (1, 3)):
        assert big.pixelColor(QPoint(x, y)).getRgb()[:3] == BLUE
    assert big.pixelColor(QPoint(2, 2)).getRgb()[:3] == RED
    digit = enlarged(np.zeros((28, 28), np.uint8), 64)
    assert (digit.width(), digit.height()) == (56, 56)
