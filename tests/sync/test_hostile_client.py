"""Hostile answers to the desk's HTTP client: whatever a server, a proxy or a captive portal sends back (random
bytes, random JSON, a protocol message with one part replaced, a lying Content-Encoding or Content-Length, deep
nesting, numbers past 64 bits), every call returns a checked protocol message or raises SyncError; nothing else."""

from __future__ import annotations

import gzip
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counter_app.sync.client import Client, SyncError
from counter_core.protocol import AuditPush, PushRequest
from tests import hostile

PAGE = {
    "protocol": "counter-sync/1",
    "server_time": "2026-11-23T02:00:00Z",
    "changes": [{"kind": "unit", "cursor": 1, "code": "000.00.32.H56", "name": "UBND xã Quảng Phước"}],
    "dossiers": [],
    "next_cursor": 1,
    "has_more": False,
}
CALLS = {
    "changes": lambda c: c.changes(0),
    "desk_state": lambda c: c.desk_state(),
    "history": lambda c: c.history(0),
    "audit_history": lambda c: c.audit_history(0),
    "enrol": lambda c: c.enrol("8F3A1C2D9E", "may-1"),
    "push": lambda c: c.push(PushRequest(actions=[])),
    "push_audit": lambda c: c.push_audit(AuditPush(entries=[])),
}


class Answer:
    """What the test server answers next: status, headers, body."""

    status, headers, body = 200, {}, b""


class Handler(BaseHTTPRequestHandler):
    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.send_response(Answer.status)
        headers = {"Content-Type": "application/json", "Content-Length": str(len(Answer.body))} | Answer.headers
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(Answer.body)

    do_GET = do_POST = _answer

    def log_message(self, *_args):
        pass


@pytest.fixture(scope="module")
def server_url():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def answered_or_sync_error(server_url: str, call: str):
    client = Client(server_url, token="t", timeout=(2, 2))
    try:
        return CALLS[call](client)
    except SyncError as exc:
        assert hostile.vietnamese(exc.message), exc.message
        return None


bodies = st.one_of(
    st.binary(max_size=300),
    hostile.json_values.map(lambda v: json.dumps(v).encode()),
    hostile.mutated(PAGE).map(lambda v: json.dumps(v).encode()),
)
headers = st.one_of(
    st.just({}),
    st.just({"Content-Encoding": "gzip"}),
    st.just({"Content-Type": "text/html"}),
    st.just({"Content-Length": "100000"}),
)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(CALLS)), st.sampled_from([200, 200, 200, 400, 401, 409, 500, 503]), headers, bodies)
def test_any_answer_is_a_protocol_message_or_a_sync_error(server_url, call, status, extra, body):
    Answer.status, Answer.headers, Answer.body = status, extra, body
    answered_or_sync_error(server_url, call)


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 100_000,
        json.dumps(PAGE | {"next_cursor": 2**70}).encode(),  # past what the desk's database can hold
        json.dumps(PAGE).encode().replace(b"UBND", b"\\ud800UBND"),  # a lone surrogate
        gzip.compress(json.dumps(PAGE).encode())[:-8],  # truncated, and not announced as gzip
        b"<html><body>Dang nhap wifi</body></html>",
    ],
)
def test_hostile_answers_to_a_pull_are_sync_errors(server_url, body):
    Answer.status, Answer.headers, Answer.body = 200, {}, body
    assert answered_or_sync_error(server_url, "changes") is None


def test_a_page_sent_gzip_compressed_is_read_and_a_broken_one_is_a_sync_error(server_url):
    Answer.status, Answer.headers = 200, {"Content-Encoding": "gzip"}
    Answer.body = gzip.compress(json.dumps(PAGE).encode())
    assert answered_or_sync_error(server_url, "changes").next_cursor == 1
    Answer.body = Answer.body[: len(Answer.body) // 2]
    assert answered_or_sync_error(server_url, "changes") is None
    Answer.body = b"not gzip at all"
    assert answered_or_sync_error(server_url, "changes") is None
