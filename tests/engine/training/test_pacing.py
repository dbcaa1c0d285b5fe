""""Show slowly": how long a batch lasts at least, and that a stop cuts the wait short."""

import threading
import time

from engine.training.pacing import (
    LONGEST_BATCH_SECONDS,
    SLOW_EPOCH_SECONDS,
    BatchPacer,
    demo_batch_seconds,
)


def test_an_epoch_of_the_sample_lasts_several_seconds_and_a_big_one_is_untouched() -> None:
    sample_batches = 4500 // 64  # the 5,000-digit sample, less its validation hold-out
    assert demo_batch_seconds(sample_batches) * sample_batches >= SLOW_EPOCH_SECONDS - 1e-9
    assert demo_batch_seconds(60000 // 64) < 0.03  # full MNIST: faster than any real batch
    assert demo_batch_seconds(2) == LONGEST_BATCH_SECONDS  # a tiny set still moves


def test_the_pacer_waits_and_a_stop_wakes_it_at_once() -> None:
    stop = threading.Event()
    pacer = BatchPacer(stop)
    started = time.perf_counter()
    pacer.after_batch(16)  # 0.5 s per batch
    assert time.perf_counter() - started >= 0.45
    stop.set()
    started = time.perf_counter()
    pacer.after_batch(2)  # would wait 1 s
    assert time.perf_counter() - started < 0.1
