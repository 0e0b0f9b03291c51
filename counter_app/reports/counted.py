"""The dossiers a period's statistics count, each with its timeline as it stood at the cut-off.

A dossier counts when it was accepted at the unit's counter before the end of the period and its processing had
not ended before the period began: received in the period, or carried over (received before and still in
processing at the start). It is *settled* in the period when its processing ended before the cut-off, *pending*
otherwise. Shared by Biểu II.06a and the on-time statistics.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from counter_app.reports.period import Period
from counter_app.store import reports as queries
from counter_app.store.desk import Desk
from counter_core.domain.intake import Channel
from counter_core.domain.status import Status
from counter_core.domain.timeliness import Timeline, statutory_due, supplement_pauses

_STATUSES = {int(s): s for s in Status}  # a dict is faster than the enum's call, over a year of dossiers
_CHANNELS = {int(c): c for c in Channel}


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


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """A year is a few hundred thousand small objects, none in a cycle: Python's cycle collector would walk them
    over and over while they are made (a fifth of the time of a year's Biểu II.06a). Counting is reference-based
    meanwhile; the collector resumes after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def counted(desk: Desk, period: Period, names: Names, by_competent: bool = False) -> list[Counted]:
    """Every dossier the period counts, with its timeline as it stood at the end of the period (or now): those
    received at the unit, or (``by_competent``) those the unit decides."""
    with _without_cycle_collection():
        rows, ended, moved = _read(desk, period, by_competent)
        made = (_one(row, ended, moved, names) for row in rows)
        return [c for c in made if c is not None]


@dataclass(slots=True)
class Alike:
    """Dossiers of a field that a rule of days judges alike: received the same way, one timeline, how many."""

    field: str
    channel: Channel
    carried_over: bool
    timeline: Timeline
    count: int


def alike_by_day(desk: Desk, period: Period, names: Names, by_competent: bool = False) -> list[Alike]:
    """The dossiers of ``counted`` as a rule of days sees them: those whose appointment never moved come from the
    groups the store keeps as dossiers change (``queries.tallied``: the same field, channel, appointment day, day and
    status of the end), about 30,000 for a year instead of two hundred thousand dossiers; those with a moved
    appointment one by one. The national rule (timestamps) cannot use it."""
    start, end = period.bounds()
    fields = {key: field for key, (_, field) in names.procedures.items()}
    last = str(period.end)
    with _without_cycle_collection(), desk.store.read():
        groups = queries.tallied(desk.store, desk.config.unit_code, str(period.start), last, by_competent)
        rows = queries.moved(desk.store, desk.config.unit_code, start, end, by_competent)
        histories = _histories(desk, [r[0] for r in rows], end)
    alike: dict[tuple[str, int, bool, str, str], int] = {}
    for carried, catalog_id, code, channel, due_day, ended, n in groups:
        field = fields.get((catalog_id, code)) or names.procedure(catalog_id, code)[1]
        key = (field, channel, bool(carried), due_day, ended if ended[:10] <= last else "")  # ended after: open
        alike[key] = alike.get(key, 0) + n
    out = [
        Alike(f, _CHANNELS[ch], carried, _day_timeline(due, ended), n)
        for (f, ch, carried, due, ended), n in alike.items()
    ]
    ended_in_period = {r[0]: (r[9].split(" ")[0], int(r[9].split(" ")[1])) for r in rows if r[9]}
    for row in rows:
        c = _one(row[:9], ended_in_period, histories, names)
        if c is not None:
            out.append(Alike(c.field, c.channel, c.carried_over, c.timeline, 1))
    return out


def _day_timeline(due_day: str, ended: str) -> Timeline:
    """A group's timeline from its appointment day and its end ("<day> <status>"), both possibly ''."""
    timeline = Timeline(datetime.fromisoformat(due_day) if due_day else None)
    if ended:
        day, status = ended.split(" ")
        timeline.settled_at, timeline.settled_by = datetime.fromisoformat(day), _STATUSES[int(status)]
    return timeline


def _read(
    desk: Desk, period: Period, by_competent: bool
) -> tuple[list[tuple[Any, ...]], dict[int, tuple[str, int]], dict[int, Timeline]]:
    """The candidates (``queries.candidates``), the first end of each dossier ended in the period, and the
    timelines of those whose appointment moved."""
    start, end = period.bounds()
    with desk.store.read():
        rows = queries.candidates(desk.store, desk.config.unit_code, start, end, by_competent)
        # the first end of each (a withdrawal, then a stop): the latest come first, the earliest is kept
        ended = {dossier_id: (at, status) for dossier_id, at, status in queries.settled(desk.store, start, end)}
        moved = _histories(desk, [r[0] for r in rows if r[7]], end)
    return rows, ended, moved


def _one(
    row: tuple[Any, ...], ended: dict[int, tuple[str, int]], moved: dict[int, Timeline], names: Names
) -> Counted | None:
    """One candidate as counted, None when it ended before the period (a withdrawal then a stop: found through
    its later event)."""
    dossier_id, catalog_id, code, channel, carried, clerk, due_at, _, settled_before = row
    if settled_before:
        return None
    timeline = moved.get(dossier_id) or Timeline(datetime.fromisoformat(due_at) if due_at else None)
    if dossier_id in ended:
        settled_at, settled_by = ended[dossier_id]
        timeline.settled_at, timeline.settled_by = datetime.fromisoformat(settled_at), _STATUSES[settled_by]
    name, field = names.procedures.get((catalog_id, code)) or names.procedure(catalog_id, code)
    return Counted(code, name, field, clerk, _CHANNELS[channel], bool(carried), timeline)


def _histories(desk: Desk, ids: list[int], end: str) -> dict[int, Timeline]:
    """The timelines, settlement aside, of the few dossiers whose appointment a supplement pause or a Mẫu 04 moved:
    the statutory appointment is the desk's when only pauses moved it, rebuilt from the printed one when a Mẫu 04
    did too; a dossier whose last status before the end is a supplement request is waiting since then."""
    if not ids:
        return {}
    rows = queries.histories(desk.store, ids, end)
    mixed = [r["id"] for r in rows if r["requests"] and r["reschedules"]]
    pauses = _pauses(queries.status_events(desk.store, mixed, end)) if mixed else {}
    out = {}
    for r in rows:
        if r["id"] in pauses:
            due = statutory_due(_moment(_second(r["first_due"])), pauses[r["id"]], desk.calendar)
        else:
            due = _moment(_second(r["due"]))
        last_at, last_status = r["last_status"].split(" ") if r["last_status"] else (None, None)
        waiting = last_at if last_status == str(int(Status.SUPPLEMENT_REQUESTED)) else None
        out[r["id"]] = Timeline(due, supplement_requests=r["requests"], waiting_since=_moment(waiting))
    return out


def _second(text: str | None) -> str | None:
    """The value of "<at> <value>" as the history query gives it."""
    return text.split(" ")[1] if text else None


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _pauses(events) -> dict[int, list[tuple[datetime, datetime]]]:
    """Each dossier's finished supplement pauses (requested, answered) from its status changes in order."""
    changes: dict[int, list[tuple[datetime, int]]] = defaultdict(list)
    for event in events:
        changes[event["dossier_id"]].append((datetime.fromisoformat(event["at"]), event["status"]))
    return {dossier: supplement_pauses(steps) for dossier, steps in changes.items()}
