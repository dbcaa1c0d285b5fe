"""A teacher with only a keyboard, or a presenter remote (which sends Page Down / Page Up).

Guards of issue 15, item 12: Tab is never trapped inside a page, every enabled button of a
page can be reached with Tab, and Page Down / Page Up step the lesson wherever the focus is.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot

from gui.lessons.convolution.lesson import ConvolutionLesson
from gui.main_window import PAGES, MainWindow
from gui.widgets.matrix_grid import MatrixGrid

MAX_TABS = 400  # far more than any page has stops: a trap shows as never coming back


def make_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow(warm_up_tensorflow=False)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # focus needs it
    return window


def tab_round(window: MainWindow, start: QWidget) -> list[QWidget]:
    """Press Tab from ``start`` until the focus comes back to it; every widget focused."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    for _ in range(MAX_TABS):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is start:
            return visited
        visited.append(focused)
    raise AssertionError(f"Tab never came back to the navigation; last stops: {visited[-12:]}")


def reachable_buttons(page: QWidget) -> list[QAbstractButton]:
    """The buttons a person sees and may press on the page (tool-bar style ones excepted)."""
    return [b for b in page.findChildren(QAbstractButton)
            if b.isVisible() and b.isEnabled() and b.focusPolicy() != Qt.FocusPolicy.NoFocus]


def reached(button: QAbstractButton, visited: list[QWidget]) -> bool:
    """Tab stops once in an exclusive group (the arrows choose inside it), as Qt means it."""
    group = button.group()
    if group is not None and group.exclusive():
        return any(b in visited for b in group.buttons())
    return button in visited


@pytest.mark.parametrize("key", [page.key for page in PAGES])
def test_tab_reaches_the_navigation_and_every_button_of_the_page(qtbot: QtBot, key: str) -> None:
    window = make_window(qtbot)
    page = window.show_page(key)
    qtbot.wait(20)
    navigation = window.findChild(QTreeWidget, "navigation")
    visited = tab_round(window, navigation)
    missed = [f"{b.objectName() or type(b).__name__} “{b.text()}”"
              for b in reachable_buttons(page) if not reached(b, visited)]
    assert not missed, f"Tab from the navigation on page {key} never reached {missed}"


def test_tab_leaves_the_lesson_grid_instead_of_cycling_in_its_cells(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    lesson = window.show_page("convolution")
    grid = lesson.findChild(MatrixGrid, "inputGrid")
    grid.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(grid, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not grid
    grid.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(grid, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not grid


def focus_places(lesson: ConvolutionLesson, window: MainWindow) -> dict[str, QWidget]:
    return {
        "navigation": window.findChild(QTreeWidget, "navigation"),
        "input grid cell": lesson.findChild(MatrixGrid, "inputGrid"),
        "a button": lesson.findChild(QPushButton, "randomButton"),
    }


@pytest.mark.parametrize("where", ["navigation", "input grid cell", "a button"])
def test_page_down_and_up_step_the_lesson_wherever_the_focus_is(qtbot: QtBot, where: str) -> None:
    window = make_window(qtbot)
    lesson = window.show_page("convolution")
    widget = focus_places(lesson, window)[where]
    if isinstance(widget, MatrixGrid):
        widget.setCurrentCell(1, 1)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    assert QApplication.focusWidget() is widget
    assert lesson.current_step == 0
    QTest.keyClick(widget, Qt.Key.Key_PageDown)
    QTest.keyClick(widget, Qt.Key.Key_PageDown)
    assert lesson.current_step == 2, "Page Down must step the lesson, once per press"
    assert window.current_page_key() == "convolution", "the page must not change"
    QTest.keyClick(widget, Qt.Key.Key_PageUp)
    assert lesson.current_step == 1
    assert window.current_page_key() == "convolution"


def test_page_down_keeps_its_usual_meaning_on_a_page_without_steps(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.show_page("image_representation")
    navigation = window.findChild(QTreeWidget, "navigation")
    navigation.setFocus()
    QTest.keyClick(navigation, Qt.Key.Key_PageDown)
    assert window.current_page_key() != "image_representation"
