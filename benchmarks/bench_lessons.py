"""Time the image lessons' live work against TensorFlow in the same run.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_lessons.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_lessons.py --runs 200

Kernel editor ("Filtros e detecção de bordas"): the deck's vertical edge kernel on the
512 × 512 grey cameraman photo, which is what the lesson filters after every edit.

1. ``engine.numerics.ops.conv2d`` alone (float64, its single-channel shift-and-add path);
2. the lesson's full update: ``KernelEditorLesson.set_kernel`` + ``refresh()`` (filter, colour
   levels, size texts, both pictures) and a repaint of the whole lesson (``grab()``), the
   kernel alternating between the deck's vertical and horizontal edge kernels so that every
   update draws a new picture. Target: under 50 ms.

3D convolution ("Convolução em 3D"): the lesson's full redraw, ``Convolution3DLesson.refresh()``
(four 3×3×3 filters over the 64 × 64 colour photo, four diverging feature maps, the size
formula) and a repaint (``grab()``), against ``tf.nn.conv2d`` computing the same four maps.

The reference is ``tf.nn.conv2d`` on the same picture and kernel (float32, eager and through a
``tf.function``), timed in the same process. Each figure is the median of ``--runs`` calls
after a warm-up; ratios divide by the faster TensorFlow figure. Other lessons add their own
``time_*`` function and a line in ``main``.
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
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")  # hide TF's CUDA/oneDNN start-up notices
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from engine.datasets.samples import load_sample_photo  # noqa: E402
from engine.lessons.filtering import grey_image  # noqa: E402
from engine.numerics import ops  # noqa: E402 - after the path
from engine.numerics.kernels import get_preset  # noqa: E402

TARGET_MS = 50.0
WARM_UP = 5


def median_ms(call: Callable[[], object], runs: int) -> float:
    """Median time of one call in milliseconds, after a warm-up (caches, tracing, threads)."""
    for _ in range(WARM_UP):
        call()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1e3)
    return statistics.median(times)


def time_tensorflow(grey: np.ndarray, kernel: np.ndarray, runs: int) -> float:
    """The faster of eager ``tf.nn.conv2d`` and a ``tf.function`` around it, float32."""
    import tensorflow as tf

    x = tf.constant(grey[None, :, :, None], tf.float32)
    k = tf.constant(kernel[:, :, None, None], tf.float32)
    compiled = tf.function(lambda a, b: tf.nn.conv2d(a, b, 1, "VALID"))
    eager_ms = median_ms(lambda: tf.nn.conv2d(x, k, 1, "VALID").numpy(), runs)
    function_ms = median_ms(lambda: compiled(x, k).numpy(), runs)
    print(f"{'tf.nn.conv2d eager (float32)':<52}{eager_ms:>9.3f}")
    print(f"{'tf.nn.conv2d in a tf.function (float32)':<52}{function_ms:>9.3f}")
    return min(eager_ms, function_ms)


def time_kernel_editor(grey: np.ndarray, runs: int, reference_ms: float) -> None:
    """The edge filter alone, and the kernel editor's whole update, against TensorFlow."""
    from PySide6.QtWidgets import QApplication

    from gui.lessons.kernel_editor.lesson import KernelEditorLesson

    app = QApplication.instance() or QApplication(sys.argv)
    vertical = get_preset("vertical_edges").kernel
    horizontal = get_preset("horizontal_edges").kernel
    conv_ms = median_ms(lambda: ops.conv2d(grey, vertical), runs)
    row("engine.numerics.ops.conv2d (float64)", conv_ms, reference_ms)

    lesson = KernelEditorLesson()
    lesson.resize(1100, 760)
    lesson.show()
    app.processEvents()
    assert lesson.source.current_key() == "camera" and lesson.grey_input().shape == grey.shape
    kernels = iter(np.tile([vertical, horizontal], (WARM_UP + runs, 1, 1)))

    def update() -> None:
        lesson.set_kernel(next(kernels))
        lesson.refresh()
        lesson.grab()

    update_ms = median_ms(update, runs)
    row("kernel editor: set_kernel + refresh() + repaint", update_ms, reference_ms)
    verdict = "met" if update_ms < TARGET_MS else "MISSED"
    print(f"target: the lesson's update under {TARGET_MS:g} ms — {verdict}")
    lesson.close()


def time_conv3d_view(runs: int) -> None:
    """The 3D-convolution lesson's whole redraw, against TensorFlow's four feature maps."""
    import tensorflow as tf
    from PySide6.QtWidgets import QApplication

    from gui.lessons.convolution_3d.lesson import Convolution3DLesson

    app = QApplication.instance() or QApplication(sys.argv)
    lesson = Convolution3DLesson()
    lesson.resize(1100, 760)
    lesson.show()
    app.processEvents()
    rgb = tf.constant(np.random.default_rng(0).random((1, 64, 64, 3)), tf.float32)
    kernels = tf.constant(np.random.default_rng(1).normal(size=(3, 3, 3, 4)), tf.float32)
    reference_ms = median_ms(lambda: tf.nn.conv2d(rgb, kernels, 1, "VALID").numpy(), runs)
    print(f"{'tf.nn.conv2d: 64×64×3 → 4 maps (float32)':<52}{reference_ms:>9.3f}")

    def redraw() -> None:
        lesson.refresh()
        lesson.grab()

    redraw_ms = median_ms(redraw, runs)
    row("3D convolution: refresh() + repaint", redraw_ms, reference_ms)
    lesson.close()


def row(label: str, ms: float, reference_ms: float) -> None:
    print(f"{label:<52}{ms:>9.3f}{ms / reference_ms:>10.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100, help="timed calls per case (median)")
    args = parser.parse_args()
    grey = grey_image(load_sample_photo("camera"))
    kernel = get_preset("vertical_edges").kernel
    print(f"{grey.shape[0]}×{grey.shape[1]} grey photo, deck's vertical edge kernel; "
          f"{os.cpu_count()} CPU(s); median of {args.runs} calls")
    print(f"{'work':<52}{'ms':>9}{'÷ best TF':>10}")
    reference_ms = time_tensorflow(grey, kernel, args.runs)
    time_kernel_editor(grey, args.runs, reference_ms)
    print()
    time_conv3d_view(args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
