"""Occlusion map: hide one square of the digit at a time and see how much each model cares.

For every position of a grey-free (black) patch, the model reads the digit with that square
hidden; the drop of the true class's probability is the colour of the square. Where the drop is
large, the model was looking. It is a second "where does it look" to set beside Grad-CAM: Grad-CAM
reads the network's gradients, this map only its answers, so it works for any model (the MLP too).
The maps are computed in a worker thread (a few hundred predictions per model).
"""

from typing import Any

import numpy as np
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gui import i18n, style
from gui.robustness.view_frame import DigitWorkView, scroll_inside
from gui.widgets.pixel_view import PixelView
from gui.widgets.spin import spin
from gui.workers import run_in_background

DEFAULT_SIZE = 6
DEFAULT_STRIDE = 2


def spread(grid: np.ndarray, size: int, stride: int, shape: tuple[int, int] = (28, 28)
           ) -> np.ndarray:
    """A per-pixel map: each pixel gets the mean drop of the patch positions that cover it."""
    from engine.robustness.occlusion import patch_positions

    total = np.zeros(shape, np.float64)
    count = np.zeros(shape, np.float64)
    rows, cols = patch_positions(shape[0], size, stride), patch_positions(shape[1], size, stride)
    for i, top in enumerate(rows):
        for j, left in enumerate(cols):
            total[top:top + size, left:left + size] += grid[i, j]
            count[top:top + size, left:left + size] += 1
    return np.divide(total, count, out=np.zeros(shape), where=count > 0)


def patch_at(grid: np.ndarray, size: int, stride: int, cell: tuple[int, int],
             shape: tuple[int, int] = (28, 28)) -> tuple[int, int]:
    """The top-left pixel (row, col) of the patch of grid cell ``cell``."""
    from engine.robustness.occlusion import patch_positions

    rows, cols = patch_positions(shape[0], size, stride), patch_positions(shape[1], size, stride)
    return rows[cell[0]], cols[cell[1]]


def heat_from_drops(pixels: np.ndarray) -> np.ndarray:
    """Drops scaled to 0–1 for the overlay (a patch that raises the probability shows cold)."""
    positive = np.clip(pixels, 0.0, None)
    top = float(positive.max())
    return (positive / top).astype(np.float32) if top > 0 else np.zeros_like(positive, np.float32)


def compute_maps(sides: list[Any], digit: np.ndarray, label: int | None, size: int,
                 stride: int) -> list[tuple[int, np.ndarray]]:
    """(class studied, drop grid) for each model (worker thread)."""
    from engine.robustness.occlusion import occlusion_map

    results = []
    for side in sides:
        target = label
        if target is None:
            target = int(np.argmax(side.probabilities(digit[None])[0]))
        grid = occlusion_map(side.probabilities, digit, target, size=size, stride=stride)
        results.append((target, np.asarray(grid, np.float64)))
    return results


class OcclusionView(DigitWorkView):
    """Patch size and stride; per model, the digit with the drop of its probability over it."""

    def __init__(self, pair: Any, source: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("occlusionView")
        self.pair, self.source = pair, source
        # A result that arrives after the view was deleted (the window closed) is dropped.
        gone = self._gone = [False]
        self.destroyed.connect(lambda *_: gone.__setitem__(0, True))
        self._results: list[tuple[int, np.ndarray]] | None = None
        self._asked: tuple[int | None, int, int] | None = None  # label, size, stride computed
        self._digit = np.zeros((28, 28), np.float32)
        self._build()
        pair.changed.connect(self.refresh)
        source.digitChanged.connect(self.refresh)
        self.size_spin.valueChanged.connect(self.refresh)
        self.stride_spin.valueChanged.connect(self.refresh)
        self.retranslate()

    def _build(self) -> None:
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.size_spin = spin("occlusionSizeSpin", 2, 14)
        self.size_spin.setValue(DEFAULT_SIZE)
        self.stride_spin = spin("occlusionStrideSpin", 1, 7)
        self.stride_spin.setValue(DEFAULT_STRIDE)
        self.size_label, self.stride_label = QLabel(), QLabel()
        self.size_label.setBuddy(self.size_spin)
        self.stride_label.setBuddy(self.stride_spin)
        form = QFormLayout()
        form.addRow(self.size_label, self.size_spin)
        form.addRow(self.stride_label, self.stride_spin)
        self.target = QLabel()
        self.target.setObjectName("occlusionTarget")
        self.target.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("occlusionStatus")
        self.status.setWordWrap(True)
        grid = QGridLayout()
        self.names = [QLabel(), QLabel()]
        self.views = [PixelView(), PixelView()]
        self.captions = [QLabel(), QLabel()]
        for column, (name, view, caption) in enumerate(zip(self.names, self.views,
                                                           self.captions, strict=True)):
            style.set_font(name, bold=True)
            view.setObjectName(f"occlusionMap{column}")
            view.setMinimumSize(200, 200)
            view.setMaximumHeight(320)
            caption.setWordWrap(True)
            grid.addWidget(name, 0, column)
            grid.addWidget(view, 1, column)
            grid.addWidget(caption, 2, column)
        controls = QVBoxLayout()
        controls.addLayout(form)
        controls.addWidget(self.target)
        controls.addWidget(self.status)
        controls.addStretch(1)
        self.target.setMaximumWidth(300)
        self.status.setMaximumWidth(300)
        side_by_side = QHBoxLayout()
        side_by_side.addLayout(controls, 0)
        side_by_side.addLayout(grid, 1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.intro)
        layout.addLayout(side_by_side, 1)
        scroll_inside(self, content)

    # -- computing ---------------------------------------------------------------------------
    def _start(self) -> None:
        if self._call is not None:
            return  # started again when this one ends (the dirty flag stays set)
        digit = self.source.digit()
        problem = str(getattr(self.source, "problem", "") or "")
        if problem:
            self.status.setText(problem)
            self._clear()
            return
        if digit is None or not self.pair.ready():
            self._show_names()
            self.status.setText(self.tr("Waiting for both models and a digit…"))
            return
        self._dirty = False
        sides = list(self.pair.sides())
        digit = np.asarray(digit, np.float32)
        label, size, stride = self.source.label(), self.size_spin.value(), self.stride_spin.value()
        self._asked = (label, size, stride)
        self.status.setText(self.tr("Computing the occlusion maps…"))
        self._call = run_in_background(
            lambda: (digit, compute_maps(sides, digit, label, size, stride)),
            self._done, self._failed, name="cnn-lab-occlusion")

    def _done(self, outcome: tuple[np.ndarray, list[tuple[int, np.ndarray]]]) -> None:
        if self._gone[0]:
            return
        self._call = None
        if self._dirty:
            self._start()
            return
        digit, self._results = outcome
        self._digit = digit
        self.status.setText("")
        self._show()

    def _clear(self) -> None:
        """No digit to study: no maps (the last digit's would mislead)."""
        self._results = None
        for view, caption in zip(self.views, self.captions, strict=True):
            view.set_image(np.zeros((28, 28), np.float32), levels=(0.0, 1.0))
            view.set_heat(None)
            caption.clear()
        self.target.clear()

    def _failed(self, error: Exception) -> None:
        if self._gone[0]:
            return
        self._call = None
        self.status.setStyleSheet(style.ERROR_STYLE)
        self.status.setText(self.tr("The occlusion map could not be computed: {error}").format(
            error=str(error) or type(error).__name__))

    # -- showing -----------------------------------------------------------------------------
    def maps(self) -> list[np.ndarray] | None:
        """Each model's grid of probability drops (rows × columns of patch positions)."""
        return None if self._results is None else [grid for _, grid in self._results]

    def classes(self) -> list[int] | None:
        return None if self._results is None else [target for target, _ in self._results]

    def pixel_heat(self, side: int) -> np.ndarray:
        """The overlay shown for model ``side``: the drops spread over the pixels, 0–1."""
        _, size, stride = self._asked or (None, DEFAULT_SIZE, DEFAULT_STRIDE)
        grid = self._results[side][1]
        return heat_from_drops(spread(grid, size, stride, self._digit.shape))

    def _show_names(self) -> None:
        try:
            sides = self.pair.sides()
        except (AttributeError, TypeError):
            return
        for label, side in zip(self.names, sides, strict=False):
            label.setText(side.name)

    def _show(self) -> None:
        self.status.setStyleSheet("")
        self._show_names()
        if self._results is None:
            return
        label, size, stride = self._asked
        for side, (view, caption) in enumerate(zip(self.views, self.captions, strict=True)):
            target, grid = self._results[side]
            view.set_image(self._digit, levels=(0.0, 1.0))
            view.set_heat(self.pixel_heat(side))
            caption.setText(self._caption(target, grid, size, stride))
        self.target.setText(self._target_text(label))

    def _caption(self, target: int, grid: np.ndarray, size: int, stride: int) -> str:
        row, col = np.unravel_index(int(np.argmax(grid)), grid.shape)
        top, left = patch_at(grid, size, stride, (int(row), int(col)), self._digit.shape)
        return self.tr("Largest drop of P({target}): {drop} points, with the patch over rows "
                       "{top}–{bottom} and columns {left}–{right}.").format(
            target=target, drop=i18n.percent(max(0.0, float(grid[row, col]))),
            top=top, bottom=top + size - 1, left=left, right=left + size - 1)

    def _target_text(self, label: int | None) -> str:
        if label is not None:
            return self.tr("Class studied: {label}, the digit's true class.").format(label=label)
        classes = ", ".join(str(target) for target, _ in self._results or [])
        return self.tr("The digit's true class is not known, so each map studies its model's "
                       "top class ({classes}).").format(classes=classes)

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "A black patch hides one square of the digit at a time; the colour of each square "
            "is how much the probability of the true class drops when it is hidden. Hot "
            "regions are where the model looks: a second \u201cwhere does it look\u201d to set "
            "beside Grad-CAM in the Activations tab, made from the answers alone."))
        self.size_label.setText(self.tr("Patch size (pixels):"))
        self.stride_label.setText(self.tr("Stride (pixels):"))
        for box in (self.size_spin, self.stride_spin):
            box.setLocale(QLocale())
        self._show()
        problem = str(getattr(self.source, "problem", "") or "")
        if self.computing():
            self.status.setText(self.tr("Computing the occlusion maps…"))
        elif problem:
            self.status.setText(problem)
        elif self._results is None:
            self.status.setText(self.tr("Waiting for both models and a digit…"))


if __name__ == "__main__":
    from gui.preview import run_preview

    def _demo() -> QWidget:
        from gui.robustness.digit import DigitSource
        from gui.robustness.models import ModelPair

        return OcclusionView(ModelPair(), DigitSource())

    raise SystemExit(run_preview(_demo))
