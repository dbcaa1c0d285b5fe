"""The checks a page's restore runs on a state read from an activity file."""

import json
import math

import numpy as np
import pytest

from engine.activities import state_checks as check


def test_whole_numbers_accept_json_floats_that_are_whole_and_nothing_else() -> None:
    assert check.integer(2.0, "stride", 1, 5) == 2
    for bad in (True, "2", 2.5, math.nan, math.inf, None, [2]):
        with pytest.raises(ValueError, match="'stride' must be a whole number"):
            check.integer(bad, "stride", 1, 5)
    with pytest.raises(ValueError, match="'stride' must be from 1 to 5, got 6"):
        check.integer(6, "stride", 1, 5)


def test_huge_numbers_from_a_hand_edited_file_are_refused_with_a_short_message() -> None:
    huge = json.loads("1" + "0" * 400)
    with pytest.raises(ValueError, match="from 1 to 5") as caught:
        check.integer(huge, "stride", 1, 5)
    assert len(str(caught.value)) < 120
    with pytest.raises(ValueError, match="finite number"):
        check.number(huge, "rate")
    with pytest.raises(ValueError, match="finite number"):
        check.number(json.loads("NaN"), "rate")


def test_a_matrix_is_a_rectangle_of_finite_numbers_within_its_sizes() -> None:
    np.testing.assert_array_equal(check.matrix([[1, 2.5]], "kernel", (1, 3), (1, 3)),
                                  [[1.0, 2.5]])
    cases = [([[1, 2], [3]], "equal length"), ([], "list of rows"), ([1, 2], "list of rows"),
             ("12", "list of rows"), ([[1] * 4], "1–3 × 1–3 cells, got 1 × 4"),
             ([[1, False]], r"kernel\[0\]\[1\]' must be a finite number")]
    for value, message in cases:
        with pytest.raises(ValueError, match=message):
            check.matrix(value, "kernel", (1, 3), (1, 3))


def test_keys_choices_and_lists() -> None:
    check.require_keys({"a": 1}, ["a"], ["b"])
    with pytest.raises(ValueError, match="JSON object"):
        check.require_keys([("a", 1)], ["a"])
    with pytest.raises(ValueError, match="lacks 'a'"):
        check.require_keys({}, ["a"])
    with pytest.raises(ValueError, match="unknown keys 'c'"):
        check.require_keys({"a": 1, "c": 2}, ["a"], ["b"])
    assert check.choice("max", "mode", ("max", "average")) == "max"
    with pytest.raises(ValueError, match="'mode' must be one of 'max', 'average'"):
        check.choice("Máximo", "mode", ("max", "average"))
    assert check.integers([1, 2.0], "shift", 2, -3, 3) == (1, 2)
    with pytest.raises(ValueError, match="list of 2"):
        check.integers([1], "shift", 2, -3, 3)


def test_arrays_become_json_lists_with_whole_numbers_as_ints() -> None:
    lists = check.as_lists(np.array([[1.0, 0.5], [-2.0, 3.0]]))
    assert lists == [[1, 0.5], [-2, 3]] and isinstance(lists[0][0], int)
    assert json.loads(json.dumps(lists)) == lists
