"""A Conv2D kernel (kh, kw, C_in, C_out) as small images, coloured so the sign shows.

Two views, chosen by the number of input channels:

- C_in 1 or 3 (a first layer): one image per output filter, titled with its number, and
  the filter ``output_channel`` framed (feature map k is made by filter k). A greyscale
  input's filters use a blue–white–red map; an RGB input's filters are drawn as colour
  images — the classic picture of first-layer filters, because it shows at once which
  colour each filter responds to. Their weights are mapped with one symmetric scale,
  ``0.5 + w / (2·max|w|)`` per channel, so a zero weight is mid-grey in every channel and
  strength stays comparable across filters; the signed numbers are in the tooltip.
- C_in > 3 (deeper layers): one filter only, ``output_channel``, as its C_in slices
  ("in 0", "in 1", …), since 64×32 tiny images would say nothing. ``slices=True`` asks for
  this view of an RGB filter too (its red, green and blue 3×3 slices, titled R, G, B): the
  colour tile says which colour a filter likes, the slices show the signed numbers behind it.

Levels are symmetric, ±max|w| over the whole kernel: zero is always the middle colour, and
the same weight has the same colour in every filter of the layer. Hovering a weight shows
it, with the whole slice's numbers, in a tooltip.
"""

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from gui.i18n import lesson_number
from gui.widgets.feature_maps import Levels, Pixel, ThumbnailGrid, colourise

FILTERS, RGB, INPUTS = "filters", "rgb", "inputs"  # the three ways of showing a kernel
MAX_TABLE_CELLS = 49  # tooltips list every weight of a slice up to 7×7


def symmetric_limit(weights: np.ndarray) -> float:
    """max|w| over the finite weights (1 when there are none, or all are zero)."""
    finite = np.abs(weights[np.isfinite(weights)])
    limit = float(finite.max()) if finite.size else 0.0
    return limit if limit > 0 else 1.0


def weights_table(weights: np.ndarray, row: int, col: int) -> str:
    """A 2-D slice as an HTML table with the weight at (row, col) in bold."""
    lines = []
    for r, values in enumerate(weights):
        cells = []
        for c, value in enumerate(values):
            text = lesson_number(value)
            cells.append(f"<td align='right'>{f'<b>{text}</b>' if (r, c) == (row, col) else text}"
                         "</td>")
        lines.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table cellspacing='6'>{''.join(lines)}</table>"


class FilterGrid(ThumbnailGrid):
    """The weights of one Conv2D layer; ``set_kernel`` chooses what is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterGrid")
        self._diverging = pg.colormap.get("CET-D1").getLookupTable(nPts=256)  # blue–white–red
        self._kernel = np.zeros((0, 0, 0, 0), dtype=np.float32)
        self._output_channel = 0
        self._limit = 1.0
        self._slices = False

    def set_kernel(self, kernel: np.ndarray, output_channel: int = 0, slices: bool = False
                   ) -> None:
        """Show ``kernel`` (kh, kw, C_in, C_out); ``output_channel`` is the filter of interest.

        ``slices`` shows that one filter's input slices whatever C_in is.
        """
        kernel = np.asarray(kernel, dtype=np.float32)
        if kernel.ndim != 4:
            raise ValueError(f"a Conv2D kernel is (kh, kw, C_in, C_out), got shape {kernel.shape}")
        if not 0 <= output_channel < kernel.shape[3]:
            raise ValueError(f"filter {output_channel} out of range 0..{kernel.shape[3] - 1}")
        self._kernel = kernel.copy()
        self._output_channel = output_channel
        self._slices = slices
        self._limit = symmetric_limit(self._kernel)
        self._refresh()

    def clear(self) -> None:
        self.clear_thumbnails()
        self._kernel = np.zeros((0, 0, 0, 0), dtype=np.float32)

    def mode(self) -> str:
        """FILTERS, RGB (one image per filter) or INPUTS (the slices of one filter)."""
        c_in = self._kernel.shape[2]
        if self._slices:
            return INPUTS
        return FILTERS if c_in == 1 else RGB if c_in == 3 else INPUTS

    def output_channel(self) -> int:
        return self._output_channel

    def levels(self) -> Levels:
        """The weights drawn as the two ends of the colour map (symmetric around zero)."""
        return (-self._limit, self._limit)

    def tooltip_for(self, index: int, row: int, col: int) -> str:
        """What hovering weight (row, col) of thumbnail ``index`` shows."""
        mode = self.mode()
        if mode == RGB:
            red, green, blue = (lesson_number(w) for w in self._kernel[row, col, :, index])
            return self.tr("filter {filter}, row {row}, column {col}: red {red}, green {green}, "
                           "blue {blue}").format(filter=index, row=row, col=col, red=red,
                                                 green=green, blue=blue)
        if mode == FILTERS:
            weights = self._kernel[:, :, 0, index]
            head = self.tr("filter {filter}, row {row}, column {col}: {value}").format(
                filter=index, row=row, col=col, value=lesson_number(weights[row, col]))
        else:
            weights = self._kernel[:, :, index, self._output_channel]
            head = self.tr("filter {filter}, input channel {channel}, row {row}, column {col}: "
                           "{value}").format(filter=self._output_channel, channel=index, row=row,
                                             col=col, value=lesson_number(weights[row, col]))
        if weights.size > MAX_TABLE_CELLS:
            return head
        return f"<qt>{html.escape(head)}{weights_table(weights, row, col)}</qt>"

    # -- helpers ----------------------------------------------------------------------------
    def _refresh(self) -> None:
        kernel, mode = self._kernel, self.mode()
        if mode == RGB:
            # Zero → 0.5 in every channel; ±max|w| → 0 or 1.
            shifted = 0.5 + 0.5 * np.moveaxis(kernel, -1, 0) / self._limit
            rgb = np.round(np.clip(shifted, 0.0, 1.0) * 255).astype(np.uint8)
        else:
            stack = np.moveaxis(kernel[:, :, :, self._output_channel] if mode == INPUTS
                                else kernel[:, :, 0, :], -1, 0)
            rgb = colourise(stack, [self.levels()] * len(stack), self._diverging)
        if mode == INPUTS and len(rgb) == 3:
            titles = ["R", "G", "B"]  # the slices of a colour filter, one per colour
        elif mode == INPUTS:
            titles = [self.tr("in {channel}").format(channel=i) for i in range(len(rgb))]
        else:
            titles = [str(k) for k in range(len(rgb))]
        self._show_stack(rgb, titles)
        self.select(None if mode == INPUTS else self._output_channel)

    def _pointer_moved(self, hit: Pixel | None) -> None:
        # The hovered image carries the tooltip; Qt shows it when the pointer rests.
        if hit is not None:
            index, row, col = hit
            self.image_item(index).setToolTip(self.tooltip_for(index, row, col))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.thumbnail_count():
            self._refresh()  # titles ("in 0") are translated text
        super().changeEvent(event)


if __name__ == "__main__":
    from gui.preview import run_preview

    def _demo() -> FilterGrid:
        grid = FilterGrid()
        grid.set_kernel(np.random.default_rng(0).normal(size=(3, 3, 1, 32)), output_channel=5)
        return grid

    raise SystemExit(run_preview(_demo))
