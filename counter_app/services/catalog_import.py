"""Building a catalog version from what the province and the national portal publish: the province's decision
(Quyết định công bố) typed as a CSV, and the portal's procedure records; each with the findings an IT officer
must check. The result is stored as a new version, or written as a catalog file to check and publish."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

from counter_app.printing.files import save
from counter_app.services.configuration import add_catalog
from counter_app.store import Store
from counter_app.store.catalog import catalog_version
from counter_core.domain.decision import Decision, apply_decision, read_rows
from counter_core.domain.findings import Finding
from counter_core.domain.portal_record import catalog_from_records
from counter_core.domain.procedure import Catalog
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.jsonfile import MAX_BYTES, read_json
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Imports


def read_records(paths: list[Path]) -> list[object]:
    """The portal records in ``paths``: each file one record (``{"code", "data"}`` or its data), a JSON list of
    them, or one per line (JSON Lines, as a crawl keeps them)."""
    records: list[object] = []
    for path in paths:
        if Path(path).suffix.lower() == ".jsonl":
            records += _json_lines(Path(path))
            continue
        data = read_json(path, "file", Imports.PORTAL_RECORDS_FILE)
        records += data if isinstance(data, list) else [data]
    return records


def _json_lines(path: Path) -> list[object]:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InvalidInput("file", Imports.FILE_TOO_LARGE, path=str(path), megabytes=MAX_BYTES // 1024 // 1024)
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput("file", Imports.FILE_UNREADABLE, path=str(path), reason=exc) from exc
    out = []
    for n, line in enumerate(lines, start=1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except ValueError as exc:
                raise InvalidInput("file", Imports.LINE_NOT_JSON, path=str(path), line=n, reason=exc) from exc
    return out


def from_portal(
    store: Store, paths: list[Path], version: str, effective_from: date, issuer: str, merge: bool = False
) -> tuple[Catalog, tuple[Finding, ...]]:
    """The procedures of the portal's records as a catalog version; with ``merge``, laid over the catalog in force
    on ``effective_from`` (its other procedures kept)."""
    cat, findings = catalog_from_records(read_records(paths), version, effective_from, issuer)
    if merge:
        with store.read():
            base = catalog_version(store, effective_from)
        if base is not None:
            read = {p.code for p in cat.procedures}
            kept = tuple(p for p in base.procedures if p.code not in read)
            cat = replace(cat, procedures=tuple(sorted(kept + cat.procedures, key=lambda p: p.code)))
    return cat, findings


def from_decision(store: Store, path: Path, decision: Decision) -> tuple[Catalog, list[Finding]]:
    """The catalog in force on the decision's effective date with the decision's rows applied."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput("file", Imports.DECISION_UNREADABLE, path=str(path), reason=exc) from exc
    with store.read():
        base = catalog_version(store, decision.effective_from)
    return apply_decision(base, read_rows(text), decision)


def finish(store: Store, cat: Catalog, out: Path | None, store_it: bool, action: str) -> JsonObject:
    """Write ``cat`` to ``out`` and/or store it as a new version; what was done."""
    if out is None and not store_it:
        raise InvalidInput("out", Imports.OUT_OR_IMPORT)
    result: JsonObject = {"version": cat.version, "effective_from": cat.effective_from.isoformat()}
    result["procedures"] = len(cat.procedures)
    if out is not None:
        text = json.dumps(cat.to_json(), ensure_ascii=False, indent=1) + "\n"
        result["out"] = str(save(text.encode("utf-8"), out))
    if store_it:
        result["imported"] = add_catalog(store, cat, action)["new"]
    return result
