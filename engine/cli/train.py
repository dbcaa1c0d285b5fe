"""``python main.py train``: train, evaluate on the test split, write model and model card."""

import argparse
import datetime
import os
import platform
import shlex
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

from engine.cli.commands import evaluation_json, open_dataset, test_split
from engine.cli.errors import UsageError
from engine.tensorflow_runtime import require_keras, require_tensorflow

MNIST_CREDIT = ("MNIST by Yann LeCun, Corinna Cortes and Christopher J. C. Burges "
                "(CC BY-SA 3.0).")
FASHION_CREDIT = "Fashion-MNIST by Zalando Research (MIT licence)."
PEN_DIGITS_CREDIT = ("Pen digits: UCI Pen-Based Recognition of Handwritten Digits, by "
                     "E. Alpaydin and F. Alimoglu (CC BY 4.0).")


def train_command(args: argparse.Namespace) -> str:
    from engine.cli.progress import ProgressBar
    from engine.models import architectures
    from engine.models.io import save_model
    from engine.training import augment
    from engine.training.trainer import TrainConfig, evaluate, split_validation, train

    if args.out.suffix != ".keras":
        raise UsageError(f"{args.out}: the model file must end in .keras.")
    try:
        config = TrainConfig(args.epochs, args.batch_size, args.lr, args.optimizer,
                             args.validation_fraction, args.augment, args.seed)
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
    model = architectures.build(args.model, shape, dataset.num_classes)
    result = train(model, x, y, config, ProgressBar(config.epochs), validation=(x_val, y_val))
    x_test, y_test, split = test_split(dataset)
    evaluation = evaluate(model, x_test, y_test, class_names=dataset.class_names)
    card = _card(args, model, dataset, config, result, evaluation, split, len(x), len(x_val))
    card["augmentation"] = _augmentation_settings(augment) if config.augment else None
    if pens is not None:
        from engine.digits.pen_digits import measure

        card["pen_strokes"] = {**pens["info"], **measure(model, pens["held_out_digits"])}
        card["credits"] = " ".join(filter(None, [card["credits"], PEN_DIGITS_CREDIT]))
    save_model(model, args.out, card)
    return _summary(args.out, card)


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


def _card(args: argparse.Namespace, model: Any, dataset: Any, config: Any, result: Any,
          evaluation: Any, split: str, n_train: int, n_val: int) -> dict[str, Any]:
    keras = require_keras()
    tf = require_tensorflow()

    from engine.models.io import layer_summary

    return {
        "name": args.out.stem,
        "architecture": args.model,
        "layers": layer_summary(model),
        "parameters": int(model.count_params()),
        "input_shape": list(model.inputs[0].shape[1:]),
        "class_names": list(dataset.class_names),
        "class_names_pt": list(dataset.class_names_pt),
        "data": {"name": dataset.name, "source": str(dataset.source),
                 "training_images": n_train, "validation_images": n_val,
                 "test_split": split, "test_images": len(evaluation.y_true)},
        "recipe": asdict(config),
        "epochs": len(result.history),
        "training_seconds": round(result.seconds, 1),
        "machine": {"platform": platform.platform(), "processor": platform.processor(),
                    "cpus": os.cpu_count(), "python": platform.python_version(),
                    "tensorflow": tf.__version__, "keras": keras.__version__},
        "validation_curve": [asdict(event) for event in result.history],
        "test": evaluation_json(evaluation),
        "command": "python main.py " + shlex.join(sys.argv[1:] if sys.argv[1:2] == ["train"]
                                                  else ["train", "..."]),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "credits": _data_credit(dataset.name),
    }


def _data_credit(name: str) -> str:
    """Who made the data (Fashion-MNIST's name contains "MNIST" too, so it is checked first)."""
    lowered = name.lower()
    if "fashion" in lowered:
        return FASHION_CREDIT
    return MNIST_CREDIT if "mnist" in lowered else ""


def _augmentation_settings(augment: Any) -> dict[str, Any]:
    return {"rotation_degrees": augment.ROTATION_DEGREES, "shear": augment.SHEAR,
            "zoom": list(augment.ZOOM), "shift_pixels": augment.SHIFT_PIXELS,
            "thickness_probability": augment.THICKNESS_PROBABILITY}


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
