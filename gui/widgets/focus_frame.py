"""A focus frame that stays visible on any cell colour, for people who work with the keyboard.

The style's own focus rectangle is a thin dotted line: on a projector it vanishes, and on a
cell painted yellow (the kernel's window) it cannot be seen at all.
"""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from gui import style

FOCUS_COLOUR = QColor("#0d2b6b")  # dark blue: readable on white, grey and yellow cells
FOCUS_WIDTH = 3  # pixels; twice that in presenter mode (style.frame_width)


def draw_focus_frame(painter: QPainter, option: QStyleOptionViewItem, view: QWidget) -> None:
    """A thick frame around the cell that has the keyboard focus (when its view has it)."""
    if not (option.state & QStyle.StateFlag.State_HasFocus) or not view.hasFocus():
        return
    width = int(style.frame_width(FOCUS_WIDTH))
    painter.save()
    pen = QPen(FOCUS_COLOUR, width)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = width // 2
    painter.drawRect(option.rect.adjusted(inset, inset, -inset - 1, -inset - 1))
    # A thin white line inside: the frame stays visible on a dark selection colour too.
    painter.setPen(QPen(QColor("white"), 1))
    inner = inset + width - 1
    painter.drawRect(option.rect.adjusted(inner, inner, -inner - 1, -inner - 1))
    painter.restore()


class FocusFrameDelegate(QStyledItemDelegate):
    """The default item drawing, plus :func:`draw_focus_frame` (e.g. for the side list)."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self._view = view

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        draw_focus_frame(painter, option, self._view)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        # Room for the frame above and below the text, so it never covers the letters.
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 2 * int(style.frame_width(FOCUS_WIDTH)))
