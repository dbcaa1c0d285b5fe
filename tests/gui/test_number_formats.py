"""Numbers as the interface's language writes them, and one rounding for percentages."""

import numpy as np
from pytestqt.qtbot import QtBot

from gui import i18n
from gui.widgets.probability_bars import ProbabilityBars


def test_lesson_numbers_use_the_languages_decimal_separator(qtbot: QtBot) -> None:
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    assert [i18n.lesson_number(v) for v in (1.75, 20 / 9, -0.5, 19.0)] == [
        "1,75", "2,222", "−0,5", "19"]
    i18n.apply_language(i18n.ENGLISH, remember=False)
    assert i18n.lesson_number(1.75) == "1.75"


def test_a_verdict_and_its_bar_round_alike(qtbot: QtBot) -> None:
    """"100 % sure" above a bar saying 99,9 % was seen: an almost-certain answer is 99,9."""
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    assert i18n.percent(0.99996) == "99,9"
    assert i18n.percent(1.0) == "100,0"
    assert i18n.percent(0.8734) == "87,3"
    bars = ProbabilityBars()
    qtbot.addWidget(bars)
    probabilities = np.array([0.99996] + [0.00004 / 9] * 9)
    bars.set_probabilities(probabilities, [str(d) for d in range(10)])
    assert bars.percent_text(0) == "99,9 %"


def test_chart_ticks_write_decimal_commas_in_portuguese(qtbot: QtBot) -> None:
    """The colour bar beside the kernel editor's response wrote 0.5 and −2.5 with points."""
    import pyqtgraph as pg

    axis = pg.AxisItem("left")
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    assert axis.tickStrings([-2.5, 0.0, 0.5], 1.0, 0.5) == ["-2,5", "0", "0,5"]
    i18n.apply_language(i18n.ENGLISH, remember=False)
    assert axis.tickStrings([0.5], 1.0, 0.5) == ["0.5"]
