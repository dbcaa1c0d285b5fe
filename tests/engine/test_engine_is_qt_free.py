"""The engine must import without Qt, pyqtgraph, the GUI or TensorFlow (DESIGN.md §1).

Checked in a fresh interpreter, because this test process may already have loaded them.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ["PySide6", "shiboken6", "pyqtgraph", "gui", "tensorflow", "keras"]

SCRIPT = f"""
import importlib, pkgutil, sys
import engine
for module in pkgutil.walk_packages(engine.__path__, "engine."):
    importlib.import_module(module.name)
loaded = sorted(name for name in {FORBIDDEN!r}
                if name in sys.modules or any(m.startswith(name + ".") for m in sys.modules))
print(",".join(loaded))
"""


def test_engine_imports_no_gui_and_no_tensorflow() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"engine imported: {result.stdout.strip()}"


def test_no_engine_source_imports_qt_even_inside_a_function() -> None:
    """TensorFlow may be imported lazily in the engine; Qt and the GUI never, anywhere."""
    import ast

    offenders = []
    for path in sorted((ROOT / "engine").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            roots = {name.split(".")[0] for name in names}
            if roots & {"PySide6", "shiboken6", "pyqtgraph", "gui"}:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, f"engine code imports Qt or the GUI: {offenders}"
