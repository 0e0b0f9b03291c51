"""Hostile catalog and calendar files: random JSON, valid documents with one part replaced, random bytes, deep
nesting and huge files, through the loaders and through ``counter-app catalog import`` / ``calendar import``.
A file is imported clean, or refused with "Lỗi:" and a Vietnamese message, exit code 1 and the store unchanged;
never another error."""

from __future__ import annotations

import json
import re
import time
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from counter_app.cli import main
from counter_core.domain.appointment import appointment
from counter_core.domain.calendar import CalendarNotice, WorkCalendar
from counter_core.domain.fees import MAX_MONEY, FeeRequest
from counter_core.domain.procedure import SEED_CATALOG, Catalog
from counter_core.foundation.clock import VN_TZ
from counter_core.foundation.errors import InvalidInput
from tests import hostile

SEED = json.loads(SEED_CATALOG.read_text(encoding="utf-8"))
NOTICE = json.loads(
    (Path(__file__).resolve().parents[2] / "resources" / "calendar" / "thong-bao-nghi-le-2027.json").read_text(
        encoding="utf-8"
    )
)
# The folders a test is given are reused by its examples: each example writes its own file over the last one.
REUSED = [HealthCheck.function_scoped_fixture]
LOADER = settings(max_examples=400, deadline=None, suppress_health_check=REUSED)  # the loaders alone are fast
FILES = settings(max_examples=40, deadline=None, suppress_health_check=REUSED)
CALENDAR, RECEIVED = WorkCalendar(), datetime(2026, 11, 23, 16, 0, tzinfo=VN_TZ)
BROKEN = [
    b"[" * 100_000 + b"]" * 100_000,
    b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    b"",
    b"\xff\xfe{",
    b'{"format": "counter-catalog/1", "version": 1e400}',
    b"\xef\xbb\xbf{}",
    json.dumps(SEED).encode()[:-1],
]


# -- the loaders: the procedure catalog and the yearly calendar notice -------------------------------------
def loaded_or_refused(load, source):
    """What the loader made of ``source`` (every string in it clean), or None when it refused it in Vietnamese."""
    try:
        loaded = load(source)
    except InvalidInput as exc:
        assert hostile.vietnamese(exc.message), exc.message
        return None
    for text in hostile.strings(loaded.to_json()):
        assert hostile.clean(text), ascii(text)
    return loaded


def check_notice(load, source) -> None:
    """Loaded clean, for a year the desk can use, or refused."""
    notice = loaded_or_refused(load, source)
    if notice is not None:
        assert 2000 <= notice.year <= 2100 and CalendarNotice.from_json(notice.to_json()) == notice


def check_catalog(load, source) -> None:
    """Loaded clean and usable (every procedure gets a fee and an appointment), or refused."""
    catalog = loaded_or_refused(load, source)
    if catalog is None:
        return
    assert Catalog.from_json(catalog.to_json()) == catalog  # what is stored reads back the same
    for procedure in catalog.procedures:
        assert re.fullmatch(r"[0-9]\.[0-9]{6}", procedure.code) and procedure.name
        assert 0 <= procedure.fee.compute(FeeRequest(quantity=100, pages=100)).amount <= 100 * MAX_MONEY
        for online in (False, True):
            appointment(RECEIVED, procedure.processing_for(online), CALENDAR)


@LOADER
@given(hostile.file_bodies(SEED))
def test_a_hostile_catalog_file_is_loaded_clean_or_refused(tmp_path, body):
    path = tmp_path / "danh-muc.json"
    path.write_bytes(body)
    check_catalog(Catalog.load, path)


@pytest.mark.parametrize(
    "check, load, document",
    [(check_catalog, Catalog.from_json, SEED), (check_notice, CalendarNotice.from_json, NOTICE)],
    ids=["catalog", "calendar"],
)
def test_every_part_of_a_document_replaced_by_an_odd_value_is_loaded_clean_or_refused(check, load, document):
    for odd in hostile.sweep(document):
        check(load, odd)


def test_a_procedure_code_in_other_digits_is_refused():
    procedure = SEED["procedures"][0] | {"code": "١.٠٠١١٩٣"}
    assert loaded_or_refused(Catalog.from_json, SEED | {"procedures": [procedure]}) is None


@FILES
@given(hostile.file_bodies(SEED))
def test_importing_a_hostile_catalog_stores_a_version_or_nothing(data_dir, capsys, body):
    path = data_dir.parent / "danh-muc.json"
    path.write_bytes(body)
    before = hostile.desk_rows(data_dir)["catalog_version"]
    imported = hostile.ran_or_refused(data_dir, capsys, "--user", "toan", "catalog", "import", str(path))
    assert hostile.desk_rows(data_dir)["catalog_version"] in ((before, before + 1) if imported else (before,))


@pytest.mark.parametrize("body", BROKEN, ids=range(len(BROKEN)))
def test_broken_catalog_files_are_refused(data_dir, capsys, body):
    path = data_dir.parent / "danh-muc.json"
    path.write_bytes(body)
    assert not hostile.ran_or_refused(data_dir, capsys, "--user", "toan", "catalog", "import", str(path))


def test_a_huge_file_is_refused_without_being_read(data_dir, capsys):
    path = data_dir.parent / "danh-muc.json"
    with path.open("wb") as file:
        file.truncate(200 * 1024 * 1024)  # sparse: 200 MB that take no disk, and most of a second to read
    started = time.monotonic()
    assert loaded_or_refused(Catalog.load, path) is None
    assert time.monotonic() - started < 0.3
    assert not hostile.ran_or_refused(data_dir, capsys, "--user", "toan", "catalog", "import", str(path))


@LOADER
@given(hostile.file_bodies(NOTICE))
def test_a_hostile_calendar_file_is_loaded_clean_or_refused(tmp_path, body):
    path = tmp_path / "lich.json"
    path.write_bytes(body)
    check_notice(CalendarNotice.load, path)


@FILES
@given(hostile.file_bodies(NOTICE))
def test_importing_a_hostile_calendar_stores_a_notice_or_nothing(data_dir, capsys, body):
    path = data_dir.parent / "lich.json"
    path.write_bytes(body)
    if hostile.ran_or_refused(data_dir, capsys, "--user", "toan", "calendar", "import", str(path)):
        assert main(["--data-dir", str(data_dir), "calendar", "days-off", "2027"]) == 0  # the desk still works
        capsys.readouterr()


@pytest.mark.parametrize("body", BROKEN, ids=range(len(BROKEN)))
def test_broken_calendar_files_are_refused(data_dir, capsys, body):
    path = data_dir.parent / "lich.json"
    path.write_bytes(body)
    assert not hostile.ran_or_refused(data_dir, capsys, "--user", "toan", "calendar", "import", str(path))
