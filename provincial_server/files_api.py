"""The files of digitised papers on the provincial server: a desk asks how much of a file the province holds and sends
the rest in chunks (``PUT …/files/{sha256}?offset=N``); the bytes that arrived before a cut are kept, so an upload
resumes where it stopped; once the declared size is in, the SHA-256 is checked and the file is put in the blob store
(once, whoever sent it). A desk reads the files of its unit's dossiers (and of those received elsewhere for it,
§9); a province user downloads a dossier's files (``…/dossiers/{code}/files``, ``…/files.zip``).

Who may send or read a file: a dossier of their units has an event attaching it (the desk's record goes first). The
gate (``guard.py``) checks the desk's token and its limits before a byte of the body is read; a chunk has its own
limit (``MAX_FILE_CHUNK``, and never past the file's declared size), refused from its announced length before it is
read, and counted as it streams (these routes stream their bodies and are not JSON routes).

Province users sign in to the province console (``provincial_server/web``), which sets
``app.state.province_scope``: an async function of the request giving the units the signed-in user sees (None:
every unit), or raising ApiError 401. Without the console, only desks use these routes.
"""

import contextlib
import fcntl
import hashlib
import io
import logging
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import Response, StreamingResponse
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool
from starlette.requests import ClientDisconnect

from counter_core.foundation.messages import Papers, Province
from counter_core.protocol import MAX_FILE_CHUNK, PREFIX, DossierFiles, ErrorEnvelope, FileItem, FileState
from provincial_server.answers import ApiError, answer
from provincial_server.blobs import Blobs
from provincial_server.guard import DESK_SCOPE_KEY
from provincial_server.store import files as store

log = logging.getLogger("provincial_server.files")
Sha256 = Annotated[
    str, PathParam(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the file, 64 lower-case hex digits")
]
NOT_HERS = (404, "not_found", Papers.SERVER_NO_SUCH_FILE)
_SAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_ENVELOPE = {"model": ErrorEnvelope}
# What every file route may answer besides its own refusals (documented in the OpenAPI).
_REFUSALS = {
    401: {**_ENVELOPE, "description": "No token (nor a province user signed in), an unknown one, or a revoked desk"},
    404: {**_ENVELOPE, "description": "No such file or dossier among those of the unit"},
    429: {**_ENVELOPE, "description": "Too many requests: wait Retry-After seconds"},
}
TOO_LARGE = (413, "too_large", Papers.CHUNK_TOO_LARGE)
# The routes a province user may call too (signed in to the console), without a desk's token.
PROVINCE_READABLE = frozenset(
    ("GET", path)
    for path in (
        f"{PREFIX}/files/{{sha256}}",
        f"{PREFIX}/dossiers/{{code}}/files",
        f"{PREFIX}/dossiers/{{code}}/files.zip",
    )
)


@dataclass(frozen=True)
class Scope:
    units: list[str] | None  # None: every unit
    desk_id: str | None  # the desk asking, if a desk asks


class Spool:
    """Uploads in progress on the server's own disk: ``<root>/<desk id>/<sha256>``, one writer at a time."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, desk_id: str, sha256: str) -> Path:
        return self.root / _SAFE.sub("_", desk_id) / sha256

    def received(self, desk_id: str, sha256: str) -> int:
        path = self.path(desk_id, sha256)
        return path.stat().st_size if path.is_file() else 0


def _now() -> datetime:
    return datetime.now(UTC)


def _state(sha256: str, size: int, received: int, complete: bool) -> Response:
    return answer(FileState(server_time=_now(), sha256=sha256, size=size, received=received, complete=complete))


def _announced(request: Request) -> int | None:
    length = request.headers.get("content-length", "")
    return int(length) if length.isdigit() else None


def add_file_routes(app: FastAPI, db, blobs: Blobs, spool: Spool) -> None:
    """Register the file routes on ``app``: ``db(work, *args)`` runs store work."""
    # On the app's own routes (no APIRouter: the gate reads the app's routes); they declare no body model, so
    # their bodies are streamed here, never read whole.

    async def reader(request: Request) -> Scope:
        me = request.scope.get(DESK_SCOPE_KEY)  # the desk the gate authenticated, if a desk's token came
        if me is not None:
            return Scope([me.unit_code], me.id)
        province = getattr(request.app.state, "province_scope", None)
        if province is not None:
            return Scope(await province(request), None)
        raise ApiError(401, "unauthenticated", Papers.SIGN_IN_NEEDED)

    async def sender(request: Request) -> Scope:
        me = request.scope.get(DESK_SCOPE_KEY)
        if me is None:  # the gate lets no request here without a desk's token: never reached
            raise ApiError(401, "unauthenticated", Province.UNAUTHENTICATED)
        return Scope([me.unit_code], me.id)

    async def declared(sha256: str, scope: Scope) -> int:
        size = await db(store.declared_size, sha256, scope.units)
        if size is None:
            raise ApiError(*NOT_HERS)
        return size

    @app.get(
        f"{PREFIX}/files/{{sha256}}/state",
        response_model=FileState,
        responses=_REFUSALS,
    )
    async def file_state(sha256: Sha256, me: Annotated[Scope, Depends(sender)]) -> Response:
        size = await declared(sha256, me)
        stored = await db(store.stored_size, sha256)
        if stored is not None:
            return _state(sha256, stored, stored, True)
        return _state(sha256, size, spool.received(me.desk_id, sha256), False)

    @app.put(
        f"{PREFIX}/files/{{sha256}}",
        response_model=FileState,
        responses={
            **_REFUSALS,
            409: {
                **_ENVELOPE,
                "description": "Another request is sending this file, or the offset is not the server's",
            },
            413: {**_ENVELOPE, "description": "More than 8 MB, or past the file's declared size"},
            422: {**_ENVELOPE, "description": "The whole file does not match its SHA-256"},
        },
    )
    async def send_chunk(
        request: Request,
        sha256: Sha256,
        offset: Annotated[int, Query(ge=0, le=2**53)],
        me: Annotated[Scope, Depends(sender)],
    ) -> Response:
        size = await declared(sha256, me)
        stored = await db(store.stored_size, sha256)
        if stored is not None:  # held whole already (sent by this desk before, or by another): nothing to add
            return _state(sha256, stored, stored, True)
        announced = _announced(request)
        if announced is not None and (announced > MAX_FILE_CHUNK or offset + announced > size):
            raise ApiError(*TOO_LARGE, {"max_chunk": MAX_FILE_CHUNK, "size": size})  # not a byte of it read
        path = spool.path(me.desk_id, sha256)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("ab") as out:
            try:
                fcntl.flock(out.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise ApiError(409, "upload_in_progress", Papers.UPLOAD_IN_PROGRESS) from None
            received = out.tell()
            if offset != received:
                raise ApiError(
                    409,
                    "offset_mismatch",
                    Papers.OFFSET_MISMATCH,
                    {"received": received},
                )
            taken = 0
            try:
                async for chunk in request.stream():
                    taken += len(chunk)
                    if received + len(chunk) > size or taken > MAX_FILE_CHUNK:
                        raise ApiError(*TOO_LARGE, {"max_chunk": MAX_FILE_CHUNK, "size": size})
                    out.write(chunk)
                    received += len(chunk)
            except ClientDisconnect:
                log.info("upload of %s from %s cut at %d bytes", sha256[:12], me.desk_id, received)
            finally:
                out.flush()
                os.fsync(out.fileno())
        if received < size:
            return _state(sha256, size, received, False)
        return await _complete(sha256, size, path, me)

    async def _complete(sha256: str, size: int, path: Path, me: Scope) -> Response:
        """The whole file is in: check its hash, put it in the blob store, then its row."""
        if await run_in_threadpool(_sha256_of, path) != sha256:
            path.unlink()
            raise ApiError(422, "hash_mismatch", Papers.HASH_MISMATCH)
        await run_in_threadpool(blobs.put, sha256, path)
        await db(store.record_stored, sha256, size, me.desk_id)
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        log.info("file %s stored (%d bytes) from %s", sha256[:12], size, me.desk_id)
        return _state(sha256, size, size, True)

    @app.get(
        f"{PREFIX}/files/{{sha256}}",
        response_class=StreamingResponse,
        responses={200: {"content": {"application/pdf": {}}}, **_REFUSALS},
    )
    async def read_file(sha256: Sha256, scope: Annotated[Scope, Depends(reader)]) -> StreamingResponse:
        await declared(sha256, scope)
        size = await db(store.stored_size, sha256)
        if size is None:
            raise ApiError(404, "not_received", Papers.NOT_RECEIVED)
        return StreamingResponse(
            iterate_in_threadpool(blobs.read(sha256)),
            media_type="application/pdf",
            headers={"Content-Length": str(size)},
        )

    @app.get(f"{PREFIX}/dossiers/{{code}}/files", response_model=DossierFiles, responses=_REFUSALS)
    async def list_files(code: str, scope: Annotated[Scope, Depends(reader)]) -> Response:
        found = await db(store.dossier_files, code, scope.units)
        if found is None:
            raise ApiError(404, "not_found", Papers.UNIT_NO_DOSSIER, dossier=code)
        return answer(DossierFiles(server_time=_now(), code=code, files=[FileItem(**vars(f)) for f in found]))

    @app.get(
        f"{PREFIX}/dossiers/{{code}}/files.zip",
        response_class=StreamingResponse,
        responses={200: {"content": {"application/zip": {}}}, **_REFUSALS},
    )
    async def zip_files(code: str, scope: Annotated[Scope, Depends(reader)]) -> StreamingResponse:
        found = await db(store.dossier_files, code, scope.units)
        if found is None:
            raise ApiError(404, "not_found", Papers.UNIT_NO_DOSSIER, dossier=code)
        archive = await run_in_threadpool(_zip, blobs, [f for f in found if f.stored])
        name = _SAFE.sub("_", code)
        return StreamingResponse(
            iterate_in_threadpool(_chunks(archive)),
            media_type="application/zip",
            headers={"Content-Disposition": f'attachment; filename="{name}.zip"'},
        )


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _zip(blobs: Blobs, found: list[store.DossierFile]) -> io.BufferedRandom:
    """A zip of the files, one ``<n>-<paper>.pdf`` each, in a temporary file (spilled to disk, not held in memory)."""
    archive = tempfile.TemporaryFile()  # noqa: SIM115 -- handed to the response, which closes it
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as out:  # PDFs of JPEGs do not compress further
        for number, item in enumerate(found, 1):
            kind = "ket-qua" if item.role == "result" else "giay-to"
            with out.open(f"{number:02d}-{kind}-{_SAFE.sub('_', item.document)[:80]}.pdf", "w") as entry:
                for chunk in blobs.read(item.sha256):
                    entry.write(chunk)
    archive.seek(0)
    return archive


def _chunks(archive) -> object:
    with archive:
        while chunk := archive.read(1024 * 1024):
            yield chunk
