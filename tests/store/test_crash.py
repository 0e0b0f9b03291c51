"""A desk killed at random points while receiving dossiers loses nothing that was saved and keeps no half."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from counter_app.services import accounts
from counter_app.services.configuration import init_desk
from counter_app.store import open_store
from counter_core.domain.codes import sequence_for

ROOT = Path(__file__).resolve().parents[2]


def _consistency(store):
    """(dossiers, problems): every dossier has its receive event, search row and outbox row."""
    problems = []
    q = store.all
    if q("SELECT id FROM dossier WHERE id NOT IN (SELECT dossier_id FROM dossier_event WHERE kind = 'receive')"):
        problems.append("dossier without its receive event")
    if q("SELECT id FROM dossier_event WHERE id NOT IN (SELECT event_id FROM outbox WHERE event_id IS NOT NULL)"):
        problems.append("event without its outbox row")
    if q("SELECT seq FROM outbox WHERE event_id NOT IN (SELECT id FROM dossier_event)"):
        problems.append("outbox row without its event")
    seqs = [r["seq"] for r in q("SELECT seq FROM outbox ORDER BY seq")]
    if seqs != list(range(1, len(seqs) + 1)):
        problems.append("the outbox sequence has a gap")
    # "h56" is in every code of the test's unit
    indexed = store.one("SELECT count(*) AS n FROM dossier_search WHERE dossier_search MATCH 'h56'")["n"]
    if indexed != store.one("SELECT count(*) AS n FROM dossier")["n"]:
        problems.append("search index and dossiers disagree")
    if q("SELECT code FROM dossier d WHERE NOT EXISTS (SELECT 1 FROM audit a WHERE a.entity_key = d.code)"):
        problems.append("dossier without audit row")
    issued = store.one("SELECT coalesce(sum(issued), 0) AS n FROM code_counter")["n"]
    total = store.one("SELECT count(*) AS n FROM dossier")["n"]
    if issued != total:
        problems.append(f"{issued} codes issued for {total} dossiers")
    codes = [int(r["code"].rsplit("-", 1)[1]) for r in q("SELECT code FROM dossier ORDER BY id")]
    if codes != [sequence_for(1, i) for i in range(1, len(codes) + 1)]:
        problems.append("codes skip or repeat a number")
    return total, problems


@pytest.mark.slow
def test_killing_the_desk_mid_save_leaves_all_or_nothing(tmp_path):
    data = tmp_path / "desk"
    store = open_store(data)
    init_desk(store, "000.00.31.H56", "UBND xã Quảng Phú", 1)
    admin = accounts.first_admin(store, "toan", "Phạm Quốc Toản", "matkhau1")
    accounts.add_user(store, "lan", "Nguyễn Thị Lan", "clerk", "matkhau1", admin)
    store.close()
    rng = random.Random(20261122)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    printed: list[str] = []
    for _ in range(8):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.receive_forever", str(data)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        first = proc.stdout.readline()  # wait until the loop is saving
        assert first, "the worker died before saving anything"
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        printed += [first.strip(), *out.split()]
    store = open_store(data)
    try:
        assert store.integrity_check() == "ok"
        total, problems = _consistency(store)
        assert problems == []
        saved = {r["code"] for r in store.all("SELECT code FROM dossier")}
        assert set(printed) <= saved, "a code reported as saved is missing"
        assert total >= len(printed)
    finally:
        store.close()
