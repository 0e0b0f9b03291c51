"""The commands on the procedure catalog, the working-day calendar and the due date of a procedure."""

from __future__ import annotations

import sys
from datetime import time

from counter_app.cli.acting import setting_up
from counter_app.cli.output import day_of, out, said, said_lines
from counter_app.cli.phrases import appointment_text
from counter_app.services import catalog_import, configuration, reception
from counter_app.store.desk import Desk
from counter_core.domain import policy
from counter_core.domain.decision import Decision
from counter_core.domain.intake import parse_day
from counter_core.domain.procedure import ProcessingTime, TimeUnit
from counter_core.foundation.clock import iso, parse_vn, vn_now
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import CommandLine, Said
from counter_core.foundation.text import nfc
from counter_core.foundation.texts import Text


def cmd_catalog(args, store):
    if args.catalog_command in ("from-portal", "from-decision"):
        _catalog_built(args, store)
        return
    if args.catalog_command == "import":
        setting_up(args, store, policy.CONFIGURE)
        result = configuration.import_catalog(store, args.file)
        out(
            args,
            result,
            Text(
                Said.CATALOG_IMPORTED if result["new"] else Said.CATALOG_ALREADY_HERE,
                version=result["version"],
                procedures=result["procedures"],
                effective_from=day_of(result["effective_from"]),
            ),
        )
    elif args.versions:
        rows = configuration.list_catalogs(store)
        out(
            args,
            rows,
            lambda: "\n".join(
                Text(
                    Said.CATALOG_VERSION_ROW,
                    version=f"{r['version']:<19}",
                    effective_from=day_of(r["effective_from"]),
                    procedures=r["procedures"],
                    issuer=r["issuer"],
                ).in_language(args.language)
                for r in rows
            ),
        )
    else:
        procs = configuration.procedures(store, vn_now().date(), args.search)
        cutoff = Desk(store).config.office_hours.same_day_cutoff
        out(
            args,
            [p.to_json() for p in procs],
            lambda: "\n".join(_procedure_text(p, cutoff, args.language) for p in procs) or Text(Said.NO_PROCEDURE),
        )


def _catalog_built(args, store):
    """A catalog built from the portal's records or the province's decision, with what to check, written or stored
    (storing it configures the desk; only writing the file to check changes nothing on it)."""
    if args.store_it:
        setting_up(args, store, policy.CONFIGURE)
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
        effective_from=day_of(result["effective_from"]),
        findings=len(findings),
    )
    written = [Text(Said.CATALOG_WRITTEN, path=result["out"])] if "out" in result else []
    stored = (
        [Text(Said.CATALOG_LOADED if result["imported"] else Said.CATALOG_ALREADY_LOADED)]
        if "imported" in result
        else []
    )
    out(
        args,
        result | {"findings": [f.to_json() for f in findings]},
        lambda: "; ".join(said(part, args.language) for part in [built, *written, *stored]),
    )


def _procedure_text(p, cutoff: time, language: str) -> str:
    """A procedure and, under it, each case a clerk may choose (with its key for ``receive``); ``cutoff`` is the
    desk's same-day cut-off."""
    lines = [f"{p.code}  {p.name} [{p.field}] — {said(_processing(p.processing, cutoff), language)}"]
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


def cmd_calendar(args, store):
    if args.calendar_command == "import":
        setting_up(args, store, policy.CONFIGURE)
        result = configuration.import_calendar(store, args.file)
        out(
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
    out(args, days, lambda: "\n".join(f"{day_of(x['date'])}  {x['name']}" for x in days))


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
    out(args, data, lambda: said_lines(args.language, data["due_at"] or "—", appointment_text(appt)))
