"""Smoothing, time left, subsets and CSV of the Training tab, against hand-worked numbers."""

import csv
import io
import math

import numpy as np
import pytest

from engine.training.history import (
    BatchValues,
    ExponentialAverage,
    clock,
    history_csv,
    smooth,
    time_left,
    training_subset,
)
from engine.training.trainer import EpochEvent


def test_smoothing_matches_the_hand_worked_weighted_average() -> None:
    # weight 0.5: the second point is (0.5·1 + 1·3) / (0.5 + 1) = 7/3, the third
    # (0.25·1 + 0.5·3 + 1·2) / 1.75 = 15/7.
    np.testing.assert_allclose(smooth([1.0, 3.0, 2.0], weight=0.5), [1.0, 7 / 3, 15 / 7])


def test_smoothing_is_the_normalised_exponentially_weighted_mean() -> None:
    values = np.random.default_rng(3).normal(size=40)
    weight = 0.9
    # Independent form: every earlier value weighted by weight^age, divided by the weights' sum.
    expected = [np.average(values[: n + 1], weights=weight ** np.arange(n, -1, -1))
                for n in range(len(values))]
    np.testing.assert_allclose(smooth(values, weight), expected, rtol=1e-12)


def test_a_nan_batch_is_skipped_and_nothing_smoothed_is_nan_until_a_value_came() -> None:
    average = ExponentialAverage(0.5)
    assert math.isnan(average.add(math.nan))
    assert average.add(4.0) == 4.0
    assert average.add(math.nan) == 4.0
    with pytest.raises(ValueError):
        ExponentialAverage(1.0)


def test_time_left_ignores_the_slow_first_batch() -> None:
    # The first batch ended at 3 s (graph tracing); 9 more took 0.5 s each: 7.5 s in all.
    assert time_left(3.0, 7.5, done=10, total=30) == pytest.approx(20 * 0.5)
    assert time_left(3.0, 3.0, done=1, total=30) is None
    assert time_left(3.0, 9.0, done=30, total=30) == 0.0


def test_clock_reads_like_a_stopwatch() -> None:
    assert [clock(7), clock(125.4), clock(3723)] == ["0:07", "2:05", "1:02:03"]


def test_a_limited_subset_is_random_sorted_distinct_and_repeatable() -> None:
    picked = training_subset(4000, 300, seed=1)
    assert picked is not None and len(picked) == len(set(picked)) == 300
    assert np.all(np.diff(picked) > 0) and picked.max() > 300  # not just the first 300
    np.testing.assert_array_equal(picked, training_subset(4000, 300, seed=1))
    assert training_subset(4000, 0, seed=1) is None and training_subset(100, 500, 1) is None


def test_history_csv_has_one_row_per_epoch_and_leaves_unmeasured_cells_empty() -> None:
    first = EpochEvent(0, 2, 0.5, 0.8, 0.4, 0.85, 0.84, 0.83, 0.82, 1.5)
    second = EpochEvent(1, 2, 0.3, 0.9, None, None, None, None, None, 3.0)
    rows = list(csv.reader(io.StringIO(history_csv([("CNN", [first, second])]).decode())))
    assert rows[0][:4] == ["run", "epoch", "loss", "accuracy"]
    assert rows[1] == ["CNN", "1", "0.5", "0.8", "0.4", "0.85", "0.84", "0.83", "0.82", "1.5"]
    assert rows[2] == ["CNN", "2", "0.3", "0.9", "", "", "", "", "", "3.0"]


def test_batch_values_undo_the_running_mean_of_a_hand_worked_epoch() -> None:
    # Batches of 4, 4 and 2 images with losses 2, 4 and 8: the running means are
    # 2, (8 + 16) / 8 = 3 and (8 + 16 + 16) / 10 = 4.
    decoder = BatchValues(batch_size=4, epoch_size=10)
    assert [decoder.add(0, 2.0), decoder.add(1, 3.0), decoder.add(2, 4.0)] == [2.0, 4.0, 8.0]
    assert decoder.add(0, 5.0) == 5.0  # a new epoch starts a new mean


def test_batch_values_recover_what_keras_computes_for_each_batch() -> None:
    import keras

    x = np.random.default_rng(0).normal(size=(10, 6)).astype("float32")
    y = np.array([0, 1, 2, 0, 1, 2, 0, 1, 2, 2])
    model = keras.Sequential([keras.Input((6,)), keras.layers.Dense(3, activation="softmax")])
    # A learning rate of 0 keeps the weights, so each batch's loss can be recomputed after.
    model.compile(optimizer=keras.optimizers.SGD(0.0), loss="sparse_categorical_crossentropy")
    logged: list[float] = []
    record = keras.callbacks.LambdaCallback(
        on_train_batch_end=lambda batch, logs: logged.append(float(logs["loss"])))
    model.fit(x, y, batch_size=4, epochs=1, shuffle=False, verbose=0, callbacks=[record])
    expected = [float(np.mean(keras.losses.sparse_categorical_crossentropy(
        y[i:i + 4], model(x[i:i + 4])))) for i in (0, 4, 8)]
    decoder = BatchValues(batch_size=4, epoch_size=10)
    decoded = [decoder.add(batch, mean) for batch, mean in enumerate(logged)]
    np.testing.assert_allclose(decoded, expected, rtol=1e-5)
    assert not np.allclose(logged, expected, rtol=1e-3)  # Keras did log running means
