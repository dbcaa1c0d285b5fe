"""An :class:`ImageSource`'s choice in an activity file: a sample photo, a CIFAR-10 test
photo (``"cifar10:7"``: shipped with the app, so it travels by its number), or "my drawing".

A file the teacher opened or a webcam frame cannot travel in a small JSON file, so those are
saved as ``None``: opening the activity then keeps whatever picture the student's page shows.
"""

from engine.activities import state_checks as check
from engine.datasets.samples import available_samples
from engine.lessons import cifar_photos
from gui.widgets.image_source import DRAWING, ImageSource


def portable_keys() -> tuple[str, ...]:
    return (*available_samples(), DRAWING)


def source_state(source: ImageSource) -> str | None:
    key = source.current_key()
    portable = key in portable_keys() or cifar_photos.index_of(key) is not None
    return key if portable else None


def checked_source(value: object, name: str = "image") -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and value.startswith(cifar_photos.KEY_PREFIX):
        if cifar_photos.index_of(value) is None:
            last = cifar_photos.photo_count() - 1
            raise ValueError(f"'{name}' names no CIFAR-10 test photo: {value!r} (they are "
                             f"{cifar_photos.KEY_PREFIX}0 to {cifar_photos.KEY_PREFIX}{last}).")
        return value
    return check.choice(value, name, portable_keys())


def restore_source(source: ImageSource, key: str | None) -> None:
    """Choose ``key`` as a person would in the list (None: keep the current picture)."""
    if key is not None and key != source.current_key():
        source.choose(key)
