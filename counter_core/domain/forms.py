"""Statutory form numbers and titles as data, chosen by the date a slip is issued (2018 set, 2025 set)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from counter_core.foundation.jsonfile import read_json
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


@cache
def _sets() -> tuple[tuple[date, str, dict], ...]:
    data = read_json(FORMS_FILE, "forms", Files.FORMS_FILE)
    return tuple(sorted((date.fromisoformat(s["effective_from"]), s["circular"], s["forms"]) for s in data["sets"]))


def form(kind: str, on_day: date) -> Form:
    """The form of ``kind`` (RECEIPT, REFUSAL, …) in force on ``on_day``."""
    in_force = [s for s in _sets() if s[0] <= on_day] or [_sets()[0]]
    _, circular, forms = in_force[-1]
    number, title = forms[kind]
    return Form(kind, number, title, circular)
