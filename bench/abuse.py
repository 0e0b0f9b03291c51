"""Abuse benchmark: the provincial server (its own process, embedded PostgreSQL, the default limits) while 50 desks
sync, quiet and under a flood of unauthenticated 20 MB bodies and of wrong enrolment codes, in the same run.

    python bench/abuse.py                         # 50 desks; 4 body and 4 enrolment flooders, 16 connections each
    python bench/abuse.py --desks 20 --rounds 10  # a quicker run

The desks are 10 communes of 5 (each commune on its own loopback address, as behind its own NAT); each desk pushes
a batch of its own actions, waits a second, and pushes the next, as desks syncing through a busy morning. While they
do, the flood is switched on and off every few seconds (``--period``), so that whatever else the machine does weighs
on quiet and flooded pushes alike; a push is counted as quiet or flooded by the state at its start, and those started
within ``SETTLE`` seconds after a switch are left out. A first flood before the desks start, not measured, spends the
allowances the limits give every address at first (20 wrong tokens, 10 enrolment attempts). The flooders come from
addresses of their own, each in its own process at the lowest priority (an attacker's processor is not the server's)
with 16 connections at once: each body flooder sends 20 MB bodies without a token (or with a wrong one) again and
again; each enrolment flooder sends well-formed wrong codes as fast as it is answered.

Figures: the desks' push latency p50 / p95, quiet and flooded, and their ratio (target: the flooded p95 within 20 %
of the quiet one); the server's resident memory before, at its highest while flooded, and after; its processor use
quiet and flooded; what the flooders got (answers by status). Every desk push must be answered 200, all applied.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import multiprocessing
import os
import random
import secrets
import socket
import statistics
import sys
import threading
import time
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH)]

import psutil  # noqa: E402
import requests  # noqa: E402
from figures import Figure, at_most, record  # noqa: E402
from requests.adapters import HTTPAdapter  # noqa: E402
from sync import admin, desk_with_backlog, free_port, start_server  # noqa: E402  (bench/sync.py)

from counter_app.store import journal  # noqa: E402
from counter_app.sync import engine  # noqa: E402
from counter_app.sync.client import Client  # noqa: E402
from counter_core.domain.enrolment_code import new_code  # noqa: E402
from counter_core.protocol import PREFIX, PushRequest, PushResponse  # noqa: E402

MB = 1024 * 1024
COMMUNES = 10
THINK = 1.0  # seconds a desk waits between two pushes (a desk syncs 2 s after a save, or every minute)
SETTLE = 1.5  # seconds after a switch of the flood whose pushes are not counted (a held 429 lasts a second)


class FromAddress(HTTPAdapter):
    """Connections made from a given loopback address (a commune behind its own NAT)."""

    def __init__(self, address: str) -> None:
        self.address = address
        super().__init__()

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.address, 0)
        return super().init_poolmanager(*args, **kwargs)


def session_from(address: str) -> requests.Session:
    session = requests.Session()
    session.mount("http://", FromAddress(address))
    return session


class Desks:
    """The desks, each with a token, its address, and its pushes made beforehand (one per round)."""

    def __init__(self, url: str, province: Path, run: Path, count: int, rounds: int, per_push: int) -> None:
        rng = random.Random(17)
        suffix = run.name[-6:]
        units = [f"000.a{n}.{suffix}.H56" for n in range(COMMUNES)]
        for unit in units:
            admin(province, "unit", unit, "UBND xã Bench")
        self.desks: list[tuple[str, str, list[bytes]]] = []
        for index in range(count):
            unit, number = units[index % COMMUNES], index // COMMUNES + 1
            desk = desk_with_backlog(run / f"{unit}-{number}", unit, number, rounds * per_push, rng, 9999 // 50)
            address = f"127.0.1.{index % COMMUNES + 1}"
            code = admin(province, "desk", unit, str(number))["enrolment_code"]
            token = Client(url, session=session_from(address)).enrol(code, "bench", unit).token
            rows = journal.pending_actions(desk.store, rounds * per_push)
            pushes = [
                gzip.compress(
                    PushRequest(actions=[engine.action_of(desk, r) for r in rows[i * per_push : (i + 1) * per_push]])
                    .model_dump_json()
                    .encode()
                )
                for i in range(rounds)
            ]
            desk.store.close()
            self.desks.append((token, address, pushes))

    def run(self, url: str) -> list[tuple[float, float]]:
        """Every desk pushes all its batches, one after the other: (when each push started, its latency in ms)."""
        pushes: list[tuple[float, float]] = []
        start = threading.Barrier(len(self.desks))

        def desk(token: str, address: str, batches: list[bytes]) -> None:
            session = session_from(address)
            headers = {
                "Authorization": f"Bearer {token}",
                "Content-Type": "application/json",
                "Content-Encoding": "gzip",
            }
            session.get(f"{url}{PREFIX}/desk-state", headers=headers, timeout=30)
            start.wait()
            time.sleep(random.random() * THINK)  # desks do not all start on the same millisecond
            for body in batches:
                t0 = time.perf_counter()
                answer = session.post(f"{url}{PREFIX}/push", data=body, headers=headers, timeout=60)
                pushes.append((t0, (time.perf_counter() - t0) * 1000))
                assert answer.status_code == 200, (answer.status_code, answer.text[:300])
                outcomes = {r.outcome.value for r in PushResponse.model_validate_json(answer.content).results}
                assert outcomes == {"applied"}, outcomes
                time.sleep(THINK)

        threads = [threading.Thread(target=desk, args=d) for d in self.desks]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return pushes


class Flood:
    """Flooders on their own addresses, each in its own process (so that they take no time from the desks' threads
    here), sending while ``active`` is set, until the block ends; what they got, by kind and status."""

    def __init__(self, url: str, bodies: int, enrolments: int, connections: int) -> None:
        kinds = ["body", "body with a wrong token"]
        self.flooders = [(kinds[n % 2], url, f"127.0.2.{n + 1}", connections) for n in range(bodies)] + [
            ("code", url, f"127.0.3.{n + 1}", connections) for n in range(enrolments)
        ]
        self.answers: Counter[str] = Counter()
        self.context = multiprocessing.get_context("fork")
        self.active = self.context.Event()

    def __enter__(self) -> Flood:
        self.stop = self.context.Event()
        self.results = self.context.Queue()
        self.processes = [
            self.context.Process(target=flooder, args=(*args, self.active, self.stop, self.results))
            for args in self.flooders
        ]
        for process in self.processes:
            process.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.active.clear()
        self.stop.set()
        for _ in self.processes:
            self.answers.update(self.results.get(timeout=120))
        for process in self.processes:
            process.join(30)


BODY = b"[" + b"{}," * (20 * MB // 3 - 1) + b"{}]"  # 20 MB of small objects


def flooder(kind: str, url: str, address: str, connections: int, active, stop, results) -> None:
    """One attacker's machine: ``connections`` connections at once, each sending its requests as fast as answered
    while ``active`` is set."""
    os.nice(19)  # an attacker's processor is not the province's: the flooders run on what the server leaves idle
    answers: Counter[str] = Counter()
    lock = threading.Lock()
    send = {"body": _body, "body with a wrong token": _body, "code": _code}[kind]

    def loop(n: int) -> None:
        session = session_from(address)
        while not stop.is_set():
            if not active.wait(0.2):
                continue
            status = send(url, address, session, kind, n)
            with lock:
                answers[f"{kind} {status}"] += 1

    threads = [threading.Thread(target=loop, args=(n,)) for n in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    results.put(answers)


def _body(url: str, address: str, _session, kind: str, _n: int) -> str:
    """A 20 MB POST without a token (or with a wrong one), sent whole: the answer's status."""
    auth = "Authorization: Bearer not-a-token\r\n" if "token" in kind else ""
    head = (
        f"POST {PREFIX}/push HTTP/1.1\r\nHost: province\r\nContent-Type: application/json\r\n{auth}"
        f"Content-Length: {len(BODY)}\r\nConnection: close\r\n\r\n"
    ).encode()
    try:
        with socket.create_connection(("127.0.0.1", int(url.rsplit(":", 1)[1])), 30, (address, 0)) as s:
            s.sendall(head)
            with contextlib.suppress(OSError):  # the server may answer and close before the body is sent
                s.sendall(BODY)
            return s.recv(64).split(b" ")[1].decode()
    except (OSError, IndexError) as exc:
        return type(exc).__name__


def _code(url: str, _address: str, session, _kind: str, _n: int) -> str:
    """A well-formed wrong enrolment code (its check characters right): the answer's status."""
    return str(session.post(f"{url}{PREFIX}/enrol", json={"code": new_code(), "machine": "x"}, timeout=30).status_code)


def percentiles(latencies: list[float]) -> tuple[float, float]:
    ordered = sorted(latencies)
    return statistics.median(ordered), ordered[max(0, int(len(ordered) * 0.95) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--desks", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=24, help="pushes of each desk")
    parser.add_argument("--per-push", type=int, default=10, help="actions in each push")
    parser.add_argument("--period", type=float, default=4.0, help="seconds between two switches of the flood")
    parser.add_argument("--body-flooders", type=int, default=4)
    parser.add_argument("--enrol-flooders", type=int, default=4)
    parser.add_argument("--connections", type=int, default=16, help="connections at once of each flooder")
    parser.add_argument("--out", type=Path, default=BENCH / "out" / "abuse")
    args = parser.parse_args()
    run = args.out / time.strftime("%Y%m%d-%H%M%S")
    province = run / "province"
    os.environ["COUNTER_SERVER_SECRET"] = secrets.token_hex(32)  # the server and the admin commands share it
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = start_server(["--data-dir", str(province)], port)
    memory = psutil.Process(server.pid)
    try:
        print(f"Preparing {args.desks} desks with {args.rounds} pushes of {args.per_push} actions …", flush=True)
        desks = Desks(url, province, run, args.desks, args.rounds, args.per_push)
        rss = {"before": memory.memory_info().rss, "during (highest)": 0}
        switches: list[tuple[float, bool]] = []  # (when, flooded from then on)
        busy = {False: 0.0, True: 0.0}  # the server's processor seconds, quiet and flooded
        lasted = {False: 0.0, True: 0.0}
        done = threading.Event()

        def conduct(flood: Flood) -> None:
            """Switch the flood on and off every period while the desks push; sample the server meanwhile."""
            state = False
            while not done.is_set():
                switches.append((time.perf_counter(), state))
                cpu, t0 = sum(memory.cpu_times()[:2]), time.perf_counter()
                while time.perf_counter() - t0 < args.period and not done.is_set():
                    if state:
                        rss["during (highest)"] = max(rss["during (highest)"], memory.memory_info().rss)
                    time.sleep(0.05)
                busy[state] += sum(memory.cpu_times()[:2]) - cpu
                lasted[state] += time.perf_counter() - t0
                state = not state
                (flood.active.set if state else flood.active.clear)()

        print(f"{args.desks} desks push, the flood switched every {args.period:g} s …", flush=True)
        with Flood(url, args.body_flooders, args.enrol_flooders, args.connections) as flood:
            flood.active.set()  # a first flood, not measured: it spends the allowances (bursts) the limits give
            time.sleep(args.period)
            flood.active.clear()
            conductor = threading.Thread(target=conduct, args=(flood,))
            conductor.start()
            pushes = desks.run(url)
            done.set()
            conductor.join()
        time.sleep(1)
        rss["after"] = memory.memory_info().rss
    finally:
        server.terminate()
        server.wait(30)

    quiet, flooded = sorted_out(pushes, switches)
    (q50, q95), (f50, f95) = percentiles(quiet), percentiles(flooded)
    ratio = f95 / q95
    print(f"\n{'measure':<66}{'value':>16}   target")
    print(f"{f'desk push latency, quiet ({len(quiet)} pushes): p50 / p95':<66}{q50:>7.0f} /{q95:>6.0f} ms")
    print(f"{f'desk push latency, flooded ({len(flooded)} pushes): p50 / p95':<66}{f50:>7.0f} /{f95:>6.0f} ms")
    print(f"{'flooded p95 / quiet p95':<66}{ratio:>15.2f}×   ≤ 1.20×")
    for moment, value in rss.items():
        print(f"{f'server resident memory, {moment}':<66}{value / MB:>13.0f} MB")
    for state, name in ((False, "quiet"), (True, "flooded")):
        print(f"{f'server processor use, {name}':<66}{busy[state] / max(lasted[state], 1e-9) * 100:>14.0f} %")
    for what, count in sorted(flood.answers.items()):
        print(f"{f'flood: {what}, per second flooded':<66}{count / lasted[True]:>16.1f}")
    at_most("abuse", "desk push latency, quiet", q50, q95, "ms", None)
    at_most("abuse", "desk push latency, under the flood", f50, f95, "ms", None)
    record(Figure("abuse", "flooded p95 / quiet p95", round(ratio, 2), None, "×", "≤ 1.20×", ratio <= 1.2))
    for moment, value in rss.items():
        record(Figure("abuse", f"server resident memory, {moment}", round(value / MB), None, "MB"))


def sorted_out(pushes: list[tuple[float, float]], switches: list[tuple[float, bool]]) -> tuple[list, list]:
    """The latencies of the pushes started quiet and of those started flooded, leaving out those started within
    ``SETTLE`` seconds after a switch."""
    quiet, flooded = [], []
    for started, ms in pushes:
        before = [(at, state) for at, state in switches if at <= started]
        if before and started - before[-1][0] >= SETTLE:
            (flooded if before[-1][1] else quiet).append(ms)
    return quiet, flooded


if __name__ == "__main__":
    main()
