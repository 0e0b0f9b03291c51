"""Over a real crawl of the national portal, when one is at hand (COUNTER_PORTAL_CRAWL=<folder with details/>, e.g.
VoidKeishi/OpenGOV's backend/data/crawl): every full record reads into a procedure that a catalog file holds, and
no field of the portal is unknown to the reader. Skipped without a crawl; bench/portal_import.py gives the
figures."""

import json
import os
from datetime import date
from pathlib import Path

import pytest

from counter_core.domain.findings import Kind
from counter_core.domain.portal_record import catalog_from_records
from counter_core.domain.procedure import Catalog

CRAWL = os.environ.get("COUNTER_PORTAL_CRAWL")


@pytest.mark.skipif(not CRAWL or not (Path(CRAWL) / "details").is_dir(), reason="no crawl of the portal at hand")
def test_every_record_of_the_crawl_becomes_a_procedure_of_a_valid_catalog():
    files = sorted((Path(CRAWL) / "details").glob("*.json"))
    records = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    cat, findings = catalog_from_records(records, "crawl", date(2026, 12, 1), "Cổng DVCQG")
    assert len(cat.procedures) == len({r["data"]["code"] for r in records})
    assert Catalog.from_json(cat.to_json()) == cat
    assert [f for f in findings if f.kind is Kind.UNKNOWN_FIELD] == []
