"""Labels in projector-sized type, made the same way by every lesson."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def big_label(name: str, point_size: float, bold: bool = False) -> QLabel:
    """A selectable label in large type; long sums wrap instead of being clipped."""
    label = QLabel()
    label.setObjectName(name)
    font = QFont(label.font())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def text_label(name: str, point_size: float = 0.0, bold: bool = False) -> QLabel:
    """A wrapping label, optionally in another size or bold (0: the interface's own size)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    if point_size or bold:
        font = QFont(label.font())
        if point_size:
            font.setPointSizeF(point_size)
        font.setBold(bold)
        label.setFont(font)
    return label
