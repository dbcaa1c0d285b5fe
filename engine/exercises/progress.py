"""A student's score per topic, the level that follows it, and the CSV a teacher collects.

The level adapts as a good tutor would: two right answers in a row move up a level, two
wrong ones in a row move down, so a student neither stalls on easy problems nor drowns in
hard ones. The CSV is UTF-8 *with* a byte-order mark, because that is what makes Excel and
LibreOffice on a Brazilian lab PC read "revocação" correctly when the file is double-clicked.
"""

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from engine.exercises.problems import MAX_LEVEL
from engine.paths import atomic_write_bytes

STEP = 2  # right (or wrong) answers in a row that move the level
CSV_COLUMNS = ("name", "code", "topic", "problem", "answer", "correct", "time")


@dataclass
class TopicProgress:
    """Right and wrong answers in one topic, the current run and the level it earned.

    ``streak`` counts the current run: positive for right answers in a row, negative for
    wrong ones. It restarts at 0 whenever the level changes.
    """

    right: int = 0
    wrong: int = 0
    streak: int = 0
    level: int = 1

    def record(self, correct: bool) -> None:
        """Count one answer; 2 right in a row → level + 1, 2 wrong in a row → level − 1."""
        if correct:
            self.right += 1
            self.streak = self.streak + 1 if self.streak > 0 else 1
        else:
            self.wrong += 1
            self.streak = self.streak - 1 if self.streak < 0 else -1
        if self.streak >= STEP and self.level < MAX_LEVEL:
            self.level, self.streak = self.level + 1, 0
        elif self.streak <= -STEP and self.level > 1:
            self.level, self.streak = self.level - 1, 0

    @property
    def answered(self) -> int:
        """How many answers were given in this topic."""
        return self.right + self.wrong


@dataclass(frozen=True)
class Attempt:
    """One answer a student gave, as the CSV stores it."""

    name: str  # the student's name
    code: str  # the class code (or seed) of the problem set
    topic: str
    problem: str  # which problem, e.g. "conv_cell #3 (level 2)"
    answer: str  # what the student typed
    correct: bool
    time: datetime


def attempts_csv(attempts: Sequence[Attempt]) -> str:
    """The CSV text: a header of CSV_COLUMNS, then one row per attempt, ISO 8601 times."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for attempt in attempts:
        writer.writerow([attempt.name, attempt.code, attempt.topic, attempt.problem,
                         attempt.answer, "true" if attempt.correct else "false",
                         attempt.time.isoformat(timespec="seconds")])
    return buffer.getvalue()


def write_attempts_csv(path: Path, attempts: Sequence[Attempt]) -> None:
    """Write the attempts atomically as UTF-8 with a BOM (the spreadsheets' cue)."""
    atomic_write_bytes(path, attempts_csv(attempts).encode("utf-8-sig"))
