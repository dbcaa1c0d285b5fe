"""`cnn-lab --install-desktop-entry`: a menu entry, icons and a desktop launcher, and their removal.

Every test points HOME, XDG_DATA_HOME and XDG_CONFIG_HOME into tmp_path, so nothing of the
person running the tests is touched.
"""

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from engine import desktop_entry
from engine.desktop_entry import (
    APP_ID,
    ICON_SIZES,
    MIME_TYPE,
    DesktopEntryError,
    icon_file,
    install,
    launcher_path,
    quote_exec_argument,
    uninstall,
)
from resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
VALIDATOR = shutil.which("desktop-file-validate")
NO_VALIDATOR = ("desktop-file-validate is not installed on this machine (Debian package "
                "desktop-file-utils), so the entry is checked by these tests' own reading only")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private home folder with a Desktop, and XDG folders inside it.

    The MIME and desktop databases are not rebuilt here (their caches are the system tools'
    files, not CNN Lab's): refreshes are recorded in ``REFRESHED`` instead, and
    test_the_system_tools_recognise_activity_files runs the real tools.
    """
    home = tmp_path / "home"
    (home / "Desktop").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    REFRESHED.clear()
    monkeypatch.setattr(desktop_entry, "refresh_databases", REFRESHED.append)
    return home


REFRESHED: list[Path] = []


def read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def all_files(folder: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def validate(path: Path) -> str:
    result = subprocess.run([VALIDATOR, str(path)], capture_output=True, text=True, timeout=30)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error:" not in output and "warning:" not in output, output
    return output


def test_install_writes_the_menu_entry_the_icons_and_a_desktop_launcher(home: Path) -> None:
    said: list[str] = []
    written = install(say=said.append)
    menu = home / ".local/share/applications/cnn-lab.desktop"
    on_desktop = home / "Desktop/cnn-lab.desktop"
    icons = [home / f".local/share/icons/hicolor/{n}x{n}/apps/cnn-lab.png" for n in ICON_SIZES]
    svg = home / ".local/share/icons/hicolor/scalable/apps/cnn-lab.svg"
    mime = home / ".local/share/mime/packages/cnn-lab.xml"
    assert set(written) == {menu, on_desktop, *icons, svg, mime}
    assert said == [f"wrote {path}" for path in written]  # it says what it wrote
    entry = read_entry(menu)
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    # %f: a double-clicked activity file is handed to CNN Lab, which opens it.
    assert entry["Exec"] == quote_exec_argument(str(launcher_path())) + " %f"
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert launcher_path().is_file(), "pip puts the cnn-lab launcher beside python"
    assert Path(entry["TryExec"]) == launcher_path() and launcher_path().is_absolute()
    assert entry["Icon"] == APP_ID
    assert entry["Name[pt_BR]"] and entry["Comment[pt_BR]"] != entry["Comment"]
    assert {"Education", "Science"} <= set(entry["Categories"].split(";"))
    assert on_desktop.read_bytes() == menu.read_bytes()
    assert os.access(on_desktop, os.X_OK), "desktop icon views start executable entries only"
    for size, path in zip(ICON_SIZES, icons, strict=True):
        assert path.read_bytes() == icon_file(size).read_bytes()
    assert svg.read_bytes() == icon_file(None).read_bytes()
    assert [home / ".local/share"] == REFRESHED


def test_the_mime_package_names_activity_files_in_both_languages(home: Path) -> None:
    install(say=lambda _: None)
    root = ElementTree.parse(home / ".local/share/mime/packages/cnn-lab.xml").getroot()
    space = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime_type = root.find("m:mime-type", space)
    assert mime_type.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime_type.findall("m:glob", space)] == ["*.cnnlab"]
    comments = {c.get("{http://www.w3.org/XML/1998/namespace}lang"): c.text
                for c in mime_type.findall("m:comment", space)}
    assert comments == {None: "CNN Lab activity", "pt_BR": "Atividade do CNN Lab"}


@pytest.mark.skipif(not all(map(shutil.which, ("update-mime-database", "gio"))),
                    reason="needs update-mime-database (shared-mime-info) and gio (GLib)")
def test_the_system_tools_recognise_activity_files(home: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the real refresh, with the same private home
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    install(say=lambda _: None)
    activity = home / "lesson.cnnlab"
    activity.write_text('{"format": "cnn-lab-activity"}', encoding="utf-8")
    env = {**os.environ, "XDG_DATA_DIRS": "/usr/share"}  # what a desktop session reads
    found = subprocess.run(["gio", "info", "-a", "standard::content-type", str(activity)],
                           capture_output=True, text=True, timeout=30, env=env)
    assert f"standard::content-type: {MIME_TYPE}" in found.stdout, found.stdout + found.stderr
    if shutil.which("update-desktop-database"):
        cache = home / ".local/share/applications/mimeinfo.cache"
        assert f"{MIME_TYPE}=cnn-lab.desktop" in cache.read_text(encoding="utf-8")
    uninstall(say=lambda _: None)
    assert not (home / ".local/share/mime/packages/cnn-lab.xml").exists()


def test_installing_twice_writes_the_same_files(home: Path) -> None:
    first_list = install(say=lambda _: None)
    first = all_files(home)
    assert install(say=lambda _: None) == first_list
    assert all_files(home) == first  # same files, same bytes, no stray temporary file


def test_uninstall_removes_exactly_what_install_wrote(home: Path) -> None:
    # Files of other applications in the same folders must survive.
    other = home / ".local/share/applications/other.desktop"
    other_icon = home / ".local/share/icons/hicolor/48x48/apps/other.png"
    for path in (other, other_icon):
        path.parent.mkdir(parents=True)
        path.write_text("not ours")
    before = all_files(home)
    written = install(say=lambda _: None)
    said: list[str] = []
    assert sorted(uninstall(say=said.append)) == sorted(written)
    assert all_files(home) == before
    assert said == [f"removed {path}" for path in written]
    said.clear()
    assert uninstall(say=said.append) == [] and "nothing to remove" in said[0]


def test_no_desktop_folder_means_no_desktop_copy(home: Path) -> None:
    (home / "Desktop").rmdir()
    written = install(say=lambda _: None)
    assert not any(path.parent.name == "Desktop" for path in written)
    assert (home / ".local/share/applications/cnn-lab.desktop").is_file()


@pytest.mark.skipif(shutil.which("xdg-user-dir") is None, reason="xdg-user-dir is not installed")
def test_a_localised_desktop_folder_is_found_through_xdg_user_dir(home: Path) -> None:
    desktop = home / "Área de Trabalho"
    desktop.mkdir()
    (home / ".config").mkdir()
    (home / ".config/user-dirs.dirs").write_text('XDG_DESKTOP_DIR="$HOME/Área de Trabalho"\n')
    assert desktop / "cnn-lab.desktop" in install(say=lambda _: None)
    assert not (home / "Desktop/cnn-lab.desktop").exists()


@pytest.mark.skipif(shutil.which("xdg-user-dir") is None, reason="xdg-user-dir is not installed")
def test_a_desktop_that_is_the_home_folder_gets_no_copy(home: Path) -> None:
    (home / ".config").mkdir()
    (home / ".config/user-dirs.dirs").write_text('XDG_DESKTOP_DIR="$HOME/"\n')
    written = install(say=lambda _: None)
    assert home / "cnn-lab.desktop" not in written and not (home / "cnn-lab.desktop").exists()


def test_a_relative_xdg_data_home_is_ignored(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    assert desktop_entry.data_home() == home / ".local" / "share"


def test_a_missing_launcher_is_a_clear_error_and_writes_nothing(home: Path) -> None:
    before = all_files(home)
    with pytest.raises(DesktopEntryError, match="pip install"):
        install(launcher=home / "no-such" / "cnn-lab", say=lambda _: None)
    assert all_files(home) == before


@pytest.mark.parametrize(("path", "expected"), [
    ("/opt/cnn-lab/bin/cnn-lab", "/opt/cnn-lab/bin/cnn-lab"),
    ("/home/ana/my lab/bin/cnn-lab", '"/home/ana/my lab/bin/cnn-lab"'),
    # Inside quotes $ takes a backslash, and the value escaping doubles every backslash.
    ("/srv/$lab/cnn-lab", '"/srv/\\\\$lab/cnn-lab"'),
    ("/srv/a\\b/cnn-lab", '"/srv/a\\\\\\\\b/cnn-lab"'),
    ("/srv/100%/cnn-lab", "/srv/100%%/cnn-lab"),
])
def test_exec_arguments_are_quoted_as_the_specification_asks(path: str, expected: str) -> None:
    assert quote_exec_argument(path) == expected


@pytest.mark.skipif(VALIDATOR is None, reason=NO_VALIDATOR)
def test_desktop_file_validate_accepts_the_template_and_the_installed_entries(
        home: Path) -> None:
    validate(resource_path("cnn-lab.desktop"))
    for path in install(say=lambda _: None)[:2]:
        validate(path)
    # A launcher in a folder with a space and a dollar sign needs quoting in Exec.
    odd = home / "my $lab" / "bin" / "cnn-lab"
    odd.parent.mkdir(parents=True)
    odd.write_text("#!/bin/sh\n")
    odd.chmod(0o755)
    validate(install(launcher=odd, say=lambda _: None)[0])


def test_the_command_line_installs_and_uninstalls(home: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=os.environ.copy(),
                              capture_output=True, text=True, timeout=60)

    installed = run("--install-desktop-entry")
    assert installed.returncode == 0, installed.stderr
    assert f"wrote {home / '.local/share/applications/cnn-lab.desktop'}" in installed.stdout
    removed = run("--uninstall-desktop-entry")
    assert removed.returncode == 0 and "removed" in removed.stdout
    assert not (home / ".local/share/applications/cnn-lab.desktop").exists()
    both = run("--install-desktop-entry", "--uninstall-desktop-entry")
    assert both.returncode == 2 and "not allowed with" in both.stderr
