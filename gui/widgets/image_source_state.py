"""An :class:`ImageSource`'s choice in an activity file: a sample photo, or "my drawing".

A file the teacher opened or a webcam frame cannot travel in a small JSON file, so those are
saved as ``None``: opening the activity then keeps whatever picture the student's page shows.
"""

from engine.activities import state_checks as check
from engine.datasets.samples import available_samples
from gui.widgets.image_source import DRAWING, ImageSource


def portable_keys() -> tuple[str, ...]:
    return (*available_samples(), DRAWING)


def source_state(source: ImageSource) -> str | None:
    key = source.current_key()
    return key if key in portable_keys() else None


def checked_source(value: object, name: str = "image") -> str | None:
    return None if value is None else check.choice(value, name, portable_keys())


def restore_source(source: ImageSource, key: str | None) -> None:
    """Choose ``key`` as a person would in the list (None: keep the current picture)."""
    if key is not None and key != source.current_key():
        source.choose(key)
