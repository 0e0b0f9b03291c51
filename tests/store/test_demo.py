"""The demo fills a desk with accounts and dossiers at every status a counter sees."""

from datetime import datetime

from counter_app.services import accounts, lookup
from counter_app.services.demo import DEMO_PASSWORD, fill_demo
from counter_app.store.desk import Desk
from counter_app.store.dossiers import count_by_status
from counter_core.domain.status import Status


def test_demo_dossiers_cover_every_counter_status_and_can_log_in(store):
    result = fill_demo(store, count=120, days=60)
    counts = count_by_status(store)
    assert sum(counts.values()) == result["dossiers"] == 120
    # Status 1 (registered online) only comes from the national portal, never from the counter.
    assert set(counts) == set(Status) - {Status.NEW_ONLINE}
    assert accounts.authenticate(store, "truongbp", DEMO_PASSWORD).role == "supervisor"
    desk = Desk(store)
    returned = next(r for r in lookup.search(desk, "nguyen") if r.status == 10)
    assert [e.kind for e in lookup.show(desk, returned.code).events][-1] == "return"
    moments = [datetime.fromisoformat(r["at"]) for r in store.all("SELECT at FROM dossier_event")]
    assert len(moments) > 300 and all(desk.calendar.is_office_time(m) for m in moments)  # office hours only
