"""Problems drawn as grids: one convolution cell, one pooling cell, one ∂L/∂w, an output size.

Each view is the lesson's picture of the problem: the padded input with its zero ring in grey
and the window in yellow, the kernel, and the output with the asked cell marked "?". Solved,
the covered inputs carry the factor that multiplies them ("×2", as in the convolution lesson)
and the output cell shows the answer.
"""

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from engine.exercises.problems import window_cells
from engine.lessons.walkthrough import format_factor
from gui.i18n import lesson_number
from gui.lessons.exercises.drawing import (
    KERNEL_COLOUR,
    PADDING_COLOUR,
    WINDOW_COLOUR,
    ProblemView,
    asked_output,
    caption,
    column,
    operator,
    output_cells,
    padded,
    pair,
    read_only_grid,
    side_by_side,
)

NEXT_WINDOW_COLOUR = "#cfe8ff"  # where the window lands after one stride (output size sketch)
SKETCH_LIMIT = 14  # cells across a sketch; a larger input is drawn cut, and the caption says so


def _factors(cells: list[tuple[int, int]], factors: np.ndarray) -> dict[tuple[int, int], str]:
    """"×w" on each covered cell, the window read row by row as the factors are."""
    notes = ["×" + format_factor(float(f), lesson_number) for f in factors.ravel()]
    return dict(zip(sorted(cells), notes, strict=False))


class _AskedCellView(ProblemView):
    """A view whose output grid has one asked cell."""

    def _asked(self, caption_text: str) -> str:
        """The output's caption, with the answer once solved (a narrow cell may not hold it)."""
        if not self.solved:
            return caption_text
        return f"{caption_text} = {lesson_number(float(self.problem.answer))}"


class ConvCellView(_AskedCellView):
    """Padded input ∗ kernel → output, the window of the asked cell highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input_grid = read_only_grid("exerciseInput", 200)
        self.kernel_grid = read_only_grid("exerciseKernel", 110)
        self.output_grid = read_only_grid("exerciseOutput", 180)
        self.input_title, self.kernel_title = caption("inputCaption"), caption("kernelCaption")
        self.output_title = caption("outputCaption")
        side_by_side(self, column(self.input_title, self.input_grid), operator("∗"),
                     column(self.kernel_title, self.kernel_grid), operator("→"),
                     column(self.output_title, self.output_grid))

    def draw(self) -> None:
        given = self.problem.given
        x, kernel = np.asarray(given["input"], float), np.asarray(given["kernel"], float)
        p, s = int(given["padding"]), int(given["stride"])
        shown, ring = padded(x, p)
        self.input_grid.set_matrix(shown, editable=False, shaded=ring)
        window = window_cells(self.problem)
        self.input_grid.set_backgrounds({cell: WINDOW_COLOUR for cell in window})
        self.input_grid.set_annotations(_factors(window, kernel) if self.solved else {})
        self.kernel_grid.set_matrix(kernel, editable=False)
        self.kernel_grid.set_backgrounds({(r, c): KERNEL_COLOUR for (r, c), _ in
                                          np.ndenumerate(kernel)})
        shape = (output_cells(shown.shape[0], kernel.shape[0], s),
                 output_cells(shown.shape[1], kernel.shape[1], s))
        cell = (int(given["row"]), int(given["col"]))
        asked_output(self.output_grid, shape, cell, self.problem.answer if self.solved else None)
        title = (self.tr("Input, padding {p} (grey), stride {s}") if p else
                 self.tr("Input, no padding, stride {s}"))  # no grey ring to point at
        self.input_title.setText(title.format(p=p, s=s))
        self.kernel_title.setText(self.tr("Kernel"))
        self.output_title.setText(self._asked(self.tr("Output: row {row}, column {col}").format(
            row=cell[0], col=cell[1])))


class PoolingView(_AskedCellView):
    """The input, its pooling window highlighted, and the output cell asked for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input_grid = read_only_grid("exerciseInput", 260)
        self.output_grid = read_only_grid("exerciseOutput", 200)
        self.input_title, self.output_title = caption("inputCaption"), caption("outputCaption")
        side_by_side(self, column(self.input_title, self.input_grid), operator("→"),
                     column(self.output_title, self.output_grid))

    def draw(self) -> None:
        given = self.problem.given
        x = np.asarray(given["input"], float)
        (ph, pw), (sh, sw) = pair(given["pool"]), pair(given["stride"])
        self.input_grid.set_matrix(x, editable=False)
        window = window_cells(self.problem)
        self.input_grid.set_backgrounds({cell: WINDOW_COLOUR for cell in window})
        notes = {}
        if self.solved and given["mode"] == "max" and window:
            notes = {max(window, key=lambda cell: x[cell]): "★"}  # the winner, as pooling marks it
        self.input_grid.set_annotations(notes)
        shape = (output_cells(x.shape[0], ph, sh), output_cells(x.shape[1], pw, sw))
        cell = (int(given["row"]), int(given["col"]))
        asked_output(self.output_grid, shape, cell, self.problem.answer if self.solved else None)
        mode = self.tr("max pooling") if given["mode"] == "max" else self.tr("average pooling")
        self.input_title.setText(self.tr("Input: {mode} {ph}×{pw}, stride {s}").format(
            mode=mode, ph=ph, pw=pw, s=sh if sh == sw else f"{sh}×{sw}"))
        self.output_title.setText(self._asked(self.tr("Output: row {row}, column {col}").format(
            row=cell[0], col=cell[1])))


class BackpropView(ProblemView):
    """The deck's 5×5 input (the inputs that meet w[i][j] in yellow), the kernel and ∂L/∂z."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input_grid = read_only_grid("exerciseInput", 210)
        self.kernel_grid = read_only_grid("exerciseKernel", 120)
        self.gradient_grid = read_only_grid("exerciseGradient", 90)
        self.input_title, self.kernel_title = caption("inputCaption"), caption("kernelCaption")
        self.gradient_title = caption("gradientCaption")
        side_by_side(self, column(self.input_title, self.input_grid),
                     column(self.kernel_title, self.kernel_grid),
                     column(self.gradient_title, self.gradient_grid))

    def draw(self) -> None:
        given = self.problem.given
        x, kernel = np.asarray(given["input"], float), np.asarray(given["kernel"], float)
        gradient = np.asarray(given["dL_dz"], float)
        weight = (int(given["i"]), int(given["j"]))
        self.input_grid.set_matrix(x, editable=False)
        window = window_cells(self.problem)
        self.input_grid.set_backgrounds({cell: WINDOW_COLOUR for cell in window})
        self.input_grid.set_annotations(_factors(window, gradient) if self.solved else {})
        self.kernel_grid.set_matrix(kernel, editable=False)
        self.kernel_grid.set_backgrounds({weight: WINDOW_COLOUR})
        self.kernel_grid.set_annotations({} if self.solved else {weight: "?"})
        self.gradient_grid.set_matrix(gradient, editable=False)
        self.gradient_grid.set_backgrounds({(r, c): KERNEL_COLOUR for (r, c), _ in
                                            np.ndenumerate(gradient)})
        self.input_title.setText(self.tr("Input x, stride {s}").format(s=given["stride"]))
        self.kernel_title.setText(self.tr("Kernel: w[{i}][{j}] asked").format(
            i=weight[0], j=weight[1]))
        self.gradient_title.setText(self.tr("∂L/∂z"))


class OutputSizeView(ProblemView):
    """A sketch of the padded input: the first window (yellow) and the next, one stride on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sketch = read_only_grid("outputSizeSketch", 260, cell_size=24)
        self.sketch_title = caption("sketchCaption")
        self.values = caption("sizeValues")
        self.values.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        side_by_side(self, column(self.sketch_title, self.sketch), self.values)

    def draw(self) -> None:
        given = self.problem.given
        n, k, p, s = (int(given[key]) for key in ("n", "k", "p", "s"))
        across = min(n + 2 * p, SKETCH_LIMIT)
        ring = np.ones((across, across), dtype=bool)
        inner = slice(p, min(p + n, across))
        ring[inner, inner] = False
        # Blank cells: a sketch of sizes, not of numbers.
        self.sketch.set_matrix(np.full((across, across), np.nan), editable=False, shaded=ring)
        colours = {(r, c): PADDING_COLOUR for r, c in zip(*np.nonzero(ring), strict=True)}
        second = {(r, c + s) for r in range(min(k, across)) for c in range(k) if c + s < across}
        colours.update({cell: NEXT_WINDOW_COLOUR for cell in second})
        colours.update({(r, c): WINDOW_COLOUR for r in range(min(k, across))
                        for c in range(min(k, across))})
        self.sketch.set_backgrounds(colours)
        cut = n + 2 * p > SKETCH_LIMIT
        self.sketch_title.setText(
            self.tr("The first {shown} of {total} cells across (padded)").format(
                shown=across, total=n + 2 * p) if cut else self.tr("The padded input"))
        self.values.setText(self.tr(
            "n = {n} (input)\nk = {k} (kernel)\np = {p} (padding, grey)\ns = {s} (stride)\n\n"
            "yellow: the first window\nblue: the window one stride on").format(
            n=n, k=k, p=p, s=s))
