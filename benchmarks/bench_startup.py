"""Time CNN Lab's start: process start → main window shown, and → first prediction possible.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py [--runs 5]

Each run starts a fresh Python process (as a double-click does) that opens the real main window
on the Draw tab and prints a line when the window has been shown and another when the default
model has loaded in the background and can read a drawing. The parent times both lines from the
moment it started the process. The reference, started the same way in the same run, is a bare
Qt window (`QApplication` + an empty `QMainWindow` shown): the cost no Qt app can avoid here.
Targets: the window under 1.0 s, with TensorFlow still loading in the background.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

APP = """
import sys, tempfile
sys.path.insert(0, {root!r})
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from gui.settings import name_application
name_application()
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
from gui.i18n import apply_language, default_language
apply_language(default_language(), remember=False)
from gui.main_window import MainWindow
window = MainWindow()
window.show()
QTimer.singleShot(0, lambda: print("shown", flush=True))
view = window.show_page("draw")
def ready():
    import numpy as np
    if window.session.current is None:  # a model change that is not the load finishing
        return
    window.session.current.predictor.probabilities(np.zeros((28, 28), np.float32))
    print("predicts", flush=True)
    app.quit()
window.session.modelChanged.connect(ready)
window.session.modelFailed.connect(lambda name, why: print("failed", name, why, flush=True))
app.exec()
"""

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def timed_lines(code: str) -> dict[str, float]:
    """Seconds from starting a Python process running ``code`` to each line it prints."""
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", CNN_LAB_HOME=tempfile.mkdtemp())
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    seen = {}
    assert process.stdout is not None
    for line in process.stdout:
        seen[line.strip()] = time.perf_counter() - start
    process.wait(timeout=120)
    return seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app_runs, bare_runs = [], []
    for _ in range(args.runs):  # alternate, so that load on the machine hits both alike
        bare_runs.append(timed_lines(BARE)["shown"])
        app_runs.append(timed_lines(APP.format(root=str(ROOT))))
    shown = statistics.median(run["shown"] for run in app_runs)
    predicts = statistics.median(run["predicts"] for run in app_runs)
    bare = statistics.median(bare_runs)
    print(f"{os.cpu_count()} CPU(s); median of {args.runs} fresh processes")
    print(f"{'moment':<52}{'seconds':>9}{'× bare Qt':>11}")
    print(f"{'bare Qt window shown (reference)':<52}{bare:>9.2f}{1.0:>11.1f}")
    print(f"{'CNN Lab main window shown':<52}{shown:>9.2f}{shown / bare:>11.1f}")
    label = "first prediction possible (model loaded)"
    print(f"{label:<52}{predicts:>9.2f}{predicts / bare:>11.1f}")
    print(f"target: window under 1.0 s — {'met' if shown < 1.0 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
