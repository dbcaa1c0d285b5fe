"""Time engine.numerics.ops.conv2d / max_pool2d against TensorFlow on lesson, MNIST and photo sizes.

Run from the repository root::

    python benchmarks/bench_ops.py            # 7 repeats per case
    python benchmarks/bench_ops.py --repeat 3

NumPy runs in float64 (what the engine computes, so students see exact lesson numbers);
TensorFlow runs in float32 (what Keras trains in), eagerly and through a ``tf.function``.
Each timing is the best of N repeats after a warm-up, timeit-style: the best run is the one
least disturbed by the rest of the machine. The target is NumPy within 3× of TensorFlow.
"""

import argparse
import os
import platform
import sys
import timeit
from collections.abc import Callable
from pathlib import Path

import numpy as np

# Runnable as a plain script: put the repository root (for `engine`) on the path.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # hide TF's CUDA/oneDNN start-up notices

from engine.numerics import kernels, ops

TARGET_RATIO = 3.0

# (label, input shape, kernel shape); kernels in Keras order, a missing F axis = one map.
CONV_CASES: list[tuple[str, tuple[int, ...], tuple[int, ...]]] = [
    ("lesson 3×3, 2×2 kernel", (3, 3), (2, 2)),
    ("lesson 28×28×1, 1 edge 3×3", (28, 28), (3, 3)),
    ("MNIST 28×28×1 → 32 3×3", (28, 28, 1), (3, 3, 1, 32)),
    ("MNIST 26×26×32 → 64 3×3", (26, 26, 32), (3, 3, 32, 64)),
    ("photo 224×224×3 → 16 3×3", (224, 224, 3), (3, 3, 3, 16)),
    ("photo 512×512×1, 1 3×3 (editor)", (512, 512), (3, 3)),
]


def best_ms(call: Callable[[], object], repeat: int) -> float:
    """Best time of one call in milliseconds, after a warm-up (like ``python -m timeit``)."""
    for _ in range(3):  # warm-up: caches, TF graph tracing, BLAS thread start-up
        call()
    timer = timeit.Timer(call)
    number, _ = timer.autorange()  # enough calls per run for about 0.2 s
    return min(timer.repeat(repeat, number)) / number * 1e3


def conv_case(tf: object, x_shape: tuple[int, ...], k_shape: tuple[int, ...], repeat: int
              ) -> tuple[float, float, float]:
    """(numpy ms, tf eager ms, tf.function ms) for one convolution."""
    rng = np.random.default_rng(0)
    x = rng.random(x_shape)
    kernel = kernels.get_preset("vertical_edges").kernel if k_shape == (3, 3) \
        else rng.standard_normal(k_shape)
    # TF wants a batch and a full (kh, kw, C, F) kernel; build the tensors outside the timing.
    x_tf = tf.constant(x.reshape(1, *x_shape[:2], -1), dtype=tf.float32)
    k_tf = tf.constant(kernel.reshape(*k_shape[:2], x_tf.shape[-1], -1), dtype=tf.float32)
    compiled = tf.function(lambda a, b: tf.nn.conv2d(a, b, 1, "VALID"))
    return (best_ms(lambda: ops.conv2d(x, kernel), repeat),
            best_ms(lambda: tf.nn.conv2d(x_tf, k_tf, 1, "VALID"), repeat),
            best_ms(lambda: compiled(x_tf, k_tf), repeat))


def pool_case(tf: object, repeat: int) -> tuple[float, float, float]:
    """(numpy ms, tf eager ms, tf.function ms) for a 2×2 max pooling of 26×26×32."""
    x = np.random.default_rng(0).random((26, 26, 32))
    x_tf = tf.constant(x[None], dtype=tf.float32)
    compiled = tf.function(lambda a: tf.nn.max_pool2d(a, 2, 2, "VALID"))
    return (best_ms(lambda: ops.max_pool2d(x, 2), repeat),
            best_ms(lambda: tf.nn.max_pool2d(x_tf, 2, 2, "VALID"), repeat),
            best_ms(lambda: compiled(x_tf), repeat))


def print_row(label: str, times: tuple[float, float, float]) -> None:
    numpy_ms, eager_ms, function_ms = times
    ratio_eager, ratio_best = numpy_ms / eager_ms, numpy_ms / min(eager_ms, function_ms)
    verdict = "ok" if ratio_best <= TARGET_RATIO else "MISSED"
    print(f"{label:<34} {numpy_ms:>9.3f} {eager_ms:>9.3f} {function_ms:>9.3f} "
          f"{ratio_eager:>8.2f} {ratio_best:>8.2f}  {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per case (best kept)")
    args = parser.parse_args()

    import tensorflow as tf  # imported here so `--help` answers instantly

    print(f"Python {platform.python_version()}, NumPy {np.__version__}, TensorFlow "
          f"{tf.__version__}, {os.cpu_count()} CPU(s), "
          f"OPENBLAS_CORETYPE={os.environ.get('OPENBLAS_CORETYPE', '(unset)')}, "
          f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', '(unset)')}")
    print(f"{'case':<34} {'numpy ms':>9} {'tf ms':>9} {'tf.fn ms':>9} "
          f"{'np/tf':>8} {'np/best':>8}  target ≤{TARGET_RATIO:g}×")
    for label, x_shape, k_shape in CONV_CASES:
        print_row(label, conv_case(tf, x_shape, k_shape, args.repeat))
    print_row("max_pool2d 26×26×32, 2×2", pool_case(tf, args.repeat))
    print("np/tf = NumPy / TF eager; np/best = NumPy / the faster of eager and tf.function.")


if __name__ == "__main__":
    main()
