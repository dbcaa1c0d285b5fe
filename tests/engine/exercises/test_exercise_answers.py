"""What students type: decimal commas, thousands, fractions, percentages and "indefinido"."""

import pytest

from engine.exercises.answers import UNDEFINED, AnswerError, Undefined, is_correct, parse_answer


@pytest.mark.parametrize(("text", "pt", "en"), [
    ("0,5", 0.5, 0.5),
    ("0.5", 0.5, 0.5),
    ("1.234", 1234, 1.234),
    ("1,234", 1.234, 1234),
    ("1.234,5", 1234.5, 1234.5),
    ("1,234.5", 1234.5, 1234.5),
    ("12.345.678", 12345678, 12345678),
    ("1 234", 1234, 1234),
    ("1\u00a0234,25", 1234.25, 1234.25),
    ("0.500", 0.5, 0.5),
    ("−3", -3, -3),
    ("-2,75", -2.75, -2.75),
    ("+4", 4, 4),
    ("3/4", 0.75, 0.75),
    ("−1/2", -0.5, -0.5),
    ("1,5/3", 0.5, 0.5),
    ("75%", 0.75, 0.75),
    ("12,5 %", 0.125, 0.125),
    ("  19  ", 19, 19),
    (",5", 0.5, 0.5),
])
def test_numbers_in_both_languages(text: str, pt: float, en: float) -> None:
    assert parse_answer(text, "pt_BR") == pytest.approx(pt)
    assert parse_answer(text, "en") == pytest.approx(en)


@pytest.mark.parametrize("text", ["indefinido", "Indefinida", "INDEF.", "indef", "undefined",
                                  "0/0", "0 / 0", "0,0/0"])
def test_zero_over_zero_words(text: str) -> None:
    for language in ("pt_BR", "en"):
        assert parse_answer(text, language) is UNDEFINED
    assert Undefined() is UNDEFINED


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_empty_answers(text: str) -> None:
    with pytest.raises(AnswerError) as error:
        parse_answer(text, "pt_BR")
    assert error.value.reason == "empty"
    assert "resposta" in error.value.message("pt_BR")


@pytest.mark.parametrize("text", ["abc", "1,2,3", "1.2.3", "--3", "3/", "/4", "5/0", "1e3",
                                  "1/2/3", "∞", "nan", "12a", "1.234,5.6", "%"])
def test_garbage_is_not_a_number(text: str) -> None:
    for language in ("pt_BR", "en"):
        with pytest.raises(AnswerError) as error:
            parse_answer(text, language)
        assert error.value.reason == "not_a_number"
        assert isinstance(error.value, ValueError)
    assert "number" in error.value.message("en")


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="language"):
        parse_answer("1", "fr")


def test_whole_answers_must_be_exact() -> None:
    assert is_correct(19.0, 19.0)
    assert not is_correct(19.0, 19.001)
    assert not is_correct(1234.0, 1233.0)


def test_other_answers_may_be_off_by_half_a_hundredth() -> None:
    assert is_correct(2 / 3, 0.67) and is_correct(2 / 3, 0.667)
    assert not is_correct(2 / 3, 0.66) and not is_correct(2 / 3, 0.6)
    assert is_correct(0.5, 0.5) and is_correct(-1.25, -1.25)
    assert is_correct(0.5, 0.505) and not is_correct(0.5, 0.506)


def test_zero_over_zero_is_right_only_where_the_formula_gives_it() -> None:
    assert is_correct(None, UNDEFINED)
    assert not is_correct(None, 0.0)
    assert not is_correct(0.0, UNDEFINED) and not is_correct(0.5, UNDEFINED)


def test_a_parsed_portuguese_answer_is_judged_right() -> None:
    assert is_correct(30 / 34, parse_answer("0,88", "pt_BR"))
    assert is_correct(1234.0, parse_answer("1.234", "pt_BR"))
    assert not is_correct(1234.0, parse_answer("1.234", "en"))
