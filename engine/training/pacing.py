"""Pacing for demonstrations: a short run slowed down so a class can watch its charts.

A 3-epoch run on the 5,000-digit sample ends in about 3 s here, before anyone has seen a
curve. "Show slowly" gives every batch a minimum duration so that an epoch lasts about
:data:`SLOW_EPOCH_SECONDS`; a run that is already slower than that is not touched.
"""

import time
from threading import Event

SLOW_EPOCH_SECONDS = 8.0  # long enough to talk over one epoch's curves
SHORTEST_BATCH_SECONDS = 0.02  # below this the charts (10 Hz) could not follow anyway
LONGEST_BATCH_SECONDS = 1.0  # a tiny set of three batches still moves every second


def demo_batch_seconds(batches_per_epoch: int) -> float:
    """The least time one batch should take when a run is shown slowly."""
    per_batch = SLOW_EPOCH_SECONDS / max(1, batches_per_epoch)
    return min(max(per_batch, SHORTEST_BATCH_SECONDS), LONGEST_BATCH_SECONDS)


class BatchPacer:
    """Waits after each batch until its minimum time has passed; a stop wakes it at once."""

    def __init__(self, stop: Event) -> None:
        self._stop = stop
        self._last = time.perf_counter()

    def after_batch(self, batches_per_epoch: int) -> None:
        remaining = demo_batch_seconds(batches_per_epoch) - (time.perf_counter() - self._last)
        if remaining > 0:
            self._stop.wait(remaining)  # returns early when Stop is pressed
        self._last = time.perf_counter()
