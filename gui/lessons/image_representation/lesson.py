"""Lesson "Representação de imagens" (slide 2): an image is a grid of numbers.

The photo, its grey version and its three channels R, G and B are shown side by side in
linked views: zoom into any of them and all show the same pixels, until each pixel writes its
number(s) inside it. Hovering a pixel reads its position and values out, with the grey value
worked out by OpenCV's formula 0.299·R + 0.587·G + 0.114·B.

The channels are drawn in grey by default: a channel is one number per pixel, and brightness
is how the eye reads the size of a number best — a black-to-blue ramp tops out at a dark blue
(pure blue has 11% of white's luminance), so the blue channel's differences all but vanish on
a projector. Each channel's title is written in its colour, and "Tint channels" draws them in
their own colours for the students who want to see which is which.

Run on its own with ``python -m gui.lessons.image_representation``.
"""

import sys
from typing import Any

import numpy as np
from PySide6.QtWidgets import QWidget

from engine.lessons.image_channels import (
    GREY_WEIGHTS,
    channel_planes,
    grey_value,
    is_grey,
    pixel_values,
    to_grey,
)
from gui import i18n
from gui.lessons.common import LessonPage, add_exercise_button
from gui.lessons.image_representation import activity
from gui.lessons.image_representation.view import ImageRepresentationView
from gui.session import LabSession
from gui.widgets.activity import ActivityControl
from gui.widgets.image_source_state import restore_source

ZOOM_STEP = 1.6  # per click of + or −: about eight clicks take a 512-pixel photo to numbers
NUMBERS_SCALE = 60.0  # screen pixels per image pixel: three stacked values fit readably


class ImageRepresentationLesson(LessonPage):
    """The image-representation page: which picture, its channels, and the hovered pixel."""

    def __init__(self, session: LabSession | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view = ImageRepresentationView(session, self)
        self.exercise_button = add_exercise_button(self.view.title, session, "conv_cell")
        self._image = np.zeros((1, 1), np.uint8)
        self._hovered: tuple[int, int] | None = None
        self.set_page(self.view)
        self._wire()
        self.view.retranslate()
        self._show_image()

    # -- state a test or another view may read ---------------------------------------------
    def image(self) -> np.ndarray:
        return self._image

    def zoom_in(self) -> None:
        self.view.image_panel.view.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.view.image_panel.view.zoom_by(1 / ZOOM_STEP)

    def zoom_to_numbers(self) -> None:
        self.view.image_panel.view.zoom_to(NUMBERS_SCALE)

    # -- wiring -------------------------------------------------------------------------------
    def _wire(self) -> None:
        v = self.view
        v.source.imageChanged.connect(self._show_image)
        v.zoom_in_button.clicked.connect(self.zoom_in)
        v.zoom_out_button.clicked.connect(self.zoom_out)
        v.fit_button.clicked.connect(v.image_panel.view.fit)
        v.numbers_button.clicked.connect(self.zoom_to_numbers)
        v.image_panel.view.resized.connect(self._show_zoom)
        v.tint_check.toggled.connect(self._draw_channels)
        v.link.changed.connect(self._show_zoom)
        for view in v.views:
            view.hovered.connect(self._show_pixel)
            view.left.connect(self._clear_pixel)

    # -- showing ------------------------------------------------------------------------------
    def _show_image(self) -> None:
        v = self.view
        self._image = v.source.image()
        self._hovered = None
        grey = is_grey(self._image)
        v.link.set_viewport(None)  # a new picture starts whole
        v.image_panel.view.set_image(self._image)
        v.grey_panel.view.set_image(to_grey(self._image))
        v.show_channels(not grey)
        self._draw_channels()
        self._describe_image()
        self._clear_pixel()

    def _draw_channels(self) -> None:
        if is_grey(self._image):
            return
        tint = self.view.tint_check.isChecked()
        for index, (panel, plane) in enumerate(
                zip(self.view.channel_panels, channel_planes(self._image), strict=True)):
            display = None
            if tint:  # black → pure red, green or blue
                display = np.zeros((*plane.shape, 3), np.uint8)
                display[:, :, index] = plane
            panel.view.set_image(plane, display)

    def _describe_image(self) -> None:
        v = self.view
        height, width = self._image.shape[:2]
        if is_grey(self._image):
            size = self.tr("{height} × {width} pixels × 1 channel = {count} numbers")
        else:
            size = self.tr("{height} × {width} pixels × 3 channels (R, G, B) = {count} numbers")
        channels = 1 if is_grey(self._image) else 3
        v.size_label.setText(size.format(height=height, width=width,
                                         count=i18n.integer(height * width * channels)))
        v.single_channel_note.setText(self.tr(
            "This image is grey: it has a single channel, one number per pixel (0 = black, "
            "255 = white). A colour image would have three: R, G and B."))
        self._show_zoom()

    def _show_zoom(self) -> None:
        scale = self.view.image_panel.view.current_viewport().scale
        decimals = 0 if scale >= 10 else 1 if scale >= 1 else 2
        self.view.zoom_label.setText(self.tr("1 pixel = {size} screen pixels").format(
            size=i18n.number(scale, decimals)))

    def _show_pixel(self, row: int, col: int) -> None:
        self._hovered = (row, col)
        values = pixel_values(self._image, row, col)
        where = self.tr("Row {row}, column {col}").format(row=row, col=col)
        if len(values) == 1:
            what = self.tr("value {value}").format(value=values[0])
        else:
            what = self.tr("R {red} · G {green} · B {blue}").format(
                red=values[0], green=values[1], blue=values[2])
        self.view.pixel_info.setText(f"{where}\n{what}")
        self.view.grey_formula.setText(self._grey_formula(values))

    def _clear_pixel(self) -> None:
        self._hovered = None
        self.view.pixel_info.setText(self.tr("Point at a pixel to read its numbers."))
        self.view.grey_formula.setText(self._grey_formula(None))

    def _grey_formula(self, values: tuple[int, ...] | None) -> str:
        if is_grey(self._image):
            return ""
        weights = [i18n.number(w, 3) for w in GREY_WEIGHTS]
        general = self.tr("Grey = {wr}·R + {wg}·G + {wb}·B").format(
            wr=weights[0], wg=weights[1], wb=weights[2])
        if values is None:
            return general
        r, g, b = values
        exact = i18n.number(grey_value(r, g, b), 2)
        grey = int(to_grey(np.array([[values]], np.uint8))[0, 0])  # as the grey view shows it
        worked = f"= {weights[0]}·{r} + {weights[1]}·{g} + {weights[2]}·{b}\n= {exact} → {grey}"
        return f"{general}\n{worked}"

    # -- activity files (gui.widgets.activity.ActivityPage) -----------------------------------
    def activity_kind(self) -> str:
        return "lesson"

    def activity_state(self) -> dict[str, Any]:
        return activity.state_dict(self.view)

    def restore_activity_state(self, state: dict[str, Any]) -> None:
        checked = activity.checked_state(state)  # raises before anything changes
        restore_source(self.view.source, checked.image)  # as if chosen in the list
        self.view.tint_check.setChecked(checked.tint)

    def activity_controls(self) -> list[ActivityControl]:
        return activity.controls(self.view)

    # -- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.view.retranslate()
        self._describe_image()
        if self._hovered is None:
            self._clear_pixel()
        else:
            self._show_pixel(*self._hovered)


if __name__ == "__main__":
    from gui.preview import run_preview

    sys.exit(run_preview(lambda: ImageRepresentationLesson(LabSession())))
