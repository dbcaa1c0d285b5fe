"""The command line end to end, as a teacher or a script runs it: train, evaluate, predict."""

import json
import os
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from engine.datasets.catalog import load_sample

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "CNN_LAB_HOME": str(home), "TF_CPP_MIN_LOG_LEVEL": "3"}
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small Keras-layout npz (600 train / 200 test real digits) and a model trained on it."""
    folder = tmp_path_factory.mktemp("cli")
    sample = load_sample()
    rng = np.random.default_rng(0)  # a random subset: the sample may be sorted by class
    train, test = rng.permutation(len(sample.x_train))[:600], rng.permutation(
        len(sample.x_test))[:200]
    np.savez(folder / "small.npz", x_train=sample.x_train[train], y_train=sample.y_train[train],
             x_test=sample.x_test[test], y_test=sample.y_test[test])
    result = run("train", "--dataset", str(folder / "small.npz"), "--model", "mlp",
                 "--epochs", "2", "--batch-size", "64", "--out", str(folder / "mlp.keras"),
                 home=folder)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "test accuracy" in result.stdout
    return folder


def test_train_writes_the_model_and_its_card(workspace: Path) -> None:
    card = json.loads((workspace / "mlp.json").read_text(encoding="utf-8"))
    assert card["architecture"] == "mlp" and card["epochs"] == 2
    assert card["class_names"] == [str(i) for i in range(10)]
    assert card["parameters"] == sum(layer["parameters"] for layer in card["layers"])
    assert len(card["validation_curve"]) == 2 and card["test"]["n"] == 200
    assert card["data"]["validation_images"] == 60 and card["data"]["training_images"] == 540
    assert card["recipe"]["batch_size"] == 64
    assert card["command"].startswith("python main.py train --dataset")


def test_evaluate_json_repeats_the_cards_test_figures(workspace: Path) -> None:
    result = run("evaluate", "--model", str(workspace / "mlp.keras"),
                 "--data", str(workspace / "small.npz"), "--json", home=workspace)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)
    assert set(report) >= {"accuracy", "per_class", "macro", "confusion_matrix", "n"}
    assert report["n"] == 200 and np.sum(report["confusion_matrix"]) == 200
    card = json.loads((workspace / "mlp.json").read_text(encoding="utf-8"))
    assert report["accuracy"] == pytest.approx(card["test"]["accuracy"])
    text = run("evaluate", "--model", str(workspace / "mlp.keras"),
               "--data", str(workspace / "small.npz"), home=workspace)
    assert "confusion matrix" in text.stdout and "macro avg" in text.stdout


def test_predict_reads_digits_on_paper_and_mnist_style_images(workspace: Path) -> None:
    sample = load_sample()
    paper = 255 - cv2.resize(sample.x_test[0], (140, 140))  # dark ink on white paper, large
    cv2.imwrite(str(workspace / "paper.png"), cv2.copyMakeBorder(
        paper, 30, 30, 30, 30, cv2.BORDER_CONSTANT, value=255))
    cv2.imwrite(str(workspace / "raw.png"), sample.x_test[1])
    result = run("predict", "--model", str(workspace / "mlp.keras"), "--json",
                 str(workspace / "paper.png"), home=workspace)
    assert result.returncode == 0, result.stderr[-3000:]
    (answer,) = json.loads(result.stdout)
    assert 0 <= answer["class"] <= 9 and len(answer["top3"]) == 3
    assert answer["top3"][0]["probability"] >= answer["top3"][1]["probability"]
    raw = run("predict", "--model", str(workspace / "mlp.keras"), "--raw",
              str(workspace / "raw.png"), home=workspace)
    assert raw.returncode == 0 and "top 3" in raw.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["evaluate", "--model", "missing.keras", "--data", "sample"], "no such model file"),
        (["evaluate", "--model", "{ws}/small.npz", "--data", "sample"], "not a Keras model"),
        (["evaluate", "--model", "{ws}/mlp.keras", "--data", "{ws}/nothing.npz"], "nothing.npz"),
        (["predict", "--model", "{ws}/mlp.keras", "{ws}/mlp.json"], "not an image"),
        (["predict", "--model", "{ws}/mlp.keras", "{ws}/absent.png"], "absent.png"),
        (["train", "--dataset", "sample", "--model", "mlp", "--epochs", "0", "--out",
          "{ws}/x.keras"], "epochs"),
        (["train", "--dataset", "sample", "--model", "mlp", "--epochs", "1", "--out",
          "{ws}/x.h5"], ".keras"),
        (["train", "--dataset", "sample", "--model", "vgg", "--epochs", "1", "--out",
          "{ws}/x.keras"], "invalid choice"),
        (["predict"], "required"),
    ],
)
def test_mistakes_exit_with_status_2_and_say_why(workspace: Path, args: list[str],
                                                 words: str) -> None:
    result = run(*[a.format(ws=workspace) for a in args], home=workspace)
    assert result.returncode == 2, result.stderr[-2000:]
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_train_with_pen_strokes_measures_the_held_out_writers(workspace: Path) -> None:
    """--strokes adds rendered pen digits and reports each unseen writer in the card."""
    rng = np.random.default_rng(5)
    digits = []
    for writer in ("w1", "w2", "w3"):
        for label in range(10):
            # Random strokes: the test checks the bookkeeping, not the recognition.
            points = rng.random((6, 2)).round(3).tolist()
            digits.append({"id": f"{writer}-{label}", "label": label, "writer": writer,
                           "strokes": [points]})
    strokes = workspace / "strokes.json"
    strokes.write_text(json.dumps(digits), encoding="utf-8")
    result = run("train", "--dataset", str(workspace / "small.npz"), "--model", "mlp",
                 "--epochs", "1", "--strokes", str(strokes), "--held-out-writers", "1",
                 "--stroke-copies", "2", "--out", str(workspace / "pens.keras"), home=workspace)
    assert result.returncode == 0, result.stderr[-3000:]
    pens = json.loads((workspace / "pens.json").read_text(encoding="utf-8"))["pen_strokes"]
    assert len(pens["held_out_writers"]) == 1 and pens["held_out_digits"] == 10
    assert pens["training_digits"] == 20 and pens["training_renderings"] == 40
    assert list(pens["per_writer"]) == pens["held_out_writers"]
    assert pens["n"] == 10 * len(pens["brushes"]) and 0.0 <= pens["accuracy"] <= 1.0
    assert "unseen writers" in result.stdout
