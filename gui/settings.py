"""One place that names the app for QSettings and opens its settings file.

INI format everywhere (also on Windows and macOS) so a test, or an administrator preparing
a lab image, can point the app at a settings file with ``QSettings.setPath``.
"""

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
