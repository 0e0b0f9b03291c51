"""The province's fee table (``counter-fees/1``): the amounts its People's Council (HĐND) set by resolution for the
fees the catalog leaves to the province, per procedure and case, and the exemptions it grants, with their grounds.

Versioned by effective date like a catalog: the table in force on the day a dossier is received prices it, and the
dossier keeps that fee. A file marked ``"example": true`` only shows the format and is never loaded.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from counter_core.domain.fees import Exemption, FeeRule
from counter_core.domain.fields import text
from counter_core.foundation.errors import InvalidInput, NotAllowed
from counter_core.foundation.jsonfile import read_json
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import FeeTables
from counter_core.foundation.texts import Text

FEE_TABLE_FORMAT = "counter-fees/1"
_CODE = re.compile(r"[0-9]\.[0-9]{6}")
TABLE_KINDS = ("fixed", "per_unit", "per_page", "free")  # "free": the province waives the fee (with its ground)


@dataclass(frozen=True)
class FeeLine:
    """The amount of one procedure, in one of its cases ("" for the procedure's own case and any case that has
    no line of its own)."""

    procedure: str
    case: str
    rule: FeeRule

    def to_json(self) -> JsonObject:
        return {"procedure": self.procedure, **({"case": self.case} if self.case else {}), **self.rule.to_json()}


@dataclass(frozen=True)
class TableExemption:
    """An exemption the resolution grants, for the listed procedures (none listed: every procedure of the table)."""

    exemption: Exemption
    procedures: tuple[str, ...] = ()

    def to_json(self) -> JsonObject:
        out: JsonObject = {"name": self.exemption.name, "ground": self.exemption.ground}
        if self.procedures:
            out["procedures"] = list(self.procedures)
        return out


@dataclass(frozen=True)
class FeeTable:
    province: str
    resolution: str  # "Nghị quyết số 12/2025/NQ-HĐND"
    adopted: date  # the resolution's date
    effective_from: date
    issuer: str  # "Hội đồng nhân dân tỉnh …"
    lines: tuple[FeeLine, ...]
    exemptions: tuple[TableExemption, ...] = ()
    example: bool = False
    note: str = ""

    @classmethod
    def from_json(cls, data: object) -> FeeTable:
        if not isinstance(data, dict) or data.get("format") != FEE_TABLE_FORMAT:
            raise InvalidInput("fee_table", FeeTables.WRONG_FORMAT, format=FEE_TABLE_FORMAT)
        try:
            texts = {key: text(data, key) for key in ("province", "resolution", "issuer", "note")}
            adopted = date.fromisoformat(text(data, "adopted"))
            effective = date.fromisoformat(text(data, "effective_from"))
        except ValueError as exc:
            raise InvalidInput("fee_table", FeeTables.DATES_INVALID, reason=exc) from exc
        if not texts["resolution"] or not texts["issuer"]:
            raise InvalidInput("resolution", FeeTables.RESOLUTION_MISSING)
        if effective < adopted:
            raise InvalidInput("effective_from", FeeTables.EFFECTIVE_BEFORE_ADOPTED)
        example = data.get("example", False)
        if not isinstance(example, bool):
            raise InvalidInput("example", FeeTables.EXAMPLE_NOT_BOOL)
        lines, exemptions = data.get("fees") or [], data.get("exemptions") or []
        if not isinstance(lines, list) or not isinstance(exemptions, list):
            raise InvalidInput("fees", FeeTables.NOT_LISTS)
        table = cls(
            adopted=adopted,
            effective_from=effective,
            lines=tuple(_line(x, n) for n, x in enumerate(lines, start=1)),
            exemptions=tuple(_exemption(x, n) for n, x in enumerate(exemptions, start=1)),
            example=example,
            **texts,
        )
        if not table.lines and not table.exemptions:
            raise InvalidInput("fees", FeeTables.EMPTY)
        keys = [(x.procedure, x.case) for x in table.lines]
        twice = sorted({f"{c} {k}".strip() for c, k in keys if keys.count((c, k)) > 1})
        if twice:
            raise InvalidInput("fees", FeeTables.TWICE, keys=", ".join(twice))
        return table

    @classmethod
    def load(cls, path: Path) -> FeeTable:
        return cls.from_json(read_json(path, "fee_table", FeeTables.FILE))

    def to_json(self) -> JsonObject:
        out: JsonObject = {
            "format": FEE_TABLE_FORMAT,
            "province": self.province,
            "resolution": self.resolution,
            "adopted": self.adopted.isoformat(),
            "effective_from": self.effective_from.isoformat(),
            "issuer": self.issuer,
            "fees": [x.to_json() for x in self.lines],
            "exemptions": [x.to_json() for x in self.exemptions],
        }
        if self.example:
            out["example"] = True
        if self.note:
            out["note"] = self.note
        return out

    def digest(self) -> str:
        canonical = json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()

    def reference(self) -> str:
        """ "Nghị quyết số 12/2025/NQ-HĐND ngày 10/07/2025 của Hội đồng nhân dân tỉnh …", as a receipt cites it."""
        return f"{self.resolution} ngày {self.adopted:%d/%m/%Y} của {self.issuer}"

    def line_for(self, procedure: str, case: str = "") -> FeeLine | None:
        """The amount of ``procedure`` in ``case``: its own line, else the procedure's line."""
        return next((x for x in self.lines if (x.procedure, x.case) == (procedure, case)), None) or next(
            (x for x in self.lines if (x.procedure, x.case) == (procedure, "")), None
        )

    def exemptions_for(self, procedure: str) -> tuple[Exemption, ...]:
        priced = {x.procedure for x in self.lines}
        return tuple(
            x.exemption
            for x in self.exemptions
            if procedure in x.procedures or (not x.procedures and procedure in priced)
        )

    def check_real(self) -> None:
        """Refuse the shipped example: its amounts only show the format."""
        if self.example:
            raise NotAllowed(FeeTables.EXAMPLE)


def _line(data: object, n: int) -> FeeLine:
    where = Text(FeeTables.LINE, line=n)
    if not isinstance(data, dict):
        raise InvalidInput("fees", FeeTables.LINE_NOT_AN_OBJECT, where=where)
    try:
        code, case = text(data, "procedure"), text(data, "case")
    except ValueError as exc:
        raise InvalidInput("fees", FeeTables.LINE_INVALID, where=where, reason=exc) from exc
    if not _CODE.fullmatch(code):
        raise InvalidInput("fees", FeeTables.CODE_INVALID, where=where, code=repr(code[:40]))
    rule = {k: v for k, v in data.items() if k not in ("procedure", "case")}
    rule.setdefault("kind", "fixed")
    if rule["kind"] not in TABLE_KINDS:
        raise InvalidInput("fees", FeeTables.KIND_INVALID, where=where, kinds=", ".join(TABLE_KINDS))
    fee = FeeRule.from_json(rule, Text(FeeTables.LINE_OF, where=where, code=code))
    if fee.kind == "free" and not fee.ground:
        raise InvalidInput("fees", FeeTables.FREE_WITHOUT_GROUND, where=where, code=code)
    return FeeLine(code, case, fee)


def _exemption(data: object, n: int) -> TableExemption:
    where = Text(FeeTables.EXEMPTION_NUMBER, number=n)
    exemption = Exemption.from_json(data, where)
    if not exemption.ground:
        raise InvalidInput("exemptions", FeeTables.EXEMPTION_WITHOUT_GROUND, where=where, name=exemption.name)
    procedures = data.get("procedures") or [] if isinstance(data, dict) else []
    if not isinstance(procedures, list) or not all(isinstance(c, str) and _CODE.fullmatch(c) for c in procedures):
        raise InvalidInput("exemptions", FeeTables.PROCEDURES_NOT_CODES, where=where)
    return TableExemption(exemption, tuple(procedures))
