"""CNN Lab's entry point: no arguments open the GUI; subcommands run the headless tools.

    python main.py                      the window
    python main.py train|evaluate|predict …   see ``python main.py COMMAND --help``
"""

import argparse
import sys
from collections.abc import Sequence

from engine.cli import COMMANDS  # argparse and the standard library only: cheap to import

VERSION = "0.1.0"


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cnn-lab",
        description="CNN Lab: a desktop laboratory for convolutional neural networks. "
        "Without a command, the window opens. Commands: " + ", ".join(COMMANDS)
        + " (see cnn-lab COMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"CNN Lab {VERSION}")
    parser.add_argument("--lang", choices=("pt_BR", "en"), help="interface language for this run")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch: a headless command when one is named, else the GUI."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        from engine.cli import main as cli_main

        return cli_main(args)
    options = gui_parser().parse_args(args)
    from gui.app import main as gui_main

    return gui_main(sys.argv[:1], language=options.lang)


if __name__ == "__main__":
    sys.exit(main())
