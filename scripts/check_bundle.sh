#!/bin/sh
# End-to-end check of the offline lab bundle, as a lab machine would use it:
#
#   sh scripts/check_bundle.sh [BUNDLE]
#
# 1. builds a bundle with scripts/make_bundle.py into BUNDLE (a new temporary folder if none is
#    given; a folder that already holds a bundle is reused),
# 2. runs its install.sh for a throw-away user (HOME, XDG folders in a temporary folder) with
#    the network cut off (a new network namespace, `unshare -n`, when the system allows it;
#    pip is told --no-index in any case),
# 3. starts the installed CNN Lab from that environment, still without network: --version,
#    where its models and data are found (MNIST, the pen digits and the photos come with its
#    wheel), an evaluation of a shipped model on that MNIST's 10,000 test digits, and the real
#    window (offscreen), which closes itself after 2 s,
# 4. prints the bundle's size, the installed size and how long each step took.
# Takes about 2 minutes here; tests/scripts/test_make_bundle.py runs it (see README, "Installing in a lab").
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_PYTHON=${BUILD_PYTHON:-$ROOT/.venv/bin/python}  # runs make_bundle.py
WORK=$(mktemp -d "${TMPDIR:-/tmp}/cnn-lab-check.XXXXXX")
BUNDLE=${1:-$WORK/bundle}
APP=$WORK/app
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" XDG_CONFIG_HOME="$WORK/home/.config"
export QT_QPA_PLATFORM=offscreen TF_CPP_MIN_LOG_LEVEL=3
mkdir -p "$HOME/Desktop"
cd "$WORK"  # never import the checkout's engine/ or gui/ by accident

say() { printf '[check] %s\n' "$*"; }
now() { date +%s; }

offline() {  # run "$@" with no network at all when a network namespace can be made
  if unshare -n true 2>/dev/null; then unshare -n "$@"
  elif unshare -rn true 2>/dev/null; then unshare -rn "$@"
  else say "(no network namespace here: relying on pip --no-index)"; "$@"
  fi
}

if [ ! -f "$BUNDLE/install.sh" ]; then
  start=$(now)
  "$BUILD_PYTHON" "$ROOT/scripts/make_bundle.py" --out "$BUNDLE"
  build_seconds=$(( $(now) - start ))
else
  build_seconds="(reused)"
fi

say "network inside the check: $(offline "$BUILD_PYTHON" -c 'import socket
try:
    socket.create_connection(("pypi.org", 443), timeout=5)
    print("reachable (pip is still told --no-index)")
except OSError:
    print("none")')"

start=$(now)
offline env -u PYTHON sh "$BUNDLE/install.sh" "$APP"  # finds python3.X as a lab machine would
install_seconds=$(( $(now) - start ))

say "cnn-lab --version:"
offline "$APP/bin/cnn-lab" --version

say "where the installed app finds its files (none may come from $ROOT):"
offline "$APP/bin/python" - "$ROOT" <<'EOF'
import sys
from pathlib import Path

import engine, gui, main
from engine.datasets.catalog import is_full_mnist, mnist_path
from engine.datasets.cifar import cifar_path
from engine.datasets.samples import available_samples, samples_folder
from engine.digits.strokes import PEN_DIGITS_FILE
from resources import resource_path

for module in (engine, gui, main):
    assert not Path(module.__file__).resolve().is_relative_to(sys.argv[1]), module.__file__
models = sorted(p.name for p in resource_path("models").glob("*.keras"))
assert len(models) == 5, models
print("models:", ", ".join(models), "in", resource_path("models"))
for name, path in (("MNIST", mnist_path()), ("pen digits", PEN_DIGITS_FILE),
                   ("CIFAR-10", cifar_path()), ("photos", samples_folder())):
    assert path.exists() and not path.resolve().is_relative_to(sys.argv[1]), path
    print(f"{name}:", path)
assert is_full_mnist(mnist_path()) and len(available_samples()) == 7
EOF

say "the menu entry and the desktop launcher:"
grep -E '^(Exec|TryExec|Icon|Terminal|MimeType)=' "$XDG_DATA_HOME/applications/cnn-lab.desktop"
grep -q "^Exec=$APP/bin/cnn-lab %f\$" "$XDG_DATA_HOME/applications/cnn-lab.desktop"  # a file opened
grep -q "^MimeType=application/x-cnnlab;\$" "$XDG_DATA_HOME/applications/cnn-lab.desktop"
test -f "$XDG_DATA_HOME/mime/packages/cnn-lab.xml"  # a double click on an activity file opens it
test -x "$HOME/Desktop/cnn-lab.desktop"
test -f "$XDG_DATA_HOME/icons/hicolor/48x48/apps/cnn-lab.png"

say "the shipped CNN on the shipped MNIST, offline:"
start=$(now)
offline "$APP/bin/cnn-lab-cli" evaluate --model \
  "$("$APP/bin/python" -c 'from resources import resource_path; print(resource_path("models", "mnist_cnn.keras"))')" \
  --data mnist --json > "$WORK/evaluation.json"
"$APP/bin/python" -c 'import json, sys; r = json.load(open(sys.argv[1])); print("accuracy %.4f on %d test images" % (r["accuracy"], r["n"])); assert r["n"] == 10000' "$WORK/evaluation.json"
evaluate_seconds=$(( $(now) - start ))

say "the window, opened from the installed environment and closed after 2 s:"
start=$(now)
offline "$APP/bin/python" - <<'EOF'
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv)


def close() -> None:
    windows = [w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"]
    assert windows and windows[0].isVisible(), "the main window is not shown"
    assert not app.windowIcon().isNull(), "no window icon"
    print("shown:", windows[0].windowTitle(), "| icon sizes:",
          [s.width() for s in app.windowIcon().availableSizes()])
    windows[0].close()


QTimer.singleShot(2000, close)
from gui.app import main  # noqa: E402

sys.exit(main(["cnn-lab"], language="en"))
EOF
window_seconds=$(( $(now) - start ))

say "bundle $(du -sh "$BUNDLE" | cut -f1) (wheels $(du -sh "$BUNDLE/wheels" | cut -f1)), installed $(du -sh "$APP" | cut -f1)"
say "build ${build_seconds} s, offline install ${install_seconds} s, evaluation ${evaluate_seconds} s, window start and close ${window_seconds} s"
say "all checks passed; to clean up: rm -r $WORK"
