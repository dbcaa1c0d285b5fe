"""Checks for a page's state read back from an activity file.

An activity file is a small JSON document a teacher may have written by hand, or that another
version of the app wrote, so a page checks every value before it changes anything. Each check
returns the value in the type the page uses, or raises ``ValueError`` with an English sentence
that names the key and says what was expected (the main window shows it as the file's problem).
"""

import math
from collections.abc import Iterable, Mapping, Sequence
from numbers import Real
from typing import Any

import numpy as np


def require_keys(state: object, required: Iterable[str], optional: Iterable[str] = ()) -> None:
    """``state`` is a dict with every ``required`` key and no key the page does not know."""
    if not isinstance(state, Mapping):
        raise ValueError(f"The state must be a JSON object, got {type(state).__name__}.")
    required, known = set(required), set(required) | set(optional)
    missing = sorted(required - set(state))
    if missing:
        raise ValueError(f"The state lacks {', '.join(repr(k) for k in missing)}.")
    unknown = sorted(str(k) for k in set(state) - known)
    if unknown:
        raise ValueError(f"The state has unknown keys {', '.join(repr(k) for k in unknown)}; "
                         f"this page knows {', '.join(repr(k) for k in sorted(known))}.")


def integer(value: object, name: str, low: int, high: int) -> int:
    """A whole number from ``low`` to ``high`` (2.0 counts; True and "2" do not)."""
    if isinstance(value, bool) or not isinstance(value, Real):
        raise ValueError(f"'{name}' must be a whole number, got {value!r}.")
    if not isinstance(value, int):
        if not (math.isfinite(value) and float(value).is_integer()):
            raise ValueError(f"'{name}' must be a whole number, got {value!r}.")
        value = int(value)
    if not low <= value <= high:
        raise ValueError(f"'{name}' must be from {low} to {high}, got {_short(value)}.")
    return int(value)


def number(value: object, name: str, low: float = -math.inf, high: float = math.inf) -> float:
    """A finite number from ``low`` to ``high``."""
    try:  # a JSON integer may be too large for a float: 1e400 written out in digits
        real = float(value) if isinstance(value, Real) and not isinstance(value, bool) else None
    except OverflowError:
        real = None
    if real is None or not math.isfinite(real):
        raise ValueError(f"'{name}' must be a finite number, got {_short(value)}.")
    if not low <= real <= high:
        raise ValueError(f"'{name}' must be from {low:g} to {high:g}, got {_short(value)}.")
    return real


def boolean(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"'{name}' must be true or false, got {value!r}.")
    return value


def choice(value: object, name: str, options: Iterable[str]) -> str:
    """One of ``options`` (stable keys, never translated texts)."""
    options = tuple(options)
    if not isinstance(value, str) or value not in options:
        raise ValueError(f"'{name}' must be one of {', '.join(repr(o) for o in options)}, "
                         f"got {value!r}.")
    return value


def matrix(value: object, name: str, rows: tuple[int, int], cols: tuple[int, int],
           low: float = -math.inf, high: float = math.inf) -> np.ndarray:
    """A list of equally long lists of finite numbers, its size within ``rows`` × ``cols``."""
    if not _is_list(value) or not value or not all(_is_list(row) for row in value):
        raise ValueError(f"'{name}' must be a list of rows, each a list of numbers.")
    widths = {len(row) for row in value}
    if len(widths) != 1:
        raise ValueError(f"'{name}' must have rows of equal length, got lengths "
                         f"{sorted(widths)}.")
    shape = (len(value), widths.pop())
    if not (rows[0] <= shape[0] <= rows[1] and cols[0] <= shape[1] <= cols[1]):
        raise ValueError(f"'{name}' must be {_span(rows)} × {_span(cols)} cells, got "
                         f"{shape[0]} × {shape[1]}.")
    cells = [number(cell, f"{name}[{r}][{c}]", low, high)
             for r, row in enumerate(value) for c, cell in enumerate(row)]
    return np.array(cells, dtype=np.float64).reshape(shape)


def fixed_matrix(value: object, name: str, shape: tuple[int, int],
                 low: float = -math.inf, high: float = math.inf) -> np.ndarray:
    """A matrix of exactly ``shape`` (rows, columns)."""
    return matrix(value, name, (shape[0], shape[0]), (shape[1], shape[1]), low, high)


def integers(value: object, name: str, length: int, low: int, high: int) -> tuple[int, ...]:
    """A list of exactly ``length`` whole numbers, each from ``low`` to ``high``."""
    if not _is_list(value) or len(value) != length:
        raise ValueError(f"'{name}' must be a list of {length} whole numbers, got {value!r}.")
    return tuple(integer(item, f"{name}[{i}]", low, high) for i, item in enumerate(value))


def as_lists(values: np.ndarray) -> list[Any]:
    """An array as JSON lists; whole numbers as ints, so that a file reads 3 rather than 3.0."""
    return [_as_lists(item) for item in np.asarray(values).tolist()]


def _as_lists(item: Any) -> Any:
    if isinstance(item, list):
        return [_as_lists(x) for x in item]
    if isinstance(item, float) and item.is_integer():
        return int(item)
    return item


def _is_list(value: object) -> bool:
    return isinstance(value, Sequence) and not isinstance(value, (str, bytes))


def _short(value: object) -> str:
    """A value for a message: a hand-edited file may hold a number of a thousand digits."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _span(bounds: tuple[int, int]) -> str:
    return str(bounds[0]) if bounds[0] == bounds[1] else f"{bounds[0]}–{bounds[1]}"
