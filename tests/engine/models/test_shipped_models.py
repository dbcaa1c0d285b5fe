"""The models the app ships: they load, their cards tell the truth, and they meet the targets.

The figures in each model card were produced by ``python main.py train``; here they are
measured again, independently, on the data the card names (MNIST and the pen digits ship with
the app; Fashion-MNIST is Debian's package).
"""

import json
from pathlib import Path

import numpy as np
import pytest

from engine.datasets.catalog import fashion_available, load_dataset, load_fashion_mnist
from engine.models.io import class_names, load_card, load_model
from engine.training.trainer import evaluate

ROOT = Path(__file__).resolve().parents[3]
MODELS = ROOT / "resources" / "models"
SHIPPED = ("mnist_cnn", "mnist_lecture_cnn", "mnist_mlp", "fashion_cnn", "cifar10_cnn")


@pytest.mark.parametrize("name", SHIPPED)
def test_each_model_loads_small_with_an_honest_card(name: str) -> None:
    path = MODELS / f"{name}.keras"
    assert path.stat().st_size < 4_000_000, "shipped models must stay small"
    model, card = load_model(path), load_card(path)
    assert card["name"] == name
    assert card["parameters"] == model.count_params()
    assert len(class_names(model, card)) == 10 and len(card["class_names_pt"]) == 10
    assert card["epochs"] == len(card["validation_curve"]) > 0
    assert card["test"]["n"] == 10_000
    assert np.sum(card["test"]["confusion_matrix"]) == 10_000
    assert card["command"].startswith("python main.py train")


def test_the_cnn_and_the_mlp_are_the_same_size_but_not_the_same_accuracy() -> None:
    cards = {name: load_card(MODELS / f"{name}.keras") for name in SHIPPED}
    cnn, mlp = cards["mnist_lecture_cnn"], cards["mnist_mlp"]
    assert abs(cnn["parameters"] - mlp["parameters"]) < 0.05 * cnn["parameters"]
    assert cnn["test"]["accuracy"] > mlp["test"]["accuracy"]
    assert cnn["recipe"] == mlp["recipe"]  # the same plain recipe for both


@pytest.mark.parametrize("name", ["mnist_cnn", "mnist_lecture_cnn", "mnist_mlp"])
def test_mnist_test_accuracy_is_what_the_card_says(name: str, mnist_test: tuple) -> None:
    path = MODELS / f"{name}.keras"
    evaluation = evaluate(load_model(path), *mnist_test)
    assert evaluation.accuracy == pytest.approx(load_card(path)["test"]["accuracy"], abs=1e-4)
    if name == "mnist_cnn":
        assert evaluation.accuracy >= 0.995  # the project's target for the default model


def test_the_default_cnn_beats_the_lecture_cnn_on_mnist() -> None:
    cards = {name: load_card(MODELS / f"{name}.keras") for name in SHIPPED}
    assert cards["mnist_cnn"]["test"]["accuracy"] > cards["mnist_lecture_cnn"]["test"]["accuracy"]


def test_the_default_cnn_reads_unseen_writers_pen_strokes() -> None:
    from engine.digits.pen_digits import measure
    from engine.digits.strokes import load_pen_digits, split_by_writer

    card = load_card(MODELS / "mnist_cnn.keras")["pen_strokes"]
    digits = load_pen_digits()  # the shipped pen digits, the ones the card's recipe used
    _, held_out = split_by_writer(digits, card["held_out_writers"])
    assert len(card["held_out_writers"]) >= 8 and len(held_out) == card["held_out_digits"]
    result = measure(load_model(MODELS / "mnist_cnn.keras"), held_out, card["brushes"])
    assert result["accuracy"] >= 0.98
    assert result["accuracy"] == pytest.approx(card["accuracy"], abs=1e-4)


def test_the_fashion_cnn_meets_its_target_with_portuguese_class_names() -> None:
    path = MODELS / "fashion_cnn.keras"
    assert fashion_available(), "./lab test installs dataset-fashion-mnist"
    data = load_fashion_mnist()
    evaluation = evaluate(load_model(path), data.x_test, data.y_test)
    assert evaluation.accuracy >= 0.92
    assert evaluation.accuracy == pytest.approx(load_card(path)["test"]["accuracy"], abs=1e-4)
    card = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert "Tênis" in card["class_names_pt"] and "Sneaker" in card["class_names"]


@pytest.fixture(scope="module")
def mnist_test() -> tuple[np.ndarray, np.ndarray]:
    data = load_dataset("mnist")
    return data.x_test, data.y_test
