"""The colours and fonts every view shares: one place to change them, one look for the app.

Colours are hex strings, as Qt style sheets and pyqtgraph take them; ``QColor(style.X)`` where
Qt wants a colour object. Charts and images sit on a dark background, which a projector shows
best; texts sit on the light page of the interface.
"""

from PySide6.QtGui import QColor, QFont, QFontInfo
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


# -- Presenter mode -----------------------------------------------------------------------------
# gui.presenter switches the look; views read it when they paint or lay themselves out, so a
# page built before or after the switch looks the same.
PRESENTER_TYPE_SCALE = 1.5  # type read from the back of a lecture hall
# Type already this large is read from anywhere: it grows only up to here (Draw's 96 pt digit
# stays 96 pt rather than taking the room of the probabilities below it).
PRESENTER_LARGEST_POINTS = 48.0
# Grid cells grow less than their numbers: at 1.5× the lessons' three grids no longer fit
# side by side at 1024 px; the numbers (short integers in normal cells with room to spare)
# still get the full 1.5× and only long ones shrink to their cell.
PRESENTER_CELL_SCALE = 1.25
PRESENTER_FRAME_SCALE = 2.0  # focus and highlight frames that a projector cannot wash away
PRESENTER_OUTLINE = "#000000"  # drawn around highlighted cells: visible when colours fade
# A widget with this property set to True sizes its own type (a grid fits its numbers to its
# cells); presenter mode then leaves its font, and its children's, alone.
OWN_TYPE_SCALE = "scalesOwnType"

_presenter_look = False


def set_presenter_look(on: bool) -> None:
    """Switch the shared look to presenter mode's (only gui.presenter calls this)."""
    global _presenter_look
    _presenter_look = on


def presenter_look() -> bool:
    return _presenter_look


def type_scale() -> float:
    """How much larger than normal type is now (1.5 in presenter mode)."""
    return PRESENTER_TYPE_SCALE if _presenter_look else 1.0


def scaled_font(original: QFont, scale: float) -> QFont:
    """``original`` × ``scale``, rounded up so that the size really shown (fonts come in
    whole pixels: 20 pt shows as 20.25 pt, 30 pt as 30) is at least ``scale`` times larger;
    type that large already grows only up to ``PRESENTER_LARGEST_POINTS``."""
    size = original.pointSizeF()
    if size * scale > PRESENTER_LARGEST_POINTS:
        scale = max(size, PRESENTER_LARGEST_POINTS) / size
    font = QFont(original)
    font.setPointSizeF(size * scale)
    wanted = QFontInfo(original).pointSizeF() * scale - 0.01
    for _ in range(8):
        if QFontInfo(font).pointSizeF() >= wanted:
            break
        font.setPointSizeF(font.pointSizeF() + 0.25)
    return font


def cell_scale() -> float:
    """How much larger than normal grid cells are now (1.25 in presenter mode)."""
    return PRESENTER_CELL_SCALE if _presenter_look else 1.0


def frame_width(normal: float) -> float:
    """A frame's width now: thicker in presenter mode."""
    return normal * PRESENTER_FRAME_SCALE if _presenter_look else normal


def is_highlight(colour: QColor) -> bool:
    """A colour that marks something (not white, grey or black, which are only the page)."""
    lightness = colour.lightnessF()
    return colour.alpha() > 0 and colour.hslSaturationF() > 0.2 and 0.12 < lightness < 0.97


def shown_colour(colour: QColor) -> QColor:
    """A highlight colour as it is painted now.

    Pale highlights (the kernel's yellow window, the pastel terms of backpropagation) vanish
    on a washed-out projector; presenter mode paints them saturated and darker, keeping
    their order of lightness (the kernel's light yellow stays lighter than the window's), so
    black numbers stay readable on them.
    """
    if not _presenter_look or not is_highlight(colour):
        return QColor(colour)
    hue = colour.hslHueF()
    saturation = max(colour.hslSaturationF(), 0.9)
    return QColor.fromHslF(hue if hue >= 0 else 0.0, saturation, colour.lightnessF() * 0.72,
                           colour.alphaF())
