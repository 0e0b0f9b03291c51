"""The command line's options and commands (argparse), with their help."""

from __future__ import annotations

import argparse
from pathlib import Path

from counter_app import reports
from counter_app.foundation.options import add_global_options
from counter_app.reports import register
from counter_app.services import accounts, configuration, printouts
from counter_core.domain.postal_batch import Flow

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
