"""Every page of the feed is checked against the protocol before it leaves the server (a desk never gets what it
would refuse); a worker does not check again an entry it already sent, and checks again what changed since."""

import uuid
from datetime import UTC, datetime

import pytest
from psycopg.types.json import Jsonb
from pydantic import ValidationError

from counter_app.services import reception
from counter_app.sync import engine
from counter_core.protocol import MAX_PAGE, ChangesPage, DossierChange
from provincial_server.store import feed
from tests.store.test_receive import khai_sinh

NOW = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)


def page_of_another_desk(province) -> str:
    """The unit's feed from its start, as a desk that received none of its dossiers gets it."""
    return feed.page_json(province.db, province.unit_code, f"{province.unit_code}-09", 0, MAX_PAGE, NOW)


@pytest.fixture
def three_received(enrolled, province) -> list[str]:
    desk, clerk = enrolled
    codes = [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(3)]
    assert engine.sync(desk).sent == 3
    return codes


def test_a_page_sent_again_is_the_same_page_with_every_entry_and_dossier(province, three_received):
    first, again = page_of_another_desk(province), page_of_another_desk(province)
    assert again == first
    page = ChangesPage.model_validate_json(again)
    assert [c.code for c in page.changes if isinstance(c, DossierChange)] == three_received
    assert sorted(d.code for d in page.dossiers) == sorted(three_received)


def test_an_entry_the_protocol_refuses_is_refused_at_every_pull(province, three_received):
    page_of_another_desk(province)  # the good entries are sent once
    province.db.execute(
        "INSERT INTO change_log(unit_code, kind, body) VALUES (%s, 'dossier', %s)",
        (
            province.unit_code,
            Jsonb(
                {
                    "kind": "dossier",
                    "op_id": str(uuid.uuid4()),
                    "dossier_uuid": str(uuid.uuid4()),
                    "code": "hỏng",
                    "desk_id": None,
                    "event": {"kind": "process", "status": 4, "at": NOW.isoformat(), "user": "Phòng Tư pháp"},
                    "status": 99,  # no such status
                    "due_at": None,
                }
            ),
        ),
    )
    for _ in range(2):
        with pytest.raises(ValidationError):
            page_of_another_desk(province)


def test_a_dossier_changed_since_it_was_sent_is_checked_again(province, three_received):
    ChangesPage.model_validate_json(page_of_another_desk(province))
    province.db.execute(
        "UPDATE dossier SET snapshot = jsonb_set(snapshot, '{channel}', '9') WHERE code = %s", (three_received[1],)
    )
    with pytest.raises(ValidationError):
        page_of_another_desk(province)
