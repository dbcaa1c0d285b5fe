"""Shared test set-up: no screen, and a private settings file for every test."""

import os
from collections.abc import Iterator
from pathlib import Path

# Before any Qt import: the tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from engine.tensorflow_runtime import require_tensorflow

# Tests use TensorFlow and Keras directly, as independent references (``import keras`` in a
# test), while the app's code imports them in background threads through the runtime. Two
# imports at once corrupt TensorFlow (seen: "no attribute DatasetV2" in the MLP × CNN tests),
# so the test process imports them once, through the same lock, before any test runs.
require_tensorflow()

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def isolated_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[None]:
    """Point QSettings at a temporary folder and start every GUI test in English."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QSettings

    from gui import i18n
    from gui.settings import name_application

    request.getfixturevalue("qapp")
    name_application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    i18n.apply_language(i18n.ENGLISH, remember=False)
    yield
    i18n.apply_language(i18n.ENGLISH, remember=False)
