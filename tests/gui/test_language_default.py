"""The first start picks the language from the system locale; later starts remember it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

SCRIPT = """
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from gui.settings import name_application
name_application()
from gui.i18n import default_language
print(default_language())
"""


def start_language(locale: str, config_home: Path) -> str:
    env = {**os.environ, "LANG": locale, "LC_ALL": locale, "LANGUAGE": "",
           "XDG_CONFIG_HOME": str(config_home), "HOME": str(config_home)}
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60, check=True)
    return result.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize(
    ("locale", "language"),
    [("pt_BR.UTF-8", "pt_BR"), ("pt_PT.UTF-8", "pt_BR"), ("C", "pt_BR"),
     ("en_US.UTF-8", "en"), ("de_DE.UTF-8", "en")],
)
def test_first_start_follows_the_system_locale(
    locale: str, language: str, tmp_path: Path
) -> None:
    assert start_language(locale, tmp_path) == language


def test_a_remembered_choice_wins_over_the_locale(tmp_path: Path) -> None:
    settings = tmp_path / "CNN Lab" / "CNN Lab.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[General]\nlanguage=en\n", encoding="utf-8")
    assert start_language("pt_BR.UTF-8", tmp_path) == "en"
