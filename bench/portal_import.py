"""Portal import over a real crawl: how many of the national portal's procedure records import cleanly, which
fields are unknown to the reader, which facts are inconsistent or guessed, and how long it takes.

    python bench/portal_import.py CRAWL_DIR      # e.g. a checkout of VoidKeishi/OpenGOV's backend/data/crawl
    COUNTER_PORTAL_CRAWL=CRAWL_DIR python bench/portal_import.py

CRAWL_DIR holds ``details/<code>.json`` (full records) and, if present, ``catalog.jsonl`` (the portal's list of
procedures): the list is checked against the codes of the shipped seed catalog. Nothing of the crawl is kept.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from counter_core.domain.findings import KIND_LABELS, Kind
from counter_core.domain.portal_record import read_record
from counter_core.domain.procedure import SEED_CATALOG, Catalog


def figures(crawl: Path) -> dict:
    """What importing every record of ``crawl`` gives, as plain figures."""
    files = sorted((crawl / "details").glob("*.json"))
    started = time.perf_counter()
    reads = [read_record(json.loads(f.read_text(encoding="utf-8"))) for f in files]
    took = time.perf_counter() - started
    kinds = Counter(f.kind for r in reads for f in r.findings)
    fields = Counter((f.kind, f.field.split("[")[0].split(".")[0]) for r in reads for f in r.findings)
    unknown = Counter(f.field for r in reads for f in r.findings if f.kind is Kind.UNKNOWN_FIELD)
    out = {
        "records": len(reads),
        "read": sum(r.procedure is not None for r in reads),
        "clean": sum(r.procedure is not None and not r.findings for r in reads),
        "without_unknown_or_inconsistent": sum(
            r.procedure is not None and not any(f.kind in (Kind.UNKNOWN_FIELD, Kind.INCONSISTENT) for f in r.findings)
            for r in reads
        ),
        "seconds": round(took, 3),
        "per_record_ms": round(1000 * took / max(len(reads), 1), 2),
        "findings": {k.value: kinds[k] for k in Kind},
        "top_fields": [(k.value, field, n) for (k, field), n in fields.most_common(12)],
        "unknown_fields": dict(unknown.most_common()),
    }
    listing = crawl / "catalog.jsonl"
    if listing.exists():
        codes = {json.loads(line)["code"] for line in listing.read_text(encoding="utf-8").splitlines() if line}
        seed = Catalog.load(SEED_CATALOG)
        out["catalog_lines"] = len(codes)
        out["seed_codes_not_in_portal_list"] = sorted(p.code for p in seed.procedures if p.code not in codes)
        out["seed_codes_with_details"] = sum((crawl / "details" / f"{p.code}.json").exists() for p in seed.procedures)
    return out


def main() -> int:
    where = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("COUNTER_PORTAL_CRAWL")
    if not where or not (Path(where) / "details").is_dir():
        print(__doc__)
        return 2
    result = figures(Path(where))
    print(f"Hồ sơ TTHC: {result['records']}, đọc được {result['read']}, không cần kiểm tra gì {result['clean']}, ")
    print(f"  không có trường lạ hay điểm không nhất quán: {result['without_unknown_or_inconsistent']}")
    print(f"Thời gian: {result['seconds']} s ({result['per_record_ms']} ms/hồ sơ)")
    for kind in Kind:
        print(f"  {KIND_LABELS[kind]}: {result['findings'][kind.value]}")
    print("Nhiều nhất:", "; ".join(f"{field} ({kind}) {n}" for kind, field, n in result["top_fields"]))
    print("Trường chưa biết:", result["unknown_fields"] or "không có")
    if "catalog_lines" in result:
        print(f"Danh mục Cổng: {result['catalog_lines']} thủ tục; mã của danh mục mẫu không có trong danh mục Cổng: "
              f"{', '.join(result['seed_codes_not_in_portal_list']) or 'không có'}; "
              f"có hồ sơ chi tiết: {result['seed_codes_with_details']}")  # fmt: skip
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
