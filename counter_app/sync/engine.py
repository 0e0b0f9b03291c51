"""One sync run of a desk: re-base if the server holds more of this desk than its store, push the outbox in
batches, then pull the province's changes.

No write transaction is held while the network is used: pending actions are read, sent, and their
outcomes written in a short transaction; each pulled page is applied in slices of a few changes, each slice with the
cursor it reaches in one transaction. Each step on
the database is a function of the desk handed to ``at_desk``, which runs it there and then (the command line) or on
the desk's database thread, between the clerk's work (the window).
"""

from __future__ import annotations

import ipaddress
import json
import logging
import platform
import sqlite3
import ssl
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError

from counter_app.foundation.paths import absolute
from counter_app.store import Store, dossiers, files, journal, settings
from counter_app.store.catalog import procedure_of_version
from counter_app.store.desk import Desk
from counter_app.store.settings import REBASE_REQUIRED
from counter_app.sync import credentials, replay
from counter_app.sync.client import TIMEOUT, Client, SyncError
from counter_app.sync.files import FileProgress, send_files
from counter_app.sync.steps import AtDesk, here
from counter_core import __version__
from counter_core.domain import enrolment_code
from counter_core.domain.codes import DossierCode
from counter_core.domain.facts import reception_of
from counter_core.domain.procedure import Procedure
from counter_core.domain.status import Status
from counter_core.foundation.clock import iso
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Papers, Sync, from_stored
from counter_core.foundation.texts import Text
from counter_core.foundation.translations import DEFAULT_LANGUAGE
from counter_core.protocol import (
    CLOCK_TOLERANCE_SECONDS,
    MAX_AUDIT_BATCH,
    PROTOCOL,
    Action,
    AuditEntry,
    AuditPush,
    ChangesPage,
    DeskHealth,
    EnrolResponse,
    HistoryItem,
    ItemResult,
    Outcome,
    PushItem,
    PushRequest,
    PushResponse,
    Unsendable,
)

log = logging.getLogger(__name__)
BATCH = 200
# A pull asks for pages of this many changes (reading a page's JSON holds Python's interpreter lock: a small page
# keeps the window's thread waiting only briefly) and applies them this many to a transaction (the window's own
# work waits for each one on the desk's database thread). While the database thread applies a slice it lets go of the
# interpreter at every SQLite call and takes it back at once, and a thread waiting for it asks for it only after 5 ms
# with no such switch: the window's thread may wait the whole slice. 25 changes a slice left stalls of 38–78 ms, 10
# of 43–62 ms, 4 of 35–38 ms, for a pull about a fifth longer (bench/ui_stall.py measures both).
PULL_PAGE = 100
APPLY_SLICE = 4
AUDIT_SENT = "sync.audit_through"  # the last row of the audit trail the province holds
# How long the window, as it closes, waits for its last sync (seconds): a setting of the desk, this by default.
CLOSING_SECONDS = "sync.closing_seconds"
DEFAULT_CLOSING_SECONDS = 5.0
KEYS = (
    "sync.server_url",
    "sync.ca_bundle",
    "sync.desk_id",
    "sync.cursor",
    "sync.last_success",
    "sync.clock_offset",
    CLOSING_SECONDS,
    REBASE_REQUIRED,
    AUDIT_SENT,
)
Progress = Callable[[int, int], None]  # (actions sent so far, actions to send)


@dataclass
class Report:
    sent: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    received: int = 0
    rebased: int = 0  # actions of this desk put back from the server's history
    audit_sent: int = 0  # rows of the audit trail sent to the province
    files_sent: int = 0  # files of digitised papers the province now holds whole
    file_bytes: int = 0  # bytes of them sent in this run
    clock_offset_seconds: float = 0.0
    warnings: list[Text] = field(default_factory=list)

    def to_json(self, language: str = DEFAULT_LANGUAGE) -> JsonObject:
        return {
            "sent": self.sent,
            "outcomes": self.outcomes,
            "received": self.received,
            "rebased": self.rebased,
            "audit_sent": self.audit_sent,
            "files_sent": self.files_sent,
            "file_bytes": self.file_bytes,
            "clock_offset_seconds": round(self.clock_offset_seconds, 1),
            "warnings": [w.in_language(language) for w in self.warnings],
        }


def _state(desk: Desk) -> dict[str, str]:
    values = settings.get_all(desk.store)
    return {k: values[k] for k in KEYS if k in values}


def check_server_url(server_url: str) -> str:
    """The server's address as kept: https, or plain http only to this computer itself (a test server)."""
    url = server_url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url
    if parts.scheme == "http" and parts.hostname and _loopback(parts.hostname):
        return url
    raise InvalidInput("server", Sync.SERVER_URL_NOT_HTTPS, url=repr(server_url))


def _loopback(host: str) -> bool:
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_ca_bundle(path: str | Path) -> str:
    """The absolute path of a readable bundle of CA certificates (PEM), as kept in the settings."""
    file = absolute(path)
    try:
        ssl.create_default_context(cafile=str(file))
    except (OSError, ssl.SSLError, ValueError) as exc:
        raise InvalidInput("ca_bundle", Sync.CA_BUNDLE_UNREADABLE, path=repr(str(path)), reason=exc) from exc
    return str(file)


def set_ca_bundle(desk: Desk, path: str | Path) -> str:
    """Verify the server against the province's own CA bundle from now on (a path, not a secret)."""
    file = check_ca_bundle(path)
    with desk.store.write():
        settings.put(desk.store, {"sync.ca_bundle": file})
    log.info("the province's CA bundle is now %s", file)
    return file


@dataclass(frozen=True)
class Enrolment:
    """What the province answered a desk's code, with the address (and CA bundle) it answered from."""

    answer: EnrolResponse
    server_url: str
    ca_bundle: str | None


def exchange_code(
    server_url: str,
    code: str,
    unit_code: str | None = None,
    client: Client | None = None,
    ca_bundle: str | None = None,
) -> Enrolment:
    """Spend the province's one-time code (for a desk of ``unit_code`` if this desk knows its unit); nothing is kept
    here yet (``keep``). A typing error in the code or the address is caught before anything is sent."""
    server_url = check_server_url(server_url)
    code = enrolment_code.normalized(code)
    ca_bundle = check_ca_bundle(ca_bundle) if ca_bundle else None
    credentials.ensure_available()
    client = client or Client(server_url, ca_bundle=ca_bundle)
    return Enrolment(client.enrol(code, platform.node(), unit_code), server_url, ca_bundle)


def keep(store: Store, enrolment: Enrolment) -> bool:
    """Keep the desk's token (in the OS keyring) and its sync settings; whether its first sync must re-base (the
    server already holds actions of this desk: a reinstalled desk, or one restored from a backup)."""
    answer = enrolment.answer
    credentials.save(str(store.path), answer.desk_id, answer.token)
    with store.write():
        values = {"sync.server_url": enrolment.server_url, "sync.desk_id": answer.desk_id}
        if enrolment.ca_bundle:
            values["sync.ca_bundle"] = enrolment.ca_bundle
        if answer.last_desk_seq > journal.last_seq(store):
            values[REBASE_REQUIRED] = "yes"
        settings.put(store, values)
    log.info("enrolled as desk %s with %s", answer.desk_id, enrolment.server_url)
    return REBASE_REQUIRED in values


def enrol(
    desk: Desk, server_url: str, code: str, client: Client | None = None, ca_bundle: str | None = None
) -> JsonObject:
    """Exchange the province's one-time code for this desk's token (kept in the OS keyring); ``ca_bundle``, the
    province's own CA certificates if its server's certificate is not from a publicly trusted authority.

    If the server already holds actions of this desk (a reinstalled desk, or one restored from a backup),
    the desk issues nothing new until its first sync has put them back.
    """
    enrolment = exchange_code(server_url, code, desk.config.unit_code, client, ca_bundle)
    answer = enrolment.answer
    if (answer.unit_code, answer.desk) != (desk.config.unit_code, desk.config.desk):
        raise SyncError(
            Sync.CODE_FOR_OTHER_DESK,
            retry=False,
            desk=answer.desk,
            unit=answer.unit_code,
            own_desk=desk.config.desk,
            own_unit=desk.config.unit_code,
        )
    rebase_required = keep(desk.store, enrolment)
    return {
        "desk_id": answer.desk_id,
        "unit": answer.unit_name,
        "server_has_through": answer.last_desk_seq,
        "rebase_required": rebase_required,
    }


def connect(desk: Desk, state: dict[str, str] | None = None, timeout: float | None = None) -> Client:
    """A client with this desk's token, from its sync settings (``state``, read from the store if not given); with
    ``timeout``, no request waits longer than that many seconds to connect or for an answer."""
    state = _state(desk) if state is None else state
    if "sync.desk_id" not in state:
        raise SyncError(Sync.NOT_ENROLLED, retry=False)
    token = credentials.load(str(desk.store.path), state["sync.desk_id"])
    if not token:
        raise SyncError(Sync.TOKEN_MISSING, retry=False)
    ca_bundle = state.get("sync.ca_bundle")
    if ca_bundle and not Path(ca_bundle).is_file():
        raise SyncError(Sync.CA_BUNDLE_MISSING, retry=False, path=ca_bundle)
    limits = TIMEOUT if timeout is None else (timeout, timeout)
    return Client(state["sync.server_url"], token, timeout=limits, ca_bundle=ca_bundle)


def send_before_closing(desk: Desk, timeout: float, at_desk: AtDesk | None = None) -> Report:
    """The last run as the window closes: the outbox and the audit trail sent, nothing pulled (the next start pulls),
    no request waiting more than ``timeout`` seconds. A desk that must first take back its history from the province
    sends nothing: the next start re-bases it, then sends."""
    at = at_desk or here(desk)
    state = at(_state)
    client = connect(desk, state, timeout)
    report = Report()
    server = client.desk_state()
    if REBASE_REQUIRED in state or server.last_desk_seq > at(lambda d: journal.last_seq(d.store)):
        log.info("last sync before closing: the desk must re-base first, nothing sent")
        return report
    push(desk, client, report, at=at)
    push_audit(desk, client, report, at)
    log.info("last sync before closing: sent %d %s", report.sent, report.outcomes)
    return report


def sync(
    desk: Desk,
    client: Client | None = None,
    progress: Progress | None = None,
    files_progress: FileProgress | None = None,
    at_desk: AtDesk | None = None,
    hold_unread: bool = False,
) -> Report:
    """One run: re-base if needed, push, pull, send files (``hold_unread``: see ``send_files``); what it did (or why it
    stopped) goes to the log."""
    log.info("sync started")
    try:
        report = _sync(desk, client, progress, files_progress, at_desk or here(desk), hold_unread)
    except SyncError as exc:
        log.warning("sync stopped (%s): %s", "will retry" if exc.retry else "will not retry by itself", exc.message)
        raise
    log.info(
        "sync done: sent %d %s, received %d changes, re-based %d, clock offset %.1f s",
        report.sent,
        report.outcomes,
        report.received,
        report.rebased,
        report.clock_offset_seconds,
    )
    for warning in report.warnings:
        log.warning("sync: %s", warning.in_language())
    return report


def _sync(
    desk: Desk,
    client: Client | None,
    progress: Progress | None,
    files_progress: FileProgress | None,
    at: AtDesk,
    hold_unread: bool = False,
) -> Report:
    state = at(_state)
    client = client or connect(desk, state)
    report = Report()
    server = client.desk_state()  # who this desk is for the server, and what it holds of it
    if REBASE_REQUIRED in state or server.last_desk_seq > at(lambda d: journal.last_seq(d.store)):
        rebase(desk, client, server.desk_id, report, at)
    if server.audit_through > int(state.get(AUDIT_SENT, "0")):
        rebase_audit(desk, client, int(state.get(AUDIT_SENT, "0")), at)
    push(desk, client, report, progress=progress, at=at)
    push_audit(desk, client, report, at)
    pull(desk, client, report, server.desk_id, at)
    sent = send_files(desk, client, files_progress, at, hold_unread)  # after the records that attach them
    report.files_sent, report.file_bytes = sent.files, sent.bytes
    report.warnings += [Text(Papers.NOT_SENT, reason=reason) for reason in sent.refused]
    offset = (client.server_time - desk.clock()).total_seconds() if client.server_time else 0.0
    report.clock_offset_seconds = offset
    if abs(offset) > CLOCK_TOLERANCE_SECONDS:
        report.warnings.append(Text(Sync.CLOCK_OFF, minutes=f"{abs(offset) / 60:.0f}"))
    at(partial(_keep, values={"sync.last_success": iso(desk.clock()), "sync.clock_offset": f"{offset:.1f}"}))
    report_health(client, offset, at)
    return report


def _keep(desk: Desk, values: dict[str, str]) -> None:
    """Write sync settings in a transaction of their own."""
    with desk.store.write():
        settings.put(desk.store, values)


def report_health(client: Client, offset: float, at: AtDesk) -> None:
    """Tell the province how this desk is (its console's desk health page). A server that cannot take it (an older
    one) does not make the sync fail: the sync itself is done."""
    backlog = at(lambda d: journal.sync_backlog(d.store))
    files_pending = at(lambda d: files.count_to_send(d.store))
    health = DeskHealth(
        app_version=__version__,
        backlog=backlog["backlog"],
        set_aside=backlog["set_aside"],
        clock_offset_seconds=round(offset, 1),
        files_pending=files_pending,
    )
    try:
        client.report_health(health)
    except SyncError as exc:
        log.info("the province did not take this desk's health report: %s", exc.message)


def rebase(desk: Desk, client: Client, desk_id: str, report: Report, at: AtDesk | None = None) -> None:
    """Put back, page by page, what the server holds of this desk beyond what its store has settled."""
    at = at or here(desk)
    since = at(lambda d: journal.last_settled_seq(d.store))
    while True:
        page = client.history(since)
        at(partial(_put_back, items=page.items, last=not page.has_more, desk_id=desk_id))
        report.rebased += len(page.items)
        if not page.has_more:
            return
        since = page.items[-1].action.desk_seq


def _put_back(desk: Desk, items: list[HistoryItem], last: bool, desk_id: str) -> None:
    with desk.store.write():
        replay.replay_history(desk, items, desk_id)
        if last:
            journal.requeue_displaced(desk.store)
            settings.delete(desk.store, REBASE_REQUIRED)


def rebase_audit(desk: Desk, client: Client, since: int, at: AtDesk | None = None) -> None:
    """Make this desk's audit trail continue the copy the province holds of it (after a restore)."""
    held: list[JsonObject] = []
    while True:
        page = client.audit_history(held[-1]["id"] if held else since)
        held += [entry.model_dump() for entry in page.entries]
        if not page.has_more:
            break
    (at or here(desk))(partial(_continue_audit, since=since, held=held))


def _continue_audit(desk: Desk, since: int, held: list[JsonObject]) -> None:
    with desk.store.write():
        journal.rebase_audit(desk.store, since, held, iso(desk.clock()))
        if held:
            settings.put(desk.store, {AUDIT_SENT: str(held[-1]["id"])})


def push_audit(desk: Desk, client: Client, report: Report, at: AtDesk | None = None) -> None:
    """Send the audit trail's new rows; a break the province finds is a warning for the clerk and the supervisor.
    Rows the server refuses whole are sent in smaller batches; a single row refused stops this part of the run with
    a warning, and the rest of the sync goes on (the trail is a chain: no row can be skipped)."""
    at = at or here(desk)
    size = MAX_AUDIT_BATCH
    while True:
        since, rows = at(partial(_unsent_audit, size=size))
        if not rows:
            return
        try:
            ack = client.push_audit(
                AuditPush(entries=[AuditEntry(**{k: r[k] for k in AuditEntry.model_fields}) for r in rows])
            )
        except (SyncError, ValidationError) as exc:
            if isinstance(exc, SyncError) and exc.server_code not in WHOLE_REFUSALS:
                raise
            if len(rows) > 1:
                size = len(rows) // 2
                continue
            message = exc.message if isinstance(exc, SyncError) else str(exc.errors()[0]["msg"])
            report.warnings.append(Text(Sync.AUDIT_ROW_UNSENT, row=rows[0]["id"], message=message))
            return
        at(partial(_keep, values={AUDIT_SENT: str(ack.through)}))
        report.audit_sent += max(0, ack.through - since)
        if ack.broken_at is not None:
            report.warnings.append(Text(Sync.AUDIT_BROKEN, row=ack.broken_at))
        if ack.through <= since or len(rows) < size:
            return


def _unsent_audit(desk: Desk, size: int) -> tuple[int, list[JsonObject]]:
    since = int(_state(desk).get(AUDIT_SENT, "0"))
    return since, list(journal.audit_rows(desk.store, since, size))


def push(
    desk: Desk,
    client: Client,
    report: Report,
    batch: int = BATCH,
    progress: Progress | None = None,
    at: AtDesk | None = None,
) -> None:
    """Send the outbox in batches of ``batch``. The server answers item by item (an item it cannot take is refused
    alone, and set aside here with its reason for the supervisor); a batch it refuses whole (too large, not
    readable) is halved until the action at fault is alone, which is then sent as an ``unsendable`` stand-in: the
    server sets its number aside and the queue goes on. Only if even that is refused does the run stop."""
    at = at or here(desk)
    total = at(lambda d: journal.sync_backlog(d.store)["backlog"])
    procedures: Procedures = {}
    size = batch
    while True:
        rows, items = at(partial(_pending, size=size, procedures=procedures))
        if not rows:
            return
        try:
            answer = client.push(_batch(items))
        except SyncError as exc:
            if exc.server_code not in WHOLE_REFUSALS:
                raise
            if len(items) > 1:
                size = len(items) // 2
                continue
            answer = _stand_in(client, rows[0], items[0], exc)
            size = batch
        seq_of = {uuid.UUID(str(_field(item, "op_id"))): row["seq"] for item, row in zip(items, rows, strict=True)}
        outcomes = [(seq_of[r.op_id], r.outcome.value, _kept_reason(r)) for r in answer.results if r.op_id in seq_of]
        at(partial(_record_outcomes, outcomes=outcomes))
        report.sent += len(outcomes)
        for _, outcome, _ in outcomes:
            report.outcomes[outcome] = report.outcomes.get(outcome, 0) + 1
        if progress:
            progress(report.sent, max(total, report.sent))
        if len(outcomes) < len(items):  # the server stopped early (a gap): the rest goes next time
            return


def _pending(desk: Desk, size: int, procedures: Procedures) -> tuple[list[sqlite3.Row], list[Action | JsonObject]]:
    """The next ``size`` rows of the outbox, and each as the protocol sends it."""
    rows = journal.pending_actions(desk.store, size)
    return rows, [_item(desk, row, procedures) for row in rows]


def _record_outcomes(desk: Desk, outcomes: list[tuple[int, str, str | None]]) -> None:
    with desk.store.write():
        journal.record_outcomes(desk.store, outcomes)
        replay.realign_refused(desk, [seq for seq, outcome, _ in outcomes if outcome == Outcome.REJECTED.value])


# The procedures read so far in one push, by catalog version id and procedure code.
Procedures = dict[tuple[int, str], Procedure]
WHOLE_REFUSALS = ("too_large", "invalid_request", "bad_json", "too_deep")  # a request refused for what it holds


def _item(desk: Desk, row: sqlite3.Row, procedures: Procedures) -> Action | JsonObject:
    """The outbox row as the protocol's action; one the protocol cannot carry (a value out of its bounds) goes as
    it is, for the server to refuse it alone with the field at fault, rather than blocking the queue here."""
    fields = action_fields(desk, row, procedures)
    try:
        return Action.model_validate(fields)
    except ValidationError as exc:
        log.warning("outbox action %d does not fit the protocol (%s): sent for the province to refuse", row["seq"], exc)
        return fields


def _field(item: Action | JsonObject, name: str) -> Any:
    return item[name] if isinstance(item, dict) else getattr(item, name)


def _batch(items: list[Action | JsonObject]) -> PushRequest | JsonObject:
    actions: list[Action | Unsendable | PushItem] = [item for item in items if isinstance(item, Action)]
    if len(actions) == len(items):
        return PushRequest(actions=actions)
    return {
        "protocol": PROTOCOL,
        "actions": [item if isinstance(item, dict) else item.model_dump(mode="json") for item in items],
    }


def _stand_in(client: Client, row: sqlite3.Row, item: Action | JsonObject, refused: SyncError) -> PushResponse:
    """The action the server refused whole, alone, replaced by its place in the sequence and the reason."""
    log.warning("outbox action %d refused whole by the province (%s): sent as unsendable", row["seq"], refused.message)
    stand_in = Unsendable(op_id=_field(item, "op_id"), desk_seq=row["seq"], reason=refused.message[:4000])
    try:
        return client.push(PushRequest(actions=[stand_in]))
    except SyncError as exc:
        if exc.server_code not in WHOLE_REFUSALS:
            raise
        raise SyncError(
            Sync.ACTION_NOT_TAKEN, retry=True, server_code=exc.server_code, seq=row["seq"], reason=refused.text
        ) from exc


def action_of(desk: Desk, row: sqlite3.Row, procedures: Procedures | None = None) -> Action:
    """An outbox row as the protocol's action: a dossier event with the dossier's self-contained reception facts."""
    return Action.model_validate(action_fields(desk, row, procedures))


def action_fields(desk: Desk, row: sqlite3.Row, procedures: Procedures | None = None) -> JsonObject:
    """An outbox row as the fields of the protocol's action (JSON values, not checked yet).

    Ratings queued before schema 4 were payload rows, not events; they travel as rating events.
    """
    if row["event_uuid"] is not None:
        op_id = dossiers.uuid_text(row["event_uuid"])
        event = {
            "kind": row["kind"],
            "status": row["status"],
            "at": row["at"],
            "user": row["username"],
            "user_name": row["full_name"],
            "note": row["note"],
            "due_at": row["event_due_at"],
            "data": json.loads(row["event_data"]) if row["event_data"] else None,
        }
    else:
        payload = json.loads(row["payload"])
        op_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"counter:{desk.config.unit_code}:{desk.config.desk}:{row['seq']}"))
        event = {
            "kind": row["action_kind"].removeprefix("dossier."),
            "at": payload["at"],
            "user": row["username"],
            "user_name": row["full_name"],
            "data": {"level": payload["level"]},
        }
    procedures = {} if procedures is None else procedures
    key = (row["catalog_id"], row["procedure_code"])
    if key not in procedures:
        procedures[key] = procedure_of_version(desk.store, *key)
    proc = procedures[key]
    reception = reception_of(json.loads(row["data"]), row["owner_name"], row["owner_id"], proc)
    dossier = {
        "uuid": dossiers.uuid_text(row["uuid"]),
        "code": row["code"],
        "unit_code": DossierCode.parse(row["code"]).unit_code,
        "competent_unit": row["competent_unit"],
        "procedure_code": row["procedure_code"],
        "procedure_name": proc.name,
        "field": proc.field,
        "catalog_version": row["catalog_version"],
        "owner_name": row["owner_name"],
        "owner_id": row["owner_id"],
        "phone": row["phone"],
        "received_at": row["received_at"],
        "due_at": row["first_due_at"],  # as the receipt printed it, whatever moved it before this push
        "fee": row["fee"],
        "channel": row["channel"],
        "return_method": row["return_method"],
        "facts": reception.to_facts(),
    }
    return {
        "op_id": op_id,
        "desk_seq": row["seq"],
        "base_cursor": row["base_cursor"],
        "dossier": dossier,
        "event": event,
    }


def pull(desk: Desk, client: Client, report: Report, desk_id: str, at: AtDesk | None = None) -> None:
    at = at or here(desk)
    while True:
        since = at(lambda d: int(_state(d).get("sync.cursor", "0")))
        page = client.changes(since, PULL_PAGE)
        for part in slices(page, APPLY_SLICE):
            report.received += at(partial(_apply, page=part, desk_id=desk_id))
        if not page.has_more:
            return


def slices(page: ChangesPage, size: int) -> Iterator[ChangesPage]:
    """The page as pages of at most ``size`` changes, in order, each with the cursor it brings the desk to."""
    for start in range(0, max(len(page.changes), 1), size):
        part = page.changes[start : start + size]
        last = start + size >= len(page.changes)
        yield page.model_copy(update={"changes": part, "next_cursor": page.next_cursor if last else part[-1].cursor})


def _apply(desk: Desk, page: ChangesPage, desk_id: str) -> int:
    """Apply a pulled page (or slice) with its cursor, or nothing of it; how many changes changed something here."""
    with desk.store.write():
        applied = replay.apply_page(desk, page, desk_id)
        settings.put(desk.store, {"sync.cursor": str(page.next_cursor)})  # with the page, or not at all
    if applied.settings_changed:
        desk.reload()
    return applied.received


def status(desk: Desk) -> JsonObject:
    """What the status bar shows: enrolled or not, the backlog, the last success and the clock offset."""
    state = _state(desk)
    return {
        "enrolled": "sync.desk_id" in state,
        "server": state.get("sync.server_url"),
        "desk_id": state.get("sync.desk_id"),
        **journal.sync_backlog(desk.store),
        "file_bytes_left": files.bytes_to_send(desk.store),
        "last_success": state.get("sync.last_success"),
        "rebase_required": REBASE_REQUIRED in state,
        "cursor": int(state.get("sync.cursor", "0")),
        "clock_offset_seconds": float(state.get("sync.clock_offset", "0")),
        "closing_seconds": float(state.get(CLOSING_SECONDS, DEFAULT_CLOSING_SECONDS)),
    }


def problems(desk: Desk) -> list[JsonObject]:
    """What the supervisor must look at ("Cần xử lý"), newest first: actions the province set aside or flagged
    as conflicts, statuses of this desk that the province's order realigned, and changes from the province the
    desk could not read."""
    out = []
    for row in journal.sync_problems(desk.store):
        item = {
            "kind": row["kind"],
            "code": row["code"],
            "action": row["action"],
            "at": row["at"],
            "reason": row["reason"],
        }
        if row["kind"] == "realigned":
            before, after = json.loads(row["before"]), json.loads(row["reason"])
            item["reason"] = Text(
                Sync.REALIGNED, before=Status(before["status"]).text, after=Status(after["status"]).text
            )
        else:  # set aside, a conflict, an unreadable change
            item["reason"] = from_stored(row["reason"])
        out.append(item)
    return out


def _kept_reason(result: ItemResult) -> str | None:
    """A province's reason as the outbox keeps it (``messages.stored``): with the code and parameters of its text
    when the province sent them, its Vietnamese words alone otherwise."""
    if result.reason is None or result.reason_code is None:
        return result.reason
    said = {"message": result.reason, "code": result.reason_code, "params": result.reason_params or {}}
    return json.dumps(said, ensure_ascii=False)
