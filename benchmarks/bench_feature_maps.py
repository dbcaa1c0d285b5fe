"""Time a live FeatureMapGrid update against building the grid from scratch, in one run.

Run from the repository root::

    python benchmarks/bench_feature_maps.py             # 200 updates, 20 rebuilds per case
    python benchmarks/bench_feature_maps.py --updates 50 --rebuilds 5

The Activations tab calls ``set_maps`` on every stroke while a person draws, so one update
plus the repaint it causes must stay under 20 ms. An update reuses the grid's items when the
number and size of the maps are unchanged; the reference clears the grid first, forcing the
rebuild every call would cost without that reuse. Both paths are timed the same way:
``set_maps``, then the grid's layout is settled (``layout.activate()``, which Qt would do
before a real repaint; a no-op when nothing moved), then ``grab()``, which paints the whole
widget into a pixmap. Between timed calls, outside the timing, pending events are processed,
so the shown widget's own repaint is not counted as a second paint. Medians are printed,
since a 2-core machine shared with other work has occasional slow outliers.
"""

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

# Runnable as a plain script: the repository root on the path, and no screen needed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QApplication

TARGET_MS = 20.0
WIDGET_SIZE = (800, 800)
# (label, maps shape (H, W, C)): the first two Conv2D outputs of the course's MNIST CNN.
CASES = [("32 maps 28×28", (28, 28, 32)), ("64 maps 11×11", (11, 11, 64))]


def median_ms(call: Callable[[], object], runs: int, between: Callable[[], object]
              ) -> tuple[float, float]:
    """Median and 90th-percentile ms of ``call`` after 3 warm-ups; ``between`` is not timed."""
    times = []
    for run in range(runs + 3):
        between()
        start = time.perf_counter()
        call()
        if run >= 3:
            times.append((time.perf_counter() - start) * 1e3)
    return float(np.median(times)), float(np.percentile(times, 90))


def run_case(app: QApplication, shape: tuple[int, int, int], updates: int, rebuilds: int
             ) -> tuple[tuple[float, float], tuple[float, float]]:
    """((update median, p90), (rebuild median, p90)) in ms for maps of ``shape``."""
    from gui.widgets.feature_maps import FeatureMapGrid

    rng = np.random.default_rng(0)
    frames = [rng.random(shape, dtype=np.float32) for _ in range(8)]  # new data every call
    grid = FeatureMapGrid()
    grid.resize(*WIDGET_SIZE)
    grid.show()
    counter = iter(range(10**9))

    def update() -> None:
        grid.set_maps(frames[next(counter) % len(frames)])
        grid.ci.layout.activate()
        grid.grab()

    def rebuild() -> None:
        grid.clear()
        update()

    result = (median_ms(update, updates, app.processEvents),
              median_ms(rebuild, rebuilds, app.processEvents))
    grid.close()
    grid.deleteLater()
    app.processEvents()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=200, help="timed updates per case")
    parser.add_argument("--rebuilds", type=int, default=20, help="timed rebuilds per case")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    import pyqtgraph as pg

    print(f"Python {platform.python_version()}, NumPy {np.__version__}, PySide6 "
          f"{pyside_version}, pyqtgraph {pg.__version__}, {os.cpu_count()} CPUs, "
          f"platform {app.platformName()}, widget {WIDGET_SIZE[0]}×{WIDGET_SIZE[1]}")
    print(f"set_maps + grab, median (p90) ms; target < {TARGET_MS:g} ms\n")
    print("| case | update (reuse) | rebuild | rebuild / update | < 20 ms |")
    print("| --- | ---: | ---: | ---: | :---: |")
    for label, shape in CASES:
        (update, update_p90), (rebuild, rebuild_p90) = run_case(app, shape, args.updates,
                                                                args.rebuilds)
        verdict = "ok" if update < TARGET_MS else "**missed**"
        print(f"| {label} | {update:.2f} ({update_p90:.2f}) | {rebuild:.1f} ({rebuild_p90:.1f})"
              f" | {rebuild / update:.1f}× | {verdict} |")


if __name__ == "__main__":
    main()
