"""The convolution written out cell by cell, checked against the deck's first slide."""

import numpy as np
import pytest

from engine.lessons.walkthrough import conv_steps, format_factor, format_number, output_size_terms

DECK_INPUT = np.arange(9).reshape(3, 3)
DECK_KERNEL = np.array([[0, 1], [2, 3]])


def test_the_deck_example_cell_by_cell() -> None:
    steps = conv_steps(DECK_INPUT, DECK_KERNEL)
    assert [s.formula() for s in steps] == [
        "0·0 + 1·1 + 3·2 + 4·3 = 19",
        "1·0 + 2·1 + 4·2 + 5·3 = 25",
        "3·0 + 4·1 + 6·2 + 7·3 = 37",
        "4·0 + 5·1 + 7·2 + 8·3 = 43",
    ]
    assert [(s.out_row, s.out_col) for s in steps] == [(0, 0), (0, 1), (1, 0), (1, 1)]
    assert (steps[3].rows, steps[3].cols) == (range(1, 3), range(1, 3))


def test_uneven_padding_and_stride_place_each_window() -> None:
    # "same" for a 2×2 kernel pads one row below and one column to the right.
    steps = conv_steps(DECK_INPUT, DECK_KERNEL, stride=2, padding=(0, 1, 0, 1))
    assert [(s.rows.start, s.cols.start) for s in steps] == [(0, 0), (0, 2), (2, 0), (2, 2)]
    # Bottom-right window: [[8, 0], [0, 0]] → 8·0 = 0.
    assert steps[-1].inputs == (8.0, 0.0, 0.0, 0.0)
    assert steps[-1].value == 0.0
    assert steps[1].formula() == "2·0 + 0·1 + 5·2 + 0·3 = 10"


def test_each_sum_is_the_sum_of_its_products() -> None:
    rng = np.random.default_rng(7)
    x, k = rng.normal(size=(6, 5)), rng.normal(size=(3, 2))
    for step in conv_steps(x, k, stride=2, padding=(1, 1, 1, 1)):
        assert step.value == pytest.approx(np.dot(step.inputs, step.weights))


@pytest.mark.parametrize(
    ("value", "text"),
    [(19.0, "19"), (0.5, "0.5"), (-1.25, "−1.25"), (-0.0, "0"), (1e-9, "0"), (2 / 3, "0.667")],
)
def test_numbers_are_written_as_a_student_writes_them(value: float, text: str) -> None:
    assert format_number(value) == text


def test_negative_factors_get_parentheses() -> None:
    assert format_factor(-1) == "(−1)" and format_factor(3) == "3"


def test_output_size_formula_with_numbers() -> None:
    assert output_size_terms(3, 2, 1, 0, 0) == "⌊(3 + 2·0 − 2)/1⌋ + 1 = 2"
    assert output_size_terms(5, 3, 2, 1, 1) == "⌊(5 + 2·1 − 3)/2⌋ + 1 = 3"
    assert output_size_terms(3, 2, 1, 0, 1) == "⌊(3 + 0 + 1 − 2)/1⌋ + 1 = 3"


def test_whole_numbers_keep_their_zeros_whatever_the_decimals() -> None:
    assert format_number(700, 0) == "700"
    assert format_number(700.4, 0) == "700"
    assert format_number(-120, 1) == "−120"
    assert format_number(2.50, 2) == "2.5"
