"""Presenter mode (issue 17, item 2), as a teacher in front of a projector meets it.

F5 enters and Esc leaves, the window comes back exactly as it was; type is at least 1.5×
larger and back to the exact sizes after; highlights are saturated and framed; the pointer
is a halo; Page Down still steps a lesson; and every page fits 1024×768 in both languages.
"""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QColor, QCursor, QFontInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gui import i18n, style
from gui.main_window import PAGES, MainWindow
from gui.widgets.matrix_grid import MatrixGrid
from tests.gui.layout_checks import cut_texts
from tests.gui.test_layout_guards import PRIMARY

PROJECTOR = (1024, 768)
SCALE = 1.5
FULL = Qt.WindowState.WindowFullScreen


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow(warm_up_tensorflow=False)
    qtbot.addWidget(window)
    window.resize(*PROJECTOR)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # keys need the focus
    yield window
    window.set_presenter_mode(False)
    window.session.wait()


def press(widget: QWidget, key: Qt.Key) -> None:
    QTest.keyClick(widget, key)
    QApplication.processEvents()


def forward_button(window: MainWindow) -> QPushButton:
    return next(b for b in window.pages.currentWidget().findChildren(QPushButton, "forwardButton")
                if b.isVisible())


# -- entering and leaving -----------------------------------------------------------------------
@pytest.mark.parametrize("before", [Qt.WindowState.WindowNoState, Qt.WindowState.WindowMaximized,
                                    FULL])
def test_f5_enters_full_screen_without_navigation_and_esc_gives_the_window_back(
        qtbot: QtBot, window: MainWindow, before: Qt.WindowState) -> None:
    window.setWindowState(before)
    qtbot.wait(20)
    button = forward_button(window)
    button.setFocus()
    press(button, Qt.Key.Key_F5)
    assert window.presenter_mode
    assert window.findChild(QAction, "presenterAction").isChecked()
    assert window.windowState() & FULL
    assert not window.navigation.isVisible() and not window.statusBar().isVisible()
    press(button, Qt.Key.Key_Escape)
    assert not window.presenter_mode
    assert not window.findChild(QAction, "presenterAction").isChecked()
    assert window.windowState() == before
    assert window.navigation.isVisible() and window.statusBar().isVisible()


def test_the_mode_is_in_the_view_menu_and_f5_also_leaves(window: MainWindow) -> None:
    action = window.findChild(QAction, "presenterAction")
    assert action in window.view_menu.actions() and action.shortcut().toString() == "F5"
    action.trigger()
    assert window.presenter_mode
    press(window.navigation, Qt.Key.Key_F5)
    assert not window.presenter_mode


def test_esc_still_cancels_a_cell_edit_and_closes_a_dialog_without_leaving(
        qtbot: QtBot, window: MainWindow) -> None:
    lesson = window.show_page("convolution")
    window.set_presenter_mode(True)
    grid = lesson.findChild(MatrixGrid, "inputGrid")
    row, col = 1, 1
    before = grid.cell_text(row, col)
    grid.setFocus()
    grid.setCurrentCell(row, col)
    QTest.keyClicks(grid, "9")  # typing starts an edit
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    press(editor, Qt.Key.Key_Escape)
    assert window.presenter_mode, "Esc in a cell cancels the edit only"
    assert grid.cell_text(row, col) == before
    dialog = window.show_shortcuts()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.finished, timeout=1000):  # closed (and deleted)
        press(dialog.table, Qt.Key.Key_Escape)
    assert window.presenter_mode, "Esc in a dialog closes the dialog only"
    grid.setFocus()
    press(grid, Qt.Key.Key_Escape)
    assert not window.presenter_mode


def test_f6_shows_the_hidden_navigation_only_in_the_mode(window: MainWindow) -> None:
    toggle = window.findChild(QAction, "presenterNavigationAction")
    assert not toggle.isEnabled(), "outside the mode the navigation is always there"
    normal_width = window.navigation.minimumWidth()
    window.set_presenter_mode(True)
    assert not window.navigation.isVisible()
    press(window.pages.currentWidget(), Qt.Key.Key_F6)
    assert window.navigation.isVisible()
    QApplication.processEvents()
    assert window.navigation.viewport().width() >= window.navigation.sizeHintForColumn(0), (
        "no title shortened in the large type")
    press(window.pages.currentWidget(), Qt.Key.Key_F6)
    assert not window.navigation.isVisible()
    press(window.pages.currentWidget(), Qt.Key.Key_F6)
    window.set_presenter_mode(False)
    assert window.navigation.isVisible() and not toggle.isEnabled()
    assert window.navigation.minimumWidth() == normal_width


# -- type -----------------------------------------------------------------------------------------
def shown_sizes(window: MainWindow) -> dict[str, float]:
    """The point sizes really shown (QFontInfo) of what a class reads on the convolution page."""
    page = window.pages.currentWidget()
    grid = page.findChild(MatrixGrid, "inputGrid")
    plain = next(label for label in page.findChildren(QLabel)
                 if label.isVisible() and label.text() and label.font() == window.font())
    widgets = {"lesson title": page.findChild(QLabel, "lessonTitle"),
               "step formula": page.findChild(QLabel, "stepFormula"),
               "plain label": plain, "step button": forward_button(window),
               "grid cells": grid, "navigation": window.navigation,
               "menu bar": window.menuBar()}
    return {name: QFontInfo(widget.font()).pointSizeF() for name, widget in widgets.items()}


def cell_width(window: MainWindow) -> int:
    return window.pages.currentWidget().findChild(MatrixGrid, "inputGrid").columnWidth(0)


def test_type_is_at_least_one_and_a_half_times_larger_and_back_exactly_after(
        window: MainWindow) -> None:
    window.show_page("convolution")
    normal, normal_cell = shown_sizes(window), cell_width(window)
    window.set_presenter_mode(True)
    large = shown_sizes(window)
    small = {name: f"{large[name]} < {SCALE} × {normal[name]}" for name in normal
             if large[name] < SCALE * normal[name] - 1e-6}
    assert not small, small
    assert cell_width(window) >= style.PRESENTER_CELL_SCALE * normal_cell  # room for them
    window.set_presenter_mode(False)
    assert shown_sizes(window) == normal and cell_width(window) == normal_cell


def page_type(page: QWidget) -> dict[str, float]:
    """The point size of every named label and button of a page.

    Qt's own parts (``qt_tableview_cornerbutton`` …) are left out: hidden in every grid here,
    they take whatever size their grid last fitted to its cells, which a page never shown
    has not done yet."""
    widgets = [*page.findChildren(QLabel), *page.findChildren(QAbstractButton)]
    return {w.objectName(): w.font().pointSizeF() for w in widgets
            if w.objectName() and not w.objectName().startswith("qt_")}


def test_a_page_first_opened_in_the_mode_is_large_too_and_exactly_normal_after(
        qtbot: QtBot, window: MainWindow) -> None:
    window.set_presenter_mode(True)
    page = window.show_page("backprop")
    QApplication.processEvents()
    large = page_type(page)
    window.set_presenter_mode(False)
    QApplication.processEvents()
    normal = page_type(page)
    small = {name: (large[name], size) for name, size in normal.items()
             if large[name] < min(SCALE * size, max(size, style.PRESENTER_LARGEST_POINTS))}
    assert not small, small
    never = MainWindow(warm_up_tensorflow=False)  # the same page, never in the mode
    qtbot.addWidget(never)
    assert normal == page_type(never.show_page("backprop"))


# -- colours, halo, keys --------------------------------------------------------------------------
def highlighted_cell_pixels(grid: MatrixGrid) -> tuple[QColor, QColor]:
    """The colour inside the first highlighted cell, and on its top edge."""
    cell = next((r, c) for r in range(grid.rowCount()) for c in range(grid.columnCount())
                if grid.background_colour(r, c) == QColor(style.HIGHLIGHT_YELLOW))
    rect = grid.visualItemRect(grid.item(*cell))
    image = grid.viewport().grab().toImage()
    inside = image.pixelColor(rect.left() + rect.width() // 5, rect.top() + rect.height() // 5)
    edge = image.pixelColor(rect.center().x() // 2 + rect.left() // 2, rect.top() + 1)
    return inside, edge


def test_highlights_are_saturated_and_framed_in_the_mode_only(window: MainWindow) -> None:
    grid = window.show_page("convolution").findChild(MatrixGrid, "inputGrid")
    normal_inside, _ = highlighted_cell_pixels(grid)
    window.set_presenter_mode(True)
    inside, edge = highlighted_cell_pixels(grid)
    assert inside.lightnessF() < normal_inside.lightnessF() - 0.1, (inside.name(), normal_inside)
    assert inside.hslSaturationF() >= normal_inside.hslSaturationF()
    assert edge.lightnessF() < 0.2, f"a dark frame around the window, not {edge.name()}"
    assert style.frame_width(3) >= 6  # focus frames and the chosen cell's border
    window.set_presenter_mode(False)
    assert highlighted_cell_pixels(grid)[0] == normal_inside


def test_the_halo_follows_the_pointer_only_in_the_mode(qtbot: QtBot, window: MainWindow) -> None:
    halo = window.findChild(QWidget, "pointerHalo")
    assert not halo.isVisible()
    window.set_presenter_mode(True)
    assert halo.isVisible() and halo.geometry() == window.rect()
    for layer in (halo, *halo.findChildren(QWidget)):  # clicks reach the lesson below
        assert layer.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents), layer
    assert QApplication.widgetAt(window.mapToGlobal(QPoint(300, 200))) is not halo
    for spot in (QPoint(300, 200), QPoint(620, 480)):
        QCursor.setPos(window.mapToGlobal(spot))
        qtbot.waitUntil(lambda spot=spot: halo.centre == spot, timeout=1000)
    window.set_presenter_mode(False)
    assert not halo.isVisible() and halo.centre is None


def test_page_down_steps_the_convolution_lesson_in_the_mode(window: MainWindow) -> None:
    lesson = window.show_page("convolution")
    window.set_presenter_mode(True)
    grid = lesson.findChild(MatrixGrid, "inputGrid")
    grid.setFocus()
    assert lesson.current_step == 0
    press(grid, Qt.Key.Key_PageDown)
    press(grid, Qt.Key.Key_PageDown)
    assert lesson.current_step == 2
    press(grid, Qt.Key.Key_PageUp)
    assert lesson.current_step == 1 and window.presenter_mode


def test_the_mode_is_not_remembered_at_the_next_start(qtbot: QtBot, window: MainWindow) -> None:
    window.set_presenter_mode(True)
    window.close()
    again = MainWindow(warm_up_tensorflow=False)
    qtbot.addWidget(again)
    again.show()
    assert not again.presenter_mode
    assert not again.windowState() & FULL, "the saved geometry is the normal window's"
    assert again.navigation.isVisible() and again.statusBar().isVisible()
    assert again.font() == QApplication.font()


# -- every page fits a projector ----------------------------------------------------------------
def scroll_to(button: QWidget) -> None:
    """Scroll every frame around ``button`` until it shows, innermost first."""
    areas, parent = [], button.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            areas.append(parent)
        parent = parent.parentWidget()
    for _ in range(2):  # a second pass once the scroll ranges follow a fresh layout
        QApplication.processEvents()
        for area in areas:
            area.ensureWidgetVisible(button, 0, 0)
            QApplication.processEvents()


def unreachable_buttons(window: MainWindow, where: str) -> list[str]:
    found = []
    for name in PRIMARY:
        for button in window.findChildren(QAbstractButton, name):
            if not button.isVisible():
                continue
            scroll_to(button)
            corner = button.mapTo(window, QPoint(0, 0))
            inside = (corner.x() >= 0 and corner.y() >= 0
                      and corner.x() + button.width() <= window.width()
                      and corner.y() + button.height() <= window.height())
            if not inside:
                found.append(f"{where}: {name} at {corner.x()},{corner.y()}")
    return found


def runs_off_the_right_edge(window: MainWindow, where: str) -> list[str]:
    """Pages may scroll down in the mode, but a page wider than the screen hides the ends of
    its lines (which no label check sees): no page frame may scroll sideways."""
    frames = [window.pages.currentWidget(),
              *window.pages.currentWidget().findChildren(QScrollArea)]
    return [f"{where}: {frame.objectName() or type(frame).__name__} is "
            f"{frame.horizontalScrollBar().maximum()} px too wide" for frame in frames
            if frame.isVisible() and type(frame) is QScrollArea
            and frame.horizontalScrollBar().maximum() > 0]


def page_problems(window: MainWindow, where: str) -> list[str]:
    return (cut_texts(window, where) + unreachable_buttons(window, where)
            + runs_off_the_right_edge(window, where))


@pytest.mark.parametrize("built", ["in the mode", "before the mode"])
def test_every_page_fits_1024_by_768_in_the_mode_in_both_languages(
        qtbot: QtBot, window: MainWindow, built: str) -> None:
    # Pages built in the mode (Portuguese first), or before it, then met in both languages.
    if built == "before the mode":
        for page in PAGES:
            window.show_page(page.key)
            qtbot.waitUntil(lambda: not window.session.busy, timeout=60_000)
    window.set_presenter_mode(True)
    window.setWindowState(Qt.WindowState.WindowNoState)  # the offscreen screen is not 1024×768
    window.resize(*PROJECTOR)
    problems: list[str] = []
    for language in (i18n.PORTUGUESE, i18n.ENGLISH):
        i18n.apply_language(language, remember=False)
        qtbot.wait(100)  # Qt delivers LanguageChange events from the event loop
        for page in PAGES:
            window.show_page(page.key)
            qtbot.waitUntil(lambda: not window.session.busy, timeout=60_000)
            qtbot.wait(50)
            where = f"presenter {language} {page.key}"
            found = page_problems(window, where)
            if found:  # a text a worker just set (a dataset loaded) has its layout pending
                qtbot.wait(400)
                found = page_problems(window, where)
            problems += found
    needed = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert needed.width() <= PROJECTOR[0] and needed.height() <= PROJECTOR[1], needed
    assert not problems, "\n".join(problems)
    assert window.presenter_mode
    window.set_presenter_mode(False)
    qtbot.wait(50)
    assert window.font() == QApplication.font()
    assert not cut_texts(window, "after the mode")
    # Every page built in the mode now has exactly the type of one that never was in it.
    never = MainWindow(warm_up_tensorflow=False)
    qtbot.addWidget(never)
    changed = [page.key for page in PAGES
               if page_type(window.show_page(page.key)) != page_type(never.show_page(page.key))]
    never.session.wait()
    assert not changed, changed


def test_the_style_gives_projector_colours_only_in_the_mode_and_keeps_their_order(
        window: MainWindow) -> None:
    pale, window_yellow = QColor("#fff1c9"), QColor(style.HIGHLIGHT_YELLOW)  # kernel, window
    page = [QColor("white"), QColor("#d9d9d9"), QColor("#f4f4f4"), QColor("black")]
    assert style.shown_colour(window_yellow) == window_yellow
    window.set_presenter_mode(True)
    strong, strong_pale = style.shown_colour(window_yellow), style.shown_colour(pale)
    assert strong.lightnessF() < window_yellow.lightnessF() and strong.hslSaturationF() >= 0.9
    assert strong_pale.lightnessF() > strong.lightnessF(), "the kernel stays lighter"
    assert [style.shown_colour(c) for c in page] == page, "the page's greys are no highlight"
    assert style.type_scale() == SCALE and style.frame_width(3) == 6
    window.set_presenter_mode(False)
    assert style.type_scale() == 1.0 and style.frame_width(3) == 3


def test_chart_ticks_are_larger_in_the_mode_and_their_own_after(window: MainWindow) -> None:
    import pyqtgraph  # loaded by the training page anyway

    def tick_sizes() -> list[float]:
        axes = [item for view in window.show_page("training").findChildren(QGraphicsView)
                for item in view.scene().items() if isinstance(item, pyqtgraph.AxisItem)]
        return [QFontInfo(axis.style["tickFont"] or axis.font()).pointSizeF() for axis in axes]

    normal = tick_sizes()
    window.set_presenter_mode(True)
    large = tick_sizes()
    window.set_presenter_mode(False)
    assert normal and all(big >= SCALE * size - 1e-6 for big, size in zip(large, normal,
                                                                           strict=True))
    assert tick_sizes() == normal
