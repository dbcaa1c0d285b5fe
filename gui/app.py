"""Start the GUI: QApplication, settings, language, main window, TensorFlow warm-up."""

import datetime
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from engine.desktop_entry import APP_ID, ICON_SIZES, icon_file
from engine.paths import app_data_dir, ensure_dir
from gui.i18n import apply_language, default_language
from gui.settings import name_application, recover_damaged_settings
from gui.workers import collect_garbage_on_gui_thread

if TYPE_CHECKING:
    from gui.main_window import MainWindow


def application_icon() -> QIcon:
    """CNN Lab's icon, one PNG per size, so that title bars and task bars get a sharp one.

    The PNGs are rendered from resources/icons/cnn-lab.svg by scripts/make_icons.py.
    """
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_file(size)))
    return icon


CRASH_LOG = "errors.log"
_reporting = False  # an error while showing the dialog is only logged, never shown again


def crash_log_path() -> Path:
    """Where unexpected errors are written, in the app's data folder."""
    return app_data_dir() / CRASH_LOG


def log_uncaught(kind: type[BaseException], error: BaseException,
                 trace: TracebackType | None) -> Path | None:
    """Append the traceback to the crash log; None when even that is impossible."""
    path = crash_log_path()
    stamp = datetime.datetime.now().isoformat(timespec="seconds")
    text = "".join(traceback.format_exception(kind, error, trace))
    try:
        ensure_dir(path.parent)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {stamp}\n{text}\n")
    except OSError:
        return None
    return path


def report_uncaught(kind: type[BaseException], error: BaseException,
                    trace: TracebackType | None) -> None:
    """sys.excepthook: log the traceback and tell the person, in their language; keep running.

    Without it PySide6 prints the traceback on the terminal (nobody in a class reads it) and
    the action silently does nothing.
    """
    global _reporting
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    path = log_uncaught(kind, error, trace)
    if _reporting or QApplication.instance() is None:
        return
    _reporting = True
    try:
        translate = QCoreApplication.translate
        where = str(path) if path is not None else translate("CrashReport", "(not written)")
        box = QMessageBox(QMessageBox.Icon.Warning, translate("CrashReport", "Unexpected error"),
                          translate("CrashReport", "Something went wrong, and the last action "
                                    "may not have finished. The lab keeps running; the details "
                                    "were written to {log}.").format(log=where))
        box.setObjectName("crashDialog")
        box.setDetailedText("".join(traceback.format_exception(kind, error, trace)))
        box.exec()
    finally:
        _reporting = False


def install_excepthook() -> None:
    sys.excepthook = report_uncaught


def open_activity_when_shown(window: "MainWindow", activity: str | Path) -> None:
    """Open an activity file once the event loop runs, so its panel (or its message, for a bad
    file) appears over the window already shown; the app keeps running either way."""
    path = Path(activity).absolute()  # the folder it was given in, whatever happens later
    QTimer.singleShot(0, window, lambda: window.activities.open_file(path))


def main(argv: list[str] | None = None, language: str | None = None,
         activity: str | None = None) -> int:
    """Open the main window and run until it closes; returns the exit code.

    ``language`` overrides the remembered language for this run only; ``activity`` is a
    ``.cnnlab`` file to open (``cnn-lab lesson.cnnlab``, what a double click runs).
    """
    argv = sys.argv if argv is None else argv
    app = QApplication.instance() or QApplication(argv)
    collect_garbage_on_gui_thread()  # before any thread starts: see gui.workers
    name_application()
    app.setWindowIcon(application_icon())
    if sys.platform.startswith("linux"):
        # A desktop's own (GTK, portal) file dialog speaks the system's language, often the
        # bare C locale of a lab machine; Qt's own dialog follows the app's language.
        app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    # Wayland shells find the task-bar icon through the desktop entry of this name
    # (cnn-lab.desktop, written by cnn-lab --install-desktop-entry).
    QGuiApplication.setDesktopFileName(APP_ID)
    damaged = recover_damaged_settings()  # before anything reads a setting
    install_excepthook()
    apply_language(language or default_language(), remember=False)
    # Imported after the translators so the first texts are already in the right language.
    from gui.main_window import MainWindow
    from gui.tf_warmup import tensorflow_warm_up

    window = MainWindow()
    window.show()
    if damaged is not None:
        window.tell_settings_were_reset(damaged)
    if activity:
        open_activity_when_shown(window, activity)
    code = app.exec()
    tensorflow_warm_up().wait()  # never leave an import half-done at interpreter exit
    return code


if __name__ == "__main__":
    sys.exit(main())
