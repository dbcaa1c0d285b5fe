"""Which colour scale a filter response gets: diverging with both signs, sequential with one."""

import numpy as np

from engine.lessons.filtering import has_both_signs, one_sign_levels
from engine.lessons.walkthrough import conv_steps, format_factor


def test_a_blur_has_one_sign_and_an_edge_response_two() -> None:
    assert not has_both_signs(np.array([[0.0, 0.2], [0.5, 1.0]]))  # a blurred photo
    assert has_both_signs(np.array([[-2.5, 0.0], [0.0, 2.5]]))  # an edge kernel
    assert not has_both_signs(np.array([[1.0, -1e-12]]))  # rounding noise is not a sign
    assert not has_both_signs(np.zeros((2, 2)))


def test_one_sign_levels_put_zero_at_one_end() -> None:
    assert one_sign_levels(np.array([0.0, 0.4, 0.8])) == (0.0, 0.8)
    assert one_sign_levels(np.array([-3.0, -1.0, 0.0])) == (-3.0, 0.0)
    assert one_sign_levels(np.zeros(3)) == (0.0, 1.0)


def test_formulas_take_the_interfaces_number_format() -> None:
    comma = lambda value: f"{value:g}".replace(".", ",").replace("-", "−")  # noqa: E731
    step = conv_steps(np.array([[0.5, 1.0], [1.5, 2.0]]), np.array([[1.0, -0.5]]))[0]
    assert step.formula(comma) == "0,5·1 + 1·(−0,5) = 0"
    assert step.formula() == "0.5·1 + 1·(−0.5) = 0"
    assert format_factor(-0.25, comma) == "(−0,25)"
