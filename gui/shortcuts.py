"""Help → Keyboard shortcuts: every key the app answers to, from one table.

:func:`shortcut_table` is the list the dialog shows; tests/gui/test_help.py compares it with
the shortcuts the window really has (menus, lessons, Draw), so the two cannot drift apart.
"""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Shortcut:
    """Keys (any one of them works), where they work and what they do, in the language shown."""

    keys: tuple[QKeySequence, ...]
    where: str
    what: str


def _keys(*keys: str | QKeySequence.StandardKey) -> tuple[QKeySequence, ...]:
    """Sequences from portable texts ("Ctrl+Y") or the platform's standard keys, once each."""
    found: dict[str, QKeySequence] = {}
    for key in keys:
        sequences = (QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey)
                     else [QKeySequence(key)])
        for sequence in sequences:
            found.setdefault(sequence.toString(), sequence)
    return tuple(found.values())


def _menu_key(key: QKeySequence.StandardKey) -> tuple[QKeySequence, ...]:
    """A menu action's standard key: ``QAction.setShortcut`` takes its first binding only."""
    return _keys(key)[:1]


class _Texts(QObject):
    """Only for ``self.tr``: the table's words get their own translation context."""

    def table(self) -> list[Shortcut]:
        anywhere, lesson = self.tr("Anywhere"), self.tr("Lessons with steps")
        draw = self.tr("Draw")
        builder = self.tr("Training → Network (the layer list)")
        presenter = self.tr("Presenter mode")
        standard = QKeySequence.StandardKey
        rows = [
            Shortcut(_menu_key(standard.HelpContents), anywhere,
                     self.tr("This manual (Help → Manual)")),
            Shortcut(_keys("PgDown"), anywhere,
                     self.tr("Next step of the lesson (what a presenter remote sends)")),
            Shortcut(_keys("PgUp"), anywhere, self.tr("Previous step of the lesson")),
            Shortcut(_keys("Tab", "Shift+Tab"), anywhere,
                     self.tr("Next or previous control; the arrows move inside a grid "
                             "or a list")),
            Shortcut(_menu_key(standard.FullScreen), anywhere, self.tr("Full screen on or off")),
            Shortcut(_keys("F5"), anywhere,
                     self.tr("Presenter mode on or off: full screen, large type, strong "
                             "highlights, the pointer as a halo")),
            Shortcut(_keys("F6"), presenter, self.tr("Show or hide the list of lessons")),
            Shortcut(_keys("Esc"), presenter,
                     self.tr("Leave presenter mode (while a cell is being edited, Esc cancels "
                             "the edit; on Draw it clears the drawing)")),
            Shortcut(_menu_key(standard.Quit), anywhere, self.tr("Quit CNN Lab")),
            Shortcut(_keys("Ctrl+Shift+S"), anywhere,
                     self.tr("Save this page as an activity file (File → Save activity…)")),
            Shortcut(_keys("Ctrl+O"), anywhere,
                     self.tr("Open an activity file (in Draw: open a picture instead)")),
            Shortcut(_keys("Ctrl+Right"), lesson, self.tr("Next step")),
            Shortcut(_keys("Ctrl+Left"), lesson, self.tr("Previous step")),
            Shortcut(_keys("Ctrl+Space"), lesson, self.tr("Play or pause the steps")),
            Shortcut(_keys("Ctrl+Home"), lesson, self.tr("Back to the first step")),
            Shortcut(_keys(standard.Undo), draw, self.tr("Undo the last stroke")),
            Shortcut(_keys(standard.Redo, "Ctrl+Shift+Z", "Ctrl+Y"), draw, self.tr("Redo")),
            Shortcut(_keys("Esc", "Del"), draw, self.tr("Clear the drawing")),
            Shortcut(_keys("E"), draw, self.tr("Eraser on or off")),
            Shortcut(_keys(standard.Open), draw, self.tr("Open a picture of a digit")),
            Shortcut(_keys(standard.Save), draw, self.tr("Save the drawing")),
            Shortcut(_keys("Del"), builder, self.tr("Remove the selected layer")),
            Shortcut(_keys("Ctrl+D"), builder, self.tr("Duplicate the selected layer")),
            Shortcut(_keys("Alt+Up", "Alt+Down", "Ctrl+Up", "Ctrl+Down"), builder,
                     self.tr("Move the selected layer up or down (dragging works too)")),
            Shortcut(_keys("Ctrl+Z"), builder, self.tr("Undo the last change of the layers")),
        ]
        return [row for row in rows if row.keys]  # a standard key this platform does not bind


def shortcut_table() -> list[Shortcut]:
    """Every shortcut of the app, in the current language."""
    return _Texts().table()


def keys_text(shortcut: Shortcut) -> str:
    """The keys as the platform writes them, "Ctrl+Y" or "Ctrl+Shift+Z"."""
    texts = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in shortcut.keys]
    return QCoreApplication.translate("Shortcuts", " or ").join(texts)


class ShortcutsDialog(QDialog):
    """A table of :func:`shortcut_table`: keys, where they work, what they do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_table()
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Where"),
                                              self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, shortcut in enumerate(rows):
            for column, text in enumerate((keys_text(shortcut), shortcut.where, shortcut.what)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 560)  # fits a 1024×768 projector with the window behind it

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Wrapped rows can only be measured once the columns have their real widths.
        self.table.resizeRowsToContents()
