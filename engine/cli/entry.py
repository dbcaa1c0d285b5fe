"""The command line: ``python main.py train | evaluate | predict | code | exercises |
robustness`` (``--help`` on each).

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

COMMANDS = ("train", "evaluate", "predict", "code", "exercises", "robustness")
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
    _add_code(commands.add_parser(
        "code", help="write the Keras script (or notebook) that builds and trains a network",
        description="Write a self-contained Keras script: the network as keras.Sequential, "
        "then the same data, split and training as 'train', evaluation and saving. It needs "
        "only Python, NumPy and Keras."))
    _add_exercises(commands.add_parser(
        "exercises", help="a class's exercise set (the app's Exercises page) with the answers",
        description="Print the exercises a class code (or seed) gives, with their answers: "
        "output sizes, one convolution cell, parameter counts, one pooling cell, one "
        "backpropagation gradient, performance measures. The same seed gives the same set. "
        "No TensorFlow is loaded."))
    _add_robustness(commands.add_parser(
        "robustness", help="accuracy against the strength of a shift, rotation, noise, blur, "
        "occlusion or FGSM attack",
        description="Perturb the first N test digits at each value and print the model's "
        "accuracy there: the Robustness page's sweeps, for scripts."))
    return parser


def _add_robustness(parser: argparse.ArgumentParser) -> None:
    from engine.cli.robustness import add_arguments

    add_arguments(parser)


def _add_exercises(parser: argparse.ArgumentParser) -> None:
    from engine.cli.exercises import add_arguments

    add_arguments(parser)


def _add_train(parser: argparse.ArgumentParser) -> None:
    from engine.digits.strokes import PEN_DIGITS_FILE
    from engine.models.architectures import ARCHITECTURES

    parser.add_argument("--dataset", required=True, help=DATASET_HELP)
    network = parser.add_mutually_exclusive_group(required=True)
    network.add_argument("--model", choices=sorted(ARCHITECTURES),
                         help="cnn: the default CNN; lecture: the course's CNN; mlp: the MLP; "
                         "lenet5: LeNet-5")
    network.add_argument("--architecture", type=Path, metavar="FILE.json",
                         help="any Keras architecture saved with model.to_json()")
    parser.add_argument("--epochs", type=int, required=True, help="passes over the data")
    parser.add_argument("--batch-size", type=int, default=128, help="images per step (128)")
    parser.add_argument("--lr", type=float, default=1e-3, help="learning rate (0.001)")
    parser.add_argument("--optimizer", default="adam", choices=("adam", "sgd", "rmsprop"))
    _add_schedule(parser)
    parser.add_argument("--momentum", type=float, default=0.0,
                        help="Nesterov momentum of SGD (0: none)")
    parser.add_argument("--weight-decay", type=float, default=0.0,
                        help="decoupled weight decay per step, times the rate (0: none)")
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


def _add_schedule(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--schedule", default="constant",
                        choices=("constant", "cosine", "one_cycle"),
                        help="constant learning rate (as students write it), cosine decay "
                        "to 5 %% of it by the last batch, or one_cycle (up to it over the "
                        "first 20 %% of the batches, then down to 0)")


def _add_code(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", required=True, metavar="{cnn,lecture,mlp,lenet5,FILE}",
                        help="a built-in network, a .keras model or a Keras architecture "
                        "(.json, from model.to_json())")
    parser.add_argument("--dataset", default="mnist", help="mnist (default), sample, fashion "
                        "or an .npz file with x_train, y_train[, x_test, y_test]")
    parser.add_argument("--epochs", type=int, default=5, help="passes over the data (5)")
    parser.add_argument("--batch-size", type=int, default=128, help="images per step (128)")
    parser.add_argument("--lr", type=float, default=1e-3, help="learning rate (0.001)")
    parser.add_argument("--optimizer", default="adam", choices=("adam", "sgd", "rmsprop"))
    _add_schedule(parser)
    parser.add_argument("--augment", action=argparse.BooleanOptionalAction, default=False,
                        help="random rotation, shear, zoom and shift as Keras layers")
    parser.add_argument("--seed", type=int, default=0, help="random seed (0)")
    parser.add_argument("--lang", default="pt_BR", choices=("pt_BR", "en"),
                        help="the language of the script's comments (pt_BR)")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, metavar="FILE.py", help="the script to write")
    where.add_argument("--notebook", type=Path, metavar="FILE.ipynb",
                       help="write a Jupyter notebook (nbformat 4) instead")


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
    args = build_parser().parse_args(_glue_negative_values(argv))
    try:
        output = _handler(args.command)(args)
    except UsageError as error:
        print(f"cnn-lab {args.command}: error: {error}", file=sys.stderr)
        return 2
    if output is not None:
        print(json.dumps(output, ensure_ascii=False) if getattr(args, "json", False) else output)
    return 0


def _glue_negative_values(argv: Sequence[str]) -> list[str]:
    """robustness's ``--values -3,0,3`` would read as an unknown option to argparse."""
    if list(argv[:1]) != ["robustness"]:
        return list(argv)
    from engine.cli.robustness import glue_values

    return glue_values(argv)


def _handler(command: str) -> Callable[[argparse.Namespace], Any]:
    """The command's function, imported only when it runs (exercises must not wait for cv2)."""
    if command == "exercises":
        from engine.cli.exercises import exercises_command

        return exercises_command
    if command == "robustness":
        from engine.cli.robustness import robustness_command

        return robustness_command
    from engine.cli.code import code_command
    from engine.cli.commands import evaluate_command, predict_command
    from engine.cli.train import train_command

    handlers: dict[str, Callable[[argparse.Namespace], Any]] = {
        "train": train_command, "evaluate": evaluate_command, "predict": predict_command,
        "code": code_command}
    return handlers[command]
