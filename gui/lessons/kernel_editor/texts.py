"""What the kernel editor writes: sizes, the size formula, the colour legend, pointed values.

Kept apart from the lesson's logic so each file stays short; every sentence is translated
(context ``KernelEditorTexts``) and numbers follow the interface's language.
"""

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from engine.lessons.walkthrough import output_size_terms
from engine.numerics.receptive import Region
from gui import i18n

if TYPE_CHECKING:
    from gui.lessons.kernel_editor.lesson import KernelEditorLesson


class KernelEditorTexts(QObject):
    """Fills the lesson's labels from its current state."""

    def __init__(self, lesson: "KernelEditorLesson") -> None:
        super().__init__(lesson)
        self._lesson = lesson
        self._view = lesson.view

    def show_sizes(self, fits: bool) -> None:
        """Input and output sizes in pixels, and the formula with the numbers put in."""
        lesson, view = self._lesson, self._view
        grey, response = lesson.grey_input(), lesson.response()
        view.input_size.setText(self._input_size_text())
        if fits and response is not None:
            share = 100.0 * response.size / grey.size
            size = self._pixels(*response.shape)
            part = self.tr("{share} % of the input's pixels").format(
                share=i18n.number(share, 0 if share >= 10 else 1))
            view.output_size.setText(f"<b>{size}</b><br>{html.escape(part)}")
            view.problem_label.clear_problem()
            rows, cols = self._formula_terms()
        else:
            view.output_size.setText("<b>" + self.tr("No output") + "</b>")
            view.problem_label.show_problem(self._no_fit_text())
            rows = cols = "—"
        view.size_formula.setText(self.tr(
            "Output size = ⌊(n + 2p − k)/s⌋ + 1\nrows: {rows}\ncolumns: {cols}").format(
            rows=rows, cols=cols))

    def _input_size_text(self) -> str:
        grey, original = self._lesson.grey_input(), self._lesson.source.image()
        size = self._pixels(*grey.shape)
        notes = []
        if original.ndim == 3:
            notes.append(self.tr("converted from colour to grey"))
        if original.shape[:2] != grey.shape:
            notes.append(self.tr("shrunk from {rows} × {cols}").format(
                rows=i18n.integer(original.shape[0]), cols=i18n.integer(original.shape[1])))
        return f"<b>{size}</b><br>" + html.escape("; ".join(notes))

    def _formula_terms(self) -> tuple[str, str]:
        """The formula with the numbers put in, for the rows and for the columns."""
        lesson = self._lesson
        top, bottom, left, right = lesson.padding()
        (h, w), (kh, kw) = lesson.grey_input().shape, lesson.kernel().shape
        return (output_size_terms(h, kh, lesson.stride(), top, bottom),
                output_size_terms(w, kw, lesson.stride(), left, right))

    def _pixels(self, rows: int, cols: int) -> str:
        return self.tr("{rows} × {cols} pixels").format(rows=i18n.integer(rows),
                                                         cols=i18n.integer(cols))

    def _no_fit_text(self) -> str:
        top, bottom, left, right = self._lesson.padding()
        (h, w), (kh, kw) = self._lesson.grey_input().shape, self._lesson.kernel().shape
        return self.tr("The kernel ({kh}×{kw}) is larger than the padded picture ({ph}×{pw}): "
                       "use a smaller kernel or add padding.").format(
            kh=kh, kw=kw, ph=h + top + bottom, pw=w + left + right)

    def show_legend(self) -> None:
        response = self._lesson.response()
        if response is None:
            self._view.legend.clear()
            return
        view = self._view
        low, high = view.colour_bar.levels()
        if self._lesson.relu_on():
            text = self.tr("ReLU is on: every negative response became 0 (white), so only red "
                           "(positive) remains. Colour scale from {low} to {high}.")
        else:
            text = self.tr("Red: positive response; blue: negative; white: zero. The scale is "
                           "symmetric, from {low} to {high}, so equal strengths get equal "
                           "colours. Input grey levels go from 0 (black) to 1 (white).")
        view.legend.setText(text.format(low=i18n.number(low, 2), high=i18n.number(high, 2)))

    def show_output_pixel(self, row: int, col: int, value: float, window: Region) -> None:
        """The pointed response and the input window the kernel covered to make it."""
        text = self.tr("Output row {row}, column {col}: {value} — the kernel covered input rows "
                       "{top}–{bottom}, columns {left}–{right}").format(
            row=row, col=col, value=i18n.number(value, 3), top=window.top,
            bottom=window.bottom - 1, left=window.left, right=window.right - 1)
        height, width = self._lesson.grey_input().shape
        if window.clipped(height, width) != window:
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
