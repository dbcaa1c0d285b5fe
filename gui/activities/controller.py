"""File → Save activity… / Open activity…, the instructions panel and the locks, for one window.

The main window owns one :class:`ActivityController` and adds its two actions to the File
menu. Features never import the main window (DESIGN.md §1), so the controller reaches it
through :class:`ActivityHost`, the few methods it needs.

Opening is all or nothing: the file is read and checked first (engine.activities), then the
page is shown and asked to restore the state, which it validates before changing anything.
If the page still fails, its previous state is put back and the previous page shown, so a
bad file never costs a class its current work.
"""

import contextlib
import copy
import re
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStackedWidget, QWidget

from engine.activities import ACTIVITY_SUFFIX, Activity, ActivityError, load_activity, save_activity
from gui.activities.dialog import SaveActivityDialog
from gui.activities.locks import ControlLocks
from gui.activities.panel import PANEL_MIN_WIDTH, ActivityPanel
from gui.settings import app_settings
from gui.widgets.activity import ActivityControl, ActivityPage

FOLDER_KEY = "activities/folder"  # where the last activity was saved or opened
SAVE_KEYS = "Ctrl+Shift+S"
OPEN_KEYS = "Ctrl+O"
PANEL_WIDTH = 360  # pixels at most when it opens; the teacher can drag it wider
# A page's restore must raise ValueError on a bad state (gui.widgets.activity); a file is
# untrusted, so the other errors that a wrong shape can provoke are refused the same way.
STATE_ERRORS = (ValueError, TypeError, KeyError, IndexError)


class ActivityHost(Protocol):
    """What the controller needs of the main window."""

    pages: QStackedWidget

    def current_page_key(self) -> str: ...

    def current_view(self) -> QWidget | None: ...

    def show_page(self, key: str) -> QWidget: ...


class ActivityController(QObject):
    """The activity actions, panel and locks of one main window."""

    def __init__(self, window: QMainWindow, host: ActivityHost) -> None:
        super().__init__(window)
        self._window, self._host = window, host
        self.save_action = self._action("saveActivityAction", SAVE_KEYS, self.ask_to_save)
        self.open_action = self._action("openActivityAction", OPEN_KEYS, self.ask_to_open)
        self.panel = ActivityPanel(window)
        self.panel.endRequested.connect(self.end_activity)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.hide()
        self.locks = ControlLocks(self)
        self._active: tuple[Activity, ActivityPage] | None = None
        host.pages.currentChanged.connect(self.update_actions)

    def _action(self, name: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        return [self.save_action, self.open_action]

    def active_activity(self) -> Activity | None:
        return self._active[0] if self._active else None

    def savable_view(self) -> ActivityPage | None:
        view = self._host.current_view()
        return view if isinstance(view, ActivityPage) else None

    def update_actions(self) -> None:
        savable = self.savable_view() is not None
        self.save_action.setEnabled(savable)
        tip = (self.tr("Save this page as it is now, with your instructions and locked "
                       "controls, to a file you can hand out.") if savable else
               self.tr("This page cannot be saved as an activity: the lessons, Training, "
                       "Evaluation and Exercises can."))
        self.save_action.setToolTip(tip)
        self.save_action.setStatusTip(tip)
        self._yield_keys_to_the_page()

    def _yield_keys_to_the_page(self) -> None:
        """A page's own Ctrl+O (Draw: open a picture) wins on that page.

        Two shortcuts with the same keys in one window are ambiguous to Qt, which then runs
        neither; so the menu item gives its keys up while such a page is shown.
        """
        view = self._host.current_view()
        keys = QKeySequence(OPEN_KEYS)
        taken = view is not None and any(
            shortcut.key() == keys for shortcut in view.findChildren(QShortcut))
        self.open_action.setShortcut(QKeySequence() if taken else keys)

    def retranslate(self) -> None:
        self.save_action.setText(self.tr("&Save activity…"))
        self.open_action.setText(self.tr("&Open activity…"))
        self.open_action.setToolTip(self.tr("Open an activity file (.cnnlab) from your teacher."))
        self.update_actions()
        self.locks.retranslate()
        if self._active:
            self.panel.set_lock_labels(self._locked_labels(*self._active))

    # -- saving -------------------------------------------------------------------------------
    def ask_to_save(self) -> SaveActivityDialog | None:
        """Open the save dialog for the page shown; the file is chosen once it is accepted."""
        view = self.savable_view()
        if view is None:
            return None
        active = self._active[0] if self._active and self._active[1] is view else None
        dialog = SaveActivityDialog(
            view.activity_controls(), self._window,
            title=active.title if active else "",
            instructions=active.instructions if active else "",
            locked=active.locked if active else ())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._choose_file_and_save(view, dialog))
        dialog.open()
        return dialog

    def _choose_file_and_save(self, view: ActivityPage, dialog: SaveActivityDialog) -> None:
        # Read before the file dialog: the accepted dialog is deleted once control returns.
        title, instructions, locked = dialog.title(), dialog.instructions(), dialog.locked()
        suggested = _folder() / (_file_stem(title) or self.tr("activity"))
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save activity"), str(suggested) + ACTIVITY_SUFFIX,
            self._file_filter())
        if path:
            self.save_to(Path(path), view, title, instructions, locked)

    def save_to(self, path: Path, view: ActivityPage, title: str, instructions: str,
                locked: tuple[str, ...]) -> bool:
        """Write the page's activity to ``path`` (``.cnnlab`` added when missing)."""
        if path.suffix.lower() != ACTIVITY_SUFFIX:
            path = path.with_name(path.name + ACTIVITY_SUFFIX)
        activity = Activity(kind=view.activity_kind(), page=self._host.current_page_key(),
                            state=view.activity_state(), instructions=instructions,
                            locked=locked, title=title)
        try:
            save_activity(path, activity)
        except (OSError, ValueError) as error:
            self._message("activitySaveErrorMessage", self.tr("Could not save the activity"),
                          self.tr("The activity could not be written to {path}. Choose "
                                  "another folder (one you may write to, with free space) "
                                  "and try again.").format(path=path), str(error))
            return False
        _remember_folder(path)
        self._window.statusBar().showMessage(
            self.tr("Activity saved to {path}").format(path=path), 8000)
        return True

    # -- opening ------------------------------------------------------------------------------
    def ask_to_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._window, self.tr("Open activity"),
                                              str(_folder()), self._file_filter())
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> bool:
        """Show the activity in ``path``; on any problem say why and change nothing."""
        path = Path(path)
        try:
            activity = load_activity(path)
            view = self._restore(activity)
        except ActivityError as error:
            self._refuse(path, error)
            return False
        _remember_folder(path)
        self._start(activity, view)
        self._window.statusBar().showMessage(
            self.tr("Activity opened: {name}").format(name=path.name), 8000)
        return True

    def _restore(self, activity: Activity) -> ActivityPage:
        previous = self._host.current_page_key()
        try:
            view = self._host.show_page(activity.page)
        except KeyError:
            raise ActivityError("invalid", f"this CNN Lab has no page {activity.page!r}") from None
        try:
            if not isinstance(view, ActivityPage) or view.activity_kind() != activity.kind:
                raise ActivityError("invalid", f"page {activity.page!r} holds no "
                                    f"{activity.kind} activity")
            self._restore_state(view, activity)
        except ActivityError:
            self._host.show_page(previous)
            raise
        return view

    def _restore_state(self, view: ActivityPage, activity: Activity) -> None:
        snapshot = view.activity_state()
        try:
            view.restore_activity_state(copy.deepcopy(activity.state))
        except STATE_ERRORS as error:
            # The page should have refused before changing anything; this is the safety net.
            with contextlib.suppress(*STATE_ERRORS):
                view.restore_activity_state(snapshot)
            raise ActivityError("invalid", f"the page refused the state: {error}") from error

    def _start(self, activity: Activity, view: ActivityPage) -> None:
        """Replace any previous activity: new locks, the instructions in the panel."""
        self.locks.unlock_all()
        self._active = (activity, view)
        self.locks.lock([widget for control in self._locked_controls(activity, view)
                         for widget in control.widgets])
        self.panel.show_activity(activity.title, activity.instructions,
                                 self._locked_labels(activity, view))
        if self.panel.isHidden():
            # A fifth of the window: lessons keep the width they need (no sideways scrolling).
            width = max(PANEL_MIN_WIDTH, min(PANEL_WIDTH, self._window.width() // 5))
            self.panel.show()
            self._window.resizeDocks([self.panel], [width], Qt.Orientation.Horizontal)
        self.panel.raise_()

    def _locked_controls(self, activity: Activity, view: ActivityPage) -> list[ActivityControl]:
        # Keys this page does not know (a renamed control) are ignored, not refused.
        return [control for control in view.activity_controls() if control.key in activity.locked]

    def _locked_labels(self, activity: Activity, view: ActivityPage) -> list[str]:
        return [control.label for control in self._locked_controls(activity, view)]

    def end_activity(self) -> None:
        """Unlock every control and close the instructions."""
        self.locks.unlock_all()
        self._active = None
        self.panel.hide()

    # -- words --------------------------------------------------------------------------------
    def _file_filter(self) -> str:
        return self.tr("CNN Lab activity (*{suffix})").format(suffix=ACTIVITY_SUFFIX)

    def _refuse(self, path: Path, error: ActivityError) -> None:
        name = path.name or str(path)
        texts = {
            "unreadable": self.tr("“{name}” could not be read: it is missing, it is a folder, "
                                  "or you may not open it."),
            "damaged": self.tr("“{name}” is damaged: it is not a complete activity file "
                               "(perhaps it was cut short while being copied). Ask for a new "
                               "copy."),
            "foreign": self.tr("“{name}” is not a CNN Lab activity. It may be another "
                               "program's file, such as a Keras model or a notebook."),
            "newer": self.tr("“{name}” was made by a newer CNN Lab. Update CNN Lab to open "
                             "it."),
            "invalid": self.tr("“{name}” is a CNN Lab activity, but its contents do not fit "
                               "this version of the page, so it cannot be shown."),
        }
        text = texts[error.reason].format(name=name) + " " + self.tr(
            "Nothing was changed.")
        self._message("activityErrorMessage", self.tr("Could not open the activity"), text,
                      error.detail)

    def _message(self, name: str, title: str, text: str, detail: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self._window)
        box.setObjectName(name)
        box.setDetailedText(detail)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # the app goes on working behind it
        return box


def _folder() -> Path:
    folder = Path(str(app_settings().value(FOLDER_KEY, str(Path.home()))))
    return folder if folder.is_dir() else Path.home()


def _remember_folder(path: Path) -> None:
    app_settings().setValue(FOLDER_KEY, str(path.resolve().parent))


def _file_stem(title: str) -> str:
    """A file name from the title: letters, digits, dashes; spaces become underscores."""
    return re.sub(r"[^\w-]+", "_", title.strip(), flags=re.UNICODE).strip("_")[:60]
