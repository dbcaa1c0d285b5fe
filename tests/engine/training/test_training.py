"""Training without Qt: the monitor hears every batch and epoch, and a stop request is obeyed."""

import keras
import numpy as np
import pytest

from engine.datasets.catalog import load_sample
from engine.models import architectures
from engine.models.predictor import Predictor
from engine.training.trainer import (
    BatchEvent,
    EpochEvent,
    TrainConfig,
    evaluate,
    make_dataset,
    split_validation,
    train,
)


class RecordingMonitor:
    """Records events; asks to stop after ``stop_after`` batches (None: never)."""

    def __init__(self, stop_after: int | None = None) -> None:
        self.batches: list[BatchEvent] = []
        self.epochs: list[EpochEvent] = []
        self.stop_after = stop_after

    def on_batch(self, event: BatchEvent) -> None:
        self.batches.append(event)

    def on_epoch(self, event: EpochEvent) -> None:
        self.epochs.append(event)

    def should_stop(self) -> bool:
        return self.stop_after is not None and len(self.batches) >= self.stop_after


@pytest.fixture(scope="module")
def sample() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    data = load_sample()  # the built-in 5,000 real MNIST digits: works offline, anywhere
    rng = np.random.default_rng(0)  # random subsets: the sample may be sorted by class
    train, test = rng.permutation(len(data.x_train))[:1200], rng.permutation(
        len(data.x_test))[:300]
    return data.x_train[train], data.y_train[train], data.x_test[test], data.y_test[test]


def test_one_epoch_reports_every_batch_and_the_epoch(sample: tuple) -> None:
    x, y, _, _ = sample
    monitor = RecordingMonitor()
    keras.utils.set_random_seed(0)
    result = train(architectures.build_lecture_cnn(), x, y,
                   TrainConfig(epochs=1, batch_size=100, validation_fraction=0.25), monitor)
    assert len(monitor.batches) == 9  # 900 training images / 100
    assert [b.batch for b in monitor.batches] == list(range(9))
    assert all(b.batches_per_epoch == 9 and np.isfinite(b.loss) for b in monitor.batches)
    (epoch,) = monitor.epochs
    assert epoch.val_accuracy is not None and 0.3 < epoch.val_accuracy <= 1.0  # well above chance
    assert 0.0 <= epoch.val_f1 <= 1.0 and 0.0 <= epoch.val_precision <= 1.0
    assert result.history == monitor.epochs and not result.stopped


def test_a_stop_request_ends_training_after_that_batch(sample: tuple) -> None:
    x, y, x_test, _ = sample
    monitor = RecordingMonitor(stop_after=4)
    model = architectures.build_lecture_cnn()
    result = train(model, x, y, TrainConfig(epochs=3, batch_size=50), monitor)
    assert result.stopped
    assert len(monitor.batches) == 4  # no batch ran after the request
    assert monitor.epochs == [] and result.history == []  # a partial epoch is not reported
    # The model is consistent and usable: it predicts, and better than chance already.
    probabilities = Predictor(model).probabilities(x_test[0])
    assert probabilities.shape == (10,) and probabilities.sum() == pytest.approx(1.0, abs=1e-5)
    monitor_again = RecordingMonitor()
    train(model, x, y, TrainConfig(epochs=1, batch_size=100), monitor_again)  # training resumes
    assert len(monitor_again.epochs) == 1


def test_evaluate_matches_its_own_predictions(sample: tuple) -> None:
    x, y, x_test, y_test = sample
    keras.utils.set_random_seed(0)
    model = architectures.build_mlp()
    train(model, x, y, TrainConfig(epochs=5, batch_size=64, learning_rate=3e-3,
                                   validation_fraction=0))
    evaluation = evaluate(model, x_test, y_test, class_names=[str(i) for i in range(10)])
    assert evaluation.confusion_matrix.sum() == len(y_test)
    assert np.trace(evaluation.confusion_matrix) == np.sum(evaluation.y_pred == y_test)
    assert evaluation.accuracy == pytest.approx(np.mean(evaluation.y_pred == y_test))
    assert evaluation.accuracy > 0.7  # 1,200 digits and five epochs already beat chance by far
    direct = model(x_test[:20, :, :, None].astype(np.float32) / 255.0).numpy()
    np.testing.assert_allclose(evaluation.probabilities[:20], direct, atol=1e-5)


def test_augmented_batches_stay_images_in_range(sample: tuple) -> None:
    x, y, _, _ = sample
    images, labels = next(iter(make_dataset(x[:64], y[:64], 64, 1, shuffle_seed=3,
                                            augment=True)))
    images = images.numpy()
    assert images.shape == (64, 28, 28, 1) and images.dtype == np.float32
    assert images.min() >= 0.0 and images.max() <= 1.0 + 1e-6
    plain, _ = next(iter(make_dataset(x[:64], y[:64], 64, 1, shuffle_seed=3)))
    assert not np.allclose(images, plain.numpy())  # augmentation changed the images
    np.testing.assert_array_equal(np.sort(labels.numpy()), np.sort(y[:64]))


def test_validation_split_is_seeded_and_disjoint() -> None:
    x = np.arange(100)[:, None, None].astype(np.uint8)
    y = np.arange(100) % 10
    a = split_validation(x, y, 0.2, seed=1)
    b = split_validation(x, y, 0.2, seed=1)
    assert all(np.array_equal(p, q) for p, q in zip(a, b, strict=True))
    assert len(a[2]) == 20 and not set(a[0].ravel()) & set(a[2].ravel())


@pytest.mark.parametrize(
    "kwargs", [{"epochs": 0}, {"batch_size": 0}, {"learning_rate": 0}, {"optimizer": "adamw"},
               {"validation_fraction": 1.0}, {"schedule": "step"}])
def test_bad_settings_are_refused(kwargs: dict) -> None:
    with pytest.raises(ValueError, match="Invalid training setting"):
        TrainConfig(**kwargs)


def test_a_model_that_rescales_itself_is_evaluated_on_0_to_255_like_the_predictor() -> None:
    import keras

    rng = np.random.default_rng(5)
    x = rng.integers(0, 256, (40, 8, 8), dtype=np.uint8)
    y = rng.integers(0, 3, 40)
    plain = keras.Sequential([keras.Input((8, 8, 1)), keras.layers.Flatten(),
                              keras.layers.Dense(3, activation="softmax")])
    rescaling = keras.Sequential([keras.Input((8, 8, 1)), keras.layers.Rescaling(1 / 255),
                                  keras.layers.Flatten(),
                                  keras.layers.Dense(3, activation="softmax")])
    rescaling.set_weights(plain.get_weights())
    expected = evaluate(plain, x, y).probabilities
    np.testing.assert_allclose(evaluate(rescaling, x, y).probabilities, expected, atol=1e-5)
