"""Models: the shipped architectures, safe loading with clear errors, atomic saving."""

import zipfile
from pathlib import Path

import keras
import numpy as np
import pytest

from engine.models import architectures
from engine.models.io import (
    ModelLoadError,
    class_names,
    input_spec,
    load_card,
    load_model,
    save_model,
)


@pytest.fixture(scope="module")
def lecture_model() -> keras.Model:
    keras.utils.set_random_seed(1)
    return architectures.build_lecture_cnn()


def test_the_lecture_cnn_is_keras_ios_mnist_convnet(lecture_model: keras.Model) -> None:
    kinds = [type(layer).__name__ for layer in lecture_model.layers]
    assert kinds == ["Conv2D", "MaxPooling2D", "Conv2D", "MaxPooling2D", "Flatten", "Dropout",
                     "Dense"]
    assert lecture_model.count_params() == 34_826  # as printed in keras-io's example


def test_the_mlp_is_about_as_big_as_the_lecture_cnn(lecture_model: keras.Model) -> None:
    mlp = architectures.build_mlp()
    assert all(type(layer).__name__ in ("Flatten", "Dense", "Dropout") for layer in mlp.layers)
    assert abs(mlp.count_params() - lecture_model.count_params()) < 0.05 * 34_826


def test_unknown_architecture_is_refused() -> None:
    with pytest.raises(ValueError, match="cnn"):
        architectures.build("resnet")


def test_save_and_load_keep_the_predictions(lecture_model: keras.Model, tmp_path: Path) -> None:
    path = save_model(lecture_model, tmp_path / "m.keras", {"class_names": list("abcdefghij")})
    loaded = load_model(path)
    x = np.random.default_rng(0).random((4, 28, 28, 1), dtype=np.float32)
    np.testing.assert_allclose(loaded(x), lecture_model(x), atol=1e-6)
    assert class_names(loaded, load_card(path))[:3] == ["a", "b", "c"]
    assert class_names(loaded, {}) == [str(i) for i in range(10)]


def test_saving_leaves_only_the_model_and_its_card(lecture_model: keras.Model,
                                                   tmp_path: Path) -> None:
    save_model(lecture_model, tmp_path / "m.keras", {"name": "m"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.json", "m.keras"]


def test_an_interrupted_save_keeps_the_old_file(lecture_model: keras.Model, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = save_model(lecture_model, tmp_path / "m.keras")
    before = path.read_bytes()

    def crash_half_way(self: keras.Model, target: str | Path, *args: object,
                       **kwargs: object) -> None:
        Path(target).write_bytes(before[: len(before) // 2])  # a partial file, then the crash
        raise OSError("disk full")

    monkeypatch.setattr(keras.Model, "save", crash_half_way)
    with pytest.raises(OSError, match="disk full"):
        save_model(lecture_model, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.keras"]
    monkeypatch.undo()
    load_model(path)


def write_truncated(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes()[: source.stat().st_size // 2])
    return target


def two_input_model() -> keras.Model:
    a, b = keras.Input((28, 28, 1)), keras.Input((28, 28, 1))
    joined = keras.layers.Concatenate()([keras.layers.Flatten()(a), keras.layers.Flatten()(b)])
    return keras.Model([a, b], keras.layers.Dense(10)(joined))


def vector_model() -> keras.Model:
    return keras.Sequential([keras.Input((10,)), keras.layers.Dense(3)])


def image_to_image_model() -> keras.Model:
    return keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Conv2D(1, 3)])


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda tmp, good: tmp / "missing.keras", "no such model file"),
        (lambda tmp, good: _write(tmp / "text.keras", b"hello, not a model"), "not a Keras model"),
        (lambda tmp, good: write_truncated(good, tmp / "half.keras"), "not a Keras model"),
        (lambda tmp, good: _zip(tmp / "empty.keras"), "not a Keras model"),
        (lambda tmp, good: _zip(tmp / "bad.keras", "config.json"), "could not read"),
        (lambda tmp, good: _save(two_input_model(), tmp / "two.keras"), "one image input"),
        (lambda tmp, good: _save(vector_model(), tmp / "vector.keras"), "not an image"),
        (lambda tmp, good: _save(image_to_image_model(), tmp / "maps.keras"),
         "not one score per class"),
    ],
)
def test_unusable_files_raise_one_clear_error(make: object, words: str, tmp_path: Path,
                                              lecture_model: keras.Model) -> None:
    good = save_model(lecture_model, tmp_path / "good.keras")
    path = make(tmp_path, good)
    with pytest.raises(ModelLoadError) as caught:
        load_model(path)
    assert path.name in str(caught.value) and words in str(caught.value)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _zip(path: Path, member: str = "readme.txt") -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(member, "{not the config of any model")
    return path


def _save(model: keras.Model, path: Path) -> Path:
    model.save(path)
    return path


def test_input_spec_describes_grey_rgb_and_rescaling_models() -> None:
    grey = architectures.build_mlp()
    assert (input_spec(grey).channels, input_spec(grey).scale_255) == (1, False)
    rgb = keras.Sequential([keras.Input((32, 40, 3)), keras.layers.Rescaling(1 / 255),
                            keras.layers.Flatten(), keras.layers.Dense(4)])
    spec = input_spec(rgb)
    assert (spec.height, spec.width, spec.channels, spec.scale_255) == (32, 40, 3, True)


def test_a_trained_model_is_saved_without_its_optimizer_state(tmp_path: Path) -> None:
    keras.utils.set_random_seed(3)
    model = architectures.build_lecture_cnn()
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    x = np.random.default_rng(1).random((32, 28, 28, 1), dtype=np.float32)
    model.fit(x, np.arange(32) % 10, epochs=1, verbose=0)
    small = save_model(model, tmp_path / "small.keras")
    full = save_model(model, tmp_path / "full.keras", include_optimizer=True)
    assert small.stat().st_size < 0.5 * full.stat().st_size  # Adam's state is 2× the weights
    np.testing.assert_allclose(load_model(small)(x), model(x), atol=1e-6)


def test_each_way_a_model_file_is_unusable_has_its_kind(tmp_path: Path) -> None:
    """The GUI words each kind in the interface language; the detail keeps Keras's text."""
    cases = {
        tmp_path / "missing.keras": ModelLoadError.MISSING,
        _write(tmp_path / "text.keras", b"hello"): ModelLoadError.NOT_KERAS,
        _zip(tmp_path / "bad.keras", "config.json"): ModelLoadError.UNREADABLE,
        _save(vector_model(), tmp_path / "vector.keras"): ModelLoadError.NOT_CLASSIFIER,
    }
    for path, kind in cases.items():
        with pytest.raises(ModelLoadError) as caught:
            load_model(path)
        assert caught.value.kind == kind, path.name
        assert caught.value.detail, path.name
