"""Argument checks shared by the engine's operations.

In CNN Lab the arguments usually come straight from a spin box or a grid of numbers a student
typed, so every check raises ``ValueError`` with a sentence the student can act on.
"""

from numbers import Real
from typing import TypeAlias

import numpy as np

Pair: TypeAlias = tuple[int, int]
IntOrPair: TypeAlias = int | tuple[int, int]


def as_int(value: object, name: str, minimum: int) -> int:
    """Return ``value`` as an int >= ``minimum`` or explain what is wrong with it."""
    # bool is an int in Python, but stride=True is surely a mistake, so refuse it.
    if isinstance(value, bool) or not isinstance(value, Real) or not float(value).is_integer():
        raise ValueError(f"The {name} must be a whole number, got {value!r}.")
    number = int(value)
    if number < minimum:
        why = " (the kernel has to move)" if name == "stride" else ""
        raise ValueError(f"The {name} must be at least {minimum}{why}, got {number}.")
    return number


def as_pair(value: object, name: str, minimum: int) -> Pair:
    """Accept one number (same for rows and columns) or a pair (rows, columns)."""
    if isinstance(value, (tuple, list, np.ndarray)):
        if len(value) != 2:
            raise ValueError(f"The {name} must be one number or a pair (rows, columns), "
                             f"got {value!r}.")
        return as_int(value[0], name, minimum), as_int(value[1], name, minimum)
    number = as_int(value, name, minimum)
    return number, number


def as_float_array(values: object, name: str, ndims: tuple[int, ...]) -> np.ndarray:
    """Convert ``values`` to a finite float64 array with one of the allowed ``ndims``."""
    try:
        array = np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"The {name} must contain only numbers in a regular grid ({exc}).") \
            from exc
    if array.ndim not in ndims:
        allowed = " or ".join(f"{n}-D" for n in ndims)
        raise ValueError(f"The {name} must be {allowed}, got an array of shape {array.shape}.")
    if array.size == 0:
        raise ValueError(f"The {name} is empty (shape {array.shape}); it needs at least one value.")
    # One sum is cheaper than a full isfinite mask, and NaN/inf always survive a sum; only when
    # the sum is not finite (maybe just an overflow of huge values) do we look element by element.
    if not np.isfinite(array.sum()) and not np.isfinite(array).all():
        raise ValueError(f"The {name} contains NaN or infinite values; replace them with numbers.")
    return array
