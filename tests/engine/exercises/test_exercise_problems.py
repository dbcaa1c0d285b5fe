"""Problems: reproducible from a seed on any machine, valid, and answered by the engine."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from engine.exercises.problems import (
    ANSWER_FIELDS,
    MAX_LEVEL,
    TOPICS,
    expected,
    generate,
    problem_set,
    solve,
    window_cells,
)

ROOT = Path(__file__).resolve().parents[3]


def test_the_same_four_numbers_give_the_same_problem() -> None:
    for topic in TOPICS:
        for level in range(1, MAX_LEVEL + 1):
            assert generate(topic, 42, 3, level) == generate(topic, 42, 3, level)


def test_seed_index_and_level_each_change_the_problem() -> None:
    for topic in TOPICS:
        base = generate(topic, 42, 3, 2).given
        assert generate(topic, 43, 3, 2).given != base
        assert generate(topic, 42, 4, 2).given != base
        assert generate(topic, 42, 3, 3).given != base


def test_sets_do_not_depend_on_pythons_hash_seed() -> None:
    """A class on different PCs (different PYTHONHASHSEED) must see the same problems."""
    code = ("import json; from engine.exercises.problems import TOPICS, problem_set; "
            "print(json.dumps([p.to_json() for p in problem_set(TOPICS, 2024, 3, 3)]))")
    outputs = []
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=60, check=True)
        outputs.append(json.loads(result.stdout))
    here = [p.to_json() for p in problem_set(TOPICS, 2024, 3, 3)]
    assert outputs[0] == outputs[1] == json.loads(json.dumps(here))


def test_problem_set_holds_count_problems_of_each_topic_in_order() -> None:
    problems = problem_set(("pooling", "metrics"), 5, 4, level=2)
    assert [(p.topic, p.index) for p in problems] == \
        [("pooling", i) for i in range(4)] + [("metrics", i) for i in range(4)]
    assert all(p.level == 2 and p.seed == 5 for p in problems)
    assert problems[0] == generate("pooling", 5, 0, 2)


@pytest.mark.parametrize(("args", "word"), [
    (("convolution", 1, 0, 1), "topic"), (("pooling", -1, 0, 1), "seed"),
    (("pooling", 1, -2, 1), "index"), (("pooling", 1, 0, 0), "level"),
    (("pooling", 1, 0, MAX_LEVEL + 1), "level"), (("pooling", 1.5, 0, 1), "seed"),
])
def test_bad_arguments_are_refused(args: tuple, word: str) -> None:
    with pytest.raises(ValueError, match=word):
        generate(*args)


def test_problems_are_json_and_solve_agrees_with_the_stored_answer() -> None:
    for problem in problem_set(TOPICS, 99, 10, 4):
        document = problem.to_json()
        assert json.loads(json.dumps(document)) == document
        assert set(document["question"]) == {"pt_BR", "en"}
        assert solve(problem.topic, problem.given) == problem.answer


def test_only_valid_size_combinations_are_asked() -> None:
    for level in range(1, MAX_LEVEL + 1):
        for index in range(60):
            given = generate("output_size", 8, index, level).given
            assert given["k"] <= given["n"] + 2 * given["p"]
            assert given["p"] == 0 or given["p"] < given["k"]


def test_the_decks_backprop_example_is_problem_zero_of_level_one() -> None:
    problem = generate("backprop", 1234, 0, 1)
    assert problem.given["input"][0] == [1, 0, 2, 1, 0]
    assert problem.given["dL_dz"] == [[1, -1], [1, -2]] and (problem.given["i"],
                                                            problem.given["j"]) == (0, 0)
    # The deck's ∂L/∂w1 = a1·∂L/∂z1 + a3·∂L/∂z2 + a11·∂L/∂z3 + a13·∂L/∂z4 = 1 − 2 + 2 − 0.
    assert problem.answer == 1
    assert window_cells(problem) == [(0, 0), (0, 2), (2, 0), (2, 2)]


def test_expected_gives_each_answer_box_its_number() -> None:
    problem = generate("conv_cell", 3, 0, 2)
    assert expected(problem) == float(problem.answer)
    metrics = generate("metrics", 3, 0, 1)
    assert ANSWER_FIELDS["metrics"] == ("vp", "vn", "fp", "fn", "accuracy", "precision",
                                        "recall", "f1")
    for field in ANSWER_FIELDS["metrics"]:
        assert expected(metrics, field) == pytest.approx(metrics.answer[field])
    with pytest.raises(ValueError, match="field"):
        expected(metrics, "value")


def test_expected_is_none_where_the_formula_is_zero_over_zero() -> None:
    undefined = [p for p in problem_set(["metrics"], 11, 60, 4)
                 if p.answer["precision"] is None]
    assert undefined, "level 4 must produce a precision of 0/0"
    for problem in undefined:
        column = [row[problem.given["positive"]] for row in problem.given["confusion"]]
        assert sum(column) == 0  # nothing predicted positive
        assert expected(problem, "precision") is None


def test_window_cells_are_the_cells_the_answer_reads() -> None:
    for index in range(20):
        problem = generate("conv_cell", 6, index, 4)
        given = problem.given
        padded = np.pad(np.array(given["input"], float), given["padding"])
        kernel = np.array(given["kernel"], float)
        cells = window_cells(problem)
        values = np.array([padded[r, c] for r, c in cells]).reshape(kernel.shape)
        assert float(np.sum(values * kernel)) == pytest.approx(problem.answer)
        pool = generate("pooling", 6, index, 3)
        values = [pool.given["input"][r][c] for r, c in window_cells(pool)]
        reduce = max if pool.given["mode"] == "max" else (lambda v: sum(v) / len(v))
        assert reduce(values) == pytest.approx(pool.answer)
    assert window_cells(generate("metrics", 6, 0, 1)) == []
    assert window_cells(generate("output_size", 6, 0, 1)) == []
