"""Looking dossiers up: one dossier with its events, the filtered list, the quick search and the day's queue."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from counter_app.services.events import dossier_row
from counter_app.store import dossiers
from counter_app.store.catalog import procedure_of_version
from counter_app.store.desk import Desk
from counter_app.store.dossiers import summary
from counter_core.domain.appointment import NO_FIXED_DATE_PHRASE, UNCONFIRMED_DATE_PHRASE
from counter_core.domain.facts import fee_of, named_documents
from counter_core.domain.intake import Channel
from counter_core.domain.status import Status
from counter_core.foundation.clock import iso


def show(desk: Desk, code: str) -> dict:
    """The dossier with its events; the status is derived from the events."""
    with desk.store.read():
        row = dossier_row(desk, code)
        events = dossiers.events(desk.store, row["id"])
        proc = procedure_of_version(desk.store, row["catalog_id"], row["procedure_code"])
    status = Status(row["status"])  # the projection, kept with every event (and realigned by sync)
    facts = json.loads(row["data"])
    case = facts.get("case", "")
    processing = proc.processing_for(row["channel"] == Channel.ONLINE, case)
    fee = fee_of(facts, proc)
    # The appointment printed on the receipt: what the reception set (as step_deadline before schema 4),
    # whatever moved it since.
    first_due = events[0]["due_at"] or events[0]["step_deadline"] or row["due_at"]
    return {
        **summary(row),
        **facts,
        "documents": named_documents(facts, proc),
        "first_due_at": first_due,
        "expected_documents": [
            {"name": d.name, "original": d.original, "certified": d.certified, "copy": d.copy} for d in proc.documents
        ],
        "owner": {"full_name": row["owner_name"], "id_number": row["owner_id"], **facts["owner"]},
        "fee_explanation": fee.explanation,
        "fee_text": fee.printed(),  # as the receipt prints it: the amount or the exemption, and its ground
        "fee_exemption": fee.exemption,
        "fee_resolution": fee.resolution,
        "case_name": proc.case_name(case),
        # What the receipt says instead of a date when there is none.
        "no_date_phrase": UNCONFIRMED_DATE_PHRASE if processing.unconfirmed else NO_FIXED_DATE_PHRASE,
        "status": int(status),
        "status_label": status.label,
        "procedure_name": proc.name,
        "procedure_field": proc.field,
        "processing": processing.to_json(),
        "processing_phrase": processing.phrase(desk.config.office_hours.same_day_cutoff),
        "received_by_name": events[0]["user_name"],
        "competent_unit_name": dict(desk.units()).get(row["competent_unit"], row["competent_unit"]),
        "events": [
            {
                "uuid": dossiers.uuid_text(e["uuid"]),
                "kind": e["kind"],
                "status": e["status"],
                "at": e["at"],
                "user": e["username"],
                "user_name": e["user_name"],
                "unit_code": e["unit_code"],
                "note": e["note"],
                "step_deadline": e["step_deadline"],
                "data": json.loads(e["data"]) if e["data"] else None,
            }
            for e in events
        ],
    }


def find(
    desk: Desk,
    text: str = "",
    status: Status | None = None,
    day_from: date | None = None,
    day_to: date | None = None,
    procedure_code: str | None = None,
    limit: int = 200,
) -> list[dict]:
    """The dossier list with its filters: text, status, reception days (inclusive) and procedure."""
    start = iso(desk.calendar.at(day_from, datetime.min.time())) if day_from else None
    end = iso(desk.calendar.at(day_to + timedelta(days=1), datetime.min.time())) if day_to else None
    rows = dossiers.listing(desk.store, text, int(status) if status else None, start, end, procedure_code, limit)
    return [summary(r) for r in rows]


def search(desk: Desk, text: str, limit: int = 50) -> list[dict]:
    return [summary(r) for r in dossiers.search(desk.store, text, limit)]


def queue(desk: Desk, day: date | None = None, limit: int = 500) -> dict:
    """The day's queue: received that day, open dossiers due that day, late ones, and those waiting for the
    citizen's papers (paused: never due nor late while they wait)."""
    now = desk.clock()
    day = day or now.date()
    start = desk.calendar.at(day, datetime.min.time())
    end = start + timedelta(days=1)
    received = dossiers.received_between(desk.store, iso(start), iso(end), limit)
    due = dossiers.open_due_before(desk.store, iso(end), limit)
    cutoff = iso(min(now, end))
    return {
        "day": day.isoformat(),
        "received": [summary(r) for r in received],
        "due_today": [summary(r) for r in due if r["due_at"] >= max(iso(start), cutoff)],
        "late": [summary(r) for r in due if r["due_at"] < cutoff],
        "waiting_supplement": [summary(r) for r in dossiers.waiting_supplement(desk.store, limit)],
    }
