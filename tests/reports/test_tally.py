"""Biểu II.06a read from the groups the store keeps as dossiers change (migration m014) gives the figures of the
dossiers judged one by one, over any period and both views, and the groups follow every change a clerk makes."""

from collections import Counter
from datetime import date, datetime, timedelta

import pytest

from counter_app.reports import Period, periodic
from counter_app.reports.counted import Names, counted
from counter_app.services import accounts, processing
from counter_app.services.demo import fill_demo
from counter_app.store import dossiers, open_store
from counter_app.store.desk import Desk
from counter_core.domain.intake import Channel
from counter_core.domain.status import Status
from counter_core.domain.timeliness import provincial
from counter_core.foundation.clock import VN_TZ
from tests.conftest import FakeClock
from tests.helpers.tally import kept_and_recounted

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=VN_TZ)
PERIODS = [
    Period(date(2026, 7, 1), date(2026, 9, 30)),  # a quarter
    Period(date(2026, 10, 1), date(2026, 10, 31)),  # a month
    Period(date(2026, 9, 15), date(2026, 10, 14)),  # the 15th to the 14th
    Period(date(2026, 10, 7), date(2026, 10, 7)),  # one day
    Period(date(2026, 11, 1), date(2026, 11, 30)),  # not over yet
    Period(date(2025, 1, 1), date(2025, 12, 31)),  # before the first dossier
]


@pytest.fixture(scope="module")
def demo_desk(tmp_path_factory):
    """Five months of a demo desk: 500 dossiers, some refused, paused, withdrawn, stopped, late or still open."""
    store = open_store(tmp_path_factory.mktemp("tally") / "desk")
    fill_demo(store, 500, days=150, now=NOW)
    yield Desk(store, FakeClock(NOW))
    store.close()


def one_by_one(desk: Desk, period: Period, view: str) -> dict[str, tuple[int, ...]]:
    """Biểu II.06a's cells by field, worked out from each dossier judged alone (``counted``)."""
    last_day = period.last_day(desk.clock())
    cells: dict[str, Counter] = {}
    for c in counted(desk, period, Names(desk), by_competent=view == "competent"):
        row = cells.setdefault(c.field, Counter())
        row["carried" if c.carried_over else "online" if c.channel is Channel.ONLINE else "direct"] += 1
        row[c.timeline.settled, provincial(c.timeline, last_day)] += 1
    return {field: tuple(sorted(row.items(), key=str)) for field, row in cells.items()}


def from_groups(desk: Desk, period: Period, view: str) -> dict[str, tuple[int, ...]]:
    rows, _ = periodic.figures(desk, period, view)
    return {r.field: r.cells() for r in rows}


def as_cells(counts: dict[str, tuple]) -> dict[str, tuple[int, ...]]:
    """``one_by_one``'s counts in the biểu's cells."""
    out = {}
    for field, items in counts.items():
        c = Counter(dict(items))
        outcome = {k[1].name: c[k] for k in c if isinstance(k, tuple) and k[0]}
        pending = {k[1].name: c[k] for k in c if isinstance(k, tuple) and not k[0]}
        settled = (outcome.get("EARLY", 0), outcome.get("ON_TIME", 0), outcome.get("LATE", 0))
        waiting = (pending.get("ON_TIME", 0), pending.get("LATE", 0))
        received = (c["carried"], c["online"], c["direct"])
        out[field] = (sum(received), *received, sum(settled), *settled, sum(waiting), *waiting)
    return out


def test_the_store_keeps_every_accepted_dossier_with_an_unmoved_appointment_in_its_group(demo_desk):
    kept, recounted = kept_and_recounted(demo_desk.store)
    assert kept == recounted
    grouped = sum(row[-1] for row in kept)
    accepted = dossiers.count(demo_desk.store) - demo_desk.store.one("SELECT count(*) FROM dossier WHERE status = 3")[0]
    assert 0 < grouped < accepted  # the paused and rescheduled ones are read one by one


@pytest.mark.parametrize("view", ["competent", "receiving"])
@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.start}..{p.end}")
def test_bieu_ii_06a_from_the_groups_is_the_bieu_of_the_dossiers_judged_one_by_one(demo_desk, period, view):
    expected = as_cells(one_by_one(demo_desk, period, view))
    assert from_groups(demo_desk, period, view) == expected
    if period.start.year == 2026:
        assert sum(cells[0] for cells in expected.values()) > 0  # the period holds dossiers


def test_a_clerks_changes_move_dossiers_between_groups_and_the_bieu_follows(tmp_path):
    store = open_store(tmp_path / "desk")
    fill_demo(store, 120, days=40, now=NOW)
    clock = FakeClock(NOW)
    desk = Desk(store, clock)
    clerk = accounts.get_user(store, "lan")
    open_ones = store.all("SELECT code, due_at FROM dossier WHERE status IN (2, 4) AND due_at IS NOT NULL ORDER BY id")
    assert len(open_ones) >= 3
    (late, late_due), (stopped, _), (withdrawn, _) = [(r["code"], r["due_at"]) for r in open_ones[:3]]
    clock.moment = NOW + timedelta(days=1)
    due = datetime.fromisoformat(late_due)
    new_due = desk.calendar.add_working_minutes(max(due, clock.moment), 480 * 5)
    processing.reschedule(desk, late, clerk, new_due, "Cần xác minh thêm")  # out of its group, read alone
    processing.transition(desk, stopped, Status.STOPPED, clerk, "Không đủ điều kiện")  # ends: another group
    processing.transition(desk, withdrawn, Status.WITHDRAWAL_REQUESTED, clerk, "Công dân xin rút")
    clock.moment = NOW + timedelta(days=2)
    processing.transition(desk, withdrawn, Status.STOPPED, clerk, "Rút theo đề nghị")  # the first end counts
    kept, recounted = kept_and_recounted(store)
    assert kept == recounted
    ended = {r[-2] for r in kept}
    assert any(e.endswith(f" {int(Status.WITHDRAWAL_REQUESTED)}") for e in ended)
    november = Period(date(2026, 10, 1), date(2026, 11, 30))
    for view in ("competent", "receiving"):
        assert from_groups(desk, november, view) == as_cells(one_by_one(desk, november, view))
    store.close()
