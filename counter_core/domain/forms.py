"""Statutory form numbers and titles as data, chosen by a dossier's day (2018 set, then the 2025 set).

A paper of a dossier is numbered as the set in force on the day the dossier was received, so papers printed later
for an older dossier keep their numbering. A kind the set of that day does not have (the stop notice, new in
2025) takes the first set that has it. The day a set starts is in ``forms.json``; a unit may set another.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import cast

from counter_core.foundation.jsonfile import read_json
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Files

FORMS_FILE = Path(__file__).resolve().parent.parent / "resources" / "forms.json"


@dataclass(frozen=True)
class Form:
    kind: str
    number: str
    title: str
    circular: str

    @property
    def label(self) -> str:
        """ "Mẫu số 01 — Thông tư số 01/2018/TT-VPCP", printed in the slip's corner."""
        return f"Mẫu số {self.number} — {self.circular}"


@dataclass(frozen=True)
class FormSet:
    key: str  # "2018", "2025"
    effective_from: date
    circular: str
    forms: JsonObject


@cache
def form_sets() -> tuple[FormSet, ...]:
    """The form sets of ``forms.json``, oldest first."""
    data = cast(JsonObject, read_json(FORMS_FILE, "forms", Files.FORMS_FILE))  # the file shipped with Counter
    sets = (FormSet(s["key"], date.fromisoformat(s["effective_from"]), s["circular"], s["forms"]) for s in data["sets"])
    return tuple(sorted(sets, key=lambda s: s.effective_from))


def form(kind: str, on_day: date, starts: Mapping[str, date] | None = None) -> Form:
    """The form of ``kind`` (RECEIPT, REFUSAL, …) numbered as on ``on_day``; ``starts`` moves a set's first day."""
    starts = starts or {}
    sets = sorted(form_sets(), key=lambda s: starts.get(s.key, s.effective_from))
    having = [s for s in sets if kind in s.forms]
    in_force = [s for s in having if starts.get(s.key, s.effective_from) <= on_day] or having[:1]
    chosen = in_force[-1]
    number, title = chosen.forms[kind]
    return Form(kind, number, title, chosen.circular)
