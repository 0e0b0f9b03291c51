"""Hostile dossiers for ``counter-app receive --from-json``: random JSON, the README's dossier with one part
replaced or dropped, random bytes. A dossier is received whole (a code, its event, outbox and audit rows, every
text clean), or refused with exit code 1, "Lỗi:" in Vietnamese and not one row stored; never another error."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from counter_app.cli import main
from counter_core.domain.intake import Intake
from counter_core.domain.procedure import SEED_CATALOG, Catalog
from counter_core.foundation.errors import InvalidInput
from tests import hostile

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
DOSSIER = json.loads(re.search(r"A dossier for `receive --from-json`.*?```json\n(.*?)```", README, re.S)[1])
RECEIVE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def received_or_refused(data_dir, capsys, body: bytes) -> dict | None:
    """The stored dossier (checked whole and clean) if ``body`` was received, None if it was refused cleanly."""
    path = data_dir.parent / "hoso.json"
    path.write_bytes(body)
    before = hostile.desk_rows(data_dir)
    if not hostile.ran_or_refused(data_dir, capsys, "--user", "lan", "--json", "receive", "--from-json", str(path)):
        return None
    receipt = json.loads(capsys.readouterr().out)
    after = hostile.desk_rows(data_dir)
    for table in ("dossier", "dossier_event", "outbox"):
        assert after[table] == before[table] + 1, table
    assert main(["--data-dir", str(data_dir), "--user", "lan", "--json", "show", receipt["code"]]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["code"] == receipt["code"] and shown["status"] == 2
    for text in hostile.strings(shown):
        assert hostile.clean(text), ascii(text)
    assert re.fullmatch(r"[0-9]{9}|[0-9]{12}", shown["owner_id"]), shown["owner_id"]
    assert re.fullmatch(r"(0|\+84)[0-9]{9,10}|", shown["phone"]), shown["phone"]
    return shown


@RECEIVE
@given(hostile.file_bodies(DOSSIER))
def test_a_hostile_dossier_file_is_received_whole_or_refused_with_nothing_stored(data_dir, capsys, body):
    received_or_refused(data_dir, capsys, body)


def test_the_readme_dossier_is_received(data_dir, capsys):
    shown = received_or_refused(data_dir, capsys, json.dumps(DOSSIER).encode())
    assert shown["owner_name"] == "Trần Văn Đức" and shown["fee"] == 10000  # 2 copies of 3 pages


def test_every_part_of_the_dossier_replaced_by_an_odd_value_is_received_whole_or_refused(data_dir, capsys):
    for odd in hostile.sweep(DOSSIER):
        received_or_refused(data_dir, capsys, json.dumps(odd).encode())


@pytest.mark.parametrize(
    "owner",
    [
        {"id_number": "١٢٣٤٥٦٧٨٩"},  # a 9-digit CMND in Arabic-Indic digits
        {"phone": "0٩٨٧٦٥٤٣٢١"},
        {"full_name": "\u202e\u200b"},
        {"birth_date": "12/03/0001"},
    ],
)
def test_a_dossier_with_a_hostile_owner_field_is_refused(data_dir, capsys, owner):
    body = DOSSIER | {"owner": DOSSIER["owner"] | owner}
    assert received_or_refused(data_dir, capsys, json.dumps(body).encode()) is None


def test_invisible_characters_are_dropped_from_what_is_stored(data_dir, capsys):
    owner = DOSSIER["owner"] | {"full_name": "Trần\u202e Văn\x00 Đức\ufeff", "email": "duc\u200b@b.vn\x1b"}
    shown = received_or_refused(data_dir, capsys, json.dumps(DOSSIER | {"owner": owner}).encode())
    assert shown["owner_name"] == "Trần Văn Đức" and "duc@b.vn" in json.dumps(shown)


def test_huge_counts_are_refused(data_dir, capsys):
    for body in (
        DOSSIER | {"fee": {"quantity": 2**62, "pages": 3}},
        DOSSIER | {"sets": 2**70},
        DOSSIER | {"documents": [{"index": 1, "original": 2**70}, {"index": 2, "copy": 1}]},
    ):
        assert received_or_refused(data_dir, capsys, json.dumps(body).encode()) is None


def test_intake_from_json_answers_any_json_with_an_intake_or_invalid_input():
    """The reader alone, with what a file cannot hold but a caller can pass (infinity, NaN), with and without the
    procedure (documents by number, or the required ones by default)."""
    procedure = Catalog.load(SEED_CATALOG).get(DOSSIER["procedure"])
    for odd in hostile.sweep(DOSSIER):
        for known in (None, procedure):
            try:
                Intake.from_json(odd, known)
            except InvalidInput as exc:
                assert hostile.vietnamese(exc.message), exc.message
