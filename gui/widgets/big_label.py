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
