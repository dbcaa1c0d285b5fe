"""CNN Lab's entry point: no arguments open the GUI; subcommands run the headless tools.

    python main.py                      the window
    python main.py lesson.cnnlab        the window, opening an activity file (a double click)
    python main.py train|evaluate|predict|code|exercises|robustness …
                                        see ``python main.py COMMAND --help``
"""

import argparse
import os
import sys
from collections.abc import Sequence

from engine.cli.entry import COMMANDS  # argparse and the standard library only: cheap to import


class ShowVersion(argparse.Action):
    """``--version``: the version is looked up only when asked for (it costs start-up time)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **_: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from engine.version import app_version

        print(f"CNN Lab {app_version()}")
        parser.exit()


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cnn-lab",
        description="CNN Lab: a desktop laboratory for convolutional neural networks. "
        "Without a command, the window opens. Commands: " + ", ".join(COMMANDS)
        + " (see cnn-lab COMMAND --help).",
    )
    parser.add_argument("--version", action=ShowVersion)
    parser.add_argument("--lang", choices=("pt_BR", "en"), help="interface language for this run")
    parser.add_argument("activity", nargs="?", default=None,
                        help="an activity file (.cnnlab) to open in the window")
    entry = parser.add_mutually_exclusive_group()
    entry.add_argument("--install-desktop-entry", action="store_true",
                       help="add CNN Lab to this user's application menu and desktop (Linux), "
                       "with its icon, then exit")
    entry.add_argument("--uninstall-desktop-entry", action="store_true",
                       help="remove what --install-desktop-entry wrote, then exit")
    return parser


def looks_like_activity(argument: str) -> bool:
    """A ``.cnnlab`` name (the window explains a missing one), or any existing file (the window
    explains one that is not an activity); a mistyped command is neither."""
    return argument.lower().endswith(".cnnlab") or os.path.isfile(argument)


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch: a headless command when one is named, else the GUI."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        from engine.cli.entry import main as cli_main

        return cli_main(args)
    parser = gui_parser()
    options = parser.parse_args(args)
    if options.activity and not looks_like_activity(options.activity):
        parser.error(f"{options.activity!r} is neither a command ({', '.join(COMMANDS)}) nor an "
                     "activity file (.cnnlab)")
    if options.install_desktop_entry or options.uninstall_desktop_entry:
        from engine.desktop_entry import main as desktop_entry_main

        return desktop_entry_main(install_entry=options.install_desktop_entry)
    from gui.app import main as gui_main

    return gui_main(sys.argv[:1], language=options.lang, activity=options.activity)


if __name__ == "__main__":
    sys.exit(main())
