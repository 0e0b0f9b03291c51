"""Dashboard benchmark: the supervisor's dashboard of the day on a big store.

    python bench/dashboard.py                     # the 1,000,000-dossier store of bench/store.py (built if missing)
    python bench/dashboard.py --dossiers 100000   # a smaller one

Figures (target of issue 5: the dashboard's data ≤ 300 ms at p95 on 1,000,000 dossiers):
- the dashboard's data (``dashboard.snapshot``) now, and at the busiest moment of the store (15:00 on its last
  day with receptions: a full day of them, the afternoon's appointments still open);
- a figure's click-through (``dashboard.dossiers``) at that moment: today's receptions and the overdue ones;
- the window's refresh, offscreen: from ``DashboardTab.refresh()`` until the tab shows the new figures (the read
  runs on a worker), and the part of it spent on the window's thread (filling tiles, tables and charts).
"""

from __future__ import annotations

import os
import random
import sys
import time
from datetime import datetime
from datetime import time as clock_time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH)]

import store as store_bench  # noqa: E402  (bench/store.py: builds and keeps the big stores)
from figures import at_most  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from counter_app.services import dashboard  # noqa: E402
from counter_app.store import dossiers, open_store  # noqa: E402
from counter_app.store.desk import Desk  # noqa: E402
from counter_app.ui.app import use_shipped_font  # noqa: E402
from counter_app.ui.dashboard_tab import DashboardTab  # noqa: E402
from counter_core.foundation.clock import VN_TZ, vn_now  # noqa: E402


def timed(fn, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return times


def busiest_moment(store) -> datetime:
    """15:00 on the last day the store received dossiers (not after now)."""
    last = dossiers.listing(store, day_to=vn_now().isoformat(), limit=1)[0].received_at
    return datetime.combine(last.date(), clock_time(15), tzinfo=VN_TZ)


def window_refreshes(app: QApplication, desk: Desk, runs: int) -> tuple[list[float], list[float]]:
    """refresh() → the new figures shown (ms), and the time the window's thread spent showing them (ms)."""
    tab = DashboardTab(desk)
    tab.resize(1280, 760)
    tab.show()
    shown_in: list[float] = []
    show = tab.show_dashboard

    def timed_show(board) -> None:
        t0 = time.perf_counter()
        show(board)
        shown_in.append((time.perf_counter() - t0) * 1000)

    tab.show_dashboard = timed_show
    totals = []
    for _ in range(runs + 1):  # the first one (tab just built, caches cold) is not counted
        before = len(shown_in)
        t0 = time.perf_counter()
        tab.refresh()
        while len(shown_in) == before:
            app.processEvents()
            time.sleep(0.0005)
        totals.append((time.perf_counter() - t0) * 1000)
    tab.close()
    return totals[1:], shown_in[1:]


def main() -> None:
    args = store_bench.arguments(__doc__, 50).parse_args()
    folder = store_bench.big_store(args.out, args.dossiers, random.Random(7))
    store = open_store(folder)  # applies the dashboard's index migration to a store built before it
    total = dossiers.count(store)
    now = vn_now()
    busy = busiest_moment(store)
    desk = Desk(store, lambda: busy)
    first = timed(lambda: dashboard.snapshot(desk, now), 1)[0]
    board = dashboard.snapshot(desk)
    results = [
        (
            f"dashboard data now ({now:%d/%m/%Y %H:%M})",
            timed(lambda: dashboard.snapshot(desk, now), args.samples),
            "≤ 300 ms",
        ),
        (f"dashboard data at {busy:%d/%m/%Y %H:%M}", timed(lambda: dashboard.snapshot(desk), args.samples), "≤ 300 ms"),
        (
            "click-through: received today",
            timed(lambda: dashboard.dossiers(desk, dashboard.Pick("received")), args.samples),
            "(for information)",
        ),
        (
            "click-through: overdue",
            timed(lambda: dashboard.dossiers(desk, dashboard.Pick("overdue")), args.samples),
            "(for information)",
        ),
    ]
    app = QApplication(sys.argv[:1])
    use_shipped_font(app)
    refreshes, on_thread = window_refreshes(app, desk, args.samples)
    results += [
        ("window: refresh → figures shown", refreshes, "(read on a worker)"),
        ("window: of which on the window's thread", on_thread, "(for information)"),
    ]

    size = (folder / "counter.sqlite3").stat().st_size
    print(f"\nStore of {total:,} dossiers, {size / 1e6:,.0f} MB on disk = {size / total:,.0f} bytes per dossier")
    print(
        f"At {busy:%d/%m/%Y %H:%M}: "
        + ", ".join(f"{k} {v}" for k, v in board.figures.items())
        + f"; {len(board.clerks)} clerks, {len(board.procedures)} procedures; sync backlog {board.sync['backlog']}"
    )
    print(f"{'step':<44}{'p50 ms':>10}{'p95 ms':>10}   target p95")
    for name, samples, target in results:
        p50, p95 = store_bench.percentiles(samples)
        print(f"{name:<44}{p50:>10.1f}{p95:>10.1f}   {target}")
        at_most("dashboard", f"{name}, {total:,} dossiers", p50, p95, "ms", 300 if "≤ 300" in target else None)
    print(f"(first read after opening the store: {first:.0f} ms)")
    store.close()


if __name__ == "__main__":
    main()
