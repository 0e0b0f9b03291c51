"""The window on a real X server, driven for test_under_x: screenshots of each tab and of the print
preview, then it waits for a scanner typing through X and reports what the window shows. With ``--postal``,
the postal desk's window instead: a batch of results opened, it waits for the scanner to type the codes it
lists, then takes the screenshot of the batch in progress. With ``--dashboard``, a supervisor's window on a
busy demo desk: the screenshot of its dashboard.

    DISPLAY=:N QT_QPA_PLATFORM=xcb python -m tests.ui.x_scenario [--postal|--dashboard] DATA_DIR SHOTS_DIR STATE_FILE

The state file (JSON, rewritten every 100 ms) says when the tour is done and what the window holds.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from counter_app.services import accounts, lookup
from counter_app.services.demo import fill_demo, random_person
from counter_app.store import open_store
from counter_app.store.desk import Desk
from counter_app.ui.app import use_shipped_font
from counter_app.ui.i18n import install_translators
from counter_app.ui.main_window import MainWindow
from counter_app.ui.postal_window import PostalWindow
from counter_app.ui.tasks import DeskTasks
from counter_core.domain.postal_batch import Flow
from counter_core.domain.status import Status
from counter_core.foundation.clock import VN_TZ
from tests.helpers.postal import items, ready_by_post

WIDTH, HEIGHT = 1280, 800
STEP_MS = 700
# The dashboard is shot on a demo desk filled up to a fixed moment (a Friday afternoon), so its figures and
# charts look like a working day whenever the suite runs, and come out the same every time.
DASHBOARD_AT = datetime(2026, 11, 20, 15, 40, tzinfo=VN_TZ)


def main(data: Path, shots: Path, state_file: Path) -> int:
    store = open_store(data)
    fill_demo(store, 60, days=20)
    app = QApplication(sys.argv[:1])
    use_shipped_font(app)
    install_translators(app, "vi", cache=data / "qm")
    desk = Desk(store)
    window = MainWindow(DeskTasks(desk), accounts.get_user(store, "lan"))
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    window.show()
    window.activateWindow()
    shots.mkdir(parents=True, exist_ok=True)
    ready = None
    ready_code = next(d.code for d in lookup.find(desk, limit=500) if d.status == Status.RESULT_READY)

    def shot(name: str) -> None:
        app.primaryScreen().grabWindow(0).save(str(shots / f"{name}.png"))

    def intake() -> None:
        window.intake.search.setText("khai sinh")
        window.intake.owner.edits["full_name"].setFocus()

    def dossiers() -> None:
        window.tabs.setCurrentWidget(window.dossiers)
        window.dossiers.table.selectRow(0)  # its details are read and shown before the next step

    def returns() -> None:
        window.tabs.setCurrentWidget(window.returns)
        window.returns.code.setText(ready_code)
        window.returns.load(ready_code)

    def preview() -> None:
        window.print_slip(window.dossiers.current.code, "receipt")

    def wait_for_scanner() -> None:
        nonlocal ready
        window.preview.close()
        window.new_dossier()
        window.activateWindow()
        window.intake.owner.edits["phone"].setFocus()
        ready = True

    steps = [
        intake,
        lambda: shot("intake"),
        dossiers,
        lambda: shot("dossiers"),
        returns,
        lambda: shot("return"),
        preview,
        lambda: shot("print-preview"),
        wait_for_scanner,
    ]
    for n, step in enumerate(steps, start=1):
        QTimer.singleShot(n * STEP_MS, step)

    def report() -> None:
        owner = window.intake.owner
        write_state(
            state_file,
            {
                "ready": bool(ready),
                "full_name": owner.text("full_name"),
                "id_number": owner.text("id_number"),
                "birth_date": owner.text("birth_date"),
                "phone": owner.text("phone"),
                "tab": window.tabs.currentIndex(),
                "open": window.dossiers.current.code if window.dossiers.current else None,
                "result_ready": ready_code,
            },
        )

    return every_100_ms(app, report)


def postal(data: Path, shots: Path, state_file: Path) -> int:
    """The postal desk with a batch of results open, waiting for the codes of five envelopes and a few strays."""
    store = open_store(data)
    fill_demo(store, 30, days=10)
    app = QApplication(sys.argv[:1])
    use_shipped_font(app)
    install_translators(app, "vi", cache=data / "qm")
    desk = Desk(store)
    rng = random.Random(5)
    clerk = accounts.get_user(store, "lan")
    ready = [ready_by_post(desk, clerk, random_person(rng, desk.clock().date())) for _ in range(5)]
    envelopes = items(5, start=41_000)
    misread = envelopes[3][:10] + str((int(envelopes[3][10]) + 1) % 10) + envelopes[3][11:]
    codes = [
        ready[0],
        envelopes[0],
        ready[1],
        envelopes[1],
        ready[1],
        ready[2],
        envelopes[2],
        "000.00.99.H56-261120-0007",
        ready[3],
        misread,
        envelopes[3],
        ready[4],
        envelopes[4],
        envelopes[0],
    ]
    window = PostalWindow(DeskTasks(desk), accounts.get_user(store, "buudien"))
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    window.show()
    window.activateWindow()
    window.postal.open_batch(Flow.RESULTS)
    shots.mkdir(parents=True, exist_ok=True)
    shot = scheduled = False

    def take_shot() -> None:
        nonlocal shot
        app.primaryScreen().grabWindow(0).save(str(shots / "postal.png"))
        shot = True

    def report() -> None:
        nonlocal scheduled
        lines = window.postal.model.lines
        if len(lines) == len(codes) and not scheduled:
            scheduled = True
            QTimer.singleShot(STEP_MS, take_shot)  # once the window has drawn the last line
        write_state(
            state_file,
            {
                "ready": window.postal.field.isEnabled(),  # the batch is open
                "codes": codes,
                "shot": shot,
                "lines": [[ln["scanned"], ln["refusal"]] for ln in lines],
                "focus": window.postal.field.hasFocus(),
            },
        )

    return every_100_ms(app, report)


def dashboard(data: Path, shots: Path, state_file: Path) -> int:
    """A supervisor's window on a desk of 700 demo dossiers, opening on its dashboard: shot once read and drawn."""
    store = open_store(data)
    fill_demo(store, 700, days=45, now=DASHBOARD_AT)
    app = QApplication(sys.argv[:1])
    use_shipped_font(app)
    install_translators(app, "vi", cache=data / "qm")
    window = MainWindow(DeskTasks(Desk(store, lambda: DASHBOARD_AT)), accounts.get_user(store, "truongbp"))
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    window.show()
    window.activateWindow()
    shots.mkdir(parents=True, exist_ok=True)
    shot = False

    def take_shot() -> None:
        nonlocal shot
        app.primaryScreen().grabWindow(0).save(str(shots / "dashboard.png"))
        shot = True

    window.dashboard.refreshed.connect(lambda: QTimer.singleShot(STEP_MS, take_shot))  # once drawn
    return every_100_ms(
        app,
        lambda: write_state(
            state_file,
            {
                "ready": shot,
                "tab": window.tabs.tabText(window.tabs.currentIndex()),
                "figures": window.dashboard.board.figures if window.dashboard.board else None,
            },
        ),
    )


def write_state(state_file: Path, state: dict) -> None:
    temp = state_file.with_suffix(".part")
    temp.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
    temp.replace(state_file)


def every_100_ms(app: QApplication, report) -> int:
    reporter = QTimer()
    reporter.timeout.connect(report)
    reporter.start(100)
    return app.exec()


if __name__ == "__main__":
    args = sys.argv[1:]
    modes = {"--postal": postal, "--dashboard": dashboard}
    run = modes.get(args[0], main)
    paths = [Path(a) for a in args if a not in modes]
    sys.exit(run(*paths))
