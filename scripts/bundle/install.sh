#!/bin/sh
# CNN Lab @VERSION@, offline installer for Linux (and macOS). Nothing is downloaded.
#
#   sh install.sh [FOLDER]    install into FOLDER (default ~/.local/share/cnn-lab/app)
#
# 1. makes a Python @PYTHON_VERSION@ virtual environment in FOLDER (re-running replaces it),
# 2. installs CNN Lab (with its models and data: MNIST, the pen digits, the sample photos) and
#    everything it needs from wheels/ beside this file (pip --no-index),
# 3. adds CNN Lab to this user's application menu and desktop (cnn-lab --install-desktop-entry).
# Made by scripts/make_bundle.py; README.txt beside it says more.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PYTHON_VERSION="@PYTHON_VERSION@"
TARGET=${1:-${XDG_DATA_HOME:-$HOME/.local/share}/cnn-lab/app}

say() { printf '[cnn-lab] %s\n' "$*"; }
fail() { printf '[cnn-lab] error: %s\n' "$*" >&2; exit 1; }

# pip reads only this bundle: no configuration file, no index, no other folder of wheels.
export PIP_CONFIG_FILE=/dev/null PIP_NO_INDEX=1 PIP_DISABLE_PIP_VERSION_CHECK=1
unset PIP_INDEX_URL PIP_EXTRA_INDEX_URL PIP_FIND_LINKS PIP_CONSTRAINT PIP_REQUIREMENT 2>/dev/null || true

find_python() {
  for candidate in "${PYTHON:-}" "python$PYTHON_VERSION" python3 python; do
    [ -n "$candidate" ] && command -v "$candidate" >/dev/null 2>&1 || continue
    found=$("$candidate" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) || continue
    if [ "$found" = "$PYTHON_VERSION" ]; then command -v "$candidate"; return 0; fi
  done
  return 1
}

make_environment() {  # --without-pip: works without Debian's python3-venv; pip comes from wheels/
  if [ -f "$TARGET/pyvenv.cfg" ]; then
    say "replacing the CNN Lab environment in $TARGET"
    "$PYTHON" -m venv --clear --without-pip "$TARGET"
  elif [ -d "$TARGET" ] && [ -n "$(ls -A "$TARGET")" ]; then
    fail "$TARGET is not empty and is not a CNN Lab environment: choose another folder"
  else
    say "creating a Python $PYTHON_VERSION environment in $TARGET"
    "$PYTHON" -m venv --without-pip "$TARGET"
  fi
}

install_packages() {
  pip_wheel=$(ls "$HERE"/wheels/pip-*.whl 2>/dev/null | head -n 1)
  [ -n "$pip_wheel" ] || fail "no pip wheel in $HERE/wheels: the bundle is incomplete"
  # pip runs from its own wheel to install itself (the documented bootstrap).
  "$TARGET/bin/python" "$pip_wheel/pip" install --quiet --find-links "$HERE/wheels" pip
  say "installing CNN Lab and its dependencies (a few minutes)"
  "$TARGET/bin/python" -m pip install --quiet --find-links "$HERE/wheels" cnn-lab
}

check_qt_libraries() {  # Qt's X11 plugin needs system libraries that a minimal system may lack
  command -v ldd >/dev/null 2>&1 || return 0
  plugin=$("$TARGET/bin/python" -c 'import os, PySide6; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt", "plugins", "platforms", "libqxcb.so"))')
  [ -f "$plugin" ] || return 0
  missing=$(ldd "$plugin" 2>/dev/null | awk '/not found/ {print $1}' | tr '\n' ' ')
  if [ -n "$missing" ]; then
    say "WARNING: these system libraries are missing, and the window cannot open without them:"
    say "  $missing"
    say "  on Debian/Ubuntu install (from the distribution's media): libxcb-cursor0 libxcb-icccm4"
    say "  libxcb-keysyms1 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libfontconfig1"
  fi
}

register() {
  case "$(uname -s)" in
    Darwin) say "macOS: start CNN Lab with $TARGET/bin/cnn-lab" ;;
    *) "$TARGET/bin/cnn-lab" --install-desktop-entry \
         || say "the menu entry could not be added; start CNN Lab with $TARGET/bin/cnn-lab" ;;
  esac
}

PYTHON=$(find_python) || fail "this bundle is for Python $PYTHON_VERSION, which was not found \
(set PYTHON=/path/to/python$PYTHON_VERSION)"
make_environment
install_packages
check_qt_libraries
register
say "done: start CNN Lab from the application menu (Education), the desktop icon if one was"
say "written above, or with $TARGET/bin/cnn-lab"
