"""The procedure catalog as versioned data: codes, names, processing times, fees and documents."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path

from counter_core.domain.fees import FeeRule
from counter_core.domain.fields import text, whole
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.jsonfile import read_json
from counter_core.foundation.messages import Catalogs, Files
from counter_core.foundation.text import fold, nfc
from counter_core.foundation.texts import Text

CATALOG_FORMAT = "counter-catalog/1"
_CODE = re.compile(r"[0-9]\.[0-9]{6}")
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


@dataclass(frozen=True)
class ProcessingTime:
    unit: TimeUnit
    amount: int = 0

    @classmethod
    def from_json(cls, data: dict, where: Text) -> ProcessingTime:
        try:
            unit = TimeUnit(data["unit"])
        except (KeyError, ValueError, TypeError) as exc:
            raise InvalidInput(
                "processing", Catalogs.TIME_UNIT_INVALID, where=where, value=repr(str(data)[:60])
            ) from exc
        if unit not in _UNIT_WORDS:
            return cls(unit, 0)
        amount = data.get("amount", 0)
        if isinstance(amount, bool) or not isinstance(amount, int) or not 0 < amount <= MAX_AMOUNT:
            raise InvalidInput("processing", Catalogs.TIME_AMOUNT_INVALID, where=where, most=MAX_AMOUNT)
        return cls(unit, amount)

    def to_json(self) -> dict:
        return {"unit": self.unit.value, "amount": self.amount} if self.amount else {"unit": self.unit.value}

    def phrase(self) -> str:
        """As printed on the receipt: "03 ngày làm việc", "Trong ngày", "Không quy định thời hạn"."""
        if self.unit is TimeUnit.SAME_DAY:
            return "Trong ngày (tiếp nhận sau 15 giờ trả vào ngày làm việc tiếp theo)"
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
    def from_json(cls, data: dict, where: Text) -> DocumentComponent:
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

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "original": self.original,
            "certified": self.certified,
            "copy": self.copy,
            "required": self.required,
        }


@dataclass(frozen=True)
class Procedure:
    code: str
    name: str
    field: str
    processing: ProcessingTime
    fee: FeeRule
    documents: tuple[DocumentComponent, ...]
    online_processing: ProcessingTime | None = None
    exemptions: tuple[str, ...] = ()
    processing_note: str = ""
    tag: str = ""
    source: str = ""

    @property
    def search_key(self) -> str:
        return fold(f"{self.code} {self.name} {self.field}")

    def processing_for(self, online: bool) -> ProcessingTime:
        return self.online_processing if online and self.online_processing else self.processing

    @classmethod
    def from_json(cls, data: dict) -> Procedure:
        if not isinstance(data, dict):
            raise InvalidInput("procedures", Catalogs.PROCEDURE_NOT_AN_OBJECT)
        code = str(data.get("code", "")).strip()
        if not _CODE.fullmatch(code):
            raise InvalidInput("code", Catalogs.CODE_INVALID, code=repr(code[:40]))
        where = Text(Catalogs.PROCEDURE, code=code)
        exemptions, documents = data.get("exemptions") or [], data.get("documents") or []
        if not isinstance(exemptions, list) or not all(isinstance(e, str) for e in exemptions):
            raise InvalidInput("exemptions", Catalogs.EXEMPTIONS_NOT_A_LIST, where=where)
        if not isinstance(documents, list):
            raise InvalidInput("documents", Catalogs.PAPERS_NOT_A_LIST, where=where)
        try:
            texts = {key: text(data, key) for key in ("name", "field", "processing_note", "tag", "source")}
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
            exemptions=tuple(nfc(e) for e in exemptions),
            documents=tuple(DocumentComponent.from_json(d, where) for d in documents),
            **texts,
        )

    def to_json(self) -> dict:
        out = {
            "code": self.code,
            "name": self.name,
            "field": self.field,
            "processing": self.processing.to_json(),
            "online_processing": self.online_processing.to_json() if self.online_processing else None,
            "fee": self.fee.to_json(),
            "exemptions": list(self.exemptions),
            "documents": [d.to_json() for d in self.documents],
            "tag": self.tag,
            "source": self.source,
        }
        if self.processing_note:
            out["processing_note"] = self.processing_note
        return out


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

    def to_json(self) -> dict:
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
