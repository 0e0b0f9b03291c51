"""The postal desk through the real store: each flow end to end, every refusal, the events queued for the province."""

import json

import pytest

from counter_app.services import lookup, postal, processing, reception
from counter_app.store import dossiers, journal
from counter_core.domain.intake import Channel, ReturnMethod
from counter_core.domain.postal_batch import Flow
from counter_core.domain.status import Status
from counter_core.foundation.clock import iso
from counter_core.foundation.errors import InvalidInput, NotAllowed
from tests.helpers.postal import items, ready_by_post
from tests.store.test_receive import khai_sinh


def refusals(batch):
    return [(ln["scanned"], ln["refusal"]) for ln in batch["lines"] if not ln["accepted"]]


def queued(desk):
    return [(o["event_kind"]) for o in journal.pending(desk.store)]


def events(desk, code):
    return lookup.show(desk, code).events


def test_a_batch_is_numbered_by_desk_and_found_by_number_or_id(desk, clerk):
    batch = postal.open_batch(desk, "intake", clerk)
    assert batch["number"] == "BC01-00001" and batch["flow_label"] == "Nhận hồ sơ qua bưu chính"
    assert postal.parse_batch("BC01-00001") == postal.parse_batch("1") == 1
    with pytest.raises(InvalidInput):
        postal.parse_batch("lô một")
    assert [b["number"] for b in postal.batches(desk, open_only=True)] == ["BC01-00001"]


def test_intake_packages_then_each_dossier_received_at_the_counter_with_its_item_code(desk, clerk, clock):
    package, other = items(2)
    batch = postal.open_batch(desk, Flow.INTAKE, clerk)
    assert postal.scan(desk, batch["id"], package, clerk)["accepted"]
    assert postal.scan(desk, batch["id"], package, clerk)["refusal"] == "duplicate"
    with pytest.raises(NotAllowed, match="chưa đóng"):  # sign the hand-over list first
        postal.receive_by_post(desk, khai_sinh(desk), clerk, package)
    clock.set("2026-11-23T09:30")
    closed = postal.close_batch(desk, batch["id"], clerk, "Lê Thị Thu Hà")
    assert closed["closed_at"] == "2026-11-23T09:30:00+07:00" and closed["recorded"] == [] and queued(desk) == []
    assert [p["item_code"] for p in postal.waiting_packages(desk)] == [package]

    clock.set("2026-11-23T10:15")  # received when the counter accepts it, not when it was posted or handed over
    receipt = postal.receive_by_post(desk, khai_sinh(desk), clerk, package.lower())
    row = dossiers.by_code(desk.store, receipt.code)
    assert row["channel"] == Channel.POSTAL and row["received_at"] == "2026-11-23T10:15:00+07:00"
    intake = events(desk, receipt.code)[-1]
    assert intake.kind == "postal_intake" and intake.data == {
        "item_code": package,
        "batch": "BC01-00001",
        "handed_over_at": "2026-11-23T09:30:00+07:00",
        "courier": "Lê Thị Thu Hà",
    }
    assert queued(desk) == ["receive", "postal_intake"]
    assert postal.waiting_packages(desk) == []
    with pytest.raises(NotAllowed, match="đã gắn với hồ sơ"):
        postal.receive_by_post(desk, khai_sinh(desk), clerk, package)
    lone = postal.receive_by_post(desk, khai_sinh(desk), clerk, other)  # a package that came outside a batch
    assert events(desk, lone.code)[-1].data == {"item_code": other}

    again = postal.open_batch(desk, Flow.INTAKE, clerk)
    assert postal.scan(desk, again["id"], package, clerk)["refusal"] == "linked_elsewhere"


def test_a_package_pending_in_another_batch_is_a_duplicate(desk, clerk):
    (package,) = items(1)
    first = postal.open_batch(desk, Flow.INTAKE, clerk)
    postal.scan(desk, first["id"], package, clerk)
    second = postal.open_batch(desk, Flow.INTAKE, clerk)
    line = postal.scan(desk, second["id"], package, clerk)
    assert line["refusal"] == "duplicate" and "BC01-00001" in line["message"].in_language()
    postal.close_batch(desk, first["id"], clerk)
    assert postal.scan(desk, second["id"], package, clerk)["refusal"] == "duplicate"  # handed over, not received


def test_results_are_handed_to_the_post_as_events_and_delivery_returns_them_by_post(desk, clerk, clock):
    first, second = ready_by_post(desk, clerk), ready_by_post(desk, clerk)
    envelope1, envelope2 = items(2, start=500)
    batch = postal.open_batch(desk, Flow.RESULTS, clerk)
    for code in (first, envelope1, second, envelope2):
        assert postal.scan(desk, batch["id"], code, clerk)["accepted"], code
    view = postal.batch_view(desk, batch["id"])
    assert [ln.get("paired_item") for ln in view["lines"]] == [envelope1, None, envelope2, None]
    before = len(queued(desk))

    clock.set("2026-11-24T14:00")
    closed = postal.close_batch(desk, batch["id"], clerk, "Lê Thị Thu Hà")
    assert closed["recorded"] == [{"code": first, "item_code": envelope1}, {"code": second, "item_code": envelope2}]
    assert closed["left_out"] == [] and all(ln["recorded"] for ln in closed["lines"] if ln["item_code"])
    assert queued(desk)[before:] == ["postal_handover", "postal_handover"]
    handed = events(desk, first)[-1]
    assert handed.status is None and handed.data == {
        "item_code": envelope1,
        "batch": "BC01-00001",
        "courier": "Lê Thị Thu Hà",
    }
    assert lookup.show(desk, first).status == Status.RESULT_READY  # no status change until delivered
    with pytest.raises(NotAllowed, match="đã đóng"):
        postal.scan(desk, batch["id"], first, clerk)

    clock.set("2026-11-26T08:00")
    delivered = postal.open_batch(desk, Flow.DELIVERED, clerk)
    assert postal.scan(desk, delivered["id"], envelope1, clerk)["code"] == first  # the item code finds the dossier
    assert postal.scan(desk, delivered["id"], second, clerk)["item_code"] == envelope2  # or the dossier code
    assert postal.scan(desk, delivered["id"], envelope2, clerk)["refusal"] == "duplicate"
    postal.close_batch(desk, delivered["id"], clerk, "Lê Thị Thu Hà")
    for code, envelope in ((first, envelope1), (second, envelope2)):
        shown = lookup.show(desk, code)
        returned = shown.events[-1]
        assert shown.status == Status.RETURNED and shown.return_method == ReturnMethod.POST
        assert returned.kind == "return" and iso(returned.at) == "2026-11-26T08:00:00+07:00"
        assert returned.data["item_code"] == envelope and returned.data["return_method"] == ReturnMethod.POST
    assert queued(desk)[-2:] == ["return", "return"]
    assert (
        postal.scan(desk, postal.open_batch(desk, Flow.DELIVERED, clerk)["id"], envelope1, clerk)["refusal"]
        == "wrong_state"
    )


def test_every_refusal_of_the_results_flow_says_why_and_stores_nothing_but_its_line(desk, clerk):
    ready = ready_by_post(desk, clerk)
    at_counter = ready_by_post(desk, clerk, by_post=False)
    in_processing = reception.receive(
        desk, khai_sinh(desk, return_method=ReturnMethod.POST, postal_address="Xóm Bắc"), clerk
    ).code
    envelope, other = items(2, start=900)
    linked = postal.receive_by_post(desk, khai_sinh(desk), clerk, items(1, start=77)[0]).code
    batch = postal.open_batch(desk, Flow.RESULTS, clerk)
    before = len(queued(desk))
    scans = [
        envelope,  # no dossier waiting for an item code
        ready,
        ready,  # the second read of the same dossier
        items(1, start=77)[0],  # already the package of another dossier
        envelope,
        envelope,  # paired, then a second read
        "000.00.99.H56-261123-0001",  # another unit's dossier
        "000.00.31.H56-261123-0999",  # no such dossier
        "EE123456784VN",  # misread check digit
        "hello",  # neither kind of code
        at_counter,
        in_processing,
        linked,
    ]
    for text in scans:
        postal.scan(desk, batch["id"], text, clerk)
    view = postal.batch_view(desk, batch["id"])
    assert refusals(view) == [
        (envelope, "wrong_code"),
        (ready, "duplicate"),
        (items(1, start=77)[0], "linked_elsewhere"),
        (envelope, "duplicate"),
        ("000.00.99.H56-261123-0001", "other_unit"),
        ("000.00.31.H56-261123-0999", "unknown"),
        ("EE123456784VN", "unreadable"),
        ("hello", "unknown"),
        (at_counter, "wrong_state"),
        (in_processing, "wrong_state"),
        (linked, "wrong_state"),
    ]
    assert all(ln["message"] for ln in view["lines"])
    assert "trực tiếp tại Trung tâm" in view["lines"][-3]["message"].in_language()
    assert "Được tiếp nhận" in view["lines"][-2]["message"].in_language()
    assert len(queued(desk)) == before and view["refused"] == 11
    assert postal.scan(desk, batch["id"], other, clerk)["refusal"] == "wrong_code"


def test_closing_leaves_out_what_changed_since_it_was_scanned_and_a_dossier_without_its_envelope(desk, clerk):
    changed, alone, fine = (ready_by_post(desk, clerk) for _ in range(3))
    e1, e2 = items(2, start=40)
    batch = postal.open_batch(desk, Flow.RESULTS, clerk)
    for code in (changed, e1, alone, fine, e2):
        postal.scan(desk, batch["id"], code, clerk)
    processing.transition(
        desk, changed, Status.RETURNED, clerk, "Nhận tại quầy"
    )  # the citizen came to the counter meanwhile
    closed = postal.close_batch(desk, batch["id"], clerk)
    assert closed["recorded"] == [{"code": fine, "item_code": e2}]
    assert [(x["code"], x["item_code"]) for x in closed["left_out"]] == [(changed, e1), (alone, None)]
    assert "đã trả kết quả" in closed["left_out"][0]["message"].in_language()
    assert [e.kind for e in events(desk, changed)][-1] == "return"
    with pytest.raises(NotAllowed):
        postal.close_batch(desk, batch["id"], clerk)


def test_a_dossier_left_waiting_can_be_scanned_again_to_get_its_envelope(desk, clerk):
    first, second = ready_by_post(desk, clerk), ready_by_post(desk, clerk)
    e1, e2 = items(2, start=60)
    batch = postal.open_batch(desk, Flow.RESULTS, clerk)
    for code in (first, second, e2, first, e1):
        assert postal.scan(desk, batch["id"], code, clerk)["accepted"], code
    assert postal.close_batch(desk, batch["id"], clerk)["recorded"] == [
        {"code": second, "item_code": e2},
        {"code": first, "item_code": e1},
    ]


def test_the_same_dossier_in_two_open_batches_is_a_duplicate(desk, clerk):
    code = ready_by_post(desk, clerk)
    first, second = (postal.open_batch(desk, Flow.RESULTS, clerk) for _ in range(2))
    postal.scan(desk, first["id"], code, clerk)
    assert postal.scan(desk, second["id"], code, clerk)["refusal"] == "duplicate"


def test_a_scan_is_one_line_in_order_with_the_dossier_owner_and_state(desk, clerk):
    code = ready_by_post(desk, clerk)
    batch = postal.open_batch(desk, Flow.RESULTS, clerk)
    line = postal.scan(desk, batch["id"], f"  {code}  ", clerk)
    assert (line["code"], line["owner_name"], line["status_label"]) == (code, "Nguyễn Thị Ngọc Ánh", "Đã xử lý xong")
    assert postal.batch_view(desk, batch["id"])["lines"][0]["scanned"] == code
    stored = desk.store.one("SELECT count(*) AS n FROM postal_line")["n"]
    assert stored == 1 and json.loads(json.dumps({**line, "message": None})) == {**line, "message": None}
    assert line["message"].in_language("en") == f"Dossier {code}: scan the postal item code of the result's envelope."
    assert line["message"].in_language("vi") == f"Hồ sơ {code}: quét mã bưu gửi của phong bì kết quả."


def test_the_postal_queries_search_indexes_and_never_scan_a_whole_table(desk, clerk):
    """A desk keeps years of events and batch lines: a scan must stay a few index lookups."""
    statements = []
    desk.store.conn.set_trace_callback(statements.append)
    package, envelope = items(2, start=5000)
    intake = postal.open_batch(desk, Flow.INTAKE, clerk)
    postal.scan(desk, intake["id"], package, clerk)
    postal.close_batch(desk, intake["id"], clerk)
    postal.waiting_packages(desk)
    postal.receive_by_post(desk, khai_sinh(desk), clerk, package)
    code = ready_by_post(desk, clerk)
    results = postal.open_batch(desk, Flow.RESULTS, clerk)
    for text in (code, envelope):
        postal.scan(desk, results["id"], text, clerk)
    postal.close_batch(desk, results["id"], clerk)
    desk.store.conn.set_trace_callback(None)
    postal_reads = {s for s in statements if s.startswith("SELECT") and ("postal_" in s or "item_code" in s)}
    assert len(postal_reads) > 5
    for sql in postal_reads:
        plan = [row[3] for row in desk.store.all("EXPLAIN QUERY PLAN " + sql)]
        assert not [step for step in plan if step.startswith("SCAN")], (sql, plan)
