"""What a catalog import could not take as it stood, one line per fact, for the IT officer to check: never a fact
dropped without a word."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from counter_core.foundation.jsontypes import JsonObject


class Kind(StrEnum):
    UNKNOWN_FIELD = "unknown_field"  # a field this reader does not know: left out, named here
    INCONSISTENT = "inconsistent"  # the record says two different things; the one kept is named
    UNSUPPORTED = "unsupported"  # a fact the catalog format cannot hold (a time in months, a fee per channel …)
    GUESS = "guess"  # a value read from free text or by a rule of thumb: to be checked
    MISSING = "missing"  # a fact the record lacks (no time, no papers …)
    SCOPE = "scope"  # the record says the procedure is not a commune's


KIND_LABELS = {
    Kind.UNKNOWN_FIELD: "trường chưa biết",
    Kind.INCONSISTENT: "không nhất quán",
    Kind.UNSUPPORTED: "chưa hỗ trợ",
    Kind.GUESS: "suy đoán, cần kiểm tra",
    Kind.MISSING: "thiếu thông tin",
    Kind.SCOPE: "không thuộc cấp xã",
}


@dataclass(frozen=True)
class Finding:
    procedure: str  # the procedure's code ("" when the record has none)
    kind: Kind
    field: str  # where in the record, e.g. "executionMethods[DIRECT].processingTimeUnit"
    message: str  # in Vietnamese

    def to_json(self) -> JsonObject:
        return {"procedure": self.procedure, "kind": self.kind.value, "field": self.field, "message": self.message}

    def line(self) -> str:
        return f"{self.procedure or '—'} [{KIND_LABELS[self.kind]}] {self.field}: {self.message}"
