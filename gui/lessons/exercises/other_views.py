"""Problems that are not a window on a grid: a layer's parameters, a confusion matrix's metrics.

- *parameters*: the input's shape → the layer (its Keras name and settings) → "? parameters",
  three boxes in a row, as the MLP × CNN calculator draws a network.
- *metrics*: the confusion matrix (rows: true class, columns: predicted; the class numbers in
  grey around it) with the positive class's row and column coloured. Solved, every cell takes
  the colour of what it counts as (VP, VN, FP, FN), the Evaluation tab's colours and tags.
"""

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui import i18n, style
from gui.lessons.exercises.drawing import (
    WINDOW_COLOUR,
    ProblemView,
    caption,
    column,
    operator,
    pair,
    read_only_grid,
    side_by_side,
)
from gui.widgets.matrix_colours import FN, FP, ROLE_COLOURS, TN, TP, mix, role_of
from gui.widgets.matrix_grid import FIXED_COLOUR

KERAS_NAMES = {"dense": "Dense", "conv2d": "Conv2D", "locally_connected": "LocallyConnected2D"}
POSITIVE_ROW = QColor("#ffe6a6")  # the positive class's row and column, before the solution


def _box(name: str) -> tuple[QFrame, QLabel, QLabel]:
    """A framed box with a bold first line and a smaller second one."""
    frame = QFrame()
    frame.setObjectName(name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    head, body = QLabel(), QLabel()
    head.setObjectName(name + "Head")
    body.setObjectName(name + "Body")
    style.set_font(head, 14, bold=True)
    # Lines broken by hand, not wrapped: a wrapped label in a row of boxes was given the
    # height of one line and cut.
    layout = QVBoxLayout(frame)
    for label in (head, body):
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
    return frame, head, body


class ParametersView(ProblemView):
    """Input shape → layer → parameters, each in a box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        boxes = [_box(name) for name in ("inputBox", "layerBox", "countBox")]
        (_, self.input_head, self.input_body), (_, self.layer_head, self.layer_body), \
            (_, self.count_head, self.count_body) = boxes
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for index, (frame, _, _) in enumerate(boxes):
            if index:
                row.addWidget(operator("→"), 0, Qt.AlignmentFlag.AlignVCenter)
            row.addWidget(frame, 1)

    def draw(self) -> None:
        given = self.problem.given
        h, w, c = (int(v) for v in given["input_shape"])
        self.input_head.setText(f"{h}×{w}×{c}")
        self.input_body.setText(self.tr("input\n(height × width × channels)"))
        self.layer_head.setText(KERAS_NAMES.get(given["layer"], given["layer"]))
        self.layer_body.setText(self._layer_details(given))
        self.count_head.setText(i18n.integer(int(self.problem.answer)) if self.solved else "?")
        self.count_body.setText(self.tr("trainable parameters"))

    def _layer_details(self, given: dict) -> str:
        bias = self.tr("with bias") if given.get("bias") else self.tr("without bias")
        if given["layer"] == "dense":
            return self.tr("{units} units\n{bias}").format(units=given["units"], bias=bias)
        kh, kw = pair(given["kernel"])
        text = self.tr("{filters} filters {kh}×{kw}\n{bias}").format(
            filters=given["filters"], kh=kh, kw=kw, bias=bias)
        if given["layer"] == "locally_connected":
            sh, sw = pair(given.get("stride", 1))
            text += "\n" + self.tr("stride {sh}×{sw}, padding “{padding}”").format(
                sh=sh, sw=sw, padding=given.get("padding", "valid"))
        return text


class MetricsView(ProblemView):
    """The confusion matrix with the class numbers around it and the positive class coloured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix_grid = read_only_grid("exerciseConfusion", 320, cell_size=48)
        self.matrix_title = caption("confusionCaption")
        self.legend = caption("confusionLegend")
        self.legend.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        side_by_side(self, column(self.matrix_title, self.matrix_grid), self.legend)

    def draw(self) -> None:
        matrix = np.asarray(self.problem.given["confusion"], float)
        positive = int(self.problem.given["positive"])
        k = matrix.shape[0]
        shown = np.full((k + 1, k + 1), np.nan)
        shown[1:, 1:] = matrix
        shown[0, 1:] = shown[1:, 0] = np.arange(k)
        heads = np.zeros(shown.shape, dtype=bool)
        heads[0, :] = heads[:, 0] = True
        self.matrix_grid.set_matrix(shown, editable=False, shaded=heads)
        colours = {(0, 0): FIXED_COLOUR}
        notes = {}
        for (r, c), _ in np.ndenumerate(matrix):
            if self.solved:
                role = role_of(r, c, positive)
                colours[(r + 1, c + 1)] = mix(ROLE_COLOURS[role], 0.35)
                notes[(r + 1, c + 1)] = self._role_names()[role]
            elif r == positive or c == positive:
                colours[(r + 1, c + 1)] = WINDOW_COLOUR if r == c else POSITIVE_ROW
        self.matrix_grid.set_backgrounds(colours)
        self.matrix_grid.set_annotations(notes)
        self.matrix_title.setText(self.tr(
            "Rows: true class · columns: predicted class (class numbers in grey)"))
        self.legend.setText(self._legend(positive))

    def _role_names(self) -> dict[str, str]:
        return {TP: self.tr("TP"), TN: self.tr("TN"), FP: self.tr("FP"), FN: self.tr("FN")}

    def _legend(self, positive: int) -> str:
        text = self.tr("Positive class: <b>{positive}</b><br>Its row and column are coloured.")
        text = text.format(positive=positive)
        if self.solved:
            names = self._role_names()
            text += "<br>" + "<br>".join(
                f'<b style="color: {ROLE_COLOURS[role].darker(120).name()};">{names[role]}</b>'
                for role in (TP, FN, FP, TN))
        return text
