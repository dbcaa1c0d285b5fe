"""The class code a teacher writes on the board (``K7Q2``): four symbols that stand for a seed.

The alphabet has 31 symbols: the digits 2–9 and the letters without I, L and O, which are
read as 1 and 0 on a board (0 and 1 are left out as well). Four symbols give 31⁴ = 923,521
seeds; a code is the seed written in base 31, most significant symbol first. Codes are read
case-insensitively and spaces or dashes in them are ignored (``k7q2``, ``K7 Q2``, ``K7-Q2``).

``new_code`` always includes a letter, so that on the command line, where ``--seed`` also takes
a plain integer, a new code can never be mistaken for a number.
"""

import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 4
SEED_COUNT = len(ALPHABET) ** CODE_LENGTH  # seeds 0 … SEED_COUNT − 1 have a code


def new_code() -> str:
    """A random code with at least one letter."""
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
        if not code.isdigit():
            return code


def normalise_code(code: str) -> str:
    """The code in capitals without spaces or dashes; ValueError if it is not a code."""
    cleaned = "".join(str(code).split()).replace("-", "").upper()
    if len(cleaned) != CODE_LENGTH:
        raise ValueError(f"A class code has {CODE_LENGTH} symbols, got {code!r}.")
    wrong = [symbol for symbol in cleaned if symbol not in ALPHABET]
    if wrong:
        raise ValueError(f"{code!r} is not a class code: {''.join(wrong)!r} is not used in codes "
                         f"(they use 2–9 and the letters except I, L and O).")
    return cleaned


def code_to_seed(code: str) -> int:
    """The seed a code stands for (case and spaces do not matter); ValueError on a bad code."""
    seed = 0
    for symbol in normalise_code(code):
        seed = seed * len(ALPHABET) + ALPHABET.index(symbol)
    return seed


def seed_to_code(seed: int) -> str:
    """The code of a seed in 0 … SEED_COUNT − 1 (the inverse of ``code_to_seed``)."""
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < SEED_COUNT:
        raise ValueError(f"Only seeds 0 … {SEED_COUNT - 1} have a class code, got {seed!r}.")
    symbols = []
    for _ in range(CODE_LENGTH):
        seed, digit = divmod(seed, len(ALPHABET))
        symbols.append(ALPHABET[digit])
    return "".join(reversed(symbols))
