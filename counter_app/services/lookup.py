"""Looking dossiers up: one dossier with its events, the filtered list, the quick search and the day's queue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from counter_app.services.events import no_dossier
from counter_app.store import dossiers, files
from counter_app.store.desk import Desk
from counter_core.domain.attachments import Role
from counter_core.domain.dossier import Dossier, DossierSummary
from counter_core.domain.status import Status
from counter_core.foundation.clock import iso
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.text import words


def show(desk: Desk, code: str) -> Dossier:
    """The dossier with its reception facts and its history, or NotFound."""
    with desk.store.read():
        found = dossiers.whole(desk.store, code.strip(), dict(desk.units()), desk.config.office_hours.same_day_cutoff)
    if found is None:
        raise no_dossier(code)
    return found


def find(
    desk: Desk,
    text: str = "",
    status: Status | None = None,
    day_from: date | None = None,
    day_to: date | None = None,
    procedure_code: str | None = None,
    limit: int = 200,
) -> list[DossierSummary]:
    """The dossier list with its filters: text, status, reception days (inclusive) and procedure."""
    start = iso(desk.calendar.at(day_from, datetime.min.time())) if day_from else None
    end = iso(desk.calendar.at(day_to + timedelta(days=1), datetime.min.time())) if day_to else None
    return dossiers.listing(desk.store, text, int(status) if status else None, start, end, procedure_code, limit)


@dataclass(frozen=True)
class PaperHit:
    """A digitised paper whose words (read by OCR) match what was searched: which dossier, which paper."""

    code: str
    document: str
    role: Role


def papers_matching(desk: Desk, text: str, limit: int = 50) -> list[PaperHit]:
    """Papers whose words hold every word of ``text`` (accents optional, the last word as a prefix), newest first."""
    terms = words(text)
    if not terms:
        return []
    query = " ".join(f'"{t}"' for t in terms) + "*"
    return [PaperHit(r["code"], r["document"], Role(r["role"])) for r in files.matching(desk.store, query, limit)]


def search(desk: Desk, text: str, limit: int = 50) -> list[DossierSummary]:
    return dossiers.search(desk.store, text, limit)


@dataclass(frozen=True)
class Queue:
    """The day's queue: received that day, open dossiers due that day, late ones, and those waiting for the
    citizen's papers (paused: never due nor late while they wait)."""

    day: date
    received: list[DossierSummary]
    due_today: list[DossierSummary]
    late: list[DossierSummary]
    waiting_supplement: list[DossierSummary]

    def to_json(self) -> JsonObject:
        return {
            "day": self.day.isoformat(),
            "received": [d.to_json() for d in self.received],
            "due_today": [d.to_json() for d in self.due_today],
            "late": [d.to_json() for d in self.late],
            "waiting_supplement": [d.to_json() for d in self.waiting_supplement],
        }


def queue(desk: Desk, day: date | None = None, limit: int = 500) -> Queue:
    now = desk.clock()
    day = day or now.date()
    start = desk.calendar.at(day, datetime.min.time())
    end = start + timedelta(days=1)
    with desk.store.read():
        received = dossiers.received_between(desk.store, iso(start), iso(end), limit)
        due = dossiers.open_due_before(desk.store, iso(end), limit)
        waiting = dossiers.waiting_supplement(desk.store, limit)
    cutoff = min(now, end)
    return Queue(
        day,
        received,
        [d for d in due if d.due_at and d.due_at >= max(start, cutoff)],
        [d for d in due if d.due_at and d.due_at < cutoff],
        waiting,
    )
