"""Class names for a model that came without a card: preset lists and a names file.

A ``.keras`` file made elsewhere says how many classes it has but not what they are. The
teacher names them from a preset (the three datasets a course meets first) or from a text
file with one name per line; the GUI remembers the choice per model file.
"""

from dataclasses import dataclass
from pathlib import Path

MAX_NAMES_FILE_BYTES = 1_000_000  # a names file is a few hundred bytes; refuse anything huge


@dataclass(frozen=True)
class ClassNamePreset:
    """A well-known list of class names, in English and Brazilian Portuguese."""

    key: str
    names: tuple[str, ...]
    names_pt: tuple[str, ...]


DIGITS = tuple(str(digit) for digit in range(10))
PRESETS = (
    ClassNamePreset("mnist", DIGITS, DIGITS),
    ClassNamePreset(
        "fashion-mnist",
        ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker",
         "Bag", "Ankle boot"),
        ("Camiseta", "Calça", "Pulôver", "Vestido", "Casaco", "Sandália", "Camisa", "Tênis",
         "Bolsa", "Bota")),
    ClassNamePreset(
        "cifar-10",
        ("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship",
         "truck"),
        ("avião", "automóvel", "pássaro", "gato", "cervo", "cachorro", "sapo", "cavalo",
         "navio", "caminhão")),
)


class ClassNamesError(ValueError):
    """A names file that cannot be used; ``found`` is how many names it held (−1: unreadable)."""

    def __init__(self, message: str, found: int = -1) -> None:
        super().__init__(message)
        self.found = found


def preset(key: str) -> ClassNamePreset:
    return next(p for p in PRESETS if p.key == key)


def read_names_file(path: str | Path, count: int) -> list[str]:
    """The ``count`` class names of a UTF-8 text file, one per line (blank lines ignored)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_NAMES_FILE_BYTES:
            raise ClassNamesError(f"{path}: too big for a list of class names.")
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ClassNamesError(f"{path}: cannot read it as text ({error}).") from error
    names = [line.strip() for line in text.splitlines() if line.strip()]
    if len(names) != count:
        raise ClassNamesError(f"{path}: it has {len(names)} names, but the model has {count} "
                              "classes.", len(names))
    return names
