"""Presenter mode (F5, View → Presenter mode): the window as a teacher projects it.

Full screen, large type (× 1.5), saturated highlights with thick frames, the pointer as a
large halo, and the side navigation and status bar out of the way (F6 brings the navigation
back). Esc or F5 leaves, and the window returns to exactly how it was: its state (normal,
maximized or full screen), its panels and every font size.

The mode is deliberately not remembered at the next start: it is for one class on one
projector, and a laptop that opens full screen in huge type after the class is a surprise
(the window leaves the mode before it saves its geometry on closing, too).

Esc is caught on the main window only after no widget took it: a cell being edited cancels
its edit, a dialog closes (it is a window of its own), and Draw keeps its "Esc clears the
drawing" shortcut; everywhere else Esc leaves the mode.
"""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTreeView,
    QWidget,
)

from gui import style
from gui.presenter import charts
from gui.presenter.halo import PointerHalo
from gui.presenter.type_scale import TypeScaler
from gui.widgets.matrix_grid import MatrixGrid

PRESENTER_KEY = QKeySequence(Qt.Key.Key_F5)  # what presentation software uses
NAVIGATION_KEY = QKeySequence(Qt.Key.Key_F6)


@dataclass(frozen=True)
class _Before:
    """What the window looked like before the mode, to give it back exactly."""

    state: Qt.WindowState
    navigation: bool
    status_bar: bool


class PresenterMode(QObject):
    """Presenter mode of ``window``; its two actions are added to ``menu`` (View)."""

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._navigation = window.findChild(QTreeView, "navigation")
        self._before: _Before | None = None
        self._types = TypeScaler(self)
        self.halo = PointerHalo(window)
        self.action = QAction(window, checkable=True)
        self.action.setObjectName("presenterAction")
        self.action.setShortcut(PRESENTER_KEY)
        self.action.toggled.connect(self.set_on)
        self.navigation_action = QAction(window, checkable=True, enabled=False)
        self.navigation_action.setObjectName("presenterNavigationAction")
        self.navigation_action.setShortcut(NAVIGATION_KEY)
        self.navigation_action.toggled.connect(self._show_navigation)
        menu.addAction(self.action)
        menu.addAction(self.navigation_action)
        pages = window.findChild(QStackedWidget, "pages")
        pages.currentChanged.connect(lambda: self._remeasure_later(pages.currentWidget()))
        window.installEventFilter(self)
        self.retranslate()

    def is_on(self) -> bool:
        return self._before is not None

    def set_on(self, on: bool) -> None:
        if on == self.is_on():
            _check(self.action, on)  # a toggle that changed nothing keeps the menu true
            return
        self._enter() if on else self._leave()
        _check(self.action, on)
        _check(self.navigation_action, False)  # the navigation starts hidden in the mode
        self.navigation_action.setEnabled(on)

    # -- entering and leaving -------------------------------------------------------------------
    def _enter(self) -> None:
        window = self._window
        self._before = _Before(window.windowState(), self._navigation.isVisibleTo(window),
                               window.statusBar().isVisibleTo(window))
        self._set_look(True)
        self._navigation.hide()
        window.statusBar().hide()
        window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
        self.halo.start()
        self.halo.show_hint(self.tr("Presenter mode — F6: navigation · Esc: leave"))

    def _leave(self) -> None:
        before, self._before = self._before, None
        self.halo.stop()
        self._set_look(False)
        self._navigation.setVisible(before.navigation)
        self._window.statusBar().setVisible(before.status_bar)
        self._window.setWindowState(before.state)

    def _set_look(self, on: bool) -> None:
        """Type, highlight colours and frames for the mode, on every widget there is."""
        style.set_presenter_look(on)
        if on:
            self._types.start(style.PRESENTER_TYPE_SCALE)
            charts.scale_axes(style.PRESENTER_TYPE_SCALE)
        else:
            self._types.stop()
            charts.restore_axes()
        app = QApplication.instance()
        for widget in app.allWidgets():
            if isinstance(widget, MatrixGrid):
                widget.refit()  # its cells grow with its numbers
            widget.update()  # highlights are painted in the new colours
        for window in app.topLevelWidgets():
            remeasure(window)

    def _remeasure_later(self, page: QWidget | None) -> None:
        """A page opened in the mode (perhaps built just now, in normal type, and scaled when
        polished) measures its texts again once its type is final."""
        if self.is_on() and page is not None:
            QTimer.singleShot(0, lambda: self._remeasure(page))

    def _remeasure(self, page: QWidget) -> None:
        if self.is_on():
            self._types.refresh(page)
            charts.scale_axes(style.PRESENTER_TYPE_SCALE, page)
            remeasure(page)

    def _show_navigation(self, shown: bool) -> None:
        if not self.is_on():
            return
        if shown:
            # Wide enough for its titles in the large type (the window's own limit of 260 px
            # is for normal type); leaving the mode measures it again.
            nav = self._navigation
            needed = nav.sizeHintForColumn(0) + nav.indentation() + 2 * nav.frameWidth() + 8
            nav.setMinimumWidth(max(nav.minimumWidth(), needed))
        self._navigation.setVisible(shown)

    # -- the window's events --------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._window:
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress and self.is_on() and isinstance(event, QKeyEvent):
            # Reaches the window only when no widget used it (see the module's docstring).
            if event.key() == Qt.Key.Key_Escape and not event.modifiers():
                self.set_on(False)
                return True
        elif kind == QEvent.Type.Close and self.is_on():
            self.set_on(False)  # before the window saves its (normal) geometry
        elif kind == QEvent.Type.Resize:
            self.halo.fit_window()
        elif kind == QEvent.Type.ChildAdded and self.is_on():
            self.halo.raise_()  # a panel added later stays under the halo
        elif kind == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Presenter mode"))
        self.action.setToolTip(self.tr(
            "Large type, strong highlights and the pointer as a halo, full screen for a "
            "projector (F5). F6 shows the navigation; Esc or F5 leaves."))
        self.navigation_action.setText(self.tr("Show the &navigation (presenter mode)"))
        self.navigation_action.setToolTip(self.tr(
            "Show or hide the list of lessons while presenting (F6)."))


def _check(action: QAction, checked: bool) -> None:
    """Tick or untick a menu entry without acting on it again."""
    action.blockSignals(True)
    action.setChecked(checked)
    action.blockSignals(False)


def remeasure(widget: QWidget) -> None:
    """Have ``widget`` and its children measure their texts again for the type now shown.

    Views fit their columns and buttons to their texts whenever the language changes (a
    language's longer titles); a new type size asks for exactly the same, so they get the
    same event instead of a second mechanism in every view.
    """
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
