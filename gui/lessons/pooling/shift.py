"""Part one of "Importância do max pooling" (slide 17): shift the input, count what changed.

The slide's picture was lost; its text follows Goodfellow, Bengio & Courville (*Deep
Learning*, 2016, fig. 9.8): shift the input one pixel and "every activation changes, but only
half of the pooled outputs do". The experiment opens on an 8×8 map built to show exactly
that in 2-D: a small, varied background (1–3, no two neighbours alike, so every value really
moves) and one strong activation (5–9) in each 2×2 window, in the left column of half of the
windows and the right column of the others. Shifted right by one, the left-column peaks stay
in their windows and the right-column ones leave: 64 of 64 activations change, 8 of 16 pooled
outputs do. The book's own one-row figure is a button away.

The counting is :func:`engine.lessons.invariance.compare_shift`; this widget shows it.
"""

import numpy as np
from PySide6.QtWidgets import QVBoxLayout, QWidget

from engine.lessons.invariance import ShiftComparison, compare_shift
from engine.numerics.ops import max_pool_argmax
from gui import i18n
from gui.lessons.pooling.shift_view import ARROWS, ShiftView
from gui.lessons.pooling.widgets import CHANGED_COLOUR, WINNER_MARK

EXAMPLE_MAP = np.array([[9, 3, 2, 1, 3, 2, 1, 7],
                        [2, 1, 3, 6, 8, 3, 2, 1],
                        [3, 5, 1, 3, 2, 1, 8, 2],
                        [1, 3, 9, 1, 3, 6, 1, 3],
                        [2, 1, 3, 7, 9, 3, 2, 1],
                        [8, 2, 1, 3, 2, 1, 3, 6],
                        [1, 3, 8, 1, 3, 2, 9, 3],
                        [2, 5, 3, 2, 1, 7, 2, 1]], dtype=np.float64)
# Goodfellow et al., fig. 9.8: the detector row 0.1 1 0.2 0.1 with its neighbours (0.3 on the
# left, 0 on the right), pooled with windows of 3 and stride 1 into 1 1 1 0.2.
BOOK_ROW = np.array([[0.3, 0.1, 1.0, 0.2, 0.1, 0.0]])
BOOK_WINDOW = (1, 3)


class ShiftExperiment(QWidget):
    """The translation experiment: state, the engine's comparison, and what is highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._x = EXAMPLE_MAP.copy()
        self._offset = (0, 0)  # (rows down, columns right) from the original position
        self._window, self._stride = (2, 2), 2
        self._result: ShiftComparison | None = None
        self.view = ShiftView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._wire()
        self.view.retranslate()
        self._sync_controls()
        self._recompute()

    # -- state a test may read -----------------------------------------------------------------
    @property
    def offset(self) -> tuple[int, int]:
        return self._offset

    @property
    def result(self) -> ShiftComparison | None:
        return self._result

    def set_example(self, x: np.ndarray, window: tuple[int, int] = (2, 2),
                    stride: int = 2) -> None:
        self._x = np.asarray(x, dtype=np.float64).copy()
        self._window, self._stride = window, stride
        self._offset = (0, 0)
        self._sync_controls()
        self._recompute()

    def shift(self, rows: int, cols: int) -> None:
        """Move the input one more step; it never leaves the frame entirely."""
        height, width = self._x.shape
        self._offset = (int(np.clip(self._offset[0] + rows, 1 - height, height - 1)),
                        int(np.clip(self._offset[1] + cols, 1 - width, width - 1)))
        self._recompute()

    def reset_shift(self) -> None:
        self._offset = (0, 0)
        self._recompute()

    # -- wiring --------------------------------------------------------------------------------
    def _wire(self) -> None:
        v = self.view
        for name, _, _, (rows, cols) in ARROWS:
            if (rows, cols) == (0, 0):
                v.arrows[name].clicked.connect(self.reset_shift)
            else:
                v.arrows[name].clicked.connect(lambda _=False, r=rows, c=cols: self.shift(r, c))
        v.input_grid.valuesChanged.connect(self._input_edited)
        v.input_grid.editRejected.connect(v.input_hint.show_problem)
        for box in (v.window_rows, v.window_cols, v.stride_spin):
            box.valueChanged.connect(self._pooling_changed)
        v.example_button.clicked.connect(lambda: self.set_example(EXAMPLE_MAP))
        v.figure_button.clicked.connect(lambda: self.set_example(BOOK_ROW, BOOK_WINDOW, 1))

    def _sync_controls(self) -> None:
        v = self.view
        for box, value in ((v.window_rows, self._window[0]), (v.window_cols, self._window[1]),
                           (v.stride_spin, self._stride)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)

    def _input_edited(self) -> None:
        self._x = self.view.input_grid.values()
        self.view.input_hint.clear_problem()
        self._recompute()

    def _pooling_changed(self) -> None:
        v = self.view
        self._window = (v.window_rows.value(), v.window_cols.value())
        self._stride = v.stride_spin.value()
        self._recompute()

    # -- computing and showing -----------------------------------------------------------------
    def _recompute(self) -> None:
        v = self.view
        fits = self._window[0] <= self._x.shape[0] and self._window[1] <= self._x.shape[1]
        self._result = (compare_shift(self._x, *self._offset, self._window, self._stride)
                        if fits else None)
        v.input_grid.set_matrix(self._x)
        v.input_grid.set_annotations(self._winners(self._x))
        if self._result is None:
            empty = np.zeros((0, 0))
            v.shifted_grid.set_matrix(self._x, editable=False)
            for pooled in (v.pooled_before, v.pooled_after):
                pooled.set_matrix(empty, editable=False)
        else:
            v.shifted_grid.set_matrix(self._result.after, editable=False)
            v.pooled_before.set_matrix(self._result.pooled_before, editable=False)
            v.pooled_after.set_matrix(self._result.pooled_after, editable=False)
            v.shifted_grid.set_backgrounds(_cells(self._result.changed))
            v.shifted_grid.set_annotations(self._winners(self._result.after))
            for pooled in (v.pooled_before, v.pooled_after):
                pooled.set_backgrounds(_cells(self._result.pooled_changed))
        self._write_texts()

    def _winners(self, x: np.ndarray) -> dict[tuple[int, int], str]:
        """★ on each max window's winning cell (none when the window does not fit)."""
        if self._result is None:
            return {}
        cells = max_pool_argmax(x, self._window, self._stride).reshape(-1, 2)
        return {(int(r), int(c)): WINNER_MARK for r, c in cells}

    def _write_texts(self) -> None:
        v = self.view
        v.offset_label.setText(self._offset_text())
        if self._result is None:
            v.problem_label.show_problem(self.tr(
                "The pooling window is larger than the map: make it smaller."))
            v.counts.clear()
            return
        v.problem_label.clear_problem()
        r = self._result
        v.counts.setText(self.tr(
            "{changed} of {total} activations changed; {pooled} of {pooled_total} pooled "
            "outputs changed").format(
                changed=i18n.integer(r.changed_count), total=i18n.integer(r.total),
                pooled=i18n.integer(r.pooled_changed_count),
                pooled_total=i18n.integer(r.pooled_total)))

    def _offset_text(self) -> str:
        rows, cols = self._offset
        if (rows, cols) == (0, 0):
            return self.tr("Not shifted: press an arrow.")
        parts = []
        if cols:
            text = self.tr("{n} px right") if cols > 0 else self.tr("{n} px left")
            parts.append(text.format(n=i18n.integer(abs(cols))))
        if rows:
            text = self.tr("{n} px down") if rows > 0 else self.tr("{n} px up")
            parts.append(text.format(n=i18n.integer(abs(rows))))
        return self.tr("Shifted {moves}").format(moves=", ".join(parts))

    def retranslate(self) -> None:
        self.view.retranslate()
        self._write_texts()


def _cells(mask: np.ndarray) -> dict[tuple[int, int], object]:
    return {(int(r), int(c)): CHANGED_COLOUR for r, c in np.argwhere(mask)}
