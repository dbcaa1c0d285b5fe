"""Keep the translations in step with the code.

    python scripts/i18n.py update    # collect the UI strings into resources/i18n/*.ts
    python scripts/i18n.py compile   # turn the .ts files into the .qm files the app loads

Edit the .ts files with Qt Linguist (``pyside6-linguist``) or any text editor between the two.
Both tools come with PySide6; tests/gui/test_translations.py fails when a string is missing.
"""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("pt_BR",)


def tool(name: str) -> str:
    """A PySide6 tool next to this interpreter (the venv's bin/ or Scripts/)."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = shutil.which(str(here)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install the project (pip install -e .)")
    return found


def sources() -> list[str]:
    """Every Python file that may hold a user-facing string."""
    files = [*sorted((ROOT / "gui").rglob("*.py")), ROOT / "main.py"]
    return [str(path.relative_to(ROOT)) for path in files]


def ts_path(language: str) -> Path:
    return I18N / f"cnn_lab_{language}.ts"


def update(ts_files: list[Path] | None = None) -> None:
    """Run lupdate: new strings appear as unfinished, vanished ones are dropped."""
    targets = ts_files or [ts_path(language) for language in LANGUAGES]
    for target in targets:
        subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(),
                        "-ts", str(target)], cwd=ROOT, check=True, capture_output=True)


def compile_all() -> None:
    for language in LANGUAGES:
        ts = ts_path(language)
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True, capture_output=True)


def main(argv: list[str]) -> int:
    commands = {"update": update, "compile": compile_all}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__)
        return 2
    commands[argv[0]]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
