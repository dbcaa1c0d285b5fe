"""The main window: a side list of views grouped into lessons and lab, menus, status bar.

Views are registered in ``PAGES`` in the course's order; adding a lesson is one line there.
Each view is built when first opened, so the window appears at once however many there are.
"""

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from gui import i18n
from gui.about import show_about
from gui.activities.controller import ActivityController
from gui.manual import ManualDialog
from gui.presenter import PresenterMode
from gui.session import LabSession
from gui.settings import app_settings, restore_defaults
from gui.shortcuts import ShortcutsDialog
from gui.tf_warmup import tensorflow_warm_up
from gui.widgets.focus_frame import FocusFrameDelegate
from gui.widgets.step_player import StepPlayer

LESSONS, LAB = "lessons", "lab"
# The smallest window: inside a 1366×768 screen at 150 % with a task bar (900×500 logical
# pixels); below their natural size the pages scroll inside themselves.
MINIMUM_SIZE = (760, 460)
PAGE_ROLE = Qt.ItemDataRole.UserRole
PRESENTER_KEYS = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}  # a step forward or back


class _PresenterKeys(QObject):
    """Page Down / Page Up step the current lesson, wherever the keyboard focus is.

    A presenter remote sends exactly these keys. Without this, the side list took them (and
    jumped to the last page) and a grid cell scrolled instead, so the class saw the wrong page.
    """

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if event.type() not in kinds or not isinstance(event, QKeyEvent):
            return False
        step = PRESENTER_KEYS.get(Qt.Key(event.key()))
        if step is None or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False  # a dialog keeps its own keys
        player = self._window.current_step_player()
        if player is None:
            return False  # a page without steps: the keys do what they always do
        if event.type() == QEvent.Type.KeyPress:
            player.step_forward() if step > 0 else player.step_back()
        event.accept()  # an accepted override keeps page shortcuts from stepping twice
        return True


@dataclass(frozen=True)
class Page:
    """One entry of the side list and the view it opens."""

    key: str
    group: str
    make: Callable[[LabSession], QWidget]  # given the window's shared model and input


def _lazy(module: str, name: str) -> Callable[[LabSession], QWidget]:
    """A page factory that imports its module only when the page is first opened.

    Importing every view up front (pyqtgraph, OpenCV, each lesson) delayed the window by
    about half a second; now the window shows and the first page's module loads alone.
    """

    def make(session: LabSession) -> QWidget:
        view_class = getattr(importlib.import_module(module), name)
        return view_class(session)

    return make


# In the course's order (its outline, slide by slide); each lesson opens on its slide's example.
PAGES: tuple[Page, ...] = (
    Page("convolution", LESSONS, _lazy("gui.lessons.convolution.lesson", "ConvolutionLesson")),
    Page("image_representation", LESSONS,
         _lazy("gui.lessons.image_representation.lesson", "ImageRepresentationLesson")),
    Page("convolution_3d", LESSONS,
         _lazy("gui.lessons.convolution_3d.lesson", "Convolution3DLesson")),
    Page("mlp_vs_cnn", LESSONS, _lazy("gui.lessons.mlp_vs_cnn.lesson", "MlpVsCnnLesson")),
    Page("kernel_editor", LESSONS, _lazy("gui.lessons.kernel_editor.lesson", "KernelEditorLesson")),
    Page("pooling", LESSONS, _lazy("gui.lessons.pooling.lesson", "PoolingLesson")),
    Page("pooling_invariance", LESSONS,
         _lazy("gui.lessons.pooling.invariance", "PoolingInvarianceLesson")),
    Page("backprop", LESSONS, _lazy("gui.lessons.backprop.lesson", "BackpropLesson")),
    Page("exercises", LESSONS, _lazy("gui.lessons.exercises.panel", "ExercisePanel")),
    Page("draw", LAB, _lazy("gui.draw.tab", "DrawTab")),
    Page("activations", LAB, _lazy("gui.activations.tab", "ActivationsTab")),
    Page("webcam", LAB, _lazy("gui.webcam.tab", "WebcamTab")),
    Page("training", LAB, _lazy("gui.training.tab", "TrainingTab")),
    Page("evaluation", LAB, _lazy("gui.evaluation.tab", "EvaluationTab")),
    Page("robustness", LAB, _lazy("gui.robustness.page", "RobustnessLab")),
    Page("my_digits", LAB, _lazy("gui.my_digits.tab", "MyDigitsTab")),
)


def page_frame(view: QWidget) -> QScrollArea:
    """``view`` in a scroll area that shows it whole when it fits and scrolls when it does not.

    On a 1366×768 screen at 150 % (900×500 logical pixels) Training's Start/Stop/Save were
    off screen: the window cannot be smaller than its pages' natural size, so each page
    scrolls inside itself instead, and the window fits the screen.
    """
    frame = QScrollArea()
    frame.setObjectName(f"{view.objectName() or type(view).__name__}Frame")
    frame.setWidgetResizable(True)
    frame.setFrameShape(QScrollArea.Shape.NoFrame)
    # Not a Tab stop of its own (Tab goes from the navigation straight into the page), and
    # Page Down stays with the lesson; Tab into a hidden control still scrolls it into view.
    frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    frame.setWidget(view)
    return frame


class MainWindow(QMainWindow):
    """The whole app; tests drive it by ``objectName``."""

    def __init__(self, warm_up_tensorflow: bool = True) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = LabSession()
        self.session.inspectRequested.connect(lambda: self.show_page("activations"))
        self.session.pageRequested.connect(self.show_page)
        self.session.webcamFrameChanged.connect(self._webcam_frame_for_lessons)
        self.session.exercisesRequested.connect(self._open_exercises)
        self._views: dict[str, QWidget] = {}
        self._frames: dict[str, QScrollArea] = {}  # each view inside its own scroll area
        self._items: dict[str, QTreeWidgetItem] = {}
        self._group_items: dict[str, QTreeWidgetItem] = {}
        self._build_navigation()
        self.setMinimumSize(*MINIMUM_SIZE)
        self._build_menus()
        self._build_status_bar()
        self.presenter = PresenterMode(self, self.view_menu)  # F5; Esc leaves
        self.retranslate()
        self._restore_state()
        if warm_up_tensorflow:
            self._start_warm_up()
        self._presenter_keys = _PresenterKeys(self)
        QApplication.instance().installEventFilter(self._presenter_keys)

    # -- navigation ---------------------------------------------------------------------------
    def _build_navigation(self) -> None:
        self.navigation = QTreeWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setHeaderHidden(True)
        self.navigation.setMinimumWidth(160)
        font = self.navigation.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)  # readable from the back of a classroom
        self.navigation.setFont(font)
        # The style's dotted focus line was too faint to follow with the keyboard.
        self.navigation.setItemDelegate(FocusFrameDelegate(self.navigation))
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        for group in (LESSONS, LAB):
            if any(page.group == group for page in PAGES):
                item = QTreeWidgetItem(self.navigation)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a page
                self._group_items[group] = item
        for page in PAGES:
            item = QTreeWidgetItem(self._group_items[page.group])
            item.setData(0, PAGE_ROLE, page.key)
            self._items[page.key] = item
        self.navigation.expandAll()
        self.navigation.currentItemChanged.connect(self._navigation_changed)
        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 1000])
        self.setCentralWidget(splitter)

    @property
    def presenter_mode(self) -> bool:
        return self.presenter.is_on()

    def set_presenter_mode(self, on: bool) -> None:
        self.presenter.set_on(on)

    def show_page(self, key: str) -> QWidget:
        """Open a view by key (building it the first time) and return it."""
        if key not in self._items:
            raise KeyError(f"No page {key!r}; pages are {[p.key for p in PAGES]}")
        self.navigation.setCurrentItem(self._items[key])
        return self._views[key]

    def _webcam_frame_for_lessons(self) -> None:
        """"Send to the kernel editor": open the lesson on the frame just sent."""
        from gui.widgets.image_source import WEBCAM

        self.show_page("kernel_editor").source.choose(WEBCAM)

    def _open_exercises(self, topic: str) -> None:
        """A lesson's "Exercises" button: the Exercises page, on that lesson's topic."""
        self.show_page("exercises").open_topic(topic)

    def current_step_player(self) -> StepPlayer | None:
        """The step controls of the page shown, if it has some (the lessons that animate)."""
        page = self.pages.currentWidget()
        if page is None:
            return None
        players = [p for p in page.findChildren(StepPlayer) if p.isVisible() and p.count > 0]
        return players[0] if players else None

    def current_view(self) -> QWidget | None:
        """The view of the page shown (not its scroll area), or None before the first."""
        frame = self.pages.currentWidget()
        return next((self._views[k] for k, f in self._frames.items() if f is frame), None)

    def current_page_key(self) -> str:
        return next(k for k, v in self._frames.items() if v is self.pages.currentWidget())

    def _navigation_changed(self, item: QTreeWidgetItem | None) -> None:
        key = item.data(0, PAGE_ROLE) if item is not None else None
        if not key:
            return
        if key not in self._views:
            view = next(p for p in PAGES if p.key == key).make(self.session)
            self._views[key] = view
            self._frames[key] = page_frame(view)
            self.pages.addWidget(self._frames[key])
        self.pages.setCurrentWidget(self._frames[key])

    # -- menus --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.activities = ActivityController(self, self)  # Save/Open activity, its panel
        self.file_menu.addActions(self.activities.actions())
        self.file_menu.addSeparator()
        self.restore_defaults_action = QAction(self)
        self.restore_defaults_action.setObjectName("restoreDefaultsAction")
        self.restore_defaults_action.triggered.connect(self.ask_to_restore_defaults)
        self.file_menu.addAction(self.restore_defaults_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self._language_actions = QActionGroup(self)
        for code, name in i18n.LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setData(code)
            action.setChecked(code == i18n.current_language())
            self._language_actions.addAction(action)
            self.language_menu.addAction(action)
        self._language_actions.triggered.connect(self._language_chosen)
        self.full_screen_action = QAction(self, checkable=True)
        self.full_screen_action.setObjectName("fullScreenAction")
        self.full_screen_action.setShortcut(QKeySequence.StandardKey.FullScreen)
        self.full_screen_action.toggled.connect(self._toggle_full_screen)
        self.view_menu.addAction(self.full_screen_action)
        self.help_menu = bar.addMenu("")
        self.manual_action = QAction(self)
        self.manual_action.setObjectName("manualAction")
        self.manual_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.manual_action.triggered.connect(self.show_manual)
        self.help_menu.addAction(self.manual_action)
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.about_action = QAction(self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.triggered.connect(lambda: show_about(self))
        self.help_menu.addAction(self.about_action)

    def show_manual(self) -> QDialog:
        dialog = ManualDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # not modal to the app: the manual can stay open beside a lesson
        return dialog

    def show_shortcuts(self) -> QDialog:
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _language_chosen(self, action: QAction) -> None:
        i18n.apply_language(action.data())

    def _toggle_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    # -- status bar and TensorFlow ------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.tf_status = QLabel()
        self.tf_status.setObjectName("tfStatus")
        # Shown only when the import failed: a dead session is never the end of a lesson.
        self.tf_retry = QPushButton()
        self.tf_retry.setObjectName("tfRetry")
        self.tf_retry.clicked.connect(tensorflow_warm_up().retry)
        self.tf_details = QPushButton()
        self.tf_details.setObjectName("tfDetails")
        self.tf_details.clicked.connect(self._show_tf_details)
        for widget in (self.tf_status, self.tf_retry, self.tf_details):
            self.statusBar().addPermanentWidget(widget)

    def _start_warm_up(self) -> None:
        warm_up = tensorflow_warm_up()
        warm_up.ready.connect(self._tf_ready)
        warm_up.failed.connect(self._show_tf_status)
        warm_up.started_again.connect(self._show_tf_status)
        warm_up.start()
        self._show_tf_status()

    def _show_tf_status(self) -> None:
        warm_up = tensorflow_warm_up()
        failed = warm_up.error is not None
        if warm_up.version is not None:
            text = self.tr("TensorFlow {version} ready").format(version=warm_up.version)
        elif failed:
            text = self.tr("TensorFlow could not be loaded, so no model can run yet.")
        elif warm_up.started:
            text = self.tr("Loading TensorFlow in the background…")
        else:
            text = ""
        self.tf_status.setText(text)
        self.tf_retry.setVisible(failed)
        self.tf_details.setVisible(failed)

    def _show_tf_details(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("TensorFlow could not be loaded"),
                          self.tr("Python reported this while loading TensorFlow. “Try again” "
                                  "loads it once more; if it keeps failing, reinstalling CNN "
                                  "Lab (./lab start) usually mends it."),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("tfDetailsMessage")
        box.setDetailedText(tensorflow_warm_up().error or "")
        box.open()

    def _tf_ready(self, version: str, seconds: float) -> None:
        self._show_tf_status()
        message = self.tr("TensorFlow {version} loaded in {seconds} s")
        self.statusBar().showMessage(
            message.format(version=version, seconds=i18n.number(seconds, 1)), 5000)

    # -- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CNN Lab — convolutional networks, step by step"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.activities.retranslate()
        self.restore_defaults_action.setText(self.tr("&Restore defaults…"))
        self.restore_defaults_action.setToolTip(self.tr(
            "Forget every remembered choice: window, language, model, data and training "
            "settings."))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.full_screen_action.setText(self.tr("&Full screen"))
        self.tf_retry.setText(self.tr("Try again"))
        self.tf_retry.setToolTip(self.tr("Load TensorFlow again in the background."))
        self.tf_details.setText(self.tr("Details"))
        self.tf_details.setToolTip(self.tr("What Python reported when loading TensorFlow."))
        self.help_menu.setTitle(self.tr("&Help"))
        self.manual_action.setText(self.tr("&Manual"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About CNN Lab"))
        group_titles = {LESSONS: self.tr("Lessons"), LAB: self.tr("Lab")}
        for group, item in self._group_items.items():
            item.setText(0, group_titles[group])
        page_titles = {
            "convolution": self.tr("1. Convolution"),
            "image_representation": self.tr("2. Images"),
            "convolution_3d": self.tr("3. 3D convolution"),
            "mlp_vs_cnn": self.tr("4. MLP × CNN"),
            "kernel_editor": self.tr("5. Filters and edges"),
            "pooling": self.tr("6. Pooling"),
            "pooling_invariance": self.tr("7. Max pooling"),
            "backprop": self.tr("8. Backpropagation"),
            "exercises": self.tr("9. Exercises"),
            "draw": self.tr("Draw"),
            "activations": self.tr("Activations"),
            "webcam": self.tr("Webcam"),
            "training": self.tr("Training"),
            "evaluation": self.tr("Evaluation"),
            "robustness": self.tr("Robustness"),
            "my_digits": self.tr("My digits"),
        }
        for key, item in self._items.items():
            item.setText(0, page_titles[key])
        self._fit_navigation()
        self.statusBar().clearMessage()  # a passing message would stay in the old language
        for action in self._language_actions.actions():
            action.setChecked(action.data() == i18n.current_language())
        self._show_tf_status()

    def _fit_navigation(self) -> None:
        """The side list as wide as its longest title in this language, so none is cut."""
        needed = (self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth()
                  + self.navigation.indentation() // 2 + 8)
        self.navigation.setMinimumWidth(min(max(needed, 160), 260))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- remembered state ---------------------------------------------------------------------
    def ask_to_restore_defaults(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Restore defaults"),
            self.tr("Forget every remembered choice (window size, language, model, data and "
                    "training settings) and go back to the defaults? Your saved models, "
                    "drawings and digits are not touched."))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_defaults()

    def restore_defaults(self) -> None:
        """Clear the settings file and apply the defaults that can change at once."""
        restore_defaults()
        i18n.apply_language(i18n.default_language(), remember=False)
        available = self.screen().availableGeometry()
        self.resize(min(1280, available.width()), min(860, available.height()))
        self.statusBar().showMessage(self.tr("Defaults restored."), 8000)

    def tell_settings_were_reset(self, kept: Path) -> None:
        """A damaged settings file was set aside at start: say so, without blocking anything."""
        text = self.tr("The settings file could not be read, so CNN Lab started with the "
                       "defaults. The damaged file was kept as {path}.").format(path=kept)
        self.statusBar().showMessage(text, 15000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Settings reset"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("settingsResetMessage")
        box.open()  # not modal to the event loop: the app goes on working behind it

    def _restore_state(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            # First start: as big as useful, but never larger than a projector's screen.
            available = self.screen().availableGeometry()
            self.resize(min(1280, available.width()), min(860, available.height()))
        last = settings.value("window/page", PAGES[0].key, type=str)
        self.show_page(last if last in self._items else PAGES[0].key)

    def closeEvent(self, event: QCloseEvent) -> None:
        QApplication.instance().removeEventFilter(self._presenter_keys)
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/page", self.current_page_key())
        super().closeEvent(event)
