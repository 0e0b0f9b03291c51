"""A fee table of a made-up province for the tests: its amounts are invented for the tests only, like its name."""

from __future__ import annotations

import json
from pathlib import Path

RESOLUTION = "Nghị quyết số 99/2025/NQ-HĐND"
REFERENCE = f"{RESOLUTION} ngày 10/07/2025 của Hội đồng nhân dân tỉnh Thử Nghiệm"


def fee_table(**changes) -> dict:
    """1.004873 at 10.000 đ, cải chính 1.004859 at 15.000 đ (bổ sung 5.000 đ), late birth registration 8.000 đ,
    and children exempted, from 01/08/2025."""
    return {
        "format": "counter-fees/1",
        "province": "Tỉnh Thử Nghiệm",
        "resolution": RESOLUTION,
        "adopted": "2025-07-10",
        "effective_from": "2025-08-01",
        "issuer": "Hội đồng nhân dân tỉnh Thử Nghiệm",
        "fees": [
            {"procedure": "1.004873", "amount": 10000},
            {"procedure": "1.004859", "amount": 15000},
            {"procedure": "1.004859", "case": "bo-sung", "amount": 5000},
            {"procedure": "1.001193", "case": "qua-han", "amount": 8000},
        ],
        "exemptions": [{"name": "Trẻ em", "ground": f"{RESOLUTION}, Điều 3"}],
    } | changes


def fee_table_file(folder: Path, name: str = "bieu-phi.json", **changes) -> Path:
    path = folder / name
    path.write_text(json.dumps(fee_table(**changes), ensure_ascii=False), encoding="utf-8")
    return path
