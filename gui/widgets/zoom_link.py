"""What linked zoomable views share, and what one writes inside a pixel.

``ZoomLink`` holds the viewport and the hovered pixel of several ``ZoomImageView``s, so a
photo and its channels show the same pixels side by side; see ``zoom_image_view``.
"""

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from engine.lessons.zoom import Viewport


@dataclass(frozen=True)
class PixelLabel:
    """The text written inside one pixel: one line per channel value."""

    row: int
    col: int
    lines: tuple[str, ...]


class ZoomLink(QObject):
    """The viewport (None: fit the whole image) and hovered pixel shared by several views."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.viewport: Viewport | None = None
        self.hover: tuple[int, int] | None = None
        self._views: list[QWidget] = []

    def register(self, view: QWidget) -> None:
        self._views.append(view)

    def frame_size(self, asking: QWidget) -> tuple[int, int]:
        """The width and height every linked view shows: the smallest visible view's.

        A layout can give views of one row a pixel more than those of another; showing the
        same frame, centred, keeps their regions identical rather than off by a pixel.
        """
        shown = [view for view in self._views if view.isVisible()] or [asking]
        return min(view.width() for view in shown), min(view.height() for view in shown)

    def set_viewport(self, viewport: Viewport | None) -> None:
        self.viewport = viewport
        self.changed.emit()

    def set_hover(self, pixel: tuple[int, int] | None) -> None:
        if pixel != self.hover:
            self.hover = pixel
            self.changed.emit()
