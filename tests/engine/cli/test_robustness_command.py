"""``main.py robustness``: its accuracies agree with an independent computation written here.

Three models: the shipped default CNN, the shipped MLP and a digit CNN "from outside" (plain
Keras, trained here for one epoch on MNIST *training* digits, with its own ``Rescaling`` layer
and logits out). The reference perturbs the same first 1,000 test digits by other means —
``np.roll`` with the wrapped part zeroed, ``cv2.warpAffine`` with a rotation matrix built by
hand, its own seeded noise, FGSM through ``tf.GradientTape`` on the logits — and reads them
through ``model(x)`` directly. Tolerances (points of accuracy): 0.4 for shifts, 1.5 for
rotations and FGSM, 2.5 for noise (another draw of the noise).
"""

import contextlib
import io
import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import cv2
import keras
import numpy as np
import pytest
import tensorflow as tf

import main

ROOT = Path(__file__).resolve().parents[3]
MODELS = ROOT / "resources" / "models"
LIMIT = 1000
CASES = [("shift_x", "-3,3", 0.4), ("shift_y", "-2,2", 0.4), ("rotate", "-25,20", 1.5),
         ("noise", "0.4", 2.5), ("fgsm", "0.05,0.1", 1.5)]


def run_cli(*args: str) -> tuple[int, str, str]:
    """main.main in this process, as ``python main.py robustness …``."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main.main(["robustness", *args])
        except SystemExit as exit_:  # argparse's own errors and --help
            status = int(exit_.code or 0)
    return status, out.getvalue(), err.getvalue()


def cli_json(model: Path, perturbation: str, values: str, limit: int = LIMIT) -> dict[str, Any]:
    status, out, err = run_cli("--model", str(model), "--data", "mnist", "--perturbation",
                               perturbation, f"--values={values}", "--limit", str(limit),
                               "--json")
    assert status == 0, err
    return json.loads(out)


# --- the independent reference ---------------------------------------------------------------

@pytest.fixture(scope="module")
def digits() -> tuple[np.ndarray, np.ndarray]:
    with np.load(ROOT / "resources" / "data" / "mnist.npz", allow_pickle=False) as mnist:
        return (mnist["x_test"][:LIMIT] / np.float32(255),
                mnist["y_test"][:LIMIT].astype(np.int64))


def rolled(x: np.ndarray, dx: int, dy: int) -> np.ndarray:
    out = np.roll(x, (dy, dx), axis=(1, 2))
    if dy > 0:
        out[:, :dy] = 0
    elif dy < 0:
        out[:, dy:] = 0
    if dx > 0:
        out[:, :, :dx] = 0
    elif dx < 0:
        out[:, :, dx:] = 0
    return out


def turned(x: np.ndarray, degrees: float) -> np.ndarray:
    # Counter-clockwise on the screen about (13.5, 13.5), as OpenCV defines a positive angle.
    a, b = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    c = 13.5
    matrix = np.array([[a, b, (1 - a) * c - b * c], [-b, a, b * c + (1 - a) * c]])
    return np.stack([cv2.warpAffine(image, matrix, (28, 28), flags=cv2.INTER_LINEAR,
                                    borderMode=cv2.BORDER_CONSTANT, borderValue=0)
                     for image in x])


def noisy(x: np.ndarray, sigma: float) -> np.ndarray:
    rng = np.random.default_rng(20_251_205)
    return np.clip(x + sigma * rng.standard_normal(x.shape), 0, 1).astype(np.float32)


class Reference:
    """One model read directly: ``model(x)`` on (N, 28, 28, 1), logits for the tape."""

    def __init__(self, model: Any, scale: float, logits: Any) -> None:
        self.model, self.scale, self.logits = model, scale, logits

    def accuracy(self, x: np.ndarray, y: np.ndarray) -> float:
        read = np.concatenate([np.argmax(self.model(x[i:i + 250, ..., None] * self.scale,
                                                    training=False), axis=1)
                               for i in range(0, len(x), 250)])
        return float(np.mean(read == y))

    def attacked(self, x: np.ndarray, y: np.ndarray, epsilon: float) -> np.ndarray:
        images = tf.constant(x)
        with tf.GradientTape() as tape:
            tape.watch(images)
            scores = self.logits(images[..., None] * self.scale, training=False)
            loss = tf.reduce_sum(tf.nn.sparse_softmax_cross_entropy_with_logits(y, scores))
        sign = np.sign(tape.gradient(loss, images).numpy())
        return np.clip(x + epsilon * sign, 0, 1).astype(np.float32)

    def perturbed(self, x: np.ndarray, y: np.ndarray, name: str, value: float) -> np.ndarray:
        if name == "shift_x":
            return rolled(x, int(value), 0)
        if name == "shift_y":
            return rolled(x, 0, int(value))
        if name == "rotate":
            return turned(x, value)
        if name == "noise":
            return noisy(x, value)
        return self.attacked(x, y, value)


def logits_twin(model: Any) -> Any:
    """The shipped network with its last softmax Dense made linear."""
    config = model.get_config()
    config["layers"][-1]["config"]["activation"] = "linear"
    twin = keras.Sequential.from_config(config)
    twin.set_weights(model.get_weights())
    return twin


def shipped(name: str) -> tuple[Path, Reference]:
    path = MODELS / f"{name}.keras"
    model = keras.saving.load_model(path, compile=False)
    return path, Reference(model, 1.0, logits_twin(model))


@pytest.fixture(scope="module")
def outside_cnn(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Reference]:
    """A small digit CNN as anyone would write it in Keras, trained on 6,000 training digits.

    It takes 0–255 (its first layer rescales) and ends in logits, unlike the shipped models.
    """
    with np.load(ROOT / "resources" / "data" / "mnist.npz", allow_pickle=False) as mnist:
        x, y = mnist["x_train"][:6000].astype(np.float32), mnist["y_train"][:6000]
    keras.utils.set_random_seed(7)
    model = keras.Sequential([
        keras.Input((28, 28, 1)), keras.layers.Rescaling(1 / 255.0),
        keras.layers.Conv2D(16, 3, activation="relu"), keras.layers.MaxPooling2D(),
        keras.layers.Conv2D(32, 3, activation="relu"), keras.layers.MaxPooling2D(),
        keras.layers.Flatten(), keras.layers.Dense(10)])
    model.compile("adam", keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    model.fit(x[..., None], y, batch_size=32, epochs=1, verbose=0)
    path = tmp_path_factory.mktemp("outside") / "someone_elses_cnn.keras"
    model.save(path)
    return path, Reference(model, 255.0, model)


@pytest.fixture(scope="module")
def models(outside_cnn: tuple[Path, Reference]) -> dict[str, tuple[Path, Reference]]:
    return {"cnn": shipped("mnist_cnn"), "mlp": shipped("mnist_mlp"), "outside": outside_cnn}


@pytest.mark.parametrize("which", ["cnn", "mlp", "outside"])
def test_the_accuracies_agree_with_an_independent_computation(
        which: str, models: dict[str, tuple[Path, Reference]],
        digits: tuple[np.ndarray, np.ndarray]) -> None:
    path, reference = models[which]
    x, y = digits
    assert reference.accuracy(x, y) > 0.85  # a real digit reader, or the check means little
    for perturbation, values, tolerance in CASES:
        result = cli_json(path, perturbation, values)
        assert result["perturbation"] == perturbation and result["n"] == LIMIT
        assert result["values"] == [float(v) for v in values.split(",")]
        for value, accuracy in zip(result["values"], result["accuracy"], strict=True):
            expected = reference.accuracy(reference.perturbed(x, y, perturbation, value), y)
            print(f"{which} {perturbation} {value:g}: CLI {accuracy:.4f}, here {expected:.4f}")
            assert abs(accuracy - expected) * 100 <= tolerance, \
                (which, perturbation, value, accuracy, expected)


def test_at_a_three_pixel_shift_the_cnn_beats_the_mlp() -> None:
    cnn = cli_json(MODELS / "mnist_cnn.keras", "shift_x", "3")["accuracy"][0]
    mlp = cli_json(MODELS / "mnist_mlp.keras", "shift_x", "3")["accuracy"][0]
    assert cnn > 0.98 and mlp < 0.7 and cnn - mlp > 0.3


def test_negative_values_work_glued_or_apart() -> None:
    model = str(MODELS / "mnist_mlp.keras")
    common = ("--model", model, "--perturbation", "shift_y", "--limit", "500", "--json")
    glued = run_cli(*common, "--values=-3,0,3")
    apart = run_cli(*common, "--values", "-3,0,3")
    single = run_cli(*common, "--values", "-3")
    assert glued[0] == apart[0] == single[0] == 0, (glued[2], apart[2], single[2])
    assert json.loads(glued[1]) == json.loads(apart[1])
    assert json.loads(glued[1])["values"] == [-3.0, 0.0, 3.0]
    assert json.loads(single[1])["accuracy"] == json.loads(glued[1])["accuracy"][:1]


def test_json_has_exactly_the_documented_keys_and_text_lists_every_value() -> None:
    model = str(MODELS / "mnist_mlp.keras")
    result = cli_json(MODELS / "mnist_mlp.keras", "blur", "0,1.5", limit=500)
    assert set(result) == {"perturbation", "values", "accuracy", "n"}
    assert result["n"] == 500 and all(0 <= a <= 1 for a in result["accuracy"])
    assert result["accuracy"][0] > result["accuracy"][1]
    status, out, _ = run_cli("--model", model, "--perturbation", "occlude",
                             "--values", "0,8", "--limit", "500")
    assert status == 0
    lines = out.strip().splitlines()
    assert "mnist_mlp.keras" in lines[0] and "500 digits" in lines[0] and "occlude" in lines[0]
    assert [line.split()[0] for line in lines[2:]] == ["0", "8"]


@pytest.mark.parametrize(("args", "message"), [
    (("--perturbation", "wobble", "--values", "1"), "--perturbation 'wobble'"),
    (("--perturbation", "shift_x", "--values", "1.5"), "whole pixels"),
    (("--perturbation", "rotate", "--values", "ten"), "numbers separated by commas"),
    (("--perturbation", "rotate", "--values", "1,,2"), "numbers separated by commas"),
    (("--perturbation", "scale", "--values", "0"), "scale values"),
    (("--perturbation", "noise", "--values=-0.1"), "noise values"),
    (("--perturbation", "rotate", "--values", "5", "--limit", "0"), "--limit"),
    (("--perturbation", "rotate", "--values", "5", "--seed", "x"), "--seed"),
])
def test_bad_input_is_one_clear_line_and_status_2(args: tuple[str, ...], message: str) -> None:
    status, out, err = run_cli("--model", str(MODELS / "mnist_mlp.keras"), *args)
    assert status == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err, err


def test_a_bad_model_file_is_one_line_and_status_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.keras"
    broken.write_bytes(b"not a zip")
    for path in (tmp_path / "missing.keras", broken):
        status, out, err = run_cli("--model", str(path), "--perturbation", "rotate",
                                   "--values", "5")
        assert status == 2 and out == "" and len(err.strip().splitlines()) == 1
        assert str(path) in err


def test_the_real_command_line_takes_negative_values_apart() -> None:
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}
    done = subprocess.run(
        [sys.executable, "main.py", "robustness", "--model", "missing.keras", "--perturbation",
         "shift_x", "--values", "-3,0,3"], cwd=ROOT, capture_output=True, text=True, env=env,
        timeout=120)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "cnn-lab robustness: error: missing.keras: no such model file."]
