"""The colours and fonts every view shares: one place to change them, one look for the app.

Colours are hex strings, as Qt style sheets and pyqtgraph take them; ``QColor(style.X)`` where
Qt wants a colour object. Charts and images sit on a dark background, which a projector shows
best; texts sit on the light page of the interface.
"""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

# Words on the page
ERROR_RED = "#c62828"  # a problem to read: a file that cannot be used, a failed run
ERROR_STYLE = f"color: {ERROR_RED};"
REFUSED_RED = "#b00020"  # a value refused where it was typed, a score that is undefined
REFUSED_STYLE = f"color: {REFUSED_RED};"
GOOD_GREEN = "#2e7d32"  # an answer checked and found right
NOTE_BROWN = "#8a4b00"  # an aside about the picture (turned grey, a single channel)

# What the eye should follow
HIGHLIGHT_YELLOW = "#ffd166"  # the window being computed, and the cell it gives
SELECTED_YELLOW = "#ffd600"  # what a click chose: a matrix cell, a digit on paper
ACCENT_BLUE = "#1565c0"  # the top class, a chosen grid cell

# Red, green and blue channels, readable on white
CHANNEL_COLOURS = (ERROR_RED, GOOD_GREEN, ACCENT_BLUE)

# Charts and images
CHART_BACKGROUND = "#1e1e1e"
CHART_TEXT = "#e6e6e6"
CHART_BAR = "#4fc3f7"  # light blue: bars on the dark background


def set_font(widget: QWidget, point_size: float = 0.0, bold: bool = False) -> None:
    """The interface's font on ``widget``, at ``point_size`` (0: its own size), bold or not."""
    font = QFont(widget.font())
    if point_size:
        font.setPointSizeF(point_size)
    font.setBold(bold)
    widget.setFont(font)
