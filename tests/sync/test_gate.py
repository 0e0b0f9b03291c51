"""The server's gate, on servers of its own with small limits: a request without a valid token gets its 401 before
its body is sent; too many requests from an address or a desk, too many wrong tokens, too many bodies at once get
429 with Retry-After in the protocol's envelope, and the desk's client waits that long and goes on; a body of
millions of small values is refused without stalling /health; 405 names the allowed methods; no /docs, no /redoc."""

from __future__ import annotations

import json
import socket
import threading
import time
from urllib.parse import urlsplit

import requests

from counter_app.services import reception
from counter_app.sync import engine
from counter_app.sync.client import Client
from counter_core.protocol import PREFIX, ErrorEnvelope
from provincial_server.guard import Limits
from tests import hostile
from tests.store.test_receive import khai_sinh
from tests.sync.conftest import serving

MB = 1024 * 1024


def raw_request(url: str, head: str, body: bytes = b"") -> socket.socket:
    """A connection to the server with ``head`` (and the start of a body) sent, left open."""
    parts = urlsplit(url)
    connection = socket.create_connection((parts.hostname, parts.port), timeout=10)
    connection.sendall(head.encode() + b"\r\n" + body)
    return connection


def answer_of(connection: socket.socket) -> tuple[int, dict[str, str], dict]:
    data = b""
    while b"\r\n\r\n" not in data:
        data += connection.recv(65536)
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode().split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        rest += connection.recv(65536)
    return int(lines[0].split()[1]), {k.lower(): v for k, v in headers.items()}, json.loads(rest[:length])


def post_head(path: str, length: int, token: str | None = None) -> str:
    auth = f"Authorization: Bearer {token}\r\n" if token else ""
    return (
        f"POST {PREFIX}{path} HTTP/1.1\r\nHost: province\r\nContent-Type: application/json\r\n{auth}"
        f"Content-Length: {length}\r\n"
    )


def too_many(response: requests.Response, limit: str) -> int:
    """The seconds a 429 asks to wait; it was held back a moment before it was sent (up to a second)."""
    assert response.status_code == 429, (response.status_code, response.text[:200])
    assert response.elapsed.total_seconds() >= 0.9 or int(response.headers["Retry-After"]) < 1
    envelope = ErrorEnvelope.model_validate_json(response.content)
    seconds = int(response.headers["Retry-After"])
    assert envelope.error.code == "rate_limited" and envelope.error.detail == {"retry_after": seconds, "limit": limit}
    assert hostile.vietnamese(envelope.error.message) and f"{seconds} giây" in envelope.error.message
    return seconds


def test_a_request_without_a_valid_token_is_answered_before_its_body_is_sent(server_url, enrolled):
    for token in (None, "not-a-token"):
        connection = raw_request(server_url, post_head("/push", 19 * MB, token), b'{"protocol": ')
        with connection:  # not one more byte of the announced 19 MB is sent: the answer comes anyway
            status, _headers, body = answer_of(connection)
        assert status == 401 and body["error"]["code"] == "unauthenticated"


def test_an_address_desk_or_wrong_token_past_its_rate_gets_429_with_retry_after(database_url, enrolled):
    desk, _ = enrolled
    token = engine.connect(desk).token
    limits = Limits(
        address_rate=0.2, address_burst=6, desk_rate=0.5, desk_burst=2, wrong_token_rate=0.1, wrong_token_burst=2
    )
    with serving(database_url, limits) as url:
        state = f"{url}{PREFIX}/desk-state"
        mine = {"Authorization": f"Bearer {token}"}
        assert [requests.get(state, headers=mine, timeout=10).status_code for _ in range(2)] == [200, 200]
        assert too_many(requests.get(state, headers=mine, timeout=10), "desk_rate") == 2
        wrong = {"Authorization": "Bearer nope"}
        assert [requests.get(state, headers=wrong, timeout=10).status_code for _ in range(2)] == [401, 401]
        assert 9 <= too_many(requests.get(state, headers=wrong, timeout=10), "wrong_tokens") <= 10
        # the 7th request: 5 s to the next token, less the time the 429s above were held back (up to 1 s each)
        assert 2 <= too_many(requests.get(f"{url}/health", timeout=10), "address_rate") <= 5


def test_the_desks_client_waits_as_the_server_asks_and_its_sync_goes_through(database_url, enrolled):
    desk, clerk = enrolled
    for _ in range(3):
        reception.receive(desk, khai_sinh(desk), clerk)
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    with serving(database_url, Limits(desk_rate=1.0, desk_burst=2)) as url:
        client = Client(url, engine.connect(desk).token, sleep=sleep)
        report = engine.sync(desk, client)
    assert report.outcomes == {"applied": 3} and report.audit_sent > 0
    assert waits and all(w == 1 for w in waits)  # desk-state, push, audit, changes: two of them had to wait


def test_a_desk_gets_429_for_a_second_body_while_its_first_is_still_arriving(database_url, enrolled):
    desk, _ = enrolled
    token = engine.connect(desk).token
    with serving(database_url, Limits(desk_bodies=1)) as url:
        first = raw_request(url, post_head("/push", 1000, token), b'{"protocol": "counter-sync/1", ')
        with first:
            time.sleep(0.3)  # the gate has let it in: it holds the desk's one body slot while its body trickles
            second = requests.post(
                f"{url}{PREFIX}/audit",
                data=b"{}",
                timeout=10,
                headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            )
            assert too_many(second, "bodies") == 1
        time.sleep(0.3)  # the first connection closed: its slot is free again
        again = requests.post(
            f"{url}{PREFIX}/audit", json={"entries": []}, timeout=10, headers={"Authorization": f"Bearer {token}"}
        )
        assert again.status_code == 200, again.text


def test_a_body_of_millions_of_small_values_is_refused_while_health_keeps_answering(server_url, enrolled):
    desk, _ = enrolled
    token = engine.connect(desk).token
    body = b'{"protocol": "counter-sync/1", "actions": [' + b",".join([b"{}"] * (19 * MB // 3)) + b"]}"
    slowest = []
    stop = threading.Event()

    def poll() -> None:
        while not stop.is_set():
            started = time.perf_counter()
            assert requests.get(f"{server_url}/health", timeout=10).status_code == 200
            slowest.append(time.perf_counter() - started)
            time.sleep(0.02)

    poller = threading.Thread(target=poll)
    poller.start()
    try:
        for _ in range(20):  # until /health was asked enough times while the bodies arrive and are refused
            if len(slowest) >= 10:
                break
            answer = requests.post(
                f"{server_url}{PREFIX}/push",
                data=body,
                timeout=60,
                headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            )
            assert answer.status_code == 413 and answer.json()["error"]["code"] == "too_large"
            assert "quá nhiều giá trị" in answer.json()["error"]["message"]
    finally:
        stop.set()
        poller.join()
    assert len(slowest) >= 10 and max(slowest) < 1.0, (len(slowest), max(slowest))


def test_a_wrong_method_names_the_allowed_ones_and_there_are_no_interactive_pages(server_url):
    wrong = requests.get(f"{server_url}{PREFIX}/push", timeout=10)
    assert wrong.status_code == 405 and wrong.headers["Allow"] == "POST"
    assert ErrorEnvelope.model_validate_json(wrong.content).error.code == "http_error"
    for page in ("/docs", "/redoc"):
        assert requests.get(f"{server_url}{page}", timeout=10).status_code == 404
    assert requests.get(f"{server_url}/openapi.json", timeout=10).status_code == 200
