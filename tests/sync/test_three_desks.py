"""Property test: three desks of one unit going on and offline while receiving and moving dossiers (their
own and those received at another desk), the province deciding meanwhile, pushes cut after the server
commits. Once everyone has synced: the server holds exactly the union of the desks' dossiers and actions,
each once, in order; every desk holds every dossier of the unit in the server's state; the reception facts
of every printed receipt are on the server as printed; feed cursors never went back (invariants I1–I7 of
the sync design; I8, attachments, does not apply: the desk keeps no scanned files)."""

import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from counter_app.services import accounts, lookup, processing, reception
from counter_app.services.configuration import init_desk
from counter_app.store import journal, open_store
from counter_app.store.desk import Desk
from counter_app.sync import engine
from counter_app.sync.client import SyncError
from counter_core.domain.codes import DossierCode, index_for
from counter_core.domain.status import TRANSITIONS, Status
from counter_core.foundation.clock import iso
from provincial_server.store import admin as server_store
from tests.helpers.tally import kept_and_recounted
from tests.store.test_receive import khai_sinh
from tests.sync.conftest import issue_code
from tests.sync.test_sync import CutAfterSend

PROVINCE_MOVES = (Status.PROCESSING, Status.RESULT_READY, Status.SUPPLEMENT_REQUESTED, Status.STOPPED)
DESK_MOVES = {
    Status.RECEIVED: Status.PROCESSING,
    Status.SUPPLEMENT_REQUESTED: Status.PROCESSING,
    Status.RESULT_READY: Status.RETURNED,
}
OPS = st.lists(
    st.tuples(st.integers(0, 2), st.sampled_from(["receive", "move", "sync", "cut", "decide"]), st.integers(0, 50)),
    min_size=6,
    max_size=30,
)


def new_unit(db, server_url, clock, folder: Path):
    unit = f"000.{uuid.uuid4().hex[:6]}.P.H56"
    server_store.create_unit(db, unit, "UBND xã Thử")
    desks = []
    for number in (1, 2, 3):
        s = open_store(folder / f"desk{number}")
        init_desk(s, unit, "UBND xã Thử", number)
        admin = accounts.first_admin(s, "toan", "Phạm Quốc Toản", "matkhau1")
        clerk = accounts.add_user(s, "lan", "Nguyễn Thị Lan", "clerk", "matkhau1", admin)
        desk = Desk(s, clock)
        engine.enrol(desk, server_url, province_code(db, unit, number))
        desks.append((desk, clerk))
    return unit, desks


def receipts_of(desk: Desk, number: int) -> list[str]:
    """The codes this desk printed receipts for: those whose number is in its part of the day's sequence."""
    return [
        d.code
        for d in lookup.find(desk, limit=1000)
        if index_for(number, DossierCode.parse(d.code).sequence, desk.config.code_block) is not None
    ]


def province_code(db, unit: str, number: int) -> str:
    return issue_code(db, unit, number)


def sync(desk: Desk, cut: bool = False) -> None:
    client = engine.connect(desk)
    if cut:
        client.session.mount("http://", CutAfterSend(cuts=1))
    before = cursor(desk)
    try:
        engine.sync(desk, client)
    except SyncError:
        assert cut  # only the cut connection may fail
    assert cursor(desk) >= before  # I6: a cursor never goes back


def cursor(desk: Desk) -> int:
    return int(engine.status(desk)["cursor"])


@pytest.mark.slow
@given(ops=OPS)
# Always also the crossing case: the province asks for a supplement while the offline desk moves on.
@example(ops=[(0, "receive", 0), (0, "sync", 0), (0, "decide", 2), (0, "move", 0), (1, "receive", 0), (0, "sync", 0)])
@settings(
    max_examples=20,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_three_desks_end_in_agreement_with_the_server(ops, province, server_url, clock):
    with tempfile.TemporaryDirectory() as folder:
        unit, desks = new_unit(province.db, server_url, clock, Path(folder))
        for index, op, pick in ops:
            desk, clerk = desks[index]
            if op == "receive":
                reception.receive(desk, khai_sinh(desk), clerk)
            elif op == "move":
                movable = [d for d in lookup.find(desk, limit=100) if Status(d.status) in DESK_MOVES]
                if movable:
                    chosen = movable[pick % len(movable)]
                    processing.transition(desk, chosen.code, DESK_MOVES[chosen.status], clerk)
            elif op in ("sync", "cut"):
                sync(desk, cut=op == "cut")
            else:
                held = server_store.statuses(province.db, unit)
                choices = [
                    (code, target)
                    for code, status in sorted(held.items())
                    for target in PROVINCE_MOVES
                    if target in TRANSITIONS[Status(status)]
                ]
                if choices:
                    code, target = choices[pick % len(choices)]
                    server_store.decide(province.db, code, target, "Phòng chuyên môn", "", str(uuid.uuid4()))
        for _ in range(2):
            for desk, _ in desks:
                sync(desk)

        server = server_store.statuses(province.db, unit)
        printed = {}
        for number, (desk, _) in enumerate(desks, start=1):
            assert journal.outbox_counts(desk.store).get("pending", 0) == 0  # I1: nothing left behind
            seqs = server_store.settled_seqs(province.db, f"{unit}-{number:02d}")
            held = sorted(seqs["applied"] + seqs["set_aside"])
            assert held == list(range(1, journal.last_seq(desk.store) + 1))  # I2, I3: each once, no hole
            mine = {d.code: d.status for d in lookup.find(desk, limit=1000)}
            assert mine == server  # I4: every dossier of the unit, in the server's state, on every desk
            kept, recounted = kept_and_recounted(desk.store)
            assert kept == recounted  # the reports' groups followed every change, pulled ones too
            for code in receipts_of(desk, number):
                assert code not in printed  # no code issued twice
                printed[code] = lookup.show(desk, code)
        refused = [p["reason"] for p in server_store.problems(province.db, unit) if p["kind"] == "set_aside"]
        assert all(r.startswith("Không thể chuyển") for r in refused)  # only the status machine refuses anything
        assert set(printed) == set(server)  # I1: every receipt printed at a desk is on the server, and nothing else
        for code, shown in printed.items():  # I5: the reception facts are on the server as printed
            facts = server_store.dossier_snapshot(province.db, code)
            assert (facts["owner_name"], facts["owner_id"], facts["received_at"], facts["due_at"]) == (
                shown.owner_name,
                shown.owner_id,
                iso(shown.received_at),
                iso(shown.first_due_at) if shown.first_due_at else None,
            )
        for desk, _ in desks:
            desk.store.close()
