"""A training run from plan to outcome, without Qt: what the Training tab's worker does.

``run_plan`` does everything slow (building or loading the model, the epochs, the final
evaluation on images the model never trained on); the tab runs it in a worker thread and hands
it a monitor whose events become Qt signals (``gui/training/runner.py``). ``model_card`` is the
card a run in the window writes beside the saved model.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from engine.tensorflow_runtime import require_keras
from engine.training.evaluation import evaluation_set
from engine.training.history import training_subset
from engine.training.trainer import TrainConfig

BUILT_IN_KINDS = ("cnn", "lecture", "mlp")  # keys of engine.models.architectures.ARCHITECTURES


@dataclass(frozen=True)
class TrainingPlan:
    """What to train on what: a built layer stack, a built-in kind or a .keras path.

    With ``architecture`` (the model builder's ``LayerStack``) a new network is built from
    those layers and ``source`` only names it (the preset's key, or "custom" once edited);
    without it, ``source`` is a built-in kind ("cnn", "lecture", "mlp") or the .keras file to
    continue training with its weights.
    """

    source: str
    dataset: Any  # engine.datasets.base.Dataset
    config: TrainConfig
    limit: int = 0  # use at most this many training images (0: all of them)
    architecture: Any = None  # engine.models.layer_stack.LayerStack, or None


@dataclass
class RunOutcome:
    """A finished (or stopped) run: the trained model and everything its model card needs."""

    plan: TrainingPlan
    model: Any
    result: Any  # engine.training.trainer.TrainResult
    evaluation: Any  # engine.training.trainer.Evaluation on the test split
    test_split: str
    n_train: int
    n_val: int


def image_shape(dataset: Any) -> tuple[int, int, int]:
    """(height, width, channels) of the dataset's images, as a model's input wants it."""
    shape = dataset.image_shape
    return int(shape[0]), int(shape[1]), int(shape[2]) if len(shape) == 3 else 1


def check_fits(model: Any, dataset: Any, where: str) -> None:
    """Raise ModelLoadError when ``model`` cannot be trained on ``dataset`` (sizes, classes)."""
    from engine.models.io import ModelLoadError, input_spec

    spec = input_spec(model, where)
    height, width, channels = image_shape(dataset)
    classes = int(model.outputs[0].shape[1])
    if (spec.height, spec.width, spec.channels or 1) != (height, width, channels) or \
            classes != dataset.num_classes:
        raise ModelLoadError(
            f"{Path(where).name}: this model reads {spec.height} × {spec.width} × "
            f"{spec.channels or 1} images and knows {classes} classes, but the data has "
            f"{height} × {width} × {channels} images in {dataset.num_classes} classes.")


def make_model(source: str, dataset: Any, seed: int, architecture: Any = None) -> Any:
    """A new network (the built stack, or a built-in kind) sized for ``dataset``, or the
    .keras file to continue training with its weights."""
    keras = require_keras()

    from engine.models import architectures
    from engine.models.io import load_model

    keras.utils.set_random_seed(seed)  # the same seed gives the same starting weights
    if architecture is not None:
        from engine.models.layer_stack import to_keras

        return to_keras(architecture.with_data(image_shape(dataset), dataset.num_classes))
    if source in BUILT_IN_KINDS:
        return architectures.build(source, image_shape(dataset), dataset.num_classes)
    model = load_model(source)
    check_fits(model, dataset, source)
    return model


def epoch_size(plan: TrainingPlan) -> int:
    """How many images each epoch of ``plan`` trains on, as ``run_plan`` will pick them."""
    from engine.training.trainer import split_validation

    count = len(plan.dataset.x_train)
    picked = training_subset(count, plan.limit, plan.config.seed)
    index = np.arange(count if picked is None else len(picked))
    return len(split_validation(index, index, plan.config.validation_fraction,
                                plan.config.seed)[0])


def run_plan(plan: TrainingPlan, monitor: Any) -> RunOutcome:
    """The worker's job, start to end (also what the benchmark compares with a bare train)."""
    from engine.training.trainer import evaluate, split_validation, train

    dataset, config = plan.dataset, plan.config
    x, y = dataset.x_train, dataset.y_train
    picked = training_subset(len(x), plan.limit, config.seed)
    if picked is not None:
        x, y = x[picked], y[picked]
    x, y, x_val, y_val = split_validation(x, y, config.validation_fraction, config.seed)
    model = make_model(plan.source, dataset, config.seed, plan.architecture)
    result = train(model, x, y, config, monitor, validation=(x_val, y_val))
    test = evaluation_set(dataset, (x_val, y_val))
    evaluation = evaluate(model, test.x, test.y, class_names=dataset.class_names)
    return RunOutcome(plan, model, result, evaluation, test.split, len(x), len(x_val))


def architecture_name(source: str, built: bool = False) -> str:
    """The card's "architecture": the built-in or preset key ("custom" once edited), or what
    the opened model's card says."""
    if source in BUILT_IN_KINDS or built:
        return source
    from engine.models.io import load_card

    return str(load_card(source).get("architecture") or Path(source).stem)


def model_card(outcome: RunOutcome, path: str | Path) -> dict[str, Any]:
    """The card ``python main.py train`` writes, with what a run in the window adds."""
    from engine.models.cards import model_card as card_of
    from engine.training import augment

    plan, path = outcome.plan, Path(path)
    built = plan.architecture is not None
    card = card_of(path.stem, architecture_name(plan.source, built), outcome.model, plan.dataset,
                   plan.config, outcome.result, outcome.evaluation, outcome.test_split,
                   outcome.n_train, outcome.n_val, "CNN Lab window, Training tab")
    colour = len(plan.dataset.image_shape) == 3
    card["augmentation"] = augment.settings(colour) if plan.config.augment else None
    card["stopped_early"] = bool(outcome.result.stopped)
    if built:  # the layers as the Keras calls that build them, readable in the card
        from engine.models.layer_stack import to_calls

        card["layers"] = [call_text(call) for call in to_calls(plan.architecture)]
    elif plan.source not in BUILT_IN_KINDS:
        card["continued_from"] = Path(plan.source).name
    if plan.limit:
        card["data"]["training_limit"] = plan.limit
    return card


def call_text(call: Any) -> str:
    """``Conv2D(filters=32, kernel_size=(3, 3), activation='relu')``: a LayerCall as text."""
    return f"{call.class_name}({', '.join(f'{name}={value!r}' for name, value in call.args)})"
