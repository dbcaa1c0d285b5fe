"""FGSM: an adversarial example, a digit a person still reads that the model misreads.

The fast gradient sign method nudges every pixel by ε in the direction that raises the model's
loss for the true class: x + ε·sign(∇ₓ loss), clipped to 0–1. The gradient is computed once per
digit and model (a worker thread, with tf.GradientTape); moving the ε slider then only adds, clips
and predicts, which is fast enough to follow the slider. Below, the accuracy-against-ε sweep for
both models reuses the Sweeps tab's machinery (SweepView fixed on FGSM).
"""

from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from gui import i18n, style
from gui.robustness.sweeps import SweepView
from gui.robustness.view_frame import DigitWorkView, scroll_inside
from gui.widgets.pixel_view import PixelView
from gui.widgets.probability_bars import ProbabilityBars
from gui.workers import run_in_background

EPSILON_STEPS = 300  # the slider's units: ε = value / 1000, 0 … 0.3
DEFAULT_EPSILON = 0.1
SIGN_COLOURS = "CET-D1"  # diverging blue–white–red: minus, unchanged, plus


def gradient_signs(sides: list[Any], digit: np.ndarray, label: int | None
                   ) -> list[tuple[int, np.ndarray]]:
    """(class attacked, sign of ∇ₓ loss) for each model (worker thread)."""
    from engine.robustness.fgsm import input_gradient

    results = []
    for side in sides:
        target = label
        if target is None:
            target = int(np.argmax(side.probabilities(digit[None])[0]))
        gradient = input_gradient(side.model, digit[None], np.array([target]))
        results.append((target, np.sign(np.asarray(gradient, np.float32)[0])))
    return results


def attacked(digit: np.ndarray, sign: np.ndarray, epsilon: float) -> np.ndarray:
    """The FGSM image: the digit moved by ε along the gradient's sign, clipped to 0–1."""
    return np.clip(digit + np.float32(epsilon) * sign, 0.0, 1.0).astype(np.float32)


def class_labels(side: Any, count: int) -> list[str]:
    """The side's class names if it offers them, else 0, 1, 2, …"""
    labels = getattr(side, "labels", None)
    names = labels() if callable(labels) else labels
    if isinstance(names, list | tuple) and len(names) == count:
        return [str(name) for name in names]
    return [str(index) for index in range(count)]


class _Column(QWidget):
    """One model: the perturbation (magnified), what the model receives, its probabilities."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.name = QLabel()
        style.set_font(self.name, bold=True)
        self.sign_title, self.input_title = QLabel(), QLabel()
        self.sign_view = PixelView(SIGN_COLOURS)
        self.sign_view.setObjectName(f"fgsmSign{index}")
        self.input_view = PixelView()
        self.input_view.setObjectName(f"fgsmInput{index}")
        for view in (self.sign_view, self.input_view):
            view.setMinimumSize(120, 120)
            view.setMaximumHeight(200)
        self.bars = ProbabilityBars()
        self.bars.setObjectName(f"fgsmBars{index}")
        self.verdict = QLabel()
        self.verdict.setObjectName(f"fgsmVerdict{index}")
        self.verdict.setWordWrap(True)
        for title in (self.sign_title, self.input_title):
            title.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(self.sign_title, 0, 0)
        grid.addWidget(self.input_title, 0, 1)
        grid.addWidget(self.sign_view, 1, 0)
        grid.addWidget(self.input_view, 1, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.name)
        column.addLayout(grid)
        column.addWidget(self.verdict)
        column.addWidget(self.bars)


class FgsmView(DigitWorkView):
    """ε slider; per model the magnified perturbation, the attacked digit and its prediction."""

    def __init__(self, pair: Any, source: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fgsmView")
        self.pair, self.source = pair, source
        # A result that arrives after the view was deleted (the window closed) is dropped.
        gone = self._gone = [False]
        self.destroyed.connect(lambda *_: gone.__setitem__(0, True))
        self._digit: np.ndarray | None = None
        self._signs: list[tuple[int, np.ndarray]] | None = None
        self._clean: list[int] = []
        self._predictions: list[np.ndarray] = []
        self._build()
        pair.changed.connect(self.refresh)
        source.digitChanged.connect(self.refresh)
        self.slider.valueChanged.connect(self._show)
        self.retranslate()

    def _build(self) -> None:
        self.intro, self.defences = QLabel(), QLabel()
        for label in (self.intro, self.defences):
            label.setWordWrap(True)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("fgsmEpsilonSlider")
        self.slider.setRange(0, EPSILON_STEPS)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(25)
        self.slider.setValue(round(DEFAULT_EPSILON * 1000))
        self.epsilon_label = QLabel()
        self.epsilon_label.setObjectName("fgsmEpsilonLabel")
        self.epsilon_label.setMinimumWidth(90)
        self.status = QLabel()
        self.status.setObjectName("fgsmStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.epsilon_label)
        row.addWidget(self.slider, 1)
        self.columns = [_Column(0), _Column(1)]
        side_by_side = QHBoxLayout()
        for column in self.columns:
            side_by_side.addWidget(column, 1)
        self.sweep_title = QLabel()
        style.set_font(self.sweep_title, bold=True)
        self.sweep = SweepView(self.pair, fixed="fgsm")
        content = QWidget()
        layout = QVBoxLayout(content)
        scroll_inside(self, content)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addLayout(side_by_side)
        layout.addWidget(self.defences)
        layout.addWidget(self.sweep_title)
        layout.addWidget(self.sweep, 1)

    # -- ε -----------------------------------------------------------------------------------
    def epsilon(self) -> float:
        return self.slider.value() / 1000

    def set_epsilon(self, epsilon: float) -> None:
        self.slider.setValue(round(epsilon * 1000))

    # -- gradients (worker) ------------------------------------------------------------------
    def _start(self) -> None:
        if self._call is not None:
            return
        digit = self.source.digit()
        problem = str(getattr(self.source, "problem", "") or "")
        if problem:
            self.status.setText(problem)
            self._clear()
            return
        if digit is None or not self.pair.ready():
            self.status.setText(self.tr("Waiting for both models and a digit…"))
            return
        self._dirty = False
        sides = list(self.pair.sides())
        digit = np.asarray(digit, np.float32)
        label = self.source.label()
        self.status.setText(self.tr("Computing the gradients…"))
        self._call = run_in_background(lambda: (digit, gradient_signs(sides, digit, label)),
                                       self._done, self._failed, name="cnn-lab-fgsm")

    def _done(self, outcome: tuple[np.ndarray, list[tuple[int, np.ndarray]]]) -> None:
        if self._gone[0]:
            return
        self._call = None
        if self._dirty:
            self._start()
            return
        self._digit, self._signs = outcome
        sides = self.pair.sides()
        self._clean = [int(np.argmax(side.probabilities(self._digit[None])[0])) for side in sides]
        self.status.setStyleSheet("")
        self.status.setText("")
        self._show()

    def _clear(self) -> None:
        """No digit to attack: nothing shown (the last digit's attack would mislead)."""
        self._signs, self._digit, self._predictions, self._clean = None, None, [], []
        blank = np.zeros((28, 28), np.float32)
        for column in self.columns:
            column.sign_view.set_image(blank, levels=(-1.0, 1.0))
            column.input_view.set_image(blank, levels=(0.0, 1.0))
            column.bars.set_probabilities(None, column.bars.labels())
            column.verdict.clear()

    def _failed(self, error: Exception) -> None:
        if self._gone[0]:
            return
        self._call = None
        self.status.setStyleSheet(style.ERROR_STYLE)
        self.status.setText(self.tr("The attack could not be computed: {error}").format(
            error=str(error) or type(error).__name__))

    # -- showing -----------------------------------------------------------------------------
    def predictions(self) -> list[int]:
        """Each model's top class for the attacked digit, as shown."""
        return [int(np.argmax(p)) for p in self._predictions]

    def clean_predictions(self) -> list[int]:
        return list(self._clean)

    def attacked_images(self) -> list[np.ndarray]:
        if self._signs is None or self._digit is None:
            return []
        return [attacked(self._digit, sign, self.epsilon()) for _, sign in self._signs]

    def _show(self) -> None:
        self.epsilon_label.setText(self.tr("ε = {value}").format(
            value=i18n.number(self.epsilon(), 3)))
        if self._signs is None or self._digit is None:
            return
        sides = self.pair.sides()
        self._predictions = []
        for side, column, (target, sign), image in zip(sides, self.columns, self._signs,
                                                       self.attacked_images(), strict=True):
            probabilities = np.asarray(side.probabilities(image[None])[0])
            self._predictions.append(probabilities)
            column.name.setText(side.name)
            column.sign_view.set_image(sign, levels=(-1.0, 1.0))
            column.input_view.set_image(image, levels=(0.0, 1.0))
            labels = class_labels(side, len(probabilities))
            column.bars.set_probabilities(probabilities, labels)
            column.verdict.setText(self._verdict(target, int(np.argmax(probabilities)), labels))

    def _verdict(self, target: int, predicted: int, labels: list[str]) -> str:
        if predicted == target:
            return self.tr("Still reads {label}.").format(label=labels[target])
        return self.tr("Fooled: reads {predicted} instead of {label}.").format(
            predicted=labels[predicted], label=labels[target])

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "The fast gradient sign method (FGSM) moves every pixel by ε in the direction that "
            "most raises the model's error for the true class. A person still reads the same digit "
            "(at small ε the change is hard to see at all), yet it can make a network misread "
            "it: an adversarial example."))
        self.defences.setText(self.tr(
            "The known defences are data augmentation (training on varied digits) and "
            "adversarial training (training on such attacked digits with their true labels)."))
        self.sweep_title.setText(self.tr("Accuracy against ε, for both models"))
        for column in self.columns:
            column.sign_title.setText(self.tr("Perturbation, magnified\n(red +ε, blue −ε)"))
            column.input_title.setText(self.tr("What the model receives"))
        problem = str(getattr(self.source, "problem", "") or "")
        if self.computing():
            self.status.setText(self.tr("Computing the gradients…"))
        elif problem:
            self.status.setText(problem)
        elif self._signs is None and not self.status.styleSheet():
            self.status.setText(self.tr("Waiting for both models and a digit…"))
        self._show()


if __name__ == "__main__":
    from gui.preview import run_preview

    def _demo() -> QWidget:
        from gui.robustness.digit import DigitSource
        from gui.robustness.models import ModelPair

        return FgsmView(ModelPair(), DigitSource())

    raise SystemExit(run_preview(_demo))
