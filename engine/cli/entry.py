"""The command line: ``python main.py train | evaluate | predict`` (``--help`` on each).

For teachers preparing a lab and for scripts. Errors a person can cause (a missing file, a
damaged model, bad numbers) print one clear line on stderr and exit with status 2.
"""

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from engine.cli.errors import UsageError

COMMANDS = ("train", "evaluate", "predict")
DATASET_HELP = ('mnist (all of MNIST, shipped with CNN Lab), sample (5,000 of its training '
                'digits), fashion, or a path (.npz, IDX folder, folder of class folders)')


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cnn-lab", description="CNN Lab's headless tools. Without a command, the "
        "window opens.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_train(commands.add_parser(
        "train", help="train a model and write it with its model card",
        description="Train a CNN or an MLP, then evaluate it on the test split and write the "
        "model (.keras) and its model card (.json) beside it."))
    _add_evaluate(commands.add_parser(
        "evaluate", help="accuracy, per-class precision/recall/F1 and confusion matrix",
        description="Evaluate a model on a dataset's test split (or all of it if it has none)."))
    _add_predict(commands.add_parser(
        "predict", help="classify image files",
        description="Classify image files, each preprocessed as a drawing (crop to the ink, "
        "20-px box, centred by centre of mass) unless --raw."))
    return parser


def _add_train(parser: argparse.ArgumentParser) -> None:
    from engine.digits.strokes import PEN_DIGITS_FILE
    from engine.models.architectures import ARCHITECTURES

    parser.add_argument("--dataset", required=True, help=DATASET_HELP)
    parser.add_argument("--model", required=True, choices=sorted(ARCHITECTURES),
                        help="cnn: the default CNN; lecture: the course's CNN; mlp: the MLP")
    parser.add_argument("--epochs", type=int, required=True, help="passes over the data")
    parser.add_argument("--batch-size", type=int, default=128, help="images per step (128)")
    parser.add_argument("--lr", type=float, default=1e-3, help="learning rate (0.001)")
    parser.add_argument("--optimizer", default="adam", choices=("adam", "sgd", "rmsprop"))
    parser.add_argument("--validation-fraction", type=float, default=0.1,
                        help="share of the training data held out for validation (0.1)")
    parser.add_argument("--augment", action=argparse.BooleanOptionalAction, default=False,
                        help="random rotation, shear, zoom, shift and stroke thickness")
    parser.add_argument("--seed", type=int, default=0, help="random seed (0)")
    # A bare --strokes means the pen digits that ship with CNN Lab: the default CNN's recipe.
    parser.add_argument("--strokes", type=Path, nargs="?", const=PEN_DIGITS_FILE,
                        metavar="FILE", help="render pen-digit strokes through the drawing "
                        "canvas and add them to the training data; without FILE, the 7,494 "
                        "UCI pen digits shipped with CNN Lab (a .json or .json.gz file "
                        "otherwise)")
    parser.add_argument("--held-out-writers", type=int, default=8, help="writers of --strokes "
                        "kept out of training and measured per writer (8)")
    parser.add_argument("--stroke-copies", type=int, default=4, help="renderings of each "
                        "training pen digit, each with its own brush and jitter (4)")
    parser.add_argument("--out", type=Path, required=True, help="the .keras file to write")


def _add_evaluate(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", type=Path, required=True, help="a .keras model")
    parser.add_argument("--data", required=True, help=DATASET_HELP)
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def _add_predict(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", type=Path, required=True, help="a .keras model")
    parser.add_argument("images", nargs="+", type=Path, metavar="IMAGE")
    parser.add_argument("--raw", action="store_true",
                        help="the images are already MNIST-style (light digit on black)")
    parser.add_argument("--json", action="store_true", help="print one JSON array")


def main(argv: Sequence[str]) -> int:
    """Run one command; returns the exit status (2 for a person's mistake)."""
    args = build_parser().parse_args(list(argv))
    from engine.cli.commands import evaluate_command, predict_command
    from engine.cli.train import train_command

    handlers: dict[str, Callable[[argparse.Namespace], Any]] = {
        "train": train_command, "evaluate": evaluate_command, "predict": predict_command}
    try:
        output = handlers[args.command](args)
    except UsageError as error:
        print(f"cnn-lab {args.command}: error: {error}", file=sys.stderr)
        return 2
    if output is not None:
        print(json.dumps(output, ensure_ascii=False) if getattr(args, "json", False) else output)
    return 0
