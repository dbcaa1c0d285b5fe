"""engine.paths: the data folder on each system, and atomic writes that never leave half a file."""

import sys
from pathlib import Path

import pytest

from engine import paths


@pytest.fixture
def no_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.delenv("CNN_LAB_HOME", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


def test_cnn_lab_home_overrides_everything(monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    monkeypatch.setenv("CNN_LAB_HOME", str(tmp_path / "lab"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.app_data_dir() == tmp_path / "lab"
    assert not (tmp_path / "lab").exists(), "the folder is only created on demand"


def test_linux_default_and_xdg(monkeypatch: pytest.MonkeyPatch, no_override: Path) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert paths.app_data_dir() == no_override / ".local" / "share" / "cnn-lab"
    monkeypatch.setenv("XDG_DATA_HOME", str(no_override / "xdg"))
    assert paths.app_data_dir() == no_override / "xdg" / "cnn-lab"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")  # the XDG spec says so
    assert paths.app_data_dir() == no_override / ".local" / "share" / "cnn-lab"


def test_windows_and_macos_folders(monkeypatch: pytest.MonkeyPatch, no_override: Path) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(no_override / "Roaming"))
    assert paths.app_data_dir() == no_override / "Roaming" / "CNN Lab"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert paths.app_data_dir() == no_override / "Library" / "Application Support" / "CNN Lab"


def test_ensure_dir_creates_parents(tmp_path: Path) -> None:
    folder = paths.ensure_dir(tmp_path / "a" / "b")
    assert folder.is_dir()
    assert paths.ensure_dir(folder) == folder  # a second call is harmless


def test_atomic_write_bytes_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    paths.atomic_write_bytes(target, b"old")
    paths.atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_atomic_output_keeps_the_old_file_when_the_writer_fails(tmp_path: Path) -> None:
    target = tmp_path / "model.keras"
    target.write_bytes(b"the good old model")
    with pytest.raises(RuntimeError), paths.atomic_output(target) as temporary:
        assert temporary.parent == tmp_path and temporary.suffix == ".keras"
        temporary.write_bytes(b"half a mod")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"the good old model"
    assert [p.name for p in tmp_path.iterdir()] == ["model.keras"]


def test_atomic_output_cleans_up_when_the_rename_fails(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "data.bin"
    target.write_bytes(b"old")

    def failing_replace(*args: object) -> None:
        raise PermissionError("locked by another program")

    monkeypatch.setattr(paths.os, "replace", failing_replace)
    with pytest.raises(PermissionError):
        paths.atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["data.bin"]
