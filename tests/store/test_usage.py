"""What the intake search learns from the desk: how many dossiers this desk received per procedure over a year, not
counting those another desk of the unit received (they come down with the unit's feed)."""

import uuid

from counter_app.services import reception
from counter_app.sync.replay import apply_page
from counter_core.domain.intake import SubmittedDocument
from counter_core.protocol import ChangesPage
from tests.store.test_receive import desk_procedure, khai_sinh
from tests.sync.test_hostile_feed import DESK_ID, EVENT, SNAPSHOT


def receive(desk, clerk, code: str) -> None:
    _, proc = desk_procedure(desk, code)
    papers = tuple(SubmittedDocument(d.name, d.original, d.certified, d.copy) for d in proc.documents if d.required)
    reception.receive(desk, khai_sinh(desk, procedure_code=code, documents=papers), clerk)


def test_usage_counts_this_desks_receipts_per_procedure_over_a_year(desk, clerk, clock):
    assert reception.usage(desk) == {}
    for code in ("1.001193", "1.001193", "1.000656"):
        receive(desk, clerk, code)
    assert reception.usage(desk) == {"1.001193": 2, "1.000656": 1}
    clock.set("2027-11-22T10:00")  # 364 days later, then more than a year
    receive(desk, clerk, "1.000656")
    assert reception.usage(desk) == {"1.001193": 2, "1.000656": 2}
    clock.set("2027-11-24T08:00")
    assert reception.usage(desk) == {"1.000656": 1}


def test_a_dossier_another_desk_received_is_not_this_desks_usage(desk, clerk):
    receive(desk, clerk, "1.001193")
    change = {
        "kind": "dossier",
        "cursor": 1,
        "op_id": str(uuid.uuid4()),
        "dossier_uuid": SNAPSHOT["uuid"],
        "code": SNAPSHOT["code"],
        "desk_id": DESK_ID,
        "event": EVENT,
        "status": 2,
        "due_at": SNAPSHOT["due_at"],
    }
    page = ChangesPage.model_validate(
        {"server_time": EVENT["at"], "changes": [change], "dossiers": [SNAPSHOT], "next_cursor": 1, "has_more": False}
    )
    with desk.store.write():
        assert apply_page(desk, page, "000.00.31.H56-01").received == 1  # the unit's dossier is on this desk now
    assert desk.store.first("SELECT count(*) AS n FROM dossier")["n"] == 2
    assert reception.usage(desk) == {"1.001193": 1}
