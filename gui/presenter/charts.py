"""Presenter mode's large type on the charts' axes too.

pyqtgraph draws its tick labels with a font of the axis's own style, not the widget's, so the
widget fonts that ``type_scale`` scales leave them small. Here every axis of every chart gets
its tick font scaled, and its own font back on leaving the mode.

pyqtgraph is imported by the pages that draw charts, when they are first opened; if it is not
loaded yet there is no chart to scale, and presenter mode does not load it (the window stays
quick to start).
"""

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from gui import style

ORIGINAL_TICK_FONT = "_presenter_tick_font"  # the axis's tick font (None: the default)


def chart_axes(root: QWidget | None = None) -> list:
    """Every pyqtgraph axis of the charts under ``root`` (or of the whole app)."""
    pyqtgraph = sys.modules.get("pyqtgraph")
    if pyqtgraph is None:
        return []
    widgets = QApplication.instance().allWidgets() if root is None else [
        root, *root.findChildren(QWidget)]
    axes = []
    for view in widgets:
        if isinstance(view, QGraphicsView) and view.scene() is not None:
            axes += [item for item in view.scene().items()
                     if isinstance(item, pyqtgraph.AxisItem)]
    return axes


def scale_axes(scale: float, root: QWidget | None = None) -> None:
    """Tick labels ``scale`` times larger (an axis scaled already is left as it is)."""
    for axis in chart_axes(root):
        if hasattr(axis, ORIGINAL_TICK_FONT):
            continue
        original = axis.style.get("tickFont")
        setattr(axis, ORIGINAL_TICK_FONT, original)
        font = QFont(original if original is not None else axis.font())
        axis.setStyle(tickFont=style.scaled_font(font, scale))


def restore_axes() -> None:
    for axis in chart_axes():
        if not hasattr(axis, ORIGINAL_TICK_FONT):
            continue
        original = getattr(axis, ORIGINAL_TICK_FONT)
        delattr(axis, ORIGINAL_TICK_FONT)
        axis.setStyle(tickFont=original)  # None: the default again
