"""Start the GUI: QApplication, settings, language, main window, TensorFlow warm-up."""

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from engine.desktop_entry import APP_ID, ICON_SIZES, icon_file
from gui.i18n import apply_language, default_language
from gui.settings import name_application, recover_damaged_settings


def application_icon() -> QIcon:
    """CNN Lab's icon, one PNG per size, so that title bars and task bars get a sharp one.

    The PNGs are rendered from resources/icons/cnn-lab.svg by scripts/make_icons.py.
    """
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_file(size)))
    return icon


def main(argv: list[str] | None = None, language: str | None = None) -> int:
    """Open the main window and run until it closes; returns the exit code.

    ``language`` overrides the remembered language for this run only.
    """
    argv = sys.argv if argv is None else argv
    app = QApplication.instance() or QApplication(argv)
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
    apply_language(language or default_language(), remember=False)
    # Imported after the translators so the first texts are already in the right language.
    from gui.main_window import MainWindow
    from gui.tf_warmup import tensorflow_warm_up

    window = MainWindow()
    window.show()
    if damaged is not None:
        window.tell_settings_were_reset(damaged)
    code = app.exec()
    tensorflow_warm_up().wait()  # never leave an import half-done at interpreter exit
    return code


if __name__ == "__main__":
    sys.exit(main())
