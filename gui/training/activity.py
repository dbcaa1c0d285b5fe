"""The Training tab as an activity file (kind "training"): the set-up a class trains with.

State: ``dataset`` (the data chooser's key), ``network`` (a preset's key, e.g. "course", or
the builder's own list of hidden layers ``[[kind, {option: value}], …]``, the form it
remembers between sessions: readable, and checked without loading Keras; a continued .keras
file is saved as its layers, since the file itself cannot travel), ``hyperparameters``
(``epochs``, ``batch_size``, ``learning_rate``, ``optimizer``, ``schedule``,
``validation_percent``, ``augment``, ``training_images`` (0: all); ``momentum`` and
``weight_decay`` may be left out, as files from before they existed do: 0) and ``seed``.
"""

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from engine.activities import state_checks as check
from engine.training.trainer import OPTIMIZERS
from gui.training.builder.builder import ModelBuilder
from gui.training.builder.stack_state import CUSTOM, specs_json, stack_from_specs
from gui.training.data import DataPanel
from gui.training.settings import SCHEDULES, HyperparameterForm
from gui.widgets.activity import ActivityControl

KEYS = ("dataset", "network", "hyperparameters", "seed")
HYPERPARAMETERS = ("epochs", "batch_size", "learning_rate", "optimizer", "schedule",
                   "validation_percent", "augment", "training_images")
OPTIONAL = {"momentum": 0.0, "weight_decay": 0.0}  # added later: older files have neither


@dataclass(frozen=True)
class TrainingSetup:
    dataset: str
    preset: str | None  # a preset's key, or None when ``layers`` is the network
    layers: tuple[Any, ...]
    hyperparameters: dict[str, Any]
    seed: int


def state_dict(data: DataPanel, builder: ModelBuilder, form: HyperparameterForm) -> dict[str, Any]:
    preset = builder.state.preset
    stack = builder.continued().stack if builder.continued() is not None else builder.state.stack
    network: Any = (preset if builder.continued() is None and preset != CUSTOM
                    else json.loads(specs_json(stack)))
    config = form.config()
    hyperparameters = {
        "epochs": config.epochs, "batch_size": config.batch_size,
        "learning_rate": config.learning_rate, "optimizer": config.optimizer,
        "schedule": config.schedule, "validation_percent": form.validation.value(),
        "augment": config.augment, "training_images": form.training_limit(),
        "momentum": config.momentum, "weight_decay": config.weight_decay}
    return {"dataset": data.chooser.current_key(), "network": network,
            "hyperparameters": hyperparameters, "seed": config.seed}


def checked_state(state: object, data: DataPanel, builder: ModelBuilder,
                  form: HyperparameterForm) -> TrainingSetup:
    check.require_keys(state, KEYS)
    assert isinstance(state, dict)
    combo = data.chooser.combo
    dataset = check.choice(state["dataset"], "dataset",
                           [str(combo.itemData(i)) for i in range(combo.count())])
    preset, layers = _network(state["network"], builder)
    return TrainingSetup(dataset, preset, layers, _hyperparameters(state["hyperparameters"], form),
                         check.integer(state["seed"], "seed", form.seed.minimum(),
                                       form.seed.maximum()))


def _network(value: object, builder: ModelBuilder) -> tuple[str | None, tuple[Any, ...]]:
    """A preset's key, or hidden layers whose every option is one the builder's editor allows."""
    from engine.models.layer_stack import PRESETS, analyse

    if isinstance(value, str):
        return check.choice(value, "network", PRESETS), ()
    if not isinstance(value, list):
        raise ValueError("'network' must be a preset's key or a list of [kind, options] layers.")
    state = builder.state
    try:
        stack = stack_from_specs(json.dumps(value), state.input_shape, state.classes)
    except (ValueError, KeyError, TypeError) as error:
        raise ValueError(f"'network' is not a list of [kind, options] layers: {error}") from error
    for row in analyse(stack).rows:
        if row.problem is not None and row.problem.code == "bad_value":
            raise ValueError(f"'network' layer {row.index + 1}: {row.problem.english()}")
    return None, stack.layers


def _hyperparameters(value: object, form: HyperparameterForm) -> dict[str, Any]:
    """Each value within what its box in the recipe form accepts."""
    check.require_keys(value, HYPERPARAMETERS, OPTIONAL)
    assert isinstance(value, dict)
    rate = form.learning_rate

    def whole(key: str, box: Any) -> int:
        return check.integer(value[key], key, box.minimum(), box.maximum())

    return {
        "epochs": whole("epochs", form.epochs), "batch_size": whole("batch_size", form.batch_size),
        "learning_rate": round(check.number(value["learning_rate"], "learning_rate",
                                            rate.minimum(), rate.maximum()), rate.decimals()),
        "optimizer": check.choice(value["optimizer"], "optimizer", OPTIMIZERS),
        "schedule": check.choice(value["schedule"], "schedule", SCHEDULES),
        "validation_percent": whole("validation_percent", form.validation),
        "augment": check.boolean(value["augment"], "augment"),
        "training_images": whole("training_images", form.limit),
        **{key: round(check.number(value.get(key, default), key, box.minimum(), box.maximum()),
                      box.decimals())
           for (key, default), box in zip(OPTIONAL.items(), (form.momentum, form.weight_decay),
                                          strict=True)}}


def apply_setup(data: DataPanel, builder: ModelBuilder, form: HyperparameterForm,
                setup: TrainingSetup) -> None:
    """Each value set on its own control, as a person sets it; the data loads in the background."""
    if setup.dataset != data.chooser.current_key() or data.dataset() is None:
        data.chooser.choose(setup.dataset)
    if setup.preset is not None:
        builder.choose(setup.preset)
    else:
        builder.use_layers(setup.layers)
    h = setup.hyperparameters
    form.epochs.setValue(h["epochs"])
    form.batch_size.setValue(h["batch_size"])
    form.learning_rate.setValue(h["learning_rate"])
    form.momentum.setValue(h["momentum"])
    form.weight_decay.setValue(h["weight_decay"])
    form.optimizer.setCurrentIndex(form.optimizer.findData(h["optimizer"]))
    form.schedule.setCurrentIndex(form.schedule.findData(h["schedule"]))
    form.validation.setValue(h["validation_percent"])
    form.augment.setChecked(h["augment"])
    form.limit.setValue(h["training_images"])
    form.seed.setValue(setup.seed)


def controls(data: DataPanel, builder: ModelBuilder,
             form: HyperparameterForm) -> list[ActivityControl]:
    """The whole builder is one control: it enables its own buttons after every change, which
    a lock on each button would not survive, while a disabled parent holds them all."""
    translate = QCoreApplication.translate
    recipe = (form.epochs, form.batch_size, form.learning_rate, form.schedule, form.optimizer,
              form.momentum, form.weight_decay, form.validation, form.augment, form.limit,
              form.class_run)
    return [
        ActivityControl("dataset", translate("TrainingActivity", "Data"),
                        (data.chooser.combo, data.import_button)),
        ActivityControl("network", translate("TrainingActivity", "Network"), (builder,)),
        ActivityControl("hyperparameters", translate("TrainingActivity", "Settings"), recipe),
        ActivityControl("seed", translate("TrainingActivity", "Seed"), (form.seed,)),
    ]
