"""CNN Lab's entry point: no arguments open the GUI; subcommands run headless tools."""

import argparse
import sys

VERSION = "0.1.0"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cnn-lab",
        description="CNN Lab: a desktop laboratory for convolutional neural networks. "
        "Without arguments, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"CNN Lab {VERSION}")
    parser.add_argument(
        "--lang", choices=("pt_BR", "en"), help="interface language for this run"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Dispatch: the GUI unless a subcommand was given."""
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    from gui.app import main as gui_main

    return gui_main(sys.argv[:1], language=args.lang)


if __name__ == "__main__":
    sys.exit(main())
