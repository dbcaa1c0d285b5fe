"""The Keras code generator in process: layers from any model, the script's text, the notebook.

The scripts are *run* in ``tests/engine/cli/test_code_command.py`` (subprocesses); here the
network part of the code is executed in process against Keras, which is fast.
"""

import json
import re

import keras
import pytest

from engine.models import architectures
from engine.models.layer_call import LayerCall
from engine.training.keras_code import (
    CodeSettings,
    NotSequentialError,
    layer_calls_from_model,
    layer_line,
    notebook,
    script,
    script_for_model,
    sections,
)
from engine.training.trainer import TrainConfig


def build_from_code(code: str) -> keras.Model:
    """Run the script's network step (``model = keras.Sequential([...])``) and return it."""
    namespace = {"keras": keras, "layers": keras.layers}
    exec(code.replace("model.summary()", ""), namespace)  # our own generated code
    return namespace["model"]


def network_code(calls: list[LayerCall], shape: tuple[int, ...] = (28, 28, 1)) -> str:
    found = [s.code for s in sections(calls, shape, CodeSettings()) if "keras.Sequential" in
             s.code and "model = " in s.code]
    return found[0]


def structure(model: keras.Model) -> list[tuple[str, tuple, int]]:
    return [(type(layer).__name__, tuple(layer.output.shape), layer.count_params())
            for layer in model.layers]


def chain_with_odd_layers() -> keras.Model:
    """A functional plain chain using layers the builder never makes (a file from elsewhere)."""
    inputs = keras.Input((28, 28, 1))
    x = keras.layers.Rescaling(1 / 255)(inputs)
    x = keras.layers.Conv2D(8, (3, 5), strides=2, kernel_initializer="he_normal",
                            kernel_regularizer=keras.regularizers.L2(1e-4))(x)
    x = keras.layers.ReLU(max_value=6.0)(x)
    x = keras.layers.BatchNormalization(momentum=0.9)(x)
    x = keras.layers.MaxPooling2D(3, strides=1, padding="same")(x)
    x = keras.layers.Reshape((-1,))(x)
    x = keras.layers.Dense(10)(x)
    return keras.Model(inputs, keras.layers.Activation("softmax")(x))


@pytest.mark.parametrize("kind", sorted(architectures.ARCHITECTURES))
def test_the_written_network_is_the_source_network(kind: str) -> None:
    source = architectures.build(kind)
    rebuilt = build_from_code(network_code(layer_calls_from_model(source)))
    assert structure(rebuilt) == structure(source)
    assert rebuilt.count_params() == source.count_params()


def test_layers_are_written_as_keras_people_write_them() -> None:
    lines = [layer_line(c) for c in layer_calls_from_model(architectures.build_lecture_cnn())]
    assert lines == ['layers.Conv2D(32, 3, activation="relu")', "layers.MaxPooling2D(2)",
                     'layers.Conv2D(64, 3, activation="relu")', "layers.MaxPooling2D(2)",
                     "layers.Flatten()", "layers.Dropout(0.5)",
                     'layers.Dense(10, activation="softmax")']
    assert architectures.build_lenet5().count_params() == 61_706


def test_any_plain_chain_of_keras_layers_is_written_with_its_settings() -> None:
    source = chain_with_odd_layers()
    calls = layer_calls_from_model(source)
    assert [c.class_name for c in calls] == ["Rescaling", "Conv2D", "ReLU", "BatchNormalization",
                                              "MaxPooling2D", "Reshape", "Dense", "Activation"]
    code = network_code(calls)
    assert "layers.Rescaling(1 / 255)" in code and "keras.regularizers.L2(l2=0.0001)" in code
    assert "keras.initializers.HeNormal()" in code and "momentum=0.9" in code
    assert "(3, 5)," in code and "strides=2" in code  # long: one argument per line
    assert "name=" not in code and "dtype" not in code and "trainable" not in code
    rebuilt = build_from_code(code)
    assert structure(rebuilt) == [(n, s, p) for n, s, p in structure(source)[1:]]


def branching() -> keras.Model:
    inputs = keras.Input((28, 28, 1))
    left = keras.layers.Conv2D(4, 3, name="left")(inputs)
    right = keras.layers.Conv2D(4, 3, name="right")(inputs)
    joined = keras.layers.Add(name="join")([left, right])
    return keras.Model(inputs, keras.layers.Dense(10)(keras.layers.Flatten()(joined)))


def shared() -> keras.Model:
    inputs = keras.Input((8,))
    dense = keras.layers.Dense(8, name="twice")
    return keras.Model(inputs, dense(dense(inputs)))


def two_outputs() -> keras.Model:
    inputs = keras.Input((8,))
    return keras.Model(inputs, [keras.layers.Dense(2)(inputs), keras.layers.Dense(3)(inputs)],
                       name="two_heads")


def with_lambda() -> keras.Model:
    return keras.Sequential([keras.Input((8,)), keras.layers.Lambda(lambda x: x * 2,
                                                                    name="double"),
                             keras.layers.Dense(2)])


class Doubler(keras.layers.Layer):
    def call(self, x):
        return x * 2


class Subclassed(keras.Model):
    def __init__(self) -> None:
        super().__init__(name="mine")
        self.dense = keras.layers.Dense(2)

    def call(self, x):
        return self.dense(x)


def with_custom_layer() -> keras.Model:
    return keras.Sequential([keras.Input((8,)), Doubler(name="doubler"), keras.layers.Dense(2)])


@pytest.mark.parametrize(("make", "kind", "layer"), [
    (branching, "branch", "right"), (shared, "shared", "twice"),
    (two_outputs, "outputs", "two_heads"), (with_lambda, "lambda", "double"),
    (with_custom_layer, "custom", "doubler"), (Subclassed, "custom", "mine")])
def test_networks_that_are_not_a_sequential_are_explained(make, kind: str, layer: str) -> None:
    with pytest.raises(NotSequentialError) as caught:
        layer_calls_from_model(make())
    assert caught.value.kind == kind and layer in caught.value.layer
    english, portuguese = caught.value.message("en"), caught.value.message("pt_BR")
    assert layer in english and layer in portuguese and english != portuguese
    assert any(word in english for word in ("Sequential", "Lambda", "keras.layers"))


def test_a_nested_sequential_is_flattened_into_the_list() -> None:
    inner = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Conv2D(4, 3)])
    outer = keras.Sequential([keras.Input((28, 28, 1)), inner, keras.layers.Flatten(),
                              keras.layers.Dense(10, activation="softmax")])
    assert [c.class_name for c in layer_calls_from_model(outer)] == ["Conv2D", "Flatten",
                                                                     "Dense"]


def constants(text: str) -> dict[str, str]:
    return dict(re.findall(r"^([A-Z_]+) = (.+)$", text, flags=re.MULTILINE))


def test_the_script_has_its_constants_on_top_and_never_loads_the_network() -> None:
    settings = CodeSettings(epochs=3, batch_size=64, learning_rate=0.002, seed=7, limit=3000)
    text = script_for_model(architectures.build_lecture_cnn(), settings)
    compile(text, "s.py", "exec")
    values = constants(text)
    assert values["EPOCHS"] == "3" and values["BATCH_SIZE"] == "64" and values["SEED"] == "7"
    assert values["LEARNING_RATE"] == "0.002" and values["LIMIT"] == "3000"
    assert values["DATA_PATH"].endswith('mnist.npz"') and values["MODEL_PATH"] == '"model.keras"'
    assert "model_from_json" not in text and "load_model" not in text
    assert "keras.Sequential(" in text and "model.fit(" in text and "model.save(MODEL_PATH)" in text
    assert "import engine" not in text and "from engine" not in text
    assert "CosineDecay" not in text  # a constant rate unless a schedule is chosen
    assert "CosineDecay(LEARNING_RATE" in script_for_model(
        architectures.build_mlp(), CodeSettings(schedule="cosine"))


def test_comments_follow_the_interface_language() -> None:
    model = architectures.build_lecture_cnn()
    portuguese = script_for_model(model, CodeSettings(language="pt_BR"))
    english = script_for_model(model, CodeSettings(language="en"))
    assert "taxa de aprendizado" in portuguese and "época" in portuguese
    assert "learning rate" in english and "taxa de aprendizado" not in english
    strip = [line for line in portuguese.splitlines() if not line.lstrip().startswith("#")]
    assert len(strip) > 40


def test_augmentation_is_keras_layers_kept_out_of_the_saved_model() -> None:
    text = script_for_model(architectures.build_lecture_cnn(), CodeSettings(augment=True))
    assert "layers.RandomRotation(" in text and "layers.RandomZoom(" in text
    assert "training_model = keras.Sequential([augment, model])" in text
    assert "training_model.fit(" in text and "model.save(MODEL_PATH)" in text
    compile(text, "s.py", "exec")


def test_the_sample_and_a_file_without_test_set(tmp_path) -> None:
    import numpy as np

    text = script_for_model(architectures.build_mlp(), CodeSettings(dataset="sample"))
    assert "default_rng(20240)" in text and "[:500]" in text
    data = tmp_path / "mine.npz"
    np.savez(data, x_train=np.zeros((10, 28, 28), np.uint8), y_train=np.arange(10))
    text = script_for_model(architectures.build_mlp(), CodeSettings(dataset=str(data)))
    assert "evaluate(x_val, y_val" in text and "prepare(x_test)" not in text


def test_the_notebook_is_nbformat_4_with_the_scripts_code() -> None:
    calls = layer_calls_from_model(architectures.build_lecture_cnn())
    book = notebook(calls, (28, 28, 1), CodeSettings(language="en"))
    json.dumps(book)  # plain JSON
    assert book["nbformat"] == 4 and book["nbformat_minor"] == 5
    assert book["metadata"]["kernelspec"]["name"] == "python3"
    assert book["metadata"]["language_info"]["name"] == "python"
    ids = [cell["id"] for cell in book["cells"]]
    assert len(set(ids)) == len(ids)
    code = [cell for cell in book["cells"] if cell["cell_type"] == "code"]
    assert all(cell["outputs"] == [] and cell["execution_count"] is None for cell in code)
    assert all(isinstance(cell["source"], list) for cell in book["cells"])
    joined = "\n\n".join("".join(cell["source"]) for cell in code)
    compile(joined, "notebook", "exec")
    assert "keras.Sequential(" in joined


def test_settings_come_from_the_trainers_config() -> None:
    config = TrainConfig(epochs=3, batch_size=32, learning_rate=0.01, optimizer="sgd",
                         augment=True, seed=4)
    settings = CodeSettings.from_train_config(config, dataset="sample", language="en")
    assert (settings.epochs, settings.batch_size, settings.learning_rate) == (3, 32, 0.01)
    assert settings.optimizer == "sgd" and settings.augment and settings.seed == 4
    assert settings.schedule == "constant" == TrainConfig().schedule
    assert settings.dataset == "sample" and settings.language == "en"
    assert "keras.optimizers.SGD(learning_rate=LEARNING_RATE)" in script(
        layer_calls_from_model(architectures.build_mlp()), (28, 28, 1), settings)


def test_the_facts_repeated_from_datasets_and_training_are_theirs() -> None:
    from pathlib import Path

    from engine.datasets import builtin
    from engine.training import augment, keras_code

    assert str(Path(builtin.mnist_path()).resolve()) == keras_code.data_path(CodeSettings())
    repeated = keras_code.FASHION_DIR, keras_code.AUGMENT_RANGES
    assert repeated == (str(builtin.FASHION_DIR), {
        "rotation_degrees": augment.ROTATION_DEGREES, "shear": augment.SHEAR,
        "zoom": augment.ZOOM[1], "shift_pixels": augment.SHIFT_PIXELS})
    assert augment.ZOOM[0] == pytest.approx(2 - augment.ZOOM[1])  # RandomZoom's range is symmetric
