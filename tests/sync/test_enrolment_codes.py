"""Enrolment codes that cannot be guessed: 130 random bits in 7 groups of 4 a person can type (any case, dashes or
spaces, I/L/O read as 1/0, a typo caught at the desk before anything is sent) and a QR code a scanner reads back;
stored as keyed hashes (neither the code nor its plain SHA-256 is in the database, nor the key); spent once; wrong
codes counted per address and per unit, with a lockout that refuses the right code too, a log line and a security
event the province lists; the first servers' codes invalidated by the upgrade with a row for each."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import uuid

import pytest
import requests
import zxingcpp
from PIL import Image

from counter_app.sync import engine
from counter_app.sync.client import Client, SyncError
from counter_core.domain import enrolment_code
from counter_core.domain.enrolment_code import BadCode, OutdatedCode, grouped, new_code, normalized
from counter_core.protocol import PREFIX
from provincial_server.cli import main
from provincial_server.store import admin, enrolment
from tests.sync.conftest import KEY, issue_code


def test_a_code_is_seven_groups_of_four_and_is_read_back_however_it_is_typed():
    code = new_code()
    groups = code.split("-")
    assert len(groups) == 7 and all(len(g) == 4 for g in groups)
    assert set(code.replace("-", "")) <= set(enrolment_code.ALPHABET) and not set("ILOU") & set(code)
    assert len({new_code() for _ in range(1000)}) == 1000
    plain = code.replace("-", "")
    sloppy = " ".join(groups).lower().replace("1", "l").replace("0", "o")  # as a person may type it
    assert normalized(sloppy) == normalized(code) == plain
    typo = plain[:5] + ("A" if plain[5] != "A" else "B") + plain[6:]
    with pytest.raises(BadCode, match="gõ sai"):
        normalized(typo)
    with pytest.raises(OutdatedCode, match="mẫu cũ"):
        normalized("3F9A0C21BE")
    with pytest.raises(BadCode, match="28 ký tự"):
        normalized(plain[:-4])


def counter_server(database_url: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--database-url", database_url, *args])
    return code, out.getvalue(), err.getvalue()


def test_the_desk_command_prints_the_code_and_its_qr_which_a_scanner_reads_back(province, server_url, tmp_path):
    png, svg = tmp_path / "desk-1.png", tmp_path / "desk-1.svg"
    status, out, err = counter_server(province.url, "desk", province.unit_code, "1", "--qr", str(png))
    assert status == 0
    answer = json.loads(out)
    code = answer["enrolment_code"]
    assert normalized(code) and answer["valid_days"] == 7
    assert code in err and "█" in err  # drawn on the terminal
    read = zxingcpp.read_barcodes(Image.open(png))
    assert [r.text for r in read] == [code]
    assert counter_server(province.url, "desk", province.unit_code, "2", "--qr", str(svg))[0] == 0
    assert svg.read_text().lstrip().startswith("<?xml") and "<svg" in svg.read_text()
    held = province.db.execute(
        "SELECT code_hash FROM enrolment_key WHERE desk_id = %s", (f"{province.unit_code}-01",)
    ).fetchall()
    plain = normalized(code)
    assert len(held) == 1
    assert held[0]["code_hash"] not in (plain, hashlib.sha256(plain.encode()).hexdigest(), code)
    dump = json.dumps(
        province.db.execute("SELECT json_agg(s) AS rows FROM server_setting s").fetchone()["rows"], default=str
    )
    assert KEY.hex() not in dump and plain not in dump


def test_a_desk_enrols_with_the_code_as_typed_and_a_typo_is_caught_before_it_is_sent(make_desk, province, server_url):
    desk, _ = make_desk(1)
    code = province.desk_code(1)
    plain = normalized(code)
    before = failures(province)
    typo = plain[:-1] + ("A" if plain[-1] != "A" else "B")
    with pytest.raises(BadCode):
        engine.enrol(desk, server_url, typo)
    assert failures(province) == before  # nothing reached the server
    answer = engine.enrol(desk, server_url, " ".join(grouped(plain).lower().split("-")))
    assert answer["desk_id"] == f"{province.unit_code}-01"
    with pytest.raises(SyncError) as spent:  # single use: once its token is used, the code is gone
        engine.sync(desk)
        Client(server_url).enrol(plain, "again", province.unit_code)
    assert spent.value.server_code == "bad_enrolment_code"


def test_a_code_for_another_unit_is_refused_and_not_spent(make_desk, province, server_url):
    other = province.new_unit("UBND xã Bên Cạnh")
    code = province.desk_code(1, other)
    with pytest.raises(SyncError) as refused:
        Client(server_url).enrol(code, "pc", province.unit_code)
    assert refused.value.server_code == "bad_enrolment_code"
    assert Client(server_url).enrol(code, "pc", other).desk_id == f"{other}-01"


def failures(province) -> int:
    return province.db.execute("SELECT count(*) AS n FROM enrolment_failure").fetchone()["n"]


def test_wrong_codes_lock_the_address_out_even_for_the_right_code_and_the_province_is_told(
    province, server_url, caplog
):
    province.db.execute("DELETE FROM enrolment_failure")
    right = province.desk_code(1)
    client = Client(server_url, sleep=lambda _s: None)
    with caplog.at_level(logging.WARNING, logger="provincial_server"):
        for _ in range(enrolment.ADDRESS_FAILURES):
            with pytest.raises(SyncError) as wrong:
                client.enrol(new_code(), "guess", province.unit_code)
            assert wrong.value.server_code == "bad_enrolment_code"
        response = requests.post(
            f"{server_url}{PREFIX}/enrol",
            json={"code": right, "machine": "pc", "unit_code": province.unit_code},
            timeout=10,
        )
    assert response.status_code == 429 and response.json()["error"]["code"] == "enrolment_locked"
    assert 800 <= int(response.headers["Retry-After"]) <= 900
    assert "thử lại sau" in response.json()["error"]["message"]
    assert sum("wrong enrolment code from 127.0.0.1" in r.getMessage() for r in caplog.records) >= 10
    assert any("locked out" in r.getMessage() for r in caplog.records)
    events = [p for p in admin.problems(province.db, province.unit_code) if p["kind"] == "enrolment_lockout"]
    assert len(events) == 1 and "127.0.0.1" in events[0]["reason"]
    # 15 minutes later the address may try again, and the right code, never spent, works
    province.db.execute("UPDATE enrolment_failure SET at = at - interval '16 minutes'")
    assert client.enrol(right, "pc", province.unit_code).desk_id == f"{province.unit_code}-01"


def test_wrong_codes_for_one_unit_from_many_addresses_lock_that_unit_only(province, server_url):
    province.db.execute("DELETE FROM enrolment_failure")
    other = province.new_unit("UBND xã Bên Cạnh")
    for n in range(enrolment.UNIT_FAILURES):
        wrong = enrolment.enrol(province.db, uuid.uuid4().hex, "t", "pc", f"10.0.{n}.1", province.unit_code)
        assert isinstance(wrong, enrolment.Wrong)
    assert wrong.locked and wrong.locked.scope == "unit"
    right = issue_code(province.db, province.unit_code, 1)
    hashed = hash_of(right)
    assert isinstance(enrolment.enrol(province.db, hashed, "t", "pc", "10.9.9.9", province.unit_code), enrolment.Locked)
    elsewhere = issue_code(province.db, other, 1)
    assert isinstance(enrolment.enrol(province.db, hash_of(elsewhere), "t", "pc", "10.9.9.9", other), admin.DeskRow)


def hash_of(code: str) -> str:
    from provincial_server import enrolment_codes

    return enrolment_codes.code_hash(KEY, code)


def test_a_command_with_another_key_is_stopped_with_a_clear_message(province, server_url, monkeypatch):
    monkeypatch.setenv("COUNTER_SERVER_SECRET", "ab" * 32)
    status, out, err = counter_server(province.url, "desk", province.unit_code, "3")
    assert status == 1 and not out
    assert "Khóa bí mật của máy chủ" in err
