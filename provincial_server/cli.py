"""``counter-server``: run the provincial server, and the administrator's commands: units and their office
hours, desks and enrolment codes, revocation, accounts and roles, the province's console users, publishing a catalog,
a fee table or a calendar, province-side status decisions, the supervisor's list of set-aside actions and conflicts,
the export for the national portal."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import logging.config
import os
import signal
import sys
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

import platformdirs
import segno

from counter_core.domain.accounts import ROLES, check_username, hash_password
from counter_core.domain.calendar import CalendarNotice, OfficeHours
from counter_core.domain.fee_table import FeeTable
from counter_core.domain.intake import parse_day
from counter_core.domain.procedure import Catalog
from counter_core.domain.status import Status, parse_status
from counter_core.foundation.errors import CounterError, InvalidInput, NotFound
from counter_core.foundation.messages import CommandLine, FeeTables, Province, Setup
from counter_core.foundation.text import nfc
from counter_core.foundation.texts import Text
from provincial_server import enrolment_codes, logs, secret
from provincial_server import export as portal_export
from provincial_server.app import DATABASE_URL_VARIABLE, FILES_VARIABLE, SPOOL_VARIABLE, create_app
from provincial_server.store import admin as store
from provincial_server.store import audit, console, schema

CLI = "counter-server"  # the actor of the admin commands in the server's audit log
WORKER_ANSWER_SECONDS = 30  # a worker may leave uvicorn's ping unanswered this long (starting, above all)
log = logging.getLogger("provincial_server")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="counter-server", description="Máy chủ đồng bộ cấp tỉnh của Counter.")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=Path(
            os.environ.get("COUNTER_SERVER_DATA_DIR") or platformdirs.user_data_dir("counter-server", "Counter")
        ),
        help="the server's data folder: its secret key (server-secret) and the embedded PostgreSQL (default: the "
        "user data folder)",
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get(DATABASE_URL_VARIABLE),
        help="an external PostgreSQL (postgresql://…); without it an embedded one is started",
    )
    sub = parser.add_subparsers(dest="command", metavar="<command>", required=True)
    p = sub.add_parser("serve", help="run the HTTP server (schema migrations run first)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8750)
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes (each with its own pool of 10 connections); e.g. the number of CPUs",
    )
    p.add_argument(
        "--files",
        default=os.environ.get(FILES_VARIABLE),
        help="where the files of digitised papers are kept: a folder (default: <data-dir>/files) or "
        "s3://bucket/prefix (an S3-compatible bucket; credentials and endpoint from AWS_ACCESS_KEY_ID, "
        "AWS_SECRET_ACCESS_KEY, AWS_ENDPOINT_URL)",
    )
    p.add_argument(
        "--files-spool",
        default=os.environ.get(SPOOL_VARIABLE),
        help="a local folder for uploads in progress (default: <files>/.partial; required with a bucket)",
    )
    p = sub.add_parser("unit", help="create or rename a unit, or set the header lines of its papers")
    p.add_argument("code")
    p.add_argument("name")
    p.add_argument("--header-line1", help='line 1 of its papers\' header (desks default to "UBND XÃ …")')
    p.add_argument(
        "--header-line2", help='line 2 of its papers\' header (desks default to "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")'
    )
    p = sub.add_parser(
        "desk",
        help="create a desk of a unit and give it a one-time enrolment code (printed, and drawn as a QR code on "
        "standard error for the desk's scanner or camera)",
    )
    p.add_argument("unit_code")
    p.add_argument("desk", type=int)
    p.add_argument("--qr", type=Path, help="also write the QR code to this file (.png or .svg)")
    p = sub.add_parser("revoke", help="stop a desk from syncing")
    p.add_argument("desk_id")
    p = sub.add_parser("decide", help="a processing unit's decision on a dossier (status 4, 5, 6, 8 or 9)")
    p.add_argument("code")
    p.add_argument("status")
    p.add_argument("--note", default="", help="the reason (for status 5, printed on the desk's Mẫu 02)")
    p.add_argument("--by", default="province")
    p.add_argument(
        "--item",
        action="append",
        default=[],
        help="status 5: a paper the citizen must add or complete (repeat for each); the desk prints the list",
    )
    sub.add_parser("units", help="list units and their desks")
    p = sub.add_parser("hours", help="set a unit's office hours (sent to its desks)")
    p.add_argument("unit_code")
    p.add_argument("--office-hours", required=True, help="sessions, e.g. 07:30-11:30,13:00-17:00")
    p.add_argument("--same-day-cutoff", default="15:00")
    p = sub.add_parser("user", help="accounts of a unit, signed in on every desk of the unit (offline too)")
    user_sub = p.add_subparsers(dest="user_command", metavar="<action>", required=True)
    q = user_sub.add_parser("add", help="create or change an account (password from --password or standard input)")
    q.add_argument("unit_code")
    q.add_argument("username")
    q.add_argument("--name", required=True, help="full name")
    q.add_argument("--role", required=True, choices=sorted(ROLES))
    q.add_argument("--password", help="new password (default: read a line from standard input)")
    q.add_argument("--keep-password", action="store_true", help="change name or role only")
    q = user_sub.add_parser("disable", help="stop an account from signing in on the unit's desks")
    q.add_argument("unit_code")
    q.add_argument("username")
    q = user_sub.add_parser("list", help="accounts of a unit")
    q.add_argument("unit_code")
    p = sub.add_parser("admin", help="the province's own users, who sign in to the web console (/tinh/)")
    admin_sub = p.add_subparsers(dest="admin_command", metavar="<action>", required=True)
    q = admin_sub.add_parser(
        "add", help="create or change a province user (password from --password or standard input)"
    )
    q.add_argument("username")
    q.add_argument("--name", required=True, help="full name")
    q.add_argument("--role", required=True, choices=["admin", "supervisor"], help="administrator, or supervisor")
    q.add_argument("--unit", action="append", help="a supervisor's unit (repeat for several; none: every unit)")
    q.add_argument("--password", help="new password (default: read a line from standard input)")
    q.add_argument("--keep-password", action="store_true", help="change name, role or units only")
    q = admin_sub.add_parser("disable", help="stop a province user from signing in (their sessions end)")
    q.add_argument("username")
    q = admin_sub.add_parser("unlock", help="lift the lockout after wrong passwords")
    q.add_argument("username")
    admin_sub.add_parser("list", help="the province users")
    p = sub.add_parser("catalog", help="publish a procedure catalog file (counter-catalog/1) to every desk")
    p.add_argument("action", choices=["publish"])
    p.add_argument("file", type=Path)
    p = sub.add_parser(
        "fees",
        help="publish the province's fee table (counter-fees/1, the HĐND resolution) to every desk, or list them",
    )
    p.add_argument("action", choices=["publish", "list"])
    p.add_argument("file", type=Path, nargs="?")
    p = sub.add_parser("calendar", help="publish a year's civil-service notice (counter-calendar/1) to every desk")
    p.add_argument("action", choices=["publish"])
    p.add_argument("file", type=Path)
    p = sub.add_parser("audit", help="check the province's copy of a desk's audit trail (hash chain)")
    p.add_argument("action", choices=["verify"])
    p.add_argument("desk_id")
    p = sub.add_parser("problems", help="actions set aside, conflicts and audit-trail breaks, for the supervisors")
    p.add_argument("--unit", help="only this unit's")
    p = sub.add_parser(
        "export",
        help="a unit's dossiers and progress for the national portal (DongBoHoSoMC, "
        "CapNhatTienDoHoSoMC), for what the server received in a period",
    )
    p.add_argument("unit_code")
    p.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD (Vietnam time)")
    p.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD (included)")
    p.add_argument("--out", type=Path, required=True, help="folder for DongBoHoSoMC.json and CapNhatTienDoHoSoMC.json")
    return parser


class Stopped(Exception):
    """A signal asked the server to stop (SIGTERM from a service manager, SIGHUP from a closed terminal)."""


def _stop_on_signal(signum: int, _frame) -> None:
    raise Stopped(signal.Signals(signum).name)


def _hang_up(_signum: int, _frame) -> None:
    signal.raise_signal(signal.SIGTERM)  # a closed terminal stops the server as a service manager does


@contextlib.contextmanager
def _signals_stop() -> Iterator[None]:
    """SIGTERM ends the command as an exception (SIGINT already does), so that what follows a ``finally`` runs:
    uvicorn stops gracefully on SIGTERM, then raises it again, which would otherwise end the process there.
    SIGHUP is taken for a SIGTERM (uvicorn does not handle it; an exception raised in its loop would be lost)."""
    previous = {
        signal.SIGTERM: signal.signal(signal.SIGTERM, _stop_on_signal),
        signal.SIGHUP: signal.signal(signal.SIGHUP, _hang_up),
    }
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.config.dictConfig(logs.config())
    embedded = None
    with _signals_stop():
        try:
            url = args.database_url
            if not url:
                from provincial_server import embedded as cluster  # a server on its own PostgreSQL never loads it

                embedded = cluster.start(args.data_dir)
                url = embedded.url
            return command(args, url)
        except (Stopped, KeyboardInterrupt) as exc:
            log.info("counter-server stopped (%s)", exc or "SIGINT")
            return 0
        finally:
            if embedded is not None:
                for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):  # a second signal must not cut the stop
                    signal.signal(signum, signal.SIG_IGN)
                embedded.stop()
                signal.signal(signal.SIGINT, signal.default_int_handler)


def command(args, url: str) -> int:
    with store.connect(url) as conn:
        schema.migrate(conn)
        try:
            if args.command in ("serve", "desk"):  # the commands that hash enrolment codes
                args.key = secret.load(args.data_dir)
                secret.check(conn, args.key)
            if args.command == "serve":
                serve(args, url)
            else:
                print(json.dumps(audited(args, conn), ensure_ascii=False, indent=2, default=str))
        except CounterError as exc:
            print(Text(CommandLine.ERROR, message=exc.text).in_language(), file=sys.stderr)
            return 1
    return 0


# The commands that change something: their action in the server's audit log (as the console names them), and the
# argument naming what they change.
CHANGES = {
    "unit": ("unit.put", "code"),
    "desk": ("desk.enrolment_code", "unit_code"),
    "revoke": ("desk.revoke", "desk_id"),
    "decide": ("dossier.decide", "code"),
    "hours": ("unit.office_hours", "unit_code"),
    "user": ("account", "unit_code"),
    "catalog": ("catalog.publish", "file"),
    "fees": ("fee_table.publish", "file"),
    "calendar": ("calendar.publish", "file"),
    "export": ("export.portal", "unit_code"),
}
SECRET_KEYS = {"enrolment_code"}  # shown once to the administrator, never written to a log


def audited(args, conn) -> object:
    """``run`` with its line in the server's audit log, in one transaction, for the commands that change something
    (``admin`` writes its own)."""
    if args.command not in CHANGES or "list" in (getattr(args, "user_command", None), getattr(args, "action", None)):
        return run(args, conn)
    with conn.transaction():
        result = run(args, conn)
        action, target = CHANGES[args.command]
        if args.command == "user":
            action = f"account.{args.user_command}"
        detail = {k: v for k, v in result.items() if k not in SECRET_KEYS} if isinstance(result, dict) else None
        console.audit(conn, CLI, "", action, str(getattr(args, target)), json_safe(detail))
    return result


def json_safe(value: object) -> object:
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


def serve(args, url: str) -> None:
    import uvicorn

    files = args.files or str(args.data_dir / "files")
    if args.workers > 1:  # each worker process opens the app itself, from the environment
        os.environ[DATABASE_URL_VARIABLE] = url
        os.environ[secret.VARIABLE] = args.key.hex()
        os.environ[FILES_VARIABLE] = files
        if args.files_spool:
            os.environ[SPOOL_VARIABLE] = args.files_spool
        uvicorn.run(
            "provincial_server.app:app_from_environment",
            factory=True,
            workers=args.workers,
            host=args.host,
            port=args.port,
            log_config=logs.config(),
            # uvicorn's own 5 s: a worker is a new interpreter that imports the app before it answers, which took
            # longer on a busy machine (two containers starting at once on 2 CPUs): the worker was killed, another
            # started in its place
            timeout_worker_healthcheck=WORKER_ANSWER_SECONDS,
        )
    else:
        app = create_app(url, args.key, files=files, spool=args.files_spool)
        uvicorn.run(app, host=args.host, port=args.port, log_config=logs.config())
    log.info("counter-server stopped")  # uvicorn returns after SIGINT; SIGTERM and SIGHUP end as Stopped


def run(args, conn) -> object:
    if args.command == "unit":
        lines = [nfc(line) if line is not None else None for line in (args.header_line1, args.header_line2)]
        if any(line is not None and len(line) > 200 for line in lines):
            raise InvalidInput("header_line", Setup.HEADER_LINE_TOO_LONG)
        return {"unit": args.code, "changed": store.create_unit(conn, args.code.strip(), nfc(args.name), *lines)}
    if args.command == "desk":
        return desk(args, conn)
    if args.command == "revoke":
        return {"desk_id": args.desk_id, "revoked": store.revoke(conn, args.desk_id)}
    if args.command == "decide":
        status, papers = parse_status(args.status), [{"name": nfc(i), "original": 1} for i in args.item if nfc(i)]
        if status is Status.SUPPLEMENT_REQUESTED and not papers:
            raise InvalidInput("item", Province.SUPPLEMENT_NEEDS_PAPERS)
        change = store.decide(conn, args.code, status, args.by, args.note, str(uuid.uuid4()), papers=papers)
        return change.model_dump(mode="json")
    if args.command == "hours":
        hours = OfficeHours.parse(args.office_hours, args.same_day_cutoff)
        store.set_office_hours(conn, args.unit_code, hours.format(), f"{hours.same_day_cutoff:%H:%M}")
        return {"unit": args.unit_code, "office_hours": hours.format(), "same_day_cutoff": args.same_day_cutoff}
    if args.command == "user":
        return user(args, conn)
    if args.command == "admin":
        return province_user(args, conn)
    if args.command == "catalog":
        cat = Catalog.load(args.file)
        new = store.publish_catalog(conn, cat.digest(), cat.version, cat.effective_from, cat.to_json())
        return {"version": cat.version, "procedures": len(cat.procedures), "published": new}
    if args.command == "fees":
        return fees(args, conn)
    if args.command == "calendar":
        notice = CalendarNotice.load(args.file)
        store.publish_calendar(conn, notice.year, notice.to_json())
        return {"year": notice.year, "days_off": len(notice.days_off), "working_days": len(notice.working_days)}
    if args.command == "audit":
        return audit.verify(conn, args.desk_id)
    if args.command == "problems":
        return store.problems(conn, args.unit)
    if args.command == "export":
        return export(args, conn)
    return store.units(conn)


def desk(args, conn) -> dict:
    """A desk and its one-time code: stored as a keyed hash, shown once, as text in groups and as a QR code."""
    desk_id, code = enrolment_codes.new_desk(conn, args.key, args.unit_code, args.desk)
    qr = segno.make(code, error="m")
    print(f"Mã đăng ký quầy {desk_id}: {code}", file=sys.stderr)
    qr.terminal(out=sys.stderr, compact=True)
    if args.qr:
        qr.save(str(args.qr), scale=8, border=4)
    return {
        "desk_id": desk_id,
        "enrolment_code": code,
        "valid_days": enrolment_codes.VALID.days,
        "qr": str(args.qr) if args.qr else None,
    }


def fees(args, conn) -> object:
    if args.action == "list":
        return store.fee_tables(conn)
    if args.file is None:
        raise InvalidInput("file", FeeTables.FILE_NEEDED)
    table = FeeTable.load(args.file)
    table.check_real()
    new = store.publish_fee_table(conn, table.digest(), table.resolution, table.effective_from, table.to_json())
    return {
        "resolution": table.resolution,
        "effective_from": table.effective_from.isoformat(),
        "lines": len(table.lines),
        "exemptions": len(table.exemptions),
        "published": new,
    }


def export(args, conn) -> dict:
    """Write the portal's messages of a unit and a period into a folder (and log the export)."""
    first, last = parse_day(args.start, "from"), parse_day(args.end, "to")
    made = portal_export.build(conn, args.unit_code, first, last, "counter-server")
    made.write(args.out)
    return {**made.counts, "out": str(args.out)}


def province_user(args, conn) -> object:
    """The province's console users; every change goes to the server's audit log."""
    if args.admin_command == "list":
        return [
            {"username": u.username, "full_name": u.full_name, "role": u.role, "units": u.units, "active": u.active}
            for u in console.users(conn)
        ]
    username = check_username(args.username)
    found = console.user(conn, username)
    if args.admin_command in ("disable", "unlock") and found is None:
        raise NotFound(Province.NO_SUCH_PROVINCE_USER, username=username)
    with conn.transaction():
        if args.admin_command == "unlock":
            console.clear_failures(conn, "login", username)
            console.audit(conn, CLI, "", "province_user.unlock", username, None)
            return {"username": username, "unlocked": True}
        if args.admin_command == "disable":
            console.put_user(conn, username, found.full_name, found.role, found.units, None, active=False)
            ended = console.close_sessions_of(conn, username)
            console.audit(conn, CLI, "", "province_user.put", username, {"active": False})
            return {"username": username, "active": False, "sessions_ended": ended}
        units = sorted(set(args.unit)) if args.unit and args.role == "supervisor" else None
        unknown = sorted(set(units or ()) - set(store.unit_names(conn)))
        if unknown:
            raise NotFound(Province.NO_SUCH_UNITS, codes=", ".join(unknown))
        password_hash = None
        if not args.keep_password or found is None:
            password = args.password if args.password is not None else sys.stdin.readline().rstrip("\n")
            password_hash = hash_password(password)
        console.put_user(conn, username, nfc(args.name), args.role, units, password_hash)
        detail = {"full_name": nfc(args.name), "role": args.role, "units": units, "password": password_hash is not None}
        console.audit(conn, CLI, "", "province_user.put", username, detail)
    return {"username": username, "full_name": nfc(args.name), "role": args.role, "units": units}


def user(args, conn) -> object:
    if args.user_command == "list":
        return store.accounts(conn, args.unit_code)
    username = check_username(args.username)
    if args.user_command == "disable":
        found = store.find_account(conn, args.unit_code, username)
        if found is None:
            raise NotFound(Province.NO_SUCH_ACCOUNT, unit=args.unit_code, username=username)
        store.put_account(conn, args.unit_code, username, found["full_name"], found["role"], None, active=False)
        return {"username": username, "active": False}
    password_hash = None
    if not args.keep_password:
        password_hash = hash_password(args.password if args.password is not None else sys.stdin.readline().rstrip("\n"))
    store.put_account(conn, args.unit_code, username, nfc(args.name), args.role, password_hash)
    return {"unit": args.unit_code, "username": username, "full_name": nfc(args.name), "role": args.role}
