"""Tab "Compare": perturb one digit with sliders and watch two models read it, live.

Left, the perturbations (shift, rotation, scale, stroke thickness, noise, blur, contrast,
inversion and an occlusion patch the student drags over the digit); right, one panel per model
of the ``ModelPair``: the perturbed input it receives, its answer (right or wrong when the true
class is known) and its probability bars. Perturbing is microseconds and each prediction goes
through the ``Predictor``'s compiled fast path (under 3 ms), so every change is shown at once
on the GUI thread; a burst of slider moves is coalesced by a 0-ms single-shot timer into one
update per event-loop turn. The perturbations themselves are ``engine.robustness.perturb``'s.
"""

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine.numerics.receptive import Region
from engine.robustness.perturb import Perturbation
from gui import i18n, style
from gui.robustness.digit import DigitSource
from gui.robustness.models import ModelPair, ModelSide
from gui.widgets.probability_bars import ProbabilityBars
from gui.widgets.zoom_image_view import ZoomImageView

SIZE = 28
DEFAULT_PATCH = 6
RIGHT_STYLE = f"color: {style.GOOD_GREEN}; font-weight: bold;"
WRONG_STYLE = f"color: {style.ERROR_RED}; font-weight: bold;"


@dataclass(frozen=True)
class SliderSpec:
    """One perturbation slider: its field of ``Perturbation``, range in steps, step value."""

    key: str
    low: int
    high: int
    neutral: int
    step: float  # the perturbation's value of one slider step
    decimals: int


SLIDERS = (
    SliderSpec("shift_x", -8, 8, 0, 1.0, 0),
    SliderSpec("shift_y", -8, 8, 0, 1.0, 0),
    SliderSpec("rotate", -90, 90, 0, 1.0, 0),
    SliderSpec("scale", 50, 150, 100, 0.01, 2),
    SliderSpec("thickness", -2, 2, 0, 1.0, 0),
    SliderSpec("noise", 0, 100, 0, 0.01, 2),
    SliderSpec("blur", 0, 30, 0, 0.1, 1),
    SliderSpec("contrast", 0, 200, 100, 0.01, 2),
)
INTEGER_FIELDS = ("shift_x", "shift_y", "thickness")


def patch_at(row: float, col: float, size: int) -> tuple[int, int]:
    """The patch's top-left corner for a patch centred on pixel (row, col), inside the image."""
    top = int(np.floor(row)) - size // 2
    left = int(np.floor(col)) - size // 2
    return (min(max(top, 0), SIZE - size), min(max(left, 0), SIZE - size))


class PerturbationControls(QWidget):
    """The sliders, the inversion and patch check boxes, the patch size and Reset."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: dict[str, QLabel] = {}
        self.sliders: dict[str, QSlider] = {}
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, spec in enumerate(SLIDERS):
            self._add_slider(grid, row, spec)
        self.invert_check = QCheckBox(objectName="invertCheck")
        self.patch_check = QCheckBox(objectName="patchCheck")
        self.patch_size = QSpinBox(objectName="patchSizeSpin")
        self.patch_size.setRange(2, 14)
        self.patch_size.setValue(DEFAULT_PATCH)
        self.patch_label = QLabel()
        self.reset_button = QPushButton(objectName="resetButton")
        row = len(SLIDERS)
        grid.addWidget(self.invert_check, row, 0, 1, 3)
        grid.addWidget(self.patch_check, row + 1, 0, 1, 2)
        patch_row = QHBoxLayout()
        patch_row.addWidget(self.patch_label)
        patch_row.addWidget(self.patch_size)
        patch_row.addStretch(1)
        grid.addLayout(patch_row, row + 2, 0, 1, 3)
        grid.addWidget(self.reset_button, row + 3, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
        self.note = QLabel(objectName="compareNote")
        self.note.setWordWrap(True)
        # Its width follows the sliders' (not its one-line length), leaving room for the digits.
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.note, row + 4, 0, 1, 3)
        grid.setRowStretch(row + 4, 1)
        grid.setColumnStretch(1, 1)
        for box in (self.invert_check, self.patch_check):
            box.toggled.connect(self.changed)
        self.patch_size.valueChanged.connect(self.changed)
        self.reset_button.clicked.connect(self.reset)

    def _add_slider(self, grid: QGridLayout, row: int, spec: SliderSpec) -> None:
        name = QLabel()
        slider = QSlider(Qt.Orientation.Horizontal, objectName=f"{_camel(spec.key)}Slider")
        slider.setRange(spec.low, spec.high)
        slider.setValue(spec.neutral)
        slider.setMinimumWidth(60)  # the grid widens it; a projector's large font needs room
        value = QLabel()
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        name.setBuddy(slider)
        slider.valueChanged.connect(lambda _=0, s=spec: self._show_value(s))
        slider.valueChanged.connect(self.changed)
        grid.addWidget(name, row, 0)
        grid.addWidget(slider, row, 1)
        grid.addWidget(value, row, 2)
        self.names[spec.key], self.sliders[spec.key], self.values[spec.key] = name, slider, value

    def value(self, key: str) -> float:
        spec = next(s for s in SLIDERS if s.key == key)
        return round(self.sliders[key].value() * spec.step, spec.decimals)

    def perturbation(self, patch_corner: tuple[int, int]) -> Perturbation:
        """The controls as an ``engine.robustness.perturb.Perturbation``."""
        fields: dict[str, object] = {}
        for spec in SLIDERS:
            value = self.value(spec.key)
            fields[spec.key] = int(value) if spec.key in INTEGER_FIELDS else float(value)
        patch = (*patch_corner, self.patch_size.value()) if self.patch_check.isChecked() else None
        return Perturbation(invert=self.invert_check.isChecked(), patch=patch, **fields)

    def reset(self) -> None:
        """Every perturbation back to "none" (one update, not one per control)."""
        widgets = [*self.sliders.values(), self.invert_check, self.patch_check, self.patch_size]
        blockers = [QSignalBlocker(widget) for widget in widgets]
        for spec in SLIDERS:
            self.sliders[spec.key].setValue(spec.neutral)
            self._show_value(spec)
        self.invert_check.setChecked(False)
        self.patch_check.setChecked(False)
        self.patch_size.setValue(DEFAULT_PATCH)
        del blockers
        self.changed.emit()

    def _show_value(self, spec: SliderSpec) -> None:
        value = self.value(spec.key)
        number = i18n.number(value, spec.decimals).replace("-", "−")
        units = {"shift_x": " px", "shift_y": " px", "rotate": "°", "scale": "×"}
        self.values[spec.key].setText(number + units.get(spec.key, ""))

    def _fit_values(self) -> None:
        """Value labels as wide as their widest value, so the sliders do not jump."""
        for value in self.values.values():
            widest = max(value.fontMetrics().horizontalAdvance(text)
                         for text in ("−8 px", "−90°", "1,50×", "0,00"))
            value.setMinimumWidth(widest + 2)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # presenter mode's larger type
            self._fit_values()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._fit_values()
        for key, (name, tip) in self._texts().items():
            self.names[key].setText(name)
            for widget in (self.names[key], self.sliders[key], self.values[key]):
                widget.setToolTip(tip)
            self._show_value(next(s for s in SLIDERS if s.key == key))
        self.invert_check.setText(self.tr("Invert (dark digit on white)"))
        self.invert_check.setToolTip(self.tr(
            "Swap black and white. MNIST digits are light on black; a dark digit on white paper "
            "is a picture neither network has ever seen, and both usually fail: they learned "
            "where the ink is, and now the ink is everywhere else."))
        self.patch_check.setText(self.tr("Occlusion patch"))
        patch_tip = self.tr(
            "A black square over part of the digit. Drag it over the digit on either input "
            "view: covering the part that tells a 7 from a 1 changes the answer, covering the "
            "background does nothing. The Occlusion map tab does this at every position.")
        for widget in (self.patch_check, self.patch_label, self.patch_size):
            widget.setToolTip(patch_tip)
        self.patch_label.setText(self.tr("Patch size (pixels):"))
        self.note.setText(self.tr(
            "Try it: shift the digit 3 pixels. The CNN still reads it; the MLP often does not. "
            "The CNN looks for the same strokes everywhere and max pooling forgives small "
            "moves; each MLP weight belongs to one pixel. Point at a control to learn what it "
            "does."))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Undo every perturbation: the digit as it is"))

    def _texts(self) -> dict[str, tuple[str, str]]:
        shift_tip = self.tr(
            "Move the digit by whole pixels (zeros come in at the edge). A CNN's filters slide "
            "over the whole image and max pooling keeps the strongest answer in each small "
            "window, so a shift of a pixel or two barely changes what it sees. An MLP has one "
            "weight per pixel: shift the digit and different weights read it.")
        return {
            "shift_x": (self.tr("Shift right"), shift_tip),
            "shift_y": (self.tr("Shift down"), shift_tip),
            "rotate": (self.tr("Rotation"), self.tr(
                "Turn the digit counter-clockwise about the centre. People write with a slant "
                "of a few degrees, so both networks tolerate a little; at 90° a 1 becomes a "
                "dash, and no network trained on upright digits reads it.")),
            "scale": (self.tr("Scale"), self.tr(
                "Make the digit smaller or larger about the centre. MNIST digits all fill a "
                "20 × 20 box: pooling gives a CNN some room, but the filters have a fixed "
                "size, so a much larger or smaller digit is a new picture to both networks.")),
            "thickness": (self.tr("Stroke thickness"), self.tr(
                "Thicker (dilate) or thinner (erode) strokes, one pixel per step. A thin pen "
                "or a marker: the shape is the same, the pixels are not.")),
            "noise": (self.tr("Noise σ"), self.tr(
                "Add random Gaussian noise to every pixel (σ is its standard deviation), as a "
                "poor camera would. Small filters average some of it away; a network that "
                "never saw noise in training may read the speckles as strokes.")),
            "blur": (self.tr("Blur σ"), self.tr(
                "Gaussian blur: each pixel becomes an average of its neighbours, as when the "
                "camera is out of focus. Edges fade, and edges are what the first filters "
                "look for.")),
            "contrast": (self.tr("Contrast"), self.tr(
                "Scale the distance of every pixel from mid-grey: below 1 the ink fades to "
                "grey, above 1 it saturates. A network trained on black-and-white digits has "
                "never seen a faded one.")),
        }


def _camel(key: str) -> str:
    """"shift_x" → "shiftX": the objectName stem of a slider."""
    head, *rest = key.split("_")
    return head + "".join(part.capitalize() for part in rest)


class InputView(ZoomImageView):
    """The perturbed digit, pixel by pixel; pressing and dragging moves the occlusion patch."""

    patchDragged = Signal(float, float)  # the pixel (row, col) under the pointer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.zoomable = False
        self._dragging = False
        self.setMinimumSize(150, 150)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._dragging = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self._drag_to(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._dragging:
            self._drag_to(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._dragging = False
        self.unsetCursor()

    def _drag_to(self, position: QPointF) -> None:
        x, y = self._to_image(position)
        self.patchDragged.emit(float(y), float(x))


class SidePanel(QWidget):
    """One model's view: its name, the input it receives, its answer and probability bars."""

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        prefix = ("left", "right")[index]
        self.title = QLabel(objectName=f"{prefix}ModelTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.view = InputView()
        self.view.setObjectName(f"{prefix}InputView")
        self.verdict = QLabel(objectName=f"{prefix}Verdict")
        self.verdict.setWordWrap(True)
        self.bars = ProbabilityBars()
        self.bars.setObjectName(f"{prefix}Bars")
        self.bars.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.view, 3)
        column.addWidget(self.verdict)
        column.addWidget(self.bars, 2)

    def show_input(self, image: np.ndarray, patch: Region | None) -> None:
        self.view.set_image(np.rint(np.clip(image, 0, 1) * 255).astype(np.uint8))
        self.view.set_outline(patch)


class CompareView(QWidget):
    """The Compare tab: controls on the left, the two models' panels on the right."""

    updated = Signal()  # after the panels show the current perturbation (tests wait on it)

    def __init__(self, pair: ModelPair, source: DigitSource,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self.pair, self.source = pair, source
        self.controls = PerturbationControls()
        self.panels = (SidePanel(0), SidePanel(1))
        self.patch_corner = patch_at(SIZE / 2, SIZE / 2, DEFAULT_PATCH)
        self.perturbed = source.digit()
        self.probabilities: list[np.ndarray | None] = [None, None]
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.update_now)
        self._build_layout()
        self.controls.changed.connect(self.schedule)
        source.digitChanged.connect(self.schedule)
        pair.changed.connect(self.schedule)
        for panel in self.panels:
            panel.view.patchDragged.connect(self.drag_patch)
        self.retranslate()
        self.update_now()

    def _build_layout(self) -> None:
        row = QHBoxLayout(self)
        row.addWidget(self.controls, 0)
        for panel in self.panels:
            row.addWidget(panel, 1)

    # -- updating ----------------------------------------------------------------------------
    def schedule(self) -> None:
        """Update once the current burst of changes is over (the next event-loop turn)."""
        if not self._timer.isActive():
            self._timer.start()

    def is_settled(self) -> bool:
        return not self._timer.isActive()

    def perturbation(self) -> Perturbation:
        return self.controls.perturbation(self.patch_corner)

    def update_now(self) -> None:
        self._timer.stop()
        perturbation = self.perturbation()
        self.perturbed = perturbation.apply(self.source.digit())
        patch = perturbation.patch
        region = Region(patch[0], patch[1], patch[0] + patch[2], patch[1] + patch[2]) \
            if patch is not None else None
        for index, (panel, side) in enumerate(zip(self.panels, self.pair.sides(), strict=True)):
            panel.show_input(self.perturbed, region)
            self.probabilities[index] = self._predict(side)
            self._show_answer(panel, side, self.probabilities[index])
        self.updated.emit()

    def _predict(self, side: ModelSide) -> np.ndarray | None:
        if side.predictor is None:
            return None
        return side.probabilities(self.perturbed)[0]

    def drag_patch(self, row: float, col: float) -> None:
        """Centre the occlusion patch on the pixel under the pointer (switching it on)."""
        self.patch_corner = patch_at(row, col, self.controls.patch_size.value())
        if not self.controls.patch_check.isChecked():
            self.controls.patch_check.setChecked(True)  # emits changed → schedule
        self.schedule()

    # -- words -------------------------------------------------------------------------------
    def _show_answer(self, panel: SidePanel, side: ModelSide,
                     probabilities: np.ndarray | None) -> None:
        panel.title.setText(side.name)
        labels = side.labels()
        panel.bars.set_probabilities(probabilities, labels)
        panel.verdict.setStyleSheet("")
        if probabilities is None:
            panel.verdict.setText(self.tr("Loading the model…") if side.pending or
                                  side.failure is None else side.problem)
            return
        top = int(np.argmax(probabilities))
        answer = labels[top] if top < len(labels) else str(top)
        text = self.tr("Reads {answer} ({percent} %)").format(
            answer=answer, percent=i18n.percent(float(probabilities[top])))
        truth = self.source.label()
        if truth is not None and side.reads_digits:
            right = top == truth
            text += " — " + (self.tr("right") if right else self.tr("wrong"))
            panel.verdict.setStyleSheet(RIGHT_STYLE if right else WRONG_STYLE)
        panel.verdict.setText(text)

    def retranslate(self) -> None:
        self.controls.retranslate()
        for panel in self.panels:
            panel.view.setToolTip(self.tr(
                "What this network receives: the digit after every perturbation. Press and "
                "drag to move the occlusion patch."))
        self.update_now()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
