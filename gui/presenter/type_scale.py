"""Presenter mode's large type: every font of the app 1.5× larger, and back exactly.

Most widgets inherit their font from their window, so scaling the windows' fonts (the main
window, dialogs, menus, tooltips) scales them. Widgets that set a size of their own (lesson
titles through ``big_label``, ``style.set_font``, the side list's 1.25×) are scaled one by
one from that size. An application event filter does the same for widgets polished later —
pages built lazily after the mode was entered — and for fonts a view sets again at run time
(a count that shrinks to fit), so nothing escapes and nothing is scaled twice.

Room for the type grows with it: a width or height a view fixed or limited for its text (a
48 px button, a 250 px side panel) was measured for normal type, so those limits grow by the
same factor. Only the maximum grows for a picture (an image view's minimum stays, or the
pages would no longer fit the projector's width), and minimum heights stay.

Each scaled widget keeps its own font in a dynamic property, so leaving the mode restores
the exact original sizes, and a widget deleted meanwhile leaves nothing behind.

Type set by a style sheet (``font-size: 12pt``, ``font-weight: bold``) is scaled in the
sheet, since a sheet's font overrides any other.

A widget that fits its own type to its size (``MatrixGrid``: the numbers fill their cells)
says so with the ``style.OWN_TYPE_SCALE`` property and reads ``style.type_scale()`` itself;
it and its children are left alone here.
"""

import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QWidget,
)

from gui import style

ORIGINAL_FONT = "presenterOriginalFont"  # the widget's font before presenter mode
SCALED_SIZE = "presenterScaledSize"  # the point size presenter mode gave it
ORIGINAL_LIMITS = "presenterOriginalLimits"  # (min w, min h, max w, max h) before the mode
SCALED_LIMITS = "presenterScaledLimits"  # the limits presenter mode gave it
ORIGINAL_SHEET = "presenterOriginalSheet"  # a style sheet that sets type, before the mode
SCALED_SHEET = "presenterScaledSheet"
FONT_RULE = "font"  # a style sheet with this sets the widget's type itself
POINT_SIZE = re.compile(r"font-size:\s*([0-9.]+)\s*pt")
SIZE_TOLERANCE = 0.01  # points
NO_LIMIT = 16777215  # Qt's QWIDGETSIZE_MAX
# Widgets whose size is their text's: their minimum grows with it.
TEXT_WIDGETS = (QLabel, QAbstractButton, QGroupBox, QComboBox, QAbstractSpinBox, QLineEdit)


def limits(widget: QWidget) -> list[int]:
    """The widget's own minimum and maximum width and height."""
    return [widget.minimumWidth(), widget.minimumHeight(), widget.maximumWidth(),
            widget.maximumHeight()]


def scaled_limits(values: list[int], scale: float, text: bool) -> list[int]:
    """Limits × ``scale``: maximums, and a text widget's minimum width; none (0 or Qt's
    maximum) stays none.

    A minimum height stays: a text's own height is counted by its widget's minimum size
    hint anyway, and a scaled one only pushed the page below the screen."""
    scales = [scale if text else 1.0, 1.0, scale, scale]
    return [v if v in (0, NO_LIMIT) else min(NO_LIMIT, round(v * k))
            for v, k in zip(values, scales, strict=True)]


def set_limits(widget: QWidget, values: list[int]) -> None:
    widget.setMinimumSize(values[0], values[1])
    widget.setMaximumSize(values[2], values[3])


def sizes_itself(widget: QWidget) -> bool:
    """True when ``widget`` or one of its parents fits its own type (``OWN_TYPE_SCALE``)."""
    while widget is not None:
        if widget.property(style.OWN_TYPE_SCALE):
            return True
        widget = widget.parentWidget()
    return False


def has_own_size(widget: QWidget) -> bool:
    """Whether the widget's type size is its own rather than its parent's.

    Windows that people read (the main window, dialogs, menus, tooltips) are scaled as the
    root of what inherits from them. A page still being built has no parent yet: it is
    left alone, so that the sizes its code derives from its font (× 1.2 …) stay normal and
    are scaled once, not twice. Any other widget has a size of its own when it differs from
    its parent's (an inherited size always equals it).
    """
    if widget.isWindow():
        is_tooltip = widget.inherits("QTipLabel")
        return isinstance(widget, (QMainWindow, QDialog, QMenu)) or is_tooltip
    parent = widget.parentWidget()
    return parent is not None and abs(
        widget.font().pointSizeF() - parent.font().pointSizeF()) > SIZE_TOLERANCE


class TypeScaler(QObject):
    """Scales every font of the app while started; ``stop`` puts back the originals."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scale = 1.0
        self._setting = False  # our own setFont calls send FontChange too

    def start(self, scale: float) -> None:
        self._scale = scale
        app = QApplication.instance()
        widgets = app.allWidgets()
        for widget in widgets:
            self.scale_widget(widget, sheets=False)
        for widget in widgets:  # once every window's type is scaled: sheets follow it
            self.scale_widget(widget)
        app.installEventFilter(self)

    def stop(self) -> None:
        app = QApplication.instance()
        app.removeEventFilter(self)
        widgets = app.allWidgets()
        for widget in widgets:
            self._restore_limits(widget)
            self._restore_font(widget)
        for widget in widgets:  # once every window's type is normal again
            self._restore_sheet(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange)
        if event.type() in kinds and not self._setting and isinstance(watched, QWidget):
            self.scale_widget(watched)
        return False

    def scale_widget(self, widget: QWidget, sheets: bool = True) -> None:
        """Scale ``widget``'s own type size and limits, unless done already or inherited
        (type from a style sheet too, unless not ``sheets``)."""
        if sizes_itself(widget):
            return
        if not widget.isWindow() and widget.property(ORIGINAL_LIMITS) is None:
            self._scale_limits(widget)
        if FONT_RULE not in widget.styleSheet():
            self._scale_font(widget)
        elif sheets:
            self._scale_sheet(widget)

    def _scale_limits(self, widget: QWidget) -> None:
        original = limits(widget)
        scaled = scaled_limits(original, self._scale, isinstance(widget, TEXT_WIDGETS))
        widget.setProperty(ORIGINAL_LIMITS, original)
        widget.setProperty(SCALED_LIMITS, scaled)
        if scaled != original:
            set_limits(widget, scaled)

    def _scale_font(self, widget: QWidget) -> None:
        size = widget.font().pointSizeF()
        scaled = widget.property(SCALED_SIZE)
        if size <= 0 or (scaled is not None and abs(size - float(scaled)) < SIZE_TOLERANCE):
            return  # a pixel-sized font, or already ours
        if not has_own_size(widget):
            return
        # A new size set by the view itself since (or the first time): that is its normal one.
        original = QFont(widget.font())
        self._set_font(widget, style.scaled_font(original, self._scale))
        widget.setProperty(ORIGINAL_FONT, original)
        widget.setProperty(SCALED_SIZE, widget.font().pointSizeF())

    def _scale_sheet(self, widget: QWidget) -> None:
        """Type set by a style sheet: its ``font-size: …pt`` scaled; a sheet that only makes
        the type bold is applied again, so that it takes the (scaled) size of its parent."""
        sheet = widget.styleSheet()
        if sheet == widget.property(SCALED_SHEET):
            return
        scaled = POINT_SIZE.sub(
            lambda found: f"font-size: {float(found[1]) * self._scale:g}pt", sheet)
        widget.setProperty(ORIGINAL_SHEET, sheet)
        widget.setProperty(SCALED_SHEET, scaled)
        self._apply_sheet(widget, scaled)

    def refresh(self, root: QWidget) -> None:
        """Look again at every widget under ``root``, a page now in its place in the window.

        While a page is being built it has no parent: a label set to the interface's own
        size then looks inherited, and a style sheet's type is made from the normal size.
        Against the window's scaled type both show for what they are."""
        for widget in root.findChildren(QWidget):
            sheet = widget.styleSheet()
            if FONT_RULE in sheet and sheet == widget.property(SCALED_SHEET):
                if not sizes_itself(widget):
                    self._apply_sheet(widget, sheet)
            else:
                self.scale_widget(widget)

    def _restore_limits(self, widget: QWidget) -> None:
        original = widget.property(ORIGINAL_LIMITS)
        if original is None:
            return
        # Limits the view changed itself meanwhile (a language's wider titles) are its own.
        if limits(widget) == list(widget.property(SCALED_LIMITS)):
            set_limits(widget, list(original))
        widget.setProperty(ORIGINAL_LIMITS, None)
        widget.setProperty(SCALED_LIMITS, None)

    def _restore_font(self, widget: QWidget) -> None:
        original = widget.property(ORIGINAL_FONT)
        if original is None:
            return
        self._set_font(widget, QFont(original))
        widget.setProperty(ORIGINAL_FONT, None)
        widget.setProperty(SCALED_SIZE, None)

    def _restore_sheet(self, widget: QWidget) -> None:
        sheet = widget.styleSheet()
        if FONT_RULE not in sheet:
            return
        if sheet == widget.property(SCALED_SHEET):
            sheet = widget.property(ORIGINAL_SHEET)
        widget.setProperty(ORIGINAL_SHEET, None)
        widget.setProperty(SCALED_SHEET, None)
        self._apply_sheet(widget, sheet)  # also a sheet given in the mode: normal size again

    def _apply_sheet(self, widget: QWidget, sheet: str) -> None:
        """Give ``widget`` ``sheet`` with its type worked out afresh from its parent's.

        A sheet's font is made, when it is applied, from the font the widget had before,
        which the style keeps and never updates: only taking the sheet away, letting the
        widget inherit, and applying it again follows a parent's new size."""
        self._setting = True
        try:
            widget.setStyleSheet("")
            widget.setFont(QFont())
            widget.setStyleSheet(sheet)
        finally:
            self._setting = False

    def _set_font(self, widget: QWidget, font: QFont) -> None:
        self._setting = True
        try:
            widget.setFont(font)
        finally:
            self._setting = False
