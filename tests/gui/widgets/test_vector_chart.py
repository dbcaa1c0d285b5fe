"""Bar chart of one vector: values, labels, item reuse and hovering a column."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from gui.widgets.vector_chart import VectorChart

DIGITS = [str(digit) for digit in range(10)]


@pytest.fixture
def chart(qtbot: QtBot) -> VectorChart:
    widget = VectorChart()
    qtbot.addWidget(widget)
    widget.resize(500, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_values_and_labels_are_shown(chart: VectorChart) -> None:
    values = np.linspace(0, 0.9, 10)
    chart.set_values(values, DIGITS)
    assert np.array_equal(chart.values(), values)
    assert chart.labels() == DIGITS
    assert np.array_equal(chart.bar_item().opts["height"], values)
    ticks = chart.getPlotItem().getAxis("bottom")._tickLevels
    assert ticks == [list(enumerate(DIGITS))]
    chart.set_values(np.arange(3.0))
    assert chart.labels() is None and chart.getPlotItem().getAxis("bottom")._tickLevels is None
    chart.grab()


def test_long_names_that_cannot_fit_leave_only_the_answer_named(
        chart: VectorChart, qtbot: QtBot) -> None:
    names = ["avião", "automóvel", "pássaro", "gato", "cervo", "cachorro", "sapo", "cavalo",
             "navio", "caminhão"]
    values = np.full(10, 0.01)
    values[3] = 0.91
    chart.resize(1200, 300)  # wide: every name fits under its bar
    qtbot.wait(50)
    chart.set_values(values, names)
    assert chart.getPlotItem().getAxis("bottom")._tickLevels == [list(enumerate(names))]
    chart.resize(150, 300)  # the Activations tab's narrow column
    qtbot.wait(50)
    assert chart.getPlotItem().getAxis("bottom")._tickLevels == [[(3, "gato")]]
    assert chart.labels() == names and chart.tooltip_for(5).startswith("cachorro")
    values[3], values[5] = 0.01, 0.91
    chart.set_values(values, names)
    assert chart.getPlotItem().getAxis("bottom")._tickLevels == [[(5, "cachorro")]]


def test_the_bar_item_is_reused(chart: VectorChart) -> None:
    chart.set_values(np.ones(128))
    bars = chart.bar_item()
    chart.set_values(np.zeros(128))
    chart.set_values(np.ones(10), DIGITS)
    chart.clear()
    assert chart.values().size == 0
    chart.set_values(np.ones(5))
    assert chart.bar_item() is bars
    assert len(chart.getPlotItem().listDataItems()) == 1


def test_wrong_shapes_are_refused(chart: VectorChart) -> None:
    with pytest.raises(ValueError, match="1-D"):
        chart.set_values(np.zeros((2, 2)))
    with pytest.raises(ValueError, match="labels"):
        chart.set_values(np.zeros(3), DIGITS)


def test_hover_reports_index_and_value(chart: VectorChart, qtbot: QtBot) -> None:
    values = np.array([0.1, 0.0, 0.7, -0.2])
    chart.set_values(values, ["a", "b", "c", "d"])
    seen: list[tuple] = []
    chart.hovered.connect(lambda *args: seen.append(args))
    with qtbot.waitSignal(chart.hovered):
        qtbot.mouseMove(chart.viewport(), chart.column_centre(2).toPoint())
    assert seen[-1] == (2, pytest.approx(0.7))
    assert chart.getPlotItem().getViewBox().toolTip() == "c: 0.7"
    # A column at zero can still be read: hovering is by column, not by bar.
    qtbot.mouseMove(chart.viewport(), chart.column_centre(1).toPoint())
    assert seen[-1] == (1, 0.0)
    # The pointer rests while the values change: the new value is reported.
    qtbot.mouseMove(chart.viewport(), chart.column_centre(2).toPoint())
    chart.set_values(values * 2, ["a", "b", "c", "d"])
    assert seen[-1] == (2, pytest.approx(1.4))
    with qtbot.waitSignal(chart.left):
        qtbot.mouseMove(chart.viewport(), QPoint(2, 2))
