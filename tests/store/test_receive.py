"""Receiving a dossier: one transaction with its code, event, outbox row and audit row."""

import json
import threading
import time
import unicodedata
from datetime import datetime

import pytest

from counter_app.services import lookup, processing, reception
from counter_app.store import dossiers, journal
from counter_app.store.catalog import procedure_in_force
from counter_app.store.desk import Desk
from counter_core.domain.fees import FeeRequest
from counter_core.domain.intake import Intake, Person, ReturnMethod, SubmittedDocument
from counter_core.domain.status import Status
from counter_core.foundation.clock import VN_TZ, iso
from counter_core.foundation.errors import InvalidDossier, InvalidInput, NotAllowed, NotFound

OWNER = Person(
    "Nguyễn Thị Ngọc Ánh", "038187042028", gender="Nữ", address="Thôn Phú Lộc, xã Quảng Phú", phone="0912345678"
)


def khai_sinh(desk: Desk, **changes) -> Intake:
    _, proc = desk_procedure(desk, "1.001193")
    docs = tuple(SubmittedDocument(d.name, d.original, d.certified, d.copy) for d in proc.documents if d.required)
    return Intake(**({"procedure_code": "1.001193", "owner": OWNER, "documents": docs} | changes))


def desk_procedure(desk, code):
    return procedure_in_force(desk.store, desk.clock().date(), code)


def test_a_received_dossier_gets_the_unit_code_of_the_day(desk, clerk):
    receipt = reception.receive(desk, khai_sinh(desk), clerk)
    assert receipt.code == "000.00.31.H56-261123-0001"
    second = reception.receive(desk, khai_sinh(desk), clerk)
    assert second.code == "000.00.31.H56-261123-0002"


def test_the_sequence_restarts_the_next_day(desk, clerk, clock):
    reception.receive(desk, khai_sinh(desk), clerk)
    clock.set("2026-11-25T08:00")
    assert reception.receive(desk, khai_sinh(desk), clerk).code == "000.00.31.H56-261125-0001"


def test_one_action_writes_dossier_event_outbox_and_audit_together(desk, clerk):
    receipt = reception.receive(desk, khai_sinh(desk), clerk)
    store = desk.store
    row = dossiers.by_code(store, receipt.code)
    events = dossiers.events(store, row["id"])
    assert [e.kind for e in events] == ["receive"]
    assert events[0].username == "lan" and row["received_by"] == clerk.id
    outbox = journal.pending(store)
    assert [(o["op_id"], o["event_kind"]) for o in outbox] == [(events[0].uuid, "receive")]
    audit = journal.audit_for(store, "dossier", receipt.code)
    assert audit[0]["user_id"] == clerk.id and json.loads(audit[0]["after"])["status"] == 2


def test_same_day_procedure_received_after_three_is_due_next_working_day(desk, clerk, clock):
    clock.set("2026-11-23T15:20")  # Monday; Tuesday 24/11 is Ngày Văn hóa Việt Nam
    receipt = reception.receive(desk, khai_sinh(desk), clerk)
    assert receipt.appointment.phrase() == "17 giờ 00 phút, ngày 25 tháng 11 năm 2026"


def test_invalid_input_lists_every_problem_and_stores_nothing(desk, clerk):
    bad = khai_sinh(desk, owner=Person("", "0381870420", phone="12345"), documents=(), return_method=ReturnMethod.POST)
    with pytest.raises(InvalidDossier) as caught:
        reception.receive(desk, bad, clerk)
    problems = caught.value.problems
    assert set(problems) >= {"owner.full_name", "owner.id_number", "owner.phone", "documents", "postal_address"}
    assert "Thiếu giấy tờ bắt buộc" in problems["documents"].in_language()
    assert dossiers.count_by_status(desk.store) == {}
    assert journal.outbox_counts(desk.store) == {}


def test_text_is_stored_composed(desk, clerk):
    owner = Person(unicodedata.normalize("NFD", "Đặng  Hồng Bảo "), "051084009698", phone="0912 345 678")
    receipt = reception.receive(desk, khai_sinh(desk, owner=owner), clerk)
    shown = lookup.show(desk, receipt.code)
    assert shown.owner_name == "Đặng Hồng Bảo"
    assert shown.owner.phone == "0912345678"


def test_search_ignores_diacritics_and_folds_d(desk, clerk):
    first = reception.receive(desk, khai_sinh(desk), clerk).code
    other = Person("Đặng Văn Đức", "001090123456", phone="0987654321")
    second = reception.receive(desk, khai_sinh(desk, owner=other), clerk).code
    assert [r.code for r in lookup.search(desk, "nguyen thi ngoc anh")] == [first]
    assert second in [r.code for r in lookup.search(desk, "dang")]  # also finds "đăng ký khai sinh"
    assert [r.code for r in lookup.search(desk, "dang van")] == [second]
    assert [r.code for r in lookup.search(desk, "ĐỨC")] == [second]
    assert [r.code for r in lookup.search(desk, "khai sinh")] == [second, first]
    assert [r.code for r in lookup.search(desk, "0011")] == []
    assert [r.code for r in lookup.search(desk, "0010901")] == [second]
    assert [r.code for r in lookup.search(desk, "0987654")] == [second]
    assert [r.code for r in lookup.search(desk, "261123-0002")] == [second]
    assert lookup.search(desk, "  ") == []


def test_transitions_follow_the_status_machine_and_are_events(desk, clerk, clock):
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    processing.transition(desk, code, Status.PROCESSING, clerk, "Chuyển bộ phận hộ tịch")
    with pytest.raises(NotAllowed):
        processing.transition(desk, code, Status.RETURNED, clerk)
    processing.transition(desk, code, Status.RESULT_READY, clerk)
    processing.transition(desk, code, Status.RETURNED, clerk)
    shown = lookup.show(desk, code)
    assert shown.status == 10 and shown.status_label == "Đã trả kết quả"
    assert [e.kind for e in shown.events] == ["receive", "process", "result_ready", "return"]
    assert shown.events[1].note == "Chuyển bộ phận hộ tịch"
    assert len(journal.pending(desk.store)) == 4


def test_a_supplement_pause_moves_the_appointment(desk, clerk, clock):
    clock.set("2026-11-23T09:00")
    proc_code = "1.004873"  # xác nhận tình trạng hôn nhân: 03 working days
    _, proc = desk_procedure(desk, proc_code)
    docs = tuple(SubmittedDocument(d.name, d.original, d.certified, d.copy) for d in proc.documents if d.required)
    code = reception.receive(desk, Intake(proc_code, OWNER, docs), clerk).code
    assert iso(lookup.show(desk, code).due_at) == "2026-11-27T09:00:00+07:00"  # 24/11 is a holiday
    clock.set("2026-11-25T09:00")
    processing.request_supplement(
        desk, code, clerk, [SubmittedDocument("Trích lục ly hôn", original=1)], "Thiếu trích lục ly hôn"
    )
    clock.set("2026-11-26T09:00")
    result = processing.transition(desk, code, Status.PROCESSING, clerk, "Đã bổ sung")
    assert result["due_at"] == "2026-11-30T09:00:00+07:00"  # one working day waited, over a weekend


def test_unknown_code_and_procedure_are_clear(desk, clerk):
    with pytest.raises(NotFound, match="Không tìm thấy hồ sơ"):
        lookup.show(desk, "000.00.31.H56-261123-9999")
    with pytest.raises(NotFound, match="Không có thủ tục"):
        reception.receive(desk, khai_sinh(desk, procedure_code="9.999999"), clerk)


def test_todays_queue(desk, clerk, clock):
    clock.set("2026-11-16T10:00")
    late = reception.receive(desk, khai_sinh(desk), clerk).code  # same day: due 16/11 17:00
    clock.set("2026-11-23T08:00")
    today = reception.receive(desk, khai_sinh(desk), clerk).code  # due today 17:00
    clock.set("2026-11-23T10:00")
    queue = lookup.queue(desk)
    assert [r.code for r in queue.received] == [today]
    assert [r.code for r in queue.due_today] == [today]
    assert [r.code for r in queue.late] == [late]


def test_fee_is_computed_from_the_catalog(desk, clerk):
    _, proc = desk_procedure(desk, "2.000815")
    docs = tuple(SubmittedDocument(d.name, d.original, d.certified, d.copy) for d in proc.documents if d.required)
    receipt = reception.receive(
        desk, Intake("2.000815", OWNER, docs, fee_request=FeeRequest(quantity=2, pages=3)), clerk
    )
    assert receipt.fee.amount == 10000


def test_a_refused_dossier_keeps_its_reason_and_has_no_appointment(desk, clerk):
    incomplete = khai_sinh(desk, documents=())
    with pytest.raises(InvalidInput, match="lý do"):
        reception.refuse(desk, incomplete, clerk, "  ")
    receipt = reception.refuse(desk, incomplete, clerk, "Không thuộc thẩm quyền của UBND xã")
    shown = lookup.show(desk, receipt.code)
    assert shown.status == 3 and shown.due_at is None and shown.fee == 0
    assert shown.events[0].note == "Không thuộc thẩm quyền của UBND xã"
    with pytest.raises(NotAllowed):
        processing.transition(desk, receipt.code, Status.PROCESSING, clerk)


def test_a_supplement_request_lists_every_missing_paper_and_needs_a_reason(desk, clerk, clock):
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    with pytest.raises(InvalidInput, match="ít nhất một giấy tờ"):
        processing.request_supplement(desk, code, clerk, [], "Thiếu giấy tờ")
    with pytest.raises(InvalidInput, match="lý do"):
        processing.request_supplement(desk, code, clerk, [SubmittedDocument("Giấy chứng sinh", original=1)], "  ")
    items = [SubmittedDocument("Giấy chứng sinh", original=1), SubmittedDocument("Bản sao CCCD của mẹ", copy=1)]
    processing.request_supplement(desk, code, clerk, items, "Giấy chứng sinh bị tẩy xóa")
    shown = lookup.show(desk, code)
    asked = shown.events[-1]
    assert shown.status == Status.SUPPLEMENT_REQUESTED and asked.note == "Giấy chứng sinh bị tẩy xóa"
    assert [i.name for i in asked.papers] == ["Giấy chứng sinh", "Bản sao CCCD của mẹ"]


def test_a_new_appointment_keeps_the_first_one_on_record(desk, clerk, clock):
    clock.set("2026-11-23T09:00")
    code = reception.receive(desk, khai_sinh(desk), clerk).code  # due 23/11 17:00
    first = lookup.show(desk, code).due_at
    clock.set("2026-11-23T16:00")
    with pytest.raises(InvalidInput, match="ngày làm việc"):
        processing.reschedule(
            desk, code, clerk, datetime(2026, 11, 29, 17, 0, tzinfo=VN_TZ), "Chờ xác minh"
        )  # a Sunday
    with pytest.raises(InvalidInput, match="sau ngày hẹn hiện tại"):
        processing.reschedule(desk, code, clerk, datetime(2026, 11, 23, 16, 30, tzinfo=VN_TZ), "Chờ xác minh")
    with pytest.raises(InvalidInput, match="lý do"):
        processing.reschedule(desk, code, clerk, datetime(2026, 11, 26, 17, 0, tzinfo=VN_TZ), "")
    processing.reschedule(desk, code, clerk, datetime(2026, 11, 26, 17, 0, tzinfo=VN_TZ), "Chờ kết quả xác minh")
    shown = lookup.show(desk, code)
    assert iso(shown.due_at) == "2026-11-26T17:00:00+07:00" and shown.first_due_at == first
    assert shown.status == Status.RECEIVED  # the status does not move
    assert shown.events[-1].kind == "reschedule" and shown.events[-1].status is None
    assert len(journal.pending(desk.store)) == 2  # the new date syncs like any event
    processing.transition(desk, code, Status.PROCESSING, clerk)
    processing.transition(desk, code, Status.RESULT_READY, clerk)
    with pytest.raises(NotAllowed, match="không hẹn lại"):
        processing.reschedule(desk, code, clerk, datetime(2026, 11, 27, 17, 0, tzinfo=VN_TZ), "Chờ ký")


def test_an_incomplete_intake_is_guided_not_received(desk, clerk):
    intake = khai_sinh(desk, documents=())
    with pytest.raises(InvalidDossier):
        reception.receive(desk, intake, clerk)
    _, proc, missing = reception.guide_supplement(desk, intake, clerk, "")
    assert [d.name for d in missing] == [d.name for d in proc.documents if d.required]
    assert dossiers.count(desk.store) == 0
    with pytest.raises(NotAllowed, match="đã đủ giấy tờ"):
        reception.guide_supplement(desk, khai_sinh(desk), clerk, "")


def test_a_worker_thread_reading_while_the_window_saves_loses_nothing(desk, clerk):
    """The window renders slips on worker threads over the same connection as its own saves."""
    stop = threading.Event()

    def render_slips():
        while not stop.is_set():
            with desk.store.read():
                dossiers.count(desk.store)
                time.sleep(0.002)

    worker = threading.Thread(target=render_slips)
    worker.start()
    try:
        codes = [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(30)]
    finally:
        stop.set()
        worker.join()
    assert dossiers.count(desk.store) == 30 and all(lookup.show(desk, code) for code in codes)
