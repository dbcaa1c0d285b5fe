"""The training recipe as a form: epochs, batch size, learning rate, optimizer, validation, …

Defaults are ``engine.training.trainer.TrainConfig``'s; every change is remembered in QSettings
(group "training/"), so a class finds the recipe it used last time. The learning rate steps
through 1, 2, 5 × 10ᵏ and the batch size through powers of two, as people try them.
"""

import math

from PySide6.QtCore import QEvent, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from engine.training.trainer import OPTIMIZERS, TrainConfig
from gui.settings import app_settings, remembered
from gui.widgets.spin import spin

GROUP = "training/"
DEFAULTS = TrainConfig()
OPTIMIZER_NAMES = {"adam": "Adam", "sgd": "SGD", "rmsprop": "RMSprop"}
SCHEDULES = ("constant", "cosine")  # TrainConfig's schedules; constant is what students write
DEFAULT_SCHEDULE = "constant"
RATE_LADDER = [m * 10.0 ** k for k in range(-5, 1) for m in (1, 2, 5) if m * 10.0 ** k <= 1]


def ladder_step(value: float, ladder: list[float], steps: int) -> float:
    """The rung ``steps`` away from ``value`` (a value between rungs counts as the next one)."""
    if steps > 0:
        index = next((i for i, rung in enumerate(ladder) if rung > value * (1 + 1e-9)),
                     len(ladder)) + steps - 1
    else:
        below = [i for i, rung in enumerate(ladder) if rung < value * (1 - 1e-9)]
        index = (below[-1] if below else -1) + steps + 1
    return ladder[min(max(index, 0), len(ladder) - 1)]


class RateSpinBox(QDoubleSpinBox):
    """A learning rate: shown without trailing zeros, stepped through 1, 2, 5 × 10ᵏ."""

    def stepBy(self, steps: int) -> None:
        self.setValue(ladder_step(self.value(), RATE_LADDER, steps))

    def textFromValue(self, value: float) -> str:
        text = self.locale().toString(float(value), "f", self.decimals())
        point = self.locale().decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text


class BatchSpinBox(QSpinBox):
    """A batch size: any number can be typed; the arrows double or halve it."""

    def stepBy(self, steps: int) -> None:
        exponent = math.log2(max(self.value(), 1))
        target = math.floor(exponent) + steps if steps > 0 else math.ceil(exponent) + steps
        self.setValue(2 ** max(target, 0))


class HyperparameterForm(QWidget):
    """Emits ``changed`` whenever a value changes (after remembering it)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.epochs = spin("epochsSpin", 1, 500, grouped=True)
        self.batch_size = spin("batchSizeSpin", 1, 8192, grouped=True, box=BatchSpinBox())
        self.learning_rate = RateSpinBox()
        self.learning_rate.setObjectName("learningRateSpin")
        self.learning_rate.setDecimals(5)
        self.learning_rate.setRange(1e-5, 1.0)
        self.optimizer = QComboBox()
        self.optimizer.setObjectName("optimizerCombo")
        for key in OPTIMIZERS:
            self.optimizer.addItem(OPTIMIZER_NAMES.get(key, key), key)
        self.schedule = QComboBox()
        self.schedule.setObjectName("scheduleCombo")
        for key in SCHEDULES:
            self.schedule.addItem("", key)
        self.validation = spin("validationSpin", 0, 50, grouped=True)
        self.validation.setSuffix(" %")
        self.augment = QCheckBox()
        self.augment.setObjectName("augmentCheck")
        self.seed = spin("seedSpin", 0, 999_999, grouped=True)
        self.limit = spin("trainingLimit", 0, 10_000_000, grouped=True)
        self.limit.setSingleStep(500)
        self._labels = [QLabel() for _ in range(9)]
        form = QFormLayout(self)
        widgets = self._widgets()
        for label, widget in zip(self._labels, widgets, strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.restore()
        for box in (self.epochs, self.batch_size, self.validation, self.seed, self.limit):
            box.valueChanged.connect(self._remember)
        self.learning_rate.valueChanged.connect(self._remember)
        self.optimizer.currentIndexChanged.connect(self._remember)
        self.schedule.currentIndexChanged.connect(self._remember)
        self.augment.toggled.connect(self._remember)
        self.retranslate()

    def _widgets(self) -> tuple[QWidget, ...]:
        return (self.epochs, self.batch_size, self.learning_rate, self.schedule, self.optimizer,
                self.validation, self.augment, self.seed, self.limit)

    # -- values ----------------------------------------------------------------------------------
    def config(self) -> TrainConfig:
        """The recipe as the engine takes it (the form's ranges keep it valid)."""
        return TrainConfig(epochs=self.epochs.value(), batch_size=self.batch_size.value(),
                           learning_rate=self.learning_rate.value(),
                           optimizer=str(self.optimizer.currentData()),
                           schedule=str(self.schedule.currentData()),
                           validation_fraction=self.validation.value() / 100,
                           augment=self.augment.isChecked(), seed=self.seed.value())

    def training_limit(self) -> int:
        """Use at most this many training images (0: all)."""
        return self.limit.value()

    def restore(self) -> None:
        """Read the remembered recipe (TrainConfig's defaults the first time)."""
        def value(key: str, default: object, kind: type) -> object:
            return remembered(GROUP + key, default, kind)  # a hand-edited value never crashes

        blockers = [QSignalBlocker(widget) for widget in self._widgets()]
        self.epochs.setValue(value("epochs", DEFAULTS.epochs, int))
        self.batch_size.setValue(value("batch_size", DEFAULTS.batch_size, int))
        self.learning_rate.setValue(value("learning_rate", DEFAULTS.learning_rate, float))
        index = self.optimizer.findData(value("optimizer", DEFAULTS.optimizer, str))
        self.optimizer.setCurrentIndex(max(index, 0))
        index = self.schedule.findData(value("schedule", DEFAULT_SCHEDULE, str))
        self.schedule.setCurrentIndex(max(index, 0))
        self.validation.setValue(value("validation_percent",
                                       round(DEFAULTS.validation_fraction * 100), int))
        self.augment.setChecked(value("augment", DEFAULTS.augment, bool))
        self.seed.setValue(value("seed", DEFAULTS.seed, int))
        self.limit.setValue(value("limit", 0, int))
        del blockers

    def _remember(self) -> None:
        settings = app_settings()
        for key, current in (("epochs", self.epochs.value()),
                             ("batch_size", self.batch_size.value()),
                             ("learning_rate", self.learning_rate.value()),
                             ("optimizer", self.optimizer.currentData()),
                             ("schedule", self.schedule.currentData()),
                             ("validation_percent", self.validation.value()),
                             ("augment", self.augment.isChecked()),
                             ("seed", self.seed.value()), ("limit", self.limit.value())):
            settings.setValue(GROUP + key, current)
        self.changed.emit()

    # -- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = (
            (self.tr("Epochs:"), self.tr("How many times the network goes through every "
                                         "training image; more epochs learn more, until it "
                                         "starts to memorise.")),
            (self.tr("Batch size:"), self.tr("How many images the network looks at before "
                                             "each update of its weights.")),
            (self.tr("Learning rate:"), self.tr("The step α of each update w* = w − α·∂L/∂w.")),
            (self.tr("Schedule:"), self.tr("How the learning rate changes during the run: "
                                           "constant (as most Keras code writes it), or "
                                           "cosine, gliding down to 5 % of it by the last "
                                           "batch.")),
            (self.tr("Optimizer:"), self.tr("How gradients become weight updates: SGD takes "
                                            "the slides' plain step, Adam and RMSprop adapt "
                                            "the step for each weight.")),
            (self.tr("Validation:"), self.tr("The share of training images held out to check, "
                                             "after each epoch, how the network does on images "
                                             "it never trained on.")),
            (self.tr("Augmentation:"), self.tr("Tilt, shift, zoom and thicken the training "
                                               "images at random, so the network also reads "
                                               "imperfect drawings.")),
            (self.tr("Seed:"), self.tr("The random seed: the same seed gives the same "
                                       "starting weights and the same order of images.")),
            (self.tr("Training images:"), self.tr("Train on at most this many images, picked "
                                                  "at random (“all” uses every one): a small "
                                                  "number gives a quick run in class.")),
        )
        widgets = self._widgets()
        for label, widget, (text, tip) in zip(self._labels, widgets, texts, strict=True):
            label.setText(text)
            label.setToolTip(tip)
            widget.setToolTip(tip)
        self.augment.setText(self.tr("distort images at random"))
        self.schedule.setItemText(0, self.tr("constant"))
        self.schedule.setItemText(1, self.tr("cosine"))
        self.limit.setSpecialValueText(self.tr("all"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
