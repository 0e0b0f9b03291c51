"""Entry point of ``counter-app`` and ``python -m counter_app``: given no command it opens the window without loading
the command line's commands (half of a cold start went to importing them); given one, it hands over to
``counter_app.cli``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from counter_app.foundation.options import add_global_options
from counter_app.foundation.paths import data_dir


def window_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a start without a command, or None when ``argv`` names a command, asks for help or is wrong
    (the command line says what is wrong, in the chosen language)."""
    parser = argparse.ArgumentParser(prog="counter-app", add_help=False, exit_on_error=False)
    add_global_options(parser, version=False)  # --version, anywhere, goes to the command line
    try:
        args, rest = parser.parse_known_args(list(argv))
    except argparse.ArgumentError:  # not lost: the command line's parser reads the same arguments and says it
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    args = window_options(arguments)
    if args is None:
        from counter_app.cli import main as commands

        return commands(arguments)
    from counter_app.ui.app import run_gui  # Qt is imported only here

    return run_gui(data_dir(args.data_dir), args.language, dialogs=not args.no_error_dialog, debug=args.debug)


if __name__ == "__main__":
    sys.exit(main())
