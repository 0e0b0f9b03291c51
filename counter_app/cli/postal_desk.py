"""The postal desk's command: batches of scans and their hand-over lists."""

from __future__ import annotations

import sys

from counter_app.cli.acting import acting
from counter_app.cli.output import moment_of, out, said, said_lines
from counter_app.services import postal
from counter_app.store.desk import Desk
from counter_core.domain import policy
from counter_core.domain.postal_batch import Flow
from counter_core.foundation.messages import Said
from counter_core.foundation.texts import Text


def cmd_postal(args, store):
    desk, user = Desk(store), acting(args, store, policy.POSTAL)
    action = args.postal_command
    if action == "list":
        rows = postal.batches(desk, open_only=args.open)
        out(
            args,
            rows,
            lambda: "\n".join(_batch_row(b, args.language) for b in rows) or Text(Said.NO_BATCH),
        )
    elif action == "waiting":
        rows = postal.waiting_packages(desk)
        out(
            args,
            rows,
            lambda: (
                "\n".join(
                    Text(
                        Said.PACKAGE_WAITING, item=r["item_code"], batch=r["batch"], at=moment_of(r["handed_over_at"])
                    ).in_language(args.language)
                    for r in rows
                )
                or Text(Said.NO_PACKAGE_WAITING)
            ),
        )
    elif action == "open":
        batch = postal.open_batch(desk, args.flow, user)
        out(args, batch, f"{batch['number']}")
    elif action == "scan":
        batch_id = postal.parse_batch(args.batch)
        codes = sys.stdin.read().split() if args.codes == ["-"] else args.codes
        lines = [postal.scan(desk, batch_id, code, user) for code in codes]
        out(args, lines, lambda: "\n".join(_postal_line(ln, args.language) for ln in lines))
    elif action == "close":
        closed = postal.close_batch(desk, postal.parse_batch(args.batch), user, args.courier)
        closed["pdf"] = str(postal.handover_to_file(desk, closed["id"], user, args.out))
        out(
            args,
            closed,
            lambda: said_lines(
                args.language,
                Text(Said.BATCH_CLOSED, number=closed["number"], count=len(closed["recorded"])),
                closed["pdf"],
                *[Text(Said.NOT_HANDED_OVER, reason=x["message"]) for x in closed["left_out"]],
            ),
        )
    elif action == "show":
        batch = postal.batch_view(desk, postal.parse_batch(args.batch))
        out(
            args,
            batch,
            lambda: "\n".join(
                [
                    f"{batch['number']} — {said(Flow(batch['flow']).text, args.language)} — {batch['opened_by']}, "
                    f"{moment_of(batch['opened_at'])}"
                ]
                + [_postal_line(ln, args.language) for ln in batch["lines"]]
            ),
        )
    else:
        path = postal.handover_to_file(desk, postal.parse_batch(args.batch), user, args.out)
        out(args, {"pdf": str(path)}, str(path))


def _batch_row(b: dict, language: str) -> str:
    counts = Text(Said.BATCH_COUNTS, lines=f"{b['lines']:>4}", refused=b["refused"])
    state = Text(Said.BATCH_CLOSED_AT, at=moment_of(b["closed_at"])) if b["closed_at"] else Text(Said.BATCH_OPEN)
    flow = said(Flow(b["flow"]).text, language)
    return f"{b['number']}  {flow:<28} {said(counts, language)}  {said(state, language)}"


def _postal_line(line: dict, language: str) -> str:
    mark = said(Text(Said.SCAN_ACCEPTED if line["accepted"] else Said.SCAN_REFUSED), language)
    message = said(line["message"], language)
    return f"{mark:<3} {line['scanned']:<28} {line['code'] or '':<28} {line['owner_name'] or '':<24} {message}"
