"""Naming the classes of a model without a card: presets and a names file."""

from pathlib import Path

import pytest

from engine.models.class_names import PRESETS, ClassNamesError, preset, read_names_file


def test_presets_have_ten_names_in_both_languages() -> None:
    assert [p.key for p in PRESETS] == ["mnist", "fashion-mnist", "cifar-10"]
    assert all(len(p.names) == len(p.names_pt) == 10 for p in PRESETS)
    assert preset("fashion-mnist").names[5] == "Sandal"


def test_a_names_file_gives_one_name_per_line(tmp_path: Path) -> None:
    path = tmp_path / "names.txt"
    path.write_text("\ufeffcat\n\n dog \nbird\n", encoding="utf-8")
    assert read_names_file(path, 3) == ["cat", "dog", "bird"]
    with pytest.raises(ClassNamesError) as caught:
        read_names_file(path, 10)
    assert caught.value.found == 3
    with pytest.raises(ClassNamesError):
        read_names_file(tmp_path / "missing.txt", 3)
