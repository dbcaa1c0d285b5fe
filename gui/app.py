"""Start the GUI: QApplication, settings, language, main window, TensorFlow warm-up."""

import sys

from PySide6.QtWidgets import QApplication

from gui.i18n import apply_language, default_language
from gui.settings import name_application, recover_damaged_settings


def main(argv: list[str] | None = None, language: str | None = None) -> int:
    """Open the main window and run until it closes; returns the exit code.

    ``language`` overrides the remembered language for this run only.
    """
    argv = sys.argv if argv is None else argv
    app = QApplication.instance() or QApplication(argv)
    name_application()
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
