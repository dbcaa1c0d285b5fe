"""Frames per second of the Webcam tab's work, and the GUI thread's largest stall while it runs.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_webcam.py [--seconds 4] [--frames 60]

The "camera" is a generated MJPG video of 640 × 480 paper frames with 3–6 digits each
(``engine.digits.paper_video``, drawn from the built-in sample's *training* digits), read as fast as
possible (not at the video's 30 fps), looping.

1. **Throughput**, frames per second, each row one more stage of the worker's loop:
   capture alone (decoding the MJPG frame: the reference, the most any pipeline can reach);
   capture + ``find_digits``; capture + ``find_digits`` + prediction as the tab does it (one
   ``Predictor.probabilities_batch`` call per frame for all its digits) — target ≥ 30 fps;
   and, for comparison, the naive way: one ``model.predict`` call per digit.
2. **GUI thread stall** while the tab streams the same video at its own pace: a 10 ms QTimer
   on the GUI thread records the longest gap between two of its ticks (10 ms means no stall),
   and the tab's shown frames per second. Target: no gap above 50 ms.
"""

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from engine.digits.camera import FrameSource  # noqa: E402 - after the path
from engine.digits.paper_digits import find_digits  # noqa: E402

TICK_MS = 10


def make_video(folder: Path, frames: int) -> Path:
    from engine.datasets.catalog import load_sample
    from engine.digits.paper_video import write_paper_video

    sample = load_sample()
    path = folder / "bench_paper.avi"
    write_paper_video(path, sample.x_train, sample.y_train, frames=frames, seed=11)
    return path


def frames_per_second(video: Path, work: Callable[[np.ndarray], object], seconds: float) -> float:
    """Loop over the video for ``seconds``, calling ``work`` on each frame; frames/s."""
    with FrameSource(video, loop=True) as source:
        for _ in range(5):
            work(source.read())  # warm-up: the first prediction traces the graph
        count, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            work(source.read())
            count += 1
        return count / (time.perf_counter() - start)


def throughput(video: Path, seconds: float) -> list[tuple[str, float]]:
    from engine.models.io import load_model
    from engine.models.predictor import Predictor

    model = load_model(ROOT / "resources" / "models" / "mnist_cnn.keras")
    predictor = Predictor(model)

    def tab_way(frame: np.ndarray) -> None:
        candidates = find_digits(frame)
        if candidates:
            batch = np.concatenate([predictor.prepare(c.image) for c in candidates])
            predictor.probabilities_batch(batch)

    def naive_way(frame: np.ndarray) -> None:
        for candidate in find_digits(frame):
            model.predict(candidate.image[None, :, :, None], verbose=0)

    return [
        ("capture alone (reference)", frames_per_second(video, lambda f: None, seconds)),
        ("capture + find_digits", frames_per_second(video, find_digits, seconds)),
        ("capture + find_digits + batch prediction", frames_per_second(video, tab_way,
                                                                       seconds)),
        ("capture + find_digits + model.predict per digit",
         frames_per_second(video, naive_way, seconds)),
    ]


def streaming_tab(video: Path) -> tuple[object, object]:
    """The Webcam tab on screen (offscreen), with the default model, reading ``video``."""
    from PySide6.QtWidgets import QApplication

    from gui.session import LabSession, load_for_interaction, shipped_entry
    from gui.webcam.tab import WebcamTab

    app = QApplication.instance() or QApplication(sys.argv)
    session = LabSession()
    session.current = load_for_interaction(shipped_entry("mnist_cnn"))
    tab = WebcamTab(session)
    tab.resize(1100, 760)
    tab.show()
    tab.open_source(video)
    return app, tab


def run_events(app: object, seconds: float) -> None:
    """An event loop that sleeps between events, as app.exec() does."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def gui_stall(video: Path, seconds: float) -> tuple[float, float, float, int]:
    """(largest gap ms, 99th percentile gap ms, shown frames/s, processed frames)."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    app, tab = streaming_tab(video)
    run_events(app, 1.0)  # warm-up: first frames, first predictions
    gaps: list[float] = []
    shown: set[int] = set()
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now
        result = tab.display.result()
        if result is not None:
            shown.add(result.number)

    timer = QTimer(interval=TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    run_events(app, seconds)
    timer.stop()
    latest = tab.worker.latest() if tab.worker is not None else None
    tab.close()
    return max(gaps), float(np.percentile(gaps, 99)), len(shown) / seconds, \
        latest.number if latest is not None else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--frames", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        video = make_video(Path(folder), args.frames)
        print(f"{args.frames}-frame 640 × 480 MJPG video, 3–6 digits per frame; "
              f"{os.cpu_count()} CPU(s)")
        rows = throughput(video, args.seconds)
        reference = rows[0][1]
        print(f"\n{'work per frame':<52}{'frames/s':>10}{'ms/frame':>10}{'× capture':>11}")
        for name, fps in rows:
            print(f"{name:<52}{fps:>10.1f}{1000 / fps:>10.2f}{reference / fps:>11.2f}")
        tab_fps = rows[2][1]
        print(f"target ≥ 30 frames/s for the tab's pipeline: "
              f"{'met' if tab_fps >= 30 else 'MISSED'} ({tab_fps:.1f}); batch prediction is "
              f"{tab_fps / rows[3][1]:.1f}× the per-digit model.predict rate")
        largest, p99, shown_fps, processed = gui_stall(video, args.seconds)
        print(f"\nGUI thread while the tab streams the video at 30 fps for {args.seconds:g} s "
              f"({TICK_MS} ms timer):")
        print(f"  largest gap {largest:.1f} ms, 99th percentile {p99:.1f} ms "
              f"(target: no gap above 50 ms: {'met' if largest <= 50 else 'MISSED'})")
        print(f"  frames shown {shown_fps:.1f}/s; frames processed by the worker: {processed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
