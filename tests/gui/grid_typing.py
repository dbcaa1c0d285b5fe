"""Type into a MatrixGrid cell as a student does: select it, type, press Enter."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot

from gui.widgets.matrix_grid import MatrixGrid


def type_into_cell(qtbot: QtBot, grid: MatrixGrid, row: int, col: int, typed: str) -> None:
    """Open the cell's editor, replace its text with ``typed`` and press Enter.

    The delegate commits through a queued call, as it does for a real key press, so this waits
    until the grid has left its editing state and the old editor is gone (typing into the
    next cell too early would reach the dying editor).
    """
    qtbot.waitUntil(lambda: grid.findChild(QLineEdit) is None, timeout=2000)
    grid.setFocus()
    grid.setCurrentCell(row, col)
    grid.editItem(grid.item(row, col))
    editor = grid.findChild(QLineEdit)
    assert editor is not None, "the cell editor did not open"
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.state() != QAbstractItemView.State.EditingState, timeout=2000)
