"""The command line's options and commands (argparse), with their help."""

from __future__ import annotations

import argparse
import functools
import sys
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

from counter_app import reports
from counter_app.cli.parse_errors import translated
from counter_app.foundation.options import add_global_options
from counter_app.reports import register
from counter_app.services import accounts, configuration, printouts
from counter_core.domain.postal_batch import Flow
from counter_core.foundation.messages import Helps
from counter_core.foundation.texts import Text
from counter_core.foundation.translations import DEFAULT_LANGUAGE

EXAMPLES = """\
  counter-app --data-dir ./quay1 init --unit-code 000.00.31.H56 --unit-name "UBND xã Quảng Phú" --desk 1
  counter-app --data-dir ./quay1 user add toan --name "Phạm Quốc Toản" --role admin --password matkhau1
  counter-app --data-dir ./quay1 --user toan user add lan --name "Nguyễn Thị Lan" --role clerk --password matkhau2
  counter-app --data-dir ./quay1 --user lan receive --from-json hoso.json
  counter-app --data-dir ./quay1 --user lan --json search "nguyen van"
  counter-app --data-dir ./quay1 --user toan report periodic --from 01/01/2026 --to 31/12/2026 --out bieu-06a.xlsx"""


def chosen_language(argv: Sequence[str]) -> str:
    """The language ``--language`` (or $COUNTER_LANGUAGE) chooses, read before the parser is built so that its help
    is in it; a language it does not know is left for the parser to refuse."""
    early = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    add_global_options(early, version=False)
    try:
        return str(early.parse_known_args(list(argv))[0].language)
    except argparse.ArgumentError:
        return str(early.get_default("language"))


# The words argparse writes in a help (its usage line, its headings, what -h and --version do), by their text
ARGPARSE_WORDS = {
    "usage:": Helps.USAGE,
    "positional arguments": Helps.POSITIONALS,
    "options": Helps.OPTIONS,
    "show this help message and exit": Helps.HELP,
    "show program's version number and exit": Helps.VERSION,
}


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """A help as argparse lays it out, with argparse's own words in ``words`` (their text in the chosen language)."""

    def __init__(self, prog: str, words: Mapping[str, str]) -> None:
        super().__init__(prog)
        self.words = words

    def add_usage(
        self, usage: str | None, actions: Iterable[argparse.Action], groups: Iterable[Any], prefix: str | None = None
    ) -> None:
        super().add_usage(usage, actions, groups, f"{self.words['usage:']} " if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(self.words.get(heading or "", heading))

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return self.words.get(action.help or "", action.help)


def build_parser(language: str = DEFAULT_LANGUAGE) -> argparse.ArgumentParser:
    """The parser, its description and every help in ``language``, argparse's own words and errors too."""

    def say(msg: Helps, **params: str) -> str:
        return Text(msg, **params).in_language(language)

    words = {english: say(msg) for english, msg in ARGPARSE_WORDS.items()}

    class Parser(argparse.ArgumentParser):
        """A parser, and so each of its commands' (argparse makes them of its class), with its help in ``language``."""

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(formatter_class=functools.partial(_Formatter, words=words), **kwargs)

        def error(self, message: str) -> NoReturn:
            self.print_usage(sys.stderr)
            self.exit(2, f"{say(Helps.ERROR, program=self.prog, problem=translated(message, say))}\n")

    parser = Parser(
        prog="counter-app",
        description=say(Helps.DESCRIPTION),
        epilog=f"{say(Helps.EXAMPLES)}\n{EXAMPLES}\n\n{textwrap.fill(say(Helps.WHO_ACTS), 118)}\n",
    )
    add_global_options(parser, language=language)
    sub = parser.add_subparsers(dest="command", metavar="<command>")

    p = sub.add_parser("init", help=say(Helps.CMD_INIT))
    p.add_argument("--unit-code", required=True, help=say(Helps.INIT_UNIT_CODE))
    p.add_argument("--unit-name", required=True, help=say(Helps.INIT_UNIT_NAME))
    p.add_argument("--desk", required=True, type=int, help=say(Helps.INIT_DESK))
    p.add_argument("--code-block", type=int, default=1000, help=say(Helps.INIT_CODE_BLOCK))
    p.add_argument("--office-hours", help=say(Helps.INIT_OFFICE_HOURS))
    p.add_argument("--same-day-cutoff", help=say(Helps.INIT_SAME_DAY_CUTOFF))
    p.add_argument("--header-line1", help=say(Helps.INIT_HEADER_LINE1))
    p.add_argument("--header-line2", help=say(Helps.INIT_HEADER_LINE2))
    p.add_argument(
        "--header-line2-names-commune", choices=("yes", "no"), help=say(Helps.INIT_HEADER_LINE2_NAMES_COMMUNE)
    )
    p.add_argument("--centre-name", help=say(Helps.INIT_CENTRE_NAME))
    p.add_argument("--forms-2025-from", help=say(Helps.INIT_FORMS_2025_FROM))
    p.add_argument("--letter-symbol", help=say(Helps.INIT_LETTER_SYMBOL))
    p.add_argument("--signer-title", help=say(Helps.INIT_SIGNER_TITLE))
    p.add_argument("--tracking-url", default=configuration.DEFAULT_TRACKING_URL, help=say(Helps.INIT_TRACKING_URL))
    p.add_argument("--print-directly", action="store_true", help=say(Helps.INIT_PRINT_DIRECTLY))
    p.add_argument(
        "--idle-minutes", type=int, default=configuration.DEFAULT_IDLE_MINUTES, help=say(Helps.INIT_IDLE_MINUTES)
    )
    p.add_argument("--lock-after", type=int, default=configuration.DEFAULT_LOCK_AFTER, help=say(Helps.INIT_LOCK_AFTER))
    p.add_argument(
        "--lock-minutes", type=int, default=configuration.DEFAULT_LOCK_MINUTES, help=say(Helps.INIT_LOCK_MINUTES)
    )

    p = sub.add_parser("user", help=say(Helps.CMD_USER))
    user_sub = p.add_subparsers(dest="user_command", metavar="<action>", required=True)
    q = user_sub.add_parser("add", help=say(Helps.CMD_USER_ADD))
    q.add_argument("username")
    q.add_argument("--name", required=True, help=say(Helps.USER_ADD_NAME))
    q.add_argument("--role", required=True, choices=sorted(accounts.ROLES))
    q.add_argument("--password")
    user_sub.add_parser("list", help=say(Helps.CMD_USER_LIST))
    q = user_sub.add_parser("unlock", help=say(Helps.CMD_USER_UNLOCK))
    q.add_argument("username")

    p = sub.add_parser("catalog", help=say(Helps.CMD_CATALOG))
    cat_sub = p.add_subparsers(dest="catalog_command", metavar="<action>", required=True)
    q = cat_sub.add_parser("list", help=say(Helps.CMD_CATALOG_LIST))
    q.add_argument("--search", default="", help=say(Helps.CATALOG_LIST_SEARCH))
    q.add_argument("--versions", action="store_true", help=say(Helps.CATALOG_LIST_VERSIONS))
    q = cat_sub.add_parser("import", help=say(Helps.CMD_CATALOG_IMPORT))
    q.add_argument("file", type=Path)
    q = cat_sub.add_parser("from-portal", help=say(Helps.CMD_CATALOG_FROM_PORTAL))
    q.add_argument("files", type=Path, nargs="+")
    q.add_argument("--version", dest="catalog_version", help=say(Helps.CATALOG_FROM_PORTAL_VERSION))
    q.add_argument("--effective", help=say(Helps.CATALOG_FROM_PORTAL_EFFECTIVE))
    q.add_argument(
        "--issuer", default="Cổng Dịch vụ công quốc gia (hồ sơ TTHC)", help=say(Helps.CATALOG_FROM_PORTAL_ISSUER)
    )
    q.add_argument("--merge", action="store_true", help=say(Helps.CATALOG_FROM_PORTAL_MERGE))
    q.add_argument("--out", type=Path, help=say(Helps.CATALOG_OUT))
    q.add_argument("--import", dest="store_it", action="store_true", help=say(Helps.CATALOG_STORE))
    q = cat_sub.add_parser("from-decision", help=say(Helps.CMD_CATALOG_FROM_DECISION))
    q.add_argument("file", type=Path)
    q.add_argument("--decision", required=True, help=say(Helps.CATALOG_FROM_DECISION_DECISION))
    q.add_argument("--signed", required=True, help=say(Helps.CATALOG_FROM_DECISION_SIGNED))
    q.add_argument("--effective", required=True, help=say(Helps.CATALOG_FROM_DECISION_EFFECTIVE))
    q.add_argument("--issuer", required=True, help=say(Helps.CATALOG_FROM_DECISION_ISSUER))
    q.add_argument("--replace-all", action="store_true", help=say(Helps.CATALOG_FROM_DECISION_REPLACE_ALL))
    q.add_argument("--out", type=Path, help=say(Helps.CATALOG_OUT))
    q.add_argument("--import", dest="store_it", action="store_true", help=say(Helps.CATALOG_STORE))

    p = sub.add_parser("fees", help=say(Helps.CMD_FEES))
    fee_sub = p.add_subparsers(dest="fees_command", metavar="<action>", required=True)
    q = fee_sub.add_parser("import", help=say(Helps.CMD_FEES_IMPORT))
    q.add_argument("file", type=Path)
    fee_sub.add_parser("list", help=say(Helps.CMD_FEES_LIST))
    q = fee_sub.add_parser("show", help=say(Helps.CMD_FEES_SHOW))
    q.add_argument("--date", help=say(Helps.FEES_SHOW_DATE))

    p = sub.add_parser("calendar", help=say(Helps.CMD_CALENDAR))
    cal_sub = p.add_subparsers(dest="calendar_command", metavar="<action>", required=True)
    q = cal_sub.add_parser("import", help=say(Helps.CMD_CALENDAR_IMPORT))
    q.add_argument("file", type=Path)
    q = cal_sub.add_parser("days-off", help=say(Helps.CMD_CALENDAR_DAYS_OFF))
    q.add_argument("year", type=int)

    p = sub.add_parser("due-date", help=say(Helps.CMD_DUE_DATE))
    p.add_argument("--procedure", required=True, help=say(Helps.DUE_DATE_PROCEDURE))
    p.add_argument("--received", required=True, help=say(Helps.DUE_DATE_RECEIVED))
    p.add_argument("--case", default="", help=say(Helps.DUE_DATE_CASE))

    p = sub.add_parser("receive", help=say(Helps.CMD_RECEIVE))
    p.add_argument("--from-json", required=True, type=Path, dest="from_json", help=say(Helps.RECEIVE_FROM_JSON))
    p.add_argument("--postal-item", help=say(Helps.RECEIVE_POSTAL_ITEM))

    p = sub.add_parser("show", help=say(Helps.CMD_SHOW))
    p.add_argument("code")
    p = sub.add_parser("search", help=say(Helps.CMD_SEARCH))
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=50)
    p = sub.add_parser("transition", help=say(Helps.CMD_TRANSITION))
    p.add_argument("code")
    p.add_argument("status", help=say(Helps.TRANSITION_STATUS))
    p.add_argument("--note", default="")
    p = sub.add_parser("supplement", help=say(Helps.CMD_SUPPLEMENT))
    p.add_argument("code")
    p.add_argument("--item", action="append", required=True, help=say(Helps.SUPPLEMENT_ITEM))
    p.add_argument("--reason", required=True)
    p = sub.add_parser("reschedule", help=say(Helps.CMD_RESCHEDULE))
    p.add_argument("code")
    p.add_argument("--new-date", required=True, help=say(Helps.RESCHEDULE_NEW_DATE))
    p.add_argument("--time", help=say(Helps.RESCHEDULE_TIME))
    p.add_argument("--reason", required=True, help=say(Helps.RESCHEDULE_REASON))
    p.add_argument("--number", default="", help=say(Helps.RESCHEDULE_NUMBER))
    p.add_argument("--signer", default="", help=say(Helps.RESCHEDULE_SIGNER))
    p = sub.add_parser("stop", help=say(Helps.CMD_STOP))
    p.add_argument("code")
    p.add_argument("--reason", required=True, help=say(Helps.STOP_REASON))
    p.add_argument("--number", default="", help=say(Helps.STOP_NUMBER))
    p.add_argument("--signer", default="", help=say(Helps.STOP_SIGNER))
    p = sub.add_parser("queue", help=say(Helps.CMD_QUEUE))
    p.add_argument("--day", help=say(Helps.QUEUE_DAY))

    p = sub.add_parser("print", help=say(Helps.CMD_PRINT))
    p.add_argument("code")
    p.add_argument("--slip", default="receipt", choices=printouts.SLIPS)
    p.add_argument("--out", type=Path, help=say(Helps.PRINT_OUT))

    p = sub.add_parser("postal", help=say(Helps.CMD_POSTAL))
    post_sub = p.add_subparsers(dest="postal_command", metavar="<action>", required=True)
    q = post_sub.add_parser("open", help=say(Helps.CMD_POSTAL_OPEN))
    q.add_argument("flow", choices=[f.value for f in Flow])
    q = post_sub.add_parser("scan", help=say(Helps.CMD_POSTAL_SCAN))
    q.add_argument("batch", help=say(Helps.POSTAL_SCAN_BATCH))
    q.add_argument("codes", nargs="+")
    q = post_sub.add_parser("close", help=say(Helps.CMD_POSTAL_CLOSE))
    q.add_argument("batch")
    q.add_argument("--courier", default="", help=say(Helps.POSTAL_CLOSE_COURIER))
    q.add_argument("--out", type=Path, help=say(Helps.POSTAL_CLOSE_OUT))
    q = post_sub.add_parser("list", help=say(Helps.CMD_POSTAL_LIST))
    q.add_argument("--open", action="store_true", help=say(Helps.POSTAL_LIST_OPEN))
    q = post_sub.add_parser("show", help=say(Helps.CMD_POSTAL_SHOW))
    q.add_argument("batch")
    q = post_sub.add_parser("print", help=say(Helps.CMD_POSTAL_PRINT))
    q.add_argument("batch")
    q.add_argument("--out", type=Path)
    post_sub.add_parser("waiting", help=say(Helps.CMD_POSTAL_WAITING))

    p = sub.add_parser(
        "report",
        help=say(Helps.CMD_REPORT),
        description="\n".join(f"  {kind:<13} {say(Helps['REPORT_' + kind.upper()])}" for kind in reports.KINDS),
    )
    p.add_argument("kind", choices=list(reports.KINDS))
    p.add_argument("--from", dest="date_from", help=say(Helps.REPORT_FROM))
    p.add_argument("--to", dest="date_to", help=say(Helps.REPORT_TO))
    p.add_argument("--format", choices=printouts.REPORT_FORMATS, help=say(Helps.REPORT_FORMAT))
    p.add_argument("--out", type=Path, help=say(Helps.REPORT_OUT))
    p.add_argument("--columns", help=say(Helps.REPORT_COLUMNS, columns=", ".join(register.COLUMNS)))
    p.add_argument("--view", choices=("competent", "receiving"), default="competent", help=say(Helps.REPORT_VIEW))

    p = sub.add_parser("enrol", help=say(Helps.CMD_ENROL))
    p.add_argument("--server", required=True, help=say(Helps.ENROL_SERVER))
    p.add_argument("--code", required=True, help=say(Helps.ENROL_CODE))
    p.add_argument("--ca-bundle", help=say(Helps.ENROL_CA_BUNDLE))
    p = sub.add_parser("sync", help=say(Helps.CMD_SYNC))
    p.add_argument("--status", action="store_true", help=say(Helps.SYNC_STATUS))
    p.add_argument("--ca-bundle", help=say(Helps.SYNC_CA_BUNDLE))
    p.add_argument("--files-kbps", type=int, help=say(Helps.SYNC_FILES_KBPS))

    p = sub.add_parser("backup", help=say(Helps.CMD_BACKUP))
    p.add_argument("--out", type=Path, help=say(Helps.BACKUP_OUT))
    p.add_argument("--list", action="store_true", help=say(Helps.BACKUP_LIST))
    p.add_argument("--keep", type=int, help=say(Helps.BACKUP_KEEP))
    p.add_argument("--folder", type=Path, help=say(Helps.BACKUP_FOLDER))
    p = sub.add_parser("restore", help=say(Helps.CMD_RESTORE))
    p.add_argument("file", type=Path)

    p = sub.add_parser("audit", help=say(Helps.CMD_AUDIT))
    p.add_argument("action", choices=["verify"], help=say(Helps.AUDIT_ACTION))

    p = sub.add_parser("id-card", help=say(Helps.CMD_ID_CARD))
    p.add_argument("text")

    p = sub.add_parser("guide", help=say(Helps.CMD_GUIDE))
    p.add_argument("--pdf", type=Path, required=True, help=say(Helps.GUIDE_PDF))

    p = sub.add_parser("demo", help=say(Helps.CMD_DEMO))
    p.add_argument("--dossiers", type=int, default=300)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--remove", action="store_true", help=say(Helps.DEMO_REMOVE))
    return parser
