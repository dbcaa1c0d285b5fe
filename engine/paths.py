"""Where CNN Lab keeps its files, and how it writes them without ever leaving half a file.

The data folder is decided here, without Qt, so that the GUI, the CLI and the tests agree on
it. ``$CNN_LAB_HOME`` overrides it (a test points it at a temporary folder; a lab can point
it at a shared drive); otherwise it follows each system's convention:

- Linux and other Unixes: ``$XDG_DATA_HOME/cnn-lab``, or ``~/.local/share/cnn-lab``
- Windows: ``%APPDATA%\\CNN Lab``
- macOS: ``~/Library/Application Support/CNN Lab``

Nothing is created until someone writes there: call :func:`ensure_dir` first.

Writes of user files are atomic (DESIGN.md §2): the data goes to a temporary file in the same
folder, which is renamed over the target only once it is complete. ``os.replace`` is atomic
on one file system, so a crash, a full disk or an exception mid-write leaves either the old
file or the new one, never a mixture, and no temporary file behind.
"""

import contextlib
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

APP_FOLDER_UNIX = "cnn-lab"
APP_FOLDER_NAME = "CNN Lab"  # Windows and macOS use the application's display name.


def app_data_dir() -> Path:
    """The folder for CNN Lab's data (imported datasets, caches, trained models).

    The folder may not exist yet; pass it (or a sub-folder) to :func:`ensure_dir` before
    writing.
    """
    override = os.environ.get("CNN_LAB_HOME")
    if override:
        return Path(override).expanduser()
    if sys.platform.startswith("win"):
        appdata = os.environ.get("APPDATA")
        base = Path(appdata) if appdata else Path.home() / "AppData" / "Roaming"
        return base / APP_FOLDER_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_FOLDER_NAME
    xdg = os.environ.get("XDG_DATA_HOME")
    # The XDG specification says relative paths in these variables must be ignored.
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return base / APP_FOLDER_UNIX


def ensure_dir(path: str | os.PathLike[str]) -> Path:
    """Create ``path`` (and its parents) if needed and return it as a Path."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _temporary_sibling(path: Path) -> Path:
    # Hidden, unique and in the same folder (so that os.replace never crosses file systems).
    # The suffix is kept, because some writers (np.savez) append one when it is missing.
    return path.with_name(f".{path.stem}.{uuid.uuid4().hex[:12]}.tmp{path.suffix}")


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it over ``path`` if the block succeeds.

    The caller creates and writes the temporary file (through any library that takes a path).
    If the block raises, the temporary file is deleted, ``path`` is left as it was, and the
    exception propagates. The target's folder must exist.

    >>> with atomic_output("model.keras") as tmp:   # doctest: +SKIP
    ...     model.save(tmp)
    """
    target = Path(path)
    temporary = _temporary_sibling(target)
    try:
        yield temporary
        _flush_to_disk(temporary)
        os.replace(temporary, target)
    except BaseException:
        # BaseException: a KeyboardInterrupt mid-write must not leave a stray file either.
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise


def _flush_to_disk(path: Path) -> None:
    """Ask the system to put the file's bytes on disk before the rename makes it visible."""
    # Best effort: some file systems (network drives) refuse fsync, which is not worth failing.
    with contextlib.suppress(OSError), open(path, "rb+") as file:
        os.fsync(file.fileno())


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: readers see the old content or the new one."""
    with atomic_output(path) as temporary, open(temporary, "wb") as file:
        file.write(data)
