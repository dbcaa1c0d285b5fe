"""Remembered settings: a damaged file never stops the app, and "Restore defaults" forgets."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gui import i18n
from gui.main_window import MainWindow
from gui.settings import app_settings, recover_damaged_settings

GARBAGE = b"\x00\xff\xfe[[[not an ini file\n=\n\x01\x02 key ===\n[window\ngeometry=@Byte(\\xzz"


def damage_the_settings_file() -> Path:
    path = Path(app_settings().fileName())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(GARBAGE)
    return path


def test_a_damaged_file_is_set_aside_and_the_app_starts_on_defaults(qtbot: QtBot) -> None:
    path = damage_the_settings_file()
    kept = recover_damaged_settings()  # as at start: the first reader of the file
    assert kept == path.with_name(path.name + ".damaged") and kept.read_bytes() == GARBAGE
    assert app_settings().status() == QSettings.Status.NoError
    assert app_settings().allKeys() == []  # nothing of the garbage survives
    assert recover_damaged_settings() is None  # a readable (or absent) file is left alone
    window = MainWindow(warm_up_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    window.tell_settings_were_reset(kept)
    message = window.findChild(QMessageBox, "settingsResetMessage")
    assert message.isVisible() and str(kept) in message.text()
    assert "started with the defaults" in window.statusBar().currentMessage()


def test_restore_defaults_forgets_every_remembered_choice(qtbot: QtBot) -> None:
    settings = app_settings()
    settings.setValue("window/page", "pooling")
    settings.setValue("models/current", "mnist_mlp")
    settings.setValue("training/epochs", 7)
    settings.sync()
    window = MainWindow(warm_up_tensorflow=False)
    qtbot.addWidget(window)
    window.restore_defaults()
    assert app_settings().allKeys() == []
    assert i18n.current_language() == i18n.default_language()
    # Said in the language just restored (Portuguese on a C-locale lab machine).
    assert window.statusBar().currentMessage() == window.tr("Defaults restored.")


@pytest.mark.parametrize("answer, kept", [(QMessageBox.StandardButton.No, True),
                                          (QMessageBox.StandardButton.Yes, False)])
def test_the_menu_asks_before_forgetting(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                         answer: QMessageBox.StandardButton, kept: bool) -> None:
    app_settings().setValue("models/current", "mnist_mlp")
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answer)
    window = MainWindow(warm_up_tensorflow=False)
    qtbot.addWidget(window)
    window.restore_defaults_action.trigger()
    assert (app_settings().value("models/current") == "mnist_mlp") is kept
