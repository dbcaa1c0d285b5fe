"""``main.py code`` and ``train --architecture``: the scripts students take home really run.

Each generated script runs alone in a subprocess (``sys.executable``, no GPU, its own folder)
for one epoch on a small MNIST subset made here from the shipped file, and must save a model
with the same layer kinds, output shapes and parameter count as the network it was written
from. About ten seconds each, most of it TensorFlow's import.
"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import keras
import numpy as np
import pytest

from engine.cli.entry import main
from engine.datasets.builtin import mnist_path
from engine.models import architectures


@pytest.fixture(scope="module")
def small_mnist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """600 training and 200 test digits of the shipped MNIST, in Keras' npz layout."""
    path = tmp_path_factory.mktemp("code") / "small.npz"
    with np.load(mnist_path(), allow_pickle=False) as data:
        rng = np.random.default_rng(0)
        train, test = rng.permutation(60_000)[:600], rng.permutation(10_000)[:200]
        np.savez(path, x_train=data["x_train"][train], y_train=data["y_train"][train],
                 x_test=data["x_test"][test], y_test=data["y_test"][test])
    return path


def run_script(source: str, data: Path, folder: Path) -> tuple[float, Path]:
    """Run ``source`` alone for one epoch on ``data``; its test accuracy and saved model."""
    source = re.sub(r"^DATA_PATH = .*$", f"DATA_PATH = {json.dumps(str(data))}", source,
                    flags=re.MULTILINE)
    source = re.sub(r"^EPOCHS = .*$", "EPOCHS = 1", source, flags=re.MULTILINE)
    script = folder / "run_me.py"
    script.write_text(source, encoding="utf-8")
    env = {**os.environ, "CUDA_VISIBLE_DEVICES": "", "TF_CPP_MIN_LOG_LEVEL": "3"}
    result = subprocess.run([sys.executable, script.name], cwd=folder, env=env,
                            capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr[-3000:]
    accuracy = float(re.findall(r": (\d\.\d{4})\s*$", result.stdout)[-1])
    saved = folder / re.search(r'^MODEL_PATH = "(.*)"$', source, re.MULTILINE).group(1)
    return accuracy, saved


def structure(model: keras.Model) -> list[tuple[str, tuple, int]]:
    return [(type(layer).__name__, tuple(layer.output.shape), layer.count_params())
            for layer in model.layers]


def assert_same_network(saved: Path, source: keras.Model) -> None:
    model = keras.saving.load_model(saved, safe_mode=True)
    assert structure(model) == structure(source)
    assert model.count_params() == source.count_params()


def lenet5_made_elsewhere(path: Path) -> keras.Model:
    """LeNet-5 as a student writes it in plain Keras, outside the app."""
    layers = keras.layers
    model = keras.Sequential([
        keras.Input((28, 28, 1)),
        layers.Conv2D(6, 5, padding="same", activation="tanh"), layers.AveragePooling2D(2),
        layers.Conv2D(16, 5, activation="tanh"), layers.AveragePooling2D(2),
        layers.Flatten(), layers.Dense(120, activation="tanh"),
        layers.Dense(84, activation="tanh"), layers.Dense(10, activation="softmax")])
    model.save(path)
    return model


# The builder's presets (engine.models.layer_stack) and the built-in network each one copies.
PRESETS = {"course": "lecture", "cnn": "cnn", "mlp": "mlp", "lenet5": "lenet5"}


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_the_script_of_each_preset_runs_alone(preset: str, small_mnist: Path,
                                              tmp_path: Path) -> None:
    """The builder's script, and ``main.py code`` for the built-in network it copies."""
    from engine.models import layer_stack
    from engine.training.keras_code import CodeSettings, script

    stack = layer_stack.preset(preset)
    text = script(layer_stack.to_calls(stack), stack.input_shape, CodeSettings(language="en"))
    out = tmp_path / f"{preset}.py"
    assert main(["code", "--model", PRESETS[preset], "--lang", "en", "--out", str(out)]) == 0
    network = re.compile(r"^model = keras\.Sequential\(.*?^\)$", re.MULTILINE | re.DOTALL)
    assert network.search(text).group(0) == network.search(out.read_text("utf-8")).group(0)
    accuracy, saved = run_script(text, small_mnist, tmp_path)
    assert_same_network(saved, layer_stack.to_keras(stack))
    assert_same_network(saved, architectures.build(PRESETS[preset]))
    assert 0.0 <= accuracy <= 1.0
    # "empty" has no layers: nothing to run. "colour" is architectures.build("colour") minus
    # its Normalization layer, which the builder has no row for (tests/engine/training/
    # test_colour_training_code.py compares the two).
    assert set(layer_stack.PRESETS) - set(PRESETS) == {"empty", "colour"}


def test_a_lenet5_made_outside_the_app_gets_its_code(small_mnist: Path, tmp_path: Path) -> None:
    source = lenet5_made_elsewhere(tmp_path / "lenet5.keras")
    out = tmp_path / "lenet.py"
    assert main(["code", "--model", str(tmp_path / "lenet5.keras"), "--out", str(out)]) == 0
    accuracy, saved = run_script(out.read_text(encoding="utf-8"), small_mnist, tmp_path)
    assert_same_network(saved, source)
    assert source.count_params() == 61_706 and accuracy > 0.5  # 600 digits, one epoch


def test_a_branching_network_is_explained_with_exit_2(tmp_path: Path, capsys) -> None:
    inputs = keras.Input((28, 28, 1))
    left = keras.layers.Conv2D(4, 3, name="left")(inputs)
    right = keras.layers.Conv2D(4, 3, name="right")(inputs)
    joined = keras.layers.Concatenate(name="join")([left, right])
    outputs = keras.layers.Dense(10, activation="softmax")(keras.layers.Flatten()(joined))
    keras.Model(inputs, outputs).save(tmp_path / "branch.keras")
    out = tmp_path / "branch.py"
    assert main(["code", "--model", str(tmp_path / "branch.keras"), "--lang", "en",
                 "--out", str(out)]) == 2
    error = capsys.readouterr().err
    assert "right" in error and "keras.Sequential" in error and not out.exists()


def test_the_notebook_builds_and_fits_the_model(small_mnist: Path, tmp_path: Path) -> None:
    out = tmp_path / "lecture.ipynb"
    assert main(["code", "--model", "lecture", "--notebook", str(out)]) == 0
    book = json.loads(out.read_text(encoding="utf-8"))
    assert book["nbformat"] == 4 and book["metadata"]["kernelspec"]["language"] == "python"
    code = ["".join(cell["source"]) for cell in book["cells"] if cell["cell_type"] == "code"]
    assert any(cell["cell_type"] == "markdown" for cell in book["cells"])
    _, saved = run_script("\n\n".join(code) + "\n", small_mnist, tmp_path)
    assert_same_network(saved, architectures.build_lecture_cnn())


def test_train_takes_a_keras_architecture_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CNN_LAB_HOME", str(tmp_path))
    architecture = tmp_path / "lenet5.json"
    architecture.write_text(architectures.build_lenet5().to_json(), encoding="utf-8")
    out = tmp_path / "lenet5.keras"
    assert main(["train", "--architecture", str(architecture), "--dataset", "sample",
                 "--epochs", "1", "--out", str(out)]) == 0
    card = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert card["architecture"] == "lenet5.json" and card["parameters"] == 61_706
    assert card["recipe"]["schedule"] == "constant"
    assert card["test"]["accuracy"] > 0.7  # 3,600 digits, one epoch


def test_bad_architecture_files_are_a_clear_usage_error(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    three = tmp_path / "three.json"
    three.write_text(keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(),
                                       keras.layers.Dense(3, activation="softmax")]).to_json(),
                     encoding="utf-8")
    for path, words in ((broken, "not a readable Keras architecture"), (three, "3 classes")):
        assert main(["train", "--architecture", str(path), "--dataset", "sample", "--epochs",
                     "1", "--out", str(tmp_path / "x.keras")]) == 2
        assert words in capsys.readouterr().err
