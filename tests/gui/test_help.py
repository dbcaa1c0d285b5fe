"""Help menu: the keyboard shortcuts (from one table, true to the app), the manual, About."""

from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QTableWidget, QTextBrowser
from pytestqt.qtbot import QtBot

from gui import i18n
from gui.about import about_text
from gui.main_window import PAGES, MainWindow
from gui.shortcuts import shortcut_table
from tests.gui.test_main_window import choose_language, make_window, navigation_texts

NOT_SHORTCUTS = {"Tab", "Shift+Tab"}  # focus movement, listed for people, not QShortcuts


def registered_keys(window: MainWindow) -> set[str]:
    """Every key sequence the window answers to: menu actions and shortcuts of every page."""
    for page in PAGES:
        window.show_page(page.key)
    keys = {s.key().toString() for s in window.findChildren(QShortcut) if s.isEnabled()}
    for action in window.findChildren(QAction):
        keys.update(k.toString() for k in action.shortcuts())
    window.session.wait()
    return keys - {""}


def test_the_shortcut_table_lists_exactly_the_shortcuts_the_app_has(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    listed = {k.toString() for row in shortcut_table() for k in row.keys}
    registered = registered_keys(window)
    assert registered - listed == set(), "a shortcut missing from Help → Keyboard shortcuts"
    assert listed - NOT_SHORTCUTS - registered == set(), "the table lists a key that does nothing"


def test_help_shows_the_shortcuts_in_the_interface_language(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    choose_language(window, i18n.PORTUGUESE, qtbot)
    dialog = window.show_shortcuts()
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    rows = shortcut_table()
    assert table.rowCount() == len(rows) > 10
    whats = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert "Próximo passo da lição (o que um passador de slides envia)" in whats
    assert table.horizontalHeaderItem(0).text() == "Teclas"
    keys = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert any("PgDown" in k or "Page Down" in k for k in keys)
    dialog.close()


def manual_text(window: MainWindow) -> str:
    dialog = window.show_manual()
    text = dialog.findChild(QTextBrowser, "manualBrowser").toPlainText()
    dialog.close()
    return text


def test_the_manual_covers_every_page_in_both_languages(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    for language, title in ((i18n.ENGLISH, "a short manual"), (i18n.PORTUGUESE, "manual curto")):
        choose_language(window, language, qtbot)
        text = manual_text(window)
        assert title in text
        missing = [page for page in navigation_texts(window) if page not in text]
        assert not missing, f"the {language} manual says nothing of {missing}"
    assert window.findChild(QAction, "manualAction").text() == "&Manual"


def test_about_states_the_licence_and_credits_each_photo(qtbot: QtBot) -> None:
    make_window(qtbot)
    text = about_text()
    assert "MIT licence" in text
    for credit in ("NASA", "Michetti", "van der Walt", "Varshney", "CC0Textures",
                   "Brooklyn Museum", "Wikipedia"):
        assert credit in text
