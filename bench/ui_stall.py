"""Window stall benchmark: the longest the window's event loop stands still while the desk pulls a big feed from the
province and a clerk types at the intake form (issue 13, target ≤ 50 ms).

    python bench/ui_stall.py                     # 5,000 changes to pull, 3 rounds; the code before the database
                                                 # thread as the peer
    python bench/ui_stall.py --changes 2000 --rounds 1 --no-peer

The peer's desk must read this tree's server: the default one (66b79d4) no longer does since the house and the
hardened server changed the feed ("Máy chủ trả lời không đúng giao thức"); measure it against a server of its time.

A real provincial server runs as its own process (embedded PostgreSQL, bench/sync.py); one desk of a unit receives
``--changes`` dossiers and pushes them, so that the unit's feed holds that many changes. Then, round after round, for
this code and for the peer in turn (the code of ``--peer``, by default the commit before the desk's database thread,
exported by git into a temporary folder), a new desk of the unit is enrolled and its real window opened offscreen in
a process of its own, started as the application starts it. A 5 ms heartbeat (a QTimer) notes each time the event
loop gets to it: 5 s with the window alone (what the machine itself costs), 5 s with a simulated clerk typing (key
events on a 50 ms timer, as a fast typist: a procedure's name, an ID card's QR typed by a 2D scanner a key every 2 ms
as a USB keyboard does, a phone number, the papers ticked, Ctrl+S), then the clerk goes on typing while the desk syncs
and pulls the whole feed. The slip a save prints is left out (drawing its preview is bench/intake.py's business).

Figures, for each round: the longest gap between two heartbeats (a stall) in each phase, the 99th percentile and the
median of the gaps during the pull, how long Ctrl+S took until the form said the dossier was saved during the pull,
and the pull's length; then, over the rounds, the median and the worst longest stall of each code; then, for this
code, where its threads were each time a watchdog thread (every 10 ms) found the heartbeat more than 50 ms late, and
the garbage collector's full sweeps during the pull. On a shared machine the window alone already stalls now and
then (the operating system runs other work): read the pull's figures against that phase's and the load average.
"""

from __future__ import annotations

import argparse
import collections
import gc
import itertools
import json
import os
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
# the code measured: the peer's exported tree when the parent says so (before this tree, which still gives the tests'
# keyring and the benchmark's helpers)
sys.path[:0] = [*filter(None, [os.environ.get("UI_STALL_CODE")]), str(ROOT), str(BENCH)]

UNIT_NAME = "UBND phường Bench"
TARGET_MS = 50
PHASE_MS = 5000  # the window alone, then the clerk typing, each this long before the pull starts
HEARTBEAT_MS = 5
KEY_MS = 50
SCANNER_KEY_MS = 2  # a keyboard-wedge scanner on USB: a press and a release report, 1 ms apart, for each character
CARD = "051084009698|212163684|Đặng Hồng Bảo|02081984|Nam|Thôn Phú Lộc, xã Tịnh Hà, Quảng Ngãi|23092024||||"
THREAD_ADDED = "counter_app/ui/tasks.py"  # the desk's database thread: the default peer is the commit before it


# -- the parent: the province, its feed, and the measured windows ------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--changes", type=int, default=5000, help="changes in the unit's feed for the desk to pull")
    parser.add_argument("--rounds", type=int, default=3, help="windows measured for each code, taking turns")
    parser.add_argument("--peer", help="git revision of the peer (default: the commit before the database thread)")
    parser.add_argument("--no-peer", action="store_true", help="measure this code only")
    parser.add_argument("--out", type=Path, default=BENCH / "out" / "ui_stall")
    parser.add_argument("--measure", nargs=6, help=argparse.SUPPRESS)  # URL CODE UNIT DESK DATA RESULT: one window
    args = parser.parse_args()
    if args.measure:
        measure(*args.measure)
        return

    from sync import admin, client_for, desk_with_backlog, free_port, start_server

    from counter_app.sync import engine
    from counter_core.domain.codes import DEFAULT_BLOCK
    from provincial_server import secret

    # the server, its admin commands and the windows' test keyring (tests/sync/conftest.py) share one key
    os.environ.setdefault(secret.VARIABLE, secrets.token_hex(32))

    load = os.getloadavg()[0]
    run = args.out / time.strftime("%Y%m%d-%H%M%S")
    province = run / "province"
    unit = f"000.st{run.name[-6:]}.H56"
    admin(province, "unit", unit, UNIT_NAME)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = start_server(["--data-dir", str(province)], port)
    codes = {"this code": None} if args.no_peer else {"this code": None, "peer": args.peer or default_peer()}
    results: dict[str, list[dict]] = {name: [] for name in codes}
    trees = {name: tempfile.TemporaryDirectory() for name, revision in codes.items() if revision}
    try:
        for name, tree in trees.items():
            export(codes[name], Path(tree.name))
        print(f"Filling the unit's feed with {args.changes:,} changes …", flush=True)
        # the unit's block of codes (1,000 a desk a day; past it, longer codes that still never collide)
        source = desk_with_backlog(run / "source", unit, 1, args.changes, random.Random(7), DEFAULT_BLOCK)
        pushed = engine.Report()
        engine.push(source, client_for(url, province, unit, 1), pushed)
        assert pushed.outcomes == {"applied": args.changes}, pushed.outcomes
        desks = itertools.count(2)
        for round_ in range(1, args.rounds + 1):
            for name, revision in codes.items():
                number = next(desks)
                enrolment = admin(province, "desk", unit, str(number))["enrolment_code"]
                env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
                if revision:
                    env["UI_STALL_CODE"] = trees[name].name
                print(f"Round {round_}: {name}{f' ({revision[:10]})' if revision else ''} …", flush=True)
                result = run / f"desk{number}.json"
                child = [
                    sys.executable,
                    __file__,
                    "--measure",
                    url,
                    enrolment,
                    unit,
                    str(number),
                    str(run / f"desk{number}"),
                ]
                subprocess.run([*child, str(result)], env=env, cwd=ROOT, check=True, timeout=900)
                measured = json.loads(result.read_text())
                assert (measured["code"] == str(ROOT)) == (revision is None), f"{name} ran {measured['code']}"
                results[name].append(measured)
    finally:
        server.terminate()
        server.wait(20)
        for tree in trees.values():
            tree.cleanup()

    report(results, args.changes, load)


def report(results: dict[str, list[dict]], changes: int, load: float) -> None:
    """Print each round, then the figures of this code and how the peer compares."""
    from figures import Figure, at_most, record

    print(
        f"\nThe window's event loop, a heartbeat every {HEARTBEAT_MS} ms (offscreen): {PHASE_MS / 1000:.0f} s alone, "
        f"{PHASE_MS / 1000:.0f} s with a clerk typing, then typing while the desk pulls {changes:,} changes"
    )
    head = (
        "code",
        "round",
        "alone max",
        "typing max",
        "pull max",
        "pull p99",
        "pull p50",
        "save p50",
        "save max",
        "pull",
    )
    print(f"{head[0]:<10}{head[1]:>6}" + "".join(f"{h:>11}" for h in head[2:]))
    for name, rounds in results.items():
        for n, r in enumerate(rounds, start=1):
            cells = (
                r["idle"]["stall_max_ms"],
                r["typing"]["stall_max_ms"],
                r["pull"]["stall_max_ms"],
                r["pull"]["gap_p99_ms"],
                r["pull"]["gap_p50_ms"],
                r["pull"]["save_p50_ms"],
                r["pull"]["save_max_ms"],
            )
            print(f"{name:<10}{n:>6}" + "".join(f"{c:>8.0f} ms" for c in cells) + f"{r['pull']['seconds']:>9.1f} s")
    print(
        "max: the longest gap between two heartbeats (a stall); p99, p50: of the gaps; save: Ctrl+S until the form "
        "says the dossier is saved, during the pull"
    )
    print("changes pulled: " + ", ".join(f"{n} {[r['received'] for r in rs]}" for n, rs in results.items()))
    worst = {name: max(r["pull"]["stall_max_ms"] for r in rounds) for name, rounds in results.items()}
    typical = {name: statistics.median(r["pull"]["stall_max_ms"] for r in rounds) for name, rounds in results.items()}
    for name, rounds in results.items():
        alone = max(r["idle"]["stall_max_ms"] for r in rounds)
        print(
            f"{name}: longest stall during the pull {typical[name]:.0f} ms (median of {len(rounds)} rounds), "
            f"worst {worst[name]:.0f} ms; with the window alone, worst {alone:.0f} ms"
        )
    print(f"target: the longest stall during the pull ≤ {TARGET_MS} ms")
    print(f"load average: {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end ({os.cpu_count()} CPUs)")
    mine = results["this code"]
    name = f"longest stall while pulling {changes:,} changes (median of rounds, worst)"
    at_most("ui_stall", name, typical["this code"], worst["this code"], "ms", TARGET_MS)
    p99 = [r["pull"]["gap_p99_ms"] for r in mine]
    at_most(
        "ui_stall",
        "99th percentile of the heartbeat's gaps during the pull (median, worst)",
        statistics.median(p99),
        max(p99),
        "ms",
        None,
    )
    saves = [r["pull"]["save_max_ms"] for r in mine]
    at_most(
        "ui_stall",
        "Ctrl+S → saved during the pull, longest (median, worst)",
        statistics.median(saves),
        max(saves),
        "ms",
        None,
    )
    idle = [r["idle"]["stall_max_ms"] for r in mine]
    at_most(
        "ui_stall",
        "longest stall with the window alone (median, worst): the machine's own",
        statistics.median(idle),
        max(idle),
        "ms",
        None,
    )
    why = sum((collections.Counter(r["why"]) for r in mine), collections.Counter())
    print(
        f"\nthis code, where the threads were while the heartbeat was over {TARGET_MS} ms late (a sample every 10 ms, "
        "innermost lines first; (idle): in Qt, the system or waiting):"
    )
    for place, samples in why.most_common(8):
        print(f"{samples:>5}  {place}")
    collections_ms = [ms for r in mine for generation, ms in r["gc"] if generation == 2]
    print(
        f"full garbage collections over 10 ms during the pulls: {collections_ms or 'none'}"
        + " ms" * bool(collections_ms)
    )
    if "peer" in results:
        ratio = typical["peer"] / max(typical["this code"], 0.1)
        print(f"the peer's longest stall during the pull is {ratio:.1f}× this code's (medians)")
        record(
            Figure(
                "ui_stall",
                "longest stall during the pull, the peer over this code (medians)",
                round(ratio, 1),
                None,
                "×",
            )
        )


def default_peer() -> str:
    """The commit before the one that brought in the desk's database thread."""
    added = git("log", "--diff-filter=A", "--format=%H", "--", THREAD_ADDED).split()
    return git("rev-parse", f"{added[-1]}^").strip()


def export(revision: str, into: Path) -> None:
    """The desk's and the server's packages as they were at ``revision``."""
    archive = subprocess.run(
        ["git", "archive", revision, "counter_app", "counter_core", "provincial_server"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout


# -- the child: one window, its heartbeat, the clerk, the pull --------------------------------------------------
def measure(url: str, code: str, unit: str, number: str, data: str, result: str) -> None:
    import keyring
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from counter_app.services import accounts
    from counter_app.services.configuration import init_desk
    from counter_app.store import open_store
    from counter_app.store.desk import Desk
    from counter_app.sync import engine
    from counter_app.ui.app import use_shipped_font
    from counter_app.ui.main_window import MainWindow
    from tests.helpers.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # a headless machine has no keyring service
    store = open_store(data)
    init_desk(store, unit, UNIT_NAME, int(number))
    if hasattr(accounts, "first_admin"):  # this code: every account is made by someone, the first by the setup
        admin = accounts.first_admin(store, "toan", "Phạm Quốc Toản", "matkhau1")
        clerk = accounts.add_user(store, "lan", "Nguyễn Thị Lan", "clerk", "matkhau1", admin)
    else:  # the peer
        clerk = accounts.add_user(store, "lan", "Nguyễn Thị Lan", "clerk", "matkhau1")
    desk = Desk(store)
    engine.enrol(desk, url, code)
    app = QApplication(sys.argv[:1])
    use_shipped_font(app)
    try:  # this code: the window's database work on the desk's database thread
        from counter_app.ui.app import keep_start_up_out_of_the_collector
        from counter_app.ui.tasks import DeskTasks

        tasks = DeskTasks(desk)
        window = MainWindow(tasks, clerk)
    except ImportError:  # the peer, before the database thread
        tasks = keep_start_up_out_of_the_collector = None
        window = MainWindow(desk, clerk)
    window.print_slip = lambda *_: None  # the receipt's preview is drawn on a worker: bench/intake.py measures it
    window.sync.timer.stop()  # no run as the window opens: the pull starts when the bench says
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    if keep_start_up_out_of_the_collector:  # as the application does once its window is up (ui/app.py)
        keep_start_up_out_of_the_collector()
    form = window.intake

    def press(widget, text: str) -> None:
        """One key as a keyboard (or a keyboard-wedge scanner) types it: the event carries its text."""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, text))

    asked: list[float] = []
    saves: list[float] = []
    form.saved.connect(lambda _receipt: saves.append((time.perf_counter() - asked.pop()) * 1000))

    def save() -> None:
        asked.append(time.perf_counter())
        QTest.keyClick(form.owner.edits["phone"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    def citizen():
        """One citizen after another, each step one key (or one click) of the clerk, or of the scanner, with the
        milliseconds until the next one."""
        phone = form.owner.edits["phone"]
        while True:
            for ch in "khai sinh":
                yield KEY_MS, lambda ch=ch: press(form.search, ch)
            yield KEY_MS, lambda: choose(form, "1.001193")
            for ch in CARD:  # the 2D scanner types the ID card's QR
                yield SCANNER_KEY_MS, lambda ch=ch: press(phone, ch)
            yield 2 * KEY_MS, lambda: None  # the clerk looks at what the card filled in
            for ch in "0912345678":
                yield KEY_MS, lambda ch=ch: press(phone, ch)
            yield KEY_MS, lambda: tick(form)
            yield KEY_MS, save
            yield KEY_MS, form.clear  # what the form kept if the save was refused

    steps = citizen()
    typed = [0]

    def next_key() -> None:
        pause, step = next(steps)
        step()
        typed[0] += 1
        typist.start(pause)

    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    typist = QTimer()
    typist.setSingleShot(True)
    typist.setTimerType(Qt.TimerType.PreciseTimer)
    typist.timeout.connect(next_key)
    marks: dict = {}  # when each phase began; the pull's end, what it received

    def mark(phase: str) -> None:
        marks[phase] = (time.perf_counter(), typed[0], len(saves))

    def finished(**what) -> None:
        mark("end")
        marks.update(what)
        app.quit()

    def typing() -> None:
        mark("typing")
        typist.start(KEY_MS)

    def pull() -> None:
        mark("pull")
        window.sync.sync_now()

    window.sync.synced.connect(lambda report: finished(received=report.received))
    window.sync.failed.connect(lambda reason: finished(error=reason))
    # The window's first reads, then: the window alone, the clerk typing, the clerk typing while the desk pulls.
    QTimer.singleShot(2000, lambda: (mark("idle"), heartbeat.start(HEARTBEAT_MS)))
    QTimer.singleShot(2000 + PHASE_MS, typing)
    QTimer.singleShot(2000 + 2 * PHASE_MS, pull)
    QTimer.singleShot(600_000, lambda: finished(error="timed out"))
    watching = threading.Event()
    stalls: collections.Counter[str] = collections.Counter()
    watcher = threading.Thread(target=watch, args=(beats, marks, stalls, watching), daemon=True)
    watcher.start()
    collected: list[tuple[int, int]] = []  # the garbage collector's pauses over 10 ms during the pull: generation, ms
    collecting = [0.0]

    def collector(phase: str, info: dict) -> None:
        if phase == "start":
            collecting[0] = time.perf_counter()
        elif "pull" in marks and (took := time.perf_counter() - collecting[0]) > 0.01:
            collected.append((info["generation"], round(took * 1000)))

    gc.callbacks.append(collector)
    app.exec()
    watching.set()
    watcher.join()
    typist.stop()
    heartbeat.stop()
    window.close()
    if tasks is not None:
        tasks.close()
    if "error" in marks:
        raise SystemExit(f"the pull did not finish: {marks['error']}")
    import counter_app

    code = str(Path(counter_app.__file__).parent.parent)  # the peer's tree, or this one
    figures = {"received": marks["received"], "code": code, "why": stalls, "gc": collected}
    for phase, until in (("idle", "typing"), ("typing", "pull"), ("pull", "end")):
        (begin, keys, saved), (end, keys_after, saved_after) = marks[phase], marks[until]
        gaps = sorted((b - a) * 1000 for a, b in itertools.pairwise(t for t in beats if begin <= t <= end))
        during = saves[saved:saved_after]
        figures[phase] = {
            "stall_max_ms": gaps[-1],
            "gap_p99_ms": gaps[int(len(gaps) * 0.99)],
            "gap_p50_ms": statistics.median(gaps),
            "save_p50_ms": statistics.median(during) if during else 0,
            "save_max_ms": max(during, default=0),
            "saves": len(during),
            "keys": keys_after - keys,
            "seconds": end - begin,
        }
    Path(result).write_text(json.dumps(figures))


def watch(beats: list[float], marks: dict, stalls: collections.Counter, stop: threading.Event) -> None:
    """Every 10 ms of the pull while the heartbeat is late past the target: where the window's thread is (its
    innermost lines of the project or of Qt's bindings), and what the desk's database thread is doing meanwhile."""
    window = threading.main_thread().ident
    while not stop.wait(0.01):
        if "pull" in marks and beats and (time.perf_counter() - beats[-1]) * 1000 > TARGET_MS:
            frames = sys._current_frames()
            others = " | ".join(
                f"{t.name}: {where(frames.get(t.ident))}"
                for t in threading.enumerate()
                if t.ident not in (window, threading.get_ident()) and where(frames.get(t.ident)) != "(idle)"
            )
            stalls[f"window: {where(frames.get(window))}" + (f" | {others}" if others else "")] += 1


def where(frame) -> str:
    """The innermost lines of a thread's stack that belong to the project or to this benchmark's clerk, or
    "(idle)": waiting, or in Qt's or the system's code."""
    if frame is None:
        return "(idle)"
    lines = [
        f
        for f in traceback.extract_stack(frame)
        if ("counter" in f.filename or "bench" in f.filename) and f.name not in ("<module>", "main", "measure")
    ]
    return " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(lines[-3:])) or "(idle)"


def choose(form, code: str) -> None:
    for row in range(form.results.count()):
        if form.results.item(row).text().startswith(code):
            form.results.setCurrentRow(row)


def tick(form) -> None:
    if form.procedure is not None:
        for row, doc in enumerate(form.procedure.documents):
            form.set_document_checked(row, doc.required)


if __name__ == "__main__":
    main()
