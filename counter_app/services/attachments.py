"""Digitising a dossier's papers (số hóa): each paper's pages stored as one PDF named by its hash, then attached to the
dossier by an event that goes to the province like any other (the file follows it, see sync/files.py).

Storing and attaching are two steps so that a slow or failing disk never holds the database: ``store`` writes the
files (atomically, outside any transaction) and ``attach`` (or reception, for papers scanned while receiving) writes
their rows and events in the user action's one transaction. A file stored but never attached (the clerk gave up,
the save failed) is named by no row; the same content stored again is the same file.

Where OCR is installed, a worker reads the words of each paper after it is attached (``read_words``): the paper's
PDF with its words laid over it as invisible text is stored beside it and attached in its place by one more event, so
the file that goes to the province (and that a clerk opens) is the one with the text layer; the original is never
sent. A file the province already has whole before its words are read stays as it is there (the copy follows).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from counter_app.scanning import ocr
from counter_app.scanning.pages import Page, paper_pdf
from counter_app.services.events import record_event, stored
from counter_app.store import files, users
from counter_app.store.desk import Desk
from counter_app.store.files import FileFolder, HeldFile
from counter_app.sync import engine
from counter_app.sync import files as sync_files
from counter_app.sync.steps import AtDesk, here
from counter_core.domain import policy
from counter_core.domain.accounts import User
from counter_core.domain.attachments import ATTACH_EVENT, MAX_FILE_BYTES, MAX_PAGES, AttachedFile, Role
from counter_core.domain.status import Status
from counter_core.foundation.clock import iso
from counter_core.foundation.errors import CounterError, InvalidInput, NotAllowed, NotFound
from counter_core.foundation.messages import Papers
from counter_core.foundation.text import fold, nfc

log = logging.getLogger(__name__)
# A result can be attached once it is ready, and after it was handed back.
RESULT_STATUSES = frozenset({Status.RESULT_READY, Status.RETURNED})
TEXT_LAYER_NOTE = "Thêm lớp chữ đọc được (OCR) vào tệp"  # the note of the event attaching a paper's copy with words


@dataclass(frozen=True)
class Paper:
    """A paper as the clerk composed it: its pages in order, and where it belongs."""

    document: str
    pages: tuple[Page, ...]
    role: Role = Role.PAPER


@dataclass(frozen=True)
class Attachment:
    """A paper of a dossier held as a file, as the dossier view lists it (the latest file for each paper)."""

    file: AttachedFile
    at: str
    by: str  # who attached it (full name)
    held: bool  # the file is on this desk (else fetched from the province when opened)
    sent: bool  # the province holds it whole


def store(desk: Desk, papers: Sequence[Paper]) -> list[AttachedFile]:
    """Write each paper's PDF into the desk's folder (whole or not at all); nothing is attached yet."""
    stored = []
    folder = FileFolder.of(desk.store)
    for paper in papers:
        document = nfc(paper.document)
        if not document:
            raise InvalidInput("document", Papers.NO_NAME)
        if not paper.pages:
            raise InvalidInput("pages", Papers.NOT_SCANNED, document=document)
        if len(paper.pages) > MAX_PAGES:
            raise InvalidInput("pages", Papers.PAPER_TOO_MANY_PAGES, document=document, most=MAX_PAGES)
        pdf = paper_pdf(paper.pages)
        if len(pdf) > MAX_FILE_BYTES:
            raise InvalidInput("pages", Papers.PAPER_TOO_LARGE, document=document, megabytes=MAX_FILE_BYTES // 2**20)
        sha256 = folder.write(pdf)
        stored.append(AttachedFile(paper.role, document, sha256, len(pdf), len(paper.pages)))
    return stored


def record(desk: Desk, dossier_id: int, code: str, attached: Sequence[AttachedFile], user: User, at: str) -> None:
    """The rows and events of files already stored, inside the caller's transaction."""
    folder = FileFolder.of(desk.store)
    for item in attached:
        if not folder.has(item.sha256, item.size):  # never a row for a file that is not whole on the disk
            raise NotAllowed(Papers.FILE_GONE, document=item.document)
        files.add(desk.store, item.sha256, item.size, item.pages, at)
        copy = files.layered_copy(desk.store, item.sha256)  # the same pages again: their copy with words
        if copy is not None and folder.has(copy.sha256, copy.size):
            item = replace(item, sha256=copy.sha256, size=copy.size)
        _record_one(desk, dossier_id, code, item, user, at)


def _record_one(
    desk: Desk, dossier_id: int, code: str, item: AttachedFile, user: User, at: str, note: str = ""
) -> None:
    """The event attaching one file to the dossier (with its outbox and audit rows)."""
    record_event(
        desk,
        dossier_id,
        code,
        str(uuid.uuid4()),
        None,
        at,
        user,
        note,
        None,
        None,
        item.to_json(),
        data=item.to_json(),
        kind=ATTACH_EVENT,
    )


def attach(desk: Desk, code: str, user: User, papers: Sequence[Paper]) -> list[AttachedFile]:
    """Digitise papers of a dossier already received (or its results): store, then attach in one transaction."""
    if not papers:
        return []
    for role in {p.role for p in papers}:
        policy.require(user, policy.DIGITISE_RESULT if role is Role.RESULT else policy.DIGITISE)
    kept = store(desk, papers)
    with desk.store.write():
        found = stored(desk, code)
        status = found.dossier.status
        if status is Status.REFUSED:
            raise NotAllowed(Papers.REFUSED_DOSSIER)
        if any(p.role is Role.RESULT for p in kept) and status not in RESULT_STATUSES:
            raise NotAllowed(Papers.RESULT_NOT_YET)
        record(desk, found.id, found.dossier.code, kept, user, iso(desk.clock()))
    return kept


def attachments(desk: Desk, code: str) -> list[Attachment]:
    """The dossier's papers and results held as files: the latest file of each, in the order they were attached."""
    with desk.store.read():
        found = stored(desk, code)
        latest: dict[tuple[Role, str], Attachment] = {}
        for event in files.attach_events(desk.store, found.id):
            item = AttachedFile.parse(json.loads(event["data"]))
            held = files.get(desk.store, item.sha256)
            latest.pop((item.role, item.document), None)
            latest[(item.role, item.document)] = Attachment(
                item,
                event["at"],
                event["user_name"],
                bool(held and held.held),
                bool(held and held.sent >= held.size),
            )
    return list(latest.values())


def read_words(desk: Desk, limit: int = 5, at: AtDesk | None = None) -> int:
    """Read the words of up to ``limit`` held papers not read yet (OCR, slow: call it on a worker), lay them over
    each paper's PDF and attach that copy in its place, for the search box and the province; returns how many were
    read. Without Tesseract nothing is read, and nothing is marked (read once installed). Each step on the database
    goes to ``at`` (the window: its database thread), the reading and writing of files stay on the caller's."""
    if ocr.unavailable():
        return 0
    at = at or here(desk)
    folder = FileFolder.of(desk.store)
    pending = at(partial(_to_read, limit=limit))
    for held in pending:
        try:
            pdf = folder.read(held.sha256)
            if words := ocr.text_of(pdf).strip():  # a copy with words already (fetched from another desk)
                at(partial(_set_words, sha256=held.sha256, outcome="done", words=fold(words)))
                continue
            layered = ocr.with_text_layer(pdf)
            copy = HeldFile(folder.write(layered.pdf), len(layered.pdf), held.pages, True, 0)
        except (ocr.Unread, OSError, CounterError) as exc:
            log.warning("the words of file %s… were not read: %s", held.sha256[:12], exc)
            at(partial(_set_words, sha256=held.sha256, outcome=f"failed: {type(exc).__name__}", words=""))
            continue
        at(partial(_layered, sha256=held.sha256, copy=copy, words=fold(layered.words)))
    return len(pending)


def _to_read(desk: Desk, limit: int) -> list[HeldFile]:
    with desk.store.read():
        return files.to_read(desk.store, limit)


def _set_words(desk: Desk, sha256: str, outcome: str, words: str) -> None:
    with desk.store.write():
        files.set_words(desk.store, sha256, outcome, words)


def _layered(desk: Desk, sha256: str, copy: HeldFile, words: str) -> None:
    """The copy with a text layer replaces the file: its row and words, and for each paper this desk attached the file
    to (and it still is), an event attaching the copy (by whoever attached the paper), in one transaction. A file
    another desk attached keeps its words only (that desk lays them); one no paper holds any more (scanned again
    since) keeps nothing and is sent as it was."""
    at = iso(desk.clock())
    with desk.store.write():
        latest = files.latest_attaching(desk.store, sha256)
        own = [row for row in latest if row["own"]]
        if not own:
            files.set_words(desk.store, sha256, "done" if latest else "replaced since", words if latest else "")
            return
        files.set_layered(desk.store, sha256, copy, at, words)
        for row in own:
            user_row = users.by_id(desk.store, row["user_id"])
            item = AttachedFile.parse(json.loads(row["data"]))
            if user_row is not None:
                item = replace(item, sha256=copy.sha256, size=copy.size)
                _record_one(desk, row["dossier_id"], row["code"], item, users.user_of(user_row), at, TEXT_LAYER_NOTE)


def file_path(desk: Desk, sha256: str, at: AtDesk | None = None) -> Path:
    """Where the file is on this desk (checked whole), for the system's PDF viewer; a file another desk of the unit
    attached is fetched from the province first (network: call it off the window's thread, with ``at`` running the
    steps on the database, as the sync's)."""
    at = at or here(desk)
    folder = FileFolder.of(desk.store)
    held = at(lambda d: files.get(d.store, sha256))
    if held is None:
        raise NotFound(Papers.NO_SUCH_FILE)
    if not held.held:
        sync_files.fetch(desk, at(engine.connect), held, at)
    folder.read(sha256)
    return folder.path(sha256)
