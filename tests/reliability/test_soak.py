"""Soak tests: a lab session's worth of drawing, webcam frames and training runs.

Each test runs one activity many times, as fast as it goes, and checks that resident memory
stops growing after a warm-up (caches, compiled functions and the undo history fill up first)
and that no thread is left behind. The measured figures are printed (run with ``-s``).

Memory is the process's resident set (``/proc/self/statm``), measured after ``gc.collect()``.

CI runs reduced counts (the warm-ups stay whole, so growth is still measured over a long stretch
after them); ``CNN_LAB_SOAK=full`` runs the full counts of benchmarks/README.md.
"""

import gc
import os
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from engine.digits.camera import FrameSource, SourceState
from gui.session import LabSession, LoadedModel
from gui.workers import wait_for_background_work
from tests.gui.drawing_helpers import make_draw_tab

MB = 1024 * 1024
GROWTH_LIMIT_MB = 30.0
PAGE = os.sysconf("SC_PAGE_SIZE")
FULL = os.environ.get("CNN_LAB_SOAK") == "full"

pytestmark = pytest.mark.skipif(not Path("/proc/self/statm").is_file(),
                                reason="resident memory is read from /proc (Linux)")


def rss_mb() -> float:
    """Resident memory of this process in MB, after a full garbage collection."""
    gc.collect()
    resident = int(Path("/proc/self/statm").read_text().split()[1])
    return resident * PAGE / MB




# --------------------------------------------------------------------------- drawing
DRAW_CYCLES = 5000 if FULL else 2000
DRAW_WARM_UP = 400  # > MAX_HISTORY / 2 cycles: the undo history (500 states) is full by then


def random_strokes(rng: np.random.Generator) -> list[list[tuple[float, float]]]:
    """One to three strokes of 3–12 points each, somewhere on the 280 × 280 canvas."""
    strokes = []
    for _ in range(int(rng.integers(1, 4))):
        count = int(rng.integers(3, 13))
        start = rng.uniform(50, 230, 2)
        steps = rng.normal(0, 25, (count - 1, 2))
        points = np.clip(np.vstack([start, start + np.cumsum(steps, axis=0)]), 5, 275)
        strokes.append([(float(x), float(y)) for x, y in points])
    return strokes


def test_drawing_prediction_cycles_do_not_grow_memory(qtbot: QtBot,
                                                           default_cnn: LoadedModel) -> None:
    session = LabSession()
    session.current = default_cnn  # as if loaded: ensure_model() loads nothing
    tab = make_draw_tab(qtbot, session)
    rng = np.random.default_rng(11)
    read = 0
    started = time.perf_counter()
    for cycle in range(DRAW_CYCLES):
        if cycle == DRAW_WARM_UP:
            baseline, warm = rss_mb(), time.perf_counter()
        tab.canvas.replay(random_strokes(rng))
        tab.predict_now()
        probabilities = tab.bars.probabilities()
        assert probabilities is not None and np.isfinite(probabilities).all()
        read += 1
        tab.canvas.clear()
        tab.predict_now()
        QApplication.processEvents()  # paint events, timers: what the event loop would do
    after = rss_mb()
    growth = after - baseline
    elapsed = time.perf_counter() - started
    print(f"\n[soak] drawing: {DRAW_CYCLES} cycles in {elapsed:.1f} s "
          f"({1000 * (time.perf_counter() - warm) / (DRAW_CYCLES - DRAW_WARM_UP):.2f} ms each); "
          f"RSS {baseline:.1f} → {after:.1f} MB after a warm-up of {DRAW_WARM_UP} cycles: "
          f"growth {growth:+.1f} MB")
    assert read == DRAW_CYCLES and tab.digit.text() == ""
    assert growth < GROWTH_LIMIT_MB


# --------------------------------------------------------------------------- webcam
WEBCAM_FRAMES = 10_000 if FULL else 4000
WEBCAM_WARM_UP = 1000
VIDEO_SIZE = (320, 240)  # a quarter of the default 640 × 480: 10,000 frames in under a minute


class LiveVideo:
    """A looping video file presented as a live camera, so the worker reads it without pacing.

    Files are paced at their frame rate (30 fps: 10,000 frames would take 5½ minutes); a live
    source is read as fast as frames come. Everything else is the real FrameSource.
    """

    is_live = True

    def __init__(self, path: Path) -> None:
        self.source = FrameSource(path, loop=True)
        self.fps = self.source.fps
        self.reads = 0

    @property
    def state(self) -> SourceState:
        return self.source.state

    def read(self) -> np.ndarray | None:
        frame = self.source.read()
        if frame is not None:
            self.reads += 1
        return frame

    def close(self) -> None:
        self.source.close()

    def is_opened(self) -> bool:
        return self.source.is_opened()


@pytest.fixture(scope="module")
def small_paper_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import cv2

    from engine.datasets.catalog import load_sample
    from engine.digits.paper_video import FOURCC, paper_frame

    sample = load_sample()
    rng = np.random.default_rng(21)
    path = tmp_path_factory.mktemp("soak") / "paper_320.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*FOURCC), 30.0, VIDEO_SIZE)
    for index in range(60):
        frame, _ = paper_frame(rng, sample.x_train, sample.y_train, 1 + index % 4,
                               size=VIDEO_SIZE, texture="paper" if index % 2 else "plain")
        writer.write(frame)
    writer.release()
    return path




def test_webcam_frames_through_the_tab_do_not_grow_memory(
        qtbot: QtBot, webcam: object, small_paper_video: Path) -> None:
    """The whole Webcam tab: its worker thread captures, detects and reads every frame of a
    looping 320 × 240 video (as a live source: not paced), while the tab pulls and draws the
    newest result as it does with a camera (frames it cannot draw in time are dropped)."""
    tab = webcam
    threads_before = set(threading.enumerate())
    source = LiveVideo(small_paper_video)
    started = time.perf_counter()
    assert tab.open_source(source)
    qtbot.waitUntil(lambda: source.reads >= WEBCAM_WARM_UP, timeout=120_000)
    baseline, warm, warm_reads = rss_mb(), time.perf_counter(), source.reads
    shown_before = tab.display.result().number
    qtbot.waitUntil(lambda: source.reads >= WEBCAM_FRAMES, timeout=240_000)
    after = rss_mb()
    rate = (source.reads - warm_reads) / (time.perf_counter() - warm)
    processed = tab.worker.latest().number
    drawn = tab.display.result().number - shown_before
    assert tab.is_streaming() and tab.worker.error is None
    assert len(tab.detections()) >= 1  # still finding and reading digits at the end
    assert all(d.probabilities is not None and np.isfinite(d.probabilities).all()
               for d in tab.detections())
    tab.stop()
    elapsed = time.perf_counter() - started
    growth = after - baseline
    print(f"\n[soak] webcam: {source.reads} frames {VIDEO_SIZE[0]} × {VIDEO_SIZE[1]} "
          f"(processed {processed}) in {elapsed:.1f} s, {rate:.0f} frames/s; the tab drew "
          f"a newer result {drawn} times after warm-up; RSS {baseline:.1f} → {after:.1f} MB "
          f"after a warm-up of {WEBCAM_WARM_UP} frames: growth {growth:+.1f} MB")
    assert growth < GROWTH_LIMIT_MB
    assert not source.is_opened()  # released by the worker
    started_here = [t.name for t in threading.enumerate() if t not in threads_before]
    assert not started_here, f"threads left behind: {started_here}"


# --------------------------------------------------------------------------- training
TRAINING_CYCLES = 30 if FULL else 12
LONG = 120_000


def test_start_stop_training_cycles_leave_no_threads(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gui.training.runs import DONE, STOPPED
    from gui.training.tab import TrainingTab
    from tests.gui.training.test_training_tab import prepare

    monkeypatch.setenv("CNN_LAB_HOME", str(tmp_path / "home"))
    tab = TrainingTab(LabSession())
    qtbot.addWidget(tab)
    tab.resize(800, 600)
    tab.show()
    qtbot.waitExposed(tab)
    # 200 images, 10 % held out: 180 in batches of 32 → 6 batches per epoch, 2 epochs.
    prepare(qtbot, tab, epochs="2", limit="200", batch="32")
    wait_for_background_work(60)
    QApplication.processEvents()
    baseline = threading.enumerate()
    rng = np.random.default_rng(3)
    started = time.perf_counter()
    states = []
    try:
        for cycle in range(TRAINING_CYCLES):
            # Stop after batch n of the whole run: -1 at once, 0 … 11 during the 12 batches,
            # 12 never (the run ends by itself).
            stop_after = -1 if cycle % 10 == 0 else int(rng.integers(0, 13))
            seen = []

            def maybe_stop(event: object, stop_after: int = stop_after,
                           seen: list = seen) -> None:
                seen.append(event)
                if len(seen) - 1 == stop_after:
                    tab.stop()

            tab.runner.batchDone.connect(maybe_stop)
            tab.start()
            if stop_after == -1:
                tab.stop()
            qtbot.waitUntil(lambda: not tab.is_training(), timeout=LONG)
            assert tab.runner.wait(30)
            tab.runner.batchDone.disconnect(maybe_stop)
            QApplication.processEvents()
            run = tab.runs.runs()[-1]
            assert run.state in (DONE, STOPPED), (cycle, run.state, run.error)
            states.append(run.state)
            leaked = [t.name for t in threading.enumerate() if t not in baseline]
            assert not leaked, f"cycle {cycle}: threads left behind: {leaked}"
    finally:
        tab.runner.stop()
        tab.runner.wait(60)
    elapsed = time.perf_counter() - started
    model = tab.trained_model()
    probabilities = np.asarray(model(np.zeros((1, 28, 28, 1), np.float32)))
    print(f"\n[soak] training: {TRAINING_CYCLES} start/stop cycles in {elapsed:.1f} s "
          f"({states.count(STOPPED)} stopped, {states.count(DONE)} ran to the end); "
          f"Python threads {len(baseline)} before and {threading.active_count()} after")
    assert np.isfinite(probabilities).all()
    assert len(tab.runs.runs()) == TRAINING_CYCLES
    assert tab.start_button.isEnabled() and not tab.stop_button.isEnabled()
