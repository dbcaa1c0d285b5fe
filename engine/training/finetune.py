"""Fine-tune a digit model on "My digits": a few epochs, a low rate, MNIST mixed in.

Why each choice:

- A *copy* of the model trains (``clone_model`` + the same weights): the model in use keeps
  answering in the other tabs, and stays as it was if the run is stopped or disappoints.
- MNIST is mixed in (about three quarters of every epoch): trained on a few dozen digits
  alone, the network would forget what MNIST taught it and read everyone else's digits worse.
  Its accuracy on MNIST is measured before and after, so a loss there shows.
- The person's digits are repeated (up to ``MAX_REPEATS`` times) so that they make up about a
  quarter of what the network sees, instead of 1 % — otherwise a few epochs barely move it.
- A low learning rate (5·10⁻⁴, gliding down) and 3 epochs: the network adjusts what it
  knows instead of starting over. Measured on the lecture CNN with 30 shifted, thickened
  digits: 33 % → 97 % on them, 77 % on other digits distorted the same way, MNIST 99 % → 98 %.
- Honesty: accuracy on digits the network trained on is optimistic (it may have memorised
  them). From ``HOLD_OUT_FROM`` digits on, a fifth of each class is held back, never trained
  on, and measured separately; below that there are too few to spare, and the result says so.

TensorFlow is imported inside functions (through ``engine.training.trainer``), as everywhere.
"""

import datetime
import time
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from engine.datasets.base import Dataset, stratified_split
from engine.tensorflow_runtime import require_keras
from engine.training.evaluation import evaluation_set
from engine.training.trainer import EpochEvent, TrainConfig, TrainingMonitor, evaluate, train

MIN_DIGITS = 10  # fewer than this cannot move a network in any useful direction
MIN_CLASSES = 2  # one digit only would teach the network that every digit is that one
HOLD_OUT_FROM = 50  # from here on, a share of the digits is kept aside for an honest measure
HOLD_OUT_FRACTION = 0.2
HOLD_OUT_SEED = 7
MNIST_IMAGES = 3000  # per epoch: enough to remember MNIST, few enough for ~1–5 s an epoch
MNIST_CHECK_IMAGES = 500  # test images that show whether MNIST is still read as well
MY_SHARE = 0.25  # the person's digits' share of each epoch, reached by repeating them
MAX_REPEATS = 20


class FineTuneError(ValueError):
    """Fine-tuning cannot run (too few digits, a model that does not read 28×28 digits)."""


@dataclass(frozen=True)
class FineTuneSettings:
    epochs: int = 3
    learning_rate: float = 5e-4
    batch_size: int = 64
    mnist_images: int = MNIST_IMAGES
    seed: int = 0


@dataclass(frozen=True)
class Scores:
    """Accuracies (0–1) of one model: on the person's digits and on MNIST test images."""

    trained_digits: float  # the digits it trains on (optimistic after training)
    held_out_digits: float | None  # digits kept aside (None: too few to keep any aside)
    mnist: float  # on every MNIST test image, as the Evaluation tab measures it


@dataclass
class FineTuneResult:
    model: Any  # the fine-tuned copy; the original is untouched
    before: Scores
    after: Scores
    trained_on: int  # how many of the person's digits it trained on
    held_out: int  # how many were kept aside for the honest measure
    repeats: int
    mnist_images: int
    mnist_name: str
    mnist_measured_on: int  # how many MNIST images ``Scores.mnist`` counts (the test split)
    stopped: bool
    seconds: float
    history: list[EpochEvent] = field(default_factory=list)


def check_collection(y: np.ndarray) -> None:
    """Raise FineTuneError with a plain explanation when there are too few digits or classes."""
    if len(y) < MIN_DIGITS:
        raise FineTuneError(f"Only {len(y)} digit(s) in the collection; fine-tuning needs at "
                            f"least {MIN_DIGITS} (a few of each digit the network gets wrong is "
                            "a good start).")
    if len(np.unique(y)) < MIN_CLASSES:
        raise FineTuneError(f"All the digits in the collection are of one class; fine-tuning "
                            f"needs at least {MIN_CLASSES} different digits, or the network "
                            "learns that every digit is that one.")


def collection_problem(y: np.ndarray) -> str | None:
    """Which rule a collection breaks: "too few digits", "one class", or None."""
    if len(y) < MIN_DIGITS:
        return "too few digits"
    if len(np.unique(y)) < MIN_CLASSES:
        return "one class"
    return None


def check_model(model: Any) -> None:
    """The model must read one 28×28 grey image and answer with ten digit classes."""
    shape = tuple(model.inputs[0].shape[1:])
    classes = int(model.outputs[0].shape[-1])
    if shape[:2] != (28, 28) or (len(shape) == 3 and shape[2] != 1) or classes != 10:
        raise FineTuneError(f"This model reads {shape} images into {classes} classes; "
                            "fine-tuning on your digits needs a digit model (28×28 grey in, "
                            "10 classes out).")


def split_for_fine_tuning(y: np.ndarray, seed: int = HOLD_OUT_SEED
                          ) -> tuple[np.ndarray, np.ndarray]:
    """Indices (train, held out): a stratified fifth held out from HOLD_OUT_FROM digits on."""
    if len(y) < HOLD_OUT_FROM:
        return np.arange(len(y)), np.zeros(0, np.int64)
    return stratified_split(y, HOLD_OUT_FRACTION, seed)


def mix_with_mnist(x_mine: np.ndarray, y_mine: np.ndarray, x_mnist: np.ndarray,
                   y_mnist: np.ndarray, count: int, seed: int
                   ) -> tuple[np.ndarray, np.ndarray, int]:
    """``count`` random MNIST images plus the person's digits repeated to about MY_SHARE.

    Returns (x, y, repeats). ``train`` shuffles, so each batch gets its share of both.
    """
    rng = np.random.default_rng(seed)
    picked = rng.choice(len(x_mnist), size=min(count, len(x_mnist)), replace=False)
    wanted = MY_SHARE / (1.0 - MY_SHARE) * len(picked)  # copies of my digits for that share
    repeats = int(np.clip(round(wanted / max(len(x_mine), 1)), 1, MAX_REPEATS))
    x = np.concatenate([x_mnist[picked], np.repeat(x_mine, repeats, axis=0)])
    y = np.concatenate([y_mnist[picked], np.repeat(y_mine, repeats)]).astype(np.int64)
    return x, y, repeats


def copy_model(model: Any) -> Any:
    """A new model with the same layers and weights; training it leaves ``model`` alone."""
    keras = require_keras()

    clone = keras.models.clone_model(model)
    clone.set_weights(model.get_weights())
    return clone


def _mnist_check(mnist: Dataset, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """MNIST images the fine-tuning never trains on: test images, else a training slice."""
    x, y = (mnist.x_test, mnist.y_test) if mnist.has_test else (mnist.x_train, mnist.y_train)
    picked = np.random.default_rng(seed).choice(len(x), min(MNIST_CHECK_IMAGES, len(x)),
                                                replace=False)
    return x[picked], y[picked]


def _mnist_measure(mnist: Dataset) -> tuple[np.ndarray, np.ndarray]:
    """The MNIST images the before/after figure counts: the very set the Evaluation tab uses
    (the test split), so the two tabs give the same figure for the same model."""
    chosen = evaluation_set(mnist)
    return chosen.x, chosen.y


def _scores(predictor: Any, mine: tuple[np.ndarray, np.ndarray],
            held: tuple[np.ndarray, np.ndarray], mnist: tuple[np.ndarray, np.ndarray]) -> Scores:
    def accuracy(x: np.ndarray, y: np.ndarray) -> float:
        return evaluate(predictor.model, x, y, predictor=predictor).accuracy

    return Scores(accuracy(*mine), accuracy(*held) if len(held[1]) else None, accuracy(*mnist))


def fine_tune(model: Any, x_mine: np.ndarray, y_mine: np.ndarray, mnist: Dataset,
              settings: FineTuneSettings | None = None,
              monitor: TrainingMonitor | None = None) -> FineTuneResult:
    """Fine-tune a copy of ``model`` on the person's digits mixed with ``mnist``.

    ``x_mine`` are uint8 (N, 28, 28) digits and ``y_mine`` their labels (``MyDigits``
    ``load_images``). Runs in the calling thread; ``monitor`` sees every batch and may stop.
    """
    settings = settings or FineTuneSettings()
    check_collection(y_mine)
    check_model(model)
    started = time.perf_counter()
    train_index, held_index = split_for_fine_tuning(y_mine)
    mine = (x_mine[train_index], y_mine[train_index])
    held = (x_mine[held_index], y_mine[held_index])
    check = _mnist_check(mnist, settings.seed)
    from engine.models.predictor import Predictor

    tuned = copy_model(model)
    predictor = Predictor(tuned)  # one compiled graph for both measures: it reads live weights
    measure = _mnist_measure(mnist)
    before = _scores(predictor, mine, held, measure)
    x, y, repeats = mix_with_mnist(*mine, mnist.x_train, mnist.y_train, settings.mnist_images,
                                   settings.seed)
    config = TrainConfig(epochs=settings.epochs, batch_size=settings.batch_size,
                         learning_rate=settings.learning_rate, validation_fraction=0.0,
                         seed=settings.seed)
    # The MNIST check images are the validation set: each epoch shows whether MNIST suffers.
    outcome = train(tuned, x, y, config, monitor, validation=check)
    after = _scores(predictor, mine, held, measure)
    return FineTuneResult(tuned, before, after, len(mine[1]), len(held[1]), repeats,
                          len(x) - repeats * len(mine[1]), mnist.name, len(measure[1]),
                          outcome.stopped,
                          time.perf_counter() - started, outcome.history)


def fine_tuned_card(parent_card: dict[str, Any], result: FineTuneResult,
                    settings: FineTuneSettings | None = None) -> dict[str, Any]:
    """The model card of a fine-tuned model: its parent's card plus what was done to it."""
    from engine.models.io import layer_summary

    settings = settings or FineTuneSettings()
    card = {key: value for key, value in parent_card.items()
            if key in ("architecture", "input_shape", "class_names", "class_names_pt",
                       "credits")}
    card.update({
        "name": "fine-tuned on my digits",
        "layers": layer_summary(result.model),
        "parameters": int(result.model.count_params()),
        "fine_tuned_from": parent_card.get("name", "model"),
        "fine_tuning": {"recipe": asdict(settings), "my_digits_trained": result.trained_on,
                        "my_digits_held_out": result.held_out, "repeats": result.repeats,
                        "mnist": result.mnist_name, "mnist_images": result.mnist_images,
                        "before": asdict(result.before), "after": asdict(result.after),
                        "seconds": round(result.seconds, 1)},
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    })
    return card
