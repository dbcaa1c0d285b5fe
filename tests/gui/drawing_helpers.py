"""Drive the Draw tab as a person does: real mouse drags on the canvas, then wait for the model."""

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from engine.digits.drawing import fit_strokes_to_canvas
from gui.draw.tab import DrawTab
from gui.session import LabSession
from gui.widgets.canvas import DrawingCanvas

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def drag(canvas: DrawingCanvas, points: Sequence[tuple[float, float]] | np.ndarray) -> None:
    """One stroke as a mouse drag: press on the first point, move through the rest, release."""
    widget_points = [canvas.to_widget(float(x), float(y)).toPoint() for x, y in points]
    QTest.mousePress(canvas, LEFT, NO_MODIFIER, widget_points[0])
    for point in widget_points[1:]:
        QTest.mouseMove(canvas, point)
    QTest.mouseRelease(canvas, LEFT, NO_MODIFIER, widget_points[-1])


def draw_pen_digit(canvas: DrawingCanvas, strokes_unit: Sequence[np.ndarray]) -> None:
    """A recorded pen digit (strokes in [0, 1] units) drawn with the mouse, stroke by stroke."""
    for stroke in fit_strokes_to_canvas(strokes_unit):
        drag(canvas, stroke)


def draw_seven(canvas: DrawingCanvas) -> None:
    drag(canvas, [(70, 60), (130, 60), (210, 60), (180, 120), (150, 180), (125, 235)])


def make_draw_tab(qtbot: QtBot, session: LabSession | None = None) -> DrawTab:
    tab = DrawTab(session or LabSession())
    qtbot.addWidget(tab)
    tab.resize(800, 600)  # inside the offscreen screen: events outside it are lost
    tab.show()
    qtbot.waitExposed(tab)
    wait_settled(qtbot, tab)
    return tab


def wait_settled(qtbot: QtBot, tab: object, timeout: int = 60_000) -> None:
    """Until the tab shows the model's answer for what is on screen now."""
    qtbot.waitUntil(tab.is_settled, timeout=timeout)  # type: ignore[attr-defined]

