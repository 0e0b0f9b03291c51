"""Every benchmark of the project, one after the other, and `docs/PERFORMANCE.md` written from their figures.

    python bench/run_all.py                  # on the 1,000,000-dossier store (built into bench/out/ if absent)
    python bench/run_all.py --dossiers 50000 --out-doc /tmp/PERFORMANCE.md   # a quicker run elsewhere

Each benchmark runs as its own process (the window ones offscreen), prints its own table (kept in
bench/out/logs/) and records its figures (bench/figures.py); this script adds what machine they ran on.
The benchmarks are not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
TITLES = {
    "store": "Store (bench/store.py)",
    "intake": "Reception window (bench/intake.py)",
    "dashboard": "Supervisor's dashboard (bench/dashboard.py)",
    "reports": "Reports (bench/reports.py)",
    "sync": "Sync and the provincial server (bench/sync.py)",
    "ui_stall": "The window during a big pull (bench/ui_stall.py)",
}


def runs(dossiers: int, sync_dossiers: int) -> list[tuple[str, list[str]]]:
    store = ["--dossiers", str(dossiers)]
    return [
        ("store", store),
        ("intake", store),
        ("dashboard", store),
        ("reports", store),
        ("sync", ["--dossiers", str(sync_dossiers)]),
        ("ui_stall", ["--no-peer"]),  # the peer's desk no longer reads this server's feed (the house, issue 17)
    ]


def machine() -> list[str]:
    cpu = (
        next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            platform.processor(),
        )
        if Path("/proc/cpuinfo").exists()
        else platform.processor()
    )
    memory = ""
    if Path("/proc/meminfo").exists():
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 2**20:.0f} GiB of memory"
    from PySide6 import __version__ as pyside

    return [
        f"- {os.cpu_count()} CPUs ({cpu}){memory}; {platform.platform()}",
        f"- Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, PySide6 {pyside}; the provincial "
        "server on its embedded PostgreSQL, on the same machine as its clients (loopback)",
        f"- load average when the run started: {os.getloadavg()[0]:.1f}",
    ]


def number(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit in ("ms", "B per dossier"):
        return f"{value:,.0f}" if value >= 100 else f"{value:.1f}" if value >= 10 else f"{value:.2f}"
    return f"{value:,.2f}" if unit == "s" else f"{value:g}"


def document(figures: list[dict], started: datetime, took: float, lines: list[str], failed: list[str]) -> str:
    out = [
        "# Performance",
        "",
        f"Measured by `python bench/run_all.py` on {started:%d/%m/%Y %H:%M}, in {took / 60:.0f} minutes, on:",
        "",
        *lines,
        "",
        "p50 and p95 are over repeated runs of each step; a figure without p95 is a single measurement (a "
        "total time, a ratio, a size). ✓ met, ✗ missed, — for information.",
        "",
    ]
    for bench, title in TITLES.items():
        rows = [f for f in figures if f["bench"] == bench]
        if not rows and bench not in failed:
            continue
        out += [
            f"## {title}",
            "",
            "| figure | p50 | p95 | unit | target | |",
            "| --- | ---: | ---: | --- | --- | --- |",
        ]
        for f in rows:
            mark = {True: "✓", False: "✗", None: "—"}[f["met"]]
            out.append(
                f"| {f['name']} | {number(f['p50'], f['unit'])} | {number(f['p95'], f['unit'])} | {f['unit']} "
                f"| {f['target'] or '(information)'} | {mark} |"
            )
        if bench in failed:
            out.append(f"| the benchmark did not finish: see bench/out/logs/{bench}.txt | | | | | ✗ |")
        out.append("")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dossiers", type=int, default=1_000_000, help="size of the store the desk benchmarks use")
    parser.add_argument("--sync-dossiers", type=int, default=10_000, help="offline dossiers the sync pushes")
    parser.add_argument("--out-doc", type=Path, default=ROOT / "docs" / "PERFORMANCE.md")
    args = parser.parse_args()
    logs = BENCH / "out" / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    started, t0 = datetime.now(), time.monotonic()
    lines = machine()
    failed: list[str] = []
    with tempfile.NamedTemporaryFile("r", suffix=".jsonl", encoding="utf-8") as record:
        env = {**os.environ, "BENCH_FIGURES": record.name, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
        for name, extra in runs(args.dossiers, args.sync_dossiers):
            print(f"== {TITLES[name]} …", flush=True)
            with open(logs / f"{name}.txt", "w", encoding="utf-8") as log:
                code = subprocess.run(
                    [sys.executable, str(BENCH / f"{name}.py"), *extra],
                    cwd=ROOT,
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                ).returncode
            print((logs / f"{name}.txt").read_text(encoding="utf-8").rstrip().split("\n\n")[-1], flush=True)
            if code:
                failed.append(name)
        figures = [json.loads(line) for line in record]
    args.out_doc.write_text(document(figures, started, time.monotonic() - t0, lines, failed) + "\n", encoding="utf-8")
    print(f"\nWritten {args.out_doc}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
