"""The citizen's satisfaction rating, asked when the result is handed back (§8.3), per dossier and officer."""

from __future__ import annotations

from counter_app.accounts import User
from counter_app.clock import iso
from counter_app.desk import Desk
from counter_app.domain.status import Status
from counter_app.errors import InvalidInput, NotAllowed, NotFound
from counter_app.store import dossiers, journal

# Scored 0–2 like the evaluation indicators of TT 01/2018 ("Rất hài lòng / Hài lòng / Không hài lòng").
RATINGS = {2: "Rất hài lòng", 1: "Hài lòng", 0: "Không hài lòng"}


def rate(desk: Desk, code: str, officer: User, level: int) -> dict:
    """Record the rating of a returned dossier; it is queued for the province like any action."""
    if level not in RATINGS:
        raise InvalidInput("rating", "Mức đánh giá phải là Rất hài lòng, Hài lòng hoặc Không hài lòng.")
    at = iso(desk.clock())
    with desk.store.write():
        row = dossiers.by_code(desk.store, code)
        if row is None:
            raise NotFound(f"Không tìm thấy hồ sơ mã \"{code}\".")
        if row["status"] != Status.RETURNED:
            raise NotAllowed("Chỉ đánh giá khi đã trả kết quả.")
        dossiers.add_rating(desk.store, row["id"], at, officer.id, level)
        payload = {"dossier": dossiers.uuid_text(row["uuid"]), "code": code, "level": level,
                   "officer": officer.username, "at": at}
        journal.queue_action(desk.store, "dossier.rating", payload)
        journal.append_audit(desk.store, at, officer.id, "dossier.rating", code, None, {"level": level})
    return {"code": code, "level": level, "label": RATINGS[level]}
