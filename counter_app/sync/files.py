"""The files of digitised papers between a desk and the province: sent after the event that attaches them, in chunks,
resuming where the province's copy stopped (a 3G link cut every few minutes never starts a file over), checked by
hash at the end on the server; fetched from the province when a clerk opens a file another desk attached.

During office hours a desk may cap the bandwidth files use (``files.office_kbps``), so the link stays free for the
dossiers' own sync and for the counter's other work.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from functools import partial

from counter_app.store import files, settings
from counter_app.store.desk import Desk
from counter_app.store.files import FileFolder, FileUnreadable, HeldFile
from counter_app.sync.client import Client, SyncError
from counter_app.sync.steps import AtDesk, here
from counter_core.foundation.clock import iso
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import Papers
from counter_core.foundation.texts import Text
from counter_core.protocol import FILE_CHUNK

log = logging.getLogger(__name__)
OFFICE_KBPS = "files.office_kbps"  # setting: kilobits per second files may use during office hours (0: no cap)
FileProgress = Callable[[int], None]  # bytes still to send
# How long a file whose words are being read waits for its copy with a text layer (then it goes as it is).
HOLD_UNREAD = timedelta(minutes=30)


@dataclass
class Sent:
    files: int = 0
    bytes: int = 0
    refused: list[Text] = field(default_factory=list)


class Throttled:
    """The bytes of a chunk read at no more than ``rate`` bytes per second (a file-like body with a length)."""

    def __init__(
        self,
        data: bytes,
        rate: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.data, self.rate, self.clock, self.sleep = data, rate, clock, sleep
        self.position: int = 0
        self.started: float | None = None

    def __len__(self) -> int:
        return len(self.data)

    def seek(self, position: int) -> None:
        """Back to ``position`` (the start, to send the chunk again after the server asked to wait), paced afresh."""
        self.position, self.started = position, None

    def read(self, size: int = -1) -> bytes:
        if self.started is None:
            self.started = self.clock()
        started = self.started
        left = len(self.data) - self.position
        size = left if size < 0 else min(size, left)
        due = started + (self.position + size) / self.rate  # when these bytes may have left
        wait = due - self.clock()
        if wait > 0:
            self.sleep(wait)
        piece = self.data[self.position : self.position + size]
        self.position += len(piece)
        return piece


def set_office_kbps(desk: Desk, kbps: int) -> None:
    """Cap what files use during office hours (kilobits per second; 0: no cap)."""
    if not 0 <= kbps <= 1_000_000:
        raise InvalidInput("files_kbps", Papers.KBPS_RANGE)
    with desk.store.write():
        settings.put(desk.store, {OFFICE_KBPS: str(kbps)})


def rate_now(desk: Desk) -> float | None:
    """Bytes per second files may use now: the office-hours cap while the office is open, else no cap."""
    kbps = int(settings.get_all(desk.store).get(OFFICE_KBPS, "0") or 0)
    if kbps <= 0 or not desk.calendar.is_office_time(desk.clock()):
        return None
    return kbps * 1000 / 8


def send_files(
    desk: Desk,
    client: Client,
    progress: FileProgress | None = None,
    at: AtDesk | None = None,
    hold_unread: bool = False,
) -> Sent:
    """Send every held file whose attaching event the province holds, each from where the province's copy stops;
    each step on the database goes to ``at`` (as the rest of the sync). With ``hold_unread`` (this desk reads the
    words of papers), a file attached in the last ``HOLD_UNREAD`` whose words are not read yet waits: its copy with a
    text layer will go instead, and the link carries each paper once.

    A network failure stops the run (the next one resumes); a file the province refuses for good (not one of the
    unit's, or damaged on this desk) is left for the supervisor to see in the log and never blocks the others."""
    at = at or here(desk)
    sent = Sent()
    folder = FileFolder.of(desk.store)
    since = iso(desk.clock() - HOLD_UNREAD) if hold_unread else None
    for held in at(lambda d: files.to_send(d.store, limit=-1, unread_since=since)):
        try:
            sent.bytes += _send(client, folder, held, progress, at)
        except (SyncError, FileUnreadable) as exc:
            if isinstance(exc, SyncError) and exc.retry:
                raise
            sent.refused.append(Text(Papers.FILE_SAID, hash=held.sha256[:12], message=exc))
            log.warning("file %s… not sent: %s", held.sha256[:12], exc.message)
            continue
        sent.files += 1
    return sent


def _send(client: Client, folder: FileFolder, held: HeldFile, progress: FileProgress | None, at: AtDesk) -> int:
    data = folder.read(held.sha256)  # checked against its name: a damaged file is never sent
    state = client.file_state(held.sha256)
    before = state.received
    while not state.complete:
        chunk = data[state.received : state.received + FILE_CHUNK]
        rate = at(rate_now)
        try:
            state = client.send_file_chunk(held.sha256, state.received, Throttled(chunk, rate) if rate else chunk)
        except SyncError as exc:
            if exc.server_code not in ("offset_mismatch", "hash_mismatch"):
                raise
            state = client.file_state(held.sha256)  # the province's copy moved on, or was dropped: from there
        left = at(partial(_set_sent, sha256=held.sha256, received=state.received))
        if progress:
            progress(left)
    at(partial(_set_sent, sha256=held.sha256, received=held.size))
    log.info("file %s… held by the province (%d bytes sent now)", held.sha256[:12], held.size - before)
    return held.size - before


def _set_sent(desk: Desk, sha256: str, received: int) -> int:
    """Record how much of the file the province holds; the bytes of files still to send."""
    with desk.store.write():
        files.set_sent(desk.store, sha256, received)
    return files.bytes_to_send(desk.store)


def fetch(desk: Desk, client: Client, held: HeldFile, at: AtDesk | None = None) -> None:
    """Bring a file another desk attached from the province into this desk's folder (checked against its hash); the
    step on the database goes to ``at``."""
    FileFolder.of(desk.store).write_chunks(held.sha256, client.file_chunks(held.sha256))
    (at or here(desk))(partial(_held, file=held))


def _held(desk: Desk, file: HeldFile) -> None:
    with desk.store.write():
        files.add(desk.store, file.sha256, file.size, file.pages, "", held=True)
        files.set_sent(desk.store, file.sha256, file.size)
