"""The procedure catalog as versioned data: codes, names, processing times, fees and documents."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path

from counter_core.domain.fees import FeeRule
from counter_core.domain.fields import text, whole
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.jsonfile import read_json
from counter_core.foundation.text import fold, nfc

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
    def from_json(cls, data: dict, where: str) -> ProcessingTime:
        try:
            unit = TimeUnit(data["unit"])
        except (KeyError, ValueError, TypeError) as exc:
            raise InvalidInput("processing", f"{where}: đơn vị thời gian không hợp lệ ({str(data)[:60]!r}).") from exc
        if unit not in _UNIT_WORDS:
            return cls(unit, 0)
        amount = data.get("amount", 0)
        if isinstance(amount, bool) or not isinstance(amount, int) or not 0 < amount <= MAX_AMOUNT:
            raise InvalidInput("processing", f"{where}: thời gian giải quyết phải là số nguyên từ 1 đến {MAX_AMOUNT}.")
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
    def from_json(cls, data: dict, where: str) -> DocumentComponent:
        if not isinstance(data, dict):
            raise InvalidInput("documents", f"{where}: mỗi thành phần hồ sơ phải là một đối tượng JSON.")
        try:
            doc = cls(
                name=text(data, "name"),
                original=whole(data.get("original", 0), 0, MAX_COUNT),
                certified=whole(data.get("certified", 0), 0, MAX_COUNT),
                copy=whole(data.get("copy", 0), 0, MAX_COUNT),
                required=data.get("required", True),
            )
        except ValueError as exc:
            raise InvalidInput("documents", f"{where}: thành phần hồ sơ không hợp lệ ({exc}).") from exc
        if not doc.name or not isinstance(doc.required, bool):
            raise InvalidInput(
                "documents", f'{where}: thành phần hồ sơ thiếu tên, hoặc "required" không phải true/false.'
            )
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
            raise InvalidInput("procedures", "Mỗi thủ tục phải là một đối tượng JSON.")
        code = str(data.get("code", "")).strip()
        if not _CODE.fullmatch(code):
            raise InvalidInput("code", f"Mã thủ tục {code[:40]!r} không đúng dạng mã quốc gia (ví dụ 1.001193).")
        where = f"Thủ tục {code}"
        exemptions, documents = data.get("exemptions") or [], data.get("documents") or []
        if not isinstance(exemptions, list) or not all(isinstance(e, str) for e in exemptions):
            raise InvalidInput("exemptions", f'{where}: "exemptions" phải là danh sách tên đối tượng miễn phí.')
        if not isinstance(documents, list):
            raise InvalidInput("documents", f'{where}: "documents" phải là danh sách thành phần hồ sơ.')
        try:
            texts = {key: text(data, key) for key in ("name", "field", "processing_note", "tag", "source")}
        except ValueError as exc:
            raise InvalidInput("procedures", f"{where}: {exc}.") from exc
        if not texts["name"]:
            raise InvalidInput("name", f"{where}: thiếu tên thủ tục.")
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


def matching(procedures: Iterable[Procedure], text: str) -> list[Procedure]:
    """The procedures whose code, name or field contain every word of ``text`` (diacritics ignored), in order."""
    words = fold(text).split()
    return [p for p in procedures if all(word in p.search_key for word in words)]


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
            raise InvalidInput("catalog", f'Tệp danh mục phải có "format": "{CATALOG_FORMAT}".')
        version = data.get("version")
        version = nfc(str(version)) if isinstance(version, (str, int)) and not isinstance(version, bool) else ""
        if not version:
            raise InvalidInput("version", 'Tệp danh mục thiếu số hiệu phiên bản ("version").')
        try:
            effective = date.fromisoformat(str(data.get("effective_from")))
        except ValueError as exc:
            raise InvalidInput("effective_from", "Ngày hiệu lực phải có dạng YYYY-MM-DD.") from exc
        procedures = data.get("procedures") or []
        if not isinstance(procedures, list):
            raise InvalidInput("procedures", '"procedures" phải là danh sách các thủ tục.')
        procedures = tuple(Procedure.from_json(p) for p in procedures)
        if not procedures:
            raise InvalidInput("procedures", "Tệp danh mục không có thủ tục nào.")
        codes = [p.code for p in procedures]
        duplicates = sorted({c for c in codes if codes.count(c) > 1})
        if duplicates:
            raise InvalidInput("code", f"Mã thủ tục bị trùng trong danh mục: {', '.join(duplicates)}.")
        issuer = data.get("issuer")
        return cls(version, effective, nfc(issuer) if isinstance(issuer, str) else "", procedures)

    @classmethod
    def load(cls, path: Path) -> Catalog:
        return cls.from_json(read_json(path, "catalog", "tệp danh mục"))

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
