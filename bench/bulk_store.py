"""A million-dossier store for the reports benchmark, made in minutes instead of hours: a store of BASE dossiers is
built through the desk's services (bench/store.py), then its dossiers and their events are copied back in time,
11 weeks per copy (the weekdays kept; the base spans about 10 weeks), with new ids, codes and uuids, by
``INSERT … SELECT`` straight in SQLite, until the count is reached. The copies carry the dossiers and events the
reports read (not the search index, ratings or files): use bench/store.py for the store's size.

    python bench/bulk_store.py --dossiers 1000000     # bench/out/bulk-1000000 (kept for reruns)
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.store import arguments, big_store

BASE = 45_000
SHIFT_DAYS = 77  # one copy's step back in time: 11 weeks
MOVED = {"received_at", "due_at", "feed_due_at", "at", "step_deadline"}  # the moments of dossiers and events


def _shifted(column: str, days: int) -> str:
    """An ISO moment (or NULL) ``days`` earlier, its time and offset kept."""
    moved = f"date(substr({column}, 1, 10), '-{days} days') || substr({column}, 11)"
    return f"CASE WHEN {column} IS NULL THEN NULL ELSE {moved} END"


def _value(column: str, offset: int, dossiers_offset: int, days: int) -> str:
    """What a copy ``days`` back holds in ``column``: new ids (``offset``), uuids and codes, its moments moved."""
    if column == "id":
        return f"id + {offset}"
    if column == "uuid":
        return "randomblob(16)"
    if column == "dossier_id":
        return f"dossier_id + {dossiers_offset}"
    if column == "code":  # <unit>-<yymmdd>-<number>: the day moved with the reception
        day = f"date(substr(received_at, 1, 10), '-{days} days')"
        return f"substr(code, 1, 14) || substr(strftime('%Y%m%d', {day}), 3) || substr(code, 21)"
    return _shifted(column, days) if column in MOVED else column


def bulk_store(out: Path, count: int) -> Path:
    """The folder of a store of ``count`` dossiers: the service-built store itself up to BASE, copies beyond."""
    if count <= BASE:
        return big_store(out, count, random.Random(7))
    folder = out / f"bulk-{count}"
    if (folder / "counter.sqlite3").exists():
        return folder
    base = big_store(out, BASE, random.Random(7)) / "counter.sqlite3"
    print(f"Copying the {BASE:,}-dossier store back in time to {count:,} dossiers in {folder} …", flush=True)
    started = time.perf_counter()
    partial = folder.with_name(folder.name + ".part")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    shutil.copy(base, partial / "counter.sqlite3")
    db = sqlite3.connect(partial / "counter.sqlite3")
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    last_dossier, last_event = (
        db.execute("SELECT max(id) FROM dossier").fetchone()[0],
        db.execute("SELECT max(id) FROM dossier_event").fetchone()[0],
    )
    dossier_columns = [r[1] for r in db.execute("PRAGMA table_info(dossier)")]
    event_columns = [r[1] for r in db.execute("PRAGMA table_info(dossier_event)")]
    made, copy = db.execute("SELECT count(*) FROM dossier").fetchone()[0], 0
    while made < count:
        copy += 1
        days, take = SHIFT_DAYS * copy, min(count - made, last_dossier)

        db.execute(
            f"INSERT INTO dossier ({', '.join(dossier_columns)}) SELECT "
            f"{', '.join(_value(c, last_dossier * copy, last_dossier * copy, days) for c in dossier_columns)} FROM dossier WHERE id <= ?",
            (take,),
        )
        db.execute(
            f"INSERT INTO dossier_event ({', '.join(event_columns)}) SELECT "
            f"{', '.join(_value(c, last_event * copy, last_dossier * copy, days) for c in event_columns)} FROM dossier_event WHERE dossier_id <= ?",
            (take,),
        )
        db.commit()
        made += take
        print(f"  {made:,} dossiers in {time.perf_counter() - started:.0f} s", flush=True)
    db.close()
    partial.rename(folder)
    print(f"  done in {time.perf_counter() - started:.0f} s", flush=True)
    return folder


if __name__ == "__main__":
    args = arguments(__doc__, 1).parse_args()
    bulk_store(args.out, args.dossiers)
