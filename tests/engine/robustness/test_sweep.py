"""Sweeps: accuracy per value, progress, stopping midway, the failures kept, the CSV."""

import csv
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from engine.models.io import load_model
from engine.models.predictor import Predictor
from engine.robustness.fgsm import fgsm
from engine.robustness.perturb import perturb
from engine.robustness.sweep import SweepResult, results_csv, sweep, test_digits

ROOT = Path(__file__).resolve().parents[3]
VALUES = [-4, -2, 0, 2, 4]


@pytest.fixture(scope="module")
def mlp() -> Any:
    return Predictor(load_model(ROOT / "resources" / "models" / "mnist_mlp.keras"))


@pytest.fixture(scope="module")
def digits() -> tuple[np.ndarray, np.ndarray]:
    return test_digits(300)


def read_as(predictor: Any, images: np.ndarray) -> np.ndarray:
    return predictor.probabilities_batch(images[..., None]).argmax(axis=1)


def test_test_digits_are_the_first_mnist_test_digits_in_0_to_1() -> None:
    x, y = test_digits(50)
    with np.load(ROOT / "resources" / "data" / "mnist.npz", allow_pickle=False) as mnist:
        np.testing.assert_allclose(x * 255, mnist["x_test"][:50], atol=1e-3)
        np.testing.assert_array_equal(y, mnist["y_test"][:50])
    assert x.shape == (50, 28, 28) and x.dtype == np.float32 and x.max() <= 1.0
    assert len(test_digits(20_000)[0]) == 10_000
    with pytest.raises(ValueError):
        test_digits(0)


def test_accuracy_at_each_value_is_the_models_on_the_perturbed_digits(
        mlp: Any, digits: tuple[np.ndarray, np.ndarray]) -> None:
    x, y = digits
    calls: list[tuple[int, int]] = []
    result = sweep(mlp, x, y, "shift_x", VALUES, progress=lambda done, total:
                   calls.append((done, total)))
    assert calls == [(i, len(VALUES)) for i in range(1, len(VALUES) + 1)]
    assert result.values == [float(v) for v in VALUES] and result.n == len(x)
    assert not result.stopped
    for value, accuracy in zip(VALUES, result.accuracy, strict=True):
        expected = (read_as(mlp, perturb(x, "shift_x", value)) == y).mean()
        assert accuracy == pytest.approx(expected)
    # The MLP reads centred digits and loses them when they move.
    assert result.accuracy[2] > 0.9 and max(result.accuracy[0], result.accuracy[-1]) < 0.5


def test_the_failures_kept_are_digits_really_misread_there(
        mlp: Any, digits: tuple[np.ndarray, np.ndarray]) -> None:
    x, y = digits
    result = sweep(mlp, x, y, "rotate", [0, 45])
    assert result.predictions is not None
    for index, value in enumerate((0, 45)):
        failures = result.failures[index]
        assert len(failures) == min(8, round((1 - result.accuracy[index]) * len(x)))
        read = read_as(mlp, perturb(x[failures], "rotate", value))
        np.testing.assert_array_equal(read, result.predictions[index])
        assert (read != y[failures]).all()
        assert failures == sorted(failures)  # the first ones misread, in order
    assert len(result.failures[1]) == 8


def test_should_stop_ends_the_sweep_midway_with_what_was_measured(
        mlp: Any, digits: tuple[np.ndarray, np.ndarray]) -> None:
    x, y = digits
    done: list[int] = []
    result = sweep(mlp, x, y, "shift_y", VALUES, progress=lambda d, _t: done.append(d),
                   should_stop=lambda: len(done) >= 2)
    assert result.stopped and done == [1, 2]
    assert len(result.accuracy) == 2 and result.values == [float(v) for v in VALUES]
    full = sweep(mlp, x, y, "shift_y", VALUES[:2])
    assert result.accuracy == full.accuracy
    assert sweep(mlp, x, y, "blur", [1.0], should_stop=lambda: True).accuracy == []


def test_an_fgsm_sweep_attacks_each_epsilon_like_fgsm(
        mlp: Any, digits: tuple[np.ndarray, np.ndarray]) -> None:
    x, y = digits[0][:100], digits[1][:100]
    result = sweep(mlp.model, x, y, "fgsm", [0.0, 0.05, 0.15])
    for epsilon, accuracy in zip((0.0, 0.05, 0.15), result.accuracy, strict=True):
        expected = (read_as(mlp, fgsm(mlp.model, x, y, epsilon)) == y).mean()
        assert accuracy == pytest.approx(expected, abs=0.011)
    assert result.accuracy[0] > result.accuracy[1] > result.accuracy[2]


def test_noise_sweeps_are_seeded(mlp: Any, digits: tuple[np.ndarray, np.ndarray]) -> None:
    x, y = digits
    first = sweep(mlp, x, y, "noise", [0.5], seed=3)
    assert sweep(mlp, x, y, "noise", [0.5], seed=3).accuracy == first.accuracy
    assert sweep(mlp, x, y, "noise", [0.5], seed=3).failures == first.failures


def test_results_csv_reads_back(tmp_path: Path) -> None:
    cnn = SweepResult("shift_x", [-3.0, 0.0, 3.0], [0.99, 0.995, 0.994], 1000)
    stopped = SweepResult("shift_x", [-3.0, 0.0, 3.0], [0.46], 1000, stopped=True)
    path = tmp_path / "curves.csv"
    results_csv(path, [("CNN", cnn), ("MLP, shipped", stopped)])
    with path.open(newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert list(rows[0]) == ["perturbation", "value", "model", "accuracy", "n"]
    assert [(r["model"], float(r["value"]), float(r["accuracy"]), int(r["n"])) for r in rows] \
        == [("CNN", -3.0, 0.99, 1000), ("CNN", 0.0, 0.995, 1000), ("CNN", 3.0, 0.994, 1000),
            ("MLP, shipped", -3.0, 0.46, 1000)]
    assert {r["perturbation"] for r in rows} == {"shift_x"}
    assert [p.name for p in tmp_path.iterdir()] == ["curves.csv"]  # no temporary file left
