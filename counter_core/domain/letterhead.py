"""The unit as its papers present it: the two header lines, the receiving centre, the place before the date, the
form set in force, and the official letter's symbol and signer.

Since ND 118/2025 the commune's one-stop counter is its Trung tâm Phục vụ hành chính công (§9). The two-line header
"UBND XÃ … / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" is the usual pattern (governing body, then issuing unit) but the
2025 Mẫu 01 header was not seen (audit §3, [K]): both lines are settings of the unit, with these defaults, and
whether line 2 repeats the commune's name is a setting too.

Place names follow ND 30/2020: the place before the date is the commune's name without its type ("Quảng Phú,
ngày …"), except for a unit named by a number, written whole with its type capitalised ("Phường 1, ngày …");
names are otherwise kept as written (no zero added, none taken away).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from datetime import date

from counter_core.domain.forms import Form, form

CENTRE = "Trung tâm Phục vụ hành chính công"
# TT 03/2025/TT-VPCP is dated 15/9/2025; one secondary page says its forms apply from that day [P]. The article
# on its entry into force was not read [K]: the province can set another day.
FORMS_2025_FROM = date(2025, 9, 15)
LETTER_SYMBOL = "TTPVHCC"  # the issuing unit's abbreviation after the letter's number (ND 30/2020) [K]
SIGNER_TITLE = "GIÁM ĐỐC"  # who signs the centre's letters [K: the centre's head; Thanh Hóa prints GIÁM ĐỐC]

_PREFIXES = re.compile(rf"^((UBND|Ủy ban nhân dân|Uỷ ban nhân dân|{CENTRE})\s+)+", re.I)
_TYPE = re.compile(r"^(xã|phường|thị trấn|đặc khu)\s+(.+)$", re.I)


def commune(unit_name: str) -> str:
    """ "UBND xã Quảng Phú" → "xã Quảng Phú"; "UBND phường 1" → "Phường 1": the commune as sentences name it."""
    name = _PREFIXES.sub("", " ".join(unit_name.split()))
    match = _TYPE.match(name)
    if match and match.group(2)[0].isdigit():
        return f"{match.group(1).capitalize()} {match.group(2)}"
    return name


def place_name(unit_name: str) -> str:
    """The place written before the date: "Quảng Phú" for "UBND xã Quảng Phú", "Phường 1" for "UBND Phường 1"."""
    name = commune(unit_name)
    match = _TYPE.match(name)
    return match.group(2) if match and not match.group(2)[0].isdigit() else name


@dataclass(frozen=True)
class PaperSettings:
    """A unit's settings for its papers; an empty line or name is its default, derived from the unit's name."""

    header_line1: str = ""
    header_line2: str = ""
    header_line2_names_commune: bool = False
    centre_name: str = ""
    forms_2025_from: date = FORMS_2025_FROM
    letter_symbol: str = LETTER_SYMBOL
    signer_title: str = SIGNER_TITLE

    def to_json(self) -> dict[str, str]:
        """As the desk's settings keep them: text values."""
        values = asdict(self)
        values["header_line2_names_commune"] = "yes" if self.header_line2_names_commune else "no"
        values["forms_2025_from"] = self.forms_2025_from.isoformat()
        return values

    @classmethod
    def from_json(cls, values: dict[str, str]) -> PaperSettings:
        """From the desk's settings; one a desk set up before it existed has its default."""
        texts = {f.name: values[f.name] for f in fields(cls) if isinstance(f.default, str) and f.name in values}
        return cls(
            **texts,
            header_line2_names_commune=values.get("header_line2_names_commune") == "yes",
            forms_2025_from=date.fromisoformat(values.get("forms_2025_from") or FORMS_2025_FROM.isoformat()),
        )


@dataclass(frozen=True)
class Letterhead:
    """The unit as its papers present it: its name and its paper settings."""

    unit_name: str
    settings: PaperSettings = field(default_factory=PaperSettings)
    demo: bool = False  # a demo desk: its papers are marked as having no value

    @property
    def governing_body(self) -> str:
        """Header line 1: "UBND XÃ QUẢNG PHÚ"."""
        return self.settings.header_line1 or f"UBND {commune(self.unit_name)}".upper()

    @property
    def department(self) -> str:
        """Header line 2: "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", with the commune's name when so set."""
        if self.settings.header_line2:
            return self.settings.header_line2
        named = self.settings.header_line2_names_commune
        return (f"{CENTRE} {commune(self.unit_name)}" if named else CENTRE).upper()

    @property
    def receiving_unit(self) -> str:
        """The receiving unit as the body of a paper names it: "Trung tâm Phục vụ hành chính công xã Quảng Phú"."""
        return self.settings.centre_name or f"{CENTRE} {commune(self.unit_name)}"

    @property
    def place(self) -> str:
        return place_name(self.unit_name)

    def form(self, kind: str, on_day: date) -> Form:
        """The form ``kind`` as numbered for a dossier of ``on_day`` (its reception day)."""
        return form(kind, on_day, {"2025": self.settings.forms_2025_from})
