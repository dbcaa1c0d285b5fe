"""Run one view on its own (``python -m gui.lessons.convolution``), as Orange's widgets do."""

import sys
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

from gui.i18n import apply_language, default_language
from gui.settings import name_application


def run_preview(make_view: Callable[[], QWidget]) -> int:
    """Open ``make_view()`` in its own window, in the user's language, and run Qt."""
    app = QApplication.instance() or QApplication(sys.argv)
    name_application()
    apply_language(default_language(), remember=False)
    view = make_view()
    view.resize(1100, 800)
    view.show()
    return app.exec()
