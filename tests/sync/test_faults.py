"""Faults between a desk and the server: deliveries duplicated, two pushes of one desk in flight at once, the
server killed in the middle of a batch and restarted. Whatever happens, each action lands once, in order."""

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter

from counter_app.services import lookup, reception
from counter_app.store import journal
from counter_app.sync import engine
from counter_app.sync.client import Client, SyncError
from counter_core.protocol import PushRequest
from provincial_server.store import admin as server_store
from provincial_server.store import push
from tests.store.test_receive import khai_sinh

ROOT = Path(__file__).resolve().parents[2]


class SendTwice(HTTPAdapter):
    """The network delivers every request twice; the desk reads the second answer."""

    def send(self, request, **kwargs):
        super().send(request.copy(), **kwargs)
        return super().send(request, **kwargs)


def held_once(province, desk_id: str, count: int) -> bool:
    seqs = server_store.settled_seqs(province.db, desk_id)
    return sorted(seqs["applied"] + seqs["set_aside"]) == list(range(1, count + 1))


def test_duplicated_deliveries_land_once(enrolled, province):
    desk, clerk = enrolled
    codes = [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(4)]
    client = engine.connect(desk)
    client.session.mount("http://", SendTwice())
    report = engine.sync(desk, client)
    assert report.outcomes == {"duplicate": 4}  # the second delivery's answer: already held
    assert server_store.dossier_codes(province.db, province.unit_code) == sorted(codes)
    assert held_once(province, f"{province.unit_code}-01", 4)


def test_two_pushes_of_one_desk_in_flight_at_once(enrolled, province):
    desk, clerk = enrolled
    for _ in range(30):
        reception.receive(desk, khai_sinh(desk), clerk)
    batch = PushRequest(actions=[engine.action_of(desk, r) for r in journal.pending_actions(desk.store, 30)])
    token = engine.connect(desk).token
    answers = []
    start = threading.Barrier(2)

    def push():
        client = Client(engine.connect(desk).base_url, token)
        start.wait()
        try:
            answers.append(client.push(batch))
        except SyncError as exc:  # kept, so that a failure says what happened
            answers.append(exc.message)

    threads = [threading.Thread(target=push) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    outcomes = sorted(",".join(sorted({r.outcome.value for r in answer.results})) for answer in answers)
    assert outcomes == ["applied", "duplicate"]  # the desk's row lock makes one wait for the other
    assert held_once(province, f"{province.unit_code}-01", 30)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(database_url: str, port: int, workers: int = 1) -> subprocess.Popen:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "provincial_server",
            "--database-url",
            database_url,
            "serve",
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if requests.get(f"http://127.0.0.1:{port}/health", timeout=1).ok:
                return process
        except requests.ConnectionError:
            time.sleep(0.1)
    raise AssertionError("the server did not start")


def test_a_server_killed_in_the_middle_of_a_batch_loses_and_doubles_nothing(enrolled, province, database_url):
    desk, clerk = enrolled
    with desk.store.write():
        for _ in range(1500):
            reception.receive(desk, khai_sinh(desk), clerk)
    port = free_port()
    server = start_server(database_url, port)
    client = engine.connect(desk)
    client.base_url = f"http://127.0.0.1:{port}"
    desk_id = f"{province.unit_code}-01"

    def kill_after_the_first_batch():
        while server_store.desk_by_id(province.db, desk_id).last_seq == 0:
            time.sleep(0.005)
        os.killpg(server.pid, signal.SIGKILL)  # seven batches of 200 are still to come

    killer = threading.Thread(target=kill_after_the_first_batch)
    killer.start()
    try:
        engine.sync(desk, client)
        interrupted = False
    except SyncError:
        interrupted = True
    killer.join()
    server.wait(10)
    server = start_server(database_url, port)
    try:
        engine.sync(desk, client)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(10)
    assert journal.outbox_counts(desk.store).get("pending", 0) == 0
    assert held_once(province, desk_id, 1500)
    assert len(server_store.dossier_codes(province.db, province.unit_code)) == 1500
    assert interrupted  # the kill did land in the middle of the sync


def test_a_server_with_two_worker_processes_holds_each_action_once(enrolled_desk, province, database_url):
    desks = [enrolled_desk(n) for n in (1, 2)]
    port = free_port()
    server = start_server(database_url, port, workers=2)
    try:
        for _ in range(3):
            for desk, clerk in desks:
                for _ in range(30):
                    reception.receive(desk, khai_sinh(desk), clerk)
            threads = []
            for desk, _ in desks:
                client = engine.connect(desk)
                client.base_url = f"http://127.0.0.1:{port}"
                threads.append(threading.Thread(target=engine.sync, args=(desk, client)))
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        for desk, _ in desks:  # the rounds ran at once: a desk may have pulled before the other's last push landed
            client = engine.connect(desk)
            client.base_url = f"http://127.0.0.1:{port}"
            engine.sync(desk, client)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(10)
    for number, (desk, _) in enumerate(desks, start=1):
        assert journal.outbox_counts(desk.store) == {"applied": 90}
        assert held_once(province, f"{province.unit_code}-{number:02d}", 90)
        assert len(lookup.find(desk, limit=500)) == 180  # and each desk has the other's dossiers


def test_a_code_taken_by_another_push_at_the_same_moment_sets_that_action_aside_alone(enrolled, province):
    desk, clerk = enrolled
    codes = [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(3)]
    actions = [engine.action_of(desk, r) for r in journal.pending_actions(desk.store, 3)]
    desk_id = f"{province.unit_code}-01"
    other = server_store.connect(province.url)
    other.autocommit = False  # another push holding the second code, not yet committed when this batch is checked
    other.execute(
        "INSERT INTO dossier(uuid, code, unit_code, desk_id, status, received_at, snapshot) "
        "VALUES (gen_random_uuid(), %s, %s, %s, 2, now(), '{}')",
        (codes[1], province.unit_code, desk_id),
    )
    threading.Timer(0.5, other.commit).start()  # the batch's insert waits for it, then meets the taken code
    try:
        with server_store.connect(province.url) as conn:
            through, results = push.apply_actions(conn, desk_id, province.unit_code, actions)
    finally:
        other.close()
    assert through == 3
    assert [(r.desk_seq, r.outcome.value, r.code) for r in results] == [
        (1, "applied", None),
        (2, "rejected", "code_taken"),
        (3, "applied", None),
    ]
    seqs = server_store.settled_seqs(province.db, desk_id)
    assert (seqs["applied"], seqs["set_aside"]) == ([1, 3], [2])
    assert len(server_store.dossier_codes(province.db, province.unit_code)) == 3  # the other push's and two of three
