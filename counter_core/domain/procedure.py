"""The procedure catalog as versioned data: codes, names, processing times and their cases, fees and exemptions,
documents, and where each fact comes from (legal basis, sources)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, time
from enum import Enum
from pathlib import Path

from counter_core.domain.calendar import SAME_DAY_CUTOFF
from counter_core.domain.fees import Exemption, FeeRule
from counter_core.domain.fields import text, whole
from counter_core.domain.provenance import Source, texts_list
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.formatting import hour_phrase
from counter_core.foundation.jsonfile import read_json
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Catalogs, Files
from counter_core.foundation.text import fold, nfc
from counter_core.foundation.texts import Text

CATALOG_FORMAT = "counter-catalog/1"
_CODE = re.compile(r"[0-9]\.[0-9]{6}")
_CASE_KEY = re.compile(r"[a-z0-9][a-z0-9.\-]{0,39}")
MAX_AMOUNT = 365  # a processing time, in its unit
MAX_COUNT = 99  # papers of one kind, as many as the intake form counts


class TimeUnit(str, Enum):
    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"
    WORKING_HOURS = "working_hours"
    SAME_DAY = "same_day"
    NO_FIXED_DATE = "no_fixed_date"


_UNIT_WORDS = {
    TimeUnit.WORKING_DAYS: "ngày làm việc",
    TimeUnit.CALENDAR_DAYS: "ngày",
    TimeUnit.WORKING_HOURS: "giờ làm việc",
}


UNCONFIRMED_PHRASE = "Chờ tỉnh xác nhận thời hạn giải quyết"


@dataclass(frozen=True)
class ProcessingTime:
    """A processing time; ``unconfirmed`` marks a "no fixed date" that is only the lack of a confirmed figure (the
    province must confirm it), not a procedure the law gives no deadline."""

    unit: TimeUnit
    amount: int = 0
    unconfirmed: bool = False

    @classmethod
    def from_json(cls, data: JsonObject, where: Text) -> ProcessingTime:
        try:
            unit = TimeUnit(data["unit"])
        except (KeyError, ValueError, TypeError) as exc:
            raise InvalidInput(
                "processing", Catalogs.TIME_UNIT_INVALID, where=where, value=repr(str(data)[:60])
            ) from exc
        unconfirmed = data.get("unconfirmed", False)
        if not isinstance(unconfirmed, bool) or (unconfirmed and unit is not TimeUnit.NO_FIXED_DATE):
            raise InvalidInput("processing", Catalogs.UNCONFIRMED_INVALID, where=where)
        if unit not in _UNIT_WORDS:
            return cls(unit, 0, unconfirmed)
        amount = data.get("amount", 0)
        if isinstance(amount, bool) or not isinstance(amount, int) or not 0 < amount <= MAX_AMOUNT:
            raise InvalidInput("processing", Catalogs.TIME_AMOUNT_INVALID, where=where, most=MAX_AMOUNT)
        return cls(unit, amount)

    def to_json(self) -> JsonObject:
        if self.unconfirmed:
            return {"unit": self.unit.value, "unconfirmed": True}
        return {"unit": self.unit.value, "amount": self.amount} if self.amount else {"unit": self.unit.value}

    def phrase(self, cutoff: time = SAME_DAY_CUTOFF) -> str:
        """As printed on the receipt: "03 ngày làm việc", "Trong ngày (tiếp nhận sau 15 giờ …)", "Không quy định
        thời hạn"; ``cutoff`` is the unit's same-day cut-off."""
        if self.unit is TimeUnit.SAME_DAY:
            return f"Trong ngày (tiếp nhận sau {hour_phrase(cutoff)} trả vào ngày làm việc tiếp theo)"
        if self.unconfirmed:
            return UNCONFIRMED_PHRASE
        if self.unit is TimeUnit.NO_FIXED_DATE:
            return "Không quy định thời hạn giải quyết cụ thể"
        return f"{self.amount:02d} {_UNIT_WORDS[self.unit]}"


@dataclass(frozen=True)
class DocumentComponent:
    """One paper of the dossier and how many of each kind the counter expects."""

    name: str
    original: int = 0
    certified: int = 0
    copy: int = 0
    required: bool = True

    @classmethod
    def from_json(cls, data: JsonObject, where: Text) -> DocumentComponent:
        if not isinstance(data, dict):
            raise InvalidInput("documents", Catalogs.PAPER_NOT_AN_OBJECT, where=where)
        try:
            doc = cls(
                name=text(data, "name"),
                original=whole(data.get("original", 0), 0, MAX_COUNT),
                certified=whole(data.get("certified", 0), 0, MAX_COUNT),
                copy=whole(data.get("copy", 0), 0, MAX_COUNT),
                required=data.get("required", True),
            )
        except ValueError as exc:
            raise InvalidInput("documents", Catalogs.PAPER_INVALID, where=where, reason=exc) from exc
        if not doc.name or not isinstance(doc.required, bool):
            raise InvalidInput("documents", Catalogs.PAPER_INCOMPLETE, where=where)
        return doc

    def to_json(self) -> JsonObject:
        return {
            "name": self.name,
            "original": self.original,
            "certified": self.certified,
            "copy": self.copy,
            "required": self.required,
        }


@dataclass(frozen=True)
class ProcedureCase:
    """One case of a procedure chosen at reception (with verification, late registration …): its own processing
    time and fee where they differ from the procedure's."""

    key: str
    name: str
    processing: ProcessingTime | None = None
    fee: FeeRule | None = None
    note: str = ""

    @classmethod
    def from_json(cls, data: object, where: Text) -> ProcedureCase:
        if not isinstance(data, dict):
            raise InvalidInput("cases", Catalogs.CASE_NOT_AN_OBJECT, where=where)
        try:
            key, name, note = (text(data, k) for k in ("key", "name", "note"))
        except ValueError as exc:
            raise InvalidInput("cases", Catalogs.CASE_INVALID, where=where, reason=exc) from exc
        if not _CASE_KEY.fullmatch(key) or not name:
            raise InvalidInput("cases", Catalogs.CASE_INCOMPLETE, where=where)
        where = Text(Catalogs.CASE_OF, where=where, key=key)
        processing, fee = data.get("processing"), data.get("fee")
        return cls(
            key,
            name,
            ProcessingTime.from_json(processing, where) if processing else None,
            FeeRule.from_json(fee, where) if fee else None,
            note,
        )

    def to_json(self) -> JsonObject:
        out: JsonObject = {"key": self.key, "name": self.name}
        if self.processing:
            out["processing"] = self.processing.to_json()
        if self.fee:
            out["fee"] = self.fee.to_json()
        if self.note:
            out["note"] = self.note
        return out


STANDARD_CASE = "Trường hợp thông thường"


@dataclass(frozen=True)
class Procedure:
    code: str
    name: str
    field: str
    processing: ProcessingTime
    fee: FeeRule
    documents: tuple[DocumentComponent, ...]
    online_processing: ProcessingTime | None = None
    exemptions: tuple[Exemption, ...] = ()
    processing_note: str = ""
    tag: str = ""
    source: str = ""
    cases: tuple[ProcedureCase, ...] = ()
    standard_case: str = ""  # the name of the procedure's own case when it has others ("" = STANDARD_CASE)
    legal_basis: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()

    @property
    def search_key(self) -> str:
        return fold(f"{self.code} {self.name} {self.field}")

    def case(self, key: str) -> ProcedureCase | None:
        """The case ``key`` ("" is the procedure's own case: None); InvalidInput naming the cases if unknown."""
        if not key:
            return None
        found = next((c for c in self.cases if c.key == key), None)
        if found is None:
            known = "; ".join(f"{c.key} ({c.name})" for c in self.cases) or Text(Catalogs.NO_CASES)
            raise InvalidInput("case", Catalogs.NO_SUCH_CASE, code=self.code, key=key, known=known)
        return found

    def case_name(self, key: str) -> str:
        """What the receipt prints for the case; "" for a procedure without cases."""
        case = self.case(key)
        if case:
            return case.name
        return (self.standard_case or STANDARD_CASE) if self.cases else ""

    def processing_for(self, online: bool, case_key: str = "") -> ProcessingTime:
        case = self.case(case_key)
        if case and case.processing:
            return case.processing
        return self.online_processing if online and self.online_processing else self.processing

    def fee_rule(self, case_key: str = "") -> FeeRule:
        case = self.case(case_key)
        return case.fee if case and case.fee else self.fee

    def exemption(self, name: str) -> Exemption | None:
        return next((e for e in self.exemptions if e.name == name), None)

    @classmethod
    def from_json(cls, data: JsonObject) -> Procedure:
        if not isinstance(data, dict):
            raise InvalidInput("procedures", Catalogs.PROCEDURE_NOT_AN_OBJECT)
        code = str(data.get("code", "")).strip()
        if not _CODE.fullmatch(code):
            raise InvalidInput("code", Catalogs.CODE_INVALID, code=repr(code[:40]))
        where = Text(Catalogs.PROCEDURE, code=code)
        exemptions, documents = data.get("exemptions") or [], data.get("documents") or []
        cases, sources = data.get("cases") or [], data.get("sources") or []
        for key, value in (
            ("exemptions", exemptions),
            ("documents", documents),
            ("cases", cases),
            ("sources", sources),
        ):
            if not isinstance(value, list):
                raise InvalidInput(key, Catalogs.NOT_A_LIST, where=where, key=key)
        try:
            texts = {
                key: text(data, key) for key in ("name", "field", "processing_note", "tag", "source", "standard_case")
            }
        except ValueError as exc:
            raise InvalidInput("procedures", Catalogs.PROCEDURE_INVALID, where=where, reason=exc) from exc
        if not texts["name"]:
            raise InvalidInput("name", Catalogs.NAME_MISSING, where=where)
        online = data.get("online_processing")
        return cls(
            code=code,
            processing=ProcessingTime.from_json(data.get("processing") or {}, where),
            online_processing=ProcessingTime.from_json(online, where) if online else None,
            fee=FeeRule.from_json(data.get("fee") or {"kind": "free"}, where),
            exemptions=_exemptions(exemptions, data.get("exemption_grounds") or {}, where),
            documents=tuple(DocumentComponent.from_json(d, where) for d in documents),
            cases=_unique_cases(tuple(ProcedureCase.from_json(c, where) for c in cases), where),
            legal_basis=texts_list(data, "legal_basis", where),
            sources=tuple(Source.from_json(s, where) for s in sources),
            **texts,
        )

    def to_json(self) -> JsonObject:
        out = {
            "code": self.code,
            "name": self.name,
            "field": self.field,
            "processing": self.processing.to_json(),
            "online_processing": self.online_processing.to_json() if self.online_processing else None,
            "fee": self.fee.to_json(),
            "exemptions": [e.name for e in self.exemptions],
            "documents": [d.to_json() for d in self.documents],
            "tag": self.tag,
            "source": self.source,
        }
        # Written only when present, so that a catalog without them keeps its digest.
        if self.processing_note:
            out["processing_note"] = self.processing_note
        if any(e.ground for e in self.exemptions):
            out["exemption_grounds"] = {e.name: e.ground for e in self.exemptions if e.ground}
        if self.cases:
            out["cases"] = [c.to_json() for c in self.cases]
        if self.standard_case:
            out["standard_case"] = self.standard_case
        if self.legal_basis:
            out["legal_basis"] = list(self.legal_basis)
        if self.sources:
            out["sources"] = [s.to_json() for s in self.sources]
        return out


def matching(procedures: Iterable[Procedure], text: str) -> list[Procedure]:
    """The procedures whose code, name or field contain every word of ``text`` (diacritics ignored), in order."""
    words = fold(text).split()
    return [p for p in procedures if all(word in p.search_key for word in words)]


def _exemptions(names: list[object], grounds: object, where: Text) -> tuple[Exemption, ...]:
    """The exemptions by name, each with its ground from ``exemption_grounds`` (a separate map, so that a desk older
    than the grounds still reads the names)."""
    if not isinstance(grounds, dict) or not all(isinstance(v, str) for v in grounds.values()):
        raise InvalidInput("exemptions", Catalogs.GROUNDS_NOT_A_MAP, where=where)
    out = tuple(Exemption.from_json(n, where) for n in names)
    grounds = {nfc(k): nfc(v) for k, v in grounds.items()}
    stray = sorted(set(grounds) - {e.name for e in out})
    if stray:
        raise InvalidInput("exemptions", Catalogs.GROUNDS_STRAY, where=where, names=", ".join(stray))
    return tuple(Exemption(e.name, grounds.get(e.name, "")) for e in out)


def _unique_cases(cases: tuple[ProcedureCase, ...], where: Text) -> tuple[ProcedureCase, ...]:
    keys = [c.key for c in cases]
    twice = sorted({k for k in keys if keys.count(k) > 1})
    if twice:
        raise InvalidInput("cases", Catalogs.CASES_TWICE, where=where, keys=", ".join(twice))
    return cases


@dataclass(frozen=True)
class Catalog:
    """One published version of the procedure list, in force from ``effective_from``."""

    version: str
    effective_from: date
    issuer: str
    procedures: tuple[Procedure, ...] = field(default=())

    @classmethod
    def from_json(cls, data: object) -> Catalog:
        if not isinstance(data, dict) or data.get("format") != CATALOG_FORMAT:
            raise InvalidInput("catalog", Catalogs.WRONG_FORMAT, format=CATALOG_FORMAT)
        version = data.get("version")
        version = nfc(str(version)) if isinstance(version, (str, int)) and not isinstance(version, bool) else ""
        if not version:
            raise InvalidInput("version", Catalogs.VERSION_MISSING)
        try:
            effective = date.fromisoformat(str(data.get("effective_from")))
        except ValueError as exc:
            raise InvalidInput("effective_from", Catalogs.EFFECTIVE_DATE_INVALID) from exc
        procedures = data.get("procedures") or []
        if not isinstance(procedures, list):
            raise InvalidInput("procedures", Catalogs.PROCEDURES_NOT_A_LIST)
        procedures = tuple(Procedure.from_json(p) for p in procedures)
        if not procedures:
            raise InvalidInput("procedures", Catalogs.EMPTY)
        codes = [p.code for p in procedures]
        duplicates = sorted({c for c in codes if codes.count(c) > 1})
        if duplicates:
            raise InvalidInput("code", Catalogs.DUPLICATE_CODES, codes=", ".join(duplicates))
        issuer = data.get("issuer")
        return cls(version, effective, nfc(issuer) if isinstance(issuer, str) else "", procedures)

    @classmethod
    def load(cls, path: Path) -> Catalog:
        return cls.from_json(read_json(path, "catalog", Files.CATALOG_FILE))

    def to_json(self) -> JsonObject:
        return {
            "format": CATALOG_FORMAT,
            "version": self.version,
            "effective_from": self.effective_from.isoformat(),
            "issuer": self.issuer,
            "procedures": [p.to_json() for p in self.procedures],
        }

    def digest(self) -> str:
        """sha256 of the canonical JSON, to tell two files with the same version apart."""
        canonical = json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()

    def get(self, code: str) -> Procedure | None:
        return next((p for p in self.procedures if p.code == code), None)


SEED_CATALOG = Path(__file__).resolve().parent.parent / "resources" / "catalog" / "seed_catalog.json"
