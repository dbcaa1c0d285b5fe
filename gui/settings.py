"""One place that names the app for QSettings and opens its settings file.

INI format everywhere (also on Windows and macOS) so a test, or an administrator preparing
a lab image, can point the app at a settings file with ``QSettings.setPath``.
"""

import math
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

ORGANISATION = "CNN Lab"
APPLICATION = "CNN Lab"


def name_application() -> None:
    """Set the organisation and application names once, before any QSettings is made."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)


def app_settings() -> QSettings:
    """The user's settings file (INI), shared by every part of the GUI."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     ORGANISATION, APPLICATION)


def remembered(key: str, default: object, kind: type) -> object:
    """The value remembered under ``key`` as ``kind``, or ``default`` when it is missing or
    unusable (a hand-edited file: "abc" or "1e400" for a number). Never raises."""
    try:
        value = app_settings().value(key, default, type=kind)
    except (TypeError, ValueError, OverflowError):  # "1e400" as an int raises OverflowError
        return default
    if kind is float and not math.isfinite(value):
        return default
    return value


def recover_damaged_settings() -> Path | None:
    """Move an unreadable settings file aside so the app starts on defaults; None if it was fine.

    Returns where the damaged copy was kept (next to it, ``.damaged`` appended), so that the
    message can say it was reset and that nothing was deleted. Call it before anything else
    reads the settings: Qt reports a parse error only to the first reader of the file.
    """
    settings = app_settings()
    if settings.status() != QSettings.Status.FormatError:
        return None
    path = Path(settings.fileName())
    kept = path.with_name(path.name + ".damaged")
    try:
        os.replace(path, kept)
    except OSError:  # even moving it failed: start on defaults without it
        kept = path
    # Qt keeps what it parsed in a per-process cache: empty it, so no garbage key survives.
    settings.clear()
    settings.sync()
    return kept


def restore_defaults() -> None:
    """Forget every remembered choice (window, language, models, data, hyperparameters)."""
    settings = app_settings()
    settings.clear()
    settings.sync()
