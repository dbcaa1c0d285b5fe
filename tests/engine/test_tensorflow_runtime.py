"""TensorFlow is imported once per process, by one thread, through one entry; failures retry."""

import ast
import threading
import time
from pathlib import Path
from types import ModuleType

import pytest

from engine.tensorflow_runtime import TensorFlowRuntime, TensorFlowUnavailableError
from tests.conftest import ROOT

HEAVY = ("tensorflow", "keras")
APP_CODE = [*sorted((ROOT / "engine").rglob("*.py")), *sorted((ROOT / "gui").rglob("*.py")),
            *sorted((ROOT / "scripts").rglob("*.py")), ROOT / "main.py"]
ENTRY = ROOT / "engine" / "tensorflow_runtime.py"


def imported_modules(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
        return [node.module]
    return []


def type_checking_blocks(tree: ast.AST) -> set[int]:
    """Line numbers inside ``if TYPE_CHECKING:`` (never run, so never an import)."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def direct_heavy_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = type_checking_blocks(tree)
    return [f"{path.relative_to(ROOT)}:{node.lineno} imports {name}"
            for node in ast.walk(tree) if getattr(node, "lineno", 0) not in skipped
            for name in imported_modules(node) if name.split(".")[0] in HEAVY]


def test_nothing_but_the_entry_imports_tensorflow_or_keras() -> None:
    """Any such import, at module level or in a function, could race the warm-up."""
    offenders = [hit for path in APP_CODE if path != ENTRY for hit in direct_heavy_imports(path)]
    assert offenders == []


class CountingImporter:
    """Imports for real, slowly, counting the calls: a wide window for a race to show in."""

    def __init__(self, failures: int = 0) -> None:
        self.calls: list[str] = []
        self.failures = failures
        self.lock = threading.Lock()

    def __call__(self, name: str) -> ModuleType:
        with self.lock:
            self.calls.append(name)
            failing = self.failures > 0
            self.failures -= failing
        time.sleep(0.05)
        if failing:
            raise ImportError(f"libtensorflow_cc.so.2: cannot open shared object ({name})")
        import importlib

        return importlib.import_module(name)


def test_many_threads_asking_at_once_share_one_import() -> None:
    importer = CountingImporter()
    runtime = TensorFlowRuntime(importer)
    results: list[object] = []
    threads = [threading.Thread(target=lambda: results.append(runtime.require()))
               for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert importer.calls == ["tensorflow", "keras"]  # once, by whichever thread came first
    assert len(results) == 8 and all(result is results[0] for result in results)
    assert results[0].tensorflow.__name__ == "tensorflow"  # type: ignore[attr-defined]


def test_a_failed_import_is_reported_and_the_next_request_tries_again() -> None:
    runtime = TensorFlowRuntime(CountingImporter(failures=1))
    with pytest.raises(TensorFlowUnavailableError) as failure:
        runtime.require()
    assert "cannot open shared object" in failure.value.detail
    assert runtime.error is failure.value and runtime.loaded is None
    loaded = runtime.require()
    assert loaded.keras.__name__ == "keras" and runtime.error is None
