"""Handing results back: the citizen's satisfaction rating, asked when the result is handed back (§8.3), per
dossier and officer."""

from __future__ import annotations

from counter_app.services.events import stored
from counter_app.services.processing import record
from counter_app.store import dossiers
from counter_app.store.desk import Desk
from counter_core.domain import policy
from counter_core.domain.accounts import User
from counter_core.domain.satisfaction import RATING_EVENT, RATINGS
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Dossiers


def rate(desk: Desk, code: str, officer: User, level: int) -> JsonObject:
    """Record the rating of a returned dossier: an event queued for the province like any action, and a row
    of the ratings table that the reports read."""
    policy.require(officer, policy.RATE)
    if level not in RATINGS:
        raise InvalidInput("rating", Dossiers.RATING_INVALID)
    with desk.store.write():
        held = stored(desk, code)
        policy.require(officer, policy.RATE, held.dossier)
        event = record(desk, code, officer, RATING_EVENT, data={"level": level})
        dossiers.add_rating(desk.store, held.id, event["at"], officer.id, level)
    return {"code": code, "level": level, "label": RATINGS[level]}
