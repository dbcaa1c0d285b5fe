"""Models made elsewhere, used on every page, then a language switch: no exception anywhere.

pytest-qt fails a test on any exception in a Qt override or slot (see test_excepthook.py), so
this test is the teacher's "foreign models, then Português" session that printed two
``Error calling Python override of QWidget::changeEvent()``.
"""

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui import i18n
from gui.main_window import PAGES, MainWindow
from gui.session import shipped_entry
from tests.gui.drawing_helpers import draw_seven

LONG = 60_000


def _models(folder: Path) -> list[Path]:
    """No card: a (28, 28) input without a channel axis, and three classes of 28 × 28 × 1."""
    import keras

    from engine.models.io import save_model

    flat = keras.Sequential([keras.Input((28, 28)), keras.layers.Reshape((28, 28, 1)),
                             keras.layers.Conv2D(2, 3, name="conv"), keras.layers.Flatten(),
                             keras.layers.Dense(10, activation="softmax")])
    three = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Conv2D(2, 3, name="conv"),
                              keras.layers.Flatten(), keras.layers.Dense(3, activation="softmax")])
    # The channel-less one last: its outputs are the ones left when the default comes back.
    return [save_model(three, folder / "three.keras"), save_model(flat, folder / "flat.keras")]


def test_foreign_models_on_every_page_then_switching_language(qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    draw = window.show_page("draw")
    qtbot.waitUntil(lambda: window.session.current is not None, timeout=LONG)
    draw_seven(draw.canvas)
    window.show_page("activations").grad_cam_check.setChecked(True)
    for path in _models(tmp_path):
        window.session.add_model_file(path)
        qtbot.waitUntil(lambda: not window.session.busy, timeout=LONG)
        assert window.session.current.entry.path == path.resolve()
        for page in PAGES:
            window.show_page(page.key)
            QApplication.processEvents()
    window.session.select(shipped_entry("mnist_cnn"))
    qtbot.waitUntil(lambda: not window.session.busy, timeout=LONG)
    for language in (i18n.PORTUGUESE, i18n.ENGLISH, i18n.PORTUGUESE):
        i18n.apply_language(language, remember=False)
        qtbot.wait(50)
    window.show_page("activations")
    qtbot.wait(200)
    assert window.session.current.entry.shipped_key == "mnist_cnn"
