"""A text progress bar for the command line, fed by the trainer's monitor events."""

import sys
import time
from typing import TextIO

from engine.training.trainer import BatchEvent, EpochEvent

BAR_WIDTH = 28


class ProgressBar:
    """Prints training progress on stderr: a live bar on a terminal, one line per epoch else."""

    def __init__(self, epochs: int, stream: TextIO | None = None) -> None:
        self.epochs = epochs
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self._last_draw = 0.0

    def on_batch(self, event: BatchEvent) -> None:
        now = time.perf_counter()
        if not self.live or now - self._last_draw < 0.1:  # ~10 Hz: drawing is not free
            return
        self._last_draw = now
        total = max(event.batches_per_epoch, 1)
        done = (event.epoch * total + event.batch + 1) / (self.epochs * total)
        filled = int(BAR_WIDTH * done)
        left = event.seconds / done - event.seconds if done > 0 else 0.0
        self.stream.write(
            f"\repoch {event.epoch + 1}/{self.epochs} [{'#' * filled}{'-' * (BAR_WIDTH - filled)}]"
            f" {done:4.0%}  loss {event.loss:.4f}  acc {event.accuracy:.4f}"
            f"  {_clock(event.seconds)} elapsed, {_clock(left)} left ")
        self.stream.flush()

    def on_epoch(self, event: EpochEvent) -> None:
        line = (f"epoch {event.epoch + 1}/{event.epochs}: loss {event.loss:.4f}, "
                f"accuracy {event.accuracy:.4f}")
        if event.val_accuracy is not None:
            line += (f"; validation loss {event.val_loss:.4f}, accuracy {event.val_accuracy:.4f},"
                     f" F1 {event.val_f1:.4f}")
        prefix = "\r" + " " * 100 + "\r" if self.live else ""
        self.stream.write(f"{prefix}{line} ({_clock(event.seconds)})\n")
        self.stream.flush()

    def should_stop(self) -> bool:
        return False


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}:{secs:02d}"
