"""The whole-number spin box every view builds the same way."""

from PySide6.QtWidgets import QSpinBox


def spin(name: str, low: int, high: int, width: int = 0, grouped: bool = False,
         box: QSpinBox | None = None) -> QSpinBox:
    """A spin box named ``name`` (for tests and settings) from ``low`` to ``high``.

    ``width``: a fixed width in pixels, so a row of them lines up (0: as wide as it needs);
    ``grouped``: thousands separated as the interface language writes them (10,000 / 10.000);
    ``box``: a spin box of a subclass to set up, instead of a new plain one.
    """
    box = box if box is not None else QSpinBox()
    box.setObjectName(name)
    box.setRange(low, high)
    if width:
        box.setFixedWidth(width)
    box.setGroupSeparatorShown(grouped)
    return box
