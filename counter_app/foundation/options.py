"""The options ``counter-app`` takes before its command, for the command line and for the window's quick start."""

from __future__ import annotations

import argparse
import os

from counter_app import __version__
from counter_core.foundation.translations import DEFAULT_LANGUAGE, LANGUAGES


def add_global_options(parser: argparse.ArgumentParser, version: bool = True) -> None:
    """The options taken before any command (and by the window, when there is no command); ``version=False`` leaves
    out ``--version``, which would otherwise answer for a command's own ``--version`` (a catalog's)."""
    if version:
        parser.add_argument("--version", action="version", version=f"counter-app {__version__}")
    parser.add_argument("--data-dir", help="data folder (default: $COUNTER_DATA_DIR or the user data folder)")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default=os.environ.get("COUNTER_LANGUAGE", DEFAULT_LANGUAGE),
        help="language of the window and of error messages (default: vi, or $COUNTER_LANGUAGE)",
    )
    parser.add_argument(
        "--debug", action="store_true", help="print the traceback of an unexpected error (always in the log file)"
    )
    parser.add_argument(
        "--no-error-dialog",
        action="store_true",
        help="the window shows no error dialog (for tests and CI): errors go to the log and standard error",
    )
    parser.add_argument(
        "--user",
        default=os.environ.get("COUNTER_USER"),
        help="the account acting (default: $COUNTER_USER): every command that changes something or shows "
        "personal data needs one whose role may do it",
    )
