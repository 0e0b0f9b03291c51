"""Sync through a real TCP proxy that breaks requests on the wire (tests/sync/fault_proxy.py): connections
refused or reset, requests cut half-way, answers lost after the server committed, truncated, held past the
desk's timeout, or replaced by a gateway's 5xx. While a fault is on, sync may fail, and each test checks
where things stand on both sides; once the network is back and the desk syncs again, nothing is pending,
the server holds each of the desk's actions exactly once with no hole, and desk and server agree on every
dossier (invariants I1–I4 of the sync design)."""

import logging
import random
import time
import uuid

import pytest

from counter_app.services import lookup, processing, reception
from counter_app.store import journal
from counter_app.sync import engine
from counter_app.sync.client import TIMEOUT, Client, SyncError
from counter_core.domain.status import TRANSITIONS, Status
from provincial_server.store import admin as server_store
from tests.store.test_receive import khai_sinh
from tests.sync.fault_proxy import (
    CUT_BEFORE_RESPONSE,
    CUT_REQUEST,
    CUT_RESPONSE,
    PASS,
    RESET,
    FaultProxy,
    error,
    every_fault,
    slow,
)

READ_TIMEOUT = 0.5  # seconds: the desk's read timeout while an answer is held
HOLD = 1.5  # seconds the proxy holds a slow answer: well past READ_TIMEOUT


@pytest.fixture
def proxy(server_url):
    with FaultProxy(int(server_url.rsplit(":", 1)[1])) as fault_proxy:
        yield fault_proxy


def through(desk, proxy) -> Client:
    """The desk's own client (its token, its kept-alive session), talking to the server through the proxy."""
    client = engine.connect(desk)
    client.base_url = proxy.url
    return client


def receive(desk, clerk, count: int) -> list[str]:
    return [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(count)]


def desk_id(province, number: int) -> str:
    return f"{province.unit_code}-{number:02d}"


def pending(desk) -> int:
    return journal.outbox_counts(desk.store).get("pending", 0)


def assert_agree(province, desks) -> None:
    """I1–I4 once the network is back: nothing left pending on any desk; the server holds each desk's
    actions 1…last exactly once (applied or set aside); the server has exactly the desks' dossiers, each in
    the status the desk shows."""
    local = {}
    for number, desk in desks:
        assert pending(desk) == 0
        seqs = server_store.settled_seqs(province.db, desk_id(province, number))
        assert sorted(seqs["applied"] + seqs["set_aside"]) == list(range(1, journal.last_seq(desk.store) + 1))
        local.update({d.code: d.status for d in lookup.find(desk, limit=10_000)})
    assert server_store.dossier_codes(province.db, province.unit_code) == sorted(local)
    assert server_store.statuses(province.db, province.unit_code) == local


# -- one fault on a push ----------------------------------------------------------------------------------
PUSH_FAULTS = [  # (fault, whether the server holds the pushed actions after it)
    pytest.param(RESET, False, id="reset-before-forwarding"),
    pytest.param(CUT_REQUEST, False, id="cut-mid-request"),
    pytest.param(CUT_BEFORE_RESPONSE, True, id="cut-after-commit-before-response"),
    pytest.param(CUT_RESPONSE, True, id="cut-mid-response"),
    pytest.param(error(500), False, id="500-instead-of-forwarding"),
    pytest.param(error(502), False, id="502-instead-of-forwarding"),
    pytest.param(error(503), False, id="503-instead-of-forwarding"),
    pytest.param(error(500, forward=True), True, id="500-after-forwarding"),
    pytest.param(error(502, forward=True), True, id="502-after-forwarding"),
    pytest.param(error(503, forward=True), True, id="503-after-forwarding"),
]


@pytest.mark.parametrize(("fault", "lands"), PUSH_FAULTS)
def test_a_push_broken_on_the_wire_lands_once_when_the_network_is_back(enrolled, province, proxy, fault, lands):
    desk, clerk = enrolled
    client = through(desk, proxy)
    before = receive(desk, clerk, 2)
    engine.sync(desk, client)  # clean: the session now keeps a connection open through the proxy
    codes = receive(desk, clerk, 3)
    processing.transition(desk, before[0], Status.PROCESSING, clerk, "Chuyển công chức hộ tịch")
    processing.transition(desk, codes[0], Status.PROCESSING, clerk)

    proxy.inject(fault, path="/push")
    with pytest.raises(SyncError):
        engine.sync(desk, client)
    assert pending(desk) == 5  # the desk never learnt the outcome: its five actions wait
    held = server_store.statuses(province.db, province.unit_code)
    if lands:  # the server committed all five although the desk got no answer
        assert sorted(held) == sorted(before + codes)
        assert held[before[0]] == held[codes[0]] == Status.PROCESSING
    else:  # nothing of the broken request was applied
        assert held == {before[0]: Status.RECEIVED, before[1]: Status.RECEIVED}

    report = engine.sync(desk, client)
    assert report.outcomes == ({"duplicate": 5} if lands else {"applied": 5})
    assert [s.fault for s in proxy.log if s.path.endswith("/push")] == [PASS, fault, PASS]
    assert_agree(province, [(1, desk)])


def test_an_answer_held_past_the_read_timeout_is_given_up_and_the_actions_land_once(enrolled, province, proxy):
    desk, clerk = enrolled
    client = through(desk, proxy)
    codes = receive(desk, clerk, 3)
    processing.transition(desk, codes[1], Status.PROCESSING, clerk)
    client.timeout = (5, READ_TIMEOUT)
    proxy.inject(slow(HOLD), path="/push")
    with pytest.raises(SyncError, match="ReadTimeout"):
        engine.sync(desk, client)
    assert pending(desk) == 4
    assert server_store.statuses(province.db, province.unit_code)[codes[1]] == Status.PROCESSING  # committed

    client.timeout = TIMEOUT
    report = engine.sync(desk, client)  # at once: the held answer is still on its way to a closed connection
    assert report.outcomes == {"duplicate": 4}
    assert_agree(province, [(1, desk)])


def test_the_answer_to_the_second_batch_lost_after_commit(enrolled, province, proxy):
    desk, clerk = enrolled
    with desk.store.write():
        codes = receive(desk, clerk, 2 * engine.BATCH + 50)
    client = through(desk, proxy)
    proxy.inject(PASS, path="/push")
    proxy.inject(CUT_BEFORE_RESPONSE, path="/push")
    with pytest.raises(SyncError):
        engine.sync(desk, client)
    assert journal.outbox_counts(desk.store) == {"applied": engine.BATCH, "pending": engine.BATCH + 50}
    seqs = server_store.settled_seqs(province.db, desk_id(province, 1))
    assert seqs["applied"] == list(range(1, 2 * engine.BATCH + 1))  # two batches held, the third never sent

    report = engine.sync(desk, client)
    assert report.outcomes == {"duplicate": engine.BATCH, "applied": 50}
    assert len(codes) == len(server_store.dossier_codes(province.db, province.unit_code))
    assert_agree(province, [(1, desk)])


def test_a_refused_connection_keeps_everything_on_the_desk(enrolled, province, proxy):
    desk, clerk = enrolled
    client = through(desk, proxy)
    engine.sync(desk, client)  # a kept-alive connection exists: going down must reset it too
    codes = receive(desk, clerk, 2)
    with proxy.down():
        with pytest.raises(SyncError, match="Không kết nối được"):
            engine.sync(desk, client)
        assert pending(desk) == 2
        assert server_store.dossier_codes(province.db, province.unit_code) == []
    assert engine.sync(desk, client).outcomes == {"applied": 2}
    assert server_store.dossier_codes(province.db, province.unit_code) == sorted(codes)
    assert_agree(province, [(1, desk)])


# -- one fault on a pull -----------------------------------------------------------------------------------
PULL_FAULTS = [
    pytest.param(RESET, id="reset-before-forwarding"),
    pytest.param(CUT_REQUEST, id="cut-mid-request"),
    pytest.param(CUT_BEFORE_RESPONSE, id="cut-before-response"),
    pytest.param(CUT_RESPONSE, id="cut-mid-response"),
    pytest.param(error(502), id="502-instead-of-forwarding"),
    pytest.param(error(503, forward=True), id="503-after-forwarding"),
]


@pytest.mark.parametrize("fault", PULL_FAULTS)
def test_a_page_of_changes_broken_on_the_wire_is_applied_once_later(enrolled, province, proxy, fault):
    desk, clerk = enrolled
    client = through(desk, proxy)
    codes = receive(desk, clerk, 2)
    engine.sync(desk, client)
    server_store.decide(province.db, codes[0], Status.RESULT_READY, "Phòng Tư pháp", "Đã ký", str(uuid.uuid4()))
    server_store.decide(
        province.db, codes[1], Status.SUPPLEMENT_REQUESTED, "Phòng Tư pháp", "Thiếu tờ khai", str(uuid.uuid4())
    )

    proxy.inject(fault, path="/changes")
    with pytest.raises(SyncError):
        engine.sync(desk, client)
    assert [lookup.show(desk, c).status for c in codes] == [Status.RECEIVED, Status.RECEIVED]  # not half a page

    assert engine.sync(desk, client).received == 2
    assert [lookup.show(desk, c).status for c in codes] == [Status.RESULT_READY, Status.SUPPLEMENT_REQUESTED]
    assert [e.kind for e in lookup.show(desk, codes[1]).events] == ["receive", "province_status"]  # once
    assert engine.sync(desk, client).received == 0
    assert [s.fault for s in proxy.log if "/changes" in s.path] == [PASS, fault, PASS, PASS]
    assert_agree(province, [(1, desk)])


# -- enrolment ----------------------------------------------------------------------------------------------
def test_an_enrolment_whose_answer_is_lost_can_be_retried_with_the_same_code(make_desk, province, proxy):
    desk, _ = make_desk(1)
    code = province.desk_code(1)
    proxy.inject(CUT_BEFORE_RESPONSE, path="/enrol")
    with pytest.raises(SyncError):
        engine.enrol(desk, proxy.url, code)
    enrolled_at = province.db.execute("SELECT enrolled_at FROM desk WHERE id = %s", (desk_id(province, 1),)).fetchone()[
        "enrolled_at"
    ]
    assert enrolled_at is not None  # the server enrolled the desk and spent the code; the desk never heard
    assert engine.enrol(desk, proxy.url, code)["desk_id"] == desk_id(province, 1)  # the same code works again
    engine.sync(desk)  # the token is used once…
    with pytest.raises(SyncError, match="đã dùng hoặc đã hết hạn"):  # …and the code is spent for good
        engine.enrol(desk, proxy.url, code)


# -- found by these tests, fixed -------------------------------------------------------------------------------------
def test_a_dossier_the_province_sent_back_for_supplement_can_be_moved_on_at_the_desk(enrolled, province):
    desk, clerk = enrolled
    (code,) = receive(desk, clerk, 1)
    engine.sync(desk)
    server_store.decide(
        province.db, code, Status.SUPPLEMENT_REQUESTED, "Phòng Tư pháp", "Thiếu tờ khai", str(uuid.uuid4())
    )
    engine.sync(desk)
    processing.transition(
        desk, code, Status.PROCESSING, clerk, "Công dân đã nộp bổ sung"
    )  # the citizen brought the paper
    engine.sync(desk)
    assert server_store.statuses(province.db, province.unit_code) == {code: Status.PROCESSING}
    assert_agree(province, [(1, desk)])


class Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_a_push_cut_mid_request_leaves_no_error_in_the_server_log(enrolled, province, proxy):
    desk, clerk = enrolled
    receive(desk, clerk, 1)
    recorder = Recorder()
    logging.getLogger("uvicorn.error").addHandler(recorder)
    try:
        proxy.inject(CUT_REQUEST, path="/push")
        with pytest.raises(SyncError):
            engine.sync(desk, through(desk, proxy))
        deadline = time.monotonic() + 2  # the server sees the cut a moment after the desk does
        while not recorder.records and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        logging.getLogger("uvicorn.error").removeHandler(recorder)
    assert [r.getMessage() for r in recorder.records] == []
    assert engine.sync(desk, through(desk, proxy)).outcomes == {"applied": 1}


# -- random faults, several desks ---------------------------------------------------------------------------
PROVINCE_MOVES = (Status.PROCESSING, Status.RESULT_READY, Status.SUPPLEMENT_REQUESTED, Status.STOPPED)
DESK_MOVES = {
    Status.RECEIVED: Status.PROCESSING,
    Status.SUPPLEMENT_REQUESTED: Status.PROCESSING,
    Status.RESULT_READY: Status.RETURNED,
}


def assert_held_in_order(province, number: int, desk) -> None:
    """At any moment, faults or not: the server holds the desk's actions 1…k, each once, no hole, and every
    action the desk counts as settled is among them."""
    seqs = server_store.settled_seqs(province.db, desk_id(province, number))
    held = sorted(seqs["applied"] + seqs["set_aside"])
    assert held == list(range(1, len(held) + 1))
    settled = sum(n for state, n in journal.outbox_counts(desk.store).items() if state != "pending")
    assert settled <= len(held)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [20261123, 7])
def test_three_desks_under_random_faults_end_in_agreement(province, make_desk, server_url, proxy, seed):
    rng = random.Random(seed)
    desks = []
    for number in (1, 2, 3):
        desk, clerk = make_desk(number)
        engine.enrol(desk, server_url, province.desk_code(number))
        client = through(desk, proxy)
        client.timeout = (5, 1.0)
        desks.append((number, desk, clerk, client))
    faults = every_fault(hold=1.2)
    proxy.random(seed, rate=0.2, faults=faults)
    failed = succeeded = 0
    for _ in range(200):
        number, desk, clerk, client = rng.choice(desks)
        roll = rng.random()
        if roll < 0.35:
            reception.receive(desk, khai_sinh(desk), clerk)
        elif roll < 0.55:
            movable = [d for d in lookup.find(desk, limit=1000) if Status(d.status) in DESK_MOVES]
            if movable:
                chosen = rng.choice(movable)
                processing.transition(desk, chosen.code, DESK_MOVES[chosen.status], clerk)
        elif roll < 0.9:
            try:
                engine.sync(desk, client)
                succeeded += 1
            except SyncError:
                failed += 1
            assert_held_in_order(province, number, desk)
        else:
            held = server_store.statuses(province.db, province.unit_code)
            choices = [
                (code, target)
                for code, status in sorted(held.items())
                for target in PROVINCE_MOVES
                if target in TRANSITIONS[Status(status)]
            ]
            if choices:
                code, target = rng.choice(choices)
                server_store.decide(province.db, code, target, "Phòng chuyên môn", "", str(uuid.uuid4()))
    seen = proxy.counts()
    assert set(seen) == {str(f) for f in faults}, seen  # every kind of fault did happen
    assert failed and succeeded

    proxy.clear()
    for _ in range(2):
        for _, desk, _, client in desks:
            client.timeout = TIMEOUT
            engine.sync(desk, client)
    assert_agree(province, [(number, desk) for number, desk, _, _ in desks])
