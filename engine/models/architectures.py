"""The networks the app ships, written as readable lists of layers (keras-io style).

Each function says *why* its layers are there. TensorFlow/Keras is imported inside the
functions, so importing this module costs nothing (the window must open before TF loads).
"""

from typing import Any

from engine.tensorflow_runtime import require_keras

MNIST_SHAPE = (28, 28, 1)
NUM_CLASSES = 10


def build_cnn(input_shape: tuple[int, int, int] = MNIST_SHAPE,
              num_classes: int = NUM_CLASSES) -> Any:
    """The default CNN for drawings and the webcam: two conv blocks, then a small classifier.

    Two 3×3 convolutions per block see 5×5 regions with fewer weights than one 5×5 kernel;
    batch normalisation after each keeps training fast and stable on a CPU; max pooling halves
    the maps so the second block sees larger shapes; dropout keeps the dense layer from
    memorising the training digits. About 0.27 M parameters: fast on a lab PC.
    """
    keras = require_keras()
    layers = require_keras().layers

    def conv(filters: int, name: str, padding: str = "valid") -> list[Any]:
        # The convolution's bias is redundant before batch normalisation, which adds its own.
        return [layers.Conv2D(filters, 3, padding=padding, use_bias=False, name=name),
                layers.BatchNormalization(name=f"{name}_norm"),
                layers.Activation("relu", name=f"{name}_relu")]

    return keras.Sequential(
        [
            keras.Input(shape=input_shape, name="image"),
            *conv(32, "conv1", "same"),
            *conv(32, "conv2"),
            layers.MaxPooling2D(2, name="pool1"),
            *conv(64, "conv3", "same"),
            *conv(64, "conv4"),
            layers.MaxPooling2D(2, name="pool2"),
            layers.Flatten(name="flatten"),
            layers.Dropout(0.3, name="dropout1"),
            layers.Dense(128, activation="relu", name="dense"),
            layers.Dropout(0.3, name="dropout2"),
            layers.Dense(num_classes, activation="softmax", name="probabilities"),
        ],
        name="cnn",
    )


def build_lecture_cnn(input_shape: tuple[int, int, int] = MNIST_SHAPE,
                      num_classes: int = NUM_CLASSES) -> Any:
    """The course's implementation slide: keras-io's ``mnist_convnet``, layer for layer.

    Conv 32 3×3 → MaxPool 2 → Conv 64 3×3 → MaxPool 2 → Flatten → Dropout 0.5 → Dense 10.
    """
    keras = require_keras()
    layers = require_keras().layers

    return keras.Sequential(
        [
            keras.Input(shape=input_shape, name="image"),
            layers.Conv2D(32, 3, activation="relu", name="conv1"),
            layers.MaxPooling2D(2, name="pool1"),
            layers.Conv2D(64, 3, activation="relu", name="conv2"),
            layers.MaxPooling2D(2, name="pool2"),
            layers.Flatten(name="flatten"),
            layers.Dropout(0.5, name="dropout"),
            layers.Dense(num_classes, activation="softmax", name="probabilities"),
        ],
        name="lecture_cnn",
    )


def build_mlp(input_shape: tuple[int, int, int] = MNIST_SHAPE,
              num_classes: int = NUM_CLASSES) -> Any:
    """A fully connected network with about as many parameters as the lecture CNN (≈35 k).

    Every neuron of the first layer sees every pixel: the MLP side of the deck's MLP × CNN.
    44 hidden units × 784 pixels ≈ 34.5 k weights, so the comparison is fair in size.
    """
    keras = require_keras()
    layers = require_keras().layers

    return keras.Sequential(
        [
            keras.Input(shape=input_shape, name="image"),
            layers.Flatten(name="flatten"),
            layers.Dense(44, activation="relu", name="hidden"),
            layers.Dropout(0.2, name="dropout"),
            layers.Dense(num_classes, activation="softmax", name="probabilities"),
        ],
        name="mlp",
    )


def build_lenet5(input_shape: tuple[int, int, int] = MNIST_SHAPE,
                 num_classes: int = NUM_CLASSES) -> Any:
    """LeCun et al.'s LeNet-5 (1998) as it is usually written in Keras: 61,706 parameters.

    "same" padding on the first convolution stands for the paper's 32×32 input (MNIST digits
    padded by 2 px); tanh and average pooling are the paper's; the paper's partial C3
    connections and RBF output are replaced by a full convolution and a softmax, as everyone does.
    """
    keras = require_keras()
    layers = require_keras().layers

    return keras.Sequential(
        [
            keras.Input(shape=input_shape, name="image"),
            layers.Conv2D(6, 5, padding="same", activation="tanh", name="c1"),
            layers.AveragePooling2D(2, name="s2"),
            layers.Conv2D(16, 5, activation="tanh", name="c3"),
            layers.AveragePooling2D(2, name="s4"),
            layers.Flatten(name="flatten"),
            layers.Dense(120, activation="tanh", name="c5"),
            layers.Dense(84, activation="tanh", name="f6"),
            layers.Dense(num_classes, activation="softmax", name="probabilities"),
        ],
        name="lenet5",
    )


CIFAR_SHAPE = (32, 32, 3)
# CIFAR-10's mean and standard deviation per channel (R, G, B) on the 0–1 scale, measured on its
# training photos: the network starts from inputs centred on 0 with unit spread.
CIFAR_MEAN = (0.4914, 0.4822, 0.4465)
CIFAR_STD = (0.2470, 0.2435, 0.2616)


def build_colour_cnn(input_shape: tuple[int, int, int] = CIFAR_SHAPE,
                     num_classes: int = NUM_CLASSES) -> Any:
    """The colour CNN for CIFAR-10's photos: three blocks of two 3×3 convolutions, 0.29 M weights.

    Each block doubles the filters (32, 64, 128) while pooling halves the map, so every layer
    costs about the same. Batch normalisation after each convolution lets SGD use a high rate;
    global average pooling instead of a big dense layer keeps the parameters few and makes
    every last-block map a "where is this class" detector (Grad-CAM reads it). With flips and
    crops and a one-cycle schedule it reaches about 86 % in 40 epochs on two CPU cores.
    """
    keras = require_keras()
    layers = require_keras().layers

    def conv(filters: int, name: str) -> list[Any]:
        return [layers.Conv2D(filters, 3, padding="same", use_bias=False, name=name),
                layers.BatchNormalization(name=f"{name}_norm"),
                layers.Activation("relu", name=f"{name}_relu")]

    blocks = []
    for index, filters in enumerate((32, 64, 128), start=1):
        blocks += [*conv(filters, f"conv{2 * index - 1}"), *conv(filters, f"conv{2 * index}"),
                   layers.MaxPooling2D(2, name=f"pool{index}")]
    # Grey images (a colour network built for grey data) get the channels' average statistics.
    mean = list(CIFAR_MEAN) if input_shape[2] == 3 else [sum(CIFAR_MEAN) / 3]
    variance = [std * std for std in (CIFAR_STD if input_shape[2] == 3
                                      else [sum(CIFAR_STD) / 3])]
    return keras.Sequential(
        [
            keras.Input(shape=input_shape, name="image"),
            layers.Normalization(mean=mean, variance=variance, name="normalise"),
            *blocks,
            layers.GlobalAveragePooling2D(name="average"),
            layers.Dense(num_classes, activation="softmax", name="probabilities"),
        ],
        name="colour_cnn",
    )


ARCHITECTURES = {"cnn": build_cnn, "lecture": build_lecture_cnn, "mlp": build_mlp,
                 "lenet5": build_lenet5, "colour": build_colour_cnn}


def build(kind: str, input_shape: tuple[int, int, int] = MNIST_SHAPE,
          num_classes: int = NUM_CLASSES) -> Any:
    """Build one of ``ARCHITECTURES`` by key ("cnn", "lecture", "mlp", "lenet5" or "colour")."""
    if kind not in ARCHITECTURES:
        raise ValueError(f"Unknown model {kind!r}; choose one of {sorted(ARCHITECTURES)}.")
    return ARCHITECTURES[kind](input_shape, num_classes)
