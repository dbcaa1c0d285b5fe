"""Every string a person can see has a Brazilian Portuguese translation, compiled and loadable."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tests.conftest import ROOT

TS = ROOT / "resources" / "i18n" / "cnn_lab_pt_BR.ts"
QM = TS.with_suffix(".qm")
sys.path.insert(0, str(ROOT / "scripts"))
import i18n as i18n_script  # noqa: E402 - scripts/ is not a package


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the <translation> element of every message in a .ts file."""
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def strings_in_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What lupdate finds in the code right now, scanned into a fresh file."""
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh_pt_BR.ts"
    i18n_script.update([fresh])
    found = set(messages(fresh))
    assert len(found) > 50, "lupdate found suspiciously few strings"
    return found


def test_every_ui_string_has_a_finished_portuguese_translation(
    strings_in_code: set[tuple[str, str]],
) -> None:
    shipped = messages(TS)
    missing = sorted(key for key in strings_in_code if key not in shipped)
    unfinished = sorted(
        key for key in strings_in_code & set(shipped)
        if not (shipped[key].text or "").strip() or shipped[key].get("type") is not None
    )
    assert not missing, f"strings not in {TS.name} (run scripts/i18n.py update): {missing}"
    assert not unfinished, f"strings without a finished translation: {unfinished}"


def test_placeholders_survive_translation() -> None:
    for (_context, source), translation in messages(TS).items():
        for placeholder in ("{", "}"):
            assert source.count(placeholder) == (translation.text or "").count(placeholder), source


def test_compiled_file_translates_every_string(
    qapp: object, strings_in_code: set[tuple[str, str]]
) -> None:
    translator = QTranslator()
    assert translator.load(str(QM)), f"{QM} does not load"
    untranslated = [key for key in strings_in_code if not translator.translate(*key)]
    assert not untranslated, f"{QM.name} is stale (run scripts/i18n.py compile): {untranslated}"


def test_compiled_file_matches_the_ts_file(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run([i18n_script.tool("lrelease"), str(TS), "-qm", str(fresh)], check=True,
                   capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run: python scripts/i18n.py compile"
