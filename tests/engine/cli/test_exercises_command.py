"""``main.py exercises``: the answers a teacher hands out agree with an independent solution.

Every answer the command prints is recomputed from its own ``given`` by other means:
TensorFlow's convolution with explicit zero padding (conv cells and output sizes),
``tf.GradientTape`` (backpropagation), Keras layers' ``count_params`` (dense and conv2d) or a
formula written here (locally connected), plain loops (pooling), and VP/VN/FP/FN counted
example by example from the confusion matrix (metrics). Several seeds, all four levels,
hundreds of problems.
"""

import contextlib
import io
import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import keras
import numpy as np
import pytest
import tensorflow as tf

import main
from engine.exercises.codes import code_to_seed

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ("0", "7", "K7Q2", "31337")
LEVELS = (1, 2, 3, 4)
COUNT = 8  # per topic, seed and level: 6 topics × 4 seeds × 4 levels × 8 = 768 problems


def run_cli(*args: str) -> tuple[int, str, str]:
    """main.main in this process, as ``python main.py exercises …``: (status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main.main(["exercises", *args])
        except SystemExit as exit_:  # argparse's own errors and --help
            status = int(exit_.code or 0)
    return status, out.getvalue(), err.getvalue()


def problems_json(*args: str) -> list[dict[str, Any]]:
    status, out, err = run_cli(*args, "--json")
    assert status == 0, err
    return json.loads(out)


@pytest.fixture(scope="module")
def all_problems() -> list[dict[str, Any]]:
    problems = []
    for seed in SEEDS:
        for level in LEVELS:
            problems += problems_json("--topic", "all", "--count", str(COUNT), "--seed", seed,
                                      "--level", str(level))
    return problems


# --------------------------------------------------------------------------- independent answers
def tf_conv_cell(given: dict[str, Any]) -> float:
    x = tf.constant(given["input"], tf.float64)[None, :, :, None]
    kernel = tf.constant(given["kernel"], tf.float64)[:, :, None, None]
    p = given["padding"]
    out = tf.nn.conv2d(x, kernel, strides=given["stride"],
                       padding=[[0, 0], [p, p], [p, p], [0, 0]])
    return float(out[0, given["row"], given["col"], 0])


def tf_output_size(given: dict[str, Any]) -> int:
    n, k, p, s = given["n"], given["k"], given["p"], given["s"]
    out = tf.nn.conv2d(tf.zeros((1, n, n, 1)), tf.zeros((k, k, 1, 1)), strides=s,
                       padding=[[0, 0], [p, p], [p, p], [0, 0]])
    assert out.shape[1] == out.shape[2]
    return int(out.shape[1])


def loop_pooling(given: dict[str, Any]) -> float:
    x, pool, s = given["input"], given["pool"], given["stride"]
    window = [x[given["row"] * s + a][given["col"] * s + b] for a in range(pool)
              for b in range(pool)]
    return max(window) if given["mode"] == "max" else sum(window) / len(window)


def tape_backprop(given: dict[str, Any]) -> float:
    x = tf.constant(given["input"], tf.float64)[None, :, :, None]
    kernel = tf.Variable(tf.constant(given["kernel"], tf.float64)[:, :, None, None])
    grad_z = tf.constant(given["dL_dz"], tf.float64)[None, :, :, None]
    with tf.GradientTape() as tape:
        z = tf.nn.conv2d(x, kernel, strides=given["stride"], padding="VALID")
        loss = tf.reduce_sum(z * grad_z)  # a loss whose ∂L/∂z is exactly dL_dz
    return float(tape.gradient(loss, kernel)[given["i"], given["j"], 0, 0])


def keras_parameters(given: dict[str, Any]) -> int:
    h, w, c = given["input_shape"]
    if given["layer"] == "dense":
        layer = keras.layers.Dense(given["units"], use_bias=given["bias"])
        layer.build((None, h * w * c))  # Dense after Flatten
    elif given["layer"] == "conv2d":
        layer = keras.layers.Conv2D(given["filters"], tuple(given["kernel"]),
                                    use_bias=given["bias"])
        layer.build((None, h, w, c))
    else:
        return local_parameters(given)
    return int(layer.count_params())


def local_parameters(given: dict[str, Any]) -> int:
    """Keras 2's LocallyConnected2D: (its conv_output_length) positions, each its own kernel."""
    h, w, c = given["input_shape"]
    (kh, kw), (sh, sw), f = given["kernel"], given["stride"], given["filters"]
    if given["padding"] == "same":
        rows, cols = math.ceil(h / sh), math.ceil(w / sw)
    else:
        rows, cols = math.ceil((h - kh + 1) / sh), math.ceil((w - kw + 1) / sw)
    return rows * cols * (kh * kw * c * f + (f if given["bias"] else 0))


def counted_metrics(given: dict[str, Any]) -> dict[str, Any]:
    """Expand the matrix into (true, predicted) examples and count them one by one."""
    positive = given["positive"]
    examples = [(true, predicted) for true, row in enumerate(given["confusion"])
                for predicted, count in enumerate(row) for _ in range(count)]
    tp = sum(1 for t, p in examples if t == positive and p == positive)
    tn = sum(1 for t, p in examples if t != positive and p != positive)
    fp = sum(1 for t, p in examples if t != positive and p == positive)
    fn = sum(1 for t, p in examples if t == positive and p != positive)

    def ratio(top: int, bottom: int) -> float | None:
        return None if bottom == 0 else top / bottom

    precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    f1 = ratio(2 * tp, 2 * tp + fp + fn)
    if precision is not None and recall is not None and precision + recall > 0:
        assert f1 == pytest.approx(2 * precision * recall / (precision + recall))
    return {"vp": tp, "vn": tn, "fp": fp, "fn": fn, "accuracy": ratio(tp + tn, len(examples)),
            "precision": precision, "recall": recall, "f1": f1}


REFERENCES = {"conv_cell": tf_conv_cell, "output_size": tf_output_size,
              "pooling": loop_pooling, "backprop": tape_backprop,
              "parameters": keras_parameters, "metrics": counted_metrics}


def test_every_answer_agrees_with_an_independent_solution(all_problems: list[dict]) -> None:
    assert len(all_problems) == 6 * len(SEEDS) * len(LEVELS) * COUNT
    for problem in all_problems:
        reference = REFERENCES[problem["topic"]](problem["given"])
        if problem["topic"] == "metrics":
            assert problem["answer"].keys() == reference.keys()
            for key, value in reference.items():
                assert problem["answer"][key] == pytest.approx(value), (key, problem)
        else:
            assert problem["answer"] == pytest.approx(reference, abs=1e-9), problem


def test_the_json_follows_the_issues_schema(all_problems: list[dict]) -> None:
    keys = {"output_size": {"n", "k", "p", "s"},
            "conv_cell": {"input", "kernel", "stride", "padding", "row", "col"},
            "pooling": {"input", "pool", "stride", "mode", "row", "col"},
            "backprop": {"input", "kernel", "stride", "dL_dz", "i", "j"},
            "metrics": {"confusion", "positive"}}
    for problem in all_problems:
        assert set(problem) == {"topic", "question", "given", "answer", "level"}
        assert set(problem["question"]) == {"pt_BR", "en"}
        assert all(problem["question"].values())
        given = problem["given"]
        if problem["topic"] == "parameters":
            layer_keys = {"dense": {"units"}, "conv2d": {"filters", "kernel"},
                          "locally_connected": {"filters", "kernel", "stride", "padding"}}
            assert set(given) == {"layer", "input_shape", "bias"} | layer_keys[given["layer"]]
        else:
            assert set(given) == keys[problem["topic"]]
        if problem["topic"] == "backprop":
            assert np.shape(given["input"]) == (5, 5) and np.shape(given["kernel"]) == (3, 3)
            assert np.shape(given["dL_dz"]) == (2, 2) and given["stride"] == 2


def test_levels_cover_what_the_issue_asks_for(all_problems: list[dict]) -> None:
    """Harder levels bring padding, strides, negatives, 3×3 matrices and 0/0."""
    top = [p for p in all_problems if p["level"] == 4]
    first = [p for p in all_problems if p["level"] == 1]
    conv = [p["given"] for p in top if p["topic"] == "conv_cell"]
    assert any(g["padding"] > 0 for g in conv) and any(g["stride"] > 1 for g in conv)
    assert any(v < 0 for g in conv for row in g["input"] for v in row)
    assert any(v != int(v) for g in conv for row in g["input"] for v in row)
    assert all(min(min(row) for row in p["given"]["input"]) >= 0 for p in first
               if p["topic"] in ("conv_cell", "pooling"))
    layers = {p["given"]["layer"] for p in top if p["topic"] == "parameters"}
    assert layers == {"dense", "conv2d", "locally_connected"}
    metrics = [p for p in top if p["topic"] == "metrics"]
    assert any(len(p["given"]["confusion"]) >= 3 for p in metrics)
    assert any(p["answer"]["precision"] is None for p in metrics)
    assert all(p["answer"]["precision"] is not None for p in first if p["topic"] == "metrics")


def test_the_same_seed_gives_the_same_set_and_other_seeds_other_sets() -> None:
    args = ("--topic", "all", "--count", "5", "--level", "3")
    first = problems_json(*args, "--seed", "K7Q2")
    assert problems_json(*args, "--seed", "k7 q2") == first
    assert problems_json(*args, "--seed", str(code_to_seed("K7Q2"))) == first
    others = [problems_json(*args, "--seed", seed) for seed in ("1", "2", "ABCD")]
    givens = [[p["given"] for p in problems] for problems in [first, *others]]
    assert all(givens[0] != other for other in givens[1:])
    assert givens[1] != givens[2]


def test_text_output_is_readable_in_both_languages() -> None:
    status, out, _ = run_cli("--topic", "conv_cell", "--count", "2", "--seed", "K7Q2",
                             "--level", "4")
    assert status == 0
    assert out.startswith("Exercícios — semente 511903 (código K7Q2), nível 4")
    assert "Entrada:" in out and "Kernel:" in out and out.count("Resposta:") == 2
    status, out, _ = run_cli("--topic", "metrics", "--count", "1", "--seed", "3", "--lang",
                             "en")
    assert status == 0 and "Confusion matrix" in out and "TP = " in out and "F1" in out


@pytest.mark.parametrize(("args", "complaint"), [
    (("--topic", "convolution", "--count", "2", "--seed", "1"), "--topic"),
    (("--topic", "all", "--count", "0", "--seed", "1"), "--count"),
    (("--topic", "all", "--count", "two", "--seed", "1"), "--count"),
    (("--topic", "all", "--count", "2", "--seed", "K7Q0"), "class code"),
    (("--topic", "all", "--count", "2", "--seed", "-4"), "--seed"),
    (("--topic", "all", "--count", "2", "--seed", "1", "--level", "5"), "--level"),
])
def test_bad_arguments_get_one_clear_line_and_status_2(args: tuple[str, ...],
                                                       complaint: str) -> None:
    status, out, err = run_cli(*args)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and complaint in err
    assert err.startswith("cnn-lab exercises: error:")


def test_help_describes_every_option() -> None:
    status, out, _ = run_cli("--help")
    assert status == 0
    for option in ("--topic", "--count", "--seed", "--level", "--json", "--lang", "K7Q2"):
        assert option in out


def test_as_a_subprocess_without_tensorflow() -> None:
    """The real ``python main.py exercises``, which must answer without importing TensorFlow."""
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}
    code = ("import sys, main; status = main.main(sys.argv[1:]); "
            "assert 'tensorflow' not in sys.modules and 'keras' not in sys.modules; "
            "sys.exit(status)")
    result = subprocess.run(
        [sys.executable, "-c", code, "exercises", "--topic", "backprop", "--count", "3",
         "--seed", "K7Q2", "--json"], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=60)
    assert result.returncode == 0, result.stderr
    problems = json.loads(result.stdout)
    assert problems == problems_json("--topic", "backprop", "--count", "3", "--seed", "K7Q2")
    for problem in problems:
        assert problem["answer"] == pytest.approx(tape_backprop(problem["given"]))
    plain = subprocess.run([sys.executable, "main.py", "exercises", "--topic", "pooling",
                            "--count", "1", "--seed", "9", "--lang", "en"], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=60)
    assert plain.returncode == 0 and "Answer:" in plain.stdout
