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
    QPushButton,
    QSpinBox,
    QWidget,
)

from engine.training.class_runs import COLOUR_CLASS_RUN
from engine.training.trainer import OPTIMIZERS, TrainConfig
from gui import i18n
from gui.settings import app_settings, remembered
from gui.widgets.spin import spin

GROUP = "training/"
DEFAULTS = TrainConfig()
OPTIMIZER_NAMES = {"adam": "Adam", "sgd": "SGD", "rmsprop": "RMSprop"}
SCHEDULES = ("constant", "cosine", "one_cycle")  # TrainConfig's; constant is what students write
DEFAULT_SCHEDULE = "constant"
RATE_LADDER = [m * 10.0 ** k for k in range(-5, 1) for m in (1, 2, 5) if m * 10.0 ** k <= 1]
# Weight decay: 0 (none, Keras' default) or 1, 2, 5 × 10ᵏ up to 0.01 (5e-4 is the usual choice).
DECAY_LADDER = [0.0, *(rate for rate in RATE_LADDER if rate <= 0.01)]


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


class DecaySpinBox(RateSpinBox):
    """A weight decay: 0, or stepped through 1, 2, 5 × 10ᵏ like the learning rate."""

    def stepBy(self, steps: int) -> None:
        self.setValue(ladder_step(self.value(), DECAY_LADDER, steps))


class BatchSpinBox(QSpinBox):
    """A batch size: any number can be typed; the arrows double or halve it."""

    def stepBy(self, steps: int) -> None:
        exponent = math.log2(max(self.value(), 1))
        target = math.floor(exponent) + steps if steps > 0 else math.ceil(exponent) + steps
        self.setValue(2 ** max(target, 0))


class HyperparameterForm(QWidget):
    """Emits ``changed`` whenever a value changes (after remembering it)."""

    changed = Signal()
    classRunRequested = Signal()  # the one-click class recipe (the tab sets data and network)

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
        self.momentum = QDoubleSpinBox(objectName="momentumSpin")
        self.momentum.setDecimals(2)
        self.momentum.setRange(0.0, 0.99)
        self.momentum.setSingleStep(0.1)
        self.weight_decay = DecaySpinBox(objectName="weightDecaySpin")
        self.weight_decay.setDecimals(5)
        self.weight_decay.setRange(0.0, 0.01)
        self.class_run = QPushButton(objectName="classRunButton")
        self.class_run.clicked.connect(self.classRunRequested)
        self.validation = spin("validationSpin", 0, 50, grouped=True)
        self.validation.setSuffix(" %")
        self.augment = QCheckBox()
        self.augment.setObjectName("augmentCheck")
        self.seed = spin("seedSpin", 0, 999_999, grouped=True)
        self.limit = spin("trainingLimit", 0, 10_000_000, grouped=True)
        self.limit.setSingleStep(500)
        self._labels = [QLabel() for _ in range(11)]
        form = QFormLayout(self)
        widgets = self._widgets()
        for label, widget in zip(self._labels, widgets, strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.class_run_note = QLabel(objectName="classRunNote")
        self.class_run_note.setWordWrap(True)
        form.addRow(self.class_run)
        form.addRow(self.class_run_note)
        self.restore()
        for box in (self.epochs, self.batch_size, self.validation, self.seed, self.limit):
            box.valueChanged.connect(self._remember)
        for box in (self.learning_rate, self.momentum, self.weight_decay):
            box.valueChanged.connect(self._remember)
        self.optimizer.currentIndexChanged.connect(self._remember)
        self.schedule.currentIndexChanged.connect(self._remember)
        self.augment.toggled.connect(self._remember)
        self.retranslate()

    def _widgets(self) -> tuple[QWidget, ...]:
        return (self.epochs, self.batch_size, self.learning_rate, self.schedule, self.optimizer,
                self.momentum, self.weight_decay, self.validation, self.augment, self.seed,
                self.limit)

    # -- values ----------------------------------------------------------------------------------
    def config(self) -> TrainConfig:
        """The recipe as the engine takes it (the form's ranges keep it valid)."""
        return TrainConfig(epochs=self.epochs.value(), batch_size=self.batch_size.value(),
                           learning_rate=self.learning_rate.value(),
                           optimizer=str(self.optimizer.currentData()),
                           schedule=str(self.schedule.currentData()),
                           momentum=self.momentum.value(),
                           weight_decay=self.weight_decay.value(),
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
        self.momentum.setValue(value("momentum", DEFAULTS.momentum, float))
        self.weight_decay.setValue(value("weight_decay", DEFAULTS.weight_decay, float))
        self.validation.setValue(value("validation_percent",
                                       round(DEFAULTS.validation_fraction * 100), int))
        self.augment.setChecked(value("augment", DEFAULTS.augment, bool))
        self.seed.setValue(value("seed", DEFAULTS.seed, int))
        self.limit.setValue(value("limit", 0, int))
        del blockers
        self._momentum_follows_optimizer()

    def set_config(self, config: TrainConfig, limit: int = 0) -> None:
        """Show ``config`` (a ready recipe), remembered as if typed; one ``changed`` at the end."""
        blockers = [QSignalBlocker(widget) for widget in self._widgets()]
        self.epochs.setValue(config.epochs)
        self.batch_size.setValue(config.batch_size)
        self.learning_rate.setValue(config.learning_rate)
        self.optimizer.setCurrentIndex(max(self.optimizer.findData(config.optimizer), 0))
        self.schedule.setCurrentIndex(max(self.schedule.findData(config.schedule), 0))
        self.momentum.setValue(config.momentum)
        self.weight_decay.setValue(config.weight_decay)
        self.validation.setValue(round(config.validation_fraction * 100))
        self.augment.setChecked(config.augment)
        self.seed.setValue(config.seed)
        self.limit.setValue(limit)
        del blockers
        self._remember()

    def _momentum_follows_optimizer(self) -> None:
        # The trainer gives momentum to SGD only (Adam and RMSprop keep their own averages).
        self.momentum.setEnabled(self.optimizer.currentData() == "sgd")

    def _remember(self) -> None:
        settings = app_settings()
        for key, current in (("epochs", self.epochs.value()),
                             ("batch_size", self.batch_size.value()),
                             ("learning_rate", self.learning_rate.value()),
                             ("optimizer", self.optimizer.currentData()),
                             ("momentum", self.momentum.value()),
                             ("weight_decay", self.weight_decay.value()),
                             ("schedule", self.schedule.currentData()),
                             ("validation_percent", self.validation.value()),
                             ("augment", self.augment.isChecked()),
                             ("seed", self.seed.value()), ("limit", self.limit.value())):
            settings.setValue(GROUP + key, current)
        self._momentum_follows_optimizer()
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
                                           "constant (as most Keras code writes it); "
                                           "cosine, gliding down to 5 % of it by the last "
                                           "batch; or one cycle, climbing from 1/25 of it to "
                                           "it over the first 20 % of the batches, then "
                                           "gliding down to 0.")),
            (self.tr("Optimizer:"), self.tr("How gradients become weight updates: SGD takes "
                                            "the slides' plain step, Adam and RMSprop adapt "
                                            "the step for each weight.")),
            (self.tr("Momentum:"), self.tr("SGD only: each step keeps this share of the "
                                           "previous one (Nesterov's momentum), so the "
                                           "weights roll through small bumps; 0.9 is usual, "
                                           "0 is the plain step.")),
            (self.tr("Weight decay:"), self.tr("Shrinks every weight a little at each step "
                                               "(by rate × decay × weight), so the network "
                                               "prefers small weights and memorises less; "
                                               "0 turns it off.")),
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
        self.schedule.setItemText(2, self.tr("one cycle"))
        self.weight_decay.setSpecialValueText(self.tr("none"))
        self.class_run.setText(self.tr("Class run: CIFAR-10, ≥ 60 % in ≤ 3 minutes"))
        recipe = COLOUR_CLASS_RUN.config
        self.class_run.setToolTip(self.tr(
            "Chooses CIFAR-10, the colour CNN and a recipe measured to pass 60 % validation "
            "accuracy within 3 minutes on a lab PC: {epochs} epochs, SGD with momentum "
            "{momentum}, one cycle up to {rate}, weight decay {decay}, flips and shifts. Then "
            "press Start.").format(epochs=recipe.epochs, momentum=i18n.number(recipe.momentum, 1),
                                   rate=i18n.number(recipe.learning_rate, 1),
                                   decay=i18n.number(recipe.weight_decay, 4)))
        self.class_run_note.setText(self.tr(
            "One click sets a colour network on CIFAR-10 that reaches about 70 % in 2 "
            "epochs; the same network, trained for 40 epochs, is the shipped colour model "
            "(86.5 % on the test photos)."))
        self.limit.setSpecialValueText(self.tr("all"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
