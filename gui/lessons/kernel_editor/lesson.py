"""Lesson "Filtros e detecção de bordas" (slides 7–14, and slides 5–6 on a real image).

A kernel editor applied live to a grey picture. It opens on the deck's vertical edge kernel
[[1, 0, −1], [1, 0, −1], [1, 0, −1]] over the cameraman photo; the presets include the deck's
horizontal edge kernel [[1, 1, 1], [0, 0, 0], [−1, −1, −1]]. The response is drawn with a
diverging colour scale (blue negative, white zero, red positive, symmetric ±max|value|) when it
has both signs, and in grey (black zero to white max) when it has one (a blur), at the
same scale as the input, so that a larger stride visibly shrinks it; the output size formula
is written out with the current numbers.

Every edit restarts a short timer and the picture is filtered once when it fires, so typing or
spinning quickly never queues work (a 512×512 refresh takes a few milliseconds; see
``benchmarks/bench_lessons.py``).

Run on its own with ``python -m gui.lessons.kernel_editor``.
"""

import sys
from typing import Any

import numpy as np
from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import QWidget

from engine.lessons.filtering import (
    filter_image,
    grey_image,
    has_both_signs,
    one_sign_levels,
    symmetric_levels,
)
from engine.lessons.walkthrough import Padding
from engine.numerics import ops
from engine.numerics.kernels import PRESETS
from engine.numerics.receptive import window_region
from gui import i18n
from gui.lessons.common import LessonPage, add_exercise_button
from gui.lessons.kernel_editor import activity
from gui.lessons.kernel_editor.texts import FilterState, KernelEditorTexts
from gui.lessons.kernel_editor.view import DIVERGING_MAP, SEQUENTIAL_MAP, KernelEditorView
from gui.session import LabSession
from gui.widgets.activity import ActivityControl
from gui.widgets.image_source_state import restore_source

DECK_PRESET = "vertical_edges"
CUSTOM = "custom"  # the preset list's entry for a kernel the student has edited
REFRESH_DELAY_MS = 15  # edits closer together than this are filtered once
MAX_SIDE = 1024  # bigger pictures are shrunk so the editor stays live
NO_PADDING: Padding = (0, 0, 0, 0)


class KernelEditorLesson(LessonPage):
    """The kernel editor page: state, filtering and what is drawn."""

    refreshed = Signal()  # after each recompute and redraw

    def __init__(self, session: LabSession | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kernel = PRESETS[DECK_PRESET].kernel.copy()
        self._stride = 1
        self._padding: Padding = NO_PADDING
        self._same = False
        self._grey = np.zeros((1, 1))
        self._response: np.ndarray | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.view = KernelEditorView(session, self)
        self.exercise_button = add_exercise_button(self.view.title, session, "conv_cell")
        self.source = self.view.source
        self.texts = KernelEditorTexts(self.view, self)
        self.set_page(self.view)
        self._wire()
        self.view.retranslate()
        self._fill_presets()
        self._draw_kernel()
        self._read_image()
        self.refresh()
        self.texts.show_pointing_hint()

    # -- state a test or another view may read --------------------------------------------------
    def kernel(self) -> np.ndarray:
        return self._kernel.copy()

    def grey_input(self) -> np.ndarray:
        """The picture being filtered: float grey levels 0 (black) to 1 (white)."""
        return self._grey

    def response(self) -> np.ndarray | None:
        """The output shown (after ReLU when it is on), or None when the kernel does not fit."""
        return self._response

    def padding(self) -> Padding:
        """Zeros added (top, bottom, left, right), "same" resolved for the current picture."""
        if not self._same:
            return self._padding
        (h, w), (kh, kw) = self._grey.shape, self._kernel.shape
        rows, cols = ops.same_padding(h, kh, self._stride), ops.same_padding(w, kw, self._stride)
        return rows[0], rows[1], cols[0], cols[1]

    def stride(self) -> int:
        return self._stride

    def relu_on(self) -> bool:
        return self.view.relu_check.isChecked()

    def filter_state(self) -> FilterState:
        """What the texts describe, as plain data."""
        return FilterState(self.source.image().shape, self._grey.shape, self._kernel.shape,
                           self._stride, self.padding(), self.relu_on(), self._response)

    def refresh_pending(self) -> bool:
        return self._timer.isActive()

    # -- changes a test, a button or another view may make --------------------------------------
    def choose_preset(self, key: str) -> None:
        """Put a preset's kernel in the grid (its size too)."""
        self._kernel = PRESETS[key].kernel.copy()
        self._after_kernel_change()

    def set_kernel(self, kernel: np.ndarray) -> None:
        """Any kernel up to 7×7; the preset list shows its name if it is one of them."""
        kernel = np.asarray(kernel, dtype=np.float64)
        if kernel.ndim != 2 or not 1 <= min(kernel.shape) <= max(kernel.shape) <= 7:
            raise ValueError(f"The editor takes kernels from 1×1 to 7×7, got {kernel.shape}.")
        self._kernel = kernel.copy()
        self._after_kernel_change()

    def schedule_refresh(self) -> None:
        """Filter again soon: edits in quick succession restart the timer, one refresh follows."""
        self._timer.start()

    # -- wiring ---------------------------------------------------------------------------------
    def _wire(self) -> None:
        v = self.view
        self.source.imageChanged.connect(self._image_changed)
        v.kernel_grid.valuesChanged.connect(self._kernel_edited)
        v.kernel_grid.editRejected.connect(v.kernel_hint.show_problem)
        v.kernel_rows.valueChanged.connect(self._resize_kernel)
        v.kernel_cols.valueChanged.connect(self._resize_kernel)
        v.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        v.stride_spin.valueChanged.connect(self._stride_changed)
        v.padding_spin.valueChanged.connect(self._padding_changed)
        v.valid_button.clicked.connect(self._valid_padding)
        v.same_button.toggled.connect(self._same_toggled)
        v.relu_check.toggled.connect(self.schedule_refresh)
        v.output_view.hovered.connect(self._output_hovered)
        v.input_view.hovered.connect(self._input_hovered)
        v.output_view.left.connect(self._pointer_left)
        v.input_view.left.connect(self._pointer_left)

    def _fill_presets(self) -> None:
        combo, language = self.view.preset_combo, i18n.current_language()
        with QSignalBlocker(combo):
            combo.clear()
            for key, preset in PRESETS.items():
                combo.addItem(preset.label(language), key)
            combo.addItem(self.tr("Custom (edited)"), CUSTOM)
        self._show_preset_name()

    def _show_preset_name(self) -> None:
        """Select the preset the kernel equals, or "Custom", and describe it."""
        key = next((key for key, preset in PRESETS.items()
                    if preset.kernel.shape == self._kernel.shape
                    and np.array_equal(preset.kernel, self._kernel)), CUSTOM)
        combo = self.view.preset_combo
        with QSignalBlocker(combo):
            combo.setCurrentIndex(combo.findData(key))
        self.view.preset_description.setText(
            PRESETS[key].description(i18n.current_language()) if key != CUSTOM
            else self.tr("Your own kernel: every weight is yours to change."))

    # -- edits ----------------------------------------------------------------------------------
    def _image_changed(self) -> None:
        self._read_image()
        self.schedule_refresh()

    def _read_image(self) -> None:
        self._grey = grey_image(self.source.image(), max_side=MAX_SIDE)

    def _kernel_edited(self) -> None:
        self._kernel = self.view.kernel_grid.values()
        self.view.kernel_hint.clear_problem()
        self._show_preset_name()
        self.schedule_refresh()

    def _resize_kernel(self) -> None:
        """Cut or zero-extend the kernel, keeping the weights that still fit."""
        rows, cols = self.view.kernel_rows.value(), self.view.kernel_cols.value()
        resized = np.zeros((rows, cols))
        r, c = min(rows, self._kernel.shape[0]), min(cols, self._kernel.shape[1])
        resized[:r, :c] = self._kernel[:r, :c]
        self._kernel = resized
        self._after_kernel_change()

    def _preset_chosen(self, index: int) -> None:
        key = self.view.preset_combo.itemData(index)
        if key in PRESETS:
            self.choose_preset(key)
        else:
            self._show_preset_name()

    def _after_kernel_change(self) -> None:
        self.view.kernel_hint.clear_problem()
        self._draw_kernel()
        self._show_preset_name()
        self.schedule_refresh()

    def _stride_changed(self, stride: int) -> None:
        self._stride = stride
        self.schedule_refresh()

    def _padding_changed(self, padding: int) -> None:
        self._padding = (padding,) * 4
        self._set_same(False)
        self.schedule_refresh()

    def _valid_padding(self) -> None:
        """Keras' "valid": no padding, so the output shrinks by k − 1 pixels."""
        self._padding = NO_PADDING
        self._set_same(False)
        self.schedule_refresh()

    def _same_toggled(self, on: bool) -> None:
        self._same = on
        if not on:  # keep what the spin box shows: the "same" amount it had
            self._padding = (self.view.padding_spin.value(),) * 4
        self.schedule_refresh()

    def _set_same(self, on: bool) -> None:
        self._same = on
        with QSignalBlocker(self.view.same_button):
            self.view.same_button.setChecked(on)

    # -- computing and showing ------------------------------------------------------------------
    def refresh(self) -> None:
        """Filter the picture with the current kernel and settings, and redraw everything."""
        self._timer.stop()
        top, bottom, left, right = self.padding()
        (h, w), (kh, kw) = self._grey.shape, self._kernel.shape
        fits = kh <= h + top + bottom and kw <= w + left + right
        self._response = filter_image(self._grey, self._kernel, self._stride,
                                      ((top, bottom), (left, right)),
                                      self.relu_on()) if fits else None
        self._sync_controls()
        self._draw_images()
        self.texts.show_sizes(self.filter_state(), fits)
        self.texts.show_legend(self.filter_state())
        self.refreshed.emit()

    def _sync_controls(self) -> None:
        v = self.view
        for spin, value in ((v.kernel_rows, self._kernel.shape[0]),
                            (v.kernel_cols, self._kernel.shape[1]),
                            (v.stride_spin, self._stride), (v.padding_spin, self.padding()[0])):
            with QSignalBlocker(spin):
                spin.setValue(int(value))

    def _draw_kernel(self) -> None:
        self.view.kernel_grid.set_matrix(self._kernel)
        self._sync_controls()

    def _draw_images(self) -> None:
        v = self.view
        v.input_view.set_image(self._grey, levels=(0.0, 1.0))
        shown = self._response if self._response is not None else np.zeros((1, 1))
        # Diverging only when the response has both signs: a blur on blue–white–red would
        # look like a negative photo; on black–white it looks like the blurred photo.
        signed = has_both_signs(shown)
        colour_map = DIVERGING_MAP if signed else SEQUENTIAL_MAP
        low, high = symmetric_levels(shown) if signed else one_sign_levels(shown)
        v.output_view.set_colour_map(colour_map)
        v.output_view.set_image(shown, levels=(low, high))
        v.colour_bar.set_colour_map(colour_map)
        v.colour_bar.set_levels(low, high)
        extent = tuple(max(a, b) for a, b in zip(self._grey.shape, shown.shape, strict=True))
        v.show_at_common_scale(extent)

    # -- pointing ---------------------------------------------------------------------------------
    def _output_hovered(self, row: int, col: int, value: float) -> None:
        if self._response is None:
            return
        top, _, left, _ = self.padding()
        window = window_region(row, col, self._kernel.shape, (self._stride, self._stride),
                               (top, left))
        seen = window.clipped(*self._grey.shape)
        if seen.height and seen.width:
            self.view.input_view.set_outline(seen.top, seen.left, seen.bottom, seen.right)
        else:
            self.view.input_view.hide_outline()
        self.texts.show_output_pixel(row, col, value, window, self._grey.shape)

    def _input_hovered(self, row: int, col: int, value: float) -> None:
        self.view.input_view.set_outline(row, col, row + 1, col + 1)
        self.texts.show_input_pixel(row, col, value)

    def _pointer_left(self) -> None:
        self.view.input_view.hide_outline()
        self.texts.show_pointing_hint()

    # -- activity files (gui.widgets.activity.ActivityPage) -------------------------------------
    def activity_kind(self) -> str:
        return "lesson"

    def activity_state(self) -> dict[str, Any]:
        return activity.state_dict(self.view, self._kernel)

    def restore_activity_state(self, state: dict[str, Any]) -> None:
        checked = activity.checked_state(state)  # raises before anything changes
        restore_source(self.source, checked.image)
        self.set_kernel(checked.kernel)
        activity.apply_settings(self.view, checked)
        self.refresh()  # at once, not after the typing delay

    def activity_controls(self) -> list[ActivityControl]:
        return activity.controls(self.view)

    # -- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.view.retranslate()
        self._fill_presets()
        self.texts.show_sizes(self.filter_state(), self._response is not None)
        self.texts.show_legend(self.filter_state())
        self.texts.show_pointing_hint()


if __name__ == "__main__":
    from gui.preview import run_preview

    sys.exit(run_preview(lambda: KernelEditorLesson(LabSession())))
