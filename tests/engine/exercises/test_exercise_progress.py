"""The score per topic, the level that follows success, and the CSV a teacher opens."""

import csv
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from engine.exercises.problems import MAX_LEVEL
from engine.exercises.progress import CSV_COLUMNS, Attempt, TopicProgress, write_attempts_csv


def answered(*results: bool) -> TopicProgress:
    progress = TopicProgress()
    for result in results:
        progress.record(result)
    return progress


def test_two_right_in_a_row_move_up_a_level() -> None:
    assert answered(True).level == 1
    progress = answered(True, True)
    assert (progress.level, progress.right, progress.wrong) == (2, 2, 0)
    assert answered(True, False, True).level == 1  # not in a row
    assert answered(True, True, True, True).level == 3


def test_two_wrong_in_a_row_move_down_a_level() -> None:
    progress = answered(True, True, True, True, False, False)
    assert (progress.level, progress.right, progress.wrong) == (2, 4, 2)
    assert answered(False, False, False, False).level == 1  # never below 1


def test_the_level_stops_at_the_top() -> None:
    progress = answered(*[True] * 20)
    assert progress.level == MAX_LEVEL and progress.right == 20
    progress.record(False)
    assert progress.level == MAX_LEVEL  # one slip does not drop a level


def test_a_level_change_starts_a_new_run() -> None:
    progress = answered(True, True)  # level 2
    progress.record(True)
    assert progress.level == 2  # the run restarted at the level change
    progress.record(False)
    progress.record(True)
    assert progress.level == 2 and progress.answered == 5


@pytest.fixture
def attempts() -> list[Attempt]:
    start = datetime(2026, 3, 9, 14, 5, 0, tzinfo=timezone(timedelta(hours=-3)))
    return [
        Attempt("João da Conceição", "K7Q2", "metrics", "metrics #0 (level 3)", "0,75", True,
                start),
        Attempt("Ana, \"Aninha\"", "K7Q2", "conv_cell", "conv_cell #1 (level 2)", "indefinido",
                False, start + timedelta(minutes=2, seconds=7)),
    ]


def test_the_csv_reads_back_with_its_header_and_iso_times(tmp_path: Path,
                                                          attempts: list[Attempt]) -> None:
    path = tmp_path / "turma.csv"
    write_attempts_csv(path, attempts)
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert tuple(rows[0]) == CSV_COLUMNS == ("name", "code", "topic", "problem", "answer",
                                             "correct", "time")
    assert rows[1][:6] == ["João da Conceição", "K7Q2", "metrics", "metrics #0 (level 3)",
                           "0,75", "true"]
    assert rows[2][0] == "Ana, \"Aninha\"" and rows[2][5] == "false"
    assert [datetime.fromisoformat(row[6]) for row in rows[1:]] == \
        [attempt.time for attempt in attempts]
    assert rows[1][6] == "2026-03-09T14:05:00-03:00"


def test_the_csv_starts_with_a_bom_for_spreadsheets(tmp_path: Path,
                                                    attempts: list[Attempt]) -> None:
    path = tmp_path / "turma.csv"
    write_attempts_csv(path, attempts)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfname,code,")
    assert "revocação".encode() not in data and "João".encode() in data


def test_the_csv_is_written_atomically(tmp_path: Path, attempts: list[Attempt]) -> None:
    path = tmp_path / "turma.csv"
    path.write_text("old", encoding="utf-8")
    write_attempts_csv(path, attempts[:1])
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left beside it
    with path.open(encoding="utf-8-sig") as file:
        assert len(list(csv.reader(file))) == 2
    with pytest.raises(OSError):
        write_attempts_csv(tmp_path / "missing" / "turma.csv", attempts)


def test_no_attempts_give_just_the_header(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    write_attempts_csv(path, [])
    assert path.read_text(encoding="utf-8-sig").splitlines() == [",".join(CSV_COLUMNS)]
