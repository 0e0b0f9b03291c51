"""A bad item never blocks a desk. Through the desk's own push: an action holding a NUL, a lone surrogate, a number
that is not finite or a value the protocol does not allow is refused alone, naming its field, set aside on both
sides and shown in the supervisor's list with its reason, while the rest of the batch is applied and later syncs go
on; a batch the server refuses whole (nested too deep) is split until the action at fault is alone and set aside.
The text rules look at decoded values: a backslash followed by ``u0000`` is text, stored as typed. Property tests
draw the texts and numbers."""

from __future__ import annotations

import json
import math
import uuid

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counter_app.services import reception
from counter_app.store import journal
from counter_app.sync import engine
from counter_core.protocol import PREFIX, PROTOCOL
from provincial_server.store import admin as server_store
from tests import hostile
from tests.store.test_receive import khai_sinh


def received(desk, clerk, count: int) -> list[str]:
    return [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(count)]


def set_note(desk, code: str, note: str) -> None:
    """The note of the dossier's reception event, as an odd keyboard, file or paste could have left it."""
    desk.store.conn.execute(
        "UPDATE dossier_event SET note = ? WHERE dossier_id = (SELECT id FROM dossier WHERE code = ?)", (note, code)
    )


def set_aside_on_server(province, code: str) -> dict:
    return province.db.execute(
        "SELECT s.code, s.field, s.reason FROM set_aside s WHERE s.body->'dossier'->>'code' = %s", (code,)
    ).fetchone()


def test_an_action_with_a_nul_is_refused_alone_shown_to_the_supervisor_and_the_queue_goes_on(enrolled, province):
    desk, clerk = enrolled
    codes = received(desk, clerk, 3)
    set_note(desk, codes[1], "Bản sao\x00 công chứng")
    report = engine.sync(desk)
    assert report.outcomes == {"applied": 2, "rejected": 1}
    assert server_store.dossier_codes(province.db, province.unit_code) == [codes[0], codes[2]]
    aside = set_aside_on_server(province, codes[1])
    assert (aside["code"], aside["field"]) == ("invalid_text", "event.note")
    shown = [p for p in engine.problems(desk) if p["kind"] == "set_aside"]
    assert [p["code"] for p in shown] == [codes[1]]
    reason = shown[0]["reason"].in_language()
    assert "event.note" in reason and "NUL" in reason
    assert shown[0]["reason"].in_language("en").startswith("The action is refused: the field event.note holds a NUL")
    later = received(desk, clerk, 1)
    assert engine.sync(desk).outcomes == {"applied": 1}
    assert later[0] in server_store.dossier_codes(province.db, province.unit_code)


def test_a_backslash_and_u0000_typed_as_text_is_just_text(enrolled, province):
    desk, clerk = enrolled
    (code,) = received(desk, clerk, 1)
    typed = r"Hồ sơ lưu ở C:\u0000\hồ sơ\ và \ud800"
    set_note(desk, code, typed)
    assert engine.sync(desk).outcomes == {"applied": 1}
    assert server_store.events_of(province.db, code)[0]["note"] == typed


def test_a_note_longer_than_the_protocol_allows_is_refused_by_the_province_not_stuck_at_the_desk(enrolled, province):
    desk, clerk = enrolled
    codes = received(desk, clerk, 2)
    set_note(desk, codes[0], "ghi chú " * 600)  # 4,800 characters: the desk cannot even make it an action
    assert engine.sync(desk).outcomes == {"rejected": 1, "applied": 1}
    aside = set_aside_on_server(province, codes[0])
    assert (aside["code"], aside["field"]) == ("invalid_value", "event.note")
    assert journal.sync_backlog(desk.store)["set_aside"] == 1


def nest_too_deep(desk, code: str) -> None:
    """The data of the dossier's reception event nested 40 levels deep (the server reads 32): a push holding it is
    refused whole. (The event's data travels as stored; the reception facts are rebuilt from their typed value.)"""
    deep: dict = {}
    for _ in range(40):
        deep = {"a": deep}
    desk.store.conn.execute(
        "UPDATE dossier_event SET data = json_set(coalesce(data, '{}'), '$.x', json(?)) "
        "WHERE dossier_id = (SELECT id FROM dossier WHERE code = ?)",
        (json.dumps(deep), code),
    )


def test_a_batch_refused_whole_is_split_until_the_action_at_fault_is_set_aside(enrolled, province):
    desk, clerk = enrolled
    codes = received(desk, clerk, 5)
    nest_too_deep(desk, codes[3])
    report = engine.sync(desk)
    assert report.outcomes == {"applied": 4, "rejected": 1}
    assert set(server_store.dossier_codes(province.db, province.unit_code)) == set(codes) - {codes[3]}
    seqs = server_store.settled_seqs(province.db, f"{province.unit_code}-01")
    assert seqs["set_aside"] == [4] and seqs["applied"] == [1, 2, 3, 5]
    shown = [p for p in engine.problems(desk) if p["kind"] == "set_aside"]
    assert len(shown) == 1 and "lồng nhau quá sâu" in shown[0]["reason"].in_language()
    refused = province.db.execute(
        "SELECT code FROM set_aside WHERE desk_id = %s", (f"{province.unit_code}-01",)
    ).fetchone()
    assert refused["code"] == "unsendable"


def test_a_desk_restored_after_an_unsendable_action_gets_its_place_back(enrolled, province, make_desk, server_url):
    desk, clerk = enrolled
    codes = received(desk, clerk, 2)
    nest_too_deep(desk, codes[0])
    assert engine.sync(desk).outcomes == {"rejected": 1, "applied": 1}
    fresh, lan = make_desk(1, folder="new-computer")
    engine.enrol(fresh, server_url, province.desk_code(1))
    assert engine.sync(fresh).rebased == 2
    assert journal.outbox_counts(fresh.store) == {"rejected": 1, "applied": 1}
    assert reception.receive(fresh, khai_sinh(fresh), lan)
    assert engine.sync(fresh).outcomes == {"applied": 1}


def raw(server_url: str, token: str, path: str, body: bytes) -> requests.Response:
    return requests.post(
        f"{server_url}{PREFIX}{path}",
        data=body,
        timeout=30,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )


def test_deep_nesting_and_numbers_that_are_not_finite_get_a_4xx_naming_the_field(enrolled, server_url):
    desk, _ = enrolled
    token = engine.connect(desk).token
    nested = b'{"protocol": "counter-sync/1", "actions": [' + b"[" * 900 + b"]" * 900 + b"]}"
    answer = raw(server_url, token, "/push", nested)
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "too_deep"
    entry = '{"id": 1, "at": "x", "user_id": %s, "action": "a", "entity_key": "k", "hash": "%s"}'
    for number in ("NaN", "Infinity", "-Infinity", "1e999", "1" * 40):
        answer = raw(server_url, token, "/audit", ('{"entries": [' + entry % (number, "0" * 32) + "]}").encode())
        assert answer.status_code == 422, answer.text
        message = answer.json()["error"]["message"]
        assert "entries.0.user_id" in message and "số hữu hạn" in message and number[:20] in message


def fresh_action(desk, province, note: str, number: object) -> dict:
    """The desk's pending action with a new identity (so that the server checks it anew), ``note`` as its note and
    ``number`` among its reception facts."""
    fields = engine.action_fields(desk, journal.pending_actions(desk.store, 1)[0])
    last = province.db.execute("SELECT last_seq FROM desk WHERE id = %s", (f"{province.unit_code}-01",)).fetchone()[
        "last_seq"
    ]
    fields["op_id"], fields["desk_seq"] = str(uuid.uuid4()), last + 1
    fields["dossier"] |= {"uuid": str(uuid.uuid4()), "code": f"{province.unit_code}-261123-{last + 100:04d}"}
    fields["dossier"]["facts"]["so"] = number
    fields["event"]["note"] = note
    return fields


def not_text(text: str) -> bool:
    return "\x00" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text)


def not_finite(number: object) -> bool:
    return (isinstance(number, float) and not math.isfinite(number)) or (
        isinstance(number, int) and len(str(abs(number))) > 30
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    note=hostile.text,
    number=st.one_of(
        st.floats(allow_nan=True, allow_infinity=True), st.integers(min_value=-(10**40), max_value=10**40)
    ),
)
def test_the_text_and_number_rules_hold_for_whatever_a_desk_pushes(enrolled_once, province, note, number):
    desk, client = enrolled_once
    answer = client.push({"protocol": PROTOCOL, "actions": [fresh_action(desk, province, note, number)]})
    (item,) = answer.results
    flaws = {("invalid_text", "event.note")} if not_text(note) else set()
    flaws |= {("invalid_number", "dossier.facts.so")} if not_finite(number) else set()
    if flaws:  # the item is refused for one of them, named
        assert item.outcome.value == "rejected" and (item.code, item.field) in flaws, item
        assert item.field in item.reason, item.reason
    else:
        assert item.outcome.value == "applied", item
        (event,) = province.db.execute(
            "SELECT e.note, d.snapshot->'facts'->'so' AS so FROM dossier_event e JOIN dossier d "
            "ON d.uuid = e.dossier_uuid WHERE e.op_id = %s",
            (item.op_id,),
        ).fetchall()
        assert event["note"] == note  # the decoded text, exactly
        assert event["so"] == number if isinstance(number, int) else float(event["so"]) == number


@pytest.fixture
def enrolled_once(enrolled):
    """An enrolled desk with one dossier received (the template of the pushes) and its client."""
    desk, clerk = enrolled
    received(desk, clerk, 1)
    return desk, engine.connect(desk)
