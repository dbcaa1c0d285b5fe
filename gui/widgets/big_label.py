"""Labels in projector-sized type, made the same way by every lesson."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from gui.style import set_font


def big_label(name: str, point_size: float, bold: bool = False) -> QLabel:
    """A selectable label in large type; long sums wrap instead of being clipped."""
    label = QLabel()
    label.setObjectName(name)
    set_font(label, point_size, bold)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def text_label(name: str, point_size: float = 0.0, bold: bool = False) -> QLabel:
    """A wrapping label, optionally in another size or bold (0: the interface's own size)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    if point_size or bold:
        set_font(label, point_size, bold)
    return label
