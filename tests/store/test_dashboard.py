"""The supervisor's dashboard of the day, on dossiers received and moved with the real desk services.

The dashboard is read on Wednesday 25/11/2026 at 10:00. Tuesday 24/11/2026 is a day off (Ngày Văn hóa
Việt Nam), so working days run Thu 19, Fri 20, Mon 23, Wed 25, Thu 26, Fri 27. Office hours 07:00–11:30,
13:30–17:00; khai sinh (1.001193) is due the same day at 17:00, 2.001019 in 2 working days and 1.004873 in 3.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from counter_app.services import accounts, dashboard, processing, reception
from counter_app.services.dashboard import Pick
from counter_app.store import dashboard as queries
from counter_app.store import journal
from counter_app.store.desk import Desk
from counter_core.domain.handover import POSTAL_HANDOVER
from counter_core.domain.intake import Channel, Intake, ReturnMethod, SubmittedDocument
from counter_core.domain.status import Status
from counter_core.foundation.clock import VN_TZ, iso
from tests.store.test_receive import OWNER, desk_procedure

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=VN_TZ)


def intake(desk: Desk, code: str, **changes) -> Intake:
    _, proc = desk_procedure(desk, code)
    docs = tuple(SubmittedDocument(d.name, d.original, d.certified, d.copy) for d in proc.documents if d.required)
    return Intake(**({"procedure_code": code, "owner": OWNER, "documents": docs} | changes))


@pytest.fixture
def day(desk, clerk, admin, clock):
    """The seeded dossiers by name, each commented with what it counts toward at NOW."""
    lan, hung = clerk, accounts.add_user(desk.store, "hung", "Trần Văn Hùng", "clerk", "matkhau1", admin)

    def receive(at: str, who, code: str = "1.001193", **changes) -> str:
        clock.set(at)
        return reception.receive(desk, intake(desk, code, **changes), who).code

    def move(code: str, *steps: tuple[str, Status]) -> None:
        for at, status in steps:
            clock.set(at)
            if status is Status.SUPPLEMENT_REQUESTED:
                processing.request_supplement(
                    desk, code, lan, [SubmittedDocument("Giấy chứng sinh", original=1)], "Thiếu giấy"
                )
            else:
                processing.transition(desk, code, status, lan)

    d = {}
    # Due Thu 19/11 17:00, still processing: overdue (lan).
    d["overdue_since_thursday"] = receive("2026-11-19T10:00", lan)
    move(d["overdue_since_thursday"], ("2026-11-19T14:00", Status.PROCESSING))
    # 2 working days from Fri 20/11 09:00 → Wed 25/11 09:00: due earlier today, so overdue, not "due today" (hung).
    d["overdue_this_morning"] = receive("2026-11-20T09:00", hung, "2.001019")
    # Due Fri 20/11 17:00, then papers asked for: waiting for a supplement only — the clock is paused, so it is
    # neither overdue nor due although its appointment has passed (hung).
    d["supplement"] = receive("2026-11-20T09:30", hung)
    move(d["supplement"], ("2026-11-20T10:00", Status.PROCESSING), ("2026-11-20T11:00", Status.SUPPLEMENT_REQUESTED))
    # Returned on Monday 23/11: in the trend's returns of that day, in no figure of today (lan).
    d["returned_monday"] = receive("2026-11-23T08:15", lan)
    move(d["returned_monday"], ("2026-11-23T09:00", Status.RESULT_READY), ("2026-11-23T16:00", Status.RETURNED))
    # 2 working days from Mon 23/11 08:30 → Thu 26/11 08:30: within the next 24 h (until Thu 10:00), not today.
    d["due_tomorrow"] = receive("2026-11-23T08:30", hung, "2.001019")
    move(d["due_tomorrow"], ("2026-11-23T09:00", Status.PROCESSING))
    # 3 working days from Mon 23/11 09:00 → Fri 27/11 09:00: open but counted nowhere today (lan).
    d["due_friday"] = receive("2026-11-23T09:00", lan, "1.004873")
    # Result ready, to be returned by post and not yet handed to the post office: waiting for the post (lan).
    d["by_post"] = receive(
        "2026-11-23T10:00", lan, return_method=ReturnMethod.POST, postal_address="Thôn Phú Lộc, xã Quảng Phú"
    )
    move(d["by_post"], ("2026-11-23T11:00", Status.PROCESSING), ("2026-11-23T15:00", Status.RESULT_READY))
    # Returned today at 09:15: returned (hung received it).
    d["returned_today"] = receive("2026-11-23T09:30", hung)
    move(d["returned_today"], ("2026-11-23T15:00", Status.RESULT_READY), ("2026-11-25T09:15", Status.RETURNED))
    # Today's receptions. Direct at 08:00, due today 17:00 and still waiting: received (direct), due today and
    # within 24 h, not overdue (lan).
    d["due_this_afternoon"] = receive("2026-11-25T08:00", lan)
    # By post at 08:45, due in 3 working days: received (postal) only (hung).
    d["postal_today"] = receive("2026-11-25T08:45", hung, "1.004873", channel=Channel.POSTAL)
    # Refused at 09:00: not a reception, counted nowhere (lan).
    clock.set("2026-11-25T09:00")
    d["refused_today"] = reception.refuse(desk, intake(desk, "1.001193"), lan, "Không thuộc thẩm quyền").code
    # Direct at 09:20, result ready at 09:50 for the counter: received (direct) only (hung).
    d["ready_today"] = receive("2026-11-25T09:20", hung)
    move(d["ready_today"], ("2026-11-25T09:30", Status.PROCESSING), ("2026-11-25T09:50", Status.RESULT_READY))
    # Online at 09:30, due today 17:00: received (online), due today and within 24 h (lan).
    d["online_today"] = receive("2026-11-25T09:30", lan, channel=Channel.ONLINE)
    clock.moment = NOW
    return d


def test_the_figures_of_the_day(desk, day):
    snap = dashboard.snapshot(desk)
    assert snap.at == NOW
    assert snap.figures == {
        "received": 4,  # due_this_afternoon, postal_today, ready_today, online_today (refused_today is not)
        "received_direct": 2,
        "received_online": 1,
        "received_postal": 1,
        "returned": 1,  # returned_today (returned_monday was Monday)
        "due_today": 2,  # due_this_afternoon, online_today: 17:00 today, after 10:00
        "overdue": 2,  # overdue_since_thursday, overdue_this_morning (09:00 today < 10:00)
        "due_within_24h": 3,  # the two due this afternoon and due_tomorrow (Thu 08:30 < Thu 10:00)
        "waiting_supplement": 1,  # supplement, although its appointment (Fri 17:00) has passed
        "waiting_post": 1,  # by_post
        "received_digitised": 0,  # no paper held as a file (tests/files: with some)
        "returned_digitised": 0,
    }


def test_per_clerk_is_by_the_clerk_who_received(desk, day, clerk):
    snap = dashboard.snapshot(desk)
    hung = accounts.get_user(desk.store, "hung")
    assert [(line.key, line.name) for line in snap.clerks] == [(clerk.id, "Nguyễn Thị Lan"), (hung.id, "Trần Văn Hùng")]
    lan_counts, hung_counts = (line.counts for line in snap.clerks)
    # lan: due_this_afternoon + online_today received; overdue_since_thursday; by_post.
    assert lan_counts == {
        "received": 2,
        "received_direct": 1,
        "received_online": 1,
        "received_postal": 0,
        "returned": 0,
        "due_today": 2,
        "overdue": 1,
        "due_within_24h": 2,
        "waiting_supplement": 0,
        "waiting_post": 1,
        "received_digitised": 0,
        "returned_digitised": 0,
    }
    # hung: postal_today + ready_today received; returned_today; overdue_this_morning; due_tomorrow; supplement.
    assert hung_counts == {
        "received": 2,
        "received_direct": 1,
        "received_online": 0,
        "received_postal": 1,
        "returned": 1,
        "due_today": 0,
        "overdue": 1,
        "due_within_24h": 1,
        "waiting_supplement": 1,
        "waiting_post": 0,
        "received_digitised": 0,
        "returned_digitised": 0,
    }


def test_per_procedure(desk, day):
    lines = {line.key: line for line in dashboard.snapshot(desk).procedures}
    # due_friday (1.004873) counts toward nothing today, but postal_today does.
    assert set(lines) == {"1.001193", "2.001019", "1.004873"}
    assert lines["1.001193"].name == "Thủ tục đăng ký khai sinh"
    khai_sinh = lines["1.001193"].counts
    assert (
        khai_sinh["received"],
        khai_sinh["returned"],
        khai_sinh["due_today"],
        khai_sinh["overdue"],
        khai_sinh["due_within_24h"],
        khai_sinh["waiting_supplement"],
        khai_sinh["waiting_post"],
    ) == (3, 1, 2, 1, 2, 1, 1)
    assert {k: n for k, n in lines["2.001019"].counts.items() if n} == {"overdue": 1, "due_within_24h": 1}
    assert {k: n for k, n in lines["1.004873"].counts.items() if n} == {"received": 1, "received_postal": 1}


def test_the_trend_of_the_last_30_days(desk, day):
    trend = dashboard.snapshot(desk).trend
    assert len(trend) == 30 and trend[0].day == date(2026, 10, 27) and trend[-1].day == date(2026, 11, 25)
    busy = {t.day.day: (t.received, t.returned) for t in trend if t.received or t.returned}
    # Thu 19: overdue_since_thursday; Fri 20: overdue_this_morning, supplement; Mon 23: five received, one
    # returned (returned_monday); Wed 25: four received (the refusal is not one), one returned.
    assert busy == {19: (1, 0), 20: (2, 0), 23: (5, 1), 25: (4, 1)}


def codes(listing) -> list[str]:
    return [row.code for row in listing.rows]


def test_each_figure_lists_exactly_its_dossiers(desk, day):
    expected = {
        "received": ["due_this_afternoon", "postal_today", "ready_today", "online_today"],
        "received_direct": ["due_this_afternoon", "ready_today"],
        "received_online": ["online_today"],
        "received_postal": ["postal_today"],
        "returned": ["returned_today"],
        "due_today": ["due_this_afternoon", "online_today"],
        "overdue": ["overdue_since_thursday", "overdue_this_morning"],
        "due_within_24h": ["due_this_afternoon", "online_today", "due_tomorrow"],
        "waiting_supplement": ["supplement"],
        "waiting_post": ["by_post"],
        "received_digitised": [],  # with papers held as files: tests/files
        "returned_digitised": [],
    }
    assert set(expected) == set(dashboard.FIGURES)
    for figure, names in expected.items():
        listing = dashboard.dossiers(desk, Pick(figure))
        # Receptions in reception order, the others by appointment.
        assert codes(listing) == [day[n] for n in names], figure
        assert listing.total == len(names)


def test_a_clerk_a_procedure_and_a_day_of_the_trend_click_through(desk, day, clerk):
    hung = accounts.get_user(desk.store, "hung")
    assert codes(dashboard.dossiers(desk, Pick("received", clerk=hung.id))) == [day["postal_today"], day["ready_today"]]
    assert codes(dashboard.dossiers(desk, Pick("overdue", clerk=clerk.id))) == [day["overdue_since_thursday"]]
    assert codes(dashboard.dossiers(desk, Pick("due_within_24h", procedure="2.001019"))) == [day["due_tomorrow"]]
    monday = date(2026, 11, 23)
    assert codes(dashboard.dossiers(desk, Pick("received", day=monday))) == [
        day[n] for n in ("returned_monday", "due_tomorrow", "due_friday", "returned_today", "by_post")
    ]
    assert codes(dashboard.dossiers(desk, Pick("returned", day=monday))) == [day["returned_monday"]]


def test_a_listing_shows_the_summary_rows_and_stops_at_its_limit(desk, day):
    listing = dashboard.dossiers(desk, Pick("received"), limit=3)
    assert listing.total == 4 and len(listing.rows) == 3
    first = listing.rows[0]
    assert first.code == day["due_this_afternoon"] and first.owner_name == OWNER.full_name
    assert iso(first.due_at) == "2026-11-25T17:00:00+07:00" and first.status_label == "Được tiếp nhận"


def test_a_result_handed_to_the_post_waits_for_it_until_delivered(desk, day, clerk, clock):
    # The postal desk hands the envelope to the post at 09:40 (an event, the status stays 9): still waiting.
    clock.set("2026-11-25T09:40")
    processing.record(
        desk, day["by_post"], clerk, POSTAL_HANDOVER, "Bàn giao kết quả cho bưu chính", {"item_code": "EB1"}
    )
    assert codes(dashboard.dossiers(desk, Pick("waiting_post"), NOW)) == [day["by_post"]]
    # Delivered at 10:30 (status 10 by post): returned today, no longer waiting.
    clock.set("2026-11-25T10:30")
    processing.transition(desk, day["by_post"], Status.RETURNED, clerk, "Bưu điện đã phát")
    figures = dashboard.snapshot(desk).figures
    assert (figures["waiting_post"], figures["returned"]) == (0, 2)


def test_the_figures_move_with_the_moment(desk, day):
    # At 17:30 the two dossiers due at 17:00 are overdue and nothing is due today any more.
    later = dashboard.snapshot(desk, datetime(2026, 11, 25, 17, 30, tzinfo=VN_TZ)).figures
    assert (later["overdue"], later["due_today"], later["due_within_24h"]) == (4, 0, 1)


def test_the_sync_backlog_and_set_aside_actions(desk, day):
    sync = dashboard.snapshot(desk).sync
    # Every action so far waits for the province: 12 receptions, 1 refusal and 12 status changes.
    assert sync == {"backlog": 25, "set_aside": 0, "conflicts": 0, "enrolled": False, "last_success": None}
    with desk.store.write():
        journal.record_outcomes(
            desk.store,
            [
                (1, "applied", None),
                (2, "rejected", "Hồ sơ đã bị dừng ở tỉnh"),
                (3, "conflict", "Quầy khác đã chuyển trạng thái"),
            ],
        )
    sync = dashboard.snapshot(desk).sync
    assert (sync["backlog"], sync["set_aside"], sync["conflicts"]) == (22, 1, 1)


def plan(store, query, *args) -> list[str]:
    """The query plan of every statement ``query`` runs."""
    steps = []
    run = store.all

    def explain(sql, params=()):
        steps.extend(row["detail"] for row in run(f"EXPLAIN QUERY PLAN {sql}", params))
        return run(sql, params)

    store.all, store.one = explain, lambda sql, params=(): explain(sql, params)[0]
    try:
        query(store, *args)
    finally:
        del store.all, store.one
    return steps


def test_the_queries_read_indexes_not_whole_tables(desk, day):
    """The dashboard must stay fast on a million dossiers: no query scans the dossier, event or outbox table,
    and the day's returns are found from the day's events, not by walking every returned dossier."""
    bounds = dashboard.Bounds.of(NOW.date(), NOW)
    plans = {
        query: plan(desk.store, query, *args)
        for query, args in (
            (queries.day_rows, (bounds.start, bounds.end, bounds.soon)),
            (queries.received_per_day, (bounds.start, bounds.end)),
            (queries.returned_per_day, (bounds.start, bounds.end)),
            (journal.sync_backlog, ()),
        )
    }
    scans = [
        step
        for steps in plans.values()
        for step in steps
        if step.startswith("SCAN") and " USING " not in step and step.split()[1] not in ("picked", "returned")
    ]
    assert scans == []
    assert plans[queries.returned_per_day][0].startswith("SEARCH e USING COVERING INDEX dossier_event_closing")
