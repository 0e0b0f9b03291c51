"""The province's published catalogue (Quyết định công bố danh mục thủ tục hành chính) as an IT officer types it
from the decision: a CSV file, one row per procedure (and one per case of it), applied to the catalog in force to
make a new catalog version. The old version stays stored: dossiers received under it keep it.

Columns (header names with or without diacritics, any order; only ``ma_thu_tuc`` is required):
ma_thu_tuc, ten_thu_tuc, linh_vuc, thoi_han, don_vi, truong_hop, le_phi, can_cu, trang_thai, ghi_chu.
See docs/catalog.md for what each cell may hold.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from datetime import date

from counter_core.domain.fees import FeeRule
from counter_core.domain.findings import Finding, Kind
from counter_core.domain.procedure import MAX_AMOUNT, Catalog, Procedure, ProcedureCase, ProcessingTime, TimeUnit
from counter_core.domain.provenance import Source
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Imports
from counter_core.foundation.text import fold, nfc
from counter_core.foundation.texts import Text

COLUMNS = (
    "ma_thu_tuc",
    "ten_thu_tuc",
    "linh_vuc",
    "thoi_han",
    "don_vi",
    "truong_hop",
    "le_phi",
    "can_cu",
    "trang_thai",
    "ghi_chu",
)
UNITS = {
    "ngay lam viec": TimeUnit.WORKING_DAYS,
    "ngay": TimeUnit.CALENDAR_DAYS,
    "gio lam viec": TimeUnit.WORKING_HOURS,
    "trong ngay": TimeUnit.SAME_DAY,
    "khong quy dinh": TimeUnit.NO_FIXED_DATE,
    "cho xac nhan": TimeUnit.NO_FIXED_DATE,  # unconfirmed
}
STATES = {"": "keep", "moi": "new", "moi ban hanh": "new", "sua doi": "amended", "sua doi, bo sung": "amended"}
ABOLISHED = ("bai bo",)
MAX_ROWS = 5000
_CODE = re.compile(r"[0-9]\.[0-9]{6}")
_MONEY = re.compile(r"([0-9][0-9.\s]*)\s*(?:đ|d|đồng|dong|vnđ|vnd)?\s*(?:/\s*(.+))?", re.IGNORECASE)


@dataclass(frozen=True)
class Decision:
    """The decision that publishes the catalogue: its number, signing and effective dates, issuer."""

    number: str  # "1234/QĐ-UBND"
    signed: date
    effective_from: date
    issuer: str
    replace_all: bool = False  # the decision lists every procedure: those it does not name are dropped

    def source(self, about: str) -> Source:
        return Source(f"Quyết định số {self.number} của {self.issuer}", "V", seen=self.signed, about=about)


def read_rows(text: str) -> list[dict[str, str]]:
    """The CSV's rows as {column: cell}, header names folded to the column names; InvalidInput if it has no
    ``ma_thu_tuc`` column, an unknown column or too many rows."""
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader, None)
    if not header:
        raise InvalidInput("decision", Imports.DECISION_EMPTY)
    names = [fold(h).replace(" ", "_") for h in header]
    unknown = [h for h, n in zip(header, names, strict=True) if n not in COLUMNS]
    if "ma_thu_tuc" not in names or unknown:
        extra = Text(Imports.UNKNOWN_COLUMNS, columns=", ".join(unknown)) if unknown else ""
        raise InvalidInput("decision", Imports.HEADER_INVALID, unknown=extra, columns=", ".join(COLUMNS))
    rows = []
    for n, cells in enumerate(reader, start=2):
        if n > MAX_ROWS:
            raise InvalidInput("decision", Imports.TOO_MANY_ROWS, most=MAX_ROWS)
        if any(c.strip() for c in cells[len(names) :]):
            raise InvalidInput("decision", Imports.EXTRA_CELLS, line=n)
        if any(c.strip() for c in cells):
            rows.append({"_line": str(n), **{k: nfc(v) for k, v in zip(names, cells, strict=False)}})
    return rows


def apply_decision(
    base: Catalog | None, rows: list[dict[str, str]], decision: Decision
) -> tuple[Catalog, list[Finding]]:
    """The new catalog version: ``base``'s procedures with the decision's rows applied. InvalidInput naming the
    line for a row that cannot be read (nothing is imported then); findings for what the officer should check."""
    procs = {p.code: p for p in base.procedures} if base else {}
    findings: list[Finding] = []
    named: set[str] = set()
    cases: dict[str, list[ProcedureCase]] = {}
    for row in rows:
        code, where = row.get("ma_thu_tuc", ""), Text(Imports.LINE, line=row["_line"])
        if not _CODE.fullmatch(code):
            raise InvalidInput("ma_thu_tuc", Imports.CODE_INVALID, where=where, code=repr(code[:40]))
        named.add(code)
        state = fold(row.get("trang_thai", ""))
        if state.startswith(ABOLISHED):
            if procs.pop(code, None) is None:
                findings.append(
                    Finding(code, Kind.INCONSISTENT, where.in_language(), "bãi bỏ một thủ tục không có trong danh mục")
                )
            continue
        if state not in STATES:
            raise InvalidInput("trang_thai", Imports.STATE_INVALID, where=where, state=repr(row["trang_thai"]))
        if row.get("truong_hop"):
            cases.setdefault(code, []).append(_case(row, where, len(cases.get(code, [])) + 1))
            continue
        procs[code] = _procedure(procs.get(code), row, where, decision, findings)
    for code, listed in cases.items():
        if code not in procs:
            raise InvalidInput("truong_hop", Imports.CASES_WITHOUT_PROCEDURE, code=code)
        procs[code] = replace(procs[code], cases=tuple(listed))
    if decision.replace_all:
        dropped = sorted(set(procs) - named)
        for code in dropped:
            findings.append(Finding(code, Kind.MISSING, "", "quyết định không nêu thủ tục này: bỏ khỏi danh mục mới"))
            del procs[code]
    if not procs:
        raise InvalidInput("decision", Imports.NOTHING_LEFT)
    catalog = Catalog(
        f"QĐ {decision.number}", decision.effective_from, decision.issuer, tuple(procs[c] for c in sorted(procs))
    )
    return Catalog.from_json(catalog.to_json()), findings  # checked as any catalog file is


def _procedure(
    old: Procedure | None, row: JsonObject, where: Text, decision: Decision, findings: list[Finding]
) -> Procedure:
    code = row["ma_thu_tuc"]
    name, field = row.get("ten_thu_tuc", ""), row.get("linh_vuc", "")
    processing = _time(row, where)
    if old is None:
        if not name or not field or processing is None:
            raise InvalidInput("ten_thu_tuc", Imports.NEW_PROCEDURE_INCOMPLETE, where=where, code=code)
        findings.append(
            Finding(
                code,
                Kind.MISSING,
                where.in_language(),
                "thủ tục mới chưa có thành phần hồ sơ: lấy từ hồ sơ TTHC trên Cổng",
            )
        )
        old = Procedure(code, name, field, processing, FeeRule("set_by_province"), ())
    basis = tuple(b for b in (nfc(x) for x in row.get("can_cu", "").split(";")) if b)
    return replace(
        old,
        name=name or old.name,
        field=field or old.field,
        processing=processing or old.processing,
        fee=_fee(row.get("le_phi", ""), where) or old.fee,
        processing_note=row.get("ghi_chu") or old.processing_note,
        legal_basis=tuple(dict.fromkeys((*basis, *old.legal_basis))),
        sources=(decision.source("công bố danh mục: tên, thời hạn, lệ phí"), *old.sources),
        tag="V",
    )


def _case(row: JsonObject, where: Text, n: int) -> ProcedureCase:
    key = re.sub(r"[^a-z0-9]+", "-", fold(row["truong_hop"])).strip("-")[:40] or f"truong-hop-{n}"
    return ProcedureCase(key, row["truong_hop"], _time(row, where), _fee(row.get("le_phi", ""), where))


def _time(row: JsonObject, where: Text) -> ProcessingTime | None:
    unit_text, amount = fold(row.get("don_vi", "")), row.get("thoi_han", "").strip()
    if not unit_text and not amount:
        return None
    unit = UNITS.get(unit_text)
    if unit is None:
        raise InvalidInput(
            "don_vi", Imports.TIME_UNIT_INVALID, where=where, unit=repr(row.get("don_vi")), units=", ".join(UNITS)
        )
    if unit in (TimeUnit.SAME_DAY, TimeUnit.NO_FIXED_DATE):
        return ProcessingTime(unit, 0, unit_text == "cho xac nhan")
    if not amount.isdigit() or not 0 < int(amount) <= MAX_AMOUNT:
        raise InvalidInput("thoi_han", Imports.TIME_AMOUNT_INVALID, where=where, amount=repr(amount), most=MAX_AMOUNT)
    return ProcessingTime(unit, int(amount))


def _fee(text: str, where: Text) -> FeeRule | None:
    """A fee cell: empty (unchanged), "miễn" / "không" (free), "HĐND" (set by the province), "50.000" (fixed) or
    "8.000/bản" (per unit)."""
    folded = fold(text)
    if not folded:
        return None
    if folded.startswith(("mien", "khong")):
        return FeeRule("free", note=text)
    if "hdnd" in folded or "hoi dong nhan dan" in folded:
        return FeeRule("set_by_province", note=text)
    match = _MONEY.fullmatch(text.strip())
    digits = re.sub(r"[.\s]", "", match.group(1)) if match else ""
    if match is None or not digits.isdigit() or not 0 < int(digits) <= 10**12:
        raise InvalidInput("le_phi", Imports.FEE_INVALID, where=where, fee=repr(text))
    if match.group(2):
        return FeeRule("per_unit", int(digits), unit=nfc(match.group(2)))
    return FeeRule("fixed", int(digits))
