"""Reports benchmark: Biểu II.06a for a year on a big store, and the other reports for a month (for information).

    python bench/reports.py                     # 1,000,000 dossiers (bench/bulk_store.py: built if absent)
    python bench/reports.py --dossiers 45000    # the store bench/store.py builds through the desk's services

The store reaches back from the day it was built; "a year" is the last calendar year it covers whole (or the last
365 days on a store too small for one), "a month" the busiest of the last three whole months (the builder's last
weeks are quiet: about 18,000 to 20,000 lines in the busiest). Targets (issue 18): Biểu II.06a for a year
p95 ≤ 1 s at 1,000,000 dossiers, figures computed from the store; the month's register (about 20,000 lines on the
benchmark's store) as PDF p95 ≤ 3 s and as Excel p95 ≤ 2 s, the file made from the figures. The other files are
timed once, for information.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date, timedelta
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bulk_store import bulk_store
from bench.figures import at_most
from bench.store import arguments, percentiles
from counter_app.printing import report_pdf, report_xlsx
from counter_app.reports import Period, build
from counter_app.store import dossiers, open_store
from counter_app.store.desk import Desk

TARGET_S = 1.0  # Biểu II.06a for a year
FILE_TARGETS = {"pdf": 3.0, "xlsx": 2.0}  # the month's register


def year_and_months(first: date, today: date) -> tuple[Period, list[Period]]:
    """The last whole calendar year the store covers (else the last 365 days) and the last three whole months."""
    year = today.year - 1
    whole_year = (
        Period(date(year, 1, 1), date(year, 12, 31))
        if first <= date(year, 1, 1)
        else Period(today - timedelta(days=365), today - timedelta(days=1))
    )
    months = []
    end = today.replace(day=1) - timedelta(days=1)
    for _ in range(3):
        months.append(Period(end.replace(day=1), end))
        end = end.replace(day=1) - timedelta(days=1)
    return whole_year, months


def timed(fn, samples: int) -> tuple[float, float, float, object]:
    """p50 and p95 of the wall time, and p50 of the CPU time (the machine is shared: the CPU time says how much
    of the wall time was waiting for a processor)."""
    times, cpu, result = [], [], None
    for _ in range(samples):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    p50, p95 = percentiles(times)
    return p50, p95, percentiles(cpu)[0], result


def ratio(value: float, target: float) -> str:
    """How a figure stands to its upper bound: 0.45× the target is met, 1.7× is missed."""
    return f"{value / target:.2f}× the target, {'met' if value <= target else 'missed'}"


def main() -> None:
    args = arguments(__doc__, 7).parse_args()
    folder = bulk_store(args.out, args.dossiers)
    store = open_store(folder)  # brings the schema up to date (m005's index) if the store is older
    store.checkpoint()
    total = dossiers.count(store)
    used_pages = store.one("PRAGMA page_count")[0] - store.one("PRAGMA freelist_count")[0]
    size = used_pages * store.one("PRAGMA page_size")[0]  # free pages (a dropped index) do not count
    desk = Desk(store)
    first = date.fromisoformat(store.one("SELECT min(received_at) FROM dossier")[0][:10])
    year, months = year_and_months(first, desk.clock().date())
    month = max(months, key=lambda m: len(build(desk, "register", m).tables[0].rows))
    out = folder / "reports"
    print(
        f"\nStore of {total:,} dossiers, {size / 1e6:,.0f} MB = {size / total:,.0f} bytes per dossier"
        f"{' (copies: no search index, see bench/store.py for the size)' if folder.name.startswith('bulk') else ''}, "
        f"received from {first}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    print(f"{'report':<44}{'p50 s':>8}{'p95 s':>8}{'cpu p50':>9}   rows   files")
    rows = [("periodic", year, args.samples), ("periodic", month, args.samples)]
    rows += [(kind, month, 3) for kind in ("ontime", "register", "satisfaction", "fees")]  # the register: 3 files
    for kind, period, samples in rows:
        p50, p95, cpu, report = timed(partial(build, desk, kind, period), samples)
        label = f"{kind} {period.start:%d/%m/%Y}–{period.end:%d/%m/%Y}"
        lines = len(report.tables[0].rows)
        files = {}
        for suffix, writer in (("xlsx", report_xlsx), ("pdf", report_pdf)):
            path = out / f"{kind}-{period.start}.{suffix}"
            files[suffix] = timed(partial(writer.write, report, path), samples if kind == "register" else 1)
        target = f"  (target p95 ≤ {TARGET_S:g} s: {ratio(p95, TARGET_S)})" if period is year else ""
        print(
            f"{label:<44}{p50:>8.2f}{p95:>8.2f}{cpu:>9.2f}{lines:>7}   xlsx {files['xlsx'][0]:.1f} s, "
            f"pdf {files['pdf'][0]:.1f} s{target}",
            flush=True,
        )
        if kind == "periodic" and period is year:
            print(f"    totals: {report.tables[0].total[2:]}")
        at_most("reports", f"{label}, {total:,} dossiers", p50, p95, "s", TARGET_S if period is year else None)
        if kind == "register":
            for suffix, (f50, f95, fcpu, _) in files.items():
                print(
                    f"    {lines:,} lines as {suffix}: p50 {f50:.2f} s, p95 {f95:.2f} s, processor p50 {fcpu:.2f} s "
                    f"(target p95 ≤ {FILE_TARGETS[suffix]:g} s: {ratio(f95, FILE_TARGETS[suffix])})"
                )
                name = f"register {period.start:%m/%Y} ({lines:,} lines) as {suffix.upper()}"
                at_most("reports", name, f50, f95, "s", FILE_TARGETS[suffix])
    store.close()


if __name__ == "__main__":
    main()
