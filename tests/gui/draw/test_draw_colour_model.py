"""The Draw tab with the colour model: the canvas still draws, but the grey drawing is not fed
to a model of colour photos — the refusal says why and what to do, and no bars are left over."""

from pathlib import Path

import cv2
import numpy as np
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from gui.draw.tab import DrawTab
from gui.session import LabSession, shipped_entry
from tests.gui.drawing_helpers import drag, draw_seven, make_draw_tab, wait_settled

REFUSAL = "This model reads colour photos; the drawing is grey"


def choose(qtbot: QtBot, tab: DrawTab, key: str) -> None:
    tab.session.select(shipped_entry(key))
    tab.session.wait(120)
    qtbot.waitUntil(lambda: tab.session.current is not None
                    and tab.session.current.entry.key == key, timeout=120_000)
    wait_settled(qtbot, tab)


def shown(tab: DrawTab) -> tuple[str, str]:
    return (tab.findChild(QLabel, "predictedDigit").text(),
            tab.findChild(QLabel, "predictionVerdict").text())


def test_the_colour_model_refuses_the_drawing_and_leaves_no_stale_bars(qtbot: QtBot) -> None:
    tab = make_draw_tab(qtbot, LabSession())
    draw_seven(tab.canvas)
    wait_settled(qtbot, tab)
    assert shown(tab)[0] == "7" and tab.bars.probabilities() is not None
    choose(qtbot, tab, "cifar10_cnn")
    digit, verdict = shown(tab)
    assert digit == "" and REFUSAL in verdict and "Webcam" in verdict
    assert tab.bars.probabilities() is None and not tab.bars.isVisible()
    drag(tab.canvas, [(60, 200), (220, 200)])  # the canvas still draws, the strip still shows
    wait_settled(qtbot, tab)
    assert tab.canvas.sketch.pixels()[200, 60:220].any()
    assert tab.strip.isVisible() and tab.session.input_image is not None
    assert shown(tab) == (digit, verdict) and tab.bars.probabilities() is None
    choose(qtbot, tab, "mnist_cnn")  # back to a digit model: bars and an answer again
    assert tab.bars.isVisible() and tab.bars.probabilities() is not None
    assert REFUSAL not in shown(tab)[1] and shown(tab)[0] != ""


def test_an_empty_canvas_with_the_colour_model_says_so_before_any_drawing(qtbot: QtBot) -> None:
    session = LabSession()
    tab = make_draw_tab(qtbot, session)
    choose(qtbot, tab, "cifar10_cnn")
    assert REFUSAL in shown(tab)[1] and "Draw a digit" not in shown(tab)[1]


def test_a_colour_photo_opened_for_a_digit_model_is_made_grey_with_a_note(
        qtbot: QtBot, tmp_path: Path) -> None:
    tab = make_draw_tab(qtbot, LabSession())
    photo = np.full((60, 60, 3), 235, np.uint8)
    cv2.line(photo, (30, 8), (30, 52), (200, 20, 20), 6)  # a blue stroke on white paper (BGR)
    path = tmp_path / "blue_one.png"
    cv2.imwrite(str(path), photo)
    assert tab.open_picture(path)
    wait_settled(qtbot, tab)
    note = tab.findChild(QLabel, "drawProblem")
    assert note.isVisible() and "converted to grey" in note.text()
    from_photo = tab.bars.probabilities()
    assert from_photo is not None and shown(tab)[0] != ""
    grey = tmp_path / "grey_one.png"
    cv2.imwrite(str(grey), cv2.cvtColor(photo, cv2.COLOR_BGR2GRAY))
    assert tab.open_picture(grey)
    wait_settled(qtbot, tab)
    assert not note.isVisible()  # a grey picture needs no note
    np.testing.assert_allclose(tab.bars.probabilities(), from_photo, atol=1e-5)  # same reading
