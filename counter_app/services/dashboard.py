"""The supervisor's dashboard of the day (§8.5): the day's figures, per clerk and per procedure, the 30-day
trend, the sync backlog, and for every figure the dossiers behind it.

A figure is read at a moment ``at`` (Vietnam time; the desk's clock by default), on the day of that moment:

- received (by channel): accepted at the counter that day — refused dossiers (3) and online registrations
  not yet accepted (1) are not receptions;
- returned: a status-10 event that day, the dossier still returned now;
- overdue: open with a running clock (2, 4, 6, 7) and an appointment before ``at``;
- due today: open with a running clock, the appointment later today (not yet overdue);
- due within 24 h: open with a running clock, the appointment in the 24 hours after ``at`` (§4.3);
- waiting for a supplement: status 5, whatever its appointment — the clock is paused until the papers
  come, and the appointment moves by the pause, so such a dossier is neither due nor overdue;
- waiting for the post: result ready (9) to be returned by post and not yet delivered — waiting for the post
  office to take it, or taken (a ``postal_handover`` event, no status change) and on its way: the delivery
  returns it (10).

Per clerk means the clerk who received the dossier; per procedure, its procedure. Every figure counts
dossiers the store holds: once synced, the whole unit's, whichever desk received them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from counter_app.services.accounts import list_users
from counter_app.services.configuration import procedures
from counter_app.store import dashboard as queries
from counter_app.store import dossiers as dossier_rows
from counter_app.store import journal, settings
from counter_app.store.desk import Desk
from counter_core.domain.dossier import DossierSummary
from counter_core.domain.intake import Channel, ReturnMethod
from counter_core.domain.status import NOT_RECEIVED, TIMED, Status
from counter_core.foundation.clock import VN_TZ, iso, to_vn
from counter_core.foundation.jsontypes import JsonObject

RECEIVED_BY_CHANNEL = {
    Channel.DIRECT: "received_direct",
    Channel.ONLINE: "received_online",
    Channel.POSTAL: "received_postal",
}
FIGURES = (
    "received",
    *RECEIVED_BY_CHANNEL.values(),
    "returned",
    "due_today",
    "overdue",
    "due_within_24h",
    "waiting_supplement",
    "waiting_post",
    "received_digitised",
    "returned_digitised",
)
RECEPTION_FIGURES = frozenset({"received", "received_digitised", *RECEIVED_BY_CHANNEL.values()})
TREND_DAYS = 30
LIST_LIMIT = 1000  # dossiers listed behind one figure; the figure itself counts them all


@dataclass(frozen=True)
class Bounds:
    """The moments a day's figures compare with, as the store writes them."""

    start: str  # the day's midnight
    end: str  # the next midnight
    now: str
    soon: str  # 24 hours after now

    @classmethod
    def of(cls, day: date, at: datetime) -> Bounds:
        return cls(midnight(day), midnight(day + timedelta(days=1)), iso(at), iso(at + timedelta(hours=24)))


def midnight(day: date) -> str:
    return iso(datetime.combine(day, time.min, tzinfo=VN_TZ))


def figures_of(row: sqlite3.Row, bounds: Bounds) -> list[str]:
    """The figures one dossier counts toward (a row of ``queries.day_rows``)."""
    status, due = row["status"], row["due_at"]
    out = []
    if bounds.start <= row["received_at"] < bounds.end and status not in NOT_RECEIVED:
        out.append("received")
        if row["channel"] in RECEIVED_BY_CHANNEL:
            out.append(RECEIVED_BY_CHANNEL[row["channel"]])
        if row["digitised"]:
            out.append("received_digitised")
    if row["returned"] and status == Status.RETURNED:
        out.append("returned")
        if row["result_digitised"]:
            out.append("returned_digitised")
    if status in TIMED and due:
        if due < bounds.now:
            out.append("overdue")
        elif due < bounds.end:
            out.append("due_today")
        if bounds.now <= due < bounds.soon:
            out.append("due_within_24h")
    if status == Status.SUPPLEMENT_REQUESTED:
        out.append("waiting_supplement")
    if status == Status.RESULT_READY and row["return_method"] == ReturnMethod.POST:
        out.append("waiting_post")
    return out


Key = TypeVar("Key", int, str)  # a clerk's user id, or a procedure's code


@dataclass(frozen=True)
class Line:
    """One row of the per-clerk or per-procedure table: its key (user id or procedure code) and counts."""

    key: int | str
    name: str
    counts: dict[str, int]


@dataclass(frozen=True)
class TrendDay:
    day: date
    received: int
    returned: int


@dataclass(frozen=True)
class Dashboard:
    at: datetime
    figures: dict[str, int]
    clerks: list[Line]
    procedures: list[Line]
    trend: list[TrendDay]  # oldest first, the day of ``at`` last
    sync: JsonObject  # enrolled, backlog, set_aside, conflicts, last_success


@dataclass(frozen=True)
class Pick:
    """The dossiers behind a figure: of one clerk or one procedure, or (trend) received or returned on ``day``."""

    figure: str
    clerk: int | None = None
    procedure: str | None = None
    day: date | None = None

    def takes(self, row: sqlite3.Row, figures: list[str]) -> bool:
        return (
            self.figure in figures
            and self.clerk in (None, row["received_by"])
            and self.procedure in (None, row["procedure_code"])
        )


@dataclass(frozen=True)
class Listing:
    rows: list[DossierSummary]  # as the dossier list shows them, at most LIST_LIMIT
    total: int


def snapshot(desk: Desk, at: datetime | None = None) -> Dashboard:
    """The dashboard at ``at``: one read snapshot of the store."""
    at = to_vn(at or desk.clock())
    day = at.date()
    bounds = Bounds.of(day, at)
    days = [day - timedelta(days=n) for n in range(TREND_DAYS - 1, -1, -1)]
    with desk.store.read():
        rows = queries.day_rows(desk.store, bounds.start, bounds.end, bounds.soon)
        received = queries.received_per_day(desk.store, midnight(days[0]), bounds.end)
        returned = queries.returned_per_day(desk.store, midnight(days[0]), bounds.end)
        backlog = journal.sync_backlog(desk.store)
        state = settings.get_all(desk.store)
        clerk_names = {u["id"]: u["full_name"] for u in list_users(desk.store)}
        procedure_names = {p.code: p.name for p in procedures(desk.store, day)}
    figures = dict.fromkeys(FIGURES, 0)
    clerks: dict[int, dict[str, int]] = {}
    by_procedure: dict[str, dict[str, int]] = {}
    for row in rows:
        for figure in figures_of(row, bounds):
            figures[figure] += 1
            for table, key in ((clerks, row["received_by"]), (by_procedure, row["procedure_code"])):
                counts = table.setdefault(key, dict.fromkeys(FIGURES, 0))
                counts[figure] += 1
    return Dashboard(
        at=at,
        figures=figures,
        clerks=_lines(clerks, clerk_names),
        procedures=_lines(by_procedure, procedure_names),
        trend=[TrendDay(d, received.get(d.isoformat(), 0), returned.get(d.isoformat(), 0)) for d in days],
        sync={**backlog, "enrolled": "sync.desk_id" in state, "last_success": state.get("sync.last_success")},
    )


def _lines(table: Mapping[Key, dict[str, int]], names: Mapping[Key, str]) -> list[Line]:
    """Busiest first: most received, then most overdue, then by name."""
    lines = [Line(key, names.get(key, str(key)), counts) for key, counts in table.items()]
    return sorted(lines, key=lambda line: (-line.counts["received"], -line.counts["overdue"], line.name))


def dossiers(desk: Desk, pick: Pick, at: datetime | None = None, limit: int = LIST_LIMIT) -> Listing:
    """The dossiers behind a figure at ``at`` (the moment its dashboard was read, so the two agree): received
    ones in reception order, the others by appointment."""
    at = to_vn(at or desk.clock())
    bounds = Bounds.of(pick.day or at.date(), at)
    with desk.store.read():
        rows = [
            r
            for r in queries.day_rows(desk.store, bounds.start, bounds.end, bounds.soon)
            if pick.takes(r, figures_of(r, bounds))
        ]
        if pick.figure in RECEPTION_FIGURES:
            rows.sort(key=lambda r: (r["received_at"], r["id"]))
        else:
            rows.sort(key=lambda r: (r["due_at"] or "", r["received_at"], r["id"]))
        shown = dossier_rows.by_ids(desk.store, [r["id"] for r in rows[:limit]]) if rows else []
    return Listing(shown, len(rows))
