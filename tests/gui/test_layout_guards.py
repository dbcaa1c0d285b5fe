"""Guards of issue 15: no text cut, no button that jumps, and a window that fits a scaled
screen — on every page, as a teacher meets them."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from gui import i18n
from gui.main_window import PAGES, MainWindow
from tests.conftest import ROOT
from tests.gui.layout_checks import cut_texts, position_in

# The buttons a teacher presses on a page, in a lesson's order: step, play and pause, padding
# that grows the input, apply, reset. Each page has some of them.
PRESSED = ("forwardButton", "forwardButton", "playButton", "playButton", "applyStep",
           "applyStep", "applyStep", "sameButton", "forwardButton", "validButton",
           "backButton", "resetButton", "resetSteps")
MOVE_TOLERANCE = 3  # pixels

# Without these a page cannot be used: they must always be reachable.
PRIMARY = ("startButton", "stopButton", "saveModelButton", "evaluateButton", "forwardButton",
           "playButton", "resetButton", "applyStep", "resetSteps", "clearButton",
           "fineTuneButton", "snapshotButton", "inspectButton")


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = MainWindow(warm_up_tensorflow=False)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.session.wait()


def open_page(window: MainWindow, key: str, qtbot: QtBot) -> None:
    window.show_page(key)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=60_000)  # a model is loaded
    qtbot.wait(100)  # the language's texts and the layout settle


def test_no_text_is_cut_on_any_page_in_either_language_or_size(
        qtbot: QtBot, window: MainWindow) -> None:
    cut: list[str] = []
    for width, height in ((1024, 768), (window.minimumWidth(), window.minimumHeight())):
        window.resize(width, height)
        for language in (i18n.PORTUGUESE, i18n.ENGLISH):
            i18n.apply_language(language, remember=False)
            qtbot.wait(300)  # Qt delivers LanguageChange events from the event loop
            for page in PAGES:
                open_page(window, page.key, qtbot)
                cut += cut_texts(window, f"{width}×{height} {language} {page.key}")
    assert not cut, "\n".join(cut)


def visible_buttons(window: MainWindow, name: str) -> list[QAbstractButton]:
    return [b for b in window.findChildren(QAbstractButton, name) if b.isVisible()]


def settled_positions(buttons: list[QAbstractButton], window: MainWindow,
                      qtbot: QtBot) -> dict[QAbstractButton, QPoint]:
    """The buttons' positions once the page has finished laying itself out (a language
    switch's texts arrive as posted events)."""
    positions = {b: position_in(b, window) for b in buttons}
    for _ in range(40):
        qtbot.wait(50)
        now = {b: position_in(b, window) for b in buttons}
        if now == positions:
            break
        positions = now
    return positions


def test_pressing_the_buttons_in_turn_never_moves_the_next_one(
        qtbot: QtBot, window: MainWindow) -> None:
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    moved = []
    for page in PAGES:
        if page.key in ("training", "webcam", "my_digits"):
            continue  # no step buttons; training's Start is measured in its own tests
        open_page(window, page.key, qtbot)
        buttons = [b for name in set(PRESSED) for b in visible_buttons(window, name)]
        tracked = settled_positions(buttons, window, qtbot)
        for name in PRESSED:
            for button in visible_buttons(window, name):
                if button.isEnabled():
                    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                    qtbot.wait(30)
                    break
            moved += [f"{page.key}: {b.objectName()} {first} → {position_in(b, window)} "
                      f"after {name}" for b, first in tracked.items()
                      if (position_in(b, window) - first).manhattanLength() > MOVE_TOLERANCE]
            tracked = {b: position_in(b, window) for b in tracked}
        for player_button in visible_buttons(window, "playButton"):
            if player_button.text() == player_button.tr("Pause"):
                qtbot.mouseClick(player_button, Qt.MouseButton.LeftButton)
    assert not moved, "\n".join(moved)


def test_with_every_page_built_the_window_fits_a_scaled_small_screen(
        qtbot: QtBot, window: MainWindow) -> None:
    for language in (i18n.PORTUGUESE, i18n.ENGLISH):
        i18n.apply_language(language, remember=False)
        for page in PAGES:
            open_page(window, page.key, qtbot)
    needed = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert needed.width() <= 900 and needed.height() <= 500, needed


SCALED = """
import sys
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea
app = QApplication(sys.argv)
from gui.settings import name_application
name_application()
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
from gui import i18n
from gui.main_window import PAGES, MainWindow
i18n.apply_language(i18n.PORTUGUESE, remember=False)
window = MainWindow(warm_up_tensorflow=False)
window.resize(900, 500)
window.show()
def settle():
    for _ in range(20):
        app.processEvents()
    while window.session.busy:
        app.processEvents()
    app.processEvents()
def scroll_to(button):
    areas, parent = [], button.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            areas.append(parent)
        parent = parent.parentWidget()
    for _ in range(2):  # a second pass once the scroll ranges follow a fresh layout
        app.processEvents()
        for area in areas:  # innermost first, then the page's own frame
            area.ensureWidgetVisible(button, 0, 0)
            app.processEvents()
print("size", window.width(), window.height(), app.devicePixelRatio(), flush=True)
for page in PAGES:
    window.show_page(page.key)
    settle()
    for name in sys.argv[2].split(","):
        for button in window.findChildren(QAbstractButton, name):
            if not button.isVisible():
                continue
            scroll_to(button)
            top_left = button.mapTo(window, QPoint(0, 0))
            inside = (top_left.x() >= 0 and top_left.y() >= 0
                      and top_left.x() + button.width() <= window.width()
                      and top_left.y() + button.height() <= window.height())
            print("checked" if inside else "unreachable", page.key, name,
                  top_left.x(), top_left.y(), flush=True)
window.session.wait()
"""


def test_at_150_percent_on_a_900_by_500_window_every_primary_button_can_be_reached(
        tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="1.5",
               TF_CPP_MIN_LOG_LEVEL="3")
    result = subprocess.run([sys.executable, "-c", SCALED, str(tmp_path), ",".join(PRIMARY)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert lines[0].startswith("size 900 500 1.5"), lines[0]
    assert any(line.startswith("checked training startButton") for line in lines), lines
    unreachable = [line for line in lines if line.startswith("unreachable")]
    assert not unreachable, "\n".join(unreachable)



def test_the_scrolling_frame_around_a_page_is_no_tab_stop(
        qtbot: QtBot, window: MainWindow) -> None:
    # Each page now sits in a scroll area; Tab from the navigation must go into the page,
    # not stop on that frame, which shows no focus and does nothing with keys.
    open_page(window, "training", qtbot)
    window.activateWindow()
    window.navigation.setFocus()
    qtbot.waitUntil(window.navigation.hasFocus)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not window.pages.currentWidget()
    assert window.pages.currentWidget().isAncestorOf(focused), focused
