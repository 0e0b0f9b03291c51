"""Desks syncing with the real provincial server on PostgreSQL: enrolment, push exactly once, pull, faults."""

import json
import uuid
from datetime import datetime, timedelta

import pytest
import requests
from requests.adapters import HTTPAdapter

from counter_app.foundation import logs
from counter_app.services import accounts, backups, lookup, processing, reception
from counter_app.services.printouts import print_to_file
from counter_app.store import journal
from counter_app.sync import accounts as province_accounts
from counter_app.sync import engine
from counter_app.sync.client import Client, SyncError
from counter_app.sync.credentials import NoKeyring
from counter_core.domain.status import Status
from counter_core.foundation.clock import VN_TZ
from provincial_server.store import admin as server_store
from tests.helpers.memory_keyring import MemoryKeyring
from tests.store.test_receive import khai_sinh


def new_id() -> str:
    return str(uuid.uuid4())


def server_codes(province):
    return server_store.dossier_codes(province.db, province.unit_code)


def test_a_desk_enrols_once_with_its_code_and_keeps_the_token_out_of_its_files(
    make_desk, province, server_url, memory_keyring
):
    desk, _ = make_desk(1)
    code = province.desk_code(1)
    result = engine.enrol(desk, server_url, code)
    assert result["desk_id"] == f"{province.unit_code}-01"
    (token,) = memory_keyring.secrets.values()
    assert token.encode() not in desk.store.path.read_bytes()
    engine.sync(desk)  # once its token has been used, the code is spent
    with pytest.raises(SyncError, match="đã dùng hoặc đã hết hạn"):
        engine.enrol(desk, server_url, code)


def test_a_code_for_another_desk_is_refused(make_desk, province, server_url):
    desk, _ = make_desk(2)
    with pytest.raises(SyncError, match="quầy 1"):
        engine.enrol(desk, server_url, province.desk_code(1))


def test_the_outbox_lands_once_and_province_decisions_come_back(enrolled, province):
    desk, clerk = enrolled
    codes = [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(3)]
    processing.transition(desk, codes[0], Status.PROCESSING, clerk, "Chuyển công chức hộ tịch")
    report = engine.sync(desk)
    assert report.outcomes == {"applied": 4} and journal.outbox_counts(desk.store) == {"applied": 4}
    assert server_codes(province) == sorted(codes)
    server_store.decide(province.db, codes[0], Status.RESULT_READY, "Phòng Tư pháp", "Đã ký", new_id())
    server_store.decide(
        province.db, codes[1], Status.SUPPLEMENT_REQUESTED, "Phòng Tư pháp", "Thiếu giấy chứng sinh", new_id()
    )
    report = engine.sync(desk)
    assert report.received == 2 and report.sent == 0
    assert lookup.show(desk, codes[0]).status == Status.RESULT_READY
    shown = lookup.show(desk, codes[1])
    assert shown.status == Status.SUPPLEMENT_REQUESTED and shown.events[-1].note == "Thiếu giấy chứng sinh"
    assert shown.events[-1].username == province_accounts.PROVINCE
    assert engine.sync(desk).received == 0  # the cursor moved with the page: nothing twice


class CutAfterSend(HTTPAdapter):
    """The server gets the request and commits; the connection dies before the desk reads the answer."""

    def __init__(self, cuts: int) -> None:
        super().__init__()
        self.cuts = cuts

    def send(self, request, **kwargs):
        response = super().send(request, **kwargs)
        if self.cuts and request.path_url.endswith("/push"):
            self.cuts -= 1
            raise requests.ConnectionError("connection reset after the server committed")
        return response


def test_a_push_cut_after_the_server_commits_lands_exactly_once(enrolled, province):
    desk, clerk = enrolled
    codes = [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(5)]
    client = engine.connect(desk)
    client.session.mount("http://", CutAfterSend(cuts=1))
    with pytest.raises(SyncError, match="Không kết nối được"):
        engine.sync(desk, client)
    assert journal.outbox_counts(desk.store) == {"pending": 5}  # the desk does not know it landed
    assert server_codes(province) == sorted(codes)  # …but it did
    report = engine.sync(desk, client)
    assert report.outcomes == {"duplicate": 5} and journal.outbox_counts(desk.store) == {"duplicate": 5}
    events = server_store.events_of(province.db, codes[0])
    assert len(events) == 1 and events[0]["desk_seq"] == 1


def test_an_action_the_province_refuses_is_set_aside_and_blocks_nothing(enrolled, province):
    desk, clerk = enrolled
    first = reception.receive(desk, khai_sinh(desk), clerk).code
    engine.sync(desk)
    server_store.decide(province.db, first, Status.STOPPED, "Phòng Tư pháp", "Dừng theo yêu cầu", new_id())
    processing.transition(desk, first, Status.PROCESSING, clerk)  # the desk has not heard of the stop yet
    later = reception.receive(desk, khai_sinh(desk), clerk).code
    report = engine.sync(desk)
    assert report.outcomes == {"rejected": 1, "applied": 1}
    assert later in server_codes(province)
    assert lookup.show(desk, first).status == Status.STOPPED  # the province's stop reached the desk: both agree
    assert journal.outbox_counts(desk.store) == {"applied": 2, "rejected": 1}
    [refused] = [p for p in engine.problems(desk) if p["kind"] == "set_aside"]  # with its code: in either language
    assert refused["reason"].in_language("vi").startswith('Không thể chuyển hồ sơ từ "Dừng xử lý" sang "Đang xử lý".')
    assert (
        refused["reason"]
        .in_language("en")
        .startswith('A dossier cannot move from "Processing stopped" to "Being processed".')
    )


def test_a_revoked_desk_is_told_why_in_vietnamese(enrolled, province):
    desk, clerk = enrolled
    server_store.revoke(province.db, f"{province.unit_code}-01")
    reception.receive(desk, khai_sinh(desk), clerk)
    with pytest.raises(SyncError, match="thu hồi") as caught:
        engine.sync(desk)
    assert caught.value.server_code == "desk_revoked" and not caught.value.retry
    assert caught.value.code == "province.desk_revoked"  # sent with the text's code: an English window says it so
    assert (
        caught.value.in_language("en")
        == "This desk's right to sync has been revoked. Call the province's administrator."
    )


class CaptivePortal(HTTPAdapter):
    def send(self, request, **kwargs):
        response = requests.Response()
        response.status_code = 200
        response._content = b"<html><body>Dang nhap wifi</body></html>"
        response.request = request
        return response


def test_a_captive_portal_page_is_a_network_failure_not_an_answer(enrolled):
    desk, clerk = enrolled
    reception.receive(desk, khai_sinh(desk), clerk)
    client = engine.connect(desk)
    client.session.mount("http://", CaptivePortal())
    with pytest.raises(SyncError, match="không đúng giao thức"):
        engine.sync(desk, client)
    assert journal.outbox_counts(desk.store) == {"pending": 1}


def test_bad_input_gets_a_4xx_envelope_and_changes_nothing(enrolled, server_url, province):
    desk, _ = enrolled
    token = engine.connect(desk).token
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    answer = requests.post(f"{server_url}/sync/v1/push", data=b"{not json", headers=headers, timeout=10)
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "bad_json"
    body = json.dumps({"protocol": "counter-sync/1", "actions": [{"op_id": "x"}]}).encode()
    answer = requests.post(f"{server_url}/sync/v1/push", data=body, headers=headers, timeout=10)
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "invalid_request"
    assert "actions.0.op_id" in answer.json()["error"]["message"]  # nothing to settle: the batch is refused whole
    broken = requests.post(
        f"{server_url}/sync/v1/push",
        data=b"\x1f\x8b not gzip",
        timeout=10,
        headers={**headers, "Content-Encoding": "gzip"},
    )
    assert broken.status_code == 400 and broken.json()["error"]["code"] == "bad_encoding"
    assert requests.get(f"{server_url}/sync/v1/changes", timeout=10).json()["error"]["code"] == "unauthenticated"
    assert server_codes(province) == []


def test_no_secret_is_written_outside_the_keyring(make_desk, province, server_url, memory_keyring, start_desk_log):
    """After enrolment, syncs and a day's work, neither the token nor the enrolment code is in any file of the data
    folder: database, WAL, log, slips, backups."""
    desk, clerk = make_desk(1)
    start_desk_log(desk.store.path.parent)
    code = province.desk_code(1)
    engine.enrol(desk, server_url, code)
    (token,) = memory_keyring.secrets.values()
    received = reception.receive(desk, khai_sinh(desk), clerk).code
    engine.sync(desk)
    processing.transition(desk, received, Status.PROCESSING, clerk, "Chuyển công chức hộ tịch")
    print_to_file(desk, received, "receipt", clerk)
    backups.backup_now(desk.store, accounts.get_user(desk.store, "toan"))
    engine.sync(desk)
    files = [f for f in desk.store.path.parent.rglob("*") if f.is_file()]
    assert {f.parent.name for f in files} >= {"logs", "slips", "backups"} and any(
        f.name.endswith("-wal") for f in files
    )
    assert "sync done" in (desk.store.path.parent / logs.LOG_FILE).read_text(encoding="utf-8")
    for file in files:
        content = file.read_bytes()
        assert token.encode() not in content and code.encode() not in content, file
    assert isinstance(engine.connect(desk), Client)


def test_the_server_schema_migrates_once_and_again_harmlessly(database_url):
    from provincial_server.store import schema

    with server_store.connect(database_url) as conn:
        assert schema.migrate(conn) == []  # the session already migrated: nothing left, no error


def test_without_a_keyring_the_code_is_not_spent(make_desk, province, server_url):
    import keyring
    from keyring.backends.fail import Keyring as NoBackend

    desk, _ = make_desk(1)
    code = province.desk_code(1)
    keyring.set_keyring(NoBackend())
    with pytest.raises(NoKeyring, match="kho khóa bí mật"):
        engine.enrol(desk, server_url, code)
    keyring.set_keyring(MemoryKeyring())
    assert engine.enrol(desk, server_url, code)["desk_id"] == f"{province.unit_code}-01"


def test_a_desk_clock_far_from_the_servers_warns_the_clerk(enrolled, clock):
    desk, _ = enrolled
    clock.moment = datetime.now(VN_TZ) - timedelta(minutes=7)
    report = engine.sync(desk)
    assert 400 < report.clock_offset_seconds < 440
    assert report.warnings and "lệch 7 phút" in report.warnings[0].in_language()
    clock.moment = datetime.now(VN_TZ) + timedelta(seconds=30)
    assert engine.sync(desk).warnings == []


def test_a_decision_and_a_desk_action_that_cross_end_the_same_on_both_sides(enrolled, province):
    desk, clerk = enrolled
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    engine.sync(desk)
    # The province asks for a supplement while the desk, offline, moves the dossier on to processing.
    server_store.decide(province.db, code, Status.SUPPLEMENT_REQUESTED, "Phòng Tư pháp", "Thiếu tờ khai", new_id())
    processing.transition(desk, code, Status.PROCESSING, clerk, "Chuyển xử lý")
    engine.sync(desk)
    server = province.db.execute("SELECT status FROM dossier WHERE code = %s", (code,)).fetchone()["status"]
    assert lookup.show(desk, code).status == server == Status.PROCESSING  # the server's order: 2, 5, then 4
    assert [e.status for e in lookup.show(desk, code).events] == [2, 4, 5]  # both events kept on the desk
    server_store.decide(province.db, code, Status.RESULT_READY, "Phòng Tư pháp", "Đã ký", new_id())
    engine.sync(desk)
    assert lookup.show(desk, code).status == Status.RESULT_READY  # and the next decision applies: no stuck dossier


def test_every_answer_carries_the_server_time_and_is_logged_with_its_request_id(server_url, caplog):
    caplog.set_level("INFO", logger="provincial_server")
    for path, status in (("/health", 200), ("/sync/v1/changes", 401)):
        answer = requests.get(f"{server_url}{path}", headers={"X-Request-ID": f"req-{status}"}, timeout=10)
        assert answer.status_code == status
        assert abs(datetime.fromisoformat(answer.headers["X-Server-Time"]) - datetime.now(VN_TZ)) < timedelta(
            seconds=30
        )
    logged = {r.request_id: (r.getMessage(), r.status) for r in caplog.records if getattr(r, "request_id", "")}
    assert logged == {"req-200": ("GET /health 200", 200), "req-401": ("GET /sync/v1/changes 401", 401)}
