"""Time the Draw and Activations tabs' work per update, against model.predict in the same run.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_draw.py [--digits 200]

1. **Drawing → prediction + activations**: what the Draw tab does after a change of the
   drawing (``mnist_steps`` on the 280 × 280 canvas, ``Predictor.probabilities``) plus what the
   Activations tab does (``Predictor.activations``), on real pen digits rendered by the canvas's
   code (or synthetic strokes if the course data is absent). Target: under 16 ms (one frame).
2. **Activation grid render**: ``ActivationsTab.refresh`` followed by a full repaint of the tab
   (``grab``), with conv1's 32 maps and with conv3's 64 maps shown. Target: under 50 ms on the
   GUI thread.

The reference is ``model.predict`` on the same image, which a naive app would call per stroke.
"""

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from engine.digits.drawing import fit_strokes_to_canvas, render_strokes  # noqa: E402 - after the path
from engine.digits.preprocess import mnist_steps  # noqa: E402
from engine.digits.strokes import load_pen_digits  # noqa: E402


def canvases(count: int) -> list[np.ndarray]:
    """Canvas pictures of real pen digits (the ones that ship with CNN Lab)."""
    digits = load_pen_digits()[:count]
    return [render_strokes(fit_strokes_to_canvas(d.strokes)) for d in digits]


def timings_ms(call: Callable[[np.ndarray], object], inputs: list[np.ndarray]) -> list[float]:
    for image in inputs[:5]:
        call(image)  # warm-up: traces and compiles
    times = []
    for image in inputs:
        start = time.perf_counter()
        call(image)
        times.append((time.perf_counter() - start) * 1000)
    return times


def summary(name: str, times: list[float], reference: float) -> str:
    median = statistics.median(times)
    p95 = float(np.percentile(times, 95))
    return f"{name:<44}{median:>9.2f}{p95:>9.2f}{reference / median:>12.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--digits", type=int, default=200)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from gui.activations.tab import ActivationsTab
    from gui.session import LabSession

    app = QApplication.instance() or QApplication(sys.argv)
    session = LabSession()
    view = ActivationsTab(session)
    view.resize(1280, 800)
    view.show()
    session.wait()
    app.processEvents()
    predictor, model = session.current.predictor, session.current.model
    pictures = canvases(args.digits)

    def update(canvas: np.ndarray) -> None:
        centred = mnist_steps(canvas)["centred"]
        predictor.probabilities(centred)
        predictor.activations(centred)

    def render(canvas: np.ndarray) -> None:
        session.input_image = mnist_steps(canvas)["centred"]
        view.refresh()
        view.grab()

    def predict(canvas: np.ndarray) -> None:
        model.predict(mnist_steps(canvas)["centred"][None, :, :, None], verbose=0)

    reference = statistics.median(timings_ms(predict, pictures[:40]))
    print(f"{len(pictures)} pen digits; {os.cpu_count()} CPU(s); model.predict median "
          f"{reference:.2f} ms (reference)")
    print(f"{'work':<44}{'median':>9}{'p95':>9}{'× predict':>12}   (ms)")
    print(summary("drawing → prediction + all activations", timings_ms(update, pictures),
                  reference))
    for layer in ("conv1", "conv3"):  # 32 maps of 28 × 28; 64 maps of 13 × 13
        view.layers.select_layer(layer)
        print(summary(f"activation tab refresh + repaint ({layer})",
                      timings_ms(render, pictures), reference))
    return 0


if __name__ == "__main__":
    sys.exit(main())
