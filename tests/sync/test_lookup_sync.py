"""What the citizens' look-up needs from the desks, through the real server: the look-up token made at reception
travels with the dossier (to the province and to the other desks of the unit, whose receipts carry the same QR
link), the province's look-up address reaches every desk, a change of a kind the desk does not know is set aside
without stopping the feed, and each sync ends with the desk's health report."""

from datetime import UTC, datetime

from counter_app.services import printouts, reception
from counter_app.store import journal
from counter_app.sync import engine
from counter_core import __version__
from counter_core.domain.tracking import NATIONAL_PORTAL_URL, is_check, link
from provincial_server.store import admin as server_store
from provincial_server.store import console, feed, health
from tests.store.test_receive import khai_sinh

LOOKUP = "https://motcua.example.gov.vn/tra-cuu?ma={code}&k={check}"


def test_the_lookup_token_travels_with_the_dossier_and_the_province_sets_the_qr_address(
    enrolled_desk, province, province_wide
):
    first, clerk = enrolled_desk(1)
    second, other_clerk = enrolled_desk(2)
    code = reception.receive(first, khai_sinh(first), clerk).code
    engine.sync(first)
    token = server_store.dossier_snapshot(province.db, code)["facts"]["check"]
    assert is_check(token)
    assert printouts.build(first, code, "receipt", clerk).qr_text == link(NATIONAL_PORTAL_URL, code, token)
    console.publish_tracking_url(province.db, LOOKUP)
    assert not console.publish_tracking_url(province.db, LOOKUP)  # the same address again is not news
    for desk, user in ((first, clerk), (second, other_clerk)):
        engine.sync(desk)
        assert desk.config.tracking_url == LOOKUP
        assert printouts.build(desk, code, "receipt", user).qr_text == (
            f"https://motcua.example.gov.vn/tra-cuu?ma={code}&k={token}"
        )
    assert journal.audit_for(first.store, "desk", "desk")[-1]["action"] == "desk.tracking_url_province"


def test_changes_the_desk_cannot_read_are_set_aside_and_the_feed_goes_on(enrolled, province, province_wide):
    desk, _ = enrolled
    cursors = feed.append(
        province.db,
        [
            (None, {"kind": "weather", "forecast": "mưa"}),  # a kind from a newer server
            (None, {"kind": "tracking", "tracking_url": "ftp://example/{code}"}),  # not an address a QR may carry
            (None, {"kind": "tracking", "tracking_url": LOOKUP}),
        ],
    )
    engine.sync(desk)
    assert desk.config.tracking_url == LOOKUP
    unreadable = {row["entity_key"]: row["after"] for row in journal.audit_for(desk.store, "sync", str(cursors[0]))}
    assert "weather" in unreadable[str(cursors[0])] and "cần cập nhật Counter" in unreadable[str(cursors[0])]
    assert "https://" in journal.audit_for(desk.store, "sync", str(cursors[1]))[0]["after"]


def test_each_sync_ends_with_the_desks_health_report(enrolled, province):
    desk, clerk = enrolled
    reception.receive(desk, khai_sinh(desk), clerk)
    before = datetime.now(UTC)
    engine.sync(desk)
    (row,) = [r for r in health.desks(province.db, [province.unit_code]) if r["id"] == f"{province.unit_code}-01"]
    assert row["health_at"] >= before and row["last_push_at"] >= before
    assert row["health"]["app_version"] == __version__ and row["health"]["backlog"] == 0
    assert row["health"]["set_aside"] == 0 and row["health"]["files_pending"] == 0  # every paper sent
    assert abs(row["health"]["clock_offset_seconds"]) > 0  # the test desk's clock is in November 2026
