"""The commands that print or read paper: slips, reports, the user guide, a chip ID card's QR code."""

from __future__ import annotations

import os
import sys

from counter_app import reports
from counter_app.cli.acting import acting_user
from counter_app.cli.output import out
from counter_app.reports import register
from counter_app.services import printouts
from counter_app.store.desk import Desk
from counter_core.domain.idcard import parse_id_card
from counter_core.foundation.clock import vn_now
from counter_core.foundation.messages import CommandLine
from counter_core.foundation.texts import Text


def cmd_print(args, store):
    path = printouts.print_to_file(Desk(store), args.code, args.slip, acting_user(args, store), args.out)
    out(args, {"code": args.code, "slip": args.slip, "path": str(path)}, str(path))


def cmd_report(args, store):
    desk, user = Desk(store), acting_user(args, store)
    period = reports.Period.parse(args.date_from, args.date_to, desk.clock().date())
    fmt = args.format or (args.out.suffix.lstrip(".").lower() if args.out else "pdf")
    columns = register.check_columns([c.strip() for c in args.columns.split(",")]) if args.columns else None
    path = printouts.report_to_file(desk, args.kind, period, fmt, user, columns, args.out, args.view)
    out(
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


def cmd_guide(args):
    """The user guide as one PDF, drawn by Qt without a window (the platform "offscreen" unless one is given)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from counter_app.ui.guide_pdf import export_headless

    path = export_headless(args.language, args.pdf)
    out(args, {"pdf": str(path)}, str(path))


def cmd_id_card(args):
    card = parse_id_card(sys.stdin.read() if args.text == "-" else args.text, vn_now().date())
    for warning in card.warnings:
        said = Text(CommandLine.FIELD_WARNING, field=warning.field, message=warning.message)
        print(said.in_language(args.language), file=sys.stderr)
    data = card.to_json(args.language)
    out(args, data, lambda: "\n".join(f"{k}: {v}" for k, v in data.items()))
