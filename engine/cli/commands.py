"""``evaluate`` and ``predict``, and the loading both share (errors become UsageError)."""

import argparse
import sys
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from engine.cli.errors import UsageError
from engine.models.input_kind import (
    CONVERTED_TO_GREY,
    InputKindError,
    check_input_kind,
    is_colour,
    reads_colour,
    to_grey,
)


def open_model(path: Path) -> tuple[Any, dict[str, Any]]:
    """The model and its card, or a UsageError that says what is wrong with the file."""
    from engine.models.io import ModelLoadError, load_card, load_model

    try:
        return load_model(path), load_card(path)
    except ModelLoadError as error:
        raise UsageError(str(error)) from error


def open_dataset(name_or_path: str) -> Any:
    from engine.datasets.catalog import DatasetError, load_dataset

    try:
        return load_dataset(name_or_path)
    except DatasetError as error:
        raise UsageError(str(error)) from error


def test_split(dataset: Any) -> tuple[np.ndarray, np.ndarray, str]:
    """The test split, or the whole set (said so) when the dataset has none."""
    if dataset.x_test is not None and len(dataset.x_test):
        return dataset.x_test, dataset.y_test, "test"
    return dataset.x_train, dataset.y_train, "all (no test split)"


def note(text: str) -> None:
    """Something done to the input that the person should know (stdout stays the result)."""
    print(f"cnn-lab: note: {text}", file=sys.stderr)


def fit_images(spec: Any, x: np.ndarray, what: str) -> np.ndarray:
    """``x`` (N, H, W[, 3]) uint8 as the model may read it: colour photos made grey (with a
    note) for a grey model; grey images for a colour model, or other sizes, refused."""
    try:
        kind = check_input_kind(spec, x.ndim == 4 and x.shape[3] == 3, what)
    except InputKindError as error:
        raise UsageError(f"this model reads colour photos, but {what} are grey: it learned "
                         "from colours they do not have. Evaluate it on colour photos "
                         "(--data cifar10), or choose a model of grey images.") from error
    if tuple(x.shape[1:3]) != (spec.height, spec.width):  # before converting: nothing helps
        raise UsageError(f"{what} are {x.shape[1]} × {x.shape[2]} images, but this model "
                         f"reads {spec.height} × {spec.width}.")
    if kind == CONVERTED_TO_GREY:
        note(f"{what} are colour photos and this model reads grey images: they were "
             "converted to grey.")
        x = np.stack([to_grey(image) for image in x]) if len(x) else x[..., 0]
    return x


def evaluate_command(args: argparse.Namespace) -> Any:
    from engine.models.cards import evaluation_json
    from engine.models.io import class_names, input_spec
    from engine.training.trainer import evaluate

    model, card = open_model(args.model)
    dataset = open_dataset(args.data)
    x, y, split = test_split(dataset)
    x = fit_images(input_spec(model), x, f"the images of {args.data}")
    names = class_names(model, card)
    if int(y.max(initial=0)) >= len(names):
        raise UsageError(f"{args.data}: its labels go up to {int(y.max())}, but the model "
                         f"knows only {len(names)} classes.")
    evaluation = evaluate(model, x, y, class_names=names)
    result = evaluation_json(evaluation)
    return result if args.json else format_evaluation(result, dataset.name, split)


def format_evaluation(result: dict[str, Any], dataset_name: str, split: str) -> str:
    lines = [f"{dataset_name}, {split}: {result['n']} images",
             f"accuracy {result['accuracy']:.4f}", "",
             f"{'class':>12} {'precision':>9} {'recall':>9} {'F1':>9} {'support':>8}"]
    for row in result["per_class"]:
        lines.append(f"{row['name']:>12} {row['precision']:9.4f} {row['recall']:9.4f} "
                     f"{row['f1']:9.4f} {row['support']:8d}")
    for average in ("macro", "weighted"):
        row = result[average]
        lines.append(f"{average + ' avg':>12} {row['precision']:9.4f} {row['recall']:9.4f} "
                     f"{row['f1']:9.4f}")
    lines += ["", "confusion matrix (rows: true class, columns: predicted):"]
    lines += [" ".join(f"{count:5d}" for count in row) for row in result["confusion_matrix"]]
    return "\n".join(lines)


def read_image(path: Path) -> np.ndarray:
    """An image file as grey or RGB uint8 (the dataset loader's reader, errors as UsageError)."""
    from engine.datasets.catalog import DatasetError
    from engine.datasets.folder import read_image as read_picture

    try:
        return read_picture(path)
    except DatasetError as error:
        raise UsageError(str(error)) from error


def as_drawing(image: np.ndarray) -> np.ndarray:
    """Preprocess like a drawing; dark ink on light paper (a bright border) is inverted."""
    from engine.digits.preprocess import EmptyDrawingError, border_is_light, to_mnist

    grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY) if image.ndim == 3 else image
    try:
        return to_mnist(grey, invert=border_is_light(grey))
    except EmptyDrawingError as error:
        raise UsageError("the image is empty: there is no digit to classify.") from error


def as_model_picture(image: np.ndarray, spec: Any, raw: bool, path: Path) -> np.ndarray:
    """One image file as the model reads it: a photo as it is for a colour model (resized by
    the Predictor); for a grey model, grey (a colour photo converted, with a note) and, unless
    ``raw``, prepared like a drawing. A grey picture for a colour model is refused."""
    try:
        kind = check_input_kind(spec, is_colour(image), str(path))
    except InputKindError as error:
        raise UsageError(f"{path}: this model reads colour photos; the picture is grey, so its "
                         "answer would mean nothing. Give it a colour photo, or choose a digit "
                         "model.") from error
    if reads_colour(spec):
        return image
    if kind == CONVERTED_TO_GREY:
        note(f"{path}: a colour photo, converted to grey: this model reads grey pictures.")
        image = to_grey(image)
    try:
        return image if raw else as_drawing(image)
    except UsageError as error:
        raise UsageError(f"{path}: {error}") from error


def predict_command(args: argparse.Namespace) -> Any:
    from engine.models.io import class_names
    from engine.models.predictor import Predictor

    model, card = open_model(args.model)
    predictor, names = Predictor(model), class_names(model, card)
    results = []
    for path in args.images:
        prepared = as_model_picture(read_image(path), predictor.spec, args.raw, path)
        probabilities = predictor.probabilities(prepared)
        top = np.argsort(probabilities)[::-1][:3]
        results.append({"file": str(path), "class": int(top[0]), "label": names[top[0]],
                        "probability": float(probabilities[top[0]]),
                        "top3": [{"class": int(i), "label": names[i],
                                  "probability": float(probabilities[i])} for i in top]})
    if args.json:
        return results
    return "\n".join(
        f"{r['file']}: {r['label']} ({r['probability']:.1%}); top 3: "
        + ", ".join(f"{t['label']} {t['probability']:.1%}" for t in r["top3"]) for r in results)
