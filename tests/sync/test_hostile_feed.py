"""Hostile pages of the changes feed, as a desk pulls them: schema-valid (they went through the protocol's JSON
parser, as the HTTP client reads them) but with random text in every field, reception facts that are garbage,
catalogs, calendars, office hours and accounts that do not validate, dossier changes for dossiers the desk does not
have and whose snapshot is missing, colliding codes and op ids, moments at the ends of the calendar.

Applied in the desk's write transaction as the engine does: it never raises anything but a CounterError (and then
the transaction leaves nothing); a change the desk cannot read is recorded (``sync.unreadable``) and skipped whole,
the rest of the page applied; whatever is stored is clean and the desk still shows, searches and reloads."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from counter_app.services import lookup, reception
from counter_app.store import dossiers, journal
from counter_app.sync.replay import apply_page
from counter_core.foundation.errors import CounterError
from counter_core.protocol import MAX_SEQ, ChangesPage
from tests import hostile
from tests.cli.test_hostile_files import NOTICE, SEED

DESK_ID = "000.00.31.H56-02"  # another desk of the test desk's unit
UUIDS = [uuid.UUID(int=n) for n in range(1, 4)]  # few, so that changes and snapshots meet and collide
FACTS = {
    "desk": 2,
    "owner": {"birth_date": "1990-03-12", "gender": "Nam", "address": "Thôn Phú Lộc", "email": "duc@example.vn"},
    "submitter": {"full_name": "Trần Thị Mai", "id_number": "001190123456", "phone": "0912345678"},
    "documents": [
        {
            "name": "Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao",
            "original": 1,
            "certified": 0,
            "copy": 0,
        },
        {"n": 2, "copy": 1},
    ],
    "sets": 1,
    "postal_address": "",
    "fee_request": {"quantity": 2, "pages": 3, "exemption": None},
    "note": "",
}
SNAPSHOT = {
    "uuid": str(UUIDS[0]),
    "code": "000.00.31.H56-261123-1001",
    "unit_code": "000.00.31.H56",
    "competent_unit": None,
    "procedure_code": "2.000815",
    "procedure_name": "Chứng thực bản sao",
    "field": "Chứng thực",
    "catalog_version": "seed-2026.11",
    "owner_name": "Trần Văn Đức",
    "owner_id": "001090123456",
    "phone": "0987654321",
    "received_at": "2026-11-23T09:00:00+07:00",
    "due_at": "2026-11-23T17:00:00+07:00",
    "fee": 10000,
    "channel": 1,
    "return_method": 0,
    "facts": FACTS,
}
EVENT = {
    "kind": "receive",
    "status": 2,
    "at": "2026-11-23T09:00:00+07:00",
    "user": "mai",
    "user_name": "Lê Thị Mai",
    "note": "",
    "due_at": "2026-11-23T17:00:00+07:00",
    "data": None,
}
FEED = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)

short = hostile.wire_text.map(lambda t: t[:40])  # within the protocol's shortest limit
moments = st.datetimes(
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=14)), timezone(timedelta(hours=-12))])
).map(datetime.isoformat)
cursors = st.integers(0, MAX_SEQ)
uuids = st.one_of(st.sampled_from(UUIDS), st.sampled_from(UUIDS), st.uuids()).map(str)


def event_of(kind=st.one_of(st.sampled_from(["receive", "process", "rating", "request_supplement"]), short)):
    return st.fixed_dictionaries(
        {
            "kind": kind.filter(bool),
            "status": st.none() | st.integers(1, 10),
            "at": moments,
            "user": short,
            "user_name": short,
            "note": short,
            "due_at": st.none() | moments,
            "data": st.none()
            | st.dictionaries(st.sampled_from(["level", "items", "by"]) | short, hostile.wire_values, max_size=3),
        }
    )


snapshots = st.one_of(
    hostile.mutated(SNAPSHOT, hostile.wire_values),
    hostile.mutated(FACTS, hostile.wire_values).map(lambda facts: SNAPSHOT | {"facts": facts}),
    st.builds(
        lambda u, code, name: SNAPSHOT | {"uuid": u, "code": code, "owner_name": name},
        uuids,
        st.sampled_from([SNAPSHOT["code"], "000.00.31.H56-261123-1002", "H56-261123-0001"]) | short,
        short,
    ),
)
dossier_changes = st.fixed_dictionaries(
    {
        "kind": st.just("dossier"),
        "cursor": cursors,
        "op_id": uuids,
        "dossier_uuid": uuids,
        "code": st.just(SNAPSHOT["code"]) | short,
        "desk_id": st.none() | st.just(DESK_ID) | short,
        "event": st.one_of(st.just(EVENT), event_of(), hostile.mutated(EVENT, hostile.wire_values)),
        "status": st.integers(1, 10),
        "due_at": st.none() | moments,
    }
)
province_changes = st.one_of(
    st.fixed_dictionaries(
        {
            "kind": st.just("catalog"),
            "cursor": cursors,
            "sha256": short,
            "catalog": hostile.mutated(SEED, hostile.wire_values),
        }
    ),
    st.fixed_dictionaries(
        {"kind": st.just("calendar"), "cursor": cursors, "notice": hostile.mutated(NOTICE, hostile.wire_values)}
    ),
    st.fixed_dictionaries(
        {
            "kind": st.just("office_hours"),
            "cursor": cursors,
            "office_hours": st.just("07:30-11:30,13:00-17:00") | short,
            "same_day_cutoff": st.just("15:00") | short,
        }
    ),
    st.fixed_dictionaries(
        {
            "kind": st.just("account"),
            "cursor": cursors,
            "username": st.just("mai") | short,
            "full_name": short,
            "role": st.sampled_from(["clerk", "admin", "root"]) | short,
            "password_hash": short,
            "active": st.booleans(),
        }
    ),
    st.fixed_dictionaries({"kind": st.just("unit"), "cursor": cursors, "code": short, "name": short}),
)
pages = st.fixed_dictionaries(
    {
        "server_time": moments,
        "changes": st.lists(dossier_changes | province_changes, max_size=5),
        "dossiers": st.lists(snapshots, max_size=3),
        "next_cursor": cursors,
        "has_more": st.booleans(),
    }
)


def parsed(body: dict) -> ChangesPage | None:
    """The page as the desk's client reads it off the wire, or None if the protocol's parser refuses it."""
    try:
        return ChangesPage.model_validate_json(json.dumps(body))
    except ValidationError:
        return None


def rows(desk) -> dict[str, int]:
    return hostile.desk_rows(desk.store.path.parent)


def applied_or_rolled_back(desk, page: ChangesPage) -> None:
    before = rows(desk)
    try:
        with desk.store.write():
            apply_page(desk, page, DESK_ID)
    except CounterError:
        assert rows(desk) == before, "a refused page leaves nothing"
        return
    desk.reload()  # what the province sent can be read back: settings, calendar, catalog
    for code in [r.code for r in lookup.find(desk, limit=1000)]:
        shown = lookup.show(desk, code)
        assert shown.events, "no dossier without its reception"
        for text in hostile.strings({k: v for k, v in shown.to_json().items() if k != "events"}):
            assert hostile.clean(text), (code, ascii(text))


@FEED
@given(pages)
def test_a_hostile_page_is_applied_clean_or_set_aside_and_never_crashes(desk, body):
    page = parsed(body)
    if page is not None:
        applied_or_rolled_back(desk, page)


def page_of(*changes: dict, snapshots: tuple[dict, ...] = ()) -> dict:
    return {
        "server_time": "2026-11-23T09:00:00+07:00",
        "next_cursor": len(changes),
        "has_more": False,
        "dossiers": list(snapshots),
        "changes": [change | {"cursor": n} for n, change in enumerate(changes, 1)],
    }


def received(event: dict = EVENT, op_id: str | None = None) -> dict:
    """The feed's change of a dossier's reception (the snapshot's dossier)."""
    return {
        "kind": "dossier",
        "op_id": op_id or str(uuid.uuid4()),
        "dossier_uuid": SNAPSHOT["uuid"],
        "code": SNAPSHOT["code"],
        "desk_id": DESK_ID,
        "event": event,
        "status": 2,
        "due_at": None,
    }


def swept_pages():
    """Pages where each place of a snapshot, its facts, an event and each kind of province data in turn holds
    each odd value."""
    for snapshot in hostile.sweep(SNAPSHOT):
        yield page_of(received(), snapshots=(snapshot,))
    for event in hostile.sweep(EVENT | {"data": {"level": 2}}):
        yield page_of(received(event), snapshots=(SNAPSHOT,))
    for kind, key, document in (("catalog", "catalog", SEED), ("calendar", "notice", NOTICE)):
        for odd in hostile.sweep(document):
            yield page_of({"kind": kind, "sha256": "x", key: odd})
    account = {
        "kind": "account",
        "username": "mai",
        "full_name": "Lê Thị Mai",
        "role": "clerk",
        "password_hash": "x",
        "active": True,
    }
    for change in (
        account,
        {"kind": "unit", "code": "000.00.32.H56", "name": "UBND xã Quảng Phước"},
        {"kind": "office_hours", "office_hours": "07:30-11:30,13:00-17:00", "same_day_cutoff": "15:00"},
    ):
        for odd in hostile.sweep(change):
            yield page_of(odd)


def test_every_place_of_the_feed_holding_an_odd_value_is_applied_clean_or_set_aside(desk):
    for body in swept_pages():
        page = parsed(body)
        if page is not None:
            applied_or_rolled_back(desk, page)


def test_unreadable_province_data_is_recorded_and_skipped_and_the_rest_applied(desk):
    page = parsed(
        page_of(
            {"kind": "catalog", "sha256": "x", "catalog": SEED | {"procedures": True}},
            {"kind": "calendar", "notice": NOTICE | {"year": 1e308}},
            {
                "kind": "account",
                "username": "mai\u202e",
                "full_name": "Lê Thị Mai",
                "role": "clerk",
                "password_hash": "x",
                "active": True,
            },
            received(),  # without its snapshot
            {"kind": "unit", "code": "000.00.32.H56", "name": "UBND xã Quảng Phước"},
        )
    )
    with desk.store.write():
        applied = apply_page(desk, page, DESK_ID)
    assert applied.received == 1 and ("000.00.32.H56", "UBND xã Quảng Phước") in desk.units()
    for cursor, kind in ((1, "catalog"), (2, "calendar"), (3, "account"), (4, "dossier")):
        [recorded] = journal.audit_for(desk.store, "sync", str(cursor))
        assert recorded["action"] == "sync.unreadable" and json.loads(recorded["after"])["kind"] == kind
        assert hostile.vietnamese(json.loads(recorded["after"])["message"])
    assert journal.audit_for(desk.store, "sync", "5") == []


def test_a_kind_of_change_from_a_newer_server_is_recorded_and_the_feed_goes_on(desk):
    """A desk not yet updated must not stop at what a newer province sends: the changes behind it still arrive."""
    page = parsed(
        page_of(
            {"kind": "holiday_rota", "rota": [1, 2, 3]},
            {"kind": "unit", "code": "000.00.32.H56", "name": "UBND xã Quảng Phước"},
        )
    )
    with desk.store.write():
        applied = apply_page(desk, page, DESK_ID)
    assert applied.received == 1 and ("000.00.32.H56", "UBND xã Quảng Phước") in desk.units()
    [recorded] = journal.audit_for(desk.store, "sync", "1")
    after = json.loads(recorded["after"])
    assert recorded["action"] == "sync.unreadable" and after["kind"] == "holiday_rota"
    assert "cập nhật Counter" in after["message"]


def test_a_dossier_first_seen_at_cursor_zero_keeps_its_reception(desk):
    """Found by the hostile pages: a new dossier's row starts at feed cursor 0, so a change at cursor 0 was taken
    for one already followed and the dossier was stored without its reception."""
    body = page_of(received(), snapshots=(SNAPSHOT,))
    body["changes"][0]["cursor"] = 0
    with desk.store.write():
        apply_page(desk, parsed(body), DESK_ID)
    shown = lookup.show(desk, SNAPSHOT["code"])
    assert [e.kind for e in shown.events] == [EVENT["kind"]]


def test_a_dossier_whose_event_cannot_be_read_is_not_stored_half(desk):
    """The snapshot is fine, the event is not: the dossier must not stay without its reception."""
    page = parsed(page_of(received(EVENT | {"kind": "rating", "data": {"level": "rất tốt"}}), snapshots=(SNAPSHOT,)))
    before = rows(desk)
    with desk.store.write():
        apply_page(desk, page, DESK_ID)
    after = rows(desk)
    assert (after["dossier"], after["dossier_event"]) == (before["dossier"], before["dossier_event"])
    assert journal.audit_for(desk.store, "sync", "1")[0]["action"] == "sync.unreadable"


@pytest.mark.parametrize(
    "facts",
    [
        {"owner": [], "documents": []},
        {"owner": {}, "documents": 5},
        {"owner": {}, "submitter": "Trần Thị Mai"},
        {"owner": {}, "code": "SPOOF-261123-0001", "fee": -1},  # keys of the row: left out, not shown instead
        {"owner": {"gender": "?", "birth_date": "12/03/1990"}},
        {"owner": {}, "documents": [{"n": 99}]},
    ],
)
def test_garbage_facts_make_the_dossier_unreadable_or_are_left_out(desk, facts):
    applied_or_rolled_back(desk, parsed(page_of(received(), snapshots=(SNAPSHOT | {"facts": facts},))))
    if dossiers.by_code(desk.store, SNAPSHOT["code"]) is not None:
        shown = lookup.show(desk, SNAPSHOT["code"])
        assert shown.code == SNAPSHOT["code"] and shown.fee == 10000


def test_a_code_already_held_by_another_dossier_is_unreadable(desk, clerk):
    from tests.store.test_receive import khai_sinh

    code = reception.receive(desk, khai_sinh(desk), clerk).code
    applied_or_rolled_back(desk, parsed(page_of(received() | {"code": code}, snapshots=(SNAPSHOT | {"code": code},))))
    assert len(lookup.find(desk, limit=10)) == 1
