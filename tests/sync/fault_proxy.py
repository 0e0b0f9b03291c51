"""A TCP proxy between a desk and the provincial server that breaks chosen HTTP requests on purpose.

The sync tests point a desk's client at the proxy (``client.base_url = proxy.url``); the proxy forwards to
the real server and, request by request, injects the faults a commune's network produces: a connection
reset before anything reaches the server, a request cut half-way, an answer lost after the server
committed (the decisive case), a truncated answer, an answer held past the desk's read timeout, or a
gateway's 500/502/503 instead of the server's answer.

How it works. The desk's ``requests.Session`` keeps its connection alive, so one desk connection carries
many requests: the proxy reads each request head and its ``Content-Length`` body from the desk, decides
that request's fault, and forwards it on a fresh connection to the server (``Connection: close``, so the
server's answer ends at its ``Content-Length`` or at the end of that connection). The server's answer is
read in full before anything is sent back, so when a fault loses it the server has certainly finished
(and committed) by the time the desk sees the error: the tests can check both sides at once, without
sleeping. ``Connection`` headers are hop-by-hop and are not passed on either way.

Chunked request bodies are not supported (the desk's client never sends one); such a connection is reset.

    with FaultProxy(server_port) as proxy:
        proxy.inject(CUT_BEFORE_RESPONSE, path="/push")      # the next push is lost after the commit
        proxy.random(seed=7, rate=0.15)                       # or: 15 % of requests get a random fault
        with proxy.down(): ...                                # connections are refused (nothing listens)

Test-only code: standard library, one thread per desk connection.
"""

from __future__ import annotations

import random
import socket
import struct
import threading
import time
from collections import Counter
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from enum import Enum

HEAD_END = b"\r\n\r\n"
MAX_HEAD = 64 * 1024
HOP_BY_HOP = (b"connection", b"keep-alive", b"proxy-connection")
KEEP, CLOSE, ABORT = "keep", "close", "abort"  # what becomes of the desk's connection after a request


class Kind(Enum):
    PASS = "pass"  # forwarded both ways untouched
    RESET = "reset"  # the desk's connection is reset; nothing reaches the server
    CUT_REQUEST = "cut request"  # half the request reaches the server, then both connections close
    CUT_BEFORE_RESPONSE = "cut before response"  # the server answers; not one byte reaches the desk
    CUT_RESPONSE = "cut response"  # the answer's head and half its body reach the desk, then it closes
    SLOW = "slow"  # the server's answer is held `hold` seconds, then sent (to a desk that gave up)
    ERROR = "error"  # the proxy answers `status` itself, with or without forwarding the request first


@dataclass(frozen=True)
class Fault:
    kind: Kind
    status: int = 0  # ERROR: the status the proxy answers
    forward: bool = False  # ERROR: the request went to the server (which answered) before the proxy's error
    hold: float = 0.0  # SLOW: seconds the answer is held
    at: float = 0.5  # CUT_REQUEST: the share of the request's body that reaches the server

    def __str__(self) -> str:
        if self.kind is Kind.ERROR:
            return f"{self.status} {'after forwarding' if self.forward else 'instead of forwarding'}"
        if self.kind is Kind.SLOW:
            return f"slow {self.hold:g} s"
        return self.kind.value


PASS = Fault(Kind.PASS)
RESET = Fault(Kind.RESET)
CUT_REQUEST = Fault(Kind.CUT_REQUEST)
CUT_BEFORE_RESPONSE = Fault(Kind.CUT_BEFORE_RESPONSE)
CUT_RESPONSE = Fault(Kind.CUT_RESPONSE)


def cut_request(at: float) -> Fault:
    """The request is cut after ``at`` (0 to 1) of its body reached the server."""
    return Fault(Kind.CUT_REQUEST, at=at)


def slow(hold: float) -> Fault:
    return Fault(Kind.SLOW, hold=hold)


def error(status: int, forward: bool = False) -> Fault:
    return Fault(Kind.ERROR, status=status, forward=forward)


def every_fault(hold: float = 1.0) -> list[Fault]:
    """One of each fault, for random schedules."""
    return [
        RESET,
        CUT_REQUEST,
        CUT_BEFORE_RESPONSE,
        CUT_RESPONSE,
        slow(hold),
        error(500),
        error(502, forward=True),
        error(503),
    ]


@dataclass(frozen=True)
class Seen:
    """One request the proxy handled, and the fault it got."""

    method: str
    path: str
    fault: Fault


class RandomFaults:
    """A seeded schedule: each request gets a fault with probability ``rate``.

    Which fault is drawn from a shuffled deck of ``faults``, dealt again when empty, so every kind comes up
    once in every ``len(faults)`` faults; the same seed and the same requests give the same faults.
    """

    def __init__(self, seed: int, rate: float, faults: list[Fault]) -> None:
        self.rng = random.Random(seed)
        self.rate = rate
        self.faults = list(faults)
        self.deck: list[Fault] = []

    def __call__(self, method: str, path: str) -> Fault:
        if self.rng.random() >= self.rate:
            return PASS
        if not self.deck:
            self.deck = self.rng.sample(self.faults, len(self.faults))
        return self.deck.pop()


class FaultProxy:
    """Listens on 127.0.0.1 (a free port) and forwards to ``target_port``; see the module's docstring."""

    def __init__(self, target_port: int, target_host: str = "127.0.0.1", rate: float | None = None) -> None:
        """``rate``: bytes per second the link carries each way (a 3G link), None for no limit."""
        self.target = (target_host, target_port)
        self.rate = rate
        self.log: list[Seen] = []
        self._rules: list[list] = []  # [fault, path part, requests left]
        self._random: RandomFaults | None = None
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Event()
        self._acceptor: threading.Thread | None = None
        self.port = 0
        self._listen()
        self.url = f"http://127.0.0.1:{self.port}"

    # -- programming the faults --------------------------------------------------------------------
    def inject(self, fault: Fault, path: str = "", times: int = 1) -> None:
        """The next ``times`` requests whose path contains ``path`` get ``fault`` (before any random fault)."""
        with self._lock:
            self._rules.append([fault, path, times])

    def random(self, seed: int, rate: float, faults: list[Fault] | None = None) -> RandomFaults:
        """From now on a seeded share ``rate`` of requests get a random fault of ``faults`` (default: all)."""
        with self._lock:
            self._random = RandomFaults(seed, rate, faults or every_fault())
            return self._random

    def clear(self) -> None:
        """No more faults: every request passes (a connection already broken stays broken)."""
        with self._lock:
            self._rules.clear()
            self._random = None

    def counts(self) -> Counter:
        """How many requests got each fault (by its label), passes left out."""
        with self._lock:
            return Counter(str(s.fault) for s in self.log if s.fault.kind is not Kind.PASS)

    def _decide(self, method: str, path: str) -> Fault:
        with self._lock:
            fault = PASS
            for rule in self._rules:
                if rule[1] in path:
                    fault = rule[0]
                    rule[2] -= 1
                    if rule[2] == 0:
                        self._rules.remove(rule)
                    break
            else:
                if self._random:
                    fault = self._random(method, path)
            self.log.append(Seen(method, path, fault))
            return fault

    # -- listening ----------------------------------------------------------------------------------
    def _listen(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        listener.settimeout(0.05)  # the accept loop looks at its stop flag this often
        self.port = listener.getsockname()[1]
        self._accepting.set()
        self._acceptor = self._start(self._accept, listener)

    def _accept(self, listener: socket.socket) -> None:
        with listener:
            while self._accepting.is_set():
                try:
                    desk, _ = listener.accept()
                except TimeoutError:
                    continue
                except OSError:
                    return
                desk.settimeout(None)
                self._track(desk)
                self._start(self._serve, desk)

    def _stop_accepting(self) -> None:
        self._accepting.clear()
        if self._acceptor:
            self._acceptor.join(5)  # it closes the listening socket on its way out

    @contextmanager
    def down(self):
        """Nothing listens on the proxy's port: connecting is refused, open connections are closed."""
        self._stop_accepting()
        self._hang_up_all()
        try:
            yield self
        finally:
            if not self._closing.is_set():
                self._listen()

    def close(self) -> None:
        self._closing.set()
        self._stop_accepting()
        self._hang_up_all()
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(5)

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _hang_up_all(self) -> None:
        """Shut every open connection down; each one's thread wakes up and closes it."""
        with self._lock:
            open_now = list(self._sockets)
        for sock in open_now:
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def _start(self, target, *args) -> threading.Thread:
        thread = threading.Thread(target=target, args=args, name="fault-proxy", daemon=True)
        with self._lock:
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()
        return thread

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.add(sock)

    def _forget(self, sock: socket.socket, reset: bool = False) -> None:
        with self._lock:
            self._sockets.discard(sock)
        _close(sock, reset)

    # -- one desk connection -------------------------------------------------------------------------
    def _serve(self, desk: socket.socket) -> None:
        """Requests of one kept-alive desk connection, one after the other, each with its fault."""
        buffer = b""
        after = KEEP
        try:
            while after == KEEP and not self._closing.is_set():
                head, buffer = _read_head(desk, buffer)
                if head is None:
                    after = CLOSE
                    break
                method, path, headers = _parse_head(head)
                if b"chunked" in headers.get(b"transfer-encoding", b"").lower():
                    raise ValueError("chunked request bodies are not supported")
                body, buffer = _read_exact(desk, buffer, int(headers.get(b"content-length", b"0")), self.rate)
                if body is None:
                    after = CLOSE
                    break
                after = self._handle(desk, head, body, self._decide(method, path))
        except (OSError, ValueError):
            after = ABORT
        finally:
            self._forget(desk, reset=after == ABORT)

    def _handle(self, desk: socket.socket, head: bytes, body: bytes, fault: Fault) -> str:
        """Do one request under its fault; what becomes of the desk's connection: KEEP, CLOSE or ABORT."""
        kind = fault.kind
        if kind is Kind.RESET:
            return ABORT
        if kind is Kind.ERROR and not fault.forward:
            desk.sendall(_gateway_answer(fault.status))
            return CLOSE
        request = _without_hop_by_hop(head, b"Connection: close")
        if kind is Kind.CUT_REQUEST:
            part = request + body[: int(len(body) * fault.at)] if body else request[: len(request) // 2]
            self._send_upstream_and_hang_up(part)
            return CLOSE
        try:
            answer_head, answer_body, framed = self._exchange(request + body)
        except (OSError, ValueError):
            desk.sendall(_gateway_answer(502))  # what a real gateway does when the server is gone
            return CLOSE
        if kind is Kind.CUT_BEFORE_RESPONSE:
            return CLOSE
        if kind is Kind.ERROR:
            desk.sendall(_gateway_answer(fault.status))
            return CLOSE
        # Without a length, the server's answer ended with its connection: so must the desk's.
        answer_head = _without_hop_by_hop(answer_head, None if framed else b"Connection: close")
        if kind is Kind.CUT_RESPONSE:
            cut = len(answer_head) + len(answer_body) // 2 if answer_body else len(answer_head) // 2
            desk.sendall((answer_head + answer_body)[:cut])
            return CLOSE
        if kind is Kind.SLOW and self._closing.wait(fault.hold):
            return ABORT
        desk.sendall(answer_head + answer_body)  # late, for SLOW: the desk has given up and closed
        return KEEP if framed else CLOSE

    def _exchange(self, request: bytes) -> tuple[bytes, bytes, bool]:
        """Send one request to the server on a new connection; its whole answer: head, body, whether the
        body was framed by Content-Length (or chunked) rather than by the connection's end."""
        upstream = socket.create_connection(self.target, timeout=60)
        self._track(upstream)
        try:
            upstream.sendall(request)
            head, rest = _read_head(upstream, b"")
            if head is None:
                raise ConnectionError("the server closed without answering")
            _, _, headers = _parse_head(head)
            if b"content-length" in headers:
                body, _ = _read_exact(upstream, rest, int(headers[b"content-length"]))
                if body is None:
                    raise ConnectionError("the server's answer was cut")
                return head, body, True
            chunked = b"chunked" in headers.get(b"transfer-encoding", b"").lower()
            return head, rest + _read_to_end(upstream), chunked
        finally:
            self._forget(upstream)

    def _send_upstream_and_hang_up(self, data: bytes) -> None:
        try:
            upstream = socket.create_connection(self.target, timeout=10)
        except OSError:
            return
        self._track(upstream)
        try:
            upstream.sendall(data)
        except OSError:
            pass
        finally:
            self._forget(upstream)


# -- bytes on the wire ---------------------------------------------------------------------------------
def _read_head(sock: socket.socket, buffer: bytes) -> tuple[bytes | None, bytes]:
    """An HTTP head (through its blank line) and whatever came after it; None when the peer closed first."""
    while HEAD_END not in buffer:
        if len(buffer) > MAX_HEAD:
            raise ValueError("HTTP head too long")
        chunk = sock.recv(65536)
        if not chunk:
            return None, b""
        buffer += chunk
    end = buffer.index(HEAD_END) + len(HEAD_END)
    return buffer[:end], buffer[end:]


def _read_exact(
    sock: socket.socket, buffer: bytes, length: int, rate: float | None = None
) -> tuple[bytes | None, bytes]:
    """``length`` bytes from ``sock`` after ``buffer``; with ``rate``, no faster than that many bytes per second (the
    sender's window fills and it waits, as behind a slow link)."""
    started = time.monotonic()
    while len(buffer) < length:
        chunk = sock.recv(min(4096, length - len(buffer)) if rate else max(65536, length - len(buffer)))
        if not chunk:
            return None, b""
        buffer += chunk
        if rate:
            ahead = started + len(buffer) / rate - time.monotonic()
            if ahead > 0:
                time.sleep(ahead)
    return buffer[:length], buffer[length:]


def _read_to_end(sock: socket.socket) -> bytes:
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def _parse_head(head: bytes) -> tuple[str, str, dict[bytes, bytes]]:
    """The start line's first two words (method and path, or version and status) and the headers."""
    lines = head.rstrip(b"\r\n").split(b"\r\n")
    first = lines[0].split(b" ", 2)
    if len(first) < 2:
        raise ValueError(f"not an HTTP start line: {lines[0]!r}")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        headers[name.strip().lower()] = value.strip()
    return first[0].decode("latin-1"), first[1].decode("latin-1"), headers


def _without_hop_by_hop(head: bytes, extra: bytes | None = None) -> bytes:
    """The head without its Connection headers, plus ``extra`` if given."""
    lines = head.rstrip(b"\r\n").split(b"\r\n")
    kept = [lines[0]] + [line for line in lines[1:] if line.partition(b":")[0].strip().lower() not in HOP_BY_HOP]
    if extra:
        kept.append(extra)
    return b"\r\n".join(kept) + HEAD_END


REASONS = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}


def _gateway_answer(status: int) -> bytes:
    """What a gateway in front of the server sends on its own: an HTML page, not the protocol's JSON."""
    reason = REASONS.get(status, "Error")
    body = f"<html><head><title>{status} {reason}</title></head><body><h1>{status} {reason}</h1></body></html>"
    return (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n"
        f"Connection: close\r\n\r\n{body}"
    ).encode()


def _close(sock: socket.socket, reset: bool = False) -> None:
    """Close a connection: with a FIN, or with a RST (``reset``: the peer's next read fails at once)."""
    try:
        if reset:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        else:
            sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
