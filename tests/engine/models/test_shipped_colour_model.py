"""The shipped colour model: it reads CIFAR-10's test photos as well as its card says (≥ 85 %).

Measured independently of the app's own path: the photos are decoded by Pillow (the app uses
OpenCV), scaled by hand, and fed to Keras' own ``predict``; the command line's evaluation must
agree within half a point.
"""

import io
import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from engine.datasets.cifar import CIFAR_NAMES, CIFAR_NAMES_PT, cifar_path
from engine.tensorflow_runtime import require_keras

ROOT = Path(__file__).resolve().parents[3]
MODEL = ROOT / "resources" / "models" / "cifar10_cnn.keras"


@pytest.fixture(scope="module")
def card() -> dict:
    return json.loads(MODEL.with_suffix(".json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def measured_accuracy() -> float:
    with np.load(cifar_path(), allow_pickle=False) as archive:
        blob, offsets, labels = archive["test_jpeg"], archive["test_offsets"], archive["test_y"]
        photos = np.stack([np.asarray(Image.open(io.BytesIO(blob[a:b].tobytes())).convert("RGB"))
                           for a, b in itertools.pairwise(offsets)])
    model = require_keras().saving.load_model(MODEL, compile=False)
    predicted = model.predict(photos.astype(np.float32) / 255.0, batch_size=500, verbose=0)
    return float(np.mean(predicted.argmax(axis=1) == labels))


def test_the_colour_model_reads_85_percent_of_the_test_photos(measured_accuracy: float,
                                                              card: dict) -> None:
    assert measured_accuracy >= 0.85
    assert measured_accuracy == pytest.approx(card["test"]["accuracy"], abs=0.005)


def test_its_card_says_what_it_learned_from_and_credits_cifar(card: dict) -> None:
    assert card["input_shape"] == [32, 32, 3] and card["parameters"] < 400_000
    assert card["class_names"] == CIFAR_NAMES and card["class_names_pt"] == CIFAR_NAMES_PT
    data = card["data"]
    # Trained on the training photos only, with a hold-out of them for validation.
    assert data["training_images"] + data["validation_images"] == 50_000
    assert data["test_split"] == "test" and card["test"]["n"] == 10_000
    assert "Krizhevsky" in card["credits"]
    assert card["command"].startswith("python main.py train --dataset cifar10")
    assert card["recipe"]["schedule"] == "one_cycle" and card["recipe"]["augment"]
    assert "flip_left_right_probability" in card["augmentation"]


def test_the_command_line_evaluation_agrees(measured_accuracy: float, tmp_path: Path) -> None:
    env = {**os.environ, "CNN_LAB_HOME": str(tmp_path), "TF_CPP_MIN_LOG_LEVEL": "3"}
    result = subprocess.run([sys.executable, "main.py", "evaluate", "--model", str(MODEL),
                             "--data", "cifar10", "--json"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=600, check=True)
    report = json.loads(result.stdout)
    assert report["n"] == 10_000
    assert report["accuracy"] == pytest.approx(measured_accuracy, abs=0.005)
