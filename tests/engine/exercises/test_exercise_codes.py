"""Class codes: what the teacher writes on the board gives every student the same seed."""

import pytest

from engine.exercises.codes import (
    ALPHABET,
    SEED_COUNT,
    code_to_seed,
    new_code,
    seed_to_code,
)


def test_the_alphabet_leaves_out_symbols_read_alike() -> None:
    assert len(set(ALPHABET)) == len(ALPHABET) == 31
    assert not set("01IOL") & set(ALPHABET)


@pytest.mark.parametrize("seed", [0, 1, 30, 31, 12345, 511903, SEED_COUNT - 1])
def test_seed_code_round_trip(seed: int) -> None:
    code = seed_to_code(seed)
    assert len(code) == 4 and set(code) <= set(ALPHABET)
    assert code_to_seed(code) == seed


def test_every_code_is_a_different_seed() -> None:
    codes = {seed_to_code(seed) for seed in range(0, SEED_COUNT, 997)}
    assert len(codes) == len(range(0, SEED_COUNT, 997))


def test_codes_are_read_as_students_type_them() -> None:
    seed = code_to_seed("K7Q2")
    assert code_to_seed("k7q2") == code_to_seed(" K7 Q2 ") == code_to_seed("K7-Q2") == seed


@pytest.mark.parametrize("bad", ["", "K7Q", "K7Q22", "K7Q0", "K7QO", "I7Q2", "L7Q2",
                                 "K7Q!", "K7Q1"])
def test_bad_codes_raise_value_error(bad: str) -> None:
    with pytest.raises(ValueError):
        code_to_seed(bad)


@pytest.mark.parametrize("bad", [-1, SEED_COUNT, True, 2.0])
def test_only_seeds_in_range_have_a_code(bad: object) -> None:
    with pytest.raises(ValueError):
        seed_to_code(bad)  # type: ignore[arg-type]


def test_new_codes_are_valid_and_never_all_digits() -> None:
    codes = [new_code() for _ in range(300)]
    assert all(len(code) == 4 and set(code) <= set(ALPHABET) for code in codes)
    assert not any(code.isdigit() for code in codes)  # --seed 2345 means the number
    assert len(set(codes)) > 250
