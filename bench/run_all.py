"""Every benchmark of the project, one after the other, and `docs/PERFORMANCE.md` written from their figures.

    python bench/run_all.py                  # on the 1,000,000-dossier store (built into bench/out/ if absent)
    python bench/run_all.py --dossiers 50000 --out-doc /tmp/PERFORMANCE.md   # a quicker run elsewhere
    python bench/run_all.py --quick          # every benchmark's quick mode (a 45,000-dossier store): about 20 min
    python bench/run_all.py --quick --only reports province   # these again, the others' figures kept

Each benchmark runs as its own process (the window ones offscreen), prints its own table (kept in
bench/out/logs/) and records its figures (bench/figures.py); this script prints them all at the end, side by side
with their targets, and writes them with what machine they ran on. The benchmarks are not part of the test run.
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
    "province": "A province on one server (bench/province.py)",
    "lookup": "Citizens' look-up and province console (bench/lookup.py)",
}
QUICK_DOSSIERS = 45_000


def runs(dossiers: int, sync_dossiers: int, quick: bool) -> list[tuple[str, list[str]]]:
    store = ["--dossiers", str(dossiers)]
    if not quick:
        return [
            ("store", store),
            ("intake", store),
            ("dashboard", store),
            ("reports", store),
            ("sync", ["--dossiers", str(sync_dossiers)]),
            ("ui_stall", ["--no-peer"]),  # the peer's desk no longer reads this server's feed (the house, issue 17)
            ("province", []),
            ("lookup", ["--dossiers", str(dossiers)]),
        ]
    return [
        ("store", [*store, "--samples", "60"]),
        ("intake", [*store, "--samples", "20", "--starts", "3"]),
        ("dashboard", [*store, "--samples", "20"]),
        ("reports", [*store, "--samples", "3"]),
        ("sync", ["--dossiers", "2000", "--rounds", "1", "--single-sample", "100"]),
        ("ui_stall", ["--no-peer", "--rounds", "1"]),
        ("province", ["--quick"]),
        ("lookup", ["--dossiers", "20000", "--requests", "300", "--seconds", "3"]),
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
        f"- load average when the run started: {os.getloadavg()[0]:.1f} (the CPUs may be shared: the benchmarks print "
        "processor time where it tells more than the wall clock)",
    ]


def number(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit in ("ms", "B per dossier"):
        return f"{value:,.0f}" if value >= 100 else f"{value:.1f}" if value >= 10 else f"{value:.2f}"
    return f"{value:,.2f}" if unit == "s" else f"{value:g}"


def document(
    figures: list[dict], started: datetime, took: float, lines: list[str], failed: list[str], command: str
) -> str:
    out = [
        "# Performance",
        "",
        f"Measured by `{command}` on {started:%d/%m/%Y %H:%M}, in {took / 60:.0f} minutes, on:",
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
        details = details_of(bench)
        if details:
            out += ["Its own table, as it printed it (where the time goes):", "", "```", details, "```", ""]
    return "\n".join(out)


def details_of(bench: str) -> str:
    """What the province benchmark prints after its run (figures by worker count, processor time by phase, one
    batch's steps): too much for one table, kept as printed."""
    log = BENCH / "out" / "logs" / f"{bench}.txt"
    if bench != "province" or not log.exists():
        return ""
    text = log.read_text(encoding="utf-8")
    return text[text.find("load average at the end") :].strip() if "load average at the end" in text else ""


def side_by_side(figures: list[dict]) -> str:
    """Every figure on one line: its benchmark, what it is, p50, p95, its target and whether it was met."""
    out = [f"{'bench':<10}{'figure':<84}{'p50':>10}{'p95':>10}  {'unit':<14}{'target':<24}"]
    for f in figures:
        mark = {True: "✓", False: "✗", None: "—"}[f["met"]]
        out.append(
            f"{f['bench']:<10}{f['name'][:83]:<84}{number(f['p50'], f['unit']):>10}{number(f['p95'], f['unit']):>10}  "
            f"{f['unit']:<14}{f['target'] or '(information)':<24}{mark}"
        )
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="every benchmark's quick mode, a 45,000-dossier store")
    parser.add_argument("--only", nargs="+", choices=list(TITLES), help="only these benchmarks")
    parser.add_argument("--dossiers", type=int, help="size of the store the desk benchmarks use (default 1,000,000)")
    parser.add_argument("--sync-dossiers", type=int, default=10_000, help="offline dossiers the sync pushes")
    parser.add_argument("--out-doc", type=Path, default=ROOT / "docs" / "PERFORMANCE.md")
    args = parser.parse_args()
    if args.dossiers is None:
        args.dossiers = QUICK_DOSSIERS if args.quick else 1_000_000
    command = " ".join(["python bench/run_all.py", *sys.argv[1:]]).replace(f" --out-doc {args.out_doc}", "")
    logs = BENCH / "out" / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    started, t0 = datetime.now(), time.monotonic()
    lines = machine()
    failed: list[str] = []
    with tempfile.NamedTemporaryFile("r", suffix=".jsonl", encoding="utf-8") as record:
        env = {**os.environ, "BENCH_FIGURES": record.name, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
        for name, extra in runs(args.dossiers, args.sync_dossiers, args.quick):
            if args.only and name not in args.only:
                continue
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
    kept = logs / "figures.jsonl"  # every figure of the last runs: --only replaces those of the benchmarks it ran
    if args.only and kept.exists():
        earlier = [json.loads(line) for line in kept.read_text(encoding="utf-8").splitlines()]
        figures = [f for f in earlier if f["bench"] not in args.only] + figures
        figures.sort(key=lambda f: list(TITLES).index(f["bench"]))
        command += " (the other benchmarks' figures from the run before)"
    kept.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in figures), encoding="utf-8")
    took = time.monotonic() - t0
    args.out_doc.write_text(document(figures, started, took, lines, failed, command) + "\n", encoding="utf-8")
    print(f"\n{side_by_side(figures)}\n\nload average at the end: {os.getloadavg()[0]:.1f}; written {args.out_doc}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
