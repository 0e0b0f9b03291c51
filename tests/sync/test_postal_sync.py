"""The postal desk's events go to the province like every action, and reach the unit's other desks: a result
handed to the post at one desk is confirmed delivered at another, found there by its item code."""

from counter_app.services import lookup, postal
from counter_app.store import journal
from counter_app.sync import engine
from counter_core.domain.postal_batch import Flow
from counter_core.domain.status import Status
from provincial_server.store import admin as server_store
from tests.helpers.postal import items, ready_by_post


def test_a_result_handed_to_the_post_at_one_desk_is_confirmed_delivered_at_another(enrolled_desk, province):
    first, lan = enrolled_desk(1)
    second, hoa = enrolled_desk(2)
    code = ready_by_post(first, lan)
    (envelope,) = items(1, start=777)
    batch = postal.open_batch(first, Flow.RESULTS, lan)
    postal.scan(first, batch["id"], code, lan)
    postal.scan(first, batch["id"], envelope, lan)
    postal.close_batch(first, batch["id"], lan, "Lê Thị Thu Hà")
    assert engine.sync(first).outcomes == {"applied": 4}  # receive, processing, result ready, hand-over
    assert journal.outbox_counts(first.store) == {"applied": 4}
    handed = server_store.events_of(province.db, code)[-1]  # what the province holds
    assert handed["kind"] == "postal_handover" and handed["data"]["item_code"] == envelope

    engine.sync(second)
    delivered = postal.open_batch(second, Flow.DELIVERED, hoa)
    line = postal.scan(second, delivered["id"], envelope, hoa)  # the link came with the hand-over event
    assert line["accepted"] and line["code"] == code
    postal.close_batch(second, delivered["id"], hoa)
    assert engine.sync(second).outcomes == {"applied": 1}
    engine.sync(first)
    shown = lookup.show(first, code)
    assert shown.status == Status.RETURNED and shown.events[-1].data["item_code"] == envelope
