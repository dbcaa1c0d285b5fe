"""engine.training.evaluation: which images an evaluation runs on, never the ones trained on."""

import numpy as np

from engine.datasets.base import Dataset
from engine.training.evaluation import ALL, TEST, VALIDATION, evaluation_set
from engine.training.trainer import TrainConfig, split_validation

DIGITS = [str(d) for d in range(10)]


def digits(count: int, first: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """``count`` distinct 4 × 4 images (pixel (0, 0) tells them apart) and their labels."""
    images = np.zeros((count, 4, 4), np.uint8)
    images[:, 0, 0] = np.arange(first, first + count)
    return images, np.arange(count) % 10


def dataset(train: int, test: int = 0) -> Dataset:
    x_test, y_test = digits(test, first=200) if test else (None, None)
    return Dataset("d", "test", *digits(train), x_test, y_test, DIGITS, DIGITS)


def test_the_test_split_when_there_is_one() -> None:
    data = dataset(50, test=20)
    chosen = evaluation_set(data, validation=digits(5))
    assert chosen.split == TEST
    np.testing.assert_array_equal(chosen.x, data.x_test)
    np.testing.assert_array_equal(chosen.y, data.y_test)


def test_without_a_test_split_the_hold_out_training_set_aside() -> None:
    data = dataset(50)
    x_val, y_val = digits(5, first=100)
    chosen = evaluation_set(data, validation=(x_val, y_val))
    assert chosen.split == VALIDATION
    np.testing.assert_array_equal(chosen.x, x_val)


def test_without_a_hold_out_given_the_default_training_one_is_used() -> None:
    data = dataset(50)
    config = TrainConfig()
    x_train, _, x_val, _ = split_validation(data.x_train, data.y_train,
                                            config.validation_fraction, config.seed)
    chosen = evaluation_set(data)
    assert chosen.split == VALIDATION and len(chosen.x) == 5
    np.testing.assert_array_equal(chosen.x, x_val)
    trained_on = set(x_train[:, 0, 0].tolist())
    assert trained_on.isdisjoint(chosen.x[:, 0, 0].tolist())  # never an image trained on


def test_all_images_only_when_there_is_no_hold_out_at_all() -> None:
    data = dataset(50)
    empty = (data.x_train[:0], data.y_train[:0])
    chosen = evaluation_set(data, validation=empty)
    assert chosen.split == ALL and len(chosen.x) == 50
