"""Applying what the province sends to the desk's store: the changes feed (dossier events in the server's
order, catalogs, fee tables, calendars, office hours, accounts, units, the receipt's look-up address) and, to re-base
a restored or reinstalled desk, the desk's own history kept by the server.

Every function here runs inside the caller's write transaction: a page is applied with its cursor, or not
at all; within it, each change is applied whole or, if this desk cannot read it, not at all (a savepoint), and
recorded. Events are merged by their UUID, never overwritten, so applying a page twice changes nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from counter_app.store import catalog, dossiers, fee_tables, files, journal, settings
from counter_app.store.catalog import procedure_of_version, store_catalog
from counter_app.store.db import Store
from counter_app.store.desk import Desk
from counter_app.store.files import FileFolder
from counter_app.sync import received
from counter_app.sync.accounts import apply_province_account, known_user, province_account
from counter_core.domain.attachments import ATTACH_EVENT, AttachedFile
from counter_core.domain.calendar import CalendarNotice, OfficeHours
from counter_core.domain.codes import DossierCode, index_for
from counter_core.domain.dossier import DossierSummary
from counter_core.domain.facts import fee_of, reception_facts, reception_of
from counter_core.domain.fee_table import FeeTable
from counter_core.domain.intake import Channel, ReturnMethod
from counter_core.domain.procedure import Catalog
from counter_core.domain.satisfaction import RATING_EVENT
from counter_core.domain.status import Status
from counter_core.domain.tracking import check_template
from counter_core.foundation.clock import iso, vn_now
from counter_core.foundation.errors import CounterError, InvalidInput
from counter_core.foundation.messages import Sync
from counter_core.foundation.text import nfc
from counter_core.foundation.texts import Text
from counter_core.protocol import (
    RECEPTION_STATUSES,
    AccountChange,
    CalendarChange,
    CatalogChange,
    ChangesPage,
    DossierChange,
    DossierSnapshot,
    EventRecord,
    FeeTableChange,
    HistoryItem,
    Message,
    OfficeHoursChange,
    TrackingChange,
    UnitChange,
    UnknownChange,
    Unsendable,
)


@dataclass
class Applied:
    received: int = 0  # changes that changed something on this desk
    settings_changed: bool = False  # catalog, fee table, calendar or office hours: the desk must reload them


def apply_page(desk: Desk, page: ChangesPage, desk_id: str) -> Applied:
    """Apply one page of the feed; a change this desk cannot read is recorded for the supervisor and skipped,
    so that it never blocks the rest of the feed."""
    snapshots = {s.uuid: s for s in page.dossiers}
    applied = Applied()
    for change in page.changes:
        try:
            if isinstance(change, UnknownChange):
                raise CounterError(Sync.UNKNOWN_CHANGE, kind=change.kind)
            with desk.store.write():  # a savepoint: the change whole, or nothing of it
                if isinstance(change, DossierChange):
                    changed = _dossier_change(desk, change, snapshots, desk_id)
                else:
                    changed = _PROVINCE_DATA[type(change)](desk, change)
        except CounterError as exc:
            _record_unreadable(desk, change.cursor, change.kind, exc.text)
            continue
        applied.received += changed
        applied.settings_changed |= changed and isinstance(
            change, (CatalogChange, FeeTableChange, CalendarChange, OfficeHoursChange, UnitChange, TrackingChange)
        )
    return applied


def _record_unreadable(desk: Desk, cursor: int, kind: str, why: Text) -> None:
    """Write down, once, a change of the feed this desk skipped, for the supervisor: why, in Vietnamese and by its
    code (the sync dialog shows it in the window's language)."""
    if not journal.audit_for(desk.store, "sync", str(cursor)):
        said = {"kind": kind, "message": why.in_language(), **why.to_json()}
        journal.append_audit(desk.store, iso(vn_now()), None, "sync.unreadable", str(cursor), None, said)


def _dossier_change(desk: Desk, change: DossierChange, snapshots: dict[UUID, DossierSnapshot], desk_id: str) -> bool:
    """Replay one event of the unit's feed; True if it changed something on this desk.

    The feed holds every event in the server's order, this desk's own included, so the desk's status
    ends where the server's is even when a decision and a desk action crossed: an event the desk already
    holds only moves its status, and an audit row says so when the server's order put it elsewhere.
    """
    store = desk.store
    row = dossiers.by_uuid(store, str(change.dossier_uuid))
    if row is None:
        snapshot = snapshots.get(change.dossier_uuid)
        if snapshot is None:
            raise CounterError(Sync.FACTS_MISSING, code=change.code)
        row = adopt(desk, snapshot, change.event)
    elif row["feed_cursor"] >= change.cursor:
        return False  # this desk's state of the dossier already follows the feed past this change
    known = dossiers.event_id(store, row["id"], str(change.op_id)) is not None
    if not known:
        add_event(desk, row, str(change.op_id), change.event, change.desk_id)
    due = received.moment(change.due_at, Sync.OF_APPOINTMENT) if change.due_at else None
    dossiers.follow_feed(store, row["id"], change.status, due, change.cursor)
    # An action made here since the push comes later in the server's order: the desk keeps its own view
    # until it is sent (and realigns then if the province refuses it).
    moved = not dossiers.has_pending(store, row["id"]) and realign(store, row, change.status, due, known)
    return not known or moved


def realign(store: Store, row: sqlite3.Row, status: int, due: str | None, known: bool = True) -> bool:
    """Set the dossier's status to where the server's order puts it; True if that moved it. A move of an event
    the desk already held is recorded for the supervisor ("sync.realigned")."""
    if (row["status"], row["due_at"]) == (status, due):
        return False
    if known:
        journal.append_audit(
            store,
            iso(vn_now()),
            None,
            "sync.realigned",
            row["code"],
            {"status": row["status"], "due_at": row["due_at"]},
            {"status": status, "due_at": due},
        )
    dossiers.set_state(store, row["id"], status, due)
    return True


def realign_refused(desk: Desk, seqs: list[int]) -> None:
    """After the province refused some of this desk's actions: their dossiers go back to the server's state,
    unless more of this desk's actions on them are still to be sent."""
    for row in dossiers.dossiers_of_outbox(desk.store, seqs):
        if row["feed_cursor"] and not dossiers.has_pending(desk.store, row["id"]):
            realign(desk.store, row, row["feed_status"], row["feed_due_at"])


def adopt(desk: Desk, snapshot: DossierSnapshot, reception_event: EventRecord) -> sqlite3.Row:
    """Store a dossier from its reception facts (received at another desk, or this one before a restore); one that
    cannot be read whole (its code taken, its procedure unknown here, its facts garbage) raises InvalidInput."""
    store = desk.store
    code = received.dossier_code(snapshot.code)
    if dossiers.by_code(store, code) is not None:
        raise InvalidInput("code", Sync.CODE_TAKEN_HERE, code=code)
    received_at = received.moment(snapshot.received_at, Sync.OF_RECEPTION)
    version = catalog.version_named(store, snapshot.catalog_version) or catalog.version_in_force(
        store, received_at[:10]
    )
    if version is None:
        raise CounterError(Sync.NO_CATALOG_FOR, code=code)
    proc = procedure_of_version(store, version["id"], snapshot.procedure_code)
    owner_name, owner_id, phone = nfc(snapshot.owner_name), nfc(snapshot.owner_id), nfc(snapshot.phone)
    if not owner_name:
        raise InvalidInput("owner_name", Sync.OWNER_NAME_MISSING, code=code)
    reception = reception_of(reception_facts(snapshot.facts, len(proc.documents)), owner_name, owner_id, proc)
    fee_of(reception, proc)  # the desk can show it: its fee request fits the procedure
    competent = received.unit_code(snapshot.competent_unit) if snapshot.competent_unit else None
    due = received.moment(snapshot.due_at, Sync.OF_APPOINTMENT) if snapshot.due_at else None
    reception_by = known_user(store, received.username(reception_event.user), reception_event.user_name)
    summary = DossierSummary(
        code=code,
        uuid=str(snapshot.uuid),
        procedure_code=proc.code,
        owner_name=owner_name,
        owner_id=owner_id,
        phone=phone,
        received_at=datetime.fromisoformat(received_at),
        due_at=datetime.fromisoformat(due) if due else None,
        status=Status(reception_event.status or Status.RECEIVED),
        fee=snapshot.fee,
        channel=Channel(snapshot.channel),
        return_method=ReturnMethod(snapshot.return_method),
        competent_unit=competent,
    )
    dossiers.insert(store, summary, version["id"], reception_by, reception, proc)
    journal.append_audit(
        store,
        iso(vn_now()),
        None,
        "sync.dossier_received_elsewhere",
        code,
        None,
        {"unit": snapshot.unit_code, "competent_unit": competent},
    )
    adopted = dossiers.by_uuid(store, str(snapshot.uuid))
    assert adopted is not None, "inserted just above, in the same transaction"
    return adopted


def add_event(
    desk: Desk, row: sqlite3.Row, op_id: str, event: EventRecord, desk_id: str | None, audit: bool = True
) -> int:
    """An event this desk did not record itself: a processing unit's decision, or another desk's action (or,
    re-basing, one of its own whose audit row the province holds: ``audit`` False)."""
    store = desk.store
    at, kind = received.moment(event.at, Sync.OF_EVENT), received.event_kind(event.kind)
    data = received.event_data(event)
    if desk_id is None:
        user_id, unit = province_account(store).id, row["competent_unit"] or desk.config.unit_code
        data = {**(data or {}), "by": nfc(event.user)}
    else:
        unit = received.unit_code(desk_id.rsplit("-", 1)[0])
        user_id = known_user(store, received.username(event.user), event.user_name)
    event_id = dossiers.add_event(
        store,
        row["id"],
        event_uuid=op_id,
        kind=kind,
        status=event.status,
        at=at,
        user_id=user_id,
        unit_code=unit,
        note=nfc(event.note),
        data=data,
        due_at=received.moment(event.due_at, Sync.OF_APPOINTMENT) if event.due_at else None,
    )
    if kind == RATING_EVENT:
        assert data is not None, "received.event_data() refuses a rating without its level"
        dossiers.add_rating(store, row["id"], at, user_id, data["level"])
    if kind == ATTACH_EVENT:  # known here; the file itself is fetched from the province when a clerk opens it
        item = AttachedFile.parse(data)
        held = FileFolder.of(store).has(item.sha256, item.size)
        files.add(store, item.sha256, item.size, item.pages, at, held=held)
    if audit:
        journal.append_audit(
            store,
            at,
            user_id,
            f"dossier.{kind}",
            row["code"],
            {"status": row["status"]},
            {"status": event.status, "desk": desk_id, "op_id": op_id},
        )
    return event_id


# Each of these applies one piece of province data and says whether it changed anything on the desk.
def _catalog(desk: Desk, change: CatalogChange) -> bool:
    cat = Catalog.from_json(change.catalog)
    if catalog.find_version(desk.store, cat.digest()) is not None:
        return False
    store_catalog(desk.store, cat)
    journal.append_audit(
        desk.store,
        iso(vn_now()),
        None,
        "catalog.province",
        cat.version,
        None,
        {"effective_from": cat.effective_from.isoformat(), "procedures": len(cat.procedures)},
    )
    return True


def _fee_table(desk: Desk, change: FeeTableChange) -> bool:
    table = FeeTable.from_json(change.table)
    table.check_real()
    if fee_tables.find(desk.store, table.digest()) is not None:
        return False
    fee_tables.add(desk.store, table, "province", iso(vn_now()))
    journal.append_audit(
        desk.store,
        iso(vn_now()),
        None,
        "fees.province",
        table.resolution,
        None,
        {"effective_from": table.effective_from.isoformat(), "lines": len(table.lines)},
    )
    return True


def _calendar(desk: Desk, change: CalendarChange) -> bool:
    notice = CalendarNotice.from_json(change.notice)
    if notice.to_json() in catalog.notices(desk.store):
        return False
    catalog.save_notice(desk.store, notice.year, notice.title, notice.to_json(), iso(vn_now()))
    journal.append_audit(
        desk.store,
        iso(vn_now()),
        None,
        "calendar.province",
        str(notice.year),
        None,
        {"days_off": len(notice.days_off), "working_days": len(notice.working_days)},
    )
    return True


def _office_hours(desk: Desk, change: OfficeHoursChange) -> bool:
    hours = OfficeHours.parse(change.office_hours, change.same_day_cutoff)
    values = {"office_hours": hours.format(), "same_day_cutoff": f"{hours.same_day_cutoff:%H:%M}"}
    current = settings.get_all(desk.store)
    if all(current.get(k) == v for k, v in values.items()):
        return False
    settings.put(desk.store, values)
    journal.append_audit(
        desk.store,
        iso(vn_now()),
        None,
        "desk.office_hours_province",
        "desk",
        {k: current.get(k) for k in values},
        values,
    )
    return True


def _account(desk: Desk, change: AccountChange) -> bool:
    return apply_province_account(
        desk.store,
        received.username(change.username),
        change.full_name,
        change.role,
        change.password_hash,
        change.active,
    )


def _unit(desk: Desk, change: UnitChange) -> bool:
    code, name = received.unit_code(change.code), nfc(change.name)
    if not name:
        raise InvalidInput("unit", Sync.UNIT_NAME_MISSING, code=code)
    changed = code == desk.config.unit_code and _letterhead(desk, change)
    if dict(desk.units()).get(code) == name:
        return changed
    dossiers.put_unit(desk.store, code, name)
    return True


def _tracking(desk: Desk, change: TrackingChange) -> bool:
    """The province's word on where the receipt's QR code leads replaces the desk's own setting."""
    template = check_template(change.tracking_url)
    current = settings.get_all(desk.store).get("tracking_url")
    if current == template:
        return False
    settings.put(desk.store, {"tracking_url": template})
    journal.append_audit(
        desk.store,
        iso(vn_now()),
        None,
        "desk.tracking_url_province",
        "desk",
        {"tracking_url": current},
        {"tracking_url": template},
    )
    return True


def _letterhead(desk: Desk, change: UnitChange) -> bool:
    """The header lines the province set for this desk's unit (the lines it left empty stay as the desk has them)."""
    values = {k: nfc(v) for k, v in (("header_line1", change.header_line1), ("header_line2", change.header_line2)) if v}
    current = settings.get_all(desk.store)
    if all(current.get(k) == v for k, v in values.items()):
        return False
    settings.put(desk.store, values)
    journal.append_audit(
        desk.store, iso(vn_now()), None, "desk.letterhead_province", "desk", {k: current.get(k) for k in values}, values
    )
    return True


# Each reader takes its own kind of change (hence Any: a callable's argument cannot be narrowed by the key's type).
_PROVINCE_DATA: dict[type[Message], Callable[[Desk, Any], bool]] = {
    TrackingChange: _tracking,
    CatalogChange: _catalog,
    FeeTableChange: _fee_table,
    CalendarChange: _calendar,
    OfficeHoursChange: _office_hours,
    AccountChange: _account,
    UnitChange: _unit,
}


# -- re-basing a restored or reinstalled desk from its own history -------------------------------
def replay_history(desk: Desk, items: list[HistoryItem], desk_id: str) -> None:
    """Put back the actions the server holds from this desk, at their own sequence numbers and with their
    outcomes, and move the code counters past every code the desk issued. An action made here after the
    restore that took a number the server had already settled is moved to the end of the outbox."""
    store = desk.store
    for item in items:
        if isinstance(item.action, Unsendable):  # set aside as it arrived: nothing to put back but its number
            journal.put_refused_place(store, item.action.desk_seq, item.reason or item.action.reason)
            continue
        action, event = item.action, item.action.event
        row = dossiers.by_uuid(store, str(action.dossier.uuid)) or adopt(desk, action.dossier, event)
        event_id = dossiers.event_id(store, row["id"], str(action.op_id))
        if event_id is None:
            event_id = add_event(desk, row, str(action.op_id), event, desk_id, audit=False)
            dossiers.set_state(
                store,
                row["id"],
                event.status,
                received.moment(event.due_at, Sync.OF_APPOINTMENT) if event.due_at else row["due_at"],
            )
        journal.put_replayed(store, action.desk_seq, event_id, item.outcome.value, item.reason, action.base_cursor)
        code = DossierCode.parse(action.dossier.code)
        if event.status in RECEPTION_STATUSES and code.unit_code == desk.config.unit_code:
            index = index_for(desk.config.desk, code.sequence, desk.config.code_block)
            if index is not None:
                dossiers.raise_code_index(store, code.day.isoformat(), desk.config.desk, index)
