"""Province benchmark: the desks of a whole province syncing with the real provincial server (its own process, with
1, 2 and 4 worker processes) on a fresh embedded PostgreSQL each time, on loopback.

    python bench/province.py                  # 1,000 desks of 150 units (issue 18), about 10 minutes per server
    python bench/province.py --quick          # 300 desks of 45 units, short phases: a few minutes in all
    python bench/province.py --workers 2 --desks 500 --units 75
    python bench/province.py --quick --only catch-up --workers 1 2   # the catch-up and the batch push alone

The desks are simulated clients (threads of this process, one connection per sync as a desk's keep-alive connection
has closed after a minute), each unit behind its own address (127.1.x.y: the server's limits per address apply
to a commune's NAT as they would). A sync is what the desk does (counter_app/sync/engine.py): desk-state, push
what is pending in batches of 200 (gzip), pull the unit's feed. Its actions are the desk's own, built from
dossiers a real desk received (services.demo): 70 % receptions, 30 % moves to processing. The desk syncs a
minute after its last sync, and 2 s after a save. Three moments of a day, against each server:

- **morning rush**: every desk opens within the first half of the phase (with a few actions left from the
  evening before) and its clerk saves an action every ``--rush-every`` seconds on average;
- **15:00 cut-off**: an action every ``--cutoff-every`` seconds per desk;
- **month-end catch-up after an outage**: every desk comes back within ``--return-within`` seconds holding
  ``--backlog`` actions, pushes them in batches of 200 back to back, and pulls;
- **batch push**: every desk holds ``--batch`` actions more and pushes them in batches of 200 back to back, 48 desks
  at once, its pulls left for after the phase: the server taking pushes alone, sustained.

Figures: push p95 and pull p95 over the rush and the cut-off (targets ≤ 300 ms and ≤ 200 ms), the batch push's rate
in actions per second (target ≥ 10,000), PostgreSQL's own rate for the same rows in the same run (COPY of the rows a
push writes, one transaction per 200 actions, one connection per CPU) and the ratio of the two; the catch-up's push
rate with its pulls between (each desk then pulls all its unit sent, about a megabyte); errors
(any answer but 200 and 429; a 429 is waited as a desk waits it and counted apart) and duplicates (every desk's
sequence held exactly once with no hole, every unit's dossiers exactly the desks', and every feed entry heard
exactly once by every desk of its unit, checked in the database at the end). Where the time goes: the processor
seconds of the server's processes, of PostgreSQL's and of the simulated desks in each phase, and, for one batch
of 200 actions at a time on an idle server, the server's steps measured in this process (gunzip, JSON parse and
protocol checks in one pass, the database transaction, the answer) against the whole HTTP round trip.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import heapq
import http.client
import itertools
import json
import os
import queue
import random
import secrets
import statistics
import sys
import threading
import time
import uuid
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pydantic_core import from_json

warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR")  # embedded PostgreSQL on a headless machine
BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH)]

import psutil  # noqa: E402
from figures import Figure, at_most, record  # noqa: E402
from sync import free_port, start_server  # noqa: E402  (bench/sync.py)

from counter_app.services import accounts, reception  # noqa: E402
from counter_app.services.configuration import init_desk, procedures  # noqa: E402
from counter_app.services.demo import random_intake  # noqa: E402
from counter_app.store import journal, open_store  # noqa: E402
from counter_app.store.desk import Desk  # noqa: E402
from counter_app.sync import engine  # noqa: E402
from counter_core.protocol import PREFIX, ItemResult, Outcome, PushResponse  # noqa: E402
from provincial_server import embedded, enrolment_codes, secret  # noqa: E402
from provincial_server.push_body import read_push_bytes  # noqa: E402
from provincial_server.request_body import inflate  # noqa: E402
from provincial_server.store import admin as server_store  # noqa: E402
from provincial_server.store import enrolment, push, schema  # noqa: E402

BATCH = engine.BATCH
INTERVAL, SOON = 60.0, 2.0  # counter_app/sync/schedule.py
CLIENT_THREADS = 48  # syncs in flight at once: under the server's 64 bodies in flight of one worker
DESK_SIDE = "on the desk: JSON + gzip (not the server's)"
READ = "JSON parse + protocol checks, one pass from the bytes"
DATABASE = "database: push.apply_actions (2 round trips, a statement a table)"
ROUND_TRIP = "HTTP round trip of such a batch, another desk's"
DAY = date(2026, 11, 30)  # the codes' first day (a desk past 999 dossiers goes on the next day's sequence)


@dataclass
class SimDesk:
    """One desk as the server sees it: its token, its outbox, what it has heard."""

    id: str
    unit: str
    number: int
    address: str
    token: str
    rng: random.Random
    seq: int = 0
    made: int = 0
    cursor: int = 0
    pending: list[dict] = field(default_factory=list)
    ready: list[tuple[bytes, int]] = field(default_factory=list)  # gzip bodies built before the catch-up
    open: list[dict] = field(default_factory=list)  # its dossiers still at RECEIVED
    codes: list[str] = field(default_factory=list)
    sent_ops: set[str] = field(default_factory=set)
    heard: set[str] = field(default_factory=set)
    duplicates: int = 0
    running: bool = False
    sync_at: float = float("inf")


class Recorder:
    """Latencies and bytes received by phase and request, errors, 429s; thread-safe."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.ms: dict[tuple[str, str], list[float]] = {}
        self.received: dict[tuple[str, str], int] = {}
        self.errors: list[str] = []
        self.waits = 0
        self.requests = 0

    def latency(self, phase: str, kind: str, ms: float, size: int) -> None:
        with self.lock:
            self.ms.setdefault((phase, kind), []).append(ms)
            self.received[phase, kind] = self.received.get((phase, kind), 0) + size
            self.requests += 1

    def waited(self) -> None:
        with self.lock:
            self.waits += 1

    def error(self, text: str) -> None:
        with self.lock:
            self.errors.append(text)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)] if ordered else float("nan")


# -- the desks' actions ------------------------------------------------------------------------------------------
def templates(folder: Path, count: int) -> list[dict]:
    """Dossier snapshots and reception events as a real desk makes them (varied procedures, applicants, papers)."""
    store = open_store(folder)
    init_desk(store, "000.tpl.H56", "UBND phường Bench", 1, 9999)
    admin = accounts.first_admin(store, "toan", "Phạm Quốc Toản", "matkhau1")
    clerk = accounts.add_user(store, "lan", "Nguyễn Thị Lan", "clerk", "matkhau1", admin)
    desk = Desk(store)
    rng = random.Random(18)
    catalog = procedures(store, desk.clock().date())
    with store.write():
        for _ in range(count):
            reception.receive(desk, random_intake(rng, rng.choice(catalog), desk.clock().date()), clerk)
    made = [engine.action_of(desk, row).model_dump(mode="json") for row in journal.pending_actions(store, count)]
    store.close()
    return made


def new_action(desk: SimDesk, shapes: list[dict]) -> dict:
    """The desk's next action: a reception, or a dossier of its own moved to processing."""
    desk.seq += 1
    at = datetime.now(UTC).isoformat()
    if desk.open and desk.rng.random() < 0.3:
        snapshot = desk.open.pop(desk.rng.randrange(len(desk.open)))
        event = {"kind": "process", "status": 4, "at": at, "user": "lan", "user_name": "Nguyễn Thị Lan"}
        event |= {"note": "", "due_at": None, "data": None}
    else:
        shape = desk.rng.choice(shapes)
        day = DAY + timedelta(days=desk.made // 999)
        code = f"{desk.unit}-{day:%y%m%d}-{(desk.number - 1) * 1000 + desk.made % 999 + 1:04d}"
        desk.made += 1
        snapshot = {**shape["dossier"], "uuid": str(uuid.uuid4()), "code": code, "unit_code": desk.unit}
        event = {**shape["event"], "at": at}
        desk.open.append(snapshot)
        desk.codes.append(code)
    op = str(uuid.uuid4())
    desk.sent_ops.add(op)
    return {"op_id": op, "desk_seq": desk.seq, "base_cursor": desk.cursor, "dossier": snapshot, "event": event}


def body(actions: list[dict]) -> bytes:
    return gzip.compress(json.dumps({"protocol": "counter-sync/1", "actions": actions}).encode(), compresslevel=6)


# -- one sync, as the desk does it ---------------------------------------------------------------------------------
def sync(desk: SimDesk, port: int, phase: str, rec: Recorder, pulls: bool = True) -> None:
    """A desk's sync: its state, its pushes, its pulls (none with ``pulls`` False: its pushes alone)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300, source_address=(desk.address, 0))
    headers = {"Authorization": f"Bearer {desk.token}"}
    try:

        def call(kind: str, method: str, path: str, data: bytes | None = None) -> dict | None:
            extra = {"Content-Type": "application/json", "Content-Encoding": "gzip"} if data else {}
            while True:
                t0 = time.perf_counter()
                conn.request(method, f"{PREFIX}{path}", body=data, headers={**headers, **extra})
                answer = conn.getresponse()
                content = answer.read()
                if answer.status != 429:
                    break
                rec.waited()  # told to wait: the desk waits as told, as its scheduler does
                time.sleep(float(answer.getheader("Retry-After") or 1))
                conn.close()
            rec.latency(phase, kind, (time.perf_counter() - t0) * 1000, len(content))
            if answer.status != 200:
                rec.error(f"{kind} {desk.id}: HTTP {answer.status} {content[:200]!r}")
                return None
            return from_json(content)  # as the desk's client reads its answers

        if pulls and call("state", "GET", "/desk-state") is None:
            return
        while desk.ready or desk.pending:
            if desk.ready:
                data, count = desk.ready[0]
            else:
                count = min(BATCH, len(desk.pending))
                data = body(desk.pending[:count])
            answer = call("push", "POST", "/push", data)
            if answer is None:
                return
            results = [ItemResult.model_validate(r) for r in answer["results"]]
            if {r.outcome for r in results} != {Outcome.APPLIED} or len(results) != count:
                rec.error(f"push {desk.id}: {[r.model_dump(mode='json') for r in results if r.reason][:2]}")
                return
            if desk.ready:
                desk.ready.pop(0)
            else:
                del desk.pending[:count]
        while pulls:
            page = call("pull", "GET", f"/changes?since={desk.cursor}")
            if page is None:
                return
            for change in page["changes"]:
                if change["kind"] == "dossier":
                    if change["op_id"] in desk.heard:
                        desk.duplicates += 1
                    desk.heard.add(change["op_id"])
            desk.cursor = page["next_cursor"]
            if not page["has_more"]:
                return
    except (OSError, http.client.HTTPException) as exc:
        rec.error(f"{desk.id}: {type(exc).__name__}: {exc}")
    finally:
        conn.close()


# -- the moments of a day ------------------------------------------------------------------------------------------
def day_phase(
    desks: list[SimDesk], shapes: list[dict], port: int, rec: Recorder, name: str, seconds: float, every: float, opening
):
    """Desks saving an action every ``every`` seconds on average and syncing as the desk app does, for ``seconds``;
    with ``opening``, each desk opens at a random moment of the phase's first half, with 0–3 actions left over."""
    done: queue.SimpleQueue[SimDesk] = queue.SimpleQueue()
    pool = ThreadPoolExecutor(CLIENT_THREADS)
    start = time.monotonic()
    events: list[tuple[float, int, str]] = []  # (when, desk index, "open" | "save" | "sync")
    for i, desk in enumerate(desks):
        rng = desk.rng
        opens = start + (rng.uniform(0, seconds / 2) if opening else 0.0)
        if opening:
            for _ in range(rng.randint(0, 3)):
                desk.pending.append(new_action(desk, shapes))
            heapq.heappush(events, (opens, i, "open"))
        else:
            desk.sync_at = start + rng.uniform(0, INTERVAL)
            heapq.heappush(events, (desk.sync_at, i, "sync"))
        heapq.heappush(events, (opens + rng.expovariate(1 / every), i, "save"))

    def finished(desk: SimDesk) -> None:
        done.put(desk)

    def run(desk: SimDesk) -> None:
        try:
            sync(desk, port, name, rec)
        finally:
            finished(desk)

    def plan(i: int, when: float) -> None:
        desk = desks[i]
        if when < desk.sync_at:
            desk.sync_at = when
            heapq.heappush(events, (when, i, "sync"))

    index = {id(d): i for i, d in enumerate(desks)}
    opened = set() if opening else set(range(len(desks)))
    end = start + seconds
    while True:
        now = time.monotonic()
        while not done.empty():
            desk = done.get()
            desk.running = False
            plan(index[id(desk)], now + (SOON if desk.pending else INTERVAL))
        if now >= end:
            break
        while events and events[0][0] <= now:
            when, i, kind = heapq.heappop(events)
            desk = desks[i]
            if kind == "open":
                opened.add(i)
                plan(i, when)
            elif kind == "save":
                if i in opened:
                    desk.pending.append(new_action(desk, shapes))
                    if not desk.running:
                        plan(i, when + SOON)
                heapq.heappush(events, (when + desk.rng.expovariate(1 / every), i, "save"))
            elif when == desk.sync_at:  # else a stale plan, replaced by an earlier one
                desk.sync_at = float("inf")
                if not desk.running:  # else its run's end plans the next
                    desk.running = True
                    pool.submit(run, desk)
        time.sleep(min(0.02, max(0.0, (events[0][0] - time.monotonic()) if events else 0.02)))
    pool.shutdown(wait=True)
    for desk in desks:
        desk.running, desk.sync_at = False, float("inf")


def catch_up(desks: list[SimDesk], port: int, rec: Recorder, within: float) -> float:
    """Every desk back within ``within`` seconds with its backlog (bodies built before): seconds from the first push
    to the last answer."""
    rng = random.Random(7)
    returns = sorted((rng.uniform(0, within), i) for i in range(len(desks)))
    start = time.monotonic()
    with ThreadPoolExecutor(CLIENT_THREADS) as pool:
        for delay, i in returns:
            time.sleep(max(0.0, start + delay - time.monotonic()))
            pool.submit(sync, desks[i], port, "catch-up", rec)
    return time.monotonic() - start


def outbox(desks: list[SimDesk], shapes: list[dict], count: int) -> int:
    """Each desk's pending actions and ``count`` more made ready as the desk will send them (gzip bodies of 200):
    the actions made ready in all."""
    made = 0
    for desk in desks:
        actions = desk.pending + [new_action(desk, shapes) for _ in range(count)]
        desk.pending = []
        desk.ready = [
            (body(actions[i : i + BATCH]), len(actions[i : i + BATCH])) for i in range(0, len(actions), BATCH)
        ]
        made += len(actions)
    return made


def sync_all(desks: list[SimDesk], port: int, rec: Recorder, phase: str, pulls: bool = True) -> float:
    """A sync of every desk, ``CLIENT_THREADS`` at once (with ``pulls`` False its pushes alone, its pulls left for
    later): seconds from the first request to the last answer."""
    start = time.monotonic()
    with ThreadPoolExecutor(CLIENT_THREADS) as pool:
        for desk in desks:
            pool.submit(sync, desk, port, phase, rec, pulls)
    return time.monotonic() - start


# -- the province, the server and what they cost ---------------------------------------------------------------------
def province(url: str, key: bytes, units: int, desk_count: int, shapes_seed: int) -> list[SimDesk]:
    """Units of 2 to 8 desks (``desk_count`` in all), each desk enrolled; a unit's desks share its address."""
    rng = random.Random(shapes_seed)
    sizes = [2] * units
    while sum(sizes) < desk_count:
        i = rng.randrange(units)
        if sizes[i] < 8:
            sizes[i] += 1
    desks = []
    with server_store.connect(url) as conn:
        for u, size in enumerate(sizes):
            unit = f"000.{u:03d}.18.H56"
            server_store.create_unit(conn, unit, f"UBND xã Bench {u}")
            for number in range(1, size + 1):
                desk_id = server_store.create_desk(conn, unit, number)
                code = enrolment_codes.issue(conn, key, desk_id)
                token = secrets.token_urlsafe(32)
                token_hash = hashlib.sha256(token.encode()).hexdigest()
                enrolment.enrol(conn, enrolment_codes.code_hash(key, code), token_hash, "bench", "127.0.0.1", unit)
                address = f"127.1.{u // 200}.{u % 200 + 1}"
                desks.append(SimDesk(desk_id, unit, number, address, token, random.Random(rng.random())))
    return desks


def postgres_processes(pgdata: Path) -> psutil.Process:
    return psutil.Process(int((pgdata / "postmaster.pid").read_text().split()[0]))


def cpu_seconds(root: psutil.Process) -> float:
    """Processor time of a process, of its live descendants and of those it waited for."""
    total = 0.0
    for process in [root, *root.children(recursive=True)]:
        try:
            t = process.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += t.user + t.system + (t.children_user + t.children_system if process is root else 0)
    return total


class Meter:
    """Processor seconds of the server, PostgreSQL and the simulated desks over a phase."""

    def __init__(self, server: psutil.Process, postgres: psutil.Process) -> None:
        self.roots = {"server": server, "PostgreSQL": postgres}
        self.here = psutil.Process()

    def read(self) -> dict[str, float]:
        own = self.here.cpu_times()  # this process alone: the server and PostgreSQL are its children
        return {name: cpu_seconds(p) for name, p in self.roots.items()} | {
            "desks (this process)": own.user + own.system
        }


def postgres_rate(url: str, desks: list[SimDesk], shapes: list[dict], actions: int, connections: int) -> float:
    """PostgreSQL's own rate for the rows ``actions`` pushed actions write (a dossier, an event and a feed entry each,
    7 in 10 being receptions), by COPY into copies of the tables (their indexes, no foreign keys), one transaction per
    200 actions, ``connections`` at once: actions per second."""
    with server_store.connect(url) as conn:
        conn.execute("DROP SCHEMA IF EXISTS bench_raw CASCADE; CREATE SCHEMA bench_raw")
        for table in ("dossier", "dossier_event", "change_log"):
            conn.execute(f"CREATE TABLE bench_raw.{table} (LIKE public.{table} INCLUDING ALL)")
    sample = SimDesk("x", desks[0].unit, 9, "", "", random.Random(3))
    batches = []
    for _ in range(max(1, actions // BATCH)):
        rows: dict[str, list] = {"dossier": [], "dossier_event": [], "change_log": []}
        for _ in range(BATCH):
            a = new_action(sample, shapes)
            d, e = a["dossier"], a["event"]
            if e["kind"] == "receive":
                dues = (d["due_at"], 2, d["due_at"])  # first_due_at, status, due_at
                rows["dossier"].append(
                    (d["uuid"], d["code"], d["unit_code"], None, sample.id, d["received_at"], json.dumps(d), *dues)
                )
            said = (e["user"], e["user_name"], e["note"], None, e["due_at"], a["base_cursor"])
            rows["dossier_event"].append(
                (a["op_id"], d["uuid"], "desk", sample.id, a["desk_seq"], e["kind"], e["status"], e["at"], *said)
            )
            entry = {"kind": "dossier", "op_id": a["op_id"], "dossier_uuid": d["uuid"], "code": d["code"]}
            entry |= {"desk_id": sample.id, "event": e, "status": e["status"], "due_at": d["due_at"]}
            rows["change_log"].append((d["unit_code"], "dossier", json.dumps(entry), d["uuid"], sample.id))
        batches.append(rows)
    columns = {
        "dossier": "uuid, code, unit_code, competent_unit, desk_id, received_at, snapshot, first_due_at, status, "
        "due_at",
        "dossier_event": "op_id, dossier_uuid, source, desk_id, desk_seq, kind, status, at, by_user, by_name, note, "
        "data, due_at, base_cursor",
        "change_log": "unit_code, kind, body, dossier_uuid, desk_id",
    }
    work: queue.SimpleQueue = queue.SimpleQueue()
    for rows in batches:
        work.put(rows)

    def copier() -> None:
        with server_store.connect(url) as conn:
            while True:
                try:
                    rows = work.get_nowait()
                except queue.Empty:
                    return
                with conn.transaction(), conn.cursor() as cur:
                    for table, values in rows.items():
                        with cur.copy(f"COPY bench_raw.{table} ({columns[table]}) FROM STDIN") as copy:
                            for row in values:
                                copy.write_row(row)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=copier) for _ in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.perf_counter() - t0
    with server_store.connect(url) as conn:
        conn.execute("DROP SCHEMA bench_raw CASCADE")
    return len(batches) * BATCH / took


def where_time_goes(url: str, port: int, desks: list[SimDesk], shapes: list[dict], batches: int) -> dict[str, float]:
    """Milliseconds per batch of 200 actions on an idle server: the server's steps timed here, in this process, on
    the same kind of batch, against the HTTP round trip of another desk's batch."""
    steps = dict.fromkeys((DESK_SIDE, "gunzip", READ), 0.0)
    steps |= {DATABASE: 0.0, "answer (PushResponse as JSON)": 0.0, ROUND_TRIP: 0.0}
    rec = Recorder()
    here, there = desks[: len(desks) // 2], desks[len(desks) // 2 :]
    with server_store.connect(url) as conn:
        for n in range(batches):
            mine = here[n % len(here)]
            actions = [new_action(mine, shapes) for _ in range(BATCH)]
            t = [time.perf_counter()]
            data = body(actions)
            t.append(time.perf_counter())
            raw = inflate(data, 1 << 26)
            t.append(time.perf_counter())
            read = read_push_bytes(raw)
            t.append(time.perf_counter())
            if read is None:
                raise RuntimeError("the bench's batch was not read from its bytes")
            batch, refused = read
            through, results = push.apply_actions(conn, mine.id, mine.unit, batch.actions, refused)
            t.append(time.perf_counter())
            PushResponse(server_time=datetime.now(UTC), applied_through=through, results=results).model_dump_json()
            t.append(time.perf_counter())
            for name, (a, b) in zip(list(steps)[:5], itertools.pairwise(t), strict=True):
                steps[name] += (b - a) * 1000
            other = there[n % len(there)]
            other.ready = [(body([new_action(other, shapes) for _ in range(BATCH)]), BATCH)]
            sync(other, port, "profile", rec)
            steps[ROUND_TRIP] += rec.ms[("profile", "push")][-1]
    if rec.errors:
        raise RuntimeError(rec.errors[0])
    return {name: ms / batches for name, ms in steps.items()}


def check(url: str, desks: list[SimDesk]) -> tuple[list[str], int]:
    """What the database holds against what the desks sent and heard: the problems found, the duplicates."""
    problems: list[str] = []
    by_unit: dict[str, list[SimDesk]] = {}
    for desk in desks:
        by_unit.setdefault(desk.unit, []).append(desk)
    with server_store.connect(url) as conn:
        for desk in desks:
            held = server_store.settled_seqs(conn, desk.id)
            if held["applied"] != list(range(1, desk.seq + 1)) or held["set_aside"] or desk.pending or desk.ready:
                problems.append(f"{desk.id}: {len(held['applied'])} held of {desk.seq}, {len(desk.pending)} pending")
        for unit, members in by_unit.items():
            if server_store.dossier_codes(conn, unit) != sorted(c for d in members for c in d.codes):
                problems.append(f"{unit}: the server's dossiers are not the desks'")
            ops = set().union(*(d.sent_ops for d in members))
            for desk in members:
                if desk.heard != ops:
                    problems.append(f"{desk.id}: heard {len(desk.heard)} of its unit's {len(ops)} actions")
    return problems, sum(d.duplicates for d in desks)


@dataclass
class RunFigures:
    workers: int
    push: list[float]
    pull: list[float]
    rate: dict[str, float]  # phase → requests per second
    catch_up_actions: int
    catch_up_seconds: float
    catch_up_push: list[float]
    catch_up_pulled: int  # bytes of the pages the desks pulled
    batch_actions: int
    batch_seconds: float
    batch_push: list[float]
    postgres: float
    cpu: dict[str, dict[str, float]]
    errors: list[str]
    waits: int
    duplicates: int
    problems: list[str]
    profile: dict[str, float] | None

    @property
    def batch_rate(self) -> float:
        return self.batch_actions / self.batch_seconds

    @property
    def catch_up_rate(self) -> float:
        return self.catch_up_actions / self.catch_up_seconds

    def per_action(self, phase: str, who: str) -> float:
        """Processor milliseconds of ``who`` per action pushed in ``phase`` (the batch push or the catch-up)."""
        pushed = self.batch_actions if phase == "batch push" else self.catch_up_actions
        return self.cpu[phase][who] / pushed * 1000


def one_server(args, workers: int, shapes: list[dict], run_dir: Path, profile: bool) -> RunFigures:
    folder = run_dir / f"workers-{workers}"
    print(f"\n== {workers} worker(s): PostgreSQL, {args.units} units, {args.desks} desks …", flush=True)
    postgres = embedded.start(folder / "province")
    key = secrets.token_bytes(32)
    os.environ[secret.VARIABLE] = key.hex()
    try:
        with server_store.connect(postgres.url) as conn:
            schema.migrate(conn)
            secret.check(conn, key)
        desks = province(postgres.url, key, args.units, args.desks, 18)
        port = free_port()
        server = start_server(["--database-url", postgres.url, "--data-dir", str(folder)], port, workers)
        try:
            meter = Meter(psutil.Process(server.pid), postgres_processes(folder / "province" / "pgdata"))
            rec = Recorder()
            cpu: dict[str, dict[str, float]] = {}
            rate: dict[str, float] = {}
            spare = desks[-8:] if profile else []
            desks_here = desks[: len(desks) - len(spare)]
            prof = where_time_goes(postgres.url, port, spare, shapes, args.profile_batches) if profile else None
            for name, seconds, every, opening in (
                ("morning rush", args.rush, args.rush_every, True),
                ("15:00 cut-off", args.cutoff, args.cutoff_every, False),
            )[: 0 if args.only == "catch-up" else 2]:
                print(f"{name}: {seconds:g} s, an action every {every:g} s per desk …", flush=True)
                before, requests = meter.read(), rec.requests
                t0 = time.monotonic()
                day_phase(desks_here, shapes, port, rec, name, seconds, every, opening)
                rate[name] = (rec.requests - requests) / (time.monotonic() - t0)
                after = meter.read()
                cpu[name] = {k: after[k] - before[k] for k in after}
            print(f"month-end catch-up: {args.backlog} actions per desk, back within {args.return_within:g} s …")
            backlog = outbox(desks_here, shapes, args.backlog)
            before = meter.read()
            took = catch_up(desks_here, port, rec, args.return_within)
            after = meter.read()
            cpu["catch-up"] = {k: after[k] - before[k] for k in after}
            sync_all(desks, port, rec, "final")  # not measured: every desk hears all its unit did
            print(f"batch push: {args.batch} actions per desk, pushes alone, {CLIENT_THREADS} desks at once …")
            batched = outbox(desks_here, shapes, args.batch)
            before = meter.read()
            batch_took = sync_all(desks_here, port, rec, "batch push", pulls=False)
            after = meter.read()
            cpu["batch push"] = {k: after[k] - before[k] for k in after}
            sync_all(desks, port, rec, "final")  # not measured: every desk hears all its unit did
        finally:
            server.terminate()
            server.wait(30)
        rate_pg = postgres_rate(postgres.url, desks, shapes, args.postgres_actions, os.cpu_count() or 1)
        problems, duplicates = check(postgres.url, desks)
    finally:
        postgres.stop()
    day = ("morning rush", "15:00 cut-off")
    return RunFigures(
        workers=workers,
        push=[ms for phase in day for ms in rec.ms.get((phase, "push"), [])],
        pull=[ms for phase in day for ms in rec.ms.get((phase, "pull"), [])],
        rate=rate,
        catch_up_actions=backlog,
        catch_up_seconds=took,
        catch_up_push=rec.ms.get(("catch-up", "push"), []),
        catch_up_pulled=rec.received.get(("catch-up", "pull"), 0),
        batch_actions=batched,
        batch_seconds=batch_took,
        batch_push=rec.ms.get(("batch push", "push"), []),
        postgres=rate_pg,
        cpu=cpu,
        errors=rec.errors,
        waits=rec.waits,
        duplicates=duplicates,
        problems=problems,
        profile=prof,
    )


def report(runs: list[RunFigures], args) -> None:
    size = f"{args.desks:,} desks of {args.units} units"
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f} (2 CPUs shared with whatever else runs)")
    print(f"\n{'measure (' + size + ')':<66}" + "".join(f"{f'{r.workers} worker(s)':>16}" for r in runs) + "   target")

    def line(label: str, values: list[str], target: str = "") -> None:
        print(f"{label:<66}" + "".join(f"{v:>16}" for v in values) + f"   {target}")

    day = all(r.push for r in runs)  # not with --only catch-up
    if day:
        line("requests/s, morning rush", [f"{r.rate['morning rush']:.0f}" for r in runs])
        line("requests/s, 15:00 cut-off", [f"{r.rate['15:00 cut-off']:.0f}" for r in runs])
        line(
            "push p50 / p95 (ms), rush and cut-off",
            [f"{statistics.median(r.push):.0f} / {p95(r.push):.0f}" for r in runs],
            "p95 ≤ 300 ms",
        )
        line(
            "pull p50 / p95 (ms), rush and cut-off",
            [f"{statistics.median(r.pull):.0f} / {p95(r.pull):.0f}" for r in runs],
            "p95 ≤ 200 ms",
        )
    line("batch push: actions pushed", [f"{r.batch_actions:,}" for r in runs])
    line("batch push: rate (actions/s)", [f"{r.batch_rate:,.0f}" for r in runs], "≥ 10,000/s")
    line("batch push: p95 of a push of 200 (ms)", [f"{p95(r.batch_push):,.0f}" for r in runs])
    line("PostgreSQL's own rate, same rows by COPY (actions/s)", [f"{r.postgres:,.0f}" for r in runs])
    line("batch push rate / PostgreSQL's own", [f"{r.batch_rate / r.postgres:.0%}" for r in runs])
    line("catch-up: actions pushed", [f"{r.catch_up_actions:,}" for r in runs])
    line(
        "catch-up: push rate, its pulls between (actions/s)",
        [f"{r.catch_up_rate:,.0f}" for r in runs],
    )
    line("catch-up: p95 of a batch push (ms)", [f"{p95(r.catch_up_push):,.0f}" for r in runs])
    line("catch-up: pages pulled per desk (kB)", [f"{r.catch_up_pulled / args.desks / 1000:,.0f}" for r in runs])
    line("errors (any answer but 200, 429)", [f"{len(r.errors)}" for r in runs], "0")
    line("429 answers (waited as told)", [f"{r.waits}" for r in runs])
    line("duplicates, and problems found in the database", [f"{r.duplicates}, {len(r.problems)}" for r in runs], "0, 0")
    print("\nprocessor seconds by phase (2 CPUs: at most 2 per second of the phase)")
    for phase in runs[0].cpu:
        for who in runs[0].cpu[phase]:
            line(f"  {phase}: {who}", [f"{r.cpu[phase][who]:.1f}" for r in runs])
    print("processor milliseconds per action pushed, and the processors 10,000 actions/s would take")
    for phase in ("batch push", "catch-up"):
        for who in runs[0].cpu[phase]:
            line(
                f"  {phase}: {who}",
                [f"{r.per_action(phase, who):.2f} ms → {r.per_action(phase, who) * 10:.1f}" for r in runs],
            )
    profiled = next((r.profile for r in runs if r.profile), None)
    if profiled:
        print(f"\none batch of {BATCH} actions on an idle server (ms; the steps timed in this process)")
        server_side = sum(v for k, v in profiled.items() if k not in (DESK_SIDE, ROUND_TRIP))
        for name, ms in profiled.items():
            print(f"  {name:<64}{ms:>8.1f}")
        print(
            f"  {'HTTP, framework, auth, network: round trip − server steps':<64}"
            f"{profiled[ROUND_TRIP] - server_side:>8.1f}"
        )
    for r in runs:
        for text in [*r.errors[:5], *r.problems[:5]]:
            print(f"{r.workers} worker(s): {text}")
    for r in runs:
        label = f"{size}, {r.workers} worker(s)"
        if day:
            at_most(
                "province",
                f"push latency, rush and cut-off, {label}",
                statistics.median(r.push),
                p95(r.push),
                "ms",
                300,
            )
            at_most(
                "province",
                f"pull latency, rush and cut-off, {label}",
                statistics.median(r.pull),
                p95(r.pull),
                "ms",
                200,
            )
        pushed = r.batch_rate
        record(
            Figure(
                "province",
                f"batch push rate, {label}",
                round(pushed),
                None,
                "actions/s",
                "≥ 10000 actions/s",
                pushed >= 10_000,
            )
        )
        record(
            Figure(
                "province", f"catch-up push rate, its pulls between, {label}", round(r.catch_up_rate), None, "actions/s"
            )
        )
        record(
            Figure(
                "province",
                f"PostgreSQL's own rate for the same rows (COPY), {r.workers} worker(s) run",
                round(r.postgres),
                None,
                "actions/s",
            )
        )
        record(
            Figure(
                "province",
                f"batch push rate / PostgreSQL's own, {r.workers} worker(s)",
                round(pushed / r.postgres, 2),
                None,
                "×",
            )
        )
        clean = not r.errors and not r.duplicates and not r.problems
        record(
            Figure(
                "province",
                f"errors + duplicates + database problems, {r.workers} worker(s)",
                len(r.errors) + r.duplicates + len(r.problems),
                None,
                "",
                "0",
                clean,
            )
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="300 desks of 45 units, short phases (a few minutes)")
    parser.add_argument("--desks", type=int)
    parser.add_argument("--units", type=int)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4], help="the servers' worker counts")
    parser.add_argument("--rush", type=float, help="seconds of the morning rush")
    parser.add_argument("--rush-every", type=float, default=90.0, help="seconds between a desk's actions, rush")
    parser.add_argument("--cutoff", type=float, help="seconds of the 15:00 cut-off")
    parser.add_argument("--cutoff-every", type=float, default=45.0, help="seconds between a desk's actions, cut-off")
    parser.add_argument("--backlog", type=int, help="actions each desk holds after the outage")
    parser.add_argument("--batch", type=int, help="actions each desk pushes in the batch push, its pulls left")
    parser.add_argument("--return-within", type=float, default=5.0, help="seconds in which the desks come back")
    parser.add_argument("--postgres-actions", type=int, default=40_000, help="actions of PostgreSQL's own rate")
    parser.add_argument("--profile-batches", type=int, default=10, help="batches timed step by step")
    parser.add_argument(
        "--only",
        choices=["catch-up"],
        help="the catch-up and the batch push alone: no rush, no cut-off (their lines left out)",
    )
    parser.add_argument("--out", type=Path, default=BENCH / "out" / "province")
    args = parser.parse_args()
    quick = {"desks": 300, "units": 45, "rush": 40, "cutoff": 30, "backlog": 100, "batch": 100}
    full = {"desks": 1000, "units": 150, "rush": 240, "cutoff": 120, "backlog": 200, "batch": 400}
    for name, value in (quick if args.quick else full).items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    if not 2 * args.units <= args.desks <= 8 * args.units:
        parser.error("a unit has 2 to 8 desks: --desks must be between 2 and 8 times --units")
    run_dir = args.out / time.strftime("%Y%m%d-%H%M%S")
    print("Making the desks' dossiers …", flush=True)
    shapes = templates(run_dir / "templates", 60)
    runs = [
        one_server(args, w, shapes, run_dir, i == 0 and args.profile_batches > 0) for i, w in enumerate(args.workers)
    ]
    report(runs, args)
    return 0 if all(not r.errors and not r.duplicates and not r.problems for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
