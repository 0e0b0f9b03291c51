"""The texts of every error a person can meet, one enum per area (``texts.Msg``); their Vietnamese is in
``counter_core/resources/translations/core_vi.ts``."""

from __future__ import annotations

import json

from counter_core.foundation.messages.accounts import Accounts
from counter_core.foundation.messages.audit import Audit
from counter_core.foundation.messages.backups import Backups
from counter_core.foundation.messages.calendar import Calendar
from counter_core.foundation.messages.catalogs import Catalogs
from counter_core.foundation.messages.command_line import CommandLine
from counter_core.foundation.messages.dossiers import Dossiers
from counter_core.foundation.messages.faults import Faults
from counter_core.foundation.messages.fee_tables import FeeTables
from counter_core.foundation.messages.fees import Fees
from counter_core.foundation.messages.files import Files
from counter_core.foundation.messages.helps import Helps
from counter_core.foundation.messages.identity import Identity
from counter_core.foundation.messages.imports import Imports
from counter_core.foundation.messages.names import Names
from counter_core.foundation.messages.papers import Papers
from counter_core.foundation.messages.postal import Postal
from counter_core.foundation.messages.province import Province
from counter_core.foundation.messages.reception import Reception
from counter_core.foundation.messages.reports import Reports
from counter_core.foundation.messages.said import Said
from counter_core.foundation.messages.setup import Setup
from counter_core.foundation.messages.sync import Sync
from counter_core.foundation.messages.values import Values
from counter_core.foundation.texts import Msg, Text

__all__ = [
    "AREAS",
    "Accounts",
    "Audit",
    "Backups",
    "Calendar",
    "Catalogs",
    "CommandLine",
    "Dossiers",
    "Faults",
    "FeeTables",
    "Fees",
    "Files",
    "Helps",
    "Identity",
    "Imports",
    "Names",
    "Papers",
    "Postal",
    "Province",
    "Reception",
    "Reports",
    "Said",
    "Setup",
    "Sync",
    "Values",
    "by_code",
    "from_stored",
    "stored",
    "text_from_json",
]

AREAS: tuple[type[Msg], ...] = (
    Values,
    Files,
    Identity,
    Accounts,
    Fees,
    FeeTables,
    Calendar,
    Catalogs,
    Imports,
    Reception,
    Dossiers,
    Postal,
    Papers,
    Setup,
    Backups,
    Audit,
    Reports,
    Sync,
    Province,
    CommandLine,
    Said,
    Faults,
    Names,
    Helps,
)
MAX_DEPTH = 4  # texts nested in the parameters of a text read from the wire

_BY_CODE = {member.code: member for area in AREAS for member in area}


def by_code(code: str) -> Msg | None:
    return _BY_CODE.get(code)


def text_from_json(data: object, depth: int = 0) -> Text | None:
    """The ``Text`` of ``{"code": …, "params": {…}}`` (``Text.to_json``), or None if its code or the code of a
    nested text is unknown here (a newer server) or its shape is not that."""
    if not isinstance(data, dict) or depth > MAX_DEPTH:
        return None
    msg, params = by_code(str(data.get("code"))), data.get("params") or {}
    if msg is None or not isinstance(params, dict):
        return None
    values = {}
    for key, value in params.items():
        values[str(key)] = _param(value, depth)
        if values[str(key)] is _UNKNOWN:
            return None
    return Text(msg, **values)


_UNKNOWN = object()


def _param(value: object, depth: int) -> object:
    if depth > MAX_DEPTH:
        return _UNKNOWN
    if isinstance(value, dict):
        nested = text_from_json(value, depth + 1)
        return _UNKNOWN if nested is None else nested
    if isinstance(value, list):
        items = [_param(v, depth + 1) for v in value]
        return _UNKNOWN if _UNKNOWN in items else items
    if value is None or isinstance(value, str | int | float):
        return value
    return _UNKNOWN


def stored(text: Text) -> str:
    """``text`` as a database column keeps it: JSON of its code and parameters, with its Vietnamese words for
    whoever reads the row without this catalog (``from_stored`` reads it back)."""
    return json.dumps({"message": text.in_language(), **text.to_json()}, ensure_ascii=False)


def from_stored(kept: str | None) -> Text | str | None:
    """A column written by ``stored``: its Text when this program knows the code, its Vietnamese words otherwise;
    plain words (a row written before texts had codes) as they are."""
    if not kept or not kept.startswith("{"):
        return kept
    try:
        said = json.loads(kept)
    except ValueError:
        return kept
    if not isinstance(said, dict):
        return kept
    return text_from_json(said) or str(said.get("message", kept))
