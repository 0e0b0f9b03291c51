"""Stored catalog versions and their procedures, and the yearly calendar notices, read back as domain values."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import TypedDict

from counter_app.store.db import Store
from counter_app.store.settings import DeskConfig
from counter_core.domain.calendar import CalendarNotice, WorkCalendar
from counter_core.domain.procedure import Catalog, Procedure, matching
from counter_core.foundation.clock import iso, vn_now
from counter_core.foundation.errors import NotConfigured, NotFound
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Catalogs


def find_version(store: Store, sha256: str) -> int | None:
    row = store.one("SELECT id FROM catalog_version WHERE sha256 = ?", (sha256,))
    return row["id"] if row else None


class ProcedureRow(TypedDict):
    """A procedure of a catalog version as stored: its JSON, and the columns lists and searches read."""

    code: str
    name: str
    field: str
    search_key: str
    data: JsonObject


def add_version(
    store: Store, version: str, effective_from: str, issuer: str, sha256: str, at: str, procedures: list[ProcedureRow]
) -> int:
    """Store one catalog version with its procedures."""
    catalog_id = store.insert(
        "INSERT INTO catalog_version(version, effective_from, issuer, sha256, imported_at) VALUES (?, ?, ?, ?, ?)",
        (version, effective_from, issuer, sha256, at),
    )
    store.conn.executemany(
        "INSERT INTO procedure(catalog_id, code, name, field, search_key, data) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (catalog_id, p["code"], p["name"], p["field"], p["search_key"], json.dumps(p["data"], ensure_ascii=False))
            for p in procedures
        ],
    )
    return catalog_id


def version_named(store: Store, version: str) -> sqlite3.Row | None:
    """The newest import of a catalog version by its published name (as a dossier from another desk names it)."""
    return store.one("SELECT * FROM catalog_version WHERE version = ? ORDER BY id DESC LIMIT 1", (version,))


def version_in_force(store: Store, on_day: str) -> sqlite3.Row | None:
    """The catalog in force on ``on_day``: the latest effective date not after it, newest import first."""
    return store.one(
        "SELECT * FROM catalog_version WHERE effective_from <= ? ORDER BY effective_from DESC, id DESC LIMIT 1",
        (on_day,),
    )


def versions(store: Store) -> list[sqlite3.Row]:
    return store.all(
        "SELECT v.*, (SELECT count(*) FROM procedure p WHERE p.catalog_id = v.id) AS procedures "
        "FROM catalog_version v ORDER BY effective_from, id"
    )


def procedures(store: Store, catalog_id: int) -> list[sqlite3.Row]:
    return store.all("SELECT * FROM procedure WHERE catalog_id = ? ORDER BY field, code", (catalog_id,))


def procedure(store: Store, catalog_id: int, code: str) -> sqlite3.Row | None:
    return store.one("SELECT * FROM procedure WHERE catalog_id = ? AND code = ?", (catalog_id, code))


def save_notice(store: Store, year: int, title: str, data: JsonObject, at: str) -> None:
    store.run(
        "INSERT INTO calendar_notice(year, title, data, imported_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(year) DO UPDATE SET title = excluded.title, data = excluded.data, "
        "imported_at = excluded.imported_at",
        (year, title, json.dumps(data, ensure_ascii=False), at),
    )


def notices(store: Store) -> list[JsonObject]:
    return [json.loads(row["data"]) for row in store.all("SELECT data FROM calendar_notice ORDER BY year")]


def store_catalog(store: Store, cat: Catalog) -> int:
    """Store a catalog version unless the same content is already there; its id either way."""
    digest = cat.digest()
    existing = find_version(store, digest)
    if existing is not None:
        return existing
    return add_version(
        store,
        cat.version,
        cat.effective_from.isoformat(),
        cat.issuer,
        digest,
        iso(vn_now()),
        [
            {"code": p.code, "name": p.name, "field": p.field, "search_key": p.search_key, "data": p.to_json()}
            for p in cat.procedures
        ],
    )


def catalog_in_force(store: Store, on_day: date) -> int:
    row = version_in_force(store, on_day.isoformat())
    if row is None:
        raise NotConfigured(Catalogs.NONE_IN_FORCE, day=f"{on_day:%d/%m/%Y}")
    return int(row["id"])


def catalog_version(store: Store, on_day: date) -> Catalog | None:
    """The whole catalog version in force on ``on_day`` (None if none is), as its file had it."""
    row = version_in_force(store, on_day.isoformat())
    if row is None:
        return None
    procs = tuple(Procedure.from_json(_data(r)) for r in procedures(store, row["id"]))
    return Catalog(row["version"], date.fromisoformat(row["effective_from"]), row["issuer"], procs)


def in_force(store: Store, on_day: date, text: str = "") -> list[Procedure]:
    """Procedures in force on ``on_day`` whose code, name or field contain ``text`` (diacritics ignored)."""
    return matching((Procedure.from_json(_data(r)) for r in procedures(store, catalog_in_force(store, on_day))), text)


def procedure_in_force(store: Store, on_day: date, code: str) -> tuple[int, Procedure]:
    catalog_id = catalog_in_force(store, on_day)
    row = procedure(store, catalog_id, code.strip())
    if row is None:
        raise NotFound(Catalogs.NOT_IN_FORCE, code=code)
    return catalog_id, Procedure.from_json(_data(row))


def procedure_of_version(store: Store, catalog_id: int, code: str) -> Procedure:
    """A procedure as it stood in the catalog version a dossier was received under."""
    row = procedure(store, catalog_id, code)
    if row is None:
        raise NotFound(Catalogs.NOT_IN_VERSION, version=catalog_id, code=code)
    return Procedure.from_json(_data(row))


def _data(row: sqlite3.Row) -> JsonObject:
    data: JsonObject = json.loads(row["data"])
    return data


def work_calendar(store: Store, config: DeskConfig) -> WorkCalendar:
    return WorkCalendar(config.office_hours, [CalendarNotice.from_json(data) for data in notices(store)])
