"""The commands on dossiers: receive, show, search, transition, supplement, reschedule, stop, queue."""

from __future__ import annotations

import sys
from datetime import date, datetime

from counter_app.cli.acting import acting, acting_user
from counter_app.cli.output import moment_of, out, said, said_lines
from counter_app.cli.phrases import appointment_text, fee_text
from counter_app.services import configuration, lookup, postal, processing, reception
from counter_app.store.desk import Desk
from counter_core.domain import policy
from counter_core.domain.appointment import Appointment
from counter_core.domain.dossier import Dossier
from counter_core.domain.intake import Intake, SubmittedDocument, parse_day, procedure_code_of
from counter_core.domain.procedure import DocumentComponent
from counter_core.domain.status import Status, parse_status
from counter_core.foundation.clock import vn_now
from counter_core.foundation.errors import InvalidInput, NotAllowed
from counter_core.foundation.formatting import day, moment, money
from counter_core.foundation.jsonfile import read_json
from counter_core.foundation.messages import CommandLine, Dossiers, Files, Said
from counter_core.foundation.text import nfc
from counter_core.foundation.texts import Text


def cmd_receive(args, store):
    desk = Desk(store)
    clerk = acting_user(args, store)
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
    out(
        args,
        receipt.to_json(args.language),
        lambda: said_lines(
            args.language,
            receipt.code,
            *([Text(Said.CASE, name=receipt.case_name)] if receipt.case_name else []),
            Text(Said.DUE, appointment=appointment_text(receipt.appointment)),
            Text(Said.FEES, fee=fee_text(receipt.fee)),
        ),
    )


def cmd_show(args, store):
    acting(args, store, policy.VIEW)
    dossier = lookup.show(Desk(store), args.code)
    out(args, dossier.to_json(), lambda: _describe(dossier, args.language))


def _describe(d: Dossier, language: str) -> str:
    """A dossier and its history, each step in words of ``language`` in a column as wide as the longest."""
    lines = [
        f"{d.code} — {said(d.status.text, language)}",
        Text(Said.PROCEDURE, code=d.procedure_code, name=d.procedure_name),
        Text(Said.OWNER, name=d.owner_name, id_number=d.owner_id),
        Text(Said.RECEIVED, at=moment(d.received_at)),
        Text(Said.DUE, appointment=appointment_text(Appointment(d.received_at, d.due_at))),
        Text(Said.CHARGED, amount=money(d.fee)),
        Text(Said.HISTORY),
    ]
    steps = [said(e.text, language) for e in d.events]
    width = max(map(len, steps), default=0)
    lines += [f"  {moment(e.at)}  {step:<{width}}  {e.user_name}  {e.note}" for e, step in zip(d.events, steps)]
    return said_lines(language, *lines)


def cmd_search(args, store):
    acting(args, store, policy.VIEW)
    rows = lookup.search(Desk(store), args.text, args.limit)
    out(
        args,
        [r.to_json() for r in rows],
        lambda: (
            "\n".join(f"{r.code}  {r.owner_name:<28} {said(r.status.text, args.language)}" for r in rows)
            or Text(Said.NO_DOSSIER_FOUND)
        ),
    )


def cmd_transition(args, store):
    user, target = acting_user(args, store), parse_status(args.status)
    if target is Status.SUPPLEMENT_REQUESTED:
        command = f"counter-app supplement {args.code} --item PAPER [--item …] --reason REASON"
        raise NotAllowed(Dossiers.SUPPLEMENT_NEEDS_ITS_LIST_HERE, command=command)
    result = processing.transition(Desk(store), args.code, target, user, args.note)
    out(args, result, Text(Said.MOVED, code=result["code"], status=target.text))


def cmd_supplement(args, store):
    desk, user = Desk(store), acting(args, store, policy.move(Status.SUPPLEMENT_REQUESTED))
    expected = {d.name: d for d in lookup.show(desk, args.code).expected_documents}
    items = [_asked(expected.get(nfc(name)), nfc(name)) for name in args.item]
    result = processing.request_supplement(desk, args.code, user, items, args.reason)
    out(
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
        desk, args.code, acting_user(args, store), desk.calendar.at(day, at), args.reason, args.number, args.signer
    )
    out(
        args,
        result,
        Text(
            Said.RESCHEDULED,
            code=result["code"],
            due=moment_of(result["due_at"]),
            command=f"counter-app print {result['code']} --slip apology",
        ),
    )


def cmd_stop(args, store):
    user = acting_user(args, store)
    result = processing.stop(Desk(store), args.code, user, args.reason, args.number, args.signer)
    out(
        args,
        result,
        Text(Said.STOPPED, code=result["code"], command=f"counter-app print {result['code']} --slip stop"),
    )


def cmd_queue(args, store):
    acting(args, store, policy.VIEW)
    desk = Desk(store)
    queue = lookup.queue(desk, date.fromisoformat(args.day) if args.day else None)
    out(
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
