"""Save a screenshot of every view in every language into docs/screenshots/.

Run from the repository root: ``QT_QPA_PLATFORM=offscreen python scripts/screenshots.py``
(or under Xvfb). Uses a throw-away settings file, so your own settings are untouched.
"""

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402 - after the path is set
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from gui import i18n  # noqa: E402
from gui.lessons.convolution import DECK_INPUT, DECK_KERNEL  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.settings import name_application  # noqa: E402
from gui.tf_warmup import tensorflow_warm_up  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1360, 900)


def deck_example(view: QWidget) -> None:
    view.load_deck_example()


def stride_and_padding(view: QWidget) -> None:
    view.set_example(DECK_INPUT, DECK_KERNEL, stride=2, padding=1)
    view.view.player.set_position(view.view.player.count - 1)


# (file name, page key, how to set the page up)
SCENES: list[tuple[str, str, Callable[[QWidget], None]]] = [
    ("convolution", "convolution", deck_example),
    ("convolution-stride-padding", "convolution", stride_and_padding),
]


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    app = QApplication(sys.argv)
    name_application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    OUT.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    tensorflow_warm_up().wait()
    settle(app)
    for language in (i18n.PORTUGUESE, i18n.ENGLISH):
        i18n.apply_language(language, remember=False)
        for name, key, set_up in SCENES:
            set_up(window.show_page(key))
            settle(app)
            path = OUT / f"{name}_{language}.png"
            window.grab().save(str(path))
            print(path.relative_to(ROOT))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
