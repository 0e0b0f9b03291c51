"""Citizens' look-up benchmark: the provincial server (its own process, PostgreSQL embedded or given) holding
1,000,000 dossiers, looked up by the link of a receipt's QR code.

    python bench/lookup.py                          # 1,000,000 dossiers in bench/out/lookup-pg (kept for reruns)
    python bench/lookup.py --dossiers 100000 --requests 500

Figures:
- how long filling PostgreSQL with the dossiers takes (INSERT … SELECT over generate_series: 100 communes, a year
  of receptions, three events per dossier, the reception facts with each dossier's look-up token);
- one citizen looking dossiers up one after the other: p50 and p95 from sending the request to the whole page
  (target of issue 16: p95 ≤ 50 ms), and the same for a wrong check (the neutral answer);
- requests per second with several citizens at once, the server (one worker, then one per CPU), PostgreSQL and
  the clients all on this machine;
- for information, the province console's dashboard for a month and a search by name, on the same data.

Every look-up comes from a citizen's address of its own (``X-Forwarded-For``, which the server trusts from
127.0.0.1, as from its reverse proxy): the server's gate holds each address to about one look-up a second.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH)]

import psycopg  # noqa: E402
import requests  # noqa: E402
from figures import Figure, at_most, record  # noqa: E402
from sync import free_port, start_server  # noqa: E402

from provincial_server import embedded  # noqa: E402
from provincial_server.cli import main as server_cli  # noqa: E402
from provincial_server.store import schema  # noqa: E402

UNITS = 100
DAYS = 365
CHUNK = 100_000
PASSWORD = "bench-lookup-2026"

# One statement per chunk of dossiers: the i-th dossier is received at unit i % 100, on day (i / 100) % 365 of 2025,
# with the sequence number (i / 36,500) + 1 of that day; its look-up token is the first 16 hex digits of md5(i).
DOSSIERS = """
INSERT INTO dossier (uuid, code, unit_code, desk_id, status, due_at, first_due_at, received_at, snapshot)
SELECT uuid, code, unit, unit || '-01', status, received + interval '3 days', received + interval '3 days', received,
  jsonb_build_object(
    'uuid', uuid, 'code', code, 'unit_code', unit, 'competent_unit', NULL, 'procedure_code', '1.001193',
    'procedure_name', 'Thủ tục đăng ký khai sinh', 'field', 'Hộ tịch', 'catalog_version', 'bench',
    'owner_name', 'Nguyễn Thị Ngọc Ánh ' || i, 'owner_id', lpad((i::bigint * 7919 %% 1000000000000)::text, 12, '0'),
    'phone', '09' || lpad((i::bigint * 104729 %% 100000000)::text, 8, '0'), 'received_at', received,
    'due_at', received + interval '3 days', 'fee', 0, 'channel', 1, 'return_method', 0,
    'facts', jsonb_build_object('check', substr(md5(i::text), 1, 16), 'sets', 1, 'desk', 1,
      'owner', jsonb_build_object('gender', 'Nữ', 'address', 'Thôn Phú Lộc'),
      'documents', jsonb_build_array(jsonb_build_object('name', 'Tờ khai đăng ký khai sinh', 'original', 1))))
FROM (
  SELECT i, md5('dossier' || i)::uuid AS uuid, u.code AS unit,
    u.code || '-' || to_char(date '2025-01-01' + (i / %(units)s::int) %% %(days)s::int, 'YYMMDD') || '-'
      || lpad(((i / (%(units)s::int * %(days)s::int)) + 1)::text, 4, '0') AS code,
    (date '2025-01-01' + (i / %(units)s::int) %% %(days)s::int)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
      + interval '7 hours' + (i %% 480) * interval '1 minute' AS received,
    CASE WHEN (i / %(units)s::int) %% 20 < 19 THEN 10 ELSE 4 END AS status
  FROM generate_series(%(first)s::int, %(last)s::int) AS i
  JOIN unit u ON u.code = '000.00.' || lpad((i %% %(units)s::int)::text, 2, '0') || '.H99'
) AS d
"""
# Reception, processing, and for 19 dossiers in 20 a result and its return (the others are still in processing).
EVENTS = """
INSERT INTO dossier_event (op_id, dossier_uuid, source, desk_id, desk_seq, kind, status, at, by_user, by_name)
SELECT md5('event' || i || '-' || step)::uuid, md5('dossier' || i)::uuid, 'desk',
  '000.00.' || lpad((i %% %(units)s::int)::text, 2, '0') || '.H99-01', i * 4 + step, kind, status,
  (date '2025-01-01' + (i / %(units)s::int) %% %(days)s::int)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
    + interval '7 hours' + (i %% 480) * interval '1 minute' + step * interval '1 day', 'lan', 'Nguyễn Thị Lan'
FROM generate_series(%(first)s::int, %(last)s::int) AS i
CROSS JOIN (VALUES (0, 'receive', 2), (1, 'process', 4), (2, 'result_ready', 9), (3, 'return', 10))
  AS s(step, kind, status)
WHERE step < 2 OR (i / %(units)s::int) %% 20 < 19
"""


DATA = BENCH / "out" / "lookup-pg"  # the embedded PostgreSQL (pgdata/) and the server's secret key


def database(args) -> str:
    if args.database_url:
        return args.database_url
    return embedded.start(DATA).url  # left running: the next run finds its dossiers there


def citizen(n: int) -> dict[str, str]:
    """The address of the ``n``th citizen, as the server's proxy would pass it (RFC 2544's benchmark range: never
    reached): the citizens of a province come from many addresses, and the server's gate limits each one."""
    return {"X-Forwarded-For": f"198.18.{n // 250 % 250}.{n % 250 + 1}"}


def fill(url: str, dossiers: int) -> float | None:
    """Fill the database up to ``dossiers`` dossiers; the seconds it took (None if it already had them)."""
    with psycopg.connect(url, autocommit=True) as conn:
        schema.migrate(conn)
        held = conn.execute("SELECT count(*) AS n FROM dossier").fetchone()["n"]
        if held >= dossiers:
            return None
        started = time.perf_counter()
        for u in range(UNITS):
            code = f"000.00.{u:02d}.H99"
            conn.execute(
                "INSERT INTO unit(code, name) VALUES (%s, %s) ON CONFLICT DO NOTHING", (code, f"UBND xã Thử {u:02d}")
            )
            conn.execute(
                "INSERT INTO desk(id, unit_code, desk) VALUES (%s, %s, 1) ON CONFLICT DO NOTHING", (f"{code}-01", code)
            )
        for first in range(held, dossiers, CHUNK):
            last = min(first + CHUNK, dossiers) - 1
            values = {"first": first, "last": last, "units": UNITS, "days": DAYS}
            with conn.transaction():
                conn.execute(DOSSIERS, values)
                conn.execute(EVENTS, values)
            print(f"  {last + 1:,} dossiers in {time.perf_counter() - started:.0f} s", flush=True)
        conn.execute("UPDATE desk SET last_seq = 4 * %s + 3 WHERE unit_code LIKE '000.00.__.H99'", (dossiers,))
        conn.execute("VACUUM ANALYZE")
        return time.perf_counter() - started


def sample(dossiers: int, n: int, seed: int = 16) -> list[tuple[str, str]]:
    """``n`` random dossiers as (code, token), computed as the fill made them."""
    rng = random.Random(seed)
    out = []
    for i in rng.sample(range(dossiers), n):
        day = date(2025, 1, 1) + timedelta(days=(i // UNITS) % DAYS)
        code = f"000.00.{i % UNITS:02d}.H99-{day:%y%m%d}-{i // (UNITS * DAYS) + 1:04d}"
        out.append((code, hashlib.md5(str(i).encode()).hexdigest()[:16]))
    return out


def timed(session: requests.Session, url: str, headers: dict | None = None) -> tuple[float, int]:
    started = time.perf_counter()
    answer = session.get(url, headers=headers, timeout=30)
    return (time.perf_counter() - started) * 1000, answer.status_code


def percentile(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100)[int(p) - 1] if len(values) > 1 else values[0]


def throughput(base: str, targets: list[tuple[str, str]], clients: int, seconds: float, first: int) -> float:
    """Look-ups per second with ``clients`` browsers asking one after another for ``seconds``, each look-up from a
    citizen of its own (numbered from ``first``)."""
    done, stop = [0] * clients, time.monotonic() + seconds

    def browser(k: int) -> None:
        session = requests.Session()
        rng = random.Random(k)
        while time.monotonic() < stop:
            code, token = rng.choice(targets)
            address = citizen(first + k + clients * done[k])
            assert session.get(f"{base}/tra-cuu?ma={code}&k={token}", headers=address, timeout=30).status_code == 200
            done[k] += 1

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(browser, range(clients)))
    return sum(done) / (time.perf_counter() - started)


def console_figures(url: str, base: str) -> None:
    """The month's dashboard and a name search as a province administrator sees them (information)."""
    import re

    server_cli(["--database-url", url, "admin", "add", "bench", "--name", "Đo hiệu năng", "--role", "admin",
                "--password", PASSWORD])  # fmt: skip
    session = requests.Session()
    page = session.get(f"{base}/tinh/dang-nhap").text
    token = re.search(r'name="csrf" value="([^"]+)"', page)[1]
    session.post(f"{base}/tinh/dang-nhap", data={"csrf": token, "ten": "bench", "mat_khau": PASSWORD})
    for name, path in (
        ("console: dashboard for a month (Oct 2025)", "/tinh/tong-quan?tu=2025-10-01&den=2025-10-31"),
        ("console: dashboard for a day", "/tinh/tong-quan?tu=2025-10-15&den=2025-10-15"),
        ("console: search by name", "/tinh/ho-so?q=ngoc+anh+123456"),
    ):
        times = [timed(session, base + path)[0] for _ in range(5)]
        at_most("lookup", name, statistics.median(times), max(times), "ms", None)
        print(f"{name}: median {statistics.median(times):.0f} ms, max {max(times):.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dossiers", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=2000, help="sequential look-ups measured")
    parser.add_argument("--clients", type=int, default=8, help="citizens at once for the throughput")
    parser.add_argument("--seconds", type=float, default=10.0, help="how long each throughput run lasts")
    parser.add_argument("--database-url", help="an existing PostgreSQL (default: embedded, in bench/out/lookup-pg)")
    args = parser.parse_args()
    url = database(args)
    took = fill(url, args.dossiers)
    if took is not None:
        record(Figure("lookup", f"fill PostgreSQL with {args.dossiers:,} dossiers (4 events each at most)", took,
                      None, "s"))  # fmt: skip
        print(f"filled {args.dossiers:,} dossiers in {took:.0f} s")
    targets = sample(args.dossiers, min(args.requests, args.dossiers))
    lines = []
    for workers in (1, os.cpu_count() or 1):
        port = free_port()
        server = start_server(["--database-url", url, "--data-dir", str(DATA)], port, workers)
        base = f"http://127.0.0.1:{port}"
        try:
            session = requests.Session()
            for n, (code, token) in enumerate(targets[:50]):  # warm the connections and the caches
                session.get(f"{base}/tra-cuu?ma={code}&k={token}", headers=citizen(n))
            if workers == 1:
                found = [timed(session, f"{base}/tra-cuu?ma={c}&k={k}", citizen(n)) for n, (c, k) in enumerate(targets)]
                assert all(status == 200 for _, status in found), "a look-up did not find its dossier"
                ms = [t for t, _ in found]
                lines.append(at_most("lookup", f"look-up by the QR link, {args.dossiers:,} dossiers",
                                     statistics.median(ms), percentile(ms, 95), "ms", 50))  # fmt: skip
                wrong = []
                for n, (code, _) in enumerate(targets[: len(targets) // 4]):
                    wrong.append(timed(session, f"{base}/tra-cuu?ma={code}&k=AAAAAAAAAAAAAAAA", citizen(n)))
                assert all(status == 404 for _, status in wrong)
                ms = [t for t, _ in wrong]
                lines.append(at_most("lookup", "look-up with a wrong check (neutral answer, counted)",
                                     statistics.median(ms), percentile(ms, 95), "ms", None))  # fmt: skip
                console_figures(url, base)
            rate = throughput(base, targets, args.clients, args.seconds, first=10_000 * workers)
            lines.append(record(Figure("lookup", f"look-ups per second, {args.clients} citizens at once, "
                                       f"{workers} worker{'s' if workers > 1 else ''}", rate, None, "/s")))  # fmt: skip
        finally:
            server.terminate()
            server.wait(30)
    print()
    print("| figure | p50 | p95 | unit | target |")
    print("| --- | ---: | ---: | --- | --- |")
    for f in lines:
        p95 = f"{f.p95:.1f}" if f.p95 is not None else ""
        print(f"| {f.name} | {f.p50:.1f} | {p95} | {f.unit} | {f.target or '(information)'} |")


if __name__ == "__main__":
    main()
