"""Dossiers, their events and their full-text search rows."""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime, time
from types import MappingProxyType

from counter_app.store import search_index
from counter_app.store.catalog import procedure_of_version
from counter_app.store.db import Store
from counter_app.store.search_index import search_row
from counter_app.store.statuses import sql_set
from counter_core.domain.dossier import Dossier, DossierSummary, Event, Reception
from counter_core.domain.facts import fee_of, reception_of, stored_facts
from counter_core.domain.intake import Channel, ReturnMethod
from counter_core.domain.procedure import Procedure
from counter_core.domain.status import TIMED, Status
from counter_core.foundation.clock import iso
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.text import words


def uuid_text(value: bytes) -> str:
    """UUIDs are kept as 16 bytes; everywhere else they are the usual text form."""
    return str(uuid.UUID(bytes=value))


def next_code_index(store: Store, day: str, desk: int) -> int:
    """How many codes this desk has issued on ``day``, counting the one being issued now."""
    row = store.first(
        "INSERT INTO code_counter(day, desk, issued) VALUES (?, ?, 1) "
        "ON CONFLICT(day, desk) DO UPDATE SET issued = issued + 1 RETURNING issued",
        (day, desk),
    )
    return int(row["issued"])


def insert(
    store: Store, summary: DossierSummary, catalog_id: int, received_by: int, reception: Reception, proc: Procedure
) -> int:
    """Insert one dossier: its row, its reception facts (as ``stored_facts`` keeps them) and its search text; returns
    the row id."""
    facts = json.dumps(stored_facts(reception, proc), ensure_ascii=False, separators=(",", ":"))
    dossier_id = store.insert(
        "INSERT INTO dossier(uuid, code, procedure_code, catalog_id, owner_name, owner_id, phone, received_at, due_at, "
        "status, received_by, fee, channel, return_method, competent_unit, data) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            uuid.UUID(summary.uuid).bytes,
            summary.code,
            summary.procedure_code,
            catalog_id,
            summary.owner_name,
            summary.owner_id,
            summary.phone,
            iso(summary.received_at),
            iso(summary.due_at) if summary.due_at else None,
            int(summary.status),
            received_by,
            summary.fee,
            int(summary.channel),
            int(summary.return_method),
            summary.competent_unit,
            facts,
        ),
    )
    row = search_row(dossier_id, summary.code, reception.people, proc.name)
    store.run(search_index.INSERT, row)
    store.run(search_index.ADD_WORDS, (json.dumps(sorted(search_index.lettered_words(row))),))
    return dossier_id


def add_event(
    store: Store,
    dossier_id: int,
    *,
    event_uuid: str,
    kind: str,
    status: int | None,
    at: str,
    user_id: int,
    unit_code: str,
    note: str,
    data: JsonObject | None = None,
    due_at: str | None = None,
) -> int:
    """One event; ``due_at`` is the appointment it set, if it set one."""
    return store.insert(
        "INSERT INTO dossier_event(uuid, dossier_id, kind, status, at, user_id, unit_code, note, data, due_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            uuid.UUID(event_uuid).bytes,
            dossier_id,
            kind,
            status,
            at,
            user_id,
            unit_code,
            note,
            json.dumps(data, ensure_ascii=False) if data else None,
            due_at,
        ),
    )


def set_state(store: Store, dossier_id: int, status: int | None, due_at: str | None) -> None:
    """Update the status columns, the projection of the dossier's events kept for fast queues.

    ``status`` None keeps the status (an event that only moves the appointment).
    """
    store.run("UPDATE dossier SET status = coalesce(?, status), due_at = ? WHERE id = ?", (status, due_at, dossier_id))


def follow_feed(store: Store, dossier_id: int, status: int, due_at: str | None, cursor: int) -> None:
    """The dossier's state as the province's feed left it at ``cursor``, in the server's order."""
    store.run(
        "UPDATE dossier SET feed_status = ?, feed_due_at = ?, feed_cursor = ? WHERE id = ?",
        (status, due_at, cursor, dossier_id),
    )


def has_pending(store: Store, dossier_id: int) -> bool:
    """Whether this desk has actions on the dossier still to send."""
    return (
        store.one(
            "SELECT 1 FROM outbox o JOIN dossier_event e ON e.id = o.event_id "
            "WHERE o.state = 'pending' AND e.dossier_id = ? LIMIT 1",
            (dossier_id,),
        )
        is not None
    )


def dossiers_of_outbox(store: Store, seqs: list[int]) -> list[sqlite3.Row]:
    """The dossiers the outbox rows ``seqs`` act on."""
    marks = ", ".join("?" * len(seqs))
    return store.all(
        f"SELECT DISTINCT d.* FROM outbox o JOIN dossier_event e ON e.id = o.event_id "
        f"JOIN dossier d ON d.id = e.dossier_id WHERE o.seq IN ({marks})",
        tuple(seqs),
    )


def last_event_with_status(store: Store, dossier_id: int, status: Status) -> Event | None:
    row = store.one(
        _EVENTS + "WHERE e.dossier_id = ? AND e.status = ? ORDER BY e.id DESC LIMIT 1", (dossier_id, int(status))
    )
    return event_of(row) if row else None


def event_id(store: Store, dossier_id: int, event_uuid: str) -> int | None:
    """The row of a dossier's event by its UUID (looked up through the dossier's events, which are few)."""
    row = store.one(
        "SELECT id FROM dossier_event WHERE dossier_id = ? AND uuid = ?", (dossier_id, uuid.UUID(event_uuid).bytes)
    )
    return row["id"] if row else None


def by_code(store: Store, code: str) -> sqlite3.Row | None:
    return store.one("SELECT * FROM dossier WHERE code = ?", (code,))


@dataclass(frozen=True)
class Stored:
    """A dossier's line with its row id, for the services that write to it."""

    id: int
    dossier: DossierSummary


def stored(store: Store, code: str) -> Stored | None:
    row = by_code(store, code)
    return Stored(row["id"], summary_of(row)) if row else None


def whole(store: Store, code: str, unit_names: dict[str, str], cutoff: time) -> Dossier | None:
    """The whole dossier ``code`` (``dossier_of``), or None."""
    row = by_code(store, code)
    return dossier_of(store, row, unit_names, cutoff) if row else None


def by_uuid(store: Store, dossier_uuid: str) -> sqlite3.Row | None:
    return store.one("SELECT * FROM dossier WHERE uuid = ?", (uuid.UUID(dossier_uuid).bytes,))


def raise_code_index(store: Store, day: str, desk: int, index: int) -> None:
    """Make sure the desk's next code of ``day`` comes after the ``index``-th (re-basing after a restore)."""
    store.run(
        "INSERT INTO code_counter(day, desk, issued) VALUES (?, ?, ?) "
        "ON CONFLICT(day, desk) DO UPDATE SET issued = max(issued, excluded.issued)",
        (day, desk, index),
    )


def units(store: Store) -> list[sqlite3.Row]:
    return store.all("SELECT code, name FROM unit ORDER BY name")


def put_unit(store: Store, code: str, name: str) -> None:
    store.run(
        "INSERT INTO unit(code, name) VALUES (?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name", (code, name)
    )


_EVENTS = "SELECT e.*, u.username, u.full_name AS user_name FROM dossier_event e JOIN user u ON u.id = e.user_id "


def events(store: Store, dossier_id: int) -> list[Event]:
    """The dossier's history, oldest first."""
    return [event_of(e) for e in store.all(_EVENTS + "WHERE e.dossier_id = ? ORDER BY e.id", (dossier_id,))]


def fts_query(store: Store, text: str) -> str | None:
    """An FTS5 query for what a person typed: every word must match, the last one as the beginning of a word.

    Text is folded like the index (no diacritics, đ → d). All-digit input (ID number, phone, part of a code) finds
    only the code, ID numbers and phones: the index holds no other word that begins with a digit (``search_index``).
    A last word that begins with a letter stands for the whole words of the index it begins (``search_word``), at
    most ``SPELLED_OUT`` of them; beyond that, and for digits, it is FTS5's own prefix.
    """
    terms = words(text)
    if not terms:
        return None
    last = terms[-1]
    begun = [] if last[0].isdigit() else _words_begun_by(store, last)
    spelled_out = 0 < len(begun) <= SPELLED_OUT
    typing = "(" + " OR ".join(f'"{w}"' for w in begun) + ")" if spelled_out else f'"{last}"*'
    return " AND ".join([*(f'"{t}"' for t in terms[:-1]), typing])


SPELLED_OUT = 200  # whole words a typed beginning may stand for in a query


def _words_begun_by(store: Store, beginning: str) -> list[str]:
    """The index's words that begin with ``beginning`` (folded: letters a–z and digits, all before "{")."""
    rows = store.all(
        "SELECT word FROM search_word WHERE word >= ? AND word < ? LIMIT ?",
        (beginning, beginning + "{", SPELLED_OUT + 1),
    )
    return [r["word"] for r in rows]


def search(store: Store, text: str, limit: int = 50) -> list[DossierSummary]:
    """Newest dossiers first whose code, people, ID number, phone or procedure match ``text``."""
    query = fts_query(store, text)
    if query is None:
        return []
    rows = store.all(
        "SELECT * FROM dossier WHERE id IN ("
        " SELECT rowid FROM dossier_search WHERE dossier_search MATCH ? ORDER BY rowid DESC LIMIT ?"
        ") ORDER BY id DESC",
        (query, limit),
    )
    return [summary_of(r) for r in rows]


def received_between(store: Store, start: str, end: str, limit: int = 500) -> list[DossierSummary]:
    rows = store.all(
        "SELECT * FROM dossier WHERE received_at >= ? AND received_at < ? ORDER BY received_at LIMIT ?",
        (start, end, limit),
    )
    return [summary_of(r) for r in rows]


def open_due_before(store: Store, end: str, limit: int = 500) -> list[DossierSummary]:
    """Open dossiers with a running clock whose appointment falls before ``end`` (today's and late ones), earliest
    first; a dossier waiting for the citizen's papers is paused, neither due nor late."""
    rows = store.all(
        f"SELECT * FROM dossier WHERE status IN {sql_set(TIMED)} AND due_at < ? ORDER BY due_at LIMIT ?", (end, limit)
    )
    return [summary_of(r) for r in rows]


def waiting_supplement(store: Store, limit: int = 500) -> list[DossierSummary]:
    """Dossiers waiting for the citizen's papers (5), the longest waiting first."""
    rows = store.all(
        "SELECT * FROM dossier WHERE status = ? ORDER BY due_at LIMIT ?", (int(Status.SUPPLEMENT_REQUESTED), limit)
    )
    return [summary_of(r) for r in rows]


def count_by_status(store: Store) -> dict[int, int]:
    return {row["status"]: row["n"] for row in store.all("SELECT status, count(*) AS n FROM dossier GROUP BY status")}


def received_here_per_procedure(store: Store, since: str) -> dict[str, int]:
    """How many dossiers this desk received per procedure code since ``since``: those whose receipt is one of this
    desk's own actions (in its outbox), not those another desk of the unit received."""
    rows = store.all(
        "SELECT d.procedure_code AS code, count(*) AS n FROM dossier d WHERE d.received_at >= ? AND EXISTS ("
        "SELECT 1 FROM dossier_event e JOIN outbox o ON o.event_id = e.id WHERE e.dossier_id = d.id "
        "AND e.kind = 'receive') GROUP BY d.procedure_code",
        (since,),
    )
    return {row["code"]: row["n"] for row in rows}


def count(store: Store) -> int:
    return int(store.first("SELECT count(*) AS n FROM dossier")["n"])


def by_ids(store: Store, ids: list[int]) -> list[DossierSummary]:
    """The dossiers ``ids``, in that order."""
    marks = ", ".join("?" * len(ids))
    found = {r["id"]: r for r in store.all(f"SELECT * FROM dossier WHERE id IN ({marks})", tuple(ids))}
    return [summary_of(found[i]) for i in ids if i in found]


def listing(
    store: Store,
    text: str = "",
    status: int | None = None,
    day_from: str | None = None,
    day_to: str | None = None,
    procedure_code: str | None = None,
    limit: int = 200,
) -> list[DossierSummary]:
    """Dossiers for the list view, newest received first, filtered by text, status, reception days and procedure.

    Ordered by reception time so that an index (received_at, or status + received_at) gives the rows in
    order and the LIMIT stops the scan early, whatever the date range.
    """
    where: list[str] = []
    params: list[object] = []
    query = fts_query(store, text) if text.strip() else None
    if text.strip() and query is None:
        return []
    if query:
        where.append("id IN (SELECT rowid FROM dossier_search WHERE dossier_search MATCH ?)")
        params.append(query)
    if status is not None:
        where.append("status = ?")
        params.append(status)
    if day_from:
        where.append("received_at >= ?")
        params.append(day_from)
    if day_to:
        where.append("received_at < ?")
        params.append(day_to)
    if procedure_code:
        where.append("procedure_code = ?")
        params.append(procedure_code)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    rows = store.all(f"SELECT * FROM dossier {clause} ORDER BY received_at DESC LIMIT ?", (*params, limit))
    return [summary_of(r) for r in rows]


def add_rating(store: Store, dossier_id: int, at: str, user_id: int, level: int) -> int:
    return store.insert(
        "INSERT INTO rating(dossier_id, at, user_id, level) VALUES (?, ?, ?, ?)", (dossier_id, at, user_id, level)
    )


def ratings(store: Store, dossier_id: int) -> list[sqlite3.Row]:
    return store.all("SELECT * FROM rating WHERE dossier_id = ? ORDER BY id", (dossier_id,))


def summary_of(row: sqlite3.Row) -> DossierSummary:
    """A dossier row as the lists show it."""
    return DossierSummary(
        code=row["code"],
        uuid=uuid_text(row["uuid"]),
        procedure_code=row["procedure_code"],
        owner_name=row["owner_name"],
        owner_id=row["owner_id"],
        phone=row["phone"],
        received_at=datetime.fromisoformat(row["received_at"]),
        due_at=_moment(row["due_at"]),
        status=Status(row["status"]),
        fee=row["fee"],
        channel=Channel(row["channel"]),
        return_method=ReturnMethod(row["return_method"]),
        competent_unit=row["competent_unit"],
    )


def event_of(row: sqlite3.Row) -> Event:
    """An event row (joined with its user, as ``events`` reads it)."""
    return Event(
        uuid=uuid_text(row["uuid"]),
        kind=row["kind"],
        status=Status(row["status"]) if row["status"] else None,
        at=datetime.fromisoformat(row["at"]),
        username=row["username"],
        user_name=row["user_name"],
        unit_code=row["unit_code"],
        note=row["note"],
        due_at=_moment(row["due_at"]),
        step_deadline=_moment(row["step_deadline"]),
        data=MappingProxyType(json.loads(row["data"])) if row["data"] else MappingProxyType({}),
    )


def dossier_of(store: Store, row: sqlite3.Row, unit_names: dict[str, str], cutoff: time) -> Dossier:
    """The whole dossier of a row: its reception facts, its procedure as received, its history; ``unit_names``
    names the competent unit, ``cutoff`` is the desk's same-day cut-off the receipt states. The status is the
    row's, the projection kept with every event (realigned by sync)."""
    history = tuple(events(store, row["id"]))
    proc = procedure_of_version(store, row["catalog_id"], row["procedure_code"])
    summary = summary_of(row)
    reception = reception_of(json.loads(row["data"]), row["owner_name"], row["owner_id"], proc)
    processing = proc.processing_for(summary.channel is Channel.ONLINE, reception.case)
    # The appointment printed on the receipt: what the reception set (as step_deadline before schema 4), whatever
    # moved it since.
    first = history[0].due_at or history[0].step_deadline or summary.due_at
    return Dossier.of(
        summary,
        reception=reception,
        procedure=proc,
        processing=processing,
        processing_phrase=processing.phrase(cutoff),
        charged=fee_of(reception, proc),
        first_due_at=first,
        received_by_name=history[0].user_name,
        competent_unit_name=unit_names.get(row["competent_unit"], row["competent_unit"])
        if row["competent_unit"]
        else None,
        events=history,
    )


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
