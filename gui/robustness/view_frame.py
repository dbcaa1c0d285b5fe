"""The frame the Robustness tabs' views share: their contents scroll inside the tab.

A tab widget is as tall as its tallest tab wants, and the page must fit a 1024×768 window
without scrolling; so a view that can grow taller than that (FGSM with its sweep below)
scrolls inside its own tab instead of making the whole page taller.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget


def scroll_inside(view: QWidget, content: QWidget) -> QScrollArea:
    """Put ``content`` in a frameless scroll area filling ``view``; returns the area."""
    area = QScrollArea()
    area.setObjectName(f"{view.objectName()}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    outer = QVBoxLayout(view)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return area
