"""Build a folder that installs CNN Lab on offline lab machines: wheels and installers.

    .venv/bin/python scripts/make_bundle.py --out DIR
    .venv/bin/python scripts/make_bundle.py --out DIR --python-version 3.11 --platform win_amd64

DIR then holds ``wheels/`` (CNN Lab, every dependency and pip, for one Python and platform;
CNN Lab's own wheel carries its models, MNIST, the pen digits and the sample photos),
``install.sh`` and ``install.bat`` (a venv, ``pip install --no-index``, the menu entry or
shortcuts), ``constraints.txt`` and ``README.txt``. Copy DIR to a USB stick.

A script, not a ``cnn-lab`` command: a bundle is built from the source folder (the app's wheel
is built from pyproject.toml, which an installed CNN Lab does not have), by the person who
prepares the lab, like scripts/screenshots.py; the installed app has no use for it.

Building needs the package index, or a local one that pip is configured for (pip's own
settings and PIP_* variables are honoured); installing needs nothing. Inside the environment
where CNN Lab is installed (``.venv``), the bundle pins every dependency to the version
installed there, the versions that were tested; ``--no-pin`` takes the newest allowed.
"""

import argparse
import datetime
import importlib.metadata
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine.paths import ensure_dir  # noqa: E402 - after the path is set

TEMPLATES = Path(__file__).resolve().parent / "bundle"
# Left out of the copy that the app's wheel is built from (a build in the checkout would leave
# build/ and stale files there, while others work in it).
NOT_SOURCE = (".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache",
              ".ruff_cache", ".hypothesis", "docs", "tests", "benchmarks")
MUST_SHIP = ("resources/models/*.keras", "resources/models/*.json", "resources/i18n/*.qm",
             "resources/icons/cnn-lab-256.png", "resources/icons/cnn-lab.svg",
             "resources/icons/cnn-lab.ico", "resources/cnn-lab.desktop", "main.py",
             "resources/data/mnist.npz", "resources/data/pendigits_train_strokes.json.gz",
             "resources/data/cifar10_jpeg.npz", "resources/data/README.md",
             "resources/photos/*.png", "resources/photos/LICENSE.md")
OLD_MANYLINUX = {"manylinux1": (2, 5), "manylinux2010": (2, 12), "manylinux2014": (2, 17)}


class BundleError(Exception):
    """A problem the person can fix: one line on stderr, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="make_bundle.py", description="Build a folder that installs CNN Lab without "
        "internet: wheels of the app (with its models and data) and of every dependency, and "
        "install.sh / install.bat.")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR",
                        help="the folder to create (new or empty)")
    parser.add_argument("--python-version", metavar="X.Y", help="target Python, e.g. 3.11 "
                        "(default: this one); passed to pip")
    parser.add_argument("--platform", action="append", metavar="TAG", help="target platform "
                        "tag, e.g. win_amd64, macosx_14_0_arm64, manylinux_2_34_x86_64 "
                        "(repeatable; default: this machine); passed to pip")
    parser.add_argument("--no-pin", action="store_true", help="take the newest allowed "
                        "versions instead of those installed in this environment")
    return parser


# --- wheels --------------------------------------------------------------------------------

def pip(*args: str) -> None:
    """Run this interpreter's pip; its own messages explain a failure."""
    command = [sys.executable, "-m", "pip", *args]
    if subprocess.run(command, check=False).returncode != 0:
        raise BundleError(f"pip {args[0]} failed (its message is above)")


def build_app_wheel(wheels: Path) -> Path:
    """CNN Lab's own wheel, built from a clean copy of the source folder."""
    with tempfile.TemporaryDirectory(prefix="cnn-lab-source-") as scratch:
        source = Path(scratch) / "cnn-lab"
        shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*NOT_SOURCE))
        pip("wheel", "--quiet", "--no-deps", "--wheel-dir", str(wheels), str(source))
    found = sorted(wheels.glob("cnn_lab-*.whl"))
    if not found:
        raise BundleError(f"pip built no cnn_lab wheel in {wheels}")
    return found[-1]


def check_shipped_files(wheel: Path) -> list[str]:
    """The wheel's resources (models, data, photos, translations, icons): raise if any kind is
    missing; returns the models."""
    import fnmatch

    names = zipfile.ZipFile(wheel).namelist()
    missing = [pattern for pattern in MUST_SHIP if not fnmatch.filter(names, pattern)]
    if missing:
        raise BundleError(f"{wheel.name} lacks {', '.join(missing)}: check pyproject.toml's "
                          "[tool.setuptools.package-data]")
    return sorted(fnmatch.filter(names, "resources/models/*.keras"))


def has_cnn_lab() -> bool:
    """Whether CNN Lab is installed in the environment that runs this script."""
    try:
        importlib.metadata.distribution("cnn-lab")
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def pins(scratch: Path) -> Path | None:
    """A constraints file: every distribution installed here, when CNN Lab is installed too.

    That environment satisfies CNN Lab's requirements, so its versions are a tested set.
    """
    if not has_cnn_lab():
        print("      note: CNN Lab is not installed in this Python, so nothing is pinned")
        return None
    lines = sorted({f"{dist.metadata['Name']}=={dist.version}"
                    for dist in importlib.metadata.distributions()
                    if dist.metadata["Name"] and dist.metadata["Name"].lower() != "cnn-lab"},
                   key=str.lower)
    path = scratch / "pins.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def record_versions(wheels: Path, path: Path) -> list[str]:
    """Write ``name==version`` for every wheel in ``wheels`` (pip can use it with -c)."""
    names = sorted(wheel.name for wheel in wheels.glob("*.whl"))
    lines = ["==".join(name.split("-")[:2]) for name in names]
    path.write_text("# The versions in wheels/, usable as pip install -c constraints.txt\n"
                    + "\n".join(lines) + "\n", encoding="utf-8")
    return names


def fetch_dependencies(app_wheel: Path, wheels: Path, args: argparse.Namespace,
                       constraints: Path | None) -> None:
    """Every wheel CNN Lab needs (and pip, to bootstrap the venv), for the target.

    For this machine ``pip wheel`` (which can build a wheel from a source-only package);
    for another target ``pip download --only-binary=:all:``, as pip requires.
    """
    pinned = ["--constraint", str(constraints)] if constraints else []
    wanted = [str(app_wheel), "pip"]
    if not (args.python_version or args.platform):
        pip("wheel", "--quiet", "--prefer-binary", "--wheel-dir", str(wheels), *pinned, *wanted)
        return
    target = ["--only-binary=:all:"]
    target += ["--python-version", args.python_version] if args.python_version else []
    for platform in args.platform or []:
        target += ["--platform", platform]
    pip("download", "--quiet", "--dest", str(wheels), *target, *pinned, *wanted)


def needed_glibc(names: list[str]) -> tuple[int, int] | None:
    """The oldest glibc that every manylinux wheel accepts (None without manylinux wheels)."""
    needed = None
    for name in names:
        versions = []
        for tag in Path(name).stem.split("-")[-1].split("."):
            match = re.match(r"manylinux_(\d+)_(\d+)_", tag)
            old = tag.split("_")[0]
            if match:
                versions.append((int(match[1]), int(match[2])))
            elif old in OLD_MANYLINUX:
                versions.append(OLD_MANYLINUX[old])
        if versions:
            needed = max(needed or (0, 0), min(versions))
    return needed


# --- installers and README -----------------------------------------------------------------

def fill(template: str, values: dict[str, str]) -> str:
    """Replace ``@KEY@`` (not ``$KEY``: the templates are shell and batch scripts)."""
    for key, value in values.items():
        template = template.replace(f"@{key}@", value)
    return template


def target_description(args: argparse.Namespace, wheel_names: list[str]) -> dict[str, str]:
    """Python version, platform and system requirements, as README.txt and install.sh say them."""
    version = args.python_version or f"{sys.version_info.major}.{sys.version_info.minor}"
    if "." not in version and len(version) > 1:
        version = f"{version[0]}.{version[1:]}"  # pip also accepts "311"
    platform = ", ".join(args.platform) if args.platform else sysconfig.get_platform()
    glibc = needed_glibc(wheel_names)
    requirements = (f"On Linux it needs glibc {glibc[0]}.{glibc[1]} or newer ('ldd --version' "
                    "shows it).") if glibc else ""
    options = (f" --python-version {args.python_version}" if args.python_version else "")
    options += "".join(f" --platform {platform}" for platform in args.platform or [])
    return {"PYTHON_VERSION": version, "PLATFORM": platform, "REQUIREMENTS": requirements,
            "OPTIONS": options.strip()}


def write_texts(out: Path, values: dict[str, str]) -> None:
    """install.sh (executable), install.bat (CRLF, as cmd.exe expects) and README.txt."""
    for name in ("install.sh", "install.bat", "README.txt"):
        text = fill((TEMPLATES / name).read_text(encoding="utf-8"), values)
        newline = "\r\n" if name.endswith((".bat", ".txt")) else "\n"
        (out / name).write_bytes(text.replace("\n", newline).encode("utf-8"))
    (out / "install.sh").chmod(0o755)


def folder_size(folder: Path) -> int:
    """Bytes in all files under ``folder`` (what a USB stick must hold)."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


# --- the whole -----------------------------------------------------------------------------

def prepare_out(out: Path) -> Path:
    """Create ``out`` and its wheels/; refuse a used folder, so no old wheel slips in."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise BundleError(f"{out} already exists and is not empty: give a new folder")
    return ensure_dir(out / "wheels").parent


def build(args: argparse.Namespace) -> dict[str, str]:
    """Make the bundle; returns the values written into README.txt."""
    out = prepare_out(args.out)
    wheels = out / "wheels"
    print("[1/3] building CNN Lab's wheel", flush=True)
    app_wheel = build_app_wheel(wheels)
    models = check_shipped_files(app_wheel)
    print(f"      {app_wheel.name} carries {len(models)} models ("
          + ", ".join(Path(name).name for name in models)
          + "), MNIST, the pen digits and the sample photos")
    print("[2/3] collecting the dependencies' wheels", flush=True)
    with tempfile.TemporaryDirectory() as scratch:
        fetch_dependencies(app_wheel, wheels, args, None if args.no_pin else pins(Path(scratch)))
    wheel_names = record_versions(wheels, out / "constraints.txt")
    print("[3/3] installers and README.txt", flush=True)
    values = {"VERSION": app_wheel.name.split("-")[1], "WHEELS": str(len(wheel_names)),
              "BUILT": datetime.date.today().isoformat(),
              **target_description(args, wheel_names)}
    write_texts(out, values)
    return values


def main(argv: list[str] | None = None) -> int:
    """Build the bundle; exit status 2 for a mistake the person can fix."""
    args = build_parser().parse_args(argv)
    started = time.perf_counter()
    try:
        build(args)
    except BundleError as error:
        print(f"make_bundle.py: error: {error}", file=sys.stderr)
        return 2
    size = folder_size(args.out)
    print(f"bundle ready in {args.out}: {size / 1e6:,.0f} MB, built in "
          f"{time.perf_counter() - started:.0f} s; see {args.out / 'README.txt'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
