"""A menu entry, icons and a desktop launcher for CNN Lab, for the current user (freedesktop).

``cnn-lab --install-desktop-entry`` makes the app start with a double click on Linux (and the
BSDs), with no terminal: it writes

- ``$XDG_DATA_HOME/applications/cnn-lab.desktop`` (the menu entry),
- ``$XDG_DATA_HOME/icons/hicolor/<n>x<n>/apps/cnn-lab.png`` for each size, and
  ``hicolor/scalable/apps/cnn-lab.svg``, so the icon theme finds ``Icon=cnn-lab`` at every size,
- a copy of the entry on the desktop (``xdg-user-dir DESKTOP``, else ``~/Desktop``) when that
  folder exists, marked executable, as desktop icon views require,
- ``$XDG_DATA_HOME/mime/packages/cnn-lab.xml``, which names the activity files (``*.cnnlab``,
  ``application/x-cnnlab``); the entry's ``MimeType=`` and ``Exec=… %f`` then open one with a
  double click. ``update-mime-database`` and ``update-desktop-database`` are run when present.

``$XDG_DATA_HOME`` defaults to ``~/.local/share``. ``Exec=`` and ``TryExec=`` name the
``cnn-lab`` launcher that pip put beside this interpreter, by absolute path, so the entry keeps
working although the virtual environment's ``bin/`` is not on anyone's ``PATH``; ``TryExec``
hides the entry if that environment is removed. ``--uninstall-desktop-entry`` removes exactly
these files (folders are left: they belong to the desktop, not to CNN Lab).

Qt-free on purpose: it runs before (and instead of) the window, and in the offline installer.
"""

import contextlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from engine.activities import ACTIVITY_SUFFIX
from engine.paths import atomic_write_bytes, ensure_dir
from resources import resource_path

APP_ID = "cnn-lab"  # the .desktop file's name, the icon's theme name and the launcher's name
ICON_SIZES = (16, 32, 48, 64, 128, 256)
TEMPLATE = "cnn-lab.desktop"
MIME_TYPE = "application/x-cnnlab"  # the activity files, engine.activities (ACTIVITY_SUFFIX)
MIME_PACKAGE = f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>CNN Lab activity</comment>
    <comment xml:lang="pt_BR">Atividade do CNN Lab</comment>
    <sub-class-of type="application/json"/>
    <icon name="{APP_ID}"/>
    <glob pattern="*{ACTIVITY_SUFFIX}"/>
  </mime-type>
</mime-info>
"""
# Characters that force quoting of an Exec argument (Desktop Entry Specification, "The Exec key").
EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


class DesktopEntryError(Exception):
    """Something a person can fix (wrong system, no launcher): one clear line, exit status 2."""


@dataclass(frozen=True)
class PlannedFile:
    """One file that install writes and uninstall removes."""

    path: Path
    data: bytes
    executable: bool = False


# --- where things go ----------------------------------------------------------------------

def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` (relative values are ignored, as the spec says)."""
    xdg = os.environ.get("XDG_DATA_HOME")
    return Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"


def desktop_dir() -> Path | None:
    """The user's desktop folder if it exists, else None (then no desktop copy is made).

    ``xdg-user-dir`` knows localised names (``~/Área de Trabalho``); without it, ``~/Desktop``.
    A desktop folder equal to the home folder means "no desktop" in user-dirs.dirs.
    """
    folder = Path.home() / "Desktop"
    tool = shutil.which("xdg-user-dir")
    if tool:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            answer = subprocess.run([tool, "DESKTOP"], capture_output=True, text=True,
                                    timeout=10, check=True).stdout.strip()
            folder = Path(answer) if answer else folder
    if not folder.is_dir() or folder.resolve() == Path.home().resolve():
        return None
    return folder


def launcher_path() -> Path:
    """The ``cnn-lab`` launcher that pip installed beside this interpreter (absolute).

    The interpreter's path is not resolved: in a virtual environment ``bin/python`` is a link
    to the system's Python, and the launcher lives beside the link.
    """
    name = f"{APP_ID}.exe" if sys.platform.startswith("win") else APP_ID
    return Path(os.path.abspath(sys.executable)).parent / name


def icon_file(size: int | None) -> Path:
    """A shipped icon: the PNG of ``size`` pixels, or the SVG when ``size`` is None."""
    return resource_path("icons", f"{APP_ID}.svg" if size is None else f"{APP_ID}-{size}.png")


# --- the entry's text ---------------------------------------------------------------------

def escape_value(text: str) -> str:
    """Escape a string value of a desktop entry (backslash, newline, tab, carriage return)."""
    return (text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            .replace("\r", "\\r"))


def quote_exec_argument(argument: str) -> str:
    """One Exec argument, quoted and escaped as the Desktop Entry Specification asks.

    Two layers: inside double quotes ``"``, `` ` ``, ``$`` and ``\\`` take a backslash; then the
    whole value is escaped as any string value (so a backslash is written four times).
    A literal ``%`` is written ``%%`` so that it is not read as a field code.
    """
    text = argument.replace("%", "%%")
    if not text or any(char in EXEC_RESERVED for char in text):
        text = '"' + re.sub(r'(["`$\\])', r"\\\1", text) + '"'
    return escape_value(text)


def render_entry(template: str, launcher: Path) -> str:
    """The template with ``Exec``/``TryExec`` pointing at ``launcher``.

    The template's field codes after the program (``%f``: the file double-clicked) are kept.
    """
    exec_line = next(line for line in template.splitlines() if line.startswith("Exec="))
    field_codes = exec_line.removeprefix("Exec=").partition(" ")[2]
    replacements = {"Exec": " ".join(filter(None, [quote_exec_argument(str(launcher)),
                                                   field_codes])),
                    "TryExec": escape_value(str(launcher))}
    lines = []
    for line in template.splitlines():
        key = line.split("=", 1)[0]
        lines.append(f"{key}={replacements[key]}" if key in replacements else line)
    return "\n".join(lines) + "\n"


# --- the plan, install and uninstall ------------------------------------------------------

def icon_targets(base: Path) -> dict[Path, Path]:
    """Installed icon path → shipped icon path, in the hicolor theme under ``base``."""
    hicolor = base / "icons" / "hicolor"
    targets = {hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png": icon_file(size)
               for size in ICON_SIZES}
    targets[hicolor / "scalable" / "apps" / f"{APP_ID}.svg"] = icon_file(None)
    return targets


def mime_package_path(base: Path) -> Path:
    """The shared-mime-info package that names ``*.cnnlab`` files, under ``base``."""
    return base / "mime" / "packages" / f"{APP_ID}.xml"


def entry_targets() -> list[tuple[Path, bool]]:
    """Where the .desktop file goes: the menu, and the desktop (executable) if there is one."""
    targets = [(data_home() / "applications" / f"{APP_ID}.desktop", False)]
    desktop = desktop_dir()
    if desktop is not None:
        targets.append((desktop / f"{APP_ID}.desktop", True))
    return targets


def plan(launcher: Path) -> list[PlannedFile]:
    """Every file that install writes, with its content."""
    entry = render_entry(resource_path(TEMPLATE).read_text(encoding="utf-8"), launcher)
    files = [PlannedFile(path, entry.encode("utf-8"), executable)
             for path, executable in entry_targets()]
    files += [PlannedFile(target, source.read_bytes())
              for target, source in icon_targets(data_home()).items()]
    files.append(PlannedFile(mime_package_path(data_home()), MIME_PACKAGE.encode("utf-8")))
    return files


def check_platform() -> None:
    """Desktop entries exist on freedesktop systems only; say what to do elsewhere."""
    if sys.platform.startswith("win"):
        raise DesktopEntryError(f"desktop entries are for Linux; on Windows make a shortcut to "
                                f"{launcher_path()} (see README, 'Installing in a lab').")
    if sys.platform == "darwin":
        raise DesktopEntryError("desktop entries are for Linux; on macOS start CNN Lab with "
                                f"{launcher_path()} (see README, 'Installing in a lab').")


def install(launcher: Path | None = None, say: Callable[[str], None] = print) -> list[Path]:
    """Write the menu entry, the icons and the desktop copy; returns the files written.

    Running it again rewrites the same files with the same content (idempotent).
    """
    check_platform()
    launcher = launcher or launcher_path()
    if not launcher.is_file():
        raise DesktopEntryError(f"no {APP_ID} launcher at {launcher}: install CNN Lab with pip "
                                "first (pip install .), then run this from that environment.")
    written = []
    for item in plan(launcher):
        ensure_dir(item.path.parent)
        atomic_write_bytes(item.path, item.data)
        item.path.chmod(0o755 if item.executable else 0o644)
        if item.executable:
            mark_trusted(item.path)
        say(f"wrote {item.path}")
        written.append(item.path)
    refresh_icon_cache(data_home())
    refresh_databases(data_home())
    return written


def uninstall(say: Callable[[str], None] = print) -> list[Path]:
    """Remove what :func:`install` writes (and nothing else); returns the files removed."""
    check_platform()
    removed = []
    candidates = [path for path, _ in entry_targets()] + list(icon_targets(data_home()))
    candidates.append(mime_package_path(data_home()))
    for path in candidates:
        if path.is_file():
            path.unlink()
            say(f"removed {path}")
            removed.append(path)
    if not removed:
        say("nothing to remove: no CNN Lab desktop entry is installed for this user")
    refresh_icon_cache(data_home())
    refresh_databases(data_home())
    return removed


def mark_trusted(path: Path) -> None:
    """Tell GNOME's desktop that the launcher is trusted, so a double click starts it at once.

    Best effort: without a GNOME session ``gio`` refuses (quickly), and the person is asked
    once instead ("Allow launching").
    """
    tool = shutil.which("gio")
    if tool:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run([tool, "set", str(path), "metadata::trusted", "true"],
                           capture_output=True, timeout=10, check=False)


def refresh_icon_cache(base: Path) -> None:
    """Update the user's hicolor cache if one exists; a stale cache would hide the new icon.

    Without a cache file (the usual case in a home folder) GTK and Qt read the folders
    directly, and nothing needs doing.
    """
    hicolor = base / "icons" / "hicolor"
    tool = shutil.which("gtk-update-icon-cache") or shutil.which("gtk4-update-icon-cache")
    if tool and (hicolor / "icon-theme.cache").is_file():
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run([tool, "--quiet", "--force", "--ignore-theme-index", str(hicolor)],
                           capture_output=True, timeout=60, check=False)


def refresh_databases(base: Path) -> None:
    """Rebuild the user's MIME and desktop-entry caches, so a double click finds CNN Lab at once.

    Best effort, like the icon cache: without these tools (no shared-mime-info or
    desktop-file-utils installed) desktops read the folders at their next start.
    """
    commands = [("update-mime-database", base / "mime"),
                ("update-desktop-database", base / "applications")]
    for name, folder in commands:
        tool = shutil.which(name)
        if tool and folder.is_dir():
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                subprocess.run([tool, str(folder)], capture_output=True, timeout=60, check=False)


def main(install_entry: bool) -> int:
    """``cnn-lab --install-desktop-entry`` / ``--uninstall-desktop-entry``: 0, or 2 on error."""
    try:
        if install_entry:
            install()
        else:
            uninstall()
    except (DesktopEntryError, OSError) as error:
        print(f"cnn-lab: error: {error}", file=sys.stderr)
        return 2
    return 0
