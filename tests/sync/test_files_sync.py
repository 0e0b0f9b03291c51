"""Files of digitised papers between desks and the province: sent after the record that attaches them, in chunks that
resume where a cut left them, checked by hash, stored once however often sent, read only by the units whose dossier
holds them (and by the competent unit, §9), fetched by another desk of the unit when opened."""

from __future__ import annotations

import hashlib
import io
import socket
import time
import uuid
import zipfile

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counter_app.scanning.pages import Page
from counter_app.services import attachments, lookup, reception, synchronisation
from counter_app.services.attachments import Paper
from counter_app.store import files as desk_files
from counter_app.sync import engine
from counter_app.sync.client import SyncError
from counter_core.domain.intake import Intake, Person, SubmittedDocument
from counter_core.protocol import FILE_CHUNK, MAX_FILE_CHUNK, PREFIX
from provincial_server.store import admin as server_store
from tests.sync.conftest import serving
from tests.sync.fault_proxy import PASS, FaultProxy, cut_request

OWNER = Person(full_name="Trần Thị Bình", id_number="001190000002", phone="0987654321", address="Thôn Tây")


def _received(desk, clerk, size: int = 700_000, seed: object = None, unit: str = ""):
    """A dossier received with one paper of about ``size`` bytes (its pages' bytes are what they are: the test only
    needs a file), a file of its own unless ``seed`` is given again (the server's database is the session's)."""
    from counter_app.store.catalog import procedure_in_force

    _, proc = procedure_in_force(desk.store, desk.clock().date(), "1.001193")
    docs = tuple(SubmittedDocument(d.name, 1, 0, 0) for d in proc.documents if d.required)
    jpeg = open_jpeg()
    filler = hashlib.sha256(str(seed or uuid.uuid4()).encode()).digest() * (size // 32)
    stored = attachments.store(desk, [Paper(docs[0].name, (Page(jpeg + filler, 100, 100),))])
    receipt = reception.receive(desk, Intake("1.001193", OWNER, docs, competent_unit=unit), clerk, stored)
    return receipt, stored[0]


def open_jpeg() -> bytes:
    from counter_app.scanning.pages import page_of
    from tests.helpers.scanners import scanned_page

    return page_of(scanned_page(1, lines_every=40).resize((200, 280)), 200).jpeg


def _token(desk) -> str:
    return engine.connect(desk).token


def _get(server_url: str, path: str, desk=None, **kwargs) -> requests.Response:
    headers = {"Authorization": f"Bearer {_token(desk)}"} if desk else {}
    return requests.get(f"{server_url}{PREFIX}{path}", headers=headers, timeout=30, **kwargs)


def test_a_file_goes_up_after_its_record_and_another_desk_of_the_unit_opens_it(enrolled_desk, server_url, province):
    desk, clerk = enrolled_desk(1)
    receipt, item = _received(desk, clerk)
    assert engine.status(desk)["file_bytes_left"] == item.size
    report = engine.sync(desk)
    assert (report.files_sent, report.file_bytes) == (1, item.size)
    assert engine.status(desk)["file_bytes_left"] == 0
    assert desk_files.get(desk.store, item.sha256).sent == item.size
    answer = _get(server_url, f"/files/{item.sha256}", desk)
    assert answer.status_code == 200 and hashlib.sha256(answer.content).hexdigest() == item.sha256

    other, _ = enrolled_desk(2)
    engine.sync(other)
    [seen] = attachments.attachments(other, receipt.code)
    assert (seen.file, seen.held) == (item, False)  # known from the feed, not fetched yet
    path = attachments.file_path(other, item.sha256)  # opening it fetches it from the province
    assert hashlib.sha256(path.read_bytes()).hexdigest() == item.sha256
    assert attachments.attachments(other, receipt.code)[0].held


def test_each_file_is_stored_once_however_often_sent(enrolled_desk, server_url, province):
    desk, clerk = enrolled_desk(1)
    seed = uuid.uuid4()
    _, item = _received(desk, clerk, seed=seed)
    _, again = _received(desk, clerk, seed=seed)  # the same paper in a second dossier: the same file
    assert again == item
    engine.sync(desk)
    with desk.store.write():
        desk_files.set_sent(desk.store, item.sha256, 0)  # as if the desk had lost track: it asks, sends nothing
    assert engine.sync(desk).file_bytes == 0
    rows = province.db.execute("SELECT count(*) AS n FROM stored_file WHERE sha256 = %s", (item.sha256,)).fetchone()
    assert rows["n"] == 1


def test_the_province_gets_the_copy_with_a_text_layer_and_never_the_original(enrolled_desk, server_url, province):
    from counter_app.scanning import ocr
    from counter_app.scanning.pages import page_of
    from tests.helpers.scanners import scanned_page

    if ocr.unavailable():
        pytest.skip(f"{ocr.unavailable()} (.ci/run installs tesseract-ocr-vie)")
    desk, clerk = enrolled_desk(1)
    receipt, original = _received(desk, clerk)
    page = page_of(scanned_page(int(uuid.uuid4().int % 1000) + 10, lines_every=40), 200)  # a paper of its own
    attachments.attach(desk, receipt.code, clerk, [Paper(original.document, (page,))])
    [scanned] = attachments.attachments(desk, receipt.code)
    report = synchronisation.run(desk)  # the window's sync, 2 s after the save: before the worker read the words
    assert report.sent and report.files_sent == 0  # the records went; the papers wait for their words
    assert engine.status(desk)["file_bytes_left"] == original.size + scanned.file.size
    assert attachments.read_words(desk) == 2  # the worker's job
    [copy] = attachments.attachments(desk, receipt.code)
    assert copy.file.sha256 not in (original.sha256, scanned.file.sha256)
    report = synchronisation.run(desk)
    assert (report.files_sent, report.file_bytes) == (2, copy.file.size + original.size)  # the one replaced before
    assert engine.status(desk)["file_bytes_left"] == 0
    answer = _get(server_url, f"/files/{copy.file.sha256}", desk)
    assert answer.status_code == 200 and hashlib.sha256(answer.content).hexdigest() == copy.file.sha256
    assert _get(server_url, f"/files/{scanned.file.sha256}", desk).status_code == 404  # never sent
    assert desk_files.layered_copy(desk.store, original.sha256) is None  # no copy of a paper scanned again since
    listed = _get(server_url, f"/dossiers/{receipt.code}/files", desk).json()["files"]
    assert [(f["sha256"], f["stored"]) for f in listed] == [(copy.file.sha256, True)]
    other, _ = enrolled_desk(2)
    engine.sync(other)
    assert [a.file for a in attachments.attachments(other, receipt.code)] == [copy.file]
    attachments.file_path(other, copy.file.sha256)  # opened there: fetched, and its words taken from its layer
    assert attachments.read_words(other) == 1 and desk_files.layered_copy(other.store, copy.file.sha256) is None
    [hit] = lookup.papers_matching(other, "dang ky khai sinh")
    assert hit.code == receipt.code


def test_every_file_route_reads_only_the_units_own_dossiers(enrolled_desk, server_url, province):
    desk, clerk = enrolled_desk(1)
    elsewhere = province.new_unit("UBND xã Quảng Đức")
    receipt, item = _received(desk, clerk)
    competent = province.new_unit("UBND phường Quảng Thọ")
    engine.sync(desk)  # the desk hears of the province's units
    for_them, theirs = _received(desk, clerk, unit=competent)  # received here for another unit (§9)
    engine.sync(desk)
    stranger, _ = enrolled_desk(1, elsewhere)
    deciding, _ = enrolled_desk(1, competent)
    routes = [
        ("GET", f"/files/{item.sha256}"),
        ("GET", f"/files/{item.sha256}/state"),
        ("PUT", f"/files/{item.sha256}?offset=0"),
        ("GET", f"/dossiers/{receipt.code}/files"),
        ("GET", f"/dossiers/{receipt.code}/files.zip"),
    ]
    for method, path in routes:
        url = f"{server_url}{PREFIX}{path}"
        assert requests.request(method, url, timeout=30).status_code == 401, path
        refused = requests.request(method, url, headers={"Authorization": f"Bearer {_token(stranger)}"}, timeout=30)
        assert refused.status_code == 404, path  # another unit's file: as if it did not exist
        assert refused.json()["error"]["code"] == "not_found"
        allowed = requests.request(method, url, headers={"Authorization": f"Bearer {_token(desk)}"}, timeout=30)
        assert allowed.status_code == 200, path
    assert _get(server_url, f"/files/{theirs.sha256}", deciding).status_code == 200  # the competent unit reads it
    assert _get(server_url, f"/files/{item.sha256}", deciding).status_code == 404
    listed = _get(server_url, f"/dossiers/{for_them.code}/files", deciding).json()
    assert [(f["document"], f["stored"]) for f in listed["files"]] == [(theirs.document, True)]


def test_province_users_download_a_dossiers_files_within_their_units(enrolled_desk, server_url, province):
    from counter_core.foundation.messages import Papers
    from provincial_server.app import ApiError

    desk, clerk = enrolled_desk(1)
    receipt, item = _received(desk, clerk)
    engine.sync(desk)
    app = _running_app(server_url)

    async def scope(request):  # what the province console sets: the signed-in user's units (None: every unit)
        user = request.headers.get("X-Test-User")
        if user is None:
            raise ApiError(401, "unauthenticated", Papers.SIGN_IN_NEEDED)
        return None if user == "admin" else [user]

    app.state.province_scope = scope
    try:
        url = f"{server_url}{PREFIX}/dossiers/{receipt.code}/files.zip"
        assert requests.get(url, timeout=30).status_code == 401
        assert requests.get(url, headers={"X-Test-User": "000.00.99.H56"}, timeout=30).status_code == 404
        for user in (province.unit_code, "admin"):
            answer = requests.get(url, headers={"X-Test-User": user}, timeout=30)
            assert answer.status_code == 200
            archive = zipfile.ZipFile(io.BytesIO(answer.content))
            [name] = archive.namelist()
            assert name.startswith("01-giay-to-") and name.endswith(".pdf")
            assert hashlib.sha256(archive.read(name)).hexdigest() == item.sha256
    finally:
        del app.state.province_scope


def _running_app(server_url: str):
    """The FastAPI app behind ``server_url`` (served in this process by the sync tests' conftest)."""
    import gc

    from fastapi import FastAPI

    port = int(server_url.rsplit(":", 1)[1])
    import uvicorn

    for server in (o for o in gc.get_objects() if isinstance(o, uvicorn.Server)):
        if server.config.port == port:
            app = server.config.app
            return app if isinstance(app, FastAPI) else app.app
    raise LookupError(server_url)


def _put_headers_only(server_url: str, path: str, length: int, token: str | None) -> tuple[int, str]:
    """A chunk's request announcing ``length`` bytes of which not one is sent: the status and headers of the answer
    (a server that waited for the body would never answer: the socket's timeout fails the test)."""
    host, port = server_url.removeprefix("http://").split(":")
    lines = [f"PUT {PREFIX}{path} HTTP/1.1", f"Host: {host}", f"Content-Length: {length}"]
    lines += [f"Authorization: Bearer {token}"] if token else []
    with socket.create_connection((host, int(port)), timeout=10) as conn:
        conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += conn.recv(4096)
    text = head.decode("latin-1")
    return int(text.split()[1]), text.lower()


def test_a_chunk_is_refused_by_the_gate_and_by_its_own_limit_before_its_body_is_read(enrolled_desk, server_url):
    desk, clerk = enrolled_desk(1)
    _, item = _received(desk, clerk, size=300_000)
    engine.push(desk, engine.connect(desk), engine.Report())  # the record first: the file is now the desk's to send
    path = f"/files/{item.sha256}?offset=0"
    status, head = _put_headers_only(server_url, path, 1_000_000, None)
    assert status == 401 and "connection: close" in head  # no token: refused at the gate, the body never taken
    status, _ = _put_headers_only(server_url, path, MAX_FILE_CHUNK + 1, _token(desk))
    assert status == 413  # more than a chunk may hold, refused from its announced length
    status, _ = _put_headers_only(server_url, path, item.size + 1, _token(desk))
    assert status == 413  # past the file's declared size
    assert engine.connect(desk).file_state(item.sha256).received == 0  # nothing of them kept


def test_a_chunk_the_server_asks_to_wait_for_is_sent_again_from_its_start(database_url, enrolled, province):
    """Office hours with a cap: each chunk is a body read as it goes out (throttled); the gate's 429 (a desk allowed
    one request a second) is waited out and the chunk sent again whole."""
    from counter_app.sync.client import Client
    from counter_app.sync.files import set_office_kbps
    from provincial_server.guard import Limits

    desk, clerk = enrolled
    set_office_kbps(desk, 100_000)  # the test's clock is a Monday morning: the cap applies, and hardly slows
    _, item = _received(desk, clerk, size=600_000)
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    with serving(database_url, Limits(desk_rate=1.0, desk_burst=2)) as url:
        report = engine.sync(desk, Client(url, engine.connect(desk).token, sleep=sleep))
    assert (report.files_sent, report.file_bytes) == (1, item.size) and len(waits) >= 3  # its chunks had to wait
    stored = province.db.execute("SELECT size FROM stored_file WHERE sha256 = %s", (item.sha256,)).fetchone()
    assert stored["size"] == item.size  # whole, and its hash checked


def test_an_attachment_that_does_not_describe_a_file_whole_is_refused_as_its_item(enrolled_desk, server_url, province):
    desk, clerk = enrolled_desk(1)
    receipt, _ = _received(desk, clerk)
    with desk.store.write():  # as a damaged or hostile desk would send it
        desk.store.db.execute("UPDATE dossier_event SET data = json_set(data, '$.size', -1) WHERE kind = 'attach_file'")
    engine.sync(desk)
    aside = province.db.execute(
        "SELECT code, field FROM set_aside WHERE body->'dossier'->>'code' = %s AND body->'event'->>'kind' = %s",
        (receipt.code, "attach_file"),
    ).fetchall()
    assert [(a["code"], a["field"]) for a in aside] == [("invalid_attachment", "event.data.size")]
    assert receipt.code in server_store.dossier_codes(province.db, province.unit_code)  # the dossier itself went up


def test_a_file_that_does_not_match_its_hash_is_refused_and_sent_again_whole(enrolled_desk, server_url, province):
    desk, clerk = enrolled_desk(1)
    _, item = _received(desk, clerk, size=300_000)
    client = engine.connect(desk)
    engine.push(desk, client, engine.Report())
    garbage = bytes(item.size)
    with pytest.raises(SyncError) as refused:
        client.send_file_chunk(item.sha256, 0, garbage)
    assert refused.value.server_code == "hash_mismatch"
    assert client.file_state(item.sha256).received == 0  # dropped: the desk sends it again from the start
    assert engine.sync(desk).files_sent == 1
    assert client.file_state(item.sha256).complete


# -- cuts at random offsets --------------------------------------------------------------------------------------
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(schedule=st.lists(st.one_of(st.none(), st.floats(0.0, 1.0)), max_size=6), size=st.integers(1, 900_000))
def test_an_upload_cut_at_random_offsets_resumes_and_arrives_whole(enrolled, server_url, province, schedule, size):
    """The nth request sending the file is cut after a random share of its body (None: it passes); one desk sends
    a new file in each example."""
    desk, clerk = enrolled
    _, item = _received(desk, clerk, size=size)
    with FaultProxy(int(server_url.rsplit(":", 1)[1])) as proxy:
        for at in schedule:
            proxy.inject(PASS if at is None else cut_request(at), path=f"/files/{item.sha256}?offset")
        client = engine.connect(desk)
        client.base_url = proxy.url
        for _attempt in range(len(schedule) + 2):
            try:
                engine.sync(desk, client)
                break
            except SyncError as exc:
                assert exc.retry  # a cut is a network failure: tried again later
        cuts = sum(proxy.counts().values())
    puts = [s for s in proxy.log if s.method == "PUT"]
    # every cut costs at most the chunk it cut: the upload resumes where the province's copy stopped
    assert len(puts) <= -(-item.size // FILE_CHUNK) + cuts
    answer = _get(server_url, f"/files/{item.sha256}", desk)
    assert hashlib.sha256(answer.content).hexdigest() == item.sha256
    assert desk_files.get(desk.store, item.sha256).sent == item.size
    stored = province.db.execute("SELECT size FROM stored_file WHERE sha256 = %s", (item.sha256,)).fetchone()
    assert stored["size"] == item.size


def test_files_kept_in_an_s3_compatible_bucket(database_url, server_url, make_desk, province, tmp_path, monkeypatch):
    """The same, with the files in a bucket of moto's S3 server (as MinIO or a provincial object store would be)."""
    import boto3
    from moto.server import ThreadedMotoServer

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    s3 = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    s3.start()
    try:
        for name, value in {
            "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}",
            "AWS_ACCESS_KEY_ID": "counter",
            "AWS_SECRET_ACCESS_KEY": "counter-secret",
            "AWS_DEFAULT_REGION": "us-east-1",
        }.items():
            monkeypatch.setenv(name, value)
        bucket = boto3.client("s3")
        bucket.create_bucket(Bucket="giay-to")
        with serving(database_url, files="s3://giay-to/quang-tri/", spool=str(tmp_path / "spool")) as url:
            desk, clerk = make_desk(1)
            engine.enrol(desk, url, province.desk_code(1))
            _, item = _received(desk, clerk)
            assert engine.sync(desk).files_sent == 1
            held = bucket.get_object(Bucket="giay-to", Key=f"quang-tri/{item.sha256}")["Body"].read()
            assert hashlib.sha256(held).hexdigest() == item.sha256
            assert list((tmp_path / "spool").rglob("*")) == [] or all(
                p.is_dir() for p in (tmp_path / "spool").rglob("*")
            )
            answer = _get(url, f"/files/{item.sha256}", desk)
            assert hashlib.sha256(answer.content).hexdigest() == item.sha256
    finally:
        s3.stop()


def test_a_bandwidth_cap_holds_during_office_hours_only(enrolled, clock):
    from counter_app.sync.files import Throttled, rate_now, set_office_kbps

    desk, _ = enrolled
    set_office_kbps(desk, 256)
    clock.set("2026-11-23T09:00")  # a Monday morning: the office is open
    assert rate_now(desk) == 32_000  # bytes per second
    clock.set("2026-11-23T19:00")
    assert rate_now(desk) is None
    now = [0.0]
    body = Throttled(bytes(64_000), 32_000, clock=lambda: now[0], sleep=lambda s: now.__setitem__(0, now[0] + s))
    while body.read(8192):
        pass
    assert now[0] == pytest.approx(2.0)  # 64 kB at 32 kB/s


def test_the_status_bar_says_the_bytes_of_files_left_then_none(qtbot, enrolled, vietnamese, tasks_for, monkeypatch):
    from counter_app.scanning import ocr
    from counter_app.ui.sync_indicator import SyncIndicator

    desk, clerk = enrolled
    _, item = _received(desk, clerk, size=1_300_000)
    monkeypatch.setattr(ocr, "unavailable", lambda: "off here")  # the file as it is (no copy with words to wait for)
    indicator = SyncIndicator(tasks_for(desk))
    qtbot.addWidget(indicator)
    indicator.show_state()
    qtbot.waitUntil(lambda: "tệp giấy tờ: còn 1,2 MB chờ gửi" in indicator.label.text(), timeout=10000)
    with qtbot.waitSignal(indicator.synced, timeout=60_000):
        indicator.sync_now()
    assert "tệp giấy tờ" not in indicator.label.text()
    assert desk_files.get(desk.store, item.sha256).sent == item.size
