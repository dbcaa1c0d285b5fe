"""``python main.py robustness``: accuracy against the strength of one perturbation.

    python main.py robustness --model resources/models/mnist_cnn.keras --data mnist \\
        --perturbation shift_x --values=-3,0,3 --limit 1000

The digits are the first ``--limit`` of the dataset's test split (MNIST's 10,000 test digits
for ``--data mnist``), perturbed on the model's 28×28 input in 0–1 before any scaling the
model does itself, as ``engine.robustness.perturb.perturb`` defines each perturbation.
"""

import argparse
import re
from collections.abc import Sequence
from typing import Any

from engine.cli.errors import UsageError

PERTURBATION_HELP = ("shift_x, shift_y (whole pixels, + right/down), rotate (degrees "
                     "counter-clockwise), scale (factor), noise (Gaussian σ), blur (Gaussian σ), "
                     "occlude (side of a black square in the middle), fgsm (ε)")
# "-3,0,3" looks like an option to argparse: "--values -3,0,3" is glued into "--values=-3,0,3".
NUMBER_LIST = re.compile(r"^-[\d.]")
DEFAULT_LIMIT = 1000
# Limits that keep a value meaningful (and a typo from running for minutes).
RANGES = {"shift_x": (-28, 28), "shift_y": (-28, 28), "rotate": (-360, 360),
          "scale": (0.05, 10), "noise": (0, 10), "blur": (0, 20), "occlude": (0, 28),
          "fgsm": (0, 1)}
WHOLE = ("shift_x", "shift_y", "occlude")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options (values are checked by the command, one clear line each)."""
    parser.add_argument("--model", required=True, metavar="PATH", help="a .keras model")
    parser.add_argument("--data", default="mnist", help="mnist (default: its test digits), "
                        "or a dataset path whose test split (or all of it) is used")
    parser.add_argument("--perturbation", required=True, metavar="NAME",
                        help=PERTURBATION_HELP)
    parser.add_argument("--values", required=True, metavar="V1,V2,…",
                        help="the strengths to measure, comma-separated; negative values work "
                        "as --values=-3,0,3 or --values -3,0,3")
    parser.add_argument("--limit", default=str(DEFAULT_LIMIT), metavar="N",
                        help=f"the first N test digits ({DEFAULT_LIMIT})")
    parser.add_argument("--seed", default="0", metavar="S", help="the noise's seed (0)")
    parser.add_argument("--json", action="store_true", help='print one JSON object: '
                        '{"perturbation", "values", "accuracy": [...], "n"}')


def glue_values(argv: Sequence[str]) -> list[str]:
    """``--values -3,0,3`` → ``--values=-3,0,3`` (argparse would take -3,0,3 for an option)."""
    args = list(argv)
    glued: list[str] = []
    i = 0
    while i < len(args):
        if args[i] == "--values" and i + 1 < len(args) and NUMBER_LIST.match(args[i + 1]):
            glued.append(f"--values={args[i + 1]}")
            i += 2
        else:
            glued.append(args[i])
            i += 1
    return glued


def parse_values(text: str, perturbation: str) -> list[float]:
    """The comma-separated numbers, checked against what the perturbation accepts."""
    parts = [part.strip() for part in str(text).split(",")]
    try:
        values = [float(part) for part in parts]
    except ValueError:
        values = []
    if not values or any(value != value for value in values):
        raise UsageError(f"--values {text!r}: give numbers separated by commas, e.g. "
                         "--values=-3,0,3.")
    low, high = RANGES[perturbation]
    for value in values:
        if perturbation in WHOLE and value != round(value):
            raise UsageError(f"--values {text!r}: {perturbation} takes whole pixels.")
        if not low <= value <= high or (perturbation == "scale" and value <= 0):
            raise UsageError(f"--values {text!r}: {perturbation} values must lie from {low:g} "
                             f"to {high:g}.")
    return values


def _whole(text: str, option: str, low: int) -> int:
    try:
        value = int(str(text).strip())
    except ValueError:
        value = None
    if value is None or value < low:
        raise UsageError(f"{option} {text!r}: give a whole number ≥ {low}.")
    return value


def _perturbation(name: str) -> str:
    from engine.robustness.perturb import CLI_PERTURBATIONS

    if name not in CLI_PERTURBATIONS:
        raise UsageError(f"--perturbation {name!r}: choose one of "
                         f"{', '.join(CLI_PERTURBATIONS)}.")
    return name


def _digits(data: str, limit: int) -> tuple[Any, Any, str]:
    """The first ``limit`` test digits in 0–1, their labels, and the split's description."""
    import numpy as np

    from engine.cli.commands import open_dataset, test_split

    dataset = open_dataset(data)
    x, y, split = test_split(dataset)
    if x.ndim != 3:
        raise UsageError(f"{data}: its images are in colour; the robustness measures work on "
                         "grey digits.")
    return x[:limit].astype(np.float32) / np.float32(255.0), y[:limit], \
        f"{dataset.name}, {split}"


def robustness_command(args: argparse.Namespace) -> Any:
    from pathlib import Path

    from engine.cli.commands import open_model

    perturbation = _perturbation(args.perturbation)
    values = parse_values(args.values, perturbation)
    limit, seed = _whole(args.limit, "--limit", 1), _whole(args.seed, "--seed", 0)
    model, _card = open_model(Path(args.model))
    _refuse_colour_model(model)
    x, y, where = _digits(args.data, limit)
    if int(y.max(initial=0)) >= int(model.outputs[0].shape[1]):
        raise UsageError(f"{args.data}: its labels go up to {int(y.max())}, but the model "
                         f"knows only {int(model.outputs[0].shape[1])} classes.")
    from engine.robustness.sweep import sweep

    result = sweep(model, x, y, perturbation, values, seed=seed)
    output = {"perturbation": perturbation, "values": values,
              "accuracy": [round(a, 6) for a in result.accuracy], "n": result.n}
    return output if args.json else format_result(output, Path(args.model).name, where)


def _refuse_colour_model(model: Any) -> None:
    """The perturbations work on grey 28 × 28 digits; a model of colour photos cannot read them."""
    from engine.models.input_kind import reads_colour
    from engine.models.io import ModelLoadError, input_spec

    try:
        colour = reads_colour(input_spec(model))
    except ModelLoadError as error:
        raise UsageError(str(error)) from error
    if colour:
        raise UsageError("this model reads colour photos, and the robustness measures work on "
                         "grey digits: its answers would mean nothing. Choose a digit model.")


def format_result(output: dict[str, Any], model_name: str, where: str) -> str:
    lines = [f"{model_name} on {where}: {output['n']} digits, {output['perturbation']}",
             f"{'value':>10} {'accuracy':>9}"]
    lines += [f"{value:>10g} {accuracy:9.4f}"
              for value, accuracy in zip(output["values"], output["accuracy"], strict=True)]
    return "\n".join(lines)
