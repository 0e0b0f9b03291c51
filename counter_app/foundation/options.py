"""The options ``counter-app`` takes before its command, for the command line and for the window's quick start."""

from __future__ import annotations

import argparse
import os

from counter_app import __version__
from counter_core.foundation.messages import Helps
from counter_core.foundation.texts import Text
from counter_core.foundation.translations import DEFAULT_LANGUAGE, LANGUAGES


def add_global_options(parser: argparse.ArgumentParser, version: bool = True, language: str | None = None) -> None:
    """The options taken before any command (and by the window, when there is no command), with their help in
    ``language`` (none without one: a parser that never shows help, as the window's quick start's, reads no
    catalog); ``version=False`` leaves out ``--version``, which would otherwise answer for a command's own
    ``--version`` (a catalog's)."""

    def say(msg: Helps) -> str | None:
        return Text(msg).in_language(language) if language else None

    if version:
        parser.add_argument("--version", action="version", version=f"counter-app {__version__}")
    parser.add_argument("--data-dir", help=say(Helps.DATA_DIR))
    parser.add_argument("--json", action="store_true", help=say(Helps.JSON))
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default=os.environ.get("COUNTER_LANGUAGE", DEFAULT_LANGUAGE),
        help=say(Helps.LANGUAGE),
    )
    parser.add_argument("--debug", action="store_true", help=say(Helps.DEBUG))
    parser.add_argument("--no-error-dialog", action="store_true", help=say(Helps.NO_ERROR_DIALOG))
    parser.add_argument("--user", default=os.environ.get("COUNTER_USER"), help=say(Helps.USER))
