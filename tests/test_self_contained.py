"""A fresh clone with nothing beside it is the whole app: no file of the project reaches for the
course's data folder beside the checkout (``../shared``).

MNIST, the pen digits and the sample photos ship in ``resources/`` instead (checked in
tests/engine/datasets/test_shipped_data.py). This test reads every tracked file — code, tests,
scripts, benchmarks, README commands, model cards — so a new path to that folder fails here, not on
a newcomer's machine. CI also runs the suite from a copy of the checkout in a folder of its own
(``.ci/run``), where such a path would find nothing.
"""

import re
import subprocess
from pathlib import Path

from tests.conftest import ROOT

# "../shared" (either slash) and path joins such as ROOT.parent / "shared".
SIBLING = re.compile(r"\.\.[/\\]shared\b|/\s*[\"']shared[\"']")
NOT_SOURCE = {".git", ".venv", "build", "dist", "__pycache__", ".pytest_cache", ".ruff_cache",
              ".hypothesis"}


def project_files() -> list[Path]:
    """The tracked files (git ls-files), or every file of the folder when it is no checkout."""
    try:
        listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                                check=True).stdout.decode().split("\0")
        return [ROOT / name for name in listed if name]
    except (OSError, subprocess.CalledProcessError):
        return [path for path in ROOT.rglob("*") if path.is_file()
                and not NOT_SOURCE & set(path.relative_to(ROOT).parts)]


def test_no_project_file_reads_the_folder_beside_the_checkout() -> None:
    files = project_files()
    assert any(path.name == "README.md" for path in files) and len(files) > 100
    offenders = []
    for path in files:
        if path == Path(__file__).resolve() or not path.is_file():
            continue  # this file names the pattern it looks for
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # binary: models, images, compressed data
        offenders += [f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
                      for number, line in enumerate(text.splitlines(), 1)
                      if SIBLING.search(line)]
    assert not offenders, "\n".join(offenders)


def test_the_pattern_catches_the_ways_a_path_is_written() -> None:
    for line in ('DATA = ROOT.parent / "shared" / "data"', "--dataset ../shared/data/mnist",
                 "..\\shared\\data", "Path(__file__).parents[2].parent / 'shared'"):
        assert SIBLING.search(line), line
    assert not SIBLING.search("the shared layers have no single output")
