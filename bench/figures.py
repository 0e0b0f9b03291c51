"""What a benchmark measured, in one shape for `bench/run_all.py`: each benchmark prints its own table and also
records its figures here; with ``$BENCH_FIGURES`` set to a file, they are appended to it as JSON lines."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Figure:
    bench: str  # which benchmark: "store", "intake", "sync", "reports", "dashboard"
    name: str
    p50: float
    p95: float | None  # None for a single measurement (a total time, a size, a ratio)
    unit: str  # "ms", "s", "×", "B"
    target: str = ""  # as the issue states it, e.g. "p95 ≤ 300 ms"; "" for information
    met: bool | None = None  # None for information


def record(figure: Figure) -> Figure:
    path = os.environ.get("BENCH_FIGURES")
    if path:
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps(asdict(figure), ensure_ascii=False) + "\n")
    return figure


def at_most(bench: str, name: str, p50: float, p95: float | None, unit: str, limit: float | None) -> Figure:
    """A figure whose target is an upper bound on its p95 (or on the value itself when there is no p95)."""
    value = p95 if p95 is not None else p50
    target = f"{'p95 ' if p95 is not None else ''}≤ {limit:g} {unit}" if limit is not None else ""
    return record(Figure(bench, name, p50, p95, unit, target, None if limit is None else value <= limit))
