"""What the kernel editor writes: sizes, the size formula, the colour legend, pointed values.

Kept apart from the lesson's logic so each file stays short; every sentence is translated
(context ``KernelEditorTexts``) and numbers follow the interface's language.
"""

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject

from engine.lessons.walkthrough import output_size_terms
from engine.numerics.receptive import Region
from gui import i18n
from gui.lessons.kernel_editor.view import DIVERGING_MAP

if TYPE_CHECKING:
    from gui.lessons.kernel_editor.view import KernelEditorView


@dataclass(frozen=True)
class FilterState:
    """What the texts describe, handed over by the lesson (the lesson itself would be a cycle)."""

    original_shape: tuple[int, ...]  # the chosen picture, before grey and shrinking
    grey_shape: tuple[int, int]  # the picture being filtered
    kernel_shape: tuple[int, int]
    stride: int
    padding: tuple[int, int, int, int]  # zeros added (top, bottom, left, right)
    relu: bool
    response: np.ndarray | None  # None when the kernel does not fit


class KernelEditorTexts(QObject):
    """Fills the lesson's labels from the state the lesson hands over."""

    def __init__(self, view: "KernelEditorView", parent: QObject) -> None:
        super().__init__(parent)
        self._view = view

    def show_sizes(self, state: FilterState, fits: bool) -> None:
        """Input and output sizes in pixels, and the formula with the numbers put in."""
        view, response = self._view, state.response
        view.input_size.setText(self._input_size_text(state))
        if fits and response is not None:
            share = 100.0 * response.size / (state.grey_shape[0] * state.grey_shape[1])
            size = self._pixels(*response.shape)
            part = self.tr("{share} % of the input's pixels").format(
                share=i18n.number(share, 0 if share >= 10 else 1))
            view.output_size.setText(f"<b>{size}</b><br>{html.escape(part)}")
            view.problem_label.clear_problem()
            rows, cols = self._formula_terms(state)
        else:
            view.output_size.setText("<b>" + self.tr("No output") + "</b>")
            view.problem_label.show_problem(self._no_fit_text(state))
            rows = cols = "—"
        view.size_formula.setText(self.tr(
            "Output size = ⌊(n + 2p − k)/s⌋ + 1\nrows: {rows}\ncolumns: {cols}").format(
            rows=rows, cols=cols))

    def _input_size_text(self, state: FilterState) -> str:
        original = state.original_shape
        size = self._pixels(*state.grey_shape)
        notes = []
        if len(original) == 3:
            notes.append(self.tr("converted from colour to grey"))
        if tuple(original[:2]) != tuple(state.grey_shape):
            notes.append(self.tr("shrunk from {rows} × {cols}").format(
                rows=i18n.integer(original[0]), cols=i18n.integer(original[1])))
        return f"<b>{size}</b><br>" + html.escape("; ".join(notes))

    @staticmethod
    def _formula_terms(state: FilterState) -> tuple[str, str]:
        """The formula with the numbers put in, for the rows and for the columns."""
        top, bottom, left, right = state.padding
        (h, w), (kh, kw) = state.grey_shape, state.kernel_shape
        return (output_size_terms(h, kh, state.stride, top, bottom),
                output_size_terms(w, kw, state.stride, left, right))

    def _pixels(self, rows: int, cols: int) -> str:
        return self.tr("{rows} × {cols} pixels").format(rows=i18n.integer(rows),
                                                         cols=i18n.integer(cols))

    def _no_fit_text(self, state: FilterState) -> str:
        top, bottom, left, right = state.padding
        (h, w), (kh, kw) = state.grey_shape, state.kernel_shape
        return self.tr("The kernel ({kh}×{kw}) is larger than the padded picture ({ph}×{pw}): "
                       "use a smaller kernel or add padding.").format(
            kh=kh, kw=kw, ph=h + top + bottom, pw=w + left + right)

    def show_legend(self, state: FilterState) -> None:
        if state.response is None:
            self._view.legend.clear()
            return
        view = self._view
        low, high = view.colour_bar.levels()
        signed = view.colour_bar.colour_map == DIVERGING_MAP
        if state.relu:
            text = self.tr("ReLU is on: every negative response became 0 (black), so only "
                           "positive responses remain, from {low} (black) to {high} (white).")
        elif not signed and high > 0:
            text = self.tr("Every response is positive or zero (as with a blur), so the scale "
                           "is grey, from {low} (black) to {high} (white), like a photo. Input "
                           "grey levels go from 0 (black) to 1 (white).")
        elif not signed:
            text = self.tr("Every response is negative or zero, so the scale is grey, from "
                           "{low} (black) to {high} (white). Input grey levels go from 0 "
                           "(black) to 1 (white).")
        else:
            text = self.tr("Red: positive response; blue: negative; white: zero. The scale is "
                           "symmetric, from {low} to {high}, so equal strengths get equal "
                           "colours. Input grey levels go from 0 (black) to 1 (white).")
        view.legend.setText(text.format(low=i18n.number(low, 2), high=i18n.number(high, 2)))

    def show_output_pixel(self, row: int, col: int, value: float, window: Region,
                          grey_shape: tuple[int, int]) -> None:
        """The pointed response and the input window the kernel covered to make it."""
        text = self.tr("Output row {row}, column {col}: {value} — the kernel covered input rows "
                       "{top}–{bottom}, columns {left}–{right}").format(
            row=row, col=col, value=i18n.number(value, 3), top=window.top,
            bottom=window.bottom - 1, left=window.left, right=window.right - 1)
        if window.clipped(*grey_shape) != window:
            text += " " + self.tr("(partly on the zero padding)")
        self._view.response_info.setText(text)

    def show_input_pixel(self, row: int, col: int, value: float) -> None:
        self._view.response_info.setText(self.tr(
            "Input row {row}, column {col}: grey level {value}").format(
            row=row, col=col, value=i18n.number(value, 3)))

    def show_pointing_hint(self) -> None:
        self._view.response_info.setText(self.tr(
            "Point at the output to read a response and see, outlined on the input, the "
            "window it came from."))
