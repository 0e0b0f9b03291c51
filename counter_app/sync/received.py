"""What the province sends, read strictly before the feed's replay stores any of it: moments, dossier codes, unit
codes, usernames, event kinds and the event data the desk reads back (ratings, supplement requests).

The protocol's parser has checked the types and lengths; this checks the meaning. Anything off raises InvalidInput,
which the replay records (``sync.unreadable``) before skipping that change whole.
"""

from __future__ import annotations

import re
from datetime import datetime

from counter_core.domain.accounts import check_username
from counter_core.domain.codes import DossierCode
from counter_core.domain.facts import paper
from counter_core.domain.satisfaction import RATING_EVENT, RATINGS
from counter_core.domain.status import Status
from counter_core.foundation.clock import iso
from counter_core.foundation.errors import InvalidInput, Problem
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Accounts, Sync
from counter_core.foundation.texts import Msg, Text
from counter_core.protocol import EventRecord

YEARS = (2000, 2100)  # the moments a dossier's life can have
SUPPLEMENT_EVENT = "request_supplement"
_KIND = re.compile(r"[a-z][a-z_]{0,39}")


def moment(value: datetime, what: Msg) -> str:
    """``value`` in Vietnam time as the desk stores it; ``what`` says which moment (``Sync.OF_RECEPTION``)."""
    if not YEARS[0] <= value.year <= YEARS[1]:  # before any conversion, which could overflow
        raise InvalidInput(
            "sync", Sync.MOMENT_OUT_OF_RANGE, what=Text(what), year=value.year, low=YEARS[0], high=YEARS[1]
        )
    return iso(value)


def dossier_code(text: str) -> str:
    """A dossier code exactly as the desks issue them."""
    if str(DossierCode.parse(text)) != text:
        raise InvalidInput("code", Sync.CODE_NOT_ISSUED_FORM, code=repr(text[:60]))
    return text


def unit_code(text: str) -> str:
    """A unit code: opaque, but printable and without spaces."""
    if not text or not text.isprintable() or any(c.isspace() for c in text):
        raise InvalidInput("unit_code", Sync.UNIT_CODE_INVALID, code=repr(text[:60]))
    return text


def username(text: str) -> str:
    """A username as the desks and the province make them."""
    checked = check_username(text)
    if checked != text:
        raise InvalidInput("username", Accounts.PROVINCE_USERNAME, username=repr(text[:60]))
    return checked


def event_kind(kind: str) -> str:
    if not _KIND.fullmatch(kind):
        raise InvalidInput("kind", Sync.EVENT_KIND_INVALID, kind=repr(kind[:60]))
    return kind


def event_data(event: EventRecord) -> JsonObject | None:
    """The event's data, checked where the desk reads it back: a rating's level, a supplement request's papers (a
    desk's request always lists them; a processing unit's decision lists them when it carries the list)."""
    data = event.data
    if event.kind == RATING_EVENT and (not data or type(data.get("level")) is not int or data["level"] not in RATINGS):
        raise InvalidInput("rating", Sync.RATING_INVALID)
    items = (data or {}).get("items")
    if event.kind == SUPPLEMENT_EVENT or (event.status == Status.SUPPLEMENT_REQUESTED and items is not None):
        try:
            if not isinstance(items, list) or not items:
                raise Problem(Sync.PAPERS_MISSING)
            data = {**(data or {}), "items": [paper(item, 0) for item in items]}  # by name: no procedure at hand
        except ValueError as exc:
            raise InvalidInput("items", Sync.SUPPLEMENT_UNREADABLE, reason=exc) from exc
    return data
