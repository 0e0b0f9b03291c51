"""Dossiers travel between desks: every desk of a unit holds the unit's dossiers (a result received at one desk
is handed back at another), a dossier received at unit A for unit B is seen by both and by no one else (§9),
and an action that crossed a change it had not heard of is applied but flagged for the supervisor."""

import uuid

import pytest

from counter_app.services import lookup, processing, reception
from counter_app.services.printouts import print_to_file
from counter_app.services.returns import rate
from counter_app.store import journal
from counter_app.sync import engine
from counter_app.sync.client import SyncError
from counter_core.domain.status import Status
from counter_core.foundation.errors import InvalidInput
from counter_core.protocol import PushRequest
from provincial_server.store import admin as server_store
from tests.printing.test_slips import pages
from tests.store.test_receive import khai_sinh
from tests.sync.test_sync import CutAfterSend


def test_a_dossier_received_at_one_desk_is_handed_back_at_another(enrolled_desk, province):
    first, lan = enrolled_desk(1)
    second, hoa = enrolled_desk(2)
    code = reception.receive(first, khai_sinh(first), lan).code
    engine.sync(first)
    server_store.decide(province.db, code, Status.RESULT_READY, "Phòng Tư pháp", "Đã ký", str(uuid.uuid4()))
    engine.sync(second)
    shown = lookup.show(second, code)  # the reception facts came along: owner, papers by name, appointment
    assert shown.status == Status.RESULT_READY and shown.owner_name == lookup.show(first, code).owner_name
    assert (
        shown.reception.documents == lookup.show(first, code).reception.documents
        and shown.received_by_name == "Nguyễn Thị Lan"
    )
    assert [r.code for r in lookup.search(second, "ngoc anh")] == [code]  # found by the owner's name, no accents
    processing.transition(second, code, Status.RETURNED, hoa, "Trả tại quầy 2")
    rate(second, code, hoa, 2)
    assert engine.sync(second).outcomes == {"applied": 2}
    engine.sync(first)
    assert lookup.show(first, code).status == Status.RETURNED
    assert [e.kind for e in lookup.show(first, code).events] == ["receive", "province_status", "return", "rating"]
    assert [dict(r)["level"] for r in first.store.all("SELECT level FROM rating")] == [2]  # for the reports
    assert journal.outbox_counts(first.store) == {"applied": 1}  # another desk's actions are not re-sent


def test_a_dossier_received_for_another_unit_is_seen_there_and_nowhere_else(enrolled_desk, province, tmp_path):
    other = province.new_unit("UBND phường Hạc Thành")
    third = province.new_unit("UBND xã Đông Sơn")
    here, lan = enrolled_desk(1)
    there, hoa = enrolled_desk(1, other)
    elsewhere, _ = enrolled_desk(1, third)
    engine.sync(here)  # learns the province's units
    code = reception.receive(here, khai_sinh(here, competent_unit=other), lan).code
    assert lookup.show(here, code).competent_unit == other
    receipt = " ".join(text for text, _ in pages(print_to_file(here, code, "receipt", lan, tmp_path / "r.pdf")))
    assert "Cơ quan giải quyết" in receipt and "UBND phường Hạc Thành" in receipt  # the receipt names who decides
    engine.sync(here)
    server_store.decide(
        province.db, code, Status.PROCESSING, "Phòng chuyên môn phường Hạc Thành", "", str(uuid.uuid4())
    )
    engine.sync(there)
    engine.sync(elsewhere)
    assert lookup.show(there, code).status == Status.PROCESSING  # the competent unit has it, with its history
    assert lookup.search(elsewhere, code) == []  # a third unit does not
    server_store.decide(
        province.db, code, Status.RESULT_READY, "Phòng chuyên môn phường Hạc Thành", "", str(uuid.uuid4())
    )
    engine.sync(there)
    processing.transition(there, code, Status.RETURNED, hoa)  # handed back where the citizen went for it
    assert engine.sync(there).outcomes == {"applied": 1}
    engine.sync(here)
    assert lookup.show(here, code).status == Status.RETURNED


def test_a_desk_cannot_act_on_a_dossier_of_a_unit_it_does_not_serve(enrolled_desk, province):
    here, lan = enrolled_desk(1)
    stranger, _ = enrolled_desk(1, province.new_unit("UBND xã Đông Sơn"))
    code = reception.receive(here, khai_sinh(here), lan).code
    engine.sync(here)
    processing.transition(here, code, Status.PROCESSING, lan)
    (row,) = journal.pending_actions(here.store, 1)
    foreign = engine.action_of(here, row).model_copy(update={"desk_seq": 1})
    answer = engine.connect(stranger).push(PushRequest(actions=[foreign]))
    assert answer.results[0].outcome.value == "rejected" and "đơn vị khác" in answer.results[0].reason
    # the dossier's UUID under a code of the stranger's own: the answer does not give the other unit's code away
    guessed = foreign.model_copy(
        update={"desk_seq": 2, "op_id": uuid.uuid4(), "dossier": foreign.dossier.model_copy(update={"code": "X"})}
    )
    (refused,) = engine.connect(stranger).push(PushRequest(actions=[guessed])).results
    assert (refused.outcome.value, refused.code, refused.field) == ("rejected", "other_unit", "dossier.uuid")
    assert code not in refused.reason
    assert server_store.statuses(province.db, province.unit_code) == {code: Status.RECEIVED}


def test_an_unknown_competent_unit_is_refused_at_the_counter(enrolled, province):
    desk, clerk = enrolled
    with pytest.raises(InvalidInput, match="Đơn vị giải quyết"):
        reception.receive(desk, khai_sinh(desk, competent_unit="000.99.99.H56"), clerk)


def test_an_action_that_crossed_a_province_decision_is_applied_and_flagged(enrolled, province):
    desk, clerk = enrolled
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    engine.sync(desk)
    server_store.decide(
        province.db, code, Status.SUPPLEMENT_REQUESTED, "Phòng Tư pháp", "Thiếu tờ khai", str(uuid.uuid4())
    )
    processing.transition(
        desk, code, Status.PROCESSING, clerk, "Chuyển xử lý"
    )  # offline: it has not heard of the request
    report = engine.sync(desk)
    assert report.outcomes == {"conflict": 1}
    (flag,) = [p for p in engine.problems(desk) if p["kind"] == "conflict"]
    assert flag["code"] == code and "Yêu cầu bổ sung giấy tờ" in flag["reason"].in_language()
    (held,) = [p for p in server_store.problems(province.db, province.unit_code) if p["kind"] == "conflict"]
    assert held["code"] == code and held["action"] == "process"
    # Once the desk has heard, its next action on the dossier is an ordinary one.
    server_store.decide(province.db, code, Status.RESULT_READY, "Phòng Tư pháp", "", str(uuid.uuid4()))
    engine.sync(desk)
    processing.transition(desk, code, Status.RETURNED, clerk)
    assert engine.sync(desk).outcomes == {"applied": 1}


def test_a_conflict_answer_lost_on_the_way_is_a_conflict_again(enrolled, province):
    desk, clerk = enrolled
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    engine.sync(desk)
    server_store.decide(
        province.db, code, Status.SUPPLEMENT_REQUESTED, "Phòng Tư pháp", "Thiếu tờ khai", str(uuid.uuid4())
    )
    processing.transition(desk, code, Status.PROCESSING, clerk, "Chuyển xử lý")
    client = engine.connect(desk)
    client.session.mount("http://", CutAfterSend(cuts=1))
    with pytest.raises(SyncError):
        engine.sync(desk, client)
    assert engine.sync(desk, client).outcomes == {"conflict": 1}  # the re-sent action: held once, still flagged
    assert journal.outbox_counts(desk.store) == {"applied": 1, "conflict": 1}
    assert len([p for p in server_store.problems(province.db, province.unit_code) if p["code"] == code]) == 1
