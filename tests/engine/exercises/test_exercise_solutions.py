"""Worked solutions end on the right answer, show the arithmetic, and write numbers by language."""

import re

import numpy as np
import pytest

from engine.exercises.problems import TOPICS, generate, problem_set
from engine.exercises.solutions import worked_solution
from engine.exercises.texts import format_number, format_result


@pytest.mark.parametrize("topic", [t for t in TOPICS if t != "metrics"])
def test_the_last_step_reaches_the_answer(topic: str) -> None:
    for problem in problem_set([topic], 21, 12, 4) + problem_set([topic], 21, 12, 1):
        for language in ("pt_BR", "en"):
            solution = worked_solution(problem, language)
            assert solution.result == format_result(problem.answer, language)
            shown = solution.result.removeprefix("≈ ")
            assert solution.steps[-1].rstrip(".").endswith(shown), solution.steps
            assert all(step and "\n" not in step for step in solution.steps)


def test_conv_cell_shows_the_padded_window_the_products_and_their_sum() -> None:
    problem = next(p for p in problem_set(["conv_cell"], 4, 40, 4)
                   if p.given["padding"] and not float(p.answer).is_integer())
    steps = worked_solution(problem, "pt_BR").steps
    assert "preenchimento" in steps[0] and "zero(s)" in steps[0]
    given = problem.given
    padded = np.pad(np.array(given["input"], float), given["padding"])
    s, (kh, kw) = given["stride"], np.shape(given["kernel"])
    window = padded[given["row"] * s:given["row"] * s + kh, given["col"] * s:given["col"] * s + kw]
    window_line = next(step for step in steps if step.startswith("Janela"))
    assert window_line.count("/") == kh - 1
    for value in window.ravel():
        assert format_number(value, "pt_BR") in window_line
    products = steps[-1]
    assert products.count("·") == kh * kw
    assert products.endswith(f"= {format_number(problem.answer, 'pt_BR')}")
    assert re.search(r"\d,5", products) and not re.search(r"\d\.\d", products)


def test_portuguese_uses_the_decimal_comma_and_the_thousands_dot() -> None:
    big = next(p for p in problem_set(["parameters"], 2, 30, 4) if p.answer >= 10_000)
    pt, en = worked_solution(big, "pt_BR"), worked_solution(big, "en")
    assert pt.result == f"{big.answer:,}".replace(",", ".")
    assert en.result == f"{big.answer:,}"
    assert pt.steps[-1].startswith("Total") and pt.result in pt.steps[-1]
    half = next(p for p in problem_set(["backprop"], 2, 30, 4)
                if not float(p.answer).is_integer())
    assert "," in worked_solution(half, "pt_BR").result
    assert "." in worked_solution(half, "en").result


def test_backprop_lists_the_four_terms_of_the_deck() -> None:
    steps = worked_solution(generate("backprop", 0, 0, 1), "en").steps
    assert steps[0].startswith("∂L/∂w[0][0] = Σ ∂L/∂z[a][b]·x[0+2a][0+2b]")
    assert steps[1] == ("= x[0][0]·∂L/∂z[0][0] + x[0][2]·∂L/∂z[0][1] + x[2][0]·∂L/∂z[1][0] "
                        "+ x[2][2]·∂L/∂z[1][1]")
    assert steps[2] == "= 1·1 + 2·(−1) + 2·1 + 0·(−2) = 1"


def test_metrics_fill_every_formula_and_say_where_it_is_zero_over_zero() -> None:
    problem = next(p for p in problem_set(["metrics"], 11, 60, 4)
                   if p.answer["precision"] is None)
    pt, en = worked_solution(problem, "pt_BR"), worked_solution(problem, "en")
    assert any(step.startswith("Precisão") and "0/0: indefinido" in step for step in pt.steps)
    assert any(step.startswith("Precision") and "0/0: undefined" in step for step in en.steps)
    assert "precisão = indefinido (0/0)" in pt.result
    counts = problem.answer
    assert f"VP = {counts['vp']}" in pt.result and f"TN = {counts['vn']}" in en.result
    for name in ("Acurácia", "Revocação", "F1", "VN = total"):
        assert any(step.startswith(name) for step in pt.steps)


def test_layer_kinds_each_explain_their_count() -> None:
    seen = set()
    for problem in problem_set(["parameters"], 8, 30, 3):
        steps = " ".join(worked_solution(problem, "en").steps)
        seen.add(problem.given["layer"])
        if problem.given["layer"] == "dense":
            assert "flattens" in steps
        elif problem.given["layer"] == "conv2d":
            assert "shared by every position" in steps
        else:
            assert "Output positions" in steps and "its own kernel" in steps
        if not problem.given["bias"]:
            assert "use_bias=False" in steps
    assert seen == {"dense", "conv2d", "locally_connected"}
