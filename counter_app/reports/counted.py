"""The dossiers a period's statistics count, each with its timeline as it stood at the cut-off.

A dossier counts when it was accepted at the unit's counter before the end of the period and its processing had
not ended before the period began: received in the period, or carried over (received before and still in
processing at the start). It is *settled* in the period when its processing ended before the cut-off, *pending*
otherwise. Shared by Biểu II.06a and the on-time statistics.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from counter_app.desk import Desk
from counter_app.domain.intake import Channel
from counter_app.domain.status import Status
from counter_app.domain.timeliness import Timeline, statutory_due
from counter_app.reports.period import Period
from counter_app.store import reports as queries


@dataclass(slots=True)
class Counted:
    procedure_code: str
    procedure: str  # its name
    field: str  # lĩnh vực
    clerk_id: int  # who received it
    channel: Channel
    carried_over: bool
    timeline: Timeline


class Names:
    """Names to show: a procedure's name and field by catalog version and code, an account's full name."""

    def __init__(self, desk: Desk) -> None:
        rows = queries.procedures(desk.store)
        self.procedures = {(r["catalog_id"], r["code"]): (r["name"], r["field"]) for r in rows}
        self.latest = {r["code"]: r["name"] for r in rows}  # rows come oldest catalog first
        self.users = queries.user_names(desk.store)

    def procedure(self, catalog_id: int, code: str) -> tuple[str, str]:
        return self.procedures.get((catalog_id, code), (code, "Khác"))


def counted(desk: Desk, period: Period, names: Names) -> list[Counted]:
    """Every dossier the period counts, judged as of ``period.cutoff(now)``."""
    start, end = period.bounds()
    with desk.store.read():
        rows = queries.timelines(desk.store, desk.config.unit_code, start, end)
        mixed = [r["id"] for r in rows if r["requests"] and r["reschedules"]]
        pauses = _pauses(queries.status_events(desk.store, mixed, end)) if mixed else {}
    out = []
    for row in rows:
        settled_at, settled_by = _moment_and_status(row["settled"])
        if settled_at is not None and settled_at < start:
            continue  # ended before the period: found through a later event (Đã trả kết quả)
        if settled_at is not None and settled_at >= end:
            settled_at = settled_by = None  # still in processing at the end of the period
        last_at, last_status = _moment_and_status(row["last_status"])
        waiting = last_at if settled_at is None and last_status == Status.SUPPLEMENT_REQUESTED else None
        if row["id"] in pauses:
            due = statutory_due(_moment(row["first_due"].split(" ")[1]), pauses[row["id"]], desk.calendar)
        else:
            due = _moment(row["due"].split(" ")[1] if row["due"] else row["due_at"])
        name, field = names.procedure(row["catalog_id"], row["procedure_code"])
        timeline = Timeline(due, _moment(settled_at), settled_by, row["requests"], _moment(waiting))
        out.append(Counted(row["procedure_code"], name, field, row["received_by"], Channel(row["channel"]),
                           row["received_at"] < start, timeline))
    return out


def _moment_and_status(text: str | None) -> tuple[str | None, Status | None]:
    """"<at> <status>" as the query gives it; times stay text until needed (they compare as text)."""
    if not text:
        return None, None
    at, status = text.split(" ")
    return at, Status(int(status))


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _pauses(events) -> dict[int, list[tuple[datetime, datetime]]]:
    """Each dossier's finished supplement pauses (requested, answered) from its status changes in order."""
    pauses: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    paused: dict[int, datetime] = {}
    for event in events:
        at, dossier = datetime.fromisoformat(event["at"]), event["dossier_id"]
        if dossier in paused:
            pauses[dossier].append((paused.pop(dossier), at))
        if event["status"] == Status.SUPPLEMENT_REQUESTED:
            paused[dossier] = at
    return pauses
