"""Sync benchmark: a desk back after 30 days offline, and many desks syncing at once, against the real
provincial server (a separate process, embedded PostgreSQL) on loopback.

    python bench/sync.py                      # 10,000 unsynced dossiers, 50 desks
    python bench/sync.py --dossiers 2000 --desks 10

Figures (targets of issue 4):
- the desk pushes its 10,000 unsynced dossiers in batches: total time (≤ 10 s), and the speed-up over one
  request per dossier (≥ 10×, measured on a sample and scaled);
- 50 desks push at the same moment: p95 latency of one push request (≤ 300 ms).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH)]

import requests  # noqa: E402

from counter_app import accounts  # noqa: E402
from counter_app.configuration import init_desk, procedures  # noqa: E402
from counter_app.demo import random_intake  # noqa: E402
from counter_app.desk import Desk  # noqa: E402
from counter_app.store import journal, open_store  # noqa: E402
from counter_app.sync import engine  # noqa: E402
from counter_app.sync.client import Client  # noqa: E402
from counter_app.sync.protocol import PushRequest  # noqa: E402

SERVER = [sys.executable, "-m", "provincial_server"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def admin(data: Path, *args: str) -> dict:
    out = subprocess.run([*SERVER, "--data-dir", str(data), *args], capture_output=True, text=True, check=True,
                         cwd=BENCH.parent)
    return json.loads(out.stdout)


def desk_with_backlog(folder: Path, unit: str, number: int, count: int, rng: random.Random, block: int) -> Desk:
    """A desk that received ``count`` dossiers while offline: all of them still in its outbox."""
    store = open_store(folder)
    init_desk(store, unit, "UBND phường Bench", number, block)
    clerk = accounts.add_user(store, "lan", "Nguyễn Thị Lan", "clerk", "matkhau1")
    desk = Desk(store)
    catalog = procedures(store, desk.clock().date())
    with store.write():
        for _ in range(count):
            desk.receive(random_intake(rng, rng.choice(catalog), desk.clock().date()), clerk)
    return desk


def client_for(url: str, data: Path, unit: str, number: int) -> Client:
    code = admin(data, "desk", unit, str(number))["enrolment_code"]
    token = Client(url).enrol(code, "bench").token
    return Client(url, token)


def timed_push(desk: Desk, client: Client, batch: int) -> tuple[float, engine.Report]:
    report = engine.Report()
    t0 = time.perf_counter()
    engine.push(desk, client, report, batch)
    return time.perf_counter() - t0, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dossiers", type=int, default=10_000)
    parser.add_argument("--desks", type=int, default=50)
    parser.add_argument("--per-desk", type=int, default=20, help="actions each concurrent desk pushes")
    parser.add_argument("--single-sample", type=int, default=300, help="dossiers pushed one request each")
    parser.add_argument("--out", type=Path, default=BENCH / "out" / "sync")
    args = parser.parse_args()
    rng = random.Random(5)
    run = args.out / time.strftime("%Y%m%d-%H%M%S")
    province = args.out / "province"
    # One unit per scenario: a busy ward's desk (its whole day's sequence), and a unit of many desks.
    units = {name: f"000.{name}.{run.name[-6:]}.H56" for name in ("busy", "single", "many")}
    for unit in units.values():
        admin(province, "unit", unit, "UBND phường Bench")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([*SERVER, "--data-dir", str(province), "serve", "--port", str(port)],
                              cwd=BENCH.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"{url}/health", timeout=1).ok:
                    break
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the provincial server did not start")
            time.sleep(0.2)

        print(f"Preparing a desk with {args.dossiers:,} unsynced dossiers …", flush=True)
        big = desk_with_backlog(run / "desk-busy", units["busy"], 1, args.dossiers, rng, 9999)
        batched, report = timed_push(big, client_for(url, province, units["busy"], 1), engine.BATCH)
        assert report.outcomes == {"applied": args.dossiers}, report.outcomes

        single = desk_with_backlog(run / "desk-single", units["single"], 1, args.single_sample, rng, 1000)
        one_by_one, report = timed_push(single, client_for(url, province, units["single"], 1), 1)
        assert report.outcomes == {"applied": args.single_sample}, report.outcomes
        per_action = one_by_one / args.single_sample

        print(f"Preparing {args.desks} desks with {args.per_desk} actions each …", flush=True)
        block = 9999 // args.desks
        desks = [(desk_with_backlog(run / f"many-{n}", units["many"], n, args.per_desk, rng, block), n)
                 for n in range(1, 1 + args.desks)]
        clients = [client_for(url, province, units["many"], n) for _, n in desks]
        latencies: list[float] = []
        start = threading.Barrier(len(desks))

        def push_one(desk: Desk, client: Client) -> None:
            batch = PushRequest(actions=[engine.action_of(desk, r)
                                         for r in journal.pending_actions(desk.store, args.per_desk)])
            start.wait()
            t0 = time.perf_counter()
            client.push(batch)
            latencies.append((time.perf_counter() - t0) * 1000)

        threads = [threading.Thread(target=push_one, args=(d, c)) for (d, _), c in zip(desks, clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        server.terminate()
        server.wait(20)

    ordered = sorted(latencies)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    print(f"\n{'measure':<58}{'value':>14}   target")
    print(f"{f'push {args.dossiers:,} dossiers in batches of {engine.BATCH}':<58}{batched:>12.2f} s   ≤ 10 s")
    print(f"{'one request per dossier (scaled from the sample)':<58}{per_action * args.dossiers:>12.2f} s")
    print(f"{'speed-up of batching':<58}{per_action * args.dossiers / batched:>13.1f}×   ≥ 10×")
    print(f"{f'{args.desks} desks pushing at once: p50 / p95 latency':<58}"
          f"{statistics.median(ordered):>6.0f} /{p95:>5.0f} ms   p95 ≤ 300 ms")


if __name__ == "__main__":
    main()
