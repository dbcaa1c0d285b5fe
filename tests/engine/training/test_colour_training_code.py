"""The colour class run as Keras code and as a builder preset: what the script writes is what
the trainer does (the one-cycle rates, SGD's momentum and weight decay, the photos' flips and
shifts, CIFAR-10 in CNN Lab's order), and the preset is the shipped colour CNN's layers."""

from pathlib import Path

import cv2
import numpy as np
import pytest

from engine.datasets.cifar import load_cifar10
from engine.models import architectures
from engine.models.layer_stack import analyse, preset, to_calls, to_keras
from engine.training.class_runs import COLOUR_CLASS_RUN
from engine.training.keras_code import CIFAR_LOAD, CodeSettings, script, sections
from engine.training.trainer import TrainConfig, _optimizer

SHAPE = (32, 32, 3)


def class_run_sections(**changes: object) -> list:
    settings = CodeSettings.from_train_config(COLOUR_CLASS_RUN.config, dataset="cifar10",
                                              language="en")
    settings = CodeSettings(**{**settings.__dict__, **changes})
    return sections(list(to_calls(preset("colour", SHAPE, 10))), SHAPE, settings)


def test_the_colour_preset_is_the_shipped_colour_cnn_without_its_normalisation() -> None:
    stack = preset("colour", SHAPE, 10)
    assert analyse(stack).valid
    built, shipped = to_keras(stack), architectures.build("colour", SHAPE, 10)
    trainable = sum(int(np.prod(w.shape)) for w in built.trainable_weights)
    assert trainable == sum(int(np.prod(w.shape)) for w in shipped.trainable_weights)
    kinds = [layer.__class__.__name__ for layer in built.layers]
    assert kinds.count("Conv2D") == 6 and kinds.count("MaxPooling2D") == 3
    assert kinds[-2:] == ["GlobalAveragePooling2D", "Dense"]


def test_the_class_run_is_sgd_with_momentum_one_cycle_and_augmentation() -> None:
    config = COLOUR_CLASS_RUN.config
    assert (COLOUR_CLASS_RUN.dataset, COLOUR_CLASS_RUN.preset) == ("cifar10", "colour")
    assert (config.optimizer, config.schedule, config.augment) == ("sgd", "one_cycle", True)
    assert config.momentum == 0.9 and config.weight_decay > 0 and config.epochs <= 3


def test_the_scripts_optimizer_is_the_trainers_rate_for_rate() -> None:
    """Run the script's compile step and compare its rates and options with the trainer's."""
    import keras

    compile_step = next(section.code for section in class_run_sections()
                        if "CosineDecay" in section.code)
    config = COLOUR_CLASS_RUN.config
    x_train = np.zeros((45_000, 1), np.uint8)  # only its length matters here

    class Model:
        def compile(self, optimizer: object, **_kw: object) -> None:
            self.optimizer = optimizer

    space = {"keras": keras, "np": np, "EPOCHS": config.epochs,
             "BATCH_SIZE": config.batch_size, "LEARNING_RATE": config.learning_rate,
             "MOMENTUM": config.momentum, "WEIGHT_DECAY": config.weight_decay,
             "x_train": x_train, "training_model": Model()}
    exec(compile_step, space)  # our own generated code
    theirs = space["training_model"].optimizer
    steps = config.epochs * int(np.ceil(len(x_train) / config.batch_size))
    ours = _optimizer(config, steps)
    for step in (0, steps // 10, steps // 5, steps // 2, steps - 1):
        assert float(theirs.learning_rate_schedule(step) if hasattr(
            theirs, "learning_rate_schedule") else theirs._learning_rate(step)) == \
            pytest.approx(float(ours._learning_rate(step)), rel=1e-6)
    assert theirs.momentum == ours.momentum == pytest.approx(0.9)
    assert theirs.nesterov and ours.nesterov
    assert theirs.weight_decay == ours.weight_decay == pytest.approx(config.weight_decay)


def test_a_constant_adam_script_has_no_momentum_or_decay() -> None:
    code = "\n".join(section.code for section in class_run_sections(
        optimizer="adam", schedule="constant", weight_decay=0.0))
    assert "MOMENTUM" not in code and "WEIGHT_DECAY" not in code and "CosineDecay" not in code
    assert "optimizer = keras.optimizers.Adam(learning_rate=LEARNING_RATE)" in code


def test_photos_are_flipped_and_shifted_not_tilted_like_digits() -> None:
    code = script(list(to_calls(preset("colour", SHAPE, 10))), SHAPE,
                  CodeSettings.from_train_config(COLOUR_CLASS_RUN.config, dataset="cifar10"))
    compile(code, "class_run.py", "exec")
    assert 'layers.RandomFlip("horizontal")' in code
    assert 'layers.RandomTranslation(0.125, 0.125, fill_mode="reflect")' in code
    assert "RandomRotation" not in code and "RandomShear" not in code
    assert "fotos coloridas" in code  # the comments follow the language (pt_BR by default)


def test_the_script_reads_cnn_labs_cifar_file_in_cnn_labs_order(tmp_path: Path) -> None:
    """A small file in the shipped format: the script's decoding gives the loader's photos."""
    import tensorflow as tf

    rng = np.random.default_rng(3)
    arrays: dict[str, np.ndarray] = {}
    for split, count in (("train", 12), ("test", 5)):
        blobs = [cv2.imencode(".jpg", rng.integers(0, 256, SHAPE, np.uint8))[1].ravel()
                 for _ in range(count)]
        arrays[f"{split}_jpeg"] = np.concatenate(blobs)
        arrays[f"{split}_offsets"] = np.cumsum([0, *map(len, blobs)]).astype(np.int64)
        arrays[f"{split}_y"] = (np.arange(count) % 10).astype(np.uint8)
    path = tmp_path / "cifar.npz"
    np.savez(path, **arrays)
    space = {"np": np, "tf": tf, "os": __import__("os"), "DATA_PATH": str(path)}
    exec(CIFAR_LOAD.format(seed=10), space)  # our own generated code
    loaded = load_cifar10(path)
    np.testing.assert_array_equal(space["y_train"], loaded.y_train)
    np.testing.assert_array_equal(space["y_test"], loaded.y_test)
    # Two JPEG decoders round a level or two apart (most on noise like this); the photos and
    # their order are the same: each decoded photo is nearest the loader's photo at its place.
    ours, theirs = space["x_train"].astype(float), loaded.x_train.astype(float)
    distances = np.abs(ours[:, None] - theirs[None]).mean(axis=(2, 3, 4))
    np.testing.assert_array_equal(distances.argmin(axis=1), np.arange(len(ours)))
    assert distances.diagonal().max() < 3.0


def test_the_trainers_config_reaches_the_code_settings() -> None:
    config = TrainConfig(optimizer="sgd", momentum=0.8, weight_decay=1e-4, schedule="one_cycle")
    settings = CodeSettings.from_train_config(config, dataset="cifar10")
    assert (settings.momentum, settings.weight_decay, settings.schedule) == (
        0.8, 1e-4, "one_cycle")
