"""The server's schema upgrades a database of the first release with its data: the feed written in the old
shape is read in the new one, and nothing the desks pushed is lost."""

import hashlib
import uuid
from datetime import UTC, datetime

import psycopg
import pytest
from psycopg.conninfo import make_conninfo
from psycopg.types.json import Jsonb

from counter_core.protocol import ChangesPage, DossierChange
from provincial_server import upstream
from provincial_server.store import admin, feed, schema


@pytest.fixture
def empty_database(database_url):
    name = f"upgrade_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    conn = admin.connect(make_conninfo(database_url, dbname=name))
    yield conn
    conn.close()
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{name}"')


def test_a_first_release_database_upgrades_with_its_feed(empty_database):
    conn = empty_database
    first_name, first_sql = schema.MIGRATIONS[0]
    conn.execute(first_sql)
    conn.execute("CREATE TABLE schema_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
    conn.execute("INSERT INTO schema_migration(name) VALUES (%s)", (first_name,))
    unit, desk = "000.00.31.H56", "000.00.31.H56-01"
    dossier, received, decided = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    at = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    conn.execute("INSERT INTO unit VALUES (%s, 'UBND xã Quảng Phú')", (unit,))
    conn.execute("INSERT INTO desk(id, unit_code, desk, last_seq) VALUES (%s, %s, 1, 1)", (desk, unit))
    snapshot = {  # as the first release pushed it: no procedure name, papers by their number in the catalog
        "uuid": str(dossier),
        "code": f"{unit}-261123-0001",
        "unit_code": unit,
        "procedure_code": "1.001193",
        "catalog_version": "seed-2026.11",
        "owner_name": "Nguyễn Thị Ngọc Ánh",
        "owner_id": "038187042028",
        "phone": "0912345678",
        "received_at": at.isoformat(),
        "due_at": at.isoformat(),
        "fee": 0,
        "channel": 1,
        "return_method": 0,
        "facts": {"desk": 1, "documents": [{"n": 1, "original": 1}], "sets": 1},
    }
    conn.execute(
        "INSERT INTO dossier(uuid, code, unit_code, desk_id, status, due_at, received_at, snapshot) "
        "VALUES (%s, %s, %s, %s, 4, %s, %s, %s)",
        (dossier, f"{unit}-261123-0001", unit, desk, at, at, Jsonb(snapshot)),
    )
    conn.execute(
        "INSERT INTO dossier_event(op_id, dossier_uuid, source, desk_id, desk_seq, kind, status, at, by_user) "
        "VALUES (%s, %s, 'desk', %s, 1, 'receive', 2, %s, 'lan')",
        (received, dossier, desk, at),
    )
    conn.execute(
        "INSERT INTO dossier_event(op_id, dossier_uuid, source, kind, status, at, by_user, note) "
        "VALUES (%s, %s, 'province', 'province_status', 4, %s, 'Phòng Tư pháp', 'Thẩm định')",
        (decided, dossier, at),
    )
    for op_id, status, by in ((received, 2, "lan"), (decided, 4, "Phòng Tư pháp")):
        conn.execute(
            "INSERT INTO change_log(unit_code, kind, body) VALUES (%s, 'dossier_status', %s)",
            (
                unit,
                Jsonb(
                    {
                        "kind": "dossier_status",
                        "op_id": str(op_id),
                        "dossier_uuid": str(dossier),
                        "code": f"{unit}-261123-0001",
                        "status": status,
                        "at": at.isoformat(),
                        "note": "",
                        "due_at": at.isoformat(),
                        "by": by,
                    }
                ),
            ),
        )

    assert [name for name, _ in schema.MIGRATIONS[1:]] == schema.migrate(conn)
    page = ChangesPage.model_validate_json(feed.page_json(conn, unit, "000.00.31.H56-02", 0, 10, at))  # another desk's
    assert [d.owner_name for d in page.dossiers] == ["Nguyễn Thị Ngọc Ánh"]
    first, second = page.changes
    assert isinstance(first, DossierChange) and (first.desk_id, first.event.kind, first.status) == (desk, "receive", 2)
    assert (second.desk_id, second.event.user, second.event.note, second.status) == (
        None,
        "Phòng Tư pháp",
        "Thẩm định",
        4,
    )
    assert admin.settled_seqs(conn, desk) == {"applied": [1], "set_aside": []}
    (changed,) = admin.changed_dossiers(conn, unit, at.replace(year=2000), at.replace(year=2100))
    record = upstream.dossier_record(changed["dossier"], changed["events"], admin.unit_names(conn))
    assert (record["TrangThaiHoSo"], record["TaiLieuNop"][0]["TenTepDinhKem"]) == ("4", "Thành phần hồ sơ số 1")
    assert schema.migrate(conn) == []


def test_the_upgrade_invalidates_the_old_unused_enrolment_codes_and_says_which_desks_need_new_ones(empty_database):
    """The first servers' codes (40 bits, plain SHA-256) cannot be re-keyed without the codes themselves: the unused
    ones are invalidated, each written down for the province."""
    conn = empty_database
    conn.execute("CREATE TABLE schema_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
    for migration, sql in schema.MIGRATIONS[:4]:
        conn.execute(sql)
        conn.execute("INSERT INTO schema_migration(name) VALUES (%s)", (migration,))
    conn.execute("INSERT INTO unit VALUES ('000.00.31.H56', 'UBND xã Quảng Phú')")
    for n in (1, 2, 3):
        conn.execute("INSERT INTO desk(id, unit_code, desk) VALUES (%s, '000.00.31.H56', %s)", (f"D{n}", n))
    old = "3F9A0C21BE"
    conn.execute(
        "INSERT INTO enrolment_code VALUES (%s, 'D1', now() + interval '6 days', NULL), "
        "(%s, 'D2', now() + interval '6 days', now()), (%s, 'D3', now() - interval '1 day', NULL)",
        (hashlib.sha256(old.encode()).hexdigest(), "a" * 64, "b" * 64),
    )
    assert schema.migrate(conn) == [name for name, _ in schema.MIGRATIONS[4:]]  # 008 among them
    events = [p for p in admin.problems(conn) if p["kind"] == "enrolment_code_invalidated"]
    assert [e["desk_id"] for e in events] == ["D1"]  # the unused, unexpired one: D2 was spent, D3 had expired
    assert "counter-server desk" in events[0]["reason"]
    assert conn.execute("SELECT count(*) AS n FROM enrolment_key").fetchone()["n"] == 0
