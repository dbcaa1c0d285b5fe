"""Reading what a student typed, and deciding whether it is right.

Students write numbers the way their language does: ``0,5`` or ``0.5``, ``1.234`` (one thousand
two hundred and thirty-four in Portuguese), ``1 234``, ``−3`` with a typographic minus,
``3/4``, ``75%``, and "indefinido" where a formula gives 0/0. All of these are accepted.
"""

import re
from typing import Final

from engine.exercises.texts import check_language

_UNDEFINED_WORDS = frozenset({
    "indefinido", "indefinida", "indefinidos", "indefinidas", "indef", "indef.", "undefined",
    "undef", "undef.", "0/0"})
_SPACES = re.compile(r"[\s\u00a0\u2007\u2009\u202f_']+")
_MINUSES = str.maketrans({"\u2212": "-", "\u2013": "-", "\u2012": "-", "\ufe63": "-",
                          "\uff0d": "-"})
_DIGITS = re.compile(r"\d+")
# A whole number written with thousands separators: 1.234 or 12.345.678 (first group 1-3
# digits, not starting with 0, so that 0.500 stays a half).
_GROUPED = {sep: re.compile(rf"[1-9]\d{{0,2}}(\{sep}\d{{3}})+") for sep in ".,"}
TOLERANCE: Final = 0.005


class Undefined:
    """The answer "indefinido": the formula divides 0 by 0. Use the singleton UNDEFINED."""

    _instance: "Undefined | None" = None

    def __new__(cls) -> "Undefined":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNDEFINED"


UNDEFINED: Final = Undefined()


class AnswerError(ValueError):
    """The text is not an answer. ``reason``: "empty" or "not_a_number"."""

    MESSAGES: Final = {
        "empty": {"pt_BR": "Escreva uma resposta.", "en": "Write an answer."},
        "not_a_number": {"pt_BR": "Isso não é um número: escreva, por exemplo, 12, 0,5, 3/4, "
                                  "75% ou indefinido.",
                         "en": "That is not a number: write, for example, 12, 0.5, 3/4, 75% "
                               "or undefined."},
    }

    def __init__(self, reason: str, text: str = "") -> None:
        super().__init__(f"{reason}: {text!r}")
        self.reason = reason
        self.text = text

    def message(self, language: str) -> str:
        """What to tell the student, in their language."""
        return self.MESSAGES[self.reason][check_language(language)]


def parse_answer(text: str, language: str) -> float | Undefined:
    """The number (or UNDEFINED) a student typed; AnswerError if it is none.

    Accepted: a decimal comma or point; thousands separators (``1.234`` is 1234 in Portuguese
    and 1.234 in English; ``1.234,5`` and ``1,234.5`` mean the same everywhere, as does a
    comma with anything but three digits after it, like ``0,5``); spaces; the typographic
    minus; a fraction ``3/4``; a percentage ``75%`` (0.75); "indefinido", "indefinida",
    "undefined", "indef." or ``0/0`` for UNDEFINED.
    """
    check_language(language)
    compact = _SPACES.sub("", text or "").translate(_MINUSES).lower()
    if not compact:
        raise AnswerError("empty", text)
    if compact in _UNDEFINED_WORDS:
        return UNDEFINED
    if compact.endswith("%"):
        return _number(compact[:-1], language, text) / 100
    if compact.count("/") == 1:
        top, bottom = (_number(part, language, text) for part in compact.split("/"))
        if bottom == 0:
            if top == 0:
                return UNDEFINED
            raise AnswerError("not_a_number", text)
        return top / bottom
    return _number(compact, language, text)


def _number(compact: str, language: str, original: str) -> float:
    """A signed decimal number without spaces, separators read by ``language``."""
    sign, body = (-1.0, compact[1:]) if compact[:1] == "-" else (1.0, compact.lstrip("+"))
    if not body or not re.fullmatch(r"[\d.,]+", body) or not _DIGITS.search(body):
        raise AnswerError("not_a_number", original)
    normalised = _normalise(body, language)
    if normalised is None:
        raise AnswerError("not_a_number", original)
    return sign * float(normalised)


def _normalise(body: str, language: str) -> str | None:
    """Digits with at most one ``.`` as the decimal point, or None if the separators clash."""
    if "," in body and "." in body:
        decimal = "," if body.rindex(",") > body.rindex(".") else "."
        thousands = "." if decimal == "," else ","
        whole, _, fraction = body.rpartition(decimal)
        if not _GROUPED[thousands].fullmatch(whole) or not fraction.isdigit():
            return None
        return whole.replace(thousands, "") + "." + fraction
    separator = "," if "," in body else "." if "." in body else ""
    if not separator:
        return body
    # A separator followed by exactly three digits, in a grouped number, is a thousands
    # separator when the language uses it that way (pt: ".", en: ","); ",": decimal in pt.
    thousands = "." if language == "pt_BR" else ","
    if separator == thousands and _GROUPED[separator].fullmatch(body):
        return body.replace(separator, "")
    if body.count(separator) == 1:
        return body.replace(separator, ".")
    return body.replace(separator, "") if _GROUPED[separator].fullmatch(body) else None


def is_correct(expected: float | None, given: float | Undefined) -> bool:
    """Whether ``given`` answers ``expected``.

    The rule: where the formula is 0/0 (``expected`` None) only UNDEFINED is right, and
    UNDEFINED is wrong anywhere else; a whole-number answer (a size, a count, a parameter
    total, a cell of whole numbers) must be exactly that number; any other number may be off
    by at most 0.005, so two correct decimals suffice (2/3 → 0,67 or 0,667).
    """
    if expected is None or isinstance(given, Undefined):
        return expected is None and isinstance(given, Undefined)
    if float(expected).is_integer():
        return float(given) == float(expected)
    return abs(float(given) - float(expected)) <= TOLERANCE + 1e-9
