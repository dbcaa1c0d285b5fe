"""Lesson "Convolução (3D) / mapas de características" (slide 3): filters across channels.

A colour photo is convolved with four filters of 3×3×3 weights (one 3×3 grid per channel
R, G, B): "vertical edges in R only", "horizontal edges in every channel", "brightness:
1/27 everywhere" and "red minus green". Each filter gives one feature map. Pointing at a map
cell outlines the input region it comes from (each output region corresponds to the same
input region) and writes its value as three channel sums plus the bias; the 27 products are
in the tooltip.

The photo is shrunk to 64 pixels on its longest side by default: still recognisable, yet a
pixel is several screen pixels wide, so the 3×3 region of a hovered cell is a clearly
outlined square rather than a dot on a 512-pixel photo; and the whole lesson recomputes in a
few milliseconds, so every edit shows at once. Values are the image's own 0–255 numbers.

Run on its own with ``python -m gui.lessons.convolution_3d``.
"""

import sys
from typing import Any

import numpy as np
from PySide6.QtWidgets import QWidget

from engine.lessons.conv_channels import CellBreakdown, cell_breakdown
from engine.lessons.image_channels import as_rgb, downsize, is_grey
from engine.lessons.walkthrough import output_size_terms
from engine.numerics import ops
from gui.lessons.common import LessonPage, add_exercise_button
from gui.lessons.convolution_3d import activity
from gui.lessons.convolution_3d.kernels import CHANNELS
from gui.lessons.convolution_3d.maps import limit_text, localised
from gui.lessons.convolution_3d.view import SIDES, Convolution3DView
from gui.session import LabSession
from gui.widgets.activity import ActivityControl
from gui.widgets.image_source_state import restore_source

DEFAULT_SIDE = 64
KERNEL_SIDE = 3


class Convolution3DLesson(LessonPage):
    """The 3-D convolution page: the input, the filters, their maps and the hovered cell."""

    def __init__(self, session: LabSession | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view = Convolution3DView(session, self)
        self.exercise_button = add_exercise_button(self.view.title, session, "parameters")
        self.view.size_combo.setCurrentIndex(SIDES.index(DEFAULT_SIDE))
        self._x = np.zeros((1, 1, 3))
        self._maps = np.zeros((1, 1, 1))
        self._cell: CellBreakdown | None = None
        self.set_page(self.view)
        self._wire()
        self.view.retranslate()
        self.refresh()

    # -- state a test, a benchmark or another view may read --------------------------------
    def input_image(self) -> np.ndarray:
        """The (H, W, 3) float64 input the filters read (0–255)."""
        return self._x

    def feature_maps(self) -> np.ndarray:
        """The (Ho, Wo, F) output, bias included."""
        return self._maps

    def stride(self) -> int:
        return self.view.stride_spin.value()

    def padding(self) -> int:
        return self.view.padding_spin.value()

    def hovered_cell(self) -> CellBreakdown | None:
        return self._cell

    def refresh(self) -> None:
        """Recompute everything from the picture, the filters, stride and padding; redraw."""
        image = self.view.source.image()
        self._x = as_rgb(downsize(image, self.view.size_combo.currentData())).astype(np.float64)
        self._recompute()

    # -- wiring -------------------------------------------------------------------------------
    def _wire(self) -> None:
        v = self.view
        v.source.imageChanged.connect(self.refresh)
        v.size_combo.currentIndexChanged.connect(self.refresh)
        v.stride_spin.valueChanged.connect(self._recompute)
        v.padding_spin.valueChanged.connect(self._recompute)
        v.kernels.kernelEdited.connect(self._recompute)
        v.maps.hovered.connect(self._show_cell)
        v.maps.left.connect(self._clear_cell)

    # -- computing and showing ----------------------------------------------------------------
    def _recompute(self) -> None:
        v = self.view
        self._maps = ops.conv2d(self._x, v.kernels.kernel(), v.kernels.bias(),
                                stride=self.stride(), padding=self.padding())
        limits = np.abs(self._maps).max(axis=(0, 1))
        titles = [self.tr("Filter {index} ({limit})").format(index=index, limit=limit_text(m))
                  for index, m in enumerate(limits)]
        v.maps.set_maps(self._maps, titles)
        v.input_view.set_image(np.clip(self._x, 0, 255).astype(np.uint8))
        v.input_view.set_padding(self.padding())
        self._describe_sizes()
        if self._cell is not None and self._inside(self._cell.row, self._cell.col):
            self._show_cell(self._cell.filter, self._cell.row, self._cell.col)
        else:
            self._clear_cell()

    def _inside(self, row: int, col: int) -> bool:
        return 0 <= row < self._maps.shape[0] and 0 <= col < self._maps.shape[1]

    def _describe_sizes(self) -> None:
        v = self.view
        height, width = self._x.shape[:2]
        grey = is_grey(v.source.image())
        v.grey_note.setVisible(grey)
        v.grey_note.setText(self.tr("This picture is grey: its one channel was copied into R, "
                                    "G and B, so the three channels are equal."))
        v.input_title.setText(self.tr("Input: {height}×{width}×3").format(
            height=height, width=width))
        s, p = self.stride(), self.padding()
        formula = self.tr("Output size = ⌊(n + 2p − k)/s⌋ + 1\nrows: {rows}\ncolumns: {cols}\n"
                          "→ {filters} feature maps of {out_h}×{out_w}")
        v.size_formula.setText(formula.format(
            rows=output_size_terms(height, KERNEL_SIDE, s, p, p),
            cols=output_size_terms(width, KERNEL_SIDE, s, p, p),
            filters=self._maps.shape[2], out_h=self._maps.shape[0], out_w=self._maps.shape[1]))

    def _show_cell(self, filter_index: int, row: int, col: int) -> None:
        v = self.view
        cell = cell_breakdown(self._x, v.kernels.kernel(), v.kernels.bias(), self.stride(),
                              self.padding(), filter_index, row, col)
        self._cell = cell
        region = cell.region
        v.input_view.set_outline(region)
        v.maps.select(filter_index)
        if v.kernels.current_filter() != filter_index:
            v.kernels.show_filter(filter_index)
        v.cell_title.setText(self.tr(
            "Filter {index}, output row {row}, column {col} ← input rows {top} to {bottom}, "
            "columns {left} to {right}").format(
                index=filter_index, row=row, col=col, top=localised(region.top),
                bottom=localised(region.bottom - 1), left=localised(region.left),
                right=localised(region.right - 1)))
        v.cell_sum.setText(self.sum_text(cell))
        v.cell_sum.setToolTip(self.products_text(cell))

    def _clear_cell(self) -> None:
        self._cell = None
        v = self.view
        v.input_view.set_outline(None)
        v.maps.select(None)
        v.cell_title.setText(self.tr("Point at a cell of a feature map."))
        v.cell_sum.setText("R: … + G: … + B: … + " + self.tr("bias") + " = …")
        v.cell_sum.setToolTip("")

    def sum_text(self, cell: CellBreakdown) -> str:
        """"R: 135 + G: −20 + B: 0 + bias: 0 = 115": the value as its channel sums."""
        terms = [f"{name}: {localised(total)}"
                 for name, total in zip(CHANNELS, cell.channel_sums, strict=True)]
        bias = self.tr("bias") + ": " + localised(cell.bias)
        return " + ".join([*terms, bias]) + f" = {localised(cell.value)}"

    def products_text(self, cell: CellBreakdown) -> str:
        """Each channel's nine products x·w, one line per channel (the tooltip)."""
        products = cell.products()
        lines = []
        for channel, name in enumerate(CHANNELS):
            pairs = zip(cell.window[:, :, channel].ravel(), cell.weights[:, :, channel].ravel(),
                        strict=True)
            terms = " + ".join(f"{_factor(x)}·{_factor(w)}" for x, w in pairs)
            total = localised(products[:, :, channel].sum())
            lines.append(f"{name}: {terms} = {total}")
        return "\n".join(lines)

    # -- activity files (gui.widgets.activity.ActivityPage) -----------------------------------
    def activity_kind(self) -> str:
        return "lesson"

    def activity_state(self) -> dict[str, Any]:
        return activity.state_dict(self.view)

    def restore_activity_state(self, state: dict[str, Any]) -> None:
        checked = activity.checked_state(state, self.view)  # raises before anything changes
        v = self.view
        restore_source(v.source, checked.image)
        v.size_combo.setCurrentIndex(v.size_combo.findData(checked.size))
        v.stride_spin.setValue(checked.stride)
        v.padding_spin.setValue(checked.padding)
        v.kernels.set_filters(checked.kernel, checked.bias, checked.recipes)
        v.kernels.show_filter(checked.filter)

    def activity_controls(self) -> list[ActivityControl]:
        return activity.controls(self.view)

    # -- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.view.retranslate()
        self._recompute()


def _factor(value: float) -> str:
    text = localised(value, 3)
    return f"({text})" if text.startswith("−") else text


if __name__ == "__main__":
    from gui.preview import run_preview

    sys.exit(run_preview(lambda: Convolution3DLesson(LabSession())))
