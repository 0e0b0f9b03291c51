"""Sync soak: many desks of one unit receiving and moving dossiers, syncing through the fault proxy of the
tests (tests/sync/fault_proxy.py) while the province decides, against the real provincial server (its own
process, embedded PostgreSQL) on loopback. Then the faults stop, every desk syncs twice, and the
invariants of the sync design are checked.

    python bench/sync_soak.py                                  # 10 desks, 2 minutes, 5 % of requests faulty
    python bench/sync_soak.py --desks 10 --duration 28800 --pace 0.17 --sync-every 60
                                                               # the 8-hour soak of the design (§3.10):
                                                               # about 50,000 actions, the app's 60 s timer

Figures: actions saved and held per second; the lag between an action's save on a desk and the server
holding it (p50 / p95 / max, polled every 0.1 s); sync runs and how many failed; requests through the proxy
and the faults each got; and whether invariants I1–I4 held (nothing pending, every desk_seq held exactly once
with no hole, the server's dossiers are the desks' and in the same status). The exit status is 1 when an
invariant failed. The proxy's schedule is seeded, but desks run in threads, so which request gets which
fault varies from run to run.
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import statistics
import sys
import threading
import time
import uuid
import warnings
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR")  # embedded PostgreSQL on a headless machine
BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH)]


from sync import free_port, start_server  # noqa: E402  (bench/sync.py)

from counter_app.services import (  # noqa: E402
    accounts,
    lookup,
    processing,
    reception,
)
from counter_app.services.configuration import init_desk, procedures  # noqa: E402
from counter_app.services.demo import random_intake  # noqa: E402
from counter_app.store import journal, open_store  # noqa: E402
from counter_app.store.desk import Desk  # noqa: E402
from counter_app.sync import engine  # noqa: E402
from counter_app.sync.client import TIMEOUT, Client, SyncError  # noqa: E402
from counter_core.domain.status import TRANSITIONS, Status  # noqa: E402
from counter_core.foundation.errors import NotAllowed  # noqa: E402
from provincial_server import embedded, enrolment_codes, secret  # noqa: E402
from provincial_server.store import admin as server_store  # noqa: E402
from provincial_server.store import schema  # noqa: E402
from tests.sync.fault_proxy import FaultProxy, every_fault  # noqa: E402

PROVINCE_MOVES = (Status.PROCESSING, Status.RESULT_READY, Status.SUPPLEMENT_REQUESTED, Status.STOPPED)
DESK_MOVES = {
    Status.RECEIVED: Status.PROCESSING,
    Status.SUPPLEMENT_REQUESTED: Status.PROCESSING,
    Status.RESULT_READY: Status.RETURNED,
}
ENROLMENT_VALID = timedelta(days=1)


@dataclass
class DeskRun:
    """What one desk did, and where it stands at the end."""

    number: int
    saved: dict[int, float] = field(default_factory=dict)  # desk_seq → when it was saved (monotonic)
    syncs: int = 0
    failed: int = 0
    last_seq: int = 0
    pending: int = -1
    statuses: dict[str, int] = field(default_factory=dict)
    final_error: str | None = None


class Monitor(threading.Thread):
    """Polls the server for each desk's last held desk_seq: when each action first was on the server."""

    def __init__(self, url: str, unit: str) -> None:
        super().__init__(daemon=True)
        self.url, self.unit = url, unit
        self.held_at: dict[tuple[str, int], float] = {}
        self.last: dict[str, int] = {}
        self.stop = threading.Event()

    def poll(self, conn) -> None:
        now = time.monotonic()
        for row in conn.execute("SELECT id, last_seq FROM desk WHERE unit_code = %s", (self.unit,)):
            for seq in range(self.last.get(row["id"], 0) + 1, row["last_seq"] + 1):
                self.held_at[(row["id"], seq)] = now
            self.last[row["id"]] = row["last_seq"]

    def run(self) -> None:
        with server_store.connect(self.url) as conn:
            while not self.stop.wait(0.1):
                self.poll(conn)
            self.poll(conn)


def desk_worker(
    args,
    number: int,
    folder: Path,
    unit: str,
    server_url: str,
    proxy_url: str,
    code: str,
    run: DeskRun,
    stop: threading.Event,
    parked: threading.Barrier,
    drain: threading.Event,
) -> None:
    """One desk: its own database, used in this thread only; actions and syncs until ``stop``, then (once
    every desk is parked and the faults are off) two syncs and a summary of where it stands."""
    rng = random.Random(args.seed * 1000 + number)
    store = open_store(folder)
    try:
        init_desk(store, unit, "UBND phường Soak", number, 9999 // args.desks)
        admin = accounts.first_admin(store, "toan", "Phạm Quốc Toản", "matkhau1")
        clerk = accounts.add_user(store, "lan", "Nguyễn Thị Lan", "clerk", "matkhau1", admin)
        desk = Desk(store)
        token = Client(server_url).enrol(code, f"soak-{number}").token  # straight to the server: no faults
        client = Client(proxy_url, token, timeout=(5, args.read_timeout))
        catalog = procedures(store, desk.clock().date())
        next_sync = time.monotonic() + rng.uniform(0, args.sync_every)
        while not stop.wait(rng.expovariate(args.pace)):
            before = journal.last_seq(store)
            movable = [d for d in lookup.find(desk, limit=50) if d.status in DESK_MOVES]
            if movable and rng.random() < 0.3:
                chosen = rng.choice(movable)
                processing.transition(desk, chosen.code, DESK_MOVES[chosen.status], clerk)
            else:
                reception.receive(desk, random_intake(rng, rng.choice(catalog), desk.clock().date()), clerk)
            now = time.monotonic()
            for seq in range(before + 1, journal.last_seq(store) + 1):
                run.saved[seq] = now
            if now >= next_sync:
                run.syncs += 1
                try:
                    engine.sync(desk, client)
                except SyncError:
                    run.failed += 1
                next_sync = time.monotonic() + args.sync_every
    except Exception as exc:
        run.final_error = f"{type(exc).__name__}: {exc}"
        parked.wait()
        store.close()
        return
    parked.wait()
    drain.wait()
    client.timeout = TIMEOUT
    try:
        for _ in range(2):
            engine.sync(desk, client)
    except SyncError as exc:
        run.final_error = exc.message
    run.last_seq = journal.last_seq(store)
    run.pending = journal.outbox_counts(store).get("pending", 0)
    run.statuses = {d.code: int(d.status) for d in lookup.find(desk, limit=1_000_000)}
    store.close()


def province_worker(url: str, unit: str, every: float, seed: int, stop: threading.Event, decided: list) -> None:
    """A processing unit deciding on a random open dossier of the unit now and then."""
    rng = random.Random(seed)
    with server_store.connect(url) as conn:
        while not stop.wait(rng.expovariate(1 / every)):
            row = conn.execute(
                "SELECT code, status FROM dossier WHERE unit_code = %s AND status IN (2, 4, 5, 6) "
                "ORDER BY random() LIMIT 1",
                (unit,),
            ).fetchone()
            if row is None:
                continue
            targets = [t for t in PROVINCE_MOVES if t in TRANSITIONS[Status(row["status"])]]
            try:
                server_store.decide(conn, row["code"], rng.choice(targets), "Phòng chuyên môn", "", str(uuid.uuid4()))
                decided.append(row["code"])
            except NotAllowed:  # a desk's push moved it meanwhile: the decision no longer applies
                pass


def check(url: str, unit: str, runs: list[DeskRun]) -> dict[str, bool]:
    """Invariants I1–I4 once the faults stopped and every desk synced twice."""
    local: dict[str, int] = {}
    once = True
    with server_store.connect(url) as conn:
        for run in runs:
            seqs = server_store.settled_seqs(conn, f"{unit}-{run.number:02d}")
            once &= sorted(seqs["applied"] + seqs["set_aside"]) == list(range(1, run.last_seq + 1))
            local.update(run.statuses)
        codes = server_store.dossier_codes(conn, unit)
        statuses = server_store.statuses(conn, unit)
    return {
        "final syncs without faults succeeded": all(r.final_error is None for r in runs),
        "I1 nothing left pending on any desk": all(r.pending == 0 for r in runs),
        "I2/I3 every desk_seq held exactly once, no hole": once,
        "I1/I2 the server's dossiers are the desks' dossiers": codes == sorted(local),
        "I4 every dossier in the same status on both sides": statuses == local,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--desks", type=int, default=10)
    parser.add_argument("--duration", type=float, default=120, help="seconds of faulty network (8 h = 28800)")
    parser.add_argument("--pace", type=float, default=1.0, help="actions per second of each desk (on average)")
    parser.add_argument("--sync-every", type=float, default=5.0, help="seconds between a desk's syncs")
    parser.add_argument("--rate", type=float, default=0.05, help="share of requests that get a fault")
    parser.add_argument("--decide-every", type=float, default=1.0, help="seconds between province decisions")
    parser.add_argument(
        "--read-timeout",
        type=float,
        default=2.0,
        help="the desks' read timeout during the run; slow answers are held 1 s longer",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=BENCH / "out" / "sync_soak")
    args = parser.parse_args()
    run_dir = args.out / time.strftime("%Y%m%d-%H%M%S")
    unit = f"000.soak.{run_dir.name[-6:]}.H56"
    print("Starting PostgreSQL and the provincial server …", flush=True)
    postgres = embedded.start(run_dir / "province")  # a new database each run: no schema of an older build
    url = postgres.url
    key = secrets.token_bytes(32)
    os.environ[secret.VARIABLE] = key.hex()  # the server started below hashes the codes with the same key
    with server_store.connect(url) as conn:
        schema.migrate(conn)
        server_store.create_unit(conn, unit, "UBND phường Soak")
        codes = {}
        for number in range(1, args.desks + 1):
            desk_id = server_store.create_desk(conn, unit, number)
            codes[number] = enrolment_codes.issue(conn, key, desk_id, ENROLMENT_VALID)
    port = free_port()
    server_url = f"http://127.0.0.1:{port}"
    server = start_server(["--database-url", url], port)
    proxy = None
    try:
        proxy = FaultProxy(port)
        faults = every_fault(hold=args.read_timeout + 1)
        proxy.random(args.seed, args.rate, faults)

        stop, drain = threading.Event(), threading.Event()
        parked = threading.Barrier(args.desks + 1)
        runs = [DeskRun(n) for n in range(1, args.desks + 1)]
        monitor = Monitor(url, unit)
        monitor.start()
        decided: list[str] = []
        workers = [
            threading.Thread(
                target=desk_worker,
                daemon=True,
                args=(
                    args,
                    r.number,
                    run_dir / f"desk-{r.number}",
                    unit,
                    server_url,
                    proxy.url,
                    codes[r.number],
                    r,
                    stop,
                    parked,
                    drain,
                ),
            )
            for r in runs
        ]
        workers.append(
            threading.Thread(
                target=province_worker, daemon=True, args=(url, unit, args.decide_every, args.seed, stop, decided)
            )
        )
        print(f"{args.desks} desks for {args.duration:g} s, {args.rate:.0%} of requests faulty …", flush=True)
        started = time.monotonic()
        for w in workers:
            w.start()
        try:
            time.sleep(args.duration)
        except KeyboardInterrupt:
            print("Interrupted: stopping the faults and draining …", flush=True)
        stop.set()
        parked.wait()
        faulty = time.monotonic() - started
        held_during = sum(monitor.last.values())
        proxy.clear()
        drain.set()
        for w in workers:
            w.join()
        monitor.stop.set()
        monitor.join()
        results = check(url, unit, runs)
    finally:
        if proxy:
            proxy.close()
        server.terminate()
        server.wait(20)
        postgres.stop()

    lags = sorted(
        monitor.held_at[(f"{unit}-{r.number:02d}", seq)] - saved
        for r in runs
        for seq, saved in r.saved.items()
        if (f"{unit}-{r.number:02d}", seq) in monitor.held_at
    )
    saved = sum(len(r.saved) for r in runs)
    p95 = lags[max(0, int(len(lags) * 0.95) - 1)] if lags else float("nan")
    requests_seen = len(proxy.log)
    print(f"\n{'measure':<58}{'value':>14}")
    print(f"{'actions saved on the desks':<58}{saved:>14,}")
    print(f"{'actions saved per second (faulty phase)':<58}{saved / faulty:>14.1f}")
    print(f"{'actions the server held by the end of the faulty phase, /s':<58}{held_during / faulty:>14.1f}")
    print(
        f"{'lag save → held by the server: p50 / p95 / max (s)':<58}"
        f"{statistics.median(lags) if lags else float('nan'):>5.1f} /{p95:>4.1f} /{lags[-1] if lags else 0:>4.1f}"
    )
    print(f"{'province decisions':<58}{len(decided):>14,}")
    print(f"{'sync runs / failed under faults':<58}{sum(r.syncs for r in runs):>7,} /{sum(r.failed for r in runs):>5,}")
    print(f"{'requests through the proxy / with a fault':<58}{requests_seen:>7,} /{sum(proxy.counts().values()):>5,}")
    for label, count in sorted(proxy.counts().items()):
        print(f"{'  ' + label:<58}{count:>14,}")
    print()
    for name, held in results.items():
        print(f"{name:<58}{'held' if held else 'FAILED':>14}")
    for r in runs:
        if r.final_error:
            print(f"desk {r.number}: {r.final_error}")
    return 0 if all(results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
