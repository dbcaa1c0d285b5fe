"""Languages of the interface: which ones exist, which one to start in, and switching.

Source strings are English; ``resources/i18n/cnn_lab_pt_BR.qm`` translates them into
Brazilian Portuguese, the course's language. Switching installs a new QTranslator; Qt then
sends every widget a ``LanguageChange`` event and each view re-reads its texts.
"""

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from engine.lessons.walkthrough import format_number
from gui.settings import app_settings
from resources import resource_path

PORTUGUESE = "pt_BR"
ENGLISH = "en"
# Shown in their own language, never translated, so anyone can find theirs.
LANGUAGE_NAMES = {PORTUGUESE: "Português (Brasil)", ENGLISH: "English"}
SETTINGS_KEY = "language"

# Qt 6's own Portuguese (qtbase_pt_BR.qm) lacks these labels of its file dialog: they gained
# an accelerator and lost their translation. Listed here, lupdate puts them in our .ts file,
# and our translator answers for Qt's.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

_installed: list[QTranslator] = []
_current = [ENGLISH]  # a one-item list: module state without a global statement


def default_language() -> str:
    """The remembered choice, else Portuguese unless the system asks for another language.

    Lab machines often run with the bare C/POSIX locale; the course is Portuguese, so that
    counts as Portuguese too. Any other explicit system language starts in English.
    """
    remembered = app_settings().value(SETTINGS_KEY, "", type=str)
    if remembered in LANGUAGE_NAMES:
        return remembered
    system = QLocale.system().language()
    if system in (QLocale.Language.Portuguese, QLocale.Language.C):
        return PORTUGUESE
    return ENGLISH


def current_language() -> str:
    """The language whose translators are installed now."""
    return _current[0]


def apply_language(language: str, remember: bool = True) -> bool:
    """Install the translators for ``language``; returns False if its files are missing."""
    if language not in LANGUAGE_NAMES:
        raise ValueError(f"Unknown language {language!r}; choose one of {list(LANGUAGE_NAMES)}")
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ok = True
    if language != ENGLISH:
        ok = _install(resource_path("i18n", f"cnn_lab_{language}.qm"))
        # Qt's own strings (standard buttons, dialogs) come from Qt's translations.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _install(f"{qt_dir}/qtbase_{language}.qm")
    _current[0] = language
    QLocale.setDefault(QLocale(language if language != ENGLISH else "en_US"))
    _localise_chart_ticks()
    if remember:
        app_settings().setValue(SETTINGS_KEY, language)
    return ok


def _install(path: object) -> bool:
    translator = QTranslator(QCoreApplication.instance())
    if not translator.load(str(path)):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True


def number(value: float, decimals: int) -> str:
    """A decimal number as the interface's language writes it (0,292 in Portuguese)."""
    return QLocale().toString(float(value), "f", decimals)


def integer(value: int) -> str:
    """A whole number with the language's digit grouping (271.786 in Portuguese)."""
    return QLocale().toString(int(value))


def lesson_number(value: float, decimals: int = 3) -> str:
    """A lesson's number as a student writes it (19, 1,75, −0,5) in the interface language.

    The engine's ``format_number`` trims trailing zeros and uses the typographic minus; only
    the decimal separator is the language's here.
    """
    return format_number(value, decimals).replace(".", QLocale().decimalPoint())


def percent(fraction: float, decimals: int = 1) -> str:
    """A fraction (0.9993) as the number of the percentage every view shows: ``99,9``.

    One rounding for the whole interface (verdicts, probability bars, webcam tags,
    evaluation), so a verdict never says 100 % above a bar that says 99,9 %. "100" is kept
    for certainty: 0.99996 shows 99,9, as no model is ever that sure. The caller's
    translatable template places the % sign.
    """
    value = 100 * float(fraction)
    if value < 100 and round(value, decimals) >= 100:
        value = 100 - 10 ** -decimals
    return number(value, decimals)


def list_separator() -> str:
    """Between numbers of a list: "; " where the decimal separator is a comma (1,5; 2)."""
    return "; " if QLocale().decimalPoint() == "," else ", "


def _localise_chart_ticks() -> None:
    """Make every pyqtgraph axis write its tick numbers with the language's decimal separator.

    pyqtgraph formats ticks with Python's "%g" (0.5, −2.5 as "-2.5"); the colour bars and
    charts sit beside grids that write 0,5. Patched once on the class, as pyqtgraph builds
    most axes itself; an axis that formats its own ticks (a subclass) is left alone.
    """
    import pyqtgraph as pg

    original = pg.AxisItem.tickStrings
    if getattr(original, "localised", False):
        return

    def tick_strings(axis: object, values: list[float], scale: float,
                     spacing: float) -> list[str]:
        point = QLocale().decimalPoint()
        return [text.replace(".", point) for text in original(axis, values, scale, spacing)]

    tick_strings.localised = True  # type: ignore[attr-defined]
    pg.AxisItem.tickStrings = tick_strings  # type: ignore[method-assign]
