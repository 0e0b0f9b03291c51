"""Store benchmark: receive, search by name fragment, search by ID number and today's queue on a big store.

    python bench/store.py                     # 1,000,000 dossiers in bench/out/store-1000000 (kept for reruns)
    python bench/store.py --dossiers 100000   # a smaller store

Targets (issue 2): receive p95 ≤ 15 ms, each search p95 ≤ 20 ms, size ≤ 2 KB per dossier.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]

from figures import at_most  # noqa: E402

from counter_app.services import (  # noqa: E402
    accounts,
    lookup,
    reception,
)
from counter_app.services.configuration import import_catalog, init_desk, procedures  # noqa: E402
from counter_app.services.demo import WEIGHTS, advance_dossier, random_intake  # noqa: E402
from counter_app.store import dossiers, journal, open_store  # noqa: E402
from counter_app.store.desk import Desk  # noqa: E402
from counter_core.domain.procedure import SEED_CATALOG, Catalog  # noqa: E402
from counter_core.foundation.clock import VN_TZ  # noqa: E402
from counter_core.foundation.text import words  # noqa: E402

PER_DAY = 900  # dossiers received per working day while building (within desk 1's block of 1000)
# Most of a big store is history: dossiers processed, returned, sometimes stopped; recent ones are open.
BATCH = 5000


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95) - 1]


def build(folder: Path, count: int, rng: random.Random) -> None:
    store = open_store(folder)
    init_desk(store, "000.00.31.H56", "UBND xã Quảng Phú", 1)
    # A big store reaches back years: the same procedures, published as in force since 2020.
    older = Catalog.load(SEED_CATALOG).to_json() | {"version": "bench-2020", "effective_from": "2020-01-01"}
    older_file = folder / "catalog-2020.json"
    older_file.write_text(json.dumps(older, ensure_ascii=False), encoding="utf-8")
    import_catalog(store, older_file)
    admin = accounts.first_admin(store, "toan", "Phạm Quốc Toản", "matkhau1")
    clerk = accounts.add_user(store, "lan", "Nguyễn Thị Lan", "clerk", "matkhau1", admin)
    now = datetime.now(VN_TZ).replace(microsecond=0)
    clock = Clock(now)
    desk = Desk(store, clock)
    catalog = procedures(store, now.date())
    weights = [WEIGHTS.get(p.code, 1) for p in catalog]
    days_needed = count // PER_DAY + 1
    day = now.date() - timedelta(days=int(days_needed * 7 / 5) + 30)
    made, started = 0, time.perf_counter()
    while made < count:
        while not desk.calendar.is_working_day(day):
            day += timedelta(days=1)
        opening = desk.calendar.at(day, desk.calendar.office_hours.opens)
        with store.write():
            for i in range(min(PER_DAY, count - made)):
                received = desk.calendar.add_working_minutes(opening, i * 480 // PER_DAY)
                clock.moment = received
                receipt = reception.receive(desk, random_intake(rng, rng.choices(catalog, weights)[0], day), clerk)
                # Each dossier lives its life (processing, result, return) as far as "now" allows.
                advance_dossier(desk, clock, rng, receipt.code, received, receipt.appointment.due, clerk, now)
                made += 1
            # The desk is online most days: the province acknowledged all but today's actions.
            journal.mark_synced(store, journal.last_seq(store))
        day += timedelta(days=1)
        if made % 50000 < PER_DAY:
            print(f"  built {made:,} dossiers in {time.perf_counter() - started:.0f} s", flush=True)
    store.checkpoint()
    store.close()


def arguments(doc: str, samples: int) -> argparse.ArgumentParser:
    """The options every benchmark over a big store takes."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dossiers", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out")
    parser.add_argument("--samples", type=int, default=samples)
    return parser


def big_store(out: Path, count: int, rng: random.Random) -> Path:
    """The folder of the store of ``count`` dossiers, built the first time (kept for reruns)."""
    folder = out / f"store-{count}"
    if not (folder / "counter.sqlite3").exists():
        print(f"Building a store of {count:,} dossiers in {folder} …", flush=True)
        build(folder, count, rng)
    return folder


def where_the_bytes_go(store, total: int) -> str:
    """Bytes per dossier of each table and index (SQLite's dbstat: pages, whole), the largest first; the pages free
    in the file (left by a migration, used again by the next dossiers)."""
    rows = store.all("SELECT name, sum(pgsize) AS size FROM dbstat GROUP BY name ORDER BY size DESC")
    free = store.first("PRAGMA freelist_count")[0] * store.first("PRAGMA page_size")[0]
    lines = [f"{'where the bytes go (per dossier)':<40}{'bytes':>8}"]
    lines += [f"  {r['name']:<38}{r['size'] / total:>8.1f}" for r in rows if r["size"] / total >= 1]
    lines.append(
        f"  {'(every other table and index)':<38}{sum(r['size'] for r in rows if r['size'] / total < 1) / total:>8.1f}"
    )
    lines.append(f"  {'(free pages)':<38}{free / total:>8.1f}")
    return "\n".join(lines)


def main() -> None:
    args = arguments(__doc__, 300).parse_args()
    rng = random.Random(7)
    folder = big_store(args.out, args.dossiers, rng)
    store = open_store(folder)
    total = dossiers.count(store)
    size = (folder / "counter.sqlite3").stat().st_size
    clerk = accounts.get_user(store, "lan")
    clock = Clock(datetime.now(VN_TZ).replace(microsecond=0))
    desk = Desk(store, clock)
    catalog = procedures(store, clock().date())
    sample = dossiers.by_ids(store, [rng.randint(1, total) for _ in range(args.samples)])

    def timed(fn, inputs) -> tuple[float, float]:
        times = []
        for item in inputs:
            t0 = time.perf_counter()
            fn(item)
            times.append((time.perf_counter() - t0) * 1000)
        return percentiles(times)

    fragments = []
    for row in sample:
        parts = words(row.owner_name)
        start = rng.randrange(0, len(parts) - 1)
        last = parts[start + 1]
        fragments.append(" ".join([parts[start], last[: max(2, len(last) - 1)]]))
    results = {
        "receive (commit included)": timed(
            lambda _: reception.receive(desk, random_intake(rng, rng.choice(catalog), clock().date()), clerk),
            range(args.samples),
        ),
        "search by name fragment": timed(lambda text: lookup.search(desk, text), fragments),
        "search by ID number": timed(lambda text: lookup.search(desk, text), [r.owner_id for r in sample]),
        "today's queue": timed(lambda _: lookup.queue(desk), range(100)),
    }
    print(
        f"\nStore of {total:,} dossiers, {size / 1e6:,.0f} MB on disk = {size / total:,.0f} bytes per dossier "
        f"(target ≤ 2048: {size / total / 2048:.2f} × the target)"
    )
    print(where_the_bytes_go(store, total))
    print(f"{'operation':<28}{'p50 ms':>10}{'p95 ms':>10}   target p95")
    targets = {
        "receive (commit included)": 15,
        "search by name fragment": 20,
        "search by ID number": 20,
        "today's queue": 20,
    }
    for name, (p50, p95) in results.items():
        print(f"{name:<28}{p50:>10.2f}{p95:>10.2f}   ≤ {targets[name]} ms")
        at_most("store", f"{name}, {total:,} dossiers", p50, p95, "ms", targets[name])
    at_most("store", f"store size, {total:,} dossiers", round(size / total), None, "B per dossier", 2048)
    print(f"(examples of name fragments searched: {', '.join(repr(f) for f in fragments[:4])})")
    store.close()


if __name__ == "__main__":
    main()
