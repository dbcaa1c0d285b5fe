"""Probability bars: what is kept, the top class, the empty state, tooltips and rendering."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from gui.widgets.probability_bars import ProbabilityBars

DIGITS = [str(digit) for digit in range(10)]


@pytest.fixture
def bars(qtbot: QtBot) -> ProbabilityBars:
    widget = ProbabilityBars()
    qtbot.addWidget(widget)
    return widget


def test_values_and_labels_are_kept(bars: ProbabilityBars) -> None:
    values = np.full(10, 0.02)
    values[7] = 0.82
    bars.set_probabilities(values, DIGITS)
    assert np.array_equal(bars.probabilities(), values)
    assert bars.labels() == DIGITS
    assert bars.top_class() == 7
    values[7] = 0  # the widget keeps its own copy
    assert bars.probabilities()[7] == pytest.approx(0.82)


def test_none_or_empty_shows_the_labels_without_values(bars: ProbabilityBars) -> None:
    bars.set_probabilities(None, DIGITS)
    assert bars.probabilities() is None and bars.top_class() is None
    assert bars.labels() == DIGITS
    bars.set_probabilities(np.zeros(0), ["a", "b"])
    assert bars.probabilities() is None and bars.labels() == ["a", "b"]
    assert "no prediction" in bars.tooltip_for(1)


@pytest.mark.parametrize("values", [np.ones(9) / 9, np.ones((2, 5)) / 10])
def test_one_value_per_label_or_a_value_error(bars: ProbabilityBars, values: np.ndarray) -> None:
    with pytest.raises(ValueError, match="one per label"):
        bars.set_probabilities(values, DIGITS)


def test_non_finite_values_are_refused(bars: ProbabilityBars) -> None:
    with pytest.raises(ValueError, match="finite"):
        bars.set_probabilities(np.array([np.nan, 1.0]), ["a", "b"])


def test_each_row_has_a_tooltip_with_the_exact_value(bars: ProbabilityBars, qtbot: QtBot
                                                     ) -> None:
    labels = ["Camiseta/top", "Calça", "Suéter"]
    bars.set_probabilities(np.array([0.8732141, 0.1, 0.0267859]), labels)
    bars.resize(bars.sizeHint())
    bars.show()
    qtbot.waitExposed(bars)
    centre = bars.row_rect(0).center().toPoint()
    assert bars.row_at(centre) == 0
    assert bars.row_at(bars.row_rect(2).center().toPoint()) == 2
    assert bars.row_at(QPoint(5, bars.height() + 50)) is None
    assert bars.tooltip_for(0) == "Camiseta/top: 87.32 % (probability 0.873214)"
    event = QHelpEvent(QEvent.Type.ToolTip, centre, bars.mapToGlobal(centre))
    QApplication.sendEvent(bars, event)
    assert QToolTip.text() == bars.tooltip_for(0)


def test_numbers_follow_the_language(bars: ProbabilityBars) -> None:
    from gui import i18n

    bars.set_probabilities(np.array([0.8732141, 0.1267859]), ["a", "b"])
    i18n.apply_language(i18n.PORTUGUESE, remember=False)  # the fixture switches back
    assert "87,32 %" in bars.tooltip_for(0) and "0,873214" in bars.tooltip_for(0)


def test_size_hints_suit_ten_classes(bars: ProbabilityBars) -> None:
    bars.set_probabilities(np.ones(10) / 10, DIGITS)
    hint, minimum = bars.sizeHint(), bars.minimumSizeHint()
    row = bars.row_rect(1).top() - bars.row_rect(0).top()
    assert hint.height() >= 10 * bars.fontMetrics().height()
    assert minimum.width() <= hint.width() and minimum.height() < hint.height()
    assert row > 0


@pytest.mark.parametrize("count", [2, 10, 47, 100])
def test_any_number_of_classes_renders(bars: ProbabilityBars, qtbot: QtBot, count: int) -> None:
    values = np.random.default_rng(count).dirichlet(np.ones(count))
    labels = [f"class number {i} with a long name" for i in range(count)]
    bars.resize(420, 360)
    bars.show()
    qtbot.waitExposed(bars)
    bars.set_probabilities(values, labels)
    image = bars.grab().toImage()
    assert not image.isNull() and image.width() == round(420 * image.devicePixelRatio())
    # Rows shrink to fit the height instead of running off the bottom.
    assert bars.row_rect(count - 1).bottom() <= bars.height()
    bars.set_probabilities(None, labels)
    bars.grab()


def test_the_top_class_is_drawn_in_the_accent_colour(bars: ProbabilityBars, qtbot: QtBot
                                                      ) -> None:
    values = np.array([0.1, 0.7, 0.2])
    bars.set_probabilities(values, ["a", "b", "c"])
    bars.resize(bars.sizeHint())
    bars.show()
    qtbot.waitExposed(bars)
    image = bars.grab().toImage()
    ratio = image.width() / bars.width()  # device pixels per widget pixel

    def colour_at_bar_start(index: int) -> str:
        rect = bars.row_rect(index)
        point = QPoint(int(rect.width() * 0.45 * ratio), int(rect.center().y() * ratio))
        return image.pixelColor(point).name()

    assert colour_at_bar_start(1) == "#1565c0"
    assert colour_at_bar_start(2) != "#1565c0"
