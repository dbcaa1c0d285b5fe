"""Presenter mode's large type: every font of the app 1.5× larger, and back exactly.

Most widgets inherit their font from their window, so scaling the windows' fonts (the main
window, dialogs, menus, tooltips) scales them. Widgets that set a size of their own (lesson
titles through ``big_label``, ``style.set_font``, the side list's 1.25×) are scaled one by
one from that size. An application event filter does the same for widgets polished later —
pages built lazily after the mode was entered — and for fonts a view sets again at run time
(a count that shrinks to fit), so nothing escapes and nothing is scaled twice.

Each scaled widget keeps its own font in a dynamic property, so leaving the mode restores
the exact original sizes, and a widget deleted meanwhile leaves nothing behind.

A widget that fits its own type to its size (``MatrixGrid``: the numbers fill their cells)
says so with the ``style.OWN_TYPE_SCALE`` property and reads ``style.type_scale()`` itself;
it and its children are left alone here.
"""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMenu, QWidget

from gui import style

ORIGINAL_FONT = "presenterOriginalFont"  # the widget's font before presenter mode
SCALED_SIZE = "presenterScaledSize"  # the point size presenter mode gave it
SIZE_TOLERANCE = 0.01  # points


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
        for widget in app.allWidgets():
            self.scale_widget(widget)
        app.installEventFilter(self)

    def stop(self) -> None:
        app = QApplication.instance()
        app.removeEventFilter(self)
        for widget in app.allWidgets():
            self._restore(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.Polish, QEvent.Type.FontChange)
        if event.type() in kinds and not self._setting and isinstance(watched, QWidget):
            self.scale_widget(watched)
        return False

    def scale_widget(self, widget: QWidget) -> None:
        """Scale ``widget``'s own type size, unless it is scaled already or inherits it."""
        size = widget.font().pointSizeF()
        scaled = widget.property(SCALED_SIZE)
        if size <= 0 or (scaled is not None and abs(size - float(scaled)) < SIZE_TOLERANCE):
            return  # a pixel-sized font, or already ours
        if sizes_itself(widget) or not has_own_size(widget):
            return
        # A new size set by the view itself since (or the first time): that is its normal one.
        original = QFont(widget.font())
        font = QFont(original)
        font.setPointSizeF(size * self._scale)
        self._set_font(widget, font)
        widget.setProperty(ORIGINAL_FONT, original)
        widget.setProperty(SCALED_SIZE, widget.font().pointSizeF())

    def _restore(self, widget: QWidget) -> None:
        original = widget.property(ORIGINAL_FONT)
        if original is None:
            return
        self._set_font(widget, QFont(original))
        widget.setProperty(ORIGINAL_FONT, None)
        widget.setProperty(SCALED_SIZE, None)

    def _set_font(self, widget: QWidget, font: QFont) -> None:
        self._setting = True
        try:
            widget.setFont(font)
        finally:
            self._setting = False
