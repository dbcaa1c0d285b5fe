"""Activity files (.cnnlab): what a teacher saves comes back whole; a bad file, one clear error."""

import json
import os
from pathlib import Path
from typing import Any

import pytest

from engine.activities import (
    ACTIVITY_SUFFIX,
    FORMAT,
    FORMAT_VERSION,
    MAX_BYTES,
    Activity,
    ActivityError,
    load_activity,
    save_activity,
)
from engine.version import app_version

LESSON = Activity(
    kind="lesson", page="convolution",
    state={"input": [[1, 2, 0], [0, 1, 3], [2, 2, 1]], "kernel": [[1, 0], [0, -1]],
           "stride": 1, "padding": 0},
    instructions="Calcule a célula (0, 0) à mão.\nDepois mude o passo para 2.",
    locked=("kernel", "padding"), title="Convolução: passo")
TRAINING = Activity(
    kind="training", page="training",
    state={"dataset": "mnist", "network": {"preset": "small_cnn"},
           "hyperparameters": {"epochs": 3, "batch_size": 64, "learning_rate": 0.001},
           "seed": 42},
    instructions="Train for three epochs and write down the test accuracy.",
    locked=("dataset", "network"), title="First training")
EXERCISES = Activity(
    kind="exercises", page="exercises",
    state={"topics": ["output_size", "metrics"], "code": "K7Q2", "count": 5},
    instructions="Resolva os cinco problemas; use vírgula decimal.", locked=("topics",))


@pytest.mark.parametrize("activity", [LESSON, TRAINING, EXERCISES], ids=lambda a: a.kind)
def test_each_kind_comes_back_as_it_was_saved(tmp_path: Path, activity: Activity) -> None:
    path = tmp_path / f"activity{ACTIVITY_SUFFIX}"
    save_activity(path, activity)
    loaded = load_activity(path)
    assert loaded == activity
    assert loaded.instructions == activity.instructions and loaded.locked == activity.locked
    assert loaded.app_version == app_version()


def test_the_file_is_readable_json_with_its_format_and_version(tmp_path: Path) -> None:
    path = tmp_path / "lesson.cnnlab"
    save_activity(path, LESSON)
    text = path.read_text(encoding="utf-8")
    assert "Convolução" in text  # accents as written, for a teacher who opens it in an editor
    document = json.loads(text)
    assert document["format"] == FORMAT and document["version"] == FORMAT_VERSION
    assert document["app_version"] == app_version()
    assert document["locked"] == ["kernel", "padding"] and document["state"] == LESSON.state


def test_saving_over_a_file_replaces_it_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "a.cnnlab"
    save_activity(path, LESSON)
    save_activity(path, TRAINING)
    assert load_activity(path) == TRAINING
    assert [p.name for p in tmp_path.iterdir()] == ["a.cnnlab"]


@pytest.mark.parametrize("activity", [
    Activity(kind="quiz", page="convolution", state={}),
    Activity(kind="lesson", page="", state={}),
    Activity(kind="lesson", page="convolution", state={"grid": {1, 2}}),  # a set: not JSON
    Activity(kind="lesson", page="convolution", state={"x": float("nan")}),
])
def test_an_activity_that_could_not_be_read_back_is_not_written(
        tmp_path: Path, activity: Activity) -> None:
    path = tmp_path / "a.cnnlab"
    save_activity(path, LESSON)
    with pytest.raises(ValueError):
        save_activity(path, activity)
    assert load_activity(path) == LESSON  # the old file is untouched
    assert len(list(tmp_path.iterdir())) == 1


def test_a_file_that_cannot_be_written_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        save_activity(tmp_path / "no-such-folder" / "a.cnnlab", LESSON)


# --- bad files -----------------------------------------------------------------------------

def document(**changes: Any) -> dict[str, Any]:
    base = {"format": FORMAT, "version": FORMAT_VERSION, "app_version": "1.0", "kind": "lesson",
            "page": "convolution", "title": "", "instructions": "", "locked": [], "state": {}}
    base.update(changes)
    return {key: value for key, value in base.items() if value is not ...}


def write_json(path: Path, value: Any) -> Path:
    path.write_text(json.dumps(value), encoding="utf-8")
    return path


def assert_reason(path: Path, reason: str) -> ActivityError:
    with pytest.raises(ActivityError) as caught:
        load_activity(path)
    assert caught.value.reason == reason, caught.value.detail
    assert caught.value.detail
    return caught.value


def test_a_missing_file_is_unreadable(tmp_path: Path) -> None:
    assert_reason(tmp_path / "gone.cnnlab", "unreadable")


def test_a_named_pipe_is_unreadable_instead_of_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.cnnlab"
    os.mkfifo(pipe)
    assert_reason(pipe, "unreadable")


def test_a_path_with_a_nul_character_is_unreadable() -> None:
    assert_reason(Path("bad\0name.cnnlab"), "unreadable")


def test_a_folder_is_unreadable(tmp_path: Path) -> None:
    folder = tmp_path / "folder.cnnlab"
    folder.mkdir()
    assert "folder" in assert_reason(folder, "unreadable").detail


@pytest.mark.parametrize(("content", "why"), [
    (bytes(range(256)) * 40, "binary garbage"),
    (b"", "an empty file"),
    (b"   \n", "only blanks"),
    (b"\xff\xfe{\x00}\x00", "UTF-16, not UTF-8"),
    (json.dumps(document(state={"input": [[1, 2], [3, 4]]})).encode()[:60], "truncated JSON"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (b'{"format": "cnn-lab-activity", "version": ' + b"1" * 5000 + b"}", "a huge integer"),
])
def test_damaged_files(tmp_path: Path, content: bytes, why: str) -> None:
    path = tmp_path / "bad.cnnlab"
    path.write_bytes(content)
    assert_reason(path, "damaged")


def test_a_huge_file_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "huge.cnnlab"
    padding = " " * (MAX_BYTES + 10)
    path.write_text(json.dumps(document())[:-1] + padding + "}", encoding="utf-8")
    assert "larger" in assert_reason(path, "damaged").detail


def test_a_keras_architecture_is_foreign(tmp_path: Path) -> None:
    import keras

    model = keras.Sequential([keras.Input((4, 4, 1)), keras.layers.Conv2D(2, 3)])
    path = tmp_path / "model.cnnlab"
    path.write_text(model.to_json(), encoding="utf-8")
    assert_reason(path, "foreign")


@pytest.mark.parametrize("value", [
    {"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5},  # a Jupyter notebook
    [1, 2, 3],
    "cnn-lab-activity",
    {},
    {"format": "other-app", "version": 1},
    document(format=...),
], ids=["notebook", "list", "string", "empty object", "other format", "no format"])
def test_valid_json_that_is_not_an_activity_is_foreign(tmp_path: Path, value: Any) -> None:
    assert_reason(write_json(tmp_path / "x.cnnlab", value), "foreign")


def test_a_newer_format_says_so_before_judging_its_fields(tmp_path: Path) -> None:
    # A future version may change any field; its version alone decides the message.
    future = document(version=FORMAT_VERSION + 1, kind="escape_room", state=[])
    error = assert_reason(write_json(tmp_path / "new.cnnlab", future), "newer")
    assert str(FORMAT_VERSION + 1) in error.detail


@pytest.mark.parametrize("changes", [
    {"version": "1"}, {"version": 0}, {"version": True}, {"version": ...},
    {"kind": "quiz"}, {"kind": None}, {"kind": ...},
    {"page": 3}, {"page": ""}, {"page": ...},
    {"title": ["a"]}, {"instructions": 12},
    {"locked": "kernel"}, {"locked": [1, 2]}, {"locked": {"kernel": True}},
    {"state": []}, {"state": "x"}, {"state": None}, {"state": ...},
], ids=str)
def test_wrong_types_are_invalid(tmp_path: Path, changes: dict[str, Any]) -> None:
    assert_reason(write_json(tmp_path / "odd.cnnlab", document(**changes)), "invalid")


def test_optional_fields_may_be_missing(tmp_path: Path) -> None:
    minimal = document(title=..., instructions=..., locked=..., app_version=...)
    loaded = load_activity(write_json(tmp_path / "min.cnnlab", minimal))
    assert (loaded.title, loaded.instructions, loaded.locked) == ("", "", ())


def test_a_byte_order_mark_from_a_windows_editor_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.cnnlab"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(document()).encode())
    assert load_activity(path).page == "convolution"
