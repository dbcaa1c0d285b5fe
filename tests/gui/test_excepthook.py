"""No traceback on the terminal: the app logs it and says so; the tests fail on any such error."""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from gui import app, i18n

ROOT = Path(__file__).resolve().parents[2]


def _close_the_dialog(seen: list[str]) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == "crashDialog":
            seen.append(widget.text())
            widget.close()


def test_an_uncaught_error_is_logged_and_shown_in_the_interface_language(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CNN_LAB_HOME", str(tmp_path))
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    seen: list[str] = []
    QTimer.singleShot(100, lambda: _close_the_dialog(seen))
    try:
        raise ValueError("a slot went wrong")
    except ValueError as error:
        app.report_uncaught(type(error), error, error.__traceback__)
    assert seen and "O laboratório continua funcionando" in seen[0]
    assert str(tmp_path / app.CRASH_LOG) in seen[0]
    log = (tmp_path / app.CRASH_LOG).read_text(encoding="utf-8")
    assert "ValueError: a slot went wrong" in log and "Traceback" in log


def test_an_exception_in_a_qt_override_fails_the_test_suite(tmp_path: Path) -> None:
    """The guard itself: pytest-qt, configured as in pyproject.toml, fails such a test."""
    test = tmp_path / "test_override.py"
    test.write_text(textwrap.dedent('''
        from PySide6.QtCore import QEvent, QTimer
        from PySide6.QtWidgets import QApplication, QWidget

        class Broken(QWidget):
            def changeEvent(self, event):
                if event.type() == QEvent.Type.LanguageChange:
                    raise RuntimeError("raised in changeEvent")
                super().changeEvent(event)

        def test_broken(qtbot):
            widget = Broken()
            qtbot.addWidget(widget)
            # Delivered by the event loop, as a language switch does: nothing raises here.
            QTimer.singleShot(0, lambda: QApplication.sendEvent(
                widget, QEvent(QEvent.Type.LanguageChange)))
            qtbot.wait(50)
    '''))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", str(test), "-q", "-p", "no:cacheprovider",
         "-c", str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Exceptions caught in Qt event loop" in result.stdout, result.stdout
    assert "raised in changeEvent" in result.stdout and "1 failed" in result.stdout
