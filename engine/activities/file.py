"""The ``.cnnlab`` activity file: a page's state, the teacher's instructions and the locks.

A teacher prepares a lesson, a training setup or an exercise set, writes what the class
should do, chooses which controls students may not touch, and hands the file out. The file
is a small JSON document, readable in any text editor::

    {
      "format": "cnn-lab-activity",    what this is (a foreign JSON file has no such field)
      "version": 1,                    the format's version, raised when the layout changes
      "app_version": "1.4.0",          the CNN Lab that wrote it (informative only)
      "kind": "lesson",                "lesson" | "training" | "exercises"
      "page": "convolution",           the page that shows it (the main window's key)
      "title": "…", "instructions": "…",
      "locked": ["kernel", "stride"],  keys of the page's controls that stay disabled
      "state": {…}                     the page's own state, as the page wrote it
    }

Files come from e-mail, USB sticks and shared folders, so :func:`load_activity` trusts
nothing: every problem becomes one :class:`ActivityError` whose ``reason`` lets the window
say, in the person's language, what is wrong. The page validates ``state`` itself.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.paths import atomic_write_bytes

ACTIVITY_SUFFIX = ".cnnlab"
FORMAT = "cnn-lab-activity"
FORMAT_VERSION = 1
KINDS = ("lesson", "training", "exercises")
REASONS = ("unreadable", "damaged", "foreign", "newer", "invalid")
# A lesson's state is a few kilobytes; even a training setup with its own network stack is
# far below this. Anything larger is not ours, and reading it whole would only stall the app.
MAX_BYTES = 5 * 1024 * 1024


class ActivityError(Exception):
    """A file that cannot be opened as an activity.

    ``reason`` is one of :data:`REASONS` (what the window explains to the person);
    ``detail`` says exactly what was found, in English, for the message's details.
    """

    def __init__(self, reason: str, detail: str) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown reason {reason!r}")
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Activity:
    """What an activity file holds (``state`` is the page's own JSON-able dictionary)."""

    kind: str
    page: str
    state: dict[str, Any]
    instructions: str = ""
    locked: tuple[str, ...] = ()
    title: str = ""
    version: int = FORMAT_VERSION
    app_version: str = field(default="", compare=False)  # who wrote it; informative only


# --- writing ------------------------------------------------------------------------------

def activity_document(activity: Activity) -> dict[str, Any]:
    """The JSON document of ``activity``, with this CNN Lab's version as ``app_version``."""
    from engine.version import app_version  # reads installed metadata: only when saving

    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "app_version": app_version(),
        "kind": activity.kind,
        "page": activity.page,
        "title": activity.title,
        "instructions": activity.instructions,
        "locked": list(activity.locked),
        "state": activity.state,
    }


def save_activity(path: Path, activity: Activity) -> None:
    """Write ``activity`` to ``path`` atomically (the old file survives any failure).

    Raises ValueError when ``activity`` could not be read back (an unknown kind, a state
    that is not JSON), before anything is written, and OSError when writing fails.
    """
    document = activity_document(activity)
    try:
        _check_fields(document)  # never hand out a file that load_activity would refuse
    except ActivityError as error:
        raise ValueError(error.detail) from None
    try:
        text = json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise ValueError(f"the page's state is not plain JSON: {error}") from error
    atomic_write_bytes(Path(path), (text + "\n").encode("utf-8"))


# --- reading ------------------------------------------------------------------------------

def load_activity(path: Path) -> Activity:
    """Read an activity file; any problem raises :class:`ActivityError`, nothing else."""
    document = _parse(_read_bytes(Path(path)))
    _check_format(document)
    _check_fields(document)
    return Activity(
        kind=document["kind"],
        page=document["page"],
        state=document["state"],
        instructions=document.get("instructions", ""),
        locked=tuple(document.get("locked", [])),
        title=document.get("title", ""),
        version=document["version"],
        app_version=str(document.get("app_version", "")),
    )


def _read_bytes(path: Path) -> bytes:
    if path.is_dir():
        raise ActivityError("unreadable", f"{path} is a folder, not a file")
    if path.exists() and not path.is_file():  # a pipe or a device could block or never end
        raise ActivityError("unreadable", f"{path} is not a regular file")
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except (OSError, ValueError) as error:  # missing, no permission, a broken drive, a NUL
        raise ActivityError("unreadable", f"{path}: {getattr(error, 'strerror', None) or error}"
                            ) from error
    if len(data) > MAX_BYTES:
        raise ActivityError("damaged", f"{path} is larger than {MAX_BYTES} bytes")
    return data


def _parse(data: bytes) -> Any:
    if not data.strip():
        raise ActivityError("damaged", "the file is empty")
    try:
        text = data.decode("utf-8-sig")  # a BOM from a Windows editor is harmless
    except UnicodeDecodeError as error:
        raise ActivityError("damaged", f"not UTF-8 text: {error}") from error
    try:
        return json.loads(text)
    except ValueError as error:  # JSONDecodeError, or an integer of thousands of digits
        raise ActivityError("damaged", f"not complete JSON: {error}") from error
    except RecursionError as error:  # thousands of nested brackets
        raise ActivityError("damaged", "JSON nested too deeply") from error


def _check_format(document: Any) -> None:
    """Ours, and of a version this CNN Lab reads; else "foreign", "newer" or "invalid"."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ActivityError("foreign", f"JSON without \"format\": \"{FORMAT}\" "
                            f"({_describe(document)})")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ActivityError("invalid", f"\"version\" must be a positive integer, not {version!r}")
    if version > FORMAT_VERSION:
        raise ActivityError("newer", f"format version {version}; this CNN Lab reads up to "
                            f"{FORMAT_VERSION}")


def _describe(document: Any) -> str:
    """A few words on a foreign document, for the message's details."""
    if isinstance(document, dict):
        keys = ", ".join(sorted(map(str, document))[:6])
        return f"an object with keys {keys}" if keys else "an empty object"
    return f"a JSON {type(document).__name__}"


def _check_fields(document: dict[str, Any]) -> None:
    """Every field of the right type, else ActivityError("invalid", …) naming the first bad one."""
    if document.get("kind") not in KINDS:
        _invalid(f"\"kind\" must be one of {', '.join(KINDS)}, not {document.get('kind')!r}")
    page = document.get("page")
    if not isinstance(page, str) or not page:
        _invalid(f"\"page\" must be a page's name, not {page!r}")
    for key in ("title", "instructions"):
        if not isinstance(document.get(key, ""), str):
            _invalid(f"\"{key}\" must be text")
    locked = document.get("locked", [])
    if not isinstance(locked, list) or not all(isinstance(key, str) for key in locked):
        _invalid("\"locked\" must be a list of control names")
    if not isinstance(document.get("state"), dict):
        _invalid("\"state\" must be an object")


def _invalid(detail: str) -> None:
    raise ActivityError("invalid", detail)
