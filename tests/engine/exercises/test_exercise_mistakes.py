"""The mistake locator names the student's own slip, on real generated problems.

Each typical mistake is written out here a second time, independently of the engine: the test
looks for a generated problem where that mistake gives a wrong answer no other mistake gives,
answers it that way, and expects the locator to name it — with the numbers, in both languages.
"""

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from engine.exercises.answers import UNDEFINED, is_correct, parse_answer
from engine.exercises.mistake_texts import EXPLANATIONS
from engine.exercises.mistakes import MISTAKE_CODES, Mistake, locate_mistake
from engine.exercises.problems import MAX_LEVEL, Problem, expected, generate, window_cells
from engine.exercises.texts import format_number

NA = object()  # the mistake cannot happen in this problem (e.g. no padding to forget)
Given = dict[str, Any]


def _sizes(g: Given) -> tuple[int, int, int, int]:
    return g["n"], g["k"], g["p"], g["s"]


def _window_sum(x: np.ndarray, kernel: np.ndarray, top: int, left: int) -> Any:
    kh, kw = kernel.shape
    if top + kh > x.shape[0] or left + kw > x.shape[1]:
        return NA
    return float(np.sum(x[top:top + kh, left:left + kw] * kernel))


def _conv(g: Given, *, flip: bool = False, pad: bool = True, step: bool = True,
          swap: bool = False) -> Any:
    x = np.array(g["input"], float)
    x = np.pad(x, g["padding"]) if pad else x
    kernel = np.array(g["kernel"], float)
    kernel = np.flip(kernel) if flip else kernel
    row, col = (g["col"], g["row"]) if swap else (g["row"], g["col"])
    s = g["stride"] if step else 1
    return _window_sum(x, kernel, row * s, col * s)


def _pool(g: Given, *, mode: str | None = None, step: bool = True, swap: bool = False) -> Any:
    x, pool = np.array(g["input"], float), g["pool"]
    row, col = (g["col"], g["row"]) if swap else (g["row"], g["col"])
    s = g["stride"] if step else 1
    if row * s + pool > x.shape[0] or col * s + pool > x.shape[1]:
        return NA
    window = x[row * s:row * s + pool, col * s:col * s + pool]
    return float(window.max() if (mode or g["mode"]) == "max" else window.mean())


def _grad(g: Given, *, stride: int = 2, flip: bool = False, swap: bool = False) -> float:
    x, dz = np.array(g["input"], float), np.array(g["dL_dz"], float)
    dz = np.flip(dz) if flip else dz
    i, j = (g["j"], g["i"]) if swap else (g["i"], g["j"])
    return float(sum(dz[a, b] * x[i + stride * a, j + stride * b]
                     for a in range(2) for b in range(2)))


def _params(g: Given, *, bias: str = "right", channels: bool = True, shared: bool | None = None,
            padding: str | None = None, stride: bool = True) -> Any:
    """Parameters counted some way; bias: right | none | extra | per_input | once."""
    h, w, c = g["input_shape"]
    c_used = c if channels else 1
    if g["layer"] == "dense":
        n_in = h * w * c_used
        weights, outputs, inputs = n_in * g["units"], g["units"], n_in
        positions = 1
    else:
        (kh, kw), f = g["kernel"], g["filters"]
        local = (g["layer"] == "locally_connected") if shared is None else not shared
        if local:
            sh, sw = g.get("stride", [1, 1]) if stride else (1, 1)
            mode = padding or g.get("padding", "valid")
            if mode == "same":
                positions = math.ceil(h / sh) * math.ceil(w / sw)
            else:
                positions = ((h - kh) // sh + 1) * ((w - kw) // sw + 1)
        else:
            positions = 1
        weights, outputs, inputs = positions * kh * kw * c_used * f, positions * f, positions * c
    has_bias = g["bias"]
    extra = {"right": outputs if has_bias else 0, "none": 0, "extra": outputs,
             "per_input": inputs, "once": g.get("filters", 0)}[bias]
    return weights + extra


def _only(condition: Callable[[Given], bool], compute: Callable[[Given], Any]
          ) -> Callable[[Given], Any]:
    return lambda g: compute(g) if condition(g) else NA


def _counts(g: Given) -> tuple[int, int, int, int]:
    m, c = np.array(g["confusion"]), g["positive"]
    tp = int(m[c, c])
    fn, fp = int(m[c].sum()) - tp, int(m[:, c].sum()) - tp
    return tp, int(m.sum()) - tp - fn - fp, fp, fn


def _ratio(top: float, bottom: float) -> float | None:
    return None if bottom == 0 else top / bottom


def _precision(g: Given) -> float | None:
    tp, _, fp, _ = _counts(g)
    return _ratio(tp, tp + fp)


def _recall(g: Given) -> float | None:
    tp, _, _, fn = _counts(g)
    return _ratio(tp, tp + fn)


def _f1_mean(g: Given) -> Any:
    p, r = _precision(g), _recall(g)
    return NA if p is None or r is None else (p + r) / 2


def _has_bias(g: Given) -> bool:
    return bool(g["bias"])


# (topic, field, code) → the mistaken method, written out independently of the engine
MISTAKES: dict[tuple[str, str, str], Callable[[Given], Any]] = {
    ("output_size", "value", "forgot_padding"): _only(
        lambda g: g["p"] > 0 and g["k"] <= g["n"], lambda g: (g["n"] - g["k"]) // g["s"] + 1),
    ("output_size", "value", "padding_once"): _only(
        lambda g: g["p"] > 0, lambda g: (g["n"] + g["p"] - g["k"]) // g["s"] + 1),
    ("output_size", "value", "forgot_plus_one"): lambda g: (g["n"] + 2 * g["p"] - g["k"])
    // g["s"],
    ("output_size", "value", "ignored_stride"): lambda g: g["n"] + 2 * g["p"] - g["k"] + 1,
    ("output_size", "value", "rounded_up"): lambda g: math.ceil(
        (g["n"] + 2 * g["p"] - g["k"]) / g["s"]) + 1,
    ("conv_cell", "value", "flipped_kernel"): lambda g: _conv(g, flip=True),
    ("conv_cell", "value", "forgot_padding"): lambda g: _conv(g, pad=False),
    ("conv_cell", "value", "wrong_window"): lambda g: _conv(g, step=False),
    ("conv_cell", "value", "swapped_row_col"): lambda g: _conv(g, swap=True),
    ("pooling", "value", "max_for_average"): _only(lambda g: g["mode"] == "average",
                                                   lambda g: _pool(g, mode="max")),
    ("pooling", "value", "average_for_max"): _only(lambda g: g["mode"] == "max",
                                                   lambda g: _pool(g, mode="average")),
    ("pooling", "value", "wrong_window"): lambda g: _pool(g, step=False),
    ("pooling", "value", "swapped_row_col"): lambda g: _pool(g, swap=True),
    ("backprop", "value", "stride_one_window"): lambda g: _grad(g, stride=1),
    ("backprop", "value", "flipped_dl_dz"): lambda g: _grad(g, flip=True),
    ("backprop", "value", "swapped_row_col"): lambda g: _grad(g, swap=True),
    ("parameters", "value", "forgot_bias"): _only(_has_bias, lambda g: _params(g, bias="none")),
    ("parameters", "value", "extra_bias"): _only(lambda g: not g["bias"],
                                                 lambda g: _params(g, bias="extra")),
    ("parameters", "value", "bias_per_input"): _only(_has_bias,
                                                     lambda g: _params(g, bias="per_input")),
    ("parameters", "value", "dense_forgot_channels"): _only(
        lambda g: g["layer"] == "dense", lambda g: _params(g, channels=False)),
    ("parameters", "value", "forgot_channels"): _only(
        lambda g: g["layer"] != "dense", lambda g: _params(g, channels=False)),
    ("parameters", "value", "forgot_sharing"): _only(
        lambda g: g["layer"] == "conv2d", lambda g: _params(g, shared=False)),
    ("parameters", "value", "shared_weights"): _only(
        lambda g: g["layer"] == "locally_connected", lambda g: _params(g, shared=True)),
    ("parameters", "value", "bias_not_per_position"): _only(
        lambda g: g["layer"] == "locally_connected" and g["bias"],
        lambda g: _params(g, bias="none") + g["filters"]),
    ("parameters", "value", "forgot_padding"): _only(
        lambda g: g["layer"] == "locally_connected", lambda g: _params(g, padding="valid")),
    ("parameters", "value", "ignored_stride"): _only(
        lambda g: g["layer"] == "locally_connected", lambda g: _params(g, stride=False)),
    ("metrics", "fp", "swapped_fp_fn"): lambda g: _counts(g)[3],
    ("metrics", "fn", "swapped_fp_fn"): lambda g: _counts(g)[2],
    ("metrics", "vp", "swapped_vp_vn"): lambda g: _counts(g)[1],
    ("metrics", "vn", "swapped_vp_vn"): lambda g: _counts(g)[0],
    ("metrics", "precision", "swapped_precision_recall"): _recall,
    ("metrics", "recall", "swapped_precision_recall"): _precision,
    ("metrics", "accuracy", "accuracy_vp_only"): lambda g: _counts(g)[0] / sum(_counts(g)),
    ("metrics", "f1", "f1_arithmetic_mean"): _f1_mean,
    ("metrics", "f1", "f1_undefined_part"): _only(
        lambda g: _precision(g) is None or _recall(g) is None, lambda g: None),
    ("metrics", "precision", "zero_for_undefined"): _only(
        lambda g: _precision(g) is None, lambda g: 0.0),
}


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return is_correct(a, b) or is_correct(b, a)


def find_case(topic: str, field: str, code: str) -> tuple[Problem, float | None]:
    """A generated problem where this mistake, and only it, gives a wrong answer."""
    rivals = [fn for (t, f, c), fn in MISTAKES.items() if (t, f) == (topic, field) and c != code]
    for seed in range(60):
        for level in range(1, MAX_LEVEL + 1):
            problem = generate(topic, seed, seed % 5, level)
            value = MISTAKES[topic, field, code](problem.given)
            if value is NA or _same(value, expected(problem, field)):
                continue
            others = [rival(problem.given) for rival in rivals]
            if not any(other is not NA and _same(other, value) for other in others):
                return problem, value
    raise AssertionError(f"no generated problem shows {code} on its own")


@pytest.mark.parametrize(("topic", "field", "code"), list(MISTAKES))
def test_each_typical_mistake_is_located(topic: str, field: str, code: str) -> None:
    problem, value = find_case(topic, field, code)
    answer = UNDEFINED if value is None else value
    mistake = locate_mistake(problem, answer, field)
    assert isinstance(mistake, Mistake)
    assert mistake.code == code
    assert _same(mistake.value, value)
    for language in ("pt_BR", "en"):
        text = mistake.explain(language)
        assert 20 < len(text) < 400 and text.count(". ") <= 3
        if code != "zero_for_undefined":
            quoted = "indefinido" if value is None and language == "pt_BR" else \
                "undefined" if value is None else format_number(value, language)
            assert quoted in text or format_number(expected(problem, field) or 0,
                                                   language) in text


def _window_maximum(problem: Problem) -> float:
    return max(problem.given["input"][r][c] for r, c in window_cells(problem))


def test_explanations_write_numbers_the_portuguese_way() -> None:
    """A student typing "2,5" for an average pool's maximum hears about 2,5, not 2.5."""
    averages = (generate("pooling", seed, 1, 4) for seed in range(200))
    problem = next(p for p in averages if not float(_window_maximum(p)).is_integer())
    assert problem.given["mode"] == "average"
    typed = format_number(_window_maximum(problem), "pt_BR")
    assert "," in typed
    mistake = locate_mistake(problem, parse_answer(typed, "pt_BR"))
    assert mistake is not None and mistake.code == "max_for_average"
    assert typed in mistake.explain("pt_BR")
    assert format_number(_window_maximum(problem), "en") in mistake.explain("en")


def test_no_mistake_for_a_right_answer_or_an_unexplained_one() -> None:
    problem = generate("conv_cell", 1, 0, 2)
    assert locate_mistake(problem, float(problem.answer)) is None
    assert locate_mistake(problem, 987654.25) is None
    assert locate_mistake(problem, UNDEFINED) is None
    metrics = generate("metrics", 1, 0, 1)
    assert locate_mistake(metrics, float(metrics.answer["vp"]), "vp") is None


def test_every_known_mistake_is_tested_and_explained_in_both_languages() -> None:
    tested = {(topic, code) for topic, _, code in MISTAKES}
    known = {(topic, code) for topic, codes in MISTAKE_CODES.items() for code in codes}
    assert tested == known
    for topic, code in known:
        text = EXPLANATIONS.get(f"{topic}:{code}") or EXPLANATIONS[code]
        assert set(text) == {"pt_BR", "en"} and text["pt_BR"] != text["en"]
