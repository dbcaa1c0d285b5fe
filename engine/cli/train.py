"""``python main.py train``: train, evaluate on the test split, write model and model card."""

import argparse
import shlex
import sys
from pathlib import Path
from typing import Any

import numpy as np

from engine.cli.commands import open_dataset, test_split
from engine.cli.errors import UsageError
from engine.models.cards import PEN_DIGITS_CREDIT


def train_command(args: argparse.Namespace) -> str:
    from engine.cli.progress import ProgressBar
    from engine.models.cards import model_card
    from engine.models.io import save_model
    from engine.training import augment
    from engine.training.trainer import TrainConfig, evaluate, split_validation, train

    if args.out.suffix != ".keras":
        raise UsageError(f"{args.out}: the model file must end in .keras.")
    try:
        config = TrainConfig(args.epochs, args.batch_size, args.lr, args.optimizer,
                             args.validation_fraction, args.augment, args.seed, args.schedule,
                             args.momentum, args.weight_decay)
    except ValueError as error:
        raise UsageError(str(error)) from error
    dataset = open_dataset(args.dataset)
    x, y = dataset.x_train, dataset.y_train
    pens = _pen_strokes(args) if args.strokes else None
    # The validation split comes from the dataset alone, before any pen digits are added, so
    # that its numbers stay comparable with a run without them.
    x, y, x_val, y_val = split_validation(x, y, config.validation_fraction, config.seed)
    if pens is not None:
        x, y = np.concatenate([x, pens["x"]]), np.concatenate([y, pens["y"]])
    shape = (*dataset.image_shape[:2], dataset.image_shape[2] if len(dataset.image_shape) > 2
             else 1)
    model = _network(args, shape, dataset.num_classes)
    result = train(model, x, y, config, ProgressBar(config.epochs), validation=(x_val, y_val))
    x_test, y_test, split = test_split(dataset)
    evaluation = evaluate(model, x_test, y_test, class_names=dataset.class_names)
    architecture = args.model or args.architecture.name  # the card names the file it came from
    card = model_card(args.out.stem, architecture, model, dataset, config, result, evaluation,
                      split, len(x), len(x_val), _command_line())
    card["augmentation"] = augment.settings(shape[2] == 3) if config.augment else None
    if pens is not None:
        from engine.digits.pen_digits import measure

        card["pen_strokes"] = {**pens["info"], **measure(model, pens["held_out_digits"])}
        card["credits"] = " ".join(filter(None, [card["credits"], PEN_DIGITS_CREDIT]))
    save_model(model, args.out, card)
    return _summary(args.out, card)


def _network(args: argparse.Namespace, shape: tuple[int, int, int], num_classes: int) -> Any:
    """A built-in network, or the one a Keras architecture file (``model.to_json()``) holds."""
    from engine.models import architectures
    from engine.models.architecture_file import ArchitectureError, check_fits, load_architecture
    from engine.tensorflow_runtime import require_keras

    # Seeded before the weights are drawn, as the Training tab does: the same seed, the same run.
    require_keras().utils.set_random_seed(args.seed)
    if args.model:
        return architectures.build(args.model, shape, num_classes)
    try:
        model = load_architecture(args.architecture)
        check_fits(model, shape, num_classes, args.architecture)
    except ArchitectureError as error:
        raise UsageError(str(error)) from error
    return model


def _pen_strokes(args: argparse.Namespace) -> dict[str, Any]:
    from engine.digits.pen_digits import pick_held_out_writers, render_for_training
    from engine.digits.strokes import load_pen_digits, split_by_writer

    try:
        digits = load_pen_digits(args.strokes)
        held_out = pick_held_out_writers(digits, args.held_out_writers, args.seed)
    except (OSError, ValueError) as error:
        raise UsageError(str(error)) from error
    training, measured = split_by_writer(digits, held_out)
    x, y = render_for_training(training, args.stroke_copies, args.seed)
    info = {"file": Path(args.strokes).name, "held_out_writers": held_out,
            "training_digits": len(training), "training_renderings": len(x),
            "held_out_digits": len(measured)}
    return {"x": x, "y": y, "info": info, "held_out_digits": measured}


def _command_line() -> str:
    """The card's "command": this one, when it was typed (not when a test called it)."""
    return "python main.py " + shlex.join(sys.argv[1:] if sys.argv[1:2] == ["train"]
                                          else ["train", "..."])


def _summary(path: Path, card: dict[str, Any]) -> str:
    lines = [f"wrote {path} and {path.with_suffix('.json')}",
             f"{card['parameters']} parameters, {card['epochs']} epochs in "
             f"{card['training_seconds']:.0f} s",
             f"test accuracy ({card['data']['test_split']}): {card['test']['accuracy']:.4f}"]
    if "pen_strokes" in card:
        pens = card["pen_strokes"]
        lines.append(f"pen strokes of {len(pens['held_out_writers'])} unseen writers: "
                     f"{pens['accuracy']:.4f} over {pens['n']} drawings")
    return "\n".join(lines)
