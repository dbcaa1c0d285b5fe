"""What a training view shows about a run, computed without Qt: smoothing, time left, CSV.

Keras reports after each batch the loss and accuracy *averaged over the epoch so far*, which
hides how much single batches differ and jumps at every new epoch; :class:`BatchValues`
recovers each batch's own value. Those jump from batch to batch, because each batch is a
different handful of images, so an exponential moving average shows the trend (TensorBoard's
"smoothing" slider does the same). Its estimate of the time left leaves out the
first batch, which also pays for tracing the training graph and would make every early
estimate far too long.
"""

import csv
import io
import math
from collections.abc import Iterable, Sequence
from dataclasses import fields

import numpy as np

from engine.training.trainer import EpochEvent

SMOOTHING = 0.9  # each smoothed point keeps 90 % of the trend and takes 10 % of the new value
CSV_COLUMNS = ("run", "epoch", "loss", "accuracy", "val_loss", "val_accuracy", "val_precision",
               "val_recall", "val_f1", "seconds")


class ExponentialAverage:
    """A running exponential moving average with bias correction, one value at a time.

    Without the correction the curve would start at 0 and creep up; dividing by
    ``1 − weight^n`` makes the first smoothed value equal to the first raw value. NaN values
    (a batch whose loss could not be computed) are skipped, so they do not poison the curve.
    """

    def __init__(self, weight: float = SMOOTHING) -> None:
        if not 0.0 <= weight < 1.0:
            raise ValueError(f"The smoothing weight must be in [0, 1), got {weight}.")
        self.weight = weight
        self._biased = 0.0
        self._count = 0

    def add(self, value: float) -> float:
        """Take ``value`` in and return the smoothed value so far (NaN until a value came)."""
        if math.isfinite(value):
            self._biased = self.weight * self._biased + (1.0 - self.weight) * value
            self._count += 1
        if self._count == 0:
            return math.nan
        return self._biased / (1.0 - self.weight ** self._count)


class BatchValues:
    """Each batch's own value from Keras' running epoch means (one instance per metric).

    Keras weights its running mean by images, so after batch n (0-based) of b_n images, with
    S_n images seen in the epoch, the batch's value is (S_n·m_n − S_{n−1}·m_{n−1}) / b_n. Every
    batch holds ``batch_size`` images except perhaps the epoch's last; ``epoch_size`` (the
    training images per epoch) makes that last one exact too.
    """

    def __init__(self, batch_size: int, epoch_size: int | None = None) -> None:
        self.batch_size = batch_size
        self.epoch_size = epoch_size
        self._previous_mean = math.nan

    def add(self, batch: int, epoch_mean: float) -> float:
        """The value of batch ``batch`` (0-based in its epoch), given the epoch mean after it."""
        seen_before = batch * self.batch_size
        size = self.batch_size
        if self.epoch_size is not None and self.epoch_size > seen_before:
            size = min(size, self.epoch_size - seen_before)
        previous, self._previous_mean = self._previous_mean, epoch_mean
        if batch == 0:
            return epoch_mean
        return ((seen_before + size) * epoch_mean - seen_before * previous) / size


def smooth(values: Iterable[float], weight: float = SMOOTHING) -> np.ndarray:
    """The whole curve smoothed as :class:`ExponentialAverage` smooths it point by point."""
    average = ExponentialAverage(weight)
    return np.array([average.add(float(value)) for value in values], dtype=np.float64)


def time_left(first_batch_end: float, elapsed: float, done: int, total: int) -> float | None:
    """Seconds still needed for ``total`` batches after ``done`` of them, or None (too early).

    The rate is measured from the end of the first batch to now, over ``done − 1`` batches:
    the first batch also builds the training graph and is several times slower than the rest.
    """
    if done < 2 or total <= done:
        return None if total > done else 0.0
    rate = (elapsed - first_batch_end) / (done - 1)
    return max(rate, 0.0) * (total - done)


def clock(seconds: float) -> str:
    """Seconds as a stopwatch shows them: 0:07, 2:05, 1:02:03."""
    whole = max(round(seconds), 0)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def training_subset(count: int, limit: int, seed: int) -> np.ndarray | None:
    """Indices of at most ``limit`` training images drawn at random (None: use them all).

    Random, not the first ``limit``: some data is ordered by class (a folder of class folders
    is read class by class), so its first few hundred images would all be of one class.
    Sorted, to keep the file's order.
    """
    if limit <= 0 or limit >= count:
        return None
    return np.sort(np.random.default_rng(seed).permutation(count)[:limit])


def history_csv(runs: Sequence[tuple[str, Sequence[EpochEvent]]]) -> bytes:
    """The epoch history of one or more runs as CSV (UTF-8), one row per run and epoch.

    Epochs are numbered from 1, as people count them; metrics that were not measured (no
    validation set) are left empty rather than written as "None" or "nan".
    """
    names = {field.name for field in fields(EpochEvent)}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for run, history in runs:
        for event in history:
            row: list[object] = [run, event.epoch + 1]
            for column in CSV_COLUMNS[2:]:
                value = getattr(event, column) if column in names else None
                row.append("" if value is None or not math.isfinite(value) else repr(value))
            writer.writerow(row)
    return buffer.getvalue().encode("utf-8")
