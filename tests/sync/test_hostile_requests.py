"""Hostile requests to the provincial server, from an enrolled desk's token: deep nesting, huge strings, NUL and
lone surrogates, a gzip bomb, truncated or false gzip, wrong content types, a valid push with one part replaced.
Every answer is a 4xx in the protocol's error envelope (with a Vietnamese message) or a 200 the protocol knows;
never a 5xx. A refused request stores nothing for the unit; a push answered with its items refused one by one
stores nothing but those items, set aside, each with the field at fault."""

from __future__ import annotations

import gzip
import json
import time
import tracemalloc
import uuid

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from counter_app.services import reception
from counter_app.store import journal
from counter_app.sync import engine
from counter_core.protocol import (
    PREFIX,
    Action,
    ChangesPage,
    DeskHealth,
    ErrorEnvelope,
    PushRequest,
    PushResponse,
    UnknownChange,
    natively_checked,
)
from provincial_server.answers import ApiError
from provincial_server.push_body import read_push, read_push_bytes
from provincial_server.request_body import MAX_BODY, MAX_DEPTH, inflate, inspect, parse
from tests import hostile
from tests.store.test_receive import khai_sinh

MB = 1024 * 1024


def server_rows(province) -> dict[str, int]:
    """What the server holds for the test's unit, table by table (set-aside items apart: ``set_aside``)."""
    return province.db.execute(
        "SELECT (SELECT count(*) FROM dossier WHERE unit_code = %(u)s) AS dossier, "
        "(SELECT count(*) FROM dossier_event e JOIN dossier d ON d.uuid = e.dossier_uuid WHERE d.unit_code = %(u)s) "
        "AS dossier_event, "
        "(SELECT count(*) FROM desk_audit a JOIN desk k ON k.id = a.desk_id WHERE k.unit_code = %(u)s) AS desk_audit, "
        "(SELECT count(*) FROM change_log WHERE unit_code = %(u)s) AS change_log",
        {"u": province.unit_code},
    ).fetchone()


@pytest.fixture
def desk_with_work(enrolled, province):
    """An enrolled desk with one dossier received and not yet sent: its token and the push it would send."""
    desk, clerk = enrolled
    reception.receive(desk, khai_sinh(desk), clerk)
    batch = PushRequest(actions=[engine.action_of(desk, row) for row in journal.pending_actions(desk.store, 10)])
    return engine.connect(desk).token, json.loads(batch.model_dump_json())


def post(server_url: str, token: str, path: str, body: bytes, **headers) -> requests.Response:
    return requests.post(
        f"{server_url}{PREFIX}{path}",
        data=body,
        timeout=60,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"} | headers,
    )


def set_aside(province) -> int:
    return province.db.execute(
        "SELECT count(*) AS n FROM set_aside s JOIN desk k ON k.id = s.desk_id WHERE k.unit_code = %s",
        (province.unit_code,),
    ).fetchone()["n"]


def each_item_refused(response: requests.Response) -> PushResponse:
    """A push answered item by item, every item refused with a Vietnamese reason, a code and the field at fault."""
    assert response.status_code == 200, (response.status_code, response.text[:300])
    answer = PushResponse.model_validate_json(response.content)
    for item in answer.results:
        assert item.outcome.value == "rejected" and item.code and item.field, item
        assert hostile.vietnamese(item.reason), item.reason
        assert item.field in item.reason or not item.code.startswith("invalid_"), item  # a value out of the protocol
    return answer


def refused(response: requests.Response, *statuses: int) -> ErrorEnvelope:
    assert response.status_code in (statuses or range(400, 500)), (response.status_code, response.text[:300])
    envelope = ErrorEnvelope.model_validate_json(response.content)
    assert hostile.vietnamese(envelope.error.message), envelope.error.message
    return envelope


def gzip_bomb(inflated: int) -> bytes:
    """A gzip body that inflates to ``inflated`` bytes of zeros: one small member, repeated."""
    member = gzip.compress(bytes(16 * MB), compresslevel=9)
    return member * (inflated // (16 * MB))


def test_hostile_bodies_are_refused_with_the_envelope_and_nothing_stored(server_url, province, desk_with_work):
    token, push = desk_with_work
    action = push["actions"][0]

    def note(text):
        return json.dumps({**push, "actions": [{**action, "event": {**action["event"], "note": text}}]})

    bodies = {
        "nesting": (b'{"protocol": "counter-sync/1", "actions": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", {}),
        "huge string": (note("x" * (8 * MB)).encode(), {}),
        "too big": (b" " * (MAX_BODY + 1), {}),
        "NUL": (note("a\x00b").encode(), {}),
        "lone surrogate": (note("a\ud800b").encode(), {}),  # json.dumps escapes it: valid JSON, not valid text
        "not UTF-8": (json.dumps(push).encode().replace(b"counter-sync/1", b"counter-sync/1\xff"), {}),
        "truncated gzip": (gzip.compress(json.dumps(push).encode())[:100], {"Content-Encoding": "gzip"}),
        "false gzip": (json.dumps(push).encode(), {"Content-Encoding": "gzip"}),
        "text/plain": (json.dumps(push).encode(), {"Content-Type": "text/plain"}),
        "form": (b"protocol=counter-sync%2F1&actions=", {"Content-Type": "application/x-www-form-urlencoded"}),
        "multipart": (
            b'--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n',
            {"Content-Type": "multipart/form-data; boundary=x"},
        ),
    }
    item_refused = {"huge string", "NUL", "lone surrogate"}  # in an action's value: that action alone is refused
    before = server_rows(province)
    for name, (body, headers) in bodies.items():
        for path in ("/push", "/audit"):
            response = post(server_url, token, path, body, **headers)
            assert response.status_code < 500, (name, path, response.status_code, response.text[:300])
            if path == "/push" and name in item_refused:
                assert each_item_refused(response).results[0].field == "event.note"
            else:
                refused(response)
    assert server_rows(province) == before
    assert set_aside(province) == 1  # the action, once: the later pushes of the same action were duplicates


def test_a_gzip_bomb_is_refused_without_being_inflated(server_url, province, desk_with_work):
    token, _push = desk_with_work
    before = server_rows(province)
    bomb = gzip_bomb(256 * MB)  # a few hundred kilobytes on the wire
    assert len(bomb) < MB
    started = time.monotonic()
    assert (
        refused(post(server_url, token, "/push", bomb, **{"Content-Encoding": "gzip"}), 413).error.code == "too_large"
    )
    assert time.monotonic() - started < 10
    assert server_rows(province) == before


def test_inflating_a_bomb_stops_at_the_limit():
    tracemalloc.start()
    try:
        with pytest.raises(ValueError):
            inflate(gzip_bomb(256 * MB), MAX_BODY)
        assert tracemalloc.get_traced_memory()[1] < 3 * MAX_BODY  # the peak: never the whole 256 MB
    finally:
        tracemalloc.stop()
    assert inflate(gzip.compress(b"{}") * 2, MAX_BODY) == b"{}{}"  # several members, as gzip allows


def fresh(body: object, push: dict, province) -> object:
    """``body`` as a new action of the desk wherever it still holds ``push``'s identity (op id, desk_seq, dossier
    UUID and code): so that the server checks and stores it, rather than answering that it holds it already."""
    try:
        action, dossier, original = body["actions"][0], body["actions"][0]["dossier"], push["actions"][0]
        last = province.db.execute(
            "SELECT max(last_seq) AS s FROM desk WHERE unit_code = %s", (province.unit_code,)
        ).fetchone()["s"]
        for part, key, new in (
            (action, "op_id", str(uuid.uuid4())),
            (action, "desk_seq", last + 1),
            (dossier, "uuid", str(uuid.uuid4())),
            (dossier, "code", f"{province.unit_code}-261123-{last + 2:04d}"),
        ):
            if part[key] == (original if part is action else original["dossier"])[key]:
                part[key] = new
    except (KeyError, IndexError, TypeError):
        pass  # the part replaced was one of these: sent as it is
    return body


def answered_or_refused(server_url: str, province, token: str, body: object) -> None:
    """A push answered item by item (a refused item naming its field, and stored only as set aside), or refused with
    the envelope and nothing stored; never a 5xx."""
    before, aside = server_rows(province), set_aside(province)
    response = post(server_url, token, "/push", json.dumps(body).encode())
    assert response.status_code < 500, (response.status_code, response.text[:300])
    if response.status_code == 200:
        answer = PushResponse.model_validate_json(response.content)
        if answer.results and answer.results[0].outcome.value == "rejected":
            each_item_refused(response)
            assert server_rows(province)["dossier_event"] == before["dossier_event"]
    else:
        refused(response)
        assert (server_rows(province), set_aside(province)) == (before, aside)


def test_every_place_of_a_push_holding_an_odd_value_is_answered_or_refused(server_url, province, desk_with_work):
    token, push = desk_with_work
    for body in hostile.sweep(push):
        answered_or_refused(server_url, province, token, fresh(body, push, province))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_push_with_one_part_replaced_is_answered_or_refused(server_url, province, desk_with_work, data):
    token, push = desk_with_work
    answered_or_refused(server_url, province, token, fresh(data.draw(hostile.mutated(push)), push, province))


@pytest.mark.parametrize(
    ("raw", "flawed"),
    [
        (rb'{"actions": [{"note": "plain", "n": 3, "x": 1.5, "ok": true}]}', False),
        (rb'{"actions": [{"note": "a NUL \u0000 here"}]}', True),
        (rb'{"actions": [{"facts": {"\u0000key": 1}}]}', True),
        (rb'{"actions": [{"note": "alone \uDC00"}]}', True),
        (rb'{"actions": [{"note": "a pair \ud83d\ude00 is a character"}]}', False),
        (rb'{"actions": [{"note": "C:\\u0000 typed"}]}', False),
        (rb'{"actions": [{"fee": NaN, "due": -Infinity}]}', True),
        (rb'{"actions": [{"fee": 1e999, "count": 1234567890123456789012345678901234567890}]}', True),
        (b'{"a": ' + b"[" * (MAX_DEPTH - 1) + b"]" * (MAX_DEPTH - 1) + b"}", False),
        (b'{"a": ' + b"[" * MAX_DEPTH + b"]" * MAX_DEPTH + b"}", False),
    ],
)
def test_a_body_is_walked_whole_only_if_it_can_hold_a_flaw_and_the_answer_is_the_walks(raw, flawed):
    try:
        value, flaws = parse(raw)
    except ApiError as refused:
        assert refused.code == "too_deep"
        assert raw.count(b"[") == MAX_DEPTH
        return
    assert flaws == inspect(value)  # what the whole walk finds, whether or not it ran
    assert bool(flaws) == flawed


def _nested(levels: int) -> object:
    value: object = 1
    for _ in range(levels):
        value = [value]
    return value


@pytest.mark.parametrize(
    ("where", "planted", "taken"),
    [
        ("facts", "7", True),
        ("facts", "9" * 30, True),  # the longest integer kept
        ("facts", "1" * 31, False),
        ("data", "-" + "1" * 31, False),
        ("data", "NaN", False),
        ("facts", "-Infinity", False),
        ("data", "1e999", False),
        ("data", "1.5e300", False),  # finite, but read the slower way
        ("facts", json.dumps(_nested(MAX_DEPTH - 5)), True),  # a container at the last level allowed
        ("data", json.dumps(_nested(MAX_DEPTH - 4)), False),  # one level past it
        ("facts", '"a NUL \\u0000 here"', False),
    ],
)
def test_a_push_read_from_its_bytes_is_the_push_read_after_parsing(desk_with_work, where, planted, taken):
    """The usual push is read in one pass from its bytes (``read_push_bytes``); a body that reading does not take
    whole goes the slower way, so that its flaws are refused as before: it never takes what the slower way refuses."""
    _, push = desk_with_work
    action = push["actions"][0]
    if where == "data":
        action["event"]["data"] = {}
    (action["dossier"]["facts"] if where == "facts" else action["event"]["data"])["planted"] = "@@"
    raw = json.dumps(push).replace('"@@"', planted).encode()
    quick = read_push_bytes(raw)
    assert (quick is not None) == taken
    try:
        slow, refused = read_push(PushRequest, *parse(raw))
    except ApiError as refusal:
        assert refusal.code == "too_deep"
        return
    if quick is None:
        assert refused or planted == "1.5e300"
    else:
        assert not refused
        assert quick[0].model_dump() == slow.model_dump()
        assert quick[1] == []


@pytest.mark.parametrize(
    ("field", "value", "taken"),
    [
        ("desk_seq", 1, True),
        ("desk_seq", True, False),
        ("desk_seq", "1", False),  # Action takes it; the quick reading leaves it to Action
        ("desk_seq", 1.0, False),
        ("base_cursor", False, False),
        ("event.at", "2026-12-04T10:00:00+07:00", True),
        ("event.at", 1764817200, False),
        ("event.at", "1764817200", None),  # either way, as the same moment if taken
        ("event.status", "2", False),
        ("dossier.fee", 1e3, False),
        ("dossier.due_at", None, True),
    ],
)
def test_a_natively_checked_action_takes_only_what_the_protocol_takes_as_the_same_value(
    desk_with_work, field, value, taken
):
    """The quick reading's model (pydantic's own checks, strict) takes part of what ``Action`` takes, never more, and
    reads it as the same value; what it refuses is read by ``Action``, with the protocol's words."""
    _, push = desk_with_work
    item = push["actions"][0]
    *parents, name = field.split(".")
    target = item
    for parent in parents:
        target = target[parent]
    target[name] = value
    raw = json.dumps(item).encode()
    try:
        native = natively_checked(Action).model_validate_json(raw)
    except ValidationError:
        assert taken is not True
        return
    assert taken is not False
    assert isinstance(native, Action)
    assert native.model_dump() == Action.model_validate_json(raw).model_dump()


@pytest.mark.parametrize(
    ("kind", "cursor", "taken"),
    [("tracking", 7, True), ("tracking", "7", False), ("a_later_kind", 7, False), ("tracking", True, False)],
)
def test_a_natively_checked_page_takes_only_known_changes_the_protocol_takes(kind, cursor, taken):
    """A page of the feed checked by pydantic alone tells changes apart by their kind: one this version does not know
    (an ``UnknownChange`` to the protocol's model) or a value the protocol reads otherwise is left to ``ChangesPage``."""
    change = {"kind": kind, "cursor": cursor, "tracking_url": "https://tra-cuu.example.vn/{code}"}
    text = json.dumps(
        {"server_time": "2026-12-04T10:00:00+07:00", "changes": [change], "next_cursor": 7, "has_more": False}
    )
    try:
        native = natively_checked(ChangesPage).model_validate_json(text)
    except ValidationError:
        assert not taken
        if kind != "tracking":  # the protocol's model reads it, as a change for a later version
            assert isinstance(ChangesPage.model_validate_json(text).changes[0], UnknownChange)
        return
    assert taken
    assert native.model_dump() == ChangesPage.model_validate_json(text).model_dump()


@pytest.mark.parametrize("offset", [True, False, None, 10**10])
def test_a_health_report_whose_clock_offset_is_not_a_number_of_seconds_is_refused(offset):
    report = {"app_version": "1.0.0", "backlog": 0, "clock_offset_seconds": offset}
    with pytest.raises(ValidationError):
        DeskHealth.model_validate(report)
    assert DeskHealth.model_validate(report | {"clock_offset_seconds": -300.5}).clock_offset_seconds == -300.5
