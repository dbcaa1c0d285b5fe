"""A grid of numbers a student can read from the back of the room and edit cell by cell.

Cells accept numbers only. Text that is not a number (or an empty cell) is refused at the
cell: the old value stays and ``editRejected`` carries a message for a visible hint.
Commas are accepted as decimal separators, as Brazilian students write them.
"""

import numpy as np
from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from gui import style
from gui.i18n import lesson_number
from gui.widgets.focus_frame import draw_focus_frame

VALUE_ROLE = Qt.ItemDataRole.UserRole
FIXED_COLOUR = QColor("#d9d9d9")  # cells the student cannot edit (padding)
EMPTY_COLOUR = QColor("#f4f4f4")  # cells not computed yet
FONT_RATIO = 3.6  # a cell of 58 px shows its numbers at 16 pt
SMALLEST_POINT_SIZE = 8.0  # long numbers shrink to fit their cell, down to this size


def display_number(value: float) -> str:
    """A number as the interface's language writes it in a cell (0,5 in Portuguese)."""
    return lesson_number(value)


def parse_number(text: str) -> float | None:
    """A finite number typed by a person (``1,5``, ``−2``, `` 3 ``), or None."""
    cleaned = text.strip().replace(",", ".").replace("−", "-")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if np.isfinite(value) else None


def _fitted(font: QFont, size: float, texts: list[str], room: float,
            smallest: float = SMALLEST_POINT_SIZE) -> QFont:
    """``font`` at ``size``, made 0.5 pt smaller until the widest text fits ``room`` pixels
    (never below ``smallest``)."""
    font = QFont(font)
    font.setPointSizeF(size)
    while (texts and font.pointSizeF() - 0.5 >= smallest
           and max(QFontMetrics(font).horizontalAdvance(t) for t in texts) > room):
        font.setPointSizeF(font.pointSizeF() - 0.5)
    return font


class _NumberDelegate(QStyledItemDelegate):
    """Commits a cell only when its text is a number; otherwise asks the grid to warn."""

    def __init__(self, grid: "MatrixGrid") -> None:
        super().__init__(grid)
        self._grid = grid

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setFont(self._grid.font())
        return editor

    def setModelData(
        self, editor: QWidget, model: object, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        text = editor.text()
        value = parse_number(text)
        if value is None:
            self._grid.reject_text(index.row(), index.column(), text)
            return
        self._grid.commit_value(index.row(), index.column(), value)

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        # Highlights are painted in the look of the moment (stronger in presenter mode), so a
        # lesson only ever names its colours once.
        if style.presenter_look() and option.backgroundBrush.style() != Qt.BrushStyle.NoBrush:
            option.backgroundBrush = QBrush(style.shown_colour(option.backgroundBrush.color()))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        if style.presenter_look():
            self._outline_highlight(painter, option, index.row(), index.column())
        draw_focus_frame(painter, option, self._grid)
        note = self._grid.annotation(index.row(), index.column())
        if not note:
            return
        # A small note in the corner, e.g. the kernel weight that multiplies this input.
        painter.save()
        font = QFont(self._grid.font())
        font.setPointSizeF(self._grid.font().pointSizeF() * 0.55)
        painter.setFont(font)
        painter.setPen(QColor("#7a4b00"))
        area = option.rect.adjusted(2, 1, -4, -2)
        painter.drawText(area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, note)
        painter.restore()

    def _outline_highlight(self, painter: QPainter, option: QStyleOptionViewItem,
                           row: int, col: int) -> None:
        """A thick dark line around each highlighted region (the kernel's window, the cell it
        gives), drawn on the region's border only: it stays when a projector washes the
        colours out."""
        colour = self._grid.background_colour(row, col)
        if colour is None or not style.is_highlight(colour):
            return
        width = int(style.frame_width(2))
        rect = option.rect
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.PRESENTER_OUTLINE))
        sides = {(-1, 0): (rect.left(), rect.top(), rect.width(), width),
                 (1, 0): (rect.left(), rect.bottom() - width + 1, rect.width(), width),
                 (0, -1): (rect.left(), rect.top(), width, rect.height()),
                 (0, 1): (rect.right() - width + 1, rect.top(), width, rect.height())}
        for (dr, dc), (x, y, w, h) in sides.items():
            if self._grid.background_colour(row + dr, col + dc) != colour:
                painter.drawRect(x, y, w, h)
        painter.restore()


class MatrixGrid(QTableWidget):
    """A matrix shown as square cells; editable cells emit ``valuesChanged`` when edited."""

    valuesChanged = Signal()
    editRejected = Signal(str)

    def __init__(
        self, cell_size: int = 58, max_extent: int = 600, parent: QWidget | None = None,
        font_ratio: float = FONT_RATIO,
    ) -> None:
        """``font_ratio``: cell size / type size (larger: smaller numbers, e.g. "0.037")."""
        super().__init__(parent)
        self._font_ratio = font_ratio
        self._largest_cell = cell_size
        self._max_extent = max_extent  # big matrices get smaller cells, not a scroll bar
        self._cell_size = cell_size
        self._shaded = np.zeros((0, 0), dtype=bool)
        self._annotations: dict[tuple[int, int], str] = {}
        self.setItemDelegate(_NumberDelegate(self))
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setMinimumSectionSize(8)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Tab leaves the grid (arrows move between cells): with Tab cycling through the cells,
        # a keyboard user could never reach the step buttons, the kernel or the navigation.
        self.setTabKeyNavigation(False)
        # The grid fits its type to its cells (scaled by the look): presenter mode leaves it be.
        self.setProperty(style.OWN_TYPE_SCALE, True)
        self._style_selection()
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

    # -- contents -------------------------------------------------------------------------
    def set_matrix(
        self,
        values: np.ndarray,
        editable: np.ndarray | bool = True,
        shaded: np.ndarray | bool = False,
    ) -> None:
        """Show ``values`` (2-D; NaN = blank cell).

        ``editable`` and ``shaded`` are masks (or one flag for all cells); shaded cells are
        drawn grey, as the zero padding around an input is.
        """
        values = np.asarray(values, dtype=np.float64)
        editable = np.broadcast_to(np.asarray(editable, dtype=bool), values.shape)
        self._shaded = np.broadcast_to(np.asarray(shaded, dtype=bool), values.shape).copy()
        self.blockSignals(True)
        self.setRowCount(values.shape[0])
        self.setColumnCount(values.shape[1])
        self._size_cells(max(values.shape, default=1))
        for (r, c), value in np.ndenumerate(values):
            item = self._make_item(value, bool(editable[r, c]))
            if self._shaded[r, c]:
                item.setForeground(QBrush(QColor("#666666")))
            self.setItem(r, c, item)
            item.setBackground(QBrush(self._resting_colour(r, c, item)))
        self.blockSignals(False)
        self.setCurrentCell(-1, -1)  # no cell looks chosen until the person picks one
        self._fit_font()
        self._fit_to_cells()

    def values(self) -> np.ndarray:
        """The matrix shown, float64 (NaN for blank cells)."""
        out = np.full((self.rowCount(), self.columnCount()), np.nan)
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                stored = self.item(r, c).data(VALUE_ROLE)
                out[r, c] = np.nan if stored is None else float(stored)
        return out

    def cell_text(self, row: int, col: int) -> str:
        """What the person sees in a cell."""
        return self.item(row, col).text()

    def set_backgrounds(self, colours: dict[tuple[int, int], QColor]) -> None:
        """Colour the listed cells; all others get their resting colour."""
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                item = self.item(r, c)
                colour = colours.get((r, c), self._resting_colour(r, c, item))
                item.setBackground(QBrush(colour))

    def set_annotations(self, notes: dict[tuple[int, int], str]) -> None:
        """Small corner notes on cells (e.g. "×3", the weight on top of an input value)."""
        self._annotations = dict(notes)
        self.viewport().update()

    def annotation(self, row: int, col: int) -> str:
        return self._annotations.get((row, col), "")

    def background_colour(self, row: int, col: int) -> QColor | None:
        """The colour a lesson gave a cell (None outside the grid)."""
        item = self.item(row, col) if 0 <= row < self.rowCount() and 0 <= col < self.columnCount() \
            else None
        return None if item is None else item.background().color()

    def refit(self) -> None:
        """Cells, type and frames again for the current look (presenter mode on or off)."""
        self._style_selection()
        self._size_cells(max(self.rowCount(), self.columnCount(), 1))
        self._fit_font()
        self._fit_to_cells()
        self.viewport().update()

    # -- editing (called by the delegate) --------------------------------------------------
    def commit_value(self, row: int, col: int, value: float) -> None:
        item = self.item(row, col)
        item.setData(VALUE_ROLE, value)
        item.setText(display_number(value))
        item.setToolTip("")
        self._fit_font()
        self.valuesChanged.emit()

    def reject_text(self, row: int, col: int, text: str) -> None:
        shown = text.strip()
        if shown:
            message = self.tr("“{text}” is not a number: the cell keeps {old}.")
        else:
            message = self.tr("A cell cannot be empty: the cell keeps {old}.")
        message = message.format(text=shown, old=self.item(row, col).text())
        self.item(row, col).setToolTip(message)
        self.editRejected.emit(message)

    def changeEvent(self, event: QEvent) -> None:
        # The numbers follow a language switch (2.25 ⇄ 2,25), like the words around them.
        if event.type() == QEvent.Type.LanguageChange:
            for r in range(self.rowCount()):
                for c in range(self.columnCount()):
                    item = self.item(r, c)
                    stored = None if item is None else item.data(VALUE_ROLE)
                    if stored is not None:
                        item.setText(display_number(float(stored)))
            self._fit_font()
        super().changeEvent(event)

    # -- helpers ----------------------------------------------------------------------------
    def _make_item(self, value: float, editable: bool) -> QTableWidgetItem:
        item = QTableWidgetItem("" if np.isnan(value) else display_number(value))
        item.setData(VALUE_ROLE, None if np.isnan(value) else float(value))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        return item

    def _resting_colour(self, r: int, c: int, item: QTableWidgetItem) -> QColor:
        if item.data(VALUE_ROLE) is None:
            return EMPTY_COLOUR
        return FIXED_COLOUR if self._shaded[r, c] else QColor("white")

    def _style_selection(self) -> None:
        # The chosen cell gets a blue frame, not a fill that would hide the lesson's colours.
        width = int(style.frame_width(3))
        self.setStyleSheet(
            f"QTableWidget::item:selected {{ border: {width}px solid {style.ACCENT_BLUE}; "
            "color: black; }")

    def _size_cells(self, cells_across: int) -> None:
        # Presenter mode makes cells larger (style.cell_scale) and the type more so.
        scale = style.cell_scale()
        extent = int(self._max_extent * scale)
        largest = int(self._largest_cell * scale)
        size = max(int(28 * scale), min(largest, extent // max(1, cells_across)))
        self._cell_size = size
        font = QFont(self.font())
        font.setPointSizeF(max(9.0, size / self._font_ratio))
        self.setFont(font)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setDefaultSectionSize(size)

    def _fit_font(self) -> None:
        """The cells' font, made smaller until the longest number fits ("−0.185", not "−…").

        In presenter mode the font that fits normal cells is scaled by the type scale (so
        that it is surely that much larger), then shrunk only if a long number needs it."""
        texts = [self.item(r, c).text() for r in range(self.rowCount())
                 for c in range(self.columnCount()) if self.item(r, c) is not None]
        normal_cell = self._cell_size / style.cell_scale()
        size = max(9.0, normal_cell / self._font_ratio)
        font = _fitted(QFont(self.font()), size, texts, normal_cell - 8)
        scale = style.type_scale()
        if scale != 1.0:
            larger = style.scaled_font(font, scale)
            font = _fitted(larger, larger.pointSizeF(), texts, self._cell_size - 8,
                           smallest=font.pointSizeF())
        self.setFont(font)

    def _fit_to_cells(self) -> None:
        # The grid is exactly as big as its cells, so a 2×2 kernel looks like one.
        frame = 2 * self.frameWidth()
        width = self.columnCount() * self._cell_size + frame
        height = self.rowCount() * self._cell_size + frame
        self.setFixedSize(max(width, frame + 4), max(height, frame + 4))
