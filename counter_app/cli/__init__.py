"""The command line: ``counter-app`` alone opens the window; commands script the desk headless."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import traceback
from collections.abc import Sequence

from counter_app import __version__
from counter_app.cli.backup import cmd_audit, cmd_backup, cmd_restore
from counter_app.cli.catalog import cmd_calendar, cmd_catalog, cmd_due_date
from counter_app.cli.dossiers import (
    cmd_queue,
    cmd_receive,
    cmd_reschedule,
    cmd_search,
    cmd_show,
    cmd_stop,
    cmd_supplement,
    cmd_transition,
)
from counter_app.cli.fees import cmd_fees
from counter_app.cli.papers import cmd_guide, cmd_id_card, cmd_print, cmd_report
from counter_app.cli.parser import build_parser, chosen_language
from counter_app.cli.postal_desk import cmd_postal
from counter_app.cli.province import cmd_enrol, cmd_sync
from counter_app.cli.setting_up import cmd_demo, cmd_init, cmd_user
from counter_app.foundation import logs
from counter_app.foundation.faults import environment_fault
from counter_app.foundation.paths import data_dir
from counter_app.store import Store, open_store
from counter_core.foundation.errors import CounterError, Unavailable
from counter_core.foundation.messages import CommandLine, Faults
from counter_core.foundation.texts import Text

log = logging.getLogger(__name__)


def _store(args: argparse.Namespace) -> Store:
    return open_store(data_dir(args.data_dir))


def run(args: argparse.Namespace) -> None:
    if args.command in WITHOUT_DATA:
        WITHOUT_DATA[args.command](args)
        return
    store = _store(args)
    try:
        COMMANDS[args.command](args, store)
    finally:
        store.close()


COMMANDS = {
    "init": cmd_init,
    "user": cmd_user,
    "catalog": cmd_catalog,
    "calendar": cmd_calendar,
    "fees": cmd_fees,
    "due-date": cmd_due_date,
    "receive": cmd_receive,
    "show": cmd_show,
    "search": cmd_search,
    "transition": cmd_transition,
    "supplement": cmd_supplement,
    "reschedule": cmd_reschedule,
    "stop": cmd_stop,
    "queue": cmd_queue,
    "print": cmd_print,
    "demo": cmd_demo,
    "postal": cmd_postal,
    "report": cmd_report,
    "enrol": cmd_enrol,
    "sync": cmd_sync,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "audit": cmd_audit,
}
WITHOUT_DATA = {"id-card": cmd_id_card, "guide": cmd_guide}  # the commands that read no data folder


EXIT_REFUSED = 1  # a CounterError: the message says what to change
EXIT_BUG = 70  # an unexpected error (EX_SOFTWARE): the message says where the log is
EXIT_UNAVAILABLE = 75  # the computer's fault, a full disk or a locked database (EX_TEMPFAIL): try again later


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(chosen_language(arguments)).parse_args(arguments)
    if args.command is None:
        from counter_app.ui.app import run_gui

        return run_gui(data_dir(args.data_dir), args.language, dialogs=not args.no_error_dialog, debug=args.debug)
    if args.command not in WITHOUT_DATA:
        logs.setup(data_dir(args.data_dir))
    log.info("counter-app %s: %s", __version__, args.command)
    try:
        run(args)
    except Exception as exc:
        return _failed(args, exc)
    return 0


def _failed(args: argparse.Namespace, exc: Exception) -> int:
    """One line on standard error in the chosen language (JSON with ``--json``), the traceback in the log (and on
    standard error with ``--debug``), and the exit code that says which kind of failure it was."""
    known = exc if isinstance(exc, CounterError) else environment_fault(exc)
    if known is None:
        log.exception("%s failed", args.command)
        where = logs.log_file()
        problem = CounterError(
            Faults.UNEXPECTED if where else Faults.UNEXPECTED_NO_LOG, error=type(exc).__name__, path=where or ""
        )
        line, exit_code = problem.text, EXIT_BUG  # says "unexpected error" itself
    else:
        log.warning("%s refused: %s", args.command, known.message, exc_info=known is not exc)
        problem, exit_code = known, EXIT_UNAVAILABLE if isinstance(known, Unavailable) else EXIT_REFUSED
        line = Text(CommandLine.ERROR, message=known.text)
    if args.debug:
        traceback.print_exception(exc, file=sys.stderr)
    if args.json:
        print(json.dumps(problem.to_json(args.language), ensure_ascii=False), file=sys.stderr)
    else:
        print(line.in_language(args.language), file=sys.stderr)
    return exit_code
