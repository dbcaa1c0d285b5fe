"""A failed TensorFlow import is a sentence and a "Try again" button, never a dead session."""

import threading
from types import ModuleType

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

import engine.tensorflow_runtime as tensorflow_runtime
import gui.tf_warmup as tf_warmup
from gui import i18n
from gui.main_window import MainWindow


class BrokenUntilMended:
    """An importer that fails, as a broken install does, until the test "mends" it."""

    def __init__(self) -> None:
        self.mended = threading.Event()

    def __call__(self, name: str) -> ModuleType:
        if not self.mended.is_set():
            raise ImportError("libtensorflow_framework.so.2: cannot open shared object file")
        import importlib

        return importlib.import_module(name)


@pytest.fixture
def broken_tensorflow(monkeypatch: pytest.MonkeyPatch) -> BrokenUntilMended:
    importer = BrokenUntilMended()
    monkeypatch.setattr(tensorflow_runtime, "_runtime",
                        tensorflow_runtime.TensorFlowRuntime(importer))
    monkeypatch.setattr(tf_warmup, "_warm_up", None)  # a warm-up of this process of its own
    return importer


def test_retry_after_a_failed_import_loads_tensorflow_and_the_waiting_model(
    qtbot: QtBot, broken_tensorflow: BrokenUntilMended
) -> None:
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    window = MainWindow(warm_up_tensorflow=True)
    qtbot.addWidget(window)
    window.show()
    draw = window.show_page("draw")
    warm_up = tf_warmup.tensorflow_warm_up()
    retry = window.findChild(QPushButton, "tfRetry")
    qtbot.waitUntil(lambda: warm_up.error is not None and retry.isVisible(), timeout=60_000)
    window.session.wait()
    qtbot.waitUntil(lambda: window.session.waiting_for_tensorflow is not None, timeout=10_000)
    status = window.findChild(QLabel, "tfStatus").text()
    assert status.startswith("Não foi possível carregar o TensorFlow")
    assert "ImportError" not in status  # the detail waits behind its button
    assert retry.text() == "Tentar de novo"

    window.findChild(QPushButton, "tfDetails").click()
    details = window.findChild(QMessageBox, "tfDetailsMessage")
    assert details.isVisible() and "cannot open shared object" in details.detailedText()
    details.close()

    broken_tensorflow.mended.set()
    retry.click()
    qtbot.waitUntil(lambda: warm_up.version is not None, timeout=120_000)
    # The worker sets the version, then its signal reaches the status bar on the GUI thread.
    status = window.findChild(QLabel, "tfStatus")
    qtbot.waitUntil(lambda: warm_up.version in status.text(), timeout=5_000)
    assert not retry.isVisible()
    qtbot.waitUntil(lambda: window.session.current is not None, timeout=120_000)
    assert window.session.waiting_for_tensorflow is None
    qtbot.waitUntil(draw.is_settled, timeout=60_000)
