"""Time one-image inference: engine.models.predictor.Predictor against Keras' model.predict.

Run from the repository root::

    python benchmarks/bench_inference.py [--model resources/models/mnist_cnn.keras] [--calls 300]

Interactive views classify a drawing on every stroke, so one image must take well under a
frame. Targets: ``Predictor.probabilities`` under 1 ms and ``Predictor.activations`` under
2 ms (medians), each at least 20× faster than ``model.predict`` — measured in the same run.
"""

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from engine.models import architectures
from engine.models.io import load_model
from engine.models.predictor import Predictor

DEFAULT_MODEL = Path(__file__).resolve().parents[1] / "resources" / "models" / "mnist_cnn.keras"


def median_ms(call: Callable[[], object], calls: int) -> float:
    """Median wall time of ``calls`` calls after a warm-up (the first traces the graph)."""
    for _ in range(5):
        call()
    times = []
    for _ in range(calls):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args()
    if args.model.exists():
        model, name = load_model(args.model), args.model.name
    else:  # the same architecture, untrained: inference costs the same
        model, name = architectures.build_cnn(), "build_cnn() (untrained)"
    predictor = Predictor(model)
    image = np.random.default_rng(0).random((28, 28), dtype=np.float32)
    batch = image[None, :, :, None]
    timings = {
        "Predictor.probabilities": median_ms(lambda: predictor.probabilities(image), args.calls),
        "Predictor.activations": median_ms(lambda: predictor.activations(image), args.calls),
        "model.predict": median_ms(lambda: model.predict(batch, verbose=0),
                                   max(20, args.calls // 10)),
    }
    reference = timings["model.predict"]
    print(f"model: {name}; {os.cpu_count()} CPU(s); median of {args.calls} calls")
    print(f"{'path':<26}{'median ms':>10}{'× faster than predict':>24}")
    for path, ms in timings.items():
        print(f"{path:<26}{ms:>10.3f}{reference / ms:>24.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
