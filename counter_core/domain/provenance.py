"""Where a catalog fact comes from: the record or page it was read in, its date, what it supports and how sure
it is (the audit's tags: [V] seen in an official text, [P] only in a secondary source, [K] not found)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counter_core.domain.fields import text
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Catalogs
from counter_core.foundation.texts import Text

TAGS = {
    "V": "đã đối chiếu văn bản chính thức",
    "P": "chỉ thấy ở nguồn thứ cấp",
    "K": "chưa tìm thấy, cần tỉnh xác nhận",
}


@dataclass(frozen=True)
class Source:
    """One record a fact of a procedure was read in: ``ref`` names it (a portal record, a decision, a page), ``url``
    where to find it, ``seen`` the date of the record (its last update), ``about`` which facts it supports."""

    ref: str
    tag: str
    url: str = ""
    seen: date | None = None
    about: str = ""

    @classmethod
    def from_json(cls, data: object, where: Text | str) -> Source:
        if not isinstance(data, dict):
            raise InvalidInput("sources", Catalogs.SOURCE_NOT_AN_OBJECT, where=where)
        try:
            texts = {key: text(data, key) for key in ("ref", "tag", "url", "about")}
            seen = date.fromisoformat(text(data, "date")) if text(data, "date") else None
        except ValueError as exc:
            raise InvalidInput("sources", Catalogs.SOURCE_INVALID, where=where, reason=exc) from exc
        if not texts["ref"] or texts["tag"] not in TAGS:
            raise InvalidInput("sources", Catalogs.SOURCE_INCOMPLETE, where=where, tags=", ".join(TAGS))
        return cls(texts["ref"], texts["tag"], texts["url"], seen, texts["about"])

    def to_json(self) -> JsonObject:
        out = {"ref": self.ref, "tag": self.tag}
        if self.url:
            out["url"] = self.url
        if self.seen:
            out["date"] = self.seen.isoformat()
        if self.about:
            out["about"] = self.about
        return out


def texts_list(data: JsonObject, key: str, where: Text | str) -> tuple[str, ...]:
    """``data[key]`` as a list of clean texts (absent: empty)."""
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInput(key, Catalogs.NOT_A_LIST_OF_TEXTS, where=where, key=key)
    return tuple(t for t in (text({"v": v}, "v") for v in value) if t)
