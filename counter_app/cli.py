"""The command line: ``counter-app`` alone opens the window; commands script the desk headless."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from pathlib import Path

from counter_app import __version__, reports
from counter_app.foundation import logs
from counter_app.foundation.faults import environment_fault
from counter_app.foundation.options import add_global_options
from counter_app.foundation.paths import data_dir
from counter_app.reports import register
from counter_app.services import (
    accounts,
    audit,
    backups,
    catalog_import,
    configuration,
    lookup,
    postal,
    printouts,
    processing,
    reception,
)
from counter_app.store import Store, open_store
from counter_app.store.desk import Desk
from counter_core.domain import policy
from counter_core.domain.accounts import role_text
from counter_core.domain.appointment import Appointment
from counter_core.domain.decision import Decision
from counter_core.domain.dossier import Dossier
from counter_core.domain.fees import Fee, FeeRequest
from counter_core.domain.idcard import parse_id_card
from counter_core.domain.intake import Intake, SubmittedDocument, parse_day, procedure_code_of
from counter_core.domain.postal_batch import Flow
from counter_core.domain.procedure import DocumentComponent, ProcessingTime, TimeUnit
from counter_core.domain.status import Status, parse_status
from counter_core.foundation.clock import iso, parse_vn, vn_now
from counter_core.foundation.errors import CounterError, InvalidInput, NotAllowed, Unavailable
from counter_core.foundation.formatting import day, moment, money
from counter_core.foundation.jsonfile import read_json
from counter_core.foundation.messages import Accounts, Audit, CommandLine, Dossiers, Faults, Files, Said
from counter_core.foundation.text import nfc
from counter_core.foundation.texts import Text

log = logging.getLogger(__name__)

EPILOG = """Ví dụ / examples:
  counter-app --data-dir ./quay1 init --unit-code 000.00.31.H56 --unit-name "UBND xã Quảng Phú" --desk 1
  counter-app --data-dir ./quay1 user add toan --name "Phạm Quốc Toản" --role admin --password matkhau1
  counter-app --data-dir ./quay1 --user toan user add lan --name "Nguyễn Thị Lan" --role clerk --password matkhau2
  counter-app --data-dir ./quay1 --user lan receive --from-json hoso.json
  counter-app --data-dir ./quay1 --user lan --json search "nguyen van"
  counter-app --data-dir ./quay1 --user toan report periodic --from 01/01/2026 --to 31/12/2026 --out bieu-06a.xlsx

Mọi lệnh thay đổi dữ liệu hoặc cho xem thông tin cá nhân đều cần --user (hoặc COUNTER_USER), và chỉ chạy khi vai trò
của tài khoản đó được phép. Khi quầy chưa có tài khoản nào: init, catalog/calendar/fees import, catalog from-… --import,
demo và tạo quản trị viên đầu tiên (user add … --role admin) chạy không cần --user.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="counter-app",
        description="Counter — phần mềm quầy tiếp nhận và trả kết quả (một cửa) cấp xã.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="<command>")

    p = sub.add_parser("init", help="configure this desk (unit, desk number, office hours)")
    p.add_argument("--unit-code", required=True, help="the unit's identifier code, e.g. 000.00.31.H56")
    p.add_argument("--unit-name", required=True, help='e.g. "UBND xã Quảng Phú"')
    p.add_argument("--desk", required=True, type=int, help="desk number in the unit, 1–99 (unique in the unit)")
    p.add_argument("--code-block", type=int, default=1000, help="daily code numbers reserved per desk (1000)")
    p.add_argument("--office-hours", help="sessions, default 07:00-11:30,13:30-17:00")
    p.add_argument(
        "--same-day-cutoff",
        help="same-day procedures received after this (HH:MM, default 15:00) go to the next working day",
    )
    p.add_argument("--header-line1", help='papers\' header line 1 (default "UBND XÃ …" from the unit name)')
    p.add_argument("--header-line2", help='papers\' header line 2 (default "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")')
    p.add_argument(
        "--header-line2-names-commune",
        choices=("yes", "no"),
        help="whether the default header line 2 repeats the commune's name",
    )
    p.add_argument(
        "--centre-name",
        help='the receiving centre as papers name it (default "Trung tâm Phục vụ hành chính công xã …")',
    )
    p.add_argument(
        "--forms-2025-from", help="first reception day numbered by the 2025 form set (TT 03/2025; default 15/09/2025)"
    )
    p.add_argument("--letter-symbol", help="the symbol after a letter's number (default TTPVHCC)")
    p.add_argument("--signer-title", help="who signs the centre's letters (default GIÁM ĐỐC)")
    p.add_argument(
        "--tracking-url",
        default=configuration.DEFAULT_TRACKING_URL,
        help="the province's tracking page for the receipt's QR code, with {code}",
    )
    p.add_argument(
        "--print-directly",
        action="store_true",
        help="print receipts straight to the default printer instead of showing a preview",
    )
    p.add_argument(
        "--idle-minutes",
        type=int,
        default=configuration.DEFAULT_IDLE_MINUTES,
        help="lock the screen after this many minutes without use (10)",
    )
    p.add_argument(
        "--lock-after",
        type=int,
        default=configuration.DEFAULT_LOCK_AFTER,
        help="wrong passwords in a row that lock an account on this desk (5)",
    )
    p.add_argument(
        "--lock-minutes",
        type=int,
        default=configuration.DEFAULT_LOCK_MINUTES,
        help="how long such an account stays locked, in minutes (15)",
    )

    p = sub.add_parser("user", help="local accounts")
    user_sub = p.add_subparsers(dest="user_command", metavar="<action>", required=True)
    q = user_sub.add_parser("add", help="add an account (password from --password or standard input)")
    q.add_argument("username")
    q.add_argument("--name", required=True, help="full name")
    q.add_argument("--role", required=True, choices=sorted(accounts.ROLES))
    q.add_argument("--password")
    user_sub.add_parser("list", help="list accounts")
    q = user_sub.add_parser("unlock", help="lift the lock of an account after too many wrong passwords")
    q.add_argument("username")

    p = sub.add_parser("catalog", help="the procedure catalog")
    cat_sub = p.add_subparsers(dest="catalog_command", metavar="<action>", required=True)
    q = cat_sub.add_parser("list", help="procedures in force (or catalog versions with --versions)")
    q.add_argument("--search", default="", help="part of a name or code, diacritics optional")
    q.add_argument("--versions", action="store_true", help="list the imported catalog versions")
    q = cat_sub.add_parser("import", help="import a published catalog file as a new version")
    q.add_argument("file", type=Path)
    q = cat_sub.add_parser(
        "from-portal", help="build a catalog from the national portal's procedure records (JSON, list or JSON Lines)"
    )
    q.add_argument("files", type=Path, nargs="+")
    q.add_argument("--version", dest="catalog_version", help="the version's name (default: portal-YYYY-MM-DD)")
    q.add_argument("--effective", help="in force from, YYYY-MM-DD (default: today)")
    q.add_argument("--issuer", default="Cổng Dịch vụ công quốc gia (hồ sơ TTHC)", help="who publishes it")
    q.add_argument("--merge", action="store_true", help="keep the other procedures of the catalog in force")
    q.add_argument("--out", type=Path, help="write the catalog file here, to check it and publish it")
    q.add_argument("--import", dest="store_it", action="store_true", help="store it on this desk as a new version")
    q = cat_sub.add_parser(
        "from-decision",
        help="apply the province's decision publishing the catalogue (a CSV, see docs/catalog.md) as a new version",
    )
    q.add_argument("file", type=Path)
    q.add_argument("--decision", required=True, help='its number, e.g. "1234/QĐ-UBND"')
    q.add_argument("--signed", required=True, help="its date, YYYY-MM-DD or dd/mm/yyyy")
    q.add_argument("--effective", required=True, help="in force from, YYYY-MM-DD or dd/mm/yyyy")
    q.add_argument("--issuer", required=True, help='e.g. "Ủy ban nhân dân tỉnh Quảng Ngãi"')
    q.add_argument("--replace-all", action="store_true", help="the decision lists every procedure: drop the others")
    q.add_argument("--out", type=Path, help="write the catalog file here, to check it and publish it")
    q.add_argument("--import", dest="store_it", action="store_true", help="store it on this desk as a new version")

    p = sub.add_parser("fees", help="the province's fee tables (resolutions of the provincial People's Council)")
    fee_sub = p.add_subparsers(dest="fees_command", metavar="<action>", required=True)
    q = fee_sub.add_parser("import", help="import a fee table file (counter-fees/1) as a new version")
    q.add_argument("file", type=Path)
    fee_sub.add_parser("list", help="the imported fee tables, every version")
    q = fee_sub.add_parser("show", help="the fee table in force on a day (default today)")
    q.add_argument("--date", help="YYYY-MM-DD or dd/mm/yyyy")

    p = sub.add_parser("calendar", help="the working-day calendar")
    cal_sub = p.add_subparsers(dest="calendar_command", metavar="<action>", required=True)
    q = cal_sub.add_parser("import", help="import a yearly civil-service notice (days off, Saturdays worked)")
    q.add_argument("file", type=Path)
    q = cal_sub.add_parser("days-off", help="list the days off of a year (weekends excepted)")
    q.add_argument("year", type=int)

    p = sub.add_parser("due-date", help="the appointment for a procedure received at a given moment")
    p.add_argument("--procedure", required=True, help="national procedure code, e.g. 1.001193")
    p.add_argument("--received", required=True, help='"YYYY-MM-DD HH:MM", Vietnam time')
    p.add_argument("--case", default="", help="the procedure's case (its key, see catalog list), e.g. xac-minh")

    p = sub.add_parser("receive", help="record a dossier from a JSON file and print its code")
    p.add_argument("--from-json", required=True, type=Path, dest="from_json", help="the dossier (see README)")
    p.add_argument("--postal-item", help="the item code of the package it came in by post (channel 3)")

    p = sub.add_parser("show", help="a dossier with its history")
    p.add_argument("code")
    p = sub.add_parser("search", help="search dossiers by code, name, ID number, phone or procedure")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=50)
    p = sub.add_parser("transition", help="move a dossier to a status (national code 1–10)")
    p.add_argument("code")
    p.add_argument("status", help="national status code 1–10, or its name (e.g. processing)")
    p.add_argument("--note", default="")
    p = sub.add_parser("supplement", help="ask for missing papers of a received dossier (Mẫu 02; status 5)")
    p.add_argument("code")
    p.add_argument(
        "--item",
        action="append",
        required=True,
        help="a paper to add or complete (repeat for each; the catalog's counts when it is one of them)",
    )
    p.add_argument("--reason", required=True)
    p = sub.add_parser(
        "reschedule", help="before its appointment passes, apologise and ask to extend a dossier's time (Mẫu 04)"
    )
    p.add_argument("code")
    p.add_argument("--new-date", required=True, help="dd/mm/yyyy or YYYY-MM-DD, a working day")
    p.add_argument("--time", help="HH:MM within office hours (default: closing time)")
    p.add_argument("--reason", required=True, help="why the result is late")
    p.add_argument("--number", default="", help="the letter's number in the registry book (else left blank)")
    p.add_argument("--signer", default="", help="who signs the letter (else left blank)")
    p = sub.add_parser("stop", help="stop settling a dossier (status 8) and print its notice (Mẫu 05 of 2025)")
    p.add_argument("code")
    p.add_argument("--reason", required=True, help="why it is stopped, as the notice says it")
    p.add_argument("--number", default="", help="the notice's number in the registry book (else left blank)")
    p.add_argument("--signer", default="", help="who signs the notice (else left blank)")
    p = sub.add_parser("queue", help="today's queue: received, due today, late")
    p.add_argument("--day", help="YYYY-MM-DD (default today)")

    p = sub.add_parser("print", help="render a slip of a dossier to PDF (headless)")
    p.add_argument("code")
    p.add_argument("--slip", default="receipt", choices=printouts.SLIPS)
    p.add_argument("--out", type=Path, help="PDF file (default: <data folder>/slips/<code>-<slip>.pdf)")

    p = sub.add_parser("postal", help="the postal desk (bưu chính công ích): batches of scans, hand-over lists")
    post_sub = p.add_subparsers(dest="postal_command", metavar="<action>", required=True)
    q = post_sub.add_parser(
        "open",
        help="open a batch: intake (packages from the post), results (handed to the "
        "post), delivered (delivered by the post)",
    )
    q.add_argument("flow", choices=[f.value for f in Flow])
    q = post_sub.add_parser("scan", help="scan codes into an open batch, in order ('-' reads one a line from stdin)")
    q.add_argument("batch", help="the batch's number (BC01-00012) or id")
    q.add_argument("codes", nargs="+")
    q = post_sub.add_parser("close", help="close a batch, record its hand-over and write its list (PDF)")
    q.add_argument("batch")
    q.add_argument("--courier", default="", help="the postal employee's full name, printed under their signature")
    q.add_argument("--out", type=Path, help="PDF file (default: <data folder>/slips/ban-giao-<batch>.pdf)")
    q = post_sub.add_parser("list", help="the latest batches, newest first")
    q.add_argument("--open", action="store_true", help="only the open ones")
    q = post_sub.add_parser("show", help="a batch with its lines")
    q.add_argument("batch")
    q = post_sub.add_parser("print", help="write a batch's hand-over list again")
    q.add_argument("batch")
    q.add_argument("--out", type=Path)
    post_sub.add_parser("waiting", help="packages handed over by the post whose dossier is not received yet")

    p = sub.add_parser(
        "report",
        help="a register or report of a period as PDF or Excel (headless)",
        description="\n".join(f"  {k:<13} {v}" for k, v in reports.KINDS.items()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("kind", choices=list(reports.KINDS))
    p.add_argument("--from", dest="date_from", help="first day of the period, dd/mm/yyyy or YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", help="last day of the period (included)")
    p.add_argument("--format", choices=printouts.REPORT_FORMATS, help="pdf or xlsx (default: from --out, else pdf)")
    p.add_argument("--out", type=Path, help="the file (default: <data folder>/reports/<kind>-<from>-<to>.<format>)")
    p.add_argument("--columns", help=f"register only: columns, comma-separated ({', '.join(register.COLUMNS)})")
    p.add_argument(
        "--view",
        choices=("competent", "receiving"),
        default="competent",
        help="periodic only: count a dossier at the unit that decides it (default) or at the one that received it",
    )

    p = sub.add_parser("enrol", help="register this desk with the provincial server (one-time code)")
    p.add_argument("--server", required=True, help="the provincial server, e.g. https://motcua.example.gov.vn")
    p.add_argument("--code", required=True, help="the one-time enrolment code given by the province")
    p.add_argument(
        "--ca-bundle",
        help="the province's own CA certificates (PEM file) that its server's "
        "certificate is verified against, if not a publicly trusted one",
    )
    p = sub.add_parser("sync", help="send the outbox to the provincial server and receive its changes")
    p.add_argument("--status", action="store_true", help="only show the backlog and the last sync")
    p.add_argument("--ca-bundle", help="from now on verify the server against this CA bundle (PEM file), then sync")
    p.add_argument(
        "--files-kbps",
        type=int,
        help="from now on cap what files of papers use during office hours, in kilobits per second (0: no cap)",
    )

    p = sub.add_parser("backup", help="a checked copy of the desk's database (default: <data folder>/backups/)")
    p.add_argument("--out", type=Path, help="the copy's file name (default: the backup folder, oldest pruned)")
    p.add_argument("--list", action="store_true", help="list the copies kept instead")
    p.add_argument("--keep", type=int, help="set how many copies are kept (14)")
    p.add_argument("--folder", type=Path, help="set where copies are kept (better on another disk)")
    p = sub.add_parser(
        "restore",
        help="put a backup back (the current content is kept aside); an enrolled desk "
        "then syncs before recording anything new",
    )
    p.add_argument("file", type=Path)

    p = sub.add_parser("audit", help="the audit trail")
    p.add_argument("action", choices=["verify"], help="check the hash chain and report the first broken link")

    p = sub.add_parser("id-card", help="parse a chip ID card QR payload ('-' reads standard input)")
    p.add_argument("text")

    p = sub.add_parser("guide", help="write the user guide, in --language, as one A4 PDF for printing")
    p.add_argument("--pdf", type=Path, required=True, help="the PDF file to write")

    p = sub.add_parser("demo", help="fill this desk with demo users and realistic dossiers")
    p.add_argument("--dossiers", type=int, default=300)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--remove", action="store_true", help="remove this demo desk's data (an administrator, --user)")
    return parser


def _out(args: argparse.Namespace, data: object, text: str | Text | Callable[[], str | Text]) -> None:
    """``data`` as JSON with ``--json``, else ``text`` (made only then) in the chosen language."""
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=lambda value: _said(value, args.language)))
    else:
        print(_said(text() if callable(text) else text, args.language))


def _said(value: object, language: str) -> str:
    """A message of a result (a ``Text``) in the chosen language; anything else as it prints."""
    return value.in_language(language) if isinstance(value, Text) else str(value)


def _lines(language: str, *lines: object) -> str:
    """Lines (texts or plain values) in ``language``, one under the other."""
    return "\n".join(_said(line, language) for line in lines)


def _day(value: str) -> str:
    """An ISO date (or the date of an ISO moment) as dd/mm/yyyy."""
    return day(date.fromisoformat(value[:10]))


def _moment(value: str | None) -> str:
    """An ISO moment as HH:MM dd/mm/yyyy, or "—"."""
    return moment(datetime.fromisoformat(value)) if value else "—"


def _store(args: argparse.Namespace) -> Store:
    return open_store(data_dir(args.data_dir))


def _acting_user(args: argparse.Namespace, store: Store) -> accounts.User:
    """The account acting, as --user names it (the services check what its role may do)."""
    if not args.user:
        raise InvalidInput("user", CommandLine.USER_MISSING)
    return accounts.get_user(store, args.user)


def _acting(args: argparse.Namespace, store: Store, action: policy.Action) -> accounts.User:
    """The account acting, if its role may take ``action`` (reads of personal data are checked here)."""
    user = _acting_user(args, store)
    policy.require(user, action)
    return user


def _setting_up(args: argparse.Namespace, store: Store, action: policy.Action) -> accounts.User | None:
    """The account acting, or None while the desk is being set up: no account can sign in on it yet."""
    if not args.user and not accounts.has_accounts(store):
        return None
    return _acting(args, store, action)


def run(args: argparse.Namespace) -> None:
    if args.command in WITHOUT_DATA:
        WITHOUT_DATA[args.command](args)
        return
    store = _store(args)
    try:
        COMMANDS[args.command](args, store)
    finally:
        store.close()


def cmd_init(args, store):
    _setting_up(args, store, policy.CONFIGURE)
    config = configuration.init_desk(
        store,
        args.unit_code,
        args.unit_name,
        args.desk,
        args.code_block,
        args.office_hours,
        args.same_day_cutoff,
        args.tracking_url,
        args.print_directly,
        args.idle_minutes,
        args.lock_after,
        args.lock_minutes,
        papers={
            "header_line1": args.header_line1,
            "header_line2": args.header_line2,
            "header_line2_names_commune": None
            if args.header_line2_names_commune is None
            else args.header_line2_names_commune == "yes",
            "centre_name": args.centre_name,
            "forms_2025_from": args.forms_2025_from,
            "letter_symbol": args.letter_symbol,
            "signer_title": args.signer_title,
        },
    )
    _out(
        args,
        config.to_json() | {"data_dir": str(store.path.parent)},
        Text(
            Said.DESK_CONFIGURED,
            desk=config.desk,
            unit_name=config.unit_name,
            unit_code=config.unit_code,
            folder=str(store.path.parent),
        ),
    )


def cmd_user(args, store):
    if args.user_command == "list":
        _acting(args, store, policy.ACCOUNTS)
        rows = accounts.list_users(store)
        _out(
            args,
            rows,
            lambda: "\n".join(
                f"{r['username']:<16} {_said(role_text(r['role']), args.language):<22} {r['full_name']}" for r in rows
            ),
        )
        return
    if args.user_command == "unlock":
        locked = accounts.unlock(store, args.username, _acting_user(args, store))
        _out(
            args,
            {"username": args.username, "was_locked": locked},
            Text(Said.ACCOUNT_UNLOCKED if locked else Said.ACCOUNT_NOT_LOCKED, username=args.username),
        )
        return
    by = _setting_up(args, store, policy.ACCOUNTS)
    if by is None and args.role != "admin":
        raise InvalidInput("role", Accounts.FIRST_ACCOUNT_ADMIN)
    password = args.password if args.password is not None else sys.stdin.readline().rstrip("\n")
    if by is None:
        user = accounts.first_admin(store, args.username, args.name, password)
    else:
        user = accounts.add_user(store, args.username, args.name, args.role, password, by)
    _out(
        args,
        {"username": user.username, "full_name": user.full_name, "role": user.role},
        Text(Said.ACCOUNT_MADE, username=user.username, role=role_text(user.role), full_name=user.full_name),
    )


def cmd_catalog(args, store):
    if args.catalog_command in ("from-portal", "from-decision"):
        _catalog_built(args, store)
        return
    if args.catalog_command == "import":
        _setting_up(args, store, policy.CONFIGURE)
        result = configuration.import_catalog(store, args.file)
        _out(
            args,
            result,
            Text(
                Said.CATALOG_IMPORTED if result["new"] else Said.CATALOG_ALREADY_HERE,
                version=result["version"],
                procedures=result["procedures"],
                effective_from=_day(result["effective_from"]),
            ),
        )
    elif args.versions:
        rows = configuration.list_catalogs(store)
        _out(
            args,
            rows,
            lambda: "\n".join(
                Text(
                    Said.CATALOG_VERSION_ROW,
                    version=f"{r['version']:<19}",
                    effective_from=_day(r["effective_from"]),
                    procedures=r["procedures"],
                    issuer=r["issuer"],
                ).in_language(args.language)
                for r in rows
            ),
        )
    else:
        procs = configuration.procedures(store, vn_now().date(), args.search)
        cutoff = Desk(store).config.office_hours.same_day_cutoff
        _out(
            args,
            [p.to_json() for p in procs],
            lambda: "\n".join(_procedure_text(p, cutoff, args.language) for p in procs) or Text(Said.NO_PROCEDURE),
        )


def _catalog_built(args, store):
    """A catalog built from the portal's records or the province's decision, with what to check, written or stored
    (storing it configures the desk; only writing the file to check changes nothing on it)."""
    if args.store_it:
        _setting_up(args, store, policy.CONFIGURE)
    if args.catalog_command == "from-portal":
        effective = parse_day(args.effective, "effective") if args.effective else vn_now().date()
        version = args.catalog_version or f"portal-{effective.isoformat()}"
        cat, findings = catalog_import.from_portal(store, args.files, version, effective, args.issuer, args.merge)
        action = "catalog.from_portal"
    else:
        decision = Decision(
            nfc(args.decision),
            parse_day(args.signed, "signed"),
            parse_day(args.effective, "effective"),
            nfc(args.issuer),
            args.replace_all,
        )
        cat, findings = catalog_import.from_decision(store, args.file, decision)
        action = "catalog.from_decision"
    result = catalog_import.finish(store, cat, args.out, args.store_it, action)
    if not args.json:
        for finding in findings:
            print(Text(Said.TO_CHECK, finding=finding.line()).in_language(args.language), file=sys.stderr)
    built = Text(
        Said.CATALOG_BUILT,
        version=result["version"],
        procedures=result["procedures"],
        effective_from=_day(result["effective_from"]),
        findings=len(findings),
    )
    written = [Text(Said.CATALOG_WRITTEN, path=result["out"])] if "out" in result else []
    stored = (
        [Text(Said.CATALOG_LOADED if result["imported"] else Said.CATALOG_ALREADY_LOADED)]
        if "imported" in result
        else []
    )
    _out(
        args,
        result | {"findings": [f.to_json() for f in findings]},
        lambda: "; ".join(_said(part, args.language) for part in [built, *written, *stored]),
    )


def _procedure_text(p, cutoff: time, language: str) -> str:
    """A procedure and, under it, each case a clerk may choose (with its key for ``receive``); ``cutoff`` is the
    desk's same-day cut-off."""
    lines = [f"{p.code}  {p.name} [{p.field}] — {_said(_processing(p.processing, cutoff), language)}"]
    lines += [
        "    "
        + Text(
            Said.PROCEDURE_CASE, key=c.key, name=c.name, processing=_processing(p.processing_for(False, c.key), cutoff)
        ).in_language(language)
        for c in p.cases
    ]
    return "\n".join(lines)


PROCESSING_AMOUNTS = {
    TimeUnit.WORKING_DAYS: Said.PROCESSING_WORKING_DAYS,
    TimeUnit.CALENDAR_DAYS: Said.PROCESSING_CALENDAR_DAYS,
    TimeUnit.WORKING_HOURS: Said.PROCESSING_WORKING_HOURS,
}


def _processing(processing: ProcessingTime, cutoff: time) -> Text:
    """A procedure's processing time in the reader's language (``ProcessingTime.phrase`` is the receipt's)."""
    if processing.unit is TimeUnit.SAME_DAY:
        return Text(Said.PROCESSING_SAME_DAY, hour=f"{cutoff:%H:%M}")
    if processing.unconfirmed:
        return Text(Said.PROCESSING_UNCONFIRMED)
    if processing.unit is TimeUnit.NO_FIXED_DATE:
        return Text(Said.PROCESSING_NO_FIXED_TIME)
    return Text(PROCESSING_AMOUNTS[processing.unit], amount=f"{processing.amount:02d}")


def cmd_fees(args, store):
    if args.fees_command == "import":
        _setting_up(args, store, policy.CONFIGURE)
        result = configuration.import_fee_table(store, args.file)
        for warning in result["warnings"]:
            print(Text(CommandLine.WARNING, message=warning).in_language(args.language), file=sys.stderr)
        _out(
            args,
            result,
            Text(
                Said.FEE_TABLE_IMPORTED if result["new"] else Said.FEE_TABLE_ALREADY_HERE,
                resolution=result["resolution"],
                lines=result["lines"],
                exemptions=result["exemptions"],
                effective_from=_day(result["effective_from"]),
            ),
        )
    elif args.fees_command == "list":
        rows = configuration.list_fee_tables(store)
        _out(
            args,
            rows,
            lambda: (
                "\n".join(
                    Text(
                        Said.FEE_TABLE_ROW,
                        resolution=f"{r['resolution']:<31}",
                        effective_from=_day(r["effective_from"]),
                        lines=r["lines"],
                        origin=Text(Said.FROM_PROVINCE if r["origin"] == "province" else Said.FROM_FILE),
                    ).in_language(args.language)
                    for r in rows
                )
                or Text(Said.NO_FEE_TABLE)
            ),
        )
    else:
        on_day = parse_day(args.date, "date") if args.date else vn_now().date()
        table = configuration.fee_table_in_force(store, on_day)
        _out(
            args,
            table.to_json() if table else None,
            lambda: _fee_table_text(table, args.language) if table else Text(Said.NO_FEE_TABLE_ON, day=day(on_day)),
        )


def _fee_table_text(table, language: str) -> str:
    lines: list[object] = [Text(Said.FEE_TABLE_HEAD, reference=table.reference(), day=day(table.effective_from))]
    for line in table.lines:
        amount = Text(Said.PER_PAGE) if line.rule.kind == "per_page" else _fee(line.rule.compute(FeeRequest()))
        lines.append(f"{line.procedure}{' ' + line.case if line.case else ''}: {_said(amount, language)}")
    lines += [Text(Said.EXEMPTION_ROW, name=x.exemption.name, ground=x.exemption.ground) for x in table.exemptions]
    return _lines(language, *lines)


def _fee(fee: Fee) -> Text | str:
    """What a fee comes to, in the reader's language (``Fee.printed`` is the receipt's line, with the amount in
    Vietnamese words)."""
    if fee.pending:
        return Text(Said.FEE_PENDING)
    if not fee.amount and fee.exemption:
        if fee.ground:
            return Text(Said.FEE_EXEMPT_UNDER, exemption=fee.exemption, ground=fee.ground)
        return Text(Said.FEE_EXEMPT, exemption=fee.exemption)
    if not fee.amount:
        return fee.explanation
    shown = money(fee.amount)
    if fee.explanation and fee.explanation != shown:
        shown = f"{shown}; {fee.explanation}"
    return Text(Said.FEE_GROUND, fee=shown, ground=fee.ground) if fee.ground else shown


def cmd_calendar(args, store):
    if args.calendar_command == "import":
        _setting_up(args, store, policy.CONFIGURE)
        result = configuration.import_calendar(store, args.file)
        _out(
            args,
            result,
            Text(
                Said.CALENDAR_IMPORTED,
                year=result["year"],
                days_off=result["days_off"],
                working_days=result["working_days"],
            ),
        )
        return
    days = configuration.exceptional_days(store, args.year)
    _out(args, days, lambda: "\n".join(f"{_day(x['date'])}  {x['name']}" for x in days))


def cmd_due_date(args, store):
    desk = Desk(store)
    try:
        received = parse_vn(args.received)
    except ValueError as exc:
        raise InvalidInput("received", CommandLine.RECEIVED_AT_INVALID, value=repr(args.received)) from exc
    proc, appt = reception.due_date(desk, args.procedure, received, args.case)
    data = {
        "procedure": proc.code,
        "procedure_name": proc.name,
        "case": proc.case_name(args.case),
        "processing": proc.processing_for(False, args.case).phrase(desk.config.office_hours.same_day_cutoff),
        "received_at": iso(received),
        "counted_from": iso(appt.counted_from),
        "due_at": iso(appt.due) if appt.due else None,
        "due_phrase": appt.phrase(),
    }
    _out(args, data, lambda: _lines(args.language, data["due_at"] or "—", _appointment(appt)))


def cmd_receive(args, store):
    desk = Desk(store)
    clerk = _acting_user(args, store)
    data = read_json(args.from_json, "file", Files.JSON_FILE)
    proc = configuration.procedure(store, vn_now().date(), procedure_code_of(data))
    intake = Intake.from_json(data, proc)
    receipt = (
        postal.receive_by_post(desk, intake, clerk, args.postal_item)
        if args.postal_item
        else reception.receive(desk, intake, clerk)
    )
    for warning in receipt.warnings + receipt.id_warnings:
        print(Text(CommandLine.WARNING, message=warning).in_language(args.language), file=sys.stderr)
    _out(
        args,
        receipt.to_json(args.language),
        lambda: _lines(
            args.language,
            receipt.code,
            *([Text(Said.CASE, name=receipt.case_name)] if receipt.case_name else []),
            Text(Said.DUE, appointment=_appointment(receipt.appointment)),
            Text(Said.FEES, fee=_fee(receipt.fee)),
        ),
    )


def cmd_show(args, store):
    _acting(args, store, policy.VIEW)
    dossier = lookup.show(Desk(store), args.code)
    _out(args, dossier.to_json(), lambda: _describe(dossier, args.language))


def _describe(d: Dossier, language: str) -> str:
    lines = [
        f"{d.code} — {_said(d.status.text, language)}",
        Text(Said.PROCEDURE, code=d.procedure_code, name=d.procedure_name),
        Text(Said.OWNER, name=d.owner_name, id_number=d.owner_id),
        Text(Said.RECEIVED, at=moment(d.received_at)),
        Text(Said.DUE, appointment=_appointment(Appointment(d.received_at, d.due_at))),
        Text(Said.CHARGED, amount=money(d.fee)),
        Text(Said.HISTORY),
    ]
    lines += [f"  {moment(e.at)}  {e.kind:<20} {e.user_name}  {e.note}" for e in d.events]
    return _lines(language, *lines)


def _appointment(appt: Appointment) -> Text:
    """When the result is due, in the reader's language (``Appointment.phrase`` is the receipt's)."""
    if appt.due:
        return Text(Said.APPOINTMENT_AT, hour=f"{appt.due:%H}", minute=f"{appt.due:%M}", day=day(appt.due))
    return Text(Said.APPOINTMENT_UNCONFIRMED if appt.unconfirmed else Said.APPOINTMENT_NO_FIXED_DATE)


def cmd_search(args, store):
    _acting(args, store, policy.VIEW)
    rows = lookup.search(Desk(store), args.text, args.limit)
    _out(
        args,
        [r.to_json() for r in rows],
        lambda: (
            "\n".join(f"{r.code}  {r.owner_name:<28} {_said(r.status.text, args.language)}" for r in rows)
            or Text(Said.NO_DOSSIER_FOUND)
        ),
    )


def cmd_transition(args, store):
    user, target = _acting_user(args, store), parse_status(args.status)
    if target is Status.SUPPLEMENT_REQUESTED:
        command = f"counter-app supplement {args.code} --item PAPER [--item …] --reason REASON"
        raise NotAllowed(Dossiers.SUPPLEMENT_NEEDS_ITS_LIST_HERE, command=command)
    result = processing.transition(Desk(store), args.code, target, user, args.note)
    _out(args, result, Text(Said.MOVED, code=result["code"], status=target.text))


def cmd_supplement(args, store):
    desk, user = Desk(store), _acting(args, store, policy.move(Status.SUPPLEMENT_REQUESTED))
    expected = {d.name: d for d in lookup.show(desk, args.code).expected_documents}
    items = [_asked(expected.get(nfc(name)), nfc(name)) for name in args.item]
    result = processing.request_supplement(desk, args.code, user, items, args.reason)
    _out(
        args,
        result,
        Text(
            Said.SUPPLEMENT_ASKED,
            code=result["code"],
            count=len(items),
            command=f"counter-app print {result['code']} --slip supplement",
        ),
    )


def _asked(expected: DocumentComponent | None, name: str) -> SubmittedDocument:
    """A paper asked for: with the catalog's counts when it is one of the procedure's, else one original."""
    if expected is None:
        return SubmittedDocument(name, original=1)
    return SubmittedDocument(expected.name, expected.original, expected.certified, expected.copy)


def cmd_reschedule(args, store):
    desk = Desk(store)
    day = parse_day(args.new_date, "new_date")
    try:
        at = datetime.strptime(args.time, "%H:%M").time() if args.time else desk.calendar.office_hours.closes
    except ValueError as exc:
        raise InvalidInput("time", CommandLine.TIME_INVALID, value=repr(args.time)) from exc
    result = processing.reschedule(
        desk, args.code, _acting_user(args, store), desk.calendar.at(day, at), args.reason, args.number, args.signer
    )
    _out(
        args,
        result,
        Text(
            Said.RESCHEDULED,
            code=result["code"],
            due=_moment(result["due_at"]),
            command=f"counter-app print {result['code']} --slip apology",
        ),
    )


def cmd_stop(args, store):
    user = _acting_user(args, store)
    result = processing.stop(Desk(store), args.code, user, args.reason, args.number, args.signer)
    _out(
        args,
        result,
        Text(Said.STOPPED, code=result["code"], command=f"counter-app print {result['code']} --slip stop"),
    )


def cmd_queue(args, store):
    _acting(args, store, policy.VIEW)
    desk = Desk(store)
    queue = lookup.queue(desk, date.fromisoformat(args.day) if args.day else None)
    _out(
        args,
        queue.to_json(),
        lambda: Text(
            Said.QUEUE,
            day=day(queue.day),
            received=len(queue.received),
            due=len(queue.due_today),
            late=len(queue.late),
            waiting=len(queue.waiting_supplement),
        ),
    )


def cmd_print(args, store):
    path = printouts.print_to_file(Desk(store), args.code, args.slip, _acting_user(args, store), args.out)
    _out(args, {"code": args.code, "slip": args.slip, "path": str(path)}, str(path))


def cmd_report(args, store):
    desk, user = Desk(store), _acting_user(args, store)
    period = reports.Period.parse(args.date_from, args.date_to, desk.clock().date())
    fmt = args.format or (args.out.suffix.lstrip(".").lower() if args.out else "pdf")
    columns = register.check_columns([c.strip() for c in args.columns.split(",")]) if args.columns else None
    path = printouts.report_to_file(desk, args.kind, period, fmt, user, columns, args.out, args.view)
    _out(
        args,
        {
            "report": args.kind,
            "from": period.start.isoformat(),
            "to": period.end.isoformat(),
            "format": fmt,
            "path": str(path),
        },
        str(path),
    )


def cmd_enrol(args, store):
    from counter_app.sync import engine

    _acting(args, store, policy.CONFIGURE)
    result = engine.enrol(Desk(store), args.server, args.code, ca_bundle=args.ca_bundle)
    _out(args, result, Text(Said.ENROLLED, desk_id=result["desk_id"], unit=result["unit"]))


def cmd_sync(args, store):
    from counter_app.sync import engine

    desk = Desk(store)
    _acting(args, store, policy.CONFIGURE if args.ca_bundle else policy.SYNC)
    if args.ca_bundle:
        engine.set_ca_bundle(desk, args.ca_bundle)
    if args.files_kbps is not None:
        from counter_app.sync.files import set_office_kbps

        set_office_kbps(desk, args.files_kbps)
    if args.status:
        state = engine.status(desk)
        _out(
            args,
            state,
            lambda: _sync_state(state),
        )
        return
    done = engine.sync(desk)
    for warning in done.warnings:
        print(Text(CommandLine.WARNING, message=warning).in_language(args.language), file=sys.stderr)
    report = done.to_json(args.language)
    outcomes = ", ".join(Text(OUTCOMES[k], count=n).in_language(args.language) for k, n in report["outcomes"].items())
    sent = Text(Said.SYNCED, sent=report["sent"], outcomes=outcomes or Text(Said.NONE), received=report["received"])
    _out(
        args,
        report,
        lambda: _lines(
            args.language, *([Text(Said.TAKEN_BACK, count=report["rebased"])] if report["rebased"] else []), sent
        ),
    )


def _sync_state(state: dict) -> Text:
    said = Text(
        Said.SYNC_STATE,
        backlog=state["backlog"],
        set_aside=state["set_aside"],
        conflicts=state["conflicts"],
        megabytes=f"{state['file_bytes_left'] / 2**20:.1f}",
        last=_moment(state["last_success"]) if state["last_success"] else Text(Said.NEVER),
    )
    return Text(Said.SYNC_TO_TAKE_BACK, state=said) if state["rebase_required"] else said


def cmd_audit(args, store):
    result = audit.verify(store)
    if result["first_break"]:
        broken = result["first_break"]
        _out(args, result, Text(Audit.TAMPERED, row=broken["id"], reason=broken["reason"]).in_language(args.language))
        raise SystemExit(1)
    _out(args, result, Text(Said.AUDIT_INTACT, rows=result["rows"]))


def cmd_backup(args, store):
    user = _acting(args, store, policy.BACKUP)
    if args.keep is not None or args.folder is not None:
        backups.configure(store, user, args.keep, args.folder)
    if args.list:
        copies = [
            {"path": str(c["path"]), "at": iso(c["at"]), "size": c["size"]}
            for c in backups.listing(backups.folder(store))
        ]
        _out(
            args,
            copies,
            lambda: (
                "\n".join(f"{_moment(c['at'])}  {c['size'] / 1e6:8.1f} MB  {c['path']}" for c in copies)
                or Text(Said.NO_BACKUP)
            ),
        )
        return
    path = backups.backup_now(store, user, args.out)
    _out(args, {"backup": str(path)}, Text(Said.BACKED_UP, path=str(path)))


def cmd_restore(args, store):
    result = backups.restore(store, args.file, _acting_user(args, store))
    _out(
        args,
        result,
        lambda: _lines(
            args.language,
            Text(Said.RESTORED, path=result["restored"], kept=result["previous_content_kept_as"]),
            *([Text(Said.SYNC_BEFORE_RECEIVING)] if result["rebase_required"] else []),
        ),
    )


def cmd_postal(args, store):
    desk, user = Desk(store), _acting(args, store, policy.POSTAL)
    action = args.postal_command
    if action == "list":
        rows = postal.batches(desk, open_only=args.open)
        _out(
            args,
            rows,
            lambda: "\n".join(_batch_row(b, args.language) for b in rows) or Text(Said.NO_BATCH),
        )
    elif action == "waiting":
        rows = postal.waiting_packages(desk)
        _out(
            args,
            rows,
            lambda: (
                "\n".join(
                    Text(
                        Said.PACKAGE_WAITING, item=r["item_code"], batch=r["batch"], at=_moment(r["handed_over_at"])
                    ).in_language(args.language)
                    for r in rows
                )
                or Text(Said.NO_PACKAGE_WAITING)
            ),
        )
    elif action == "open":
        batch = postal.open_batch(desk, args.flow, user)
        _out(args, batch, f"{batch['number']}")
    elif action == "scan":
        batch_id = postal.parse_batch(args.batch)
        codes = sys.stdin.read().split() if args.codes == ["-"] else args.codes
        lines = [postal.scan(desk, batch_id, code, user) for code in codes]
        _out(args, lines, lambda: "\n".join(_postal_line(ln, args.language) for ln in lines))
    elif action == "close":
        closed = postal.close_batch(desk, postal.parse_batch(args.batch), user, args.courier)
        closed["pdf"] = str(postal.handover_to_file(desk, closed["id"], user, args.out))
        _out(
            args,
            closed,
            lambda: _lines(
                args.language,
                Text(Said.BATCH_CLOSED, number=closed["number"], count=len(closed["recorded"])),
                closed["pdf"],
                *[Text(Said.NOT_HANDED_OVER, reason=x["message"]) for x in closed["left_out"]],
            ),
        )
    elif action == "show":
        batch = postal.batch_view(desk, postal.parse_batch(args.batch))
        _out(
            args,
            batch,
            lambda: "\n".join(
                [
                    f"{batch['number']} — {_said(Flow(batch['flow']).text, args.language)} — {batch['opened_by']}, "
                    f"{_moment(batch['opened_at'])}"
                ]
                + [_postal_line(ln, args.language) for ln in batch["lines"]]
            ),
        )
    else:
        path = postal.handover_to_file(desk, postal.parse_batch(args.batch), user, args.out)
        _out(args, {"pdf": str(path)}, str(path))


def _batch_row(b: dict, language: str) -> str:
    counts = Text(Said.BATCH_COUNTS, lines=f"{b['lines']:>4}", refused=b["refused"])
    state = Text(Said.BATCH_CLOSED_AT, at=_moment(b["closed_at"])) if b["closed_at"] else Text(Said.BATCH_OPEN)
    flow = _said(Flow(b["flow"]).text, language)
    return f"{b['number']}  {flow:<28} {_said(counts, language)}  {_said(state, language)}"


def _postal_line(line: dict, language: str) -> str:
    mark = _said(Text(Said.SCAN_ACCEPTED if line["accepted"] else Said.SCAN_REFUSED), language)
    said = _said(line["message"], language)
    return f"{mark:<3} {line['scanned']:<28} {line['code'] or '':<28} {line['owner_name'] or '':<24} {said}"


OUTCOMES = {
    "applied": Said.OUTCOME_APPLIED,
    "duplicate": Said.OUTCOME_DUPLICATE,
    "conflict": Said.OUTCOME_CONFLICT,
    "rejected": Said.OUTCOME_REJECTED,
}


def cmd_guide(args):
    """The user guide as one PDF, drawn by Qt without a window (the platform "offscreen" unless one is given)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from counter_app.ui.guide_pdf import export_headless

    path = export_headless(args.language, args.pdf)
    _out(args, {"pdf": str(path)}, str(path))


def cmd_id_card(args):
    card = parse_id_card(sys.stdin.read() if args.text == "-" else args.text, vn_now().date())
    for warning in card.warnings:
        said = Text(CommandLine.FIELD_WARNING, field=warning.field, message=warning.message)
        print(said.in_language(args.language), file=sys.stderr)
    data = card.to_json(args.language)
    _out(args, data, lambda: "\n".join(f"{k}: {v}" for k, v in data.items()))


def cmd_demo(args, store):
    from counter_app.services.demo import fill_demo, removal

    if args.remove:
        going = removal(store, _acting_user(args, store))
        store.close()
        going.carry_out()
        _out(
            args,
            {"removed": str(going.database)},
            Text(Said.DEMO_REMOVED, path=str(going.database)),
        )
        return
    result = fill_demo(store, args.dossiers, args.seed, by=_setting_up(args, store, policy.CONFIGURE))
    _out(
        args,
        result,
        lambda: Text(
            Said.DEMO_MADE,
            dossiers=result["dossiers"],
            users=", ".join(result["users"]),
            password=result["password"],
        ),
    )


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
    parser = build_parser()
    args = parser.parse_args(argv)
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
