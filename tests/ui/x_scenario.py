"""The window on a real X server, driven for test_under_x: screenshots of each tab and of the print
preview, then it waits for a scanner typing through X and reports what the window shows.

    DISPLAY=:N QT_QPA_PLATFORM=xcb python -m tests.ui.x_scenario DATA_DIR SHOTS_DIR STATE_FILE

The state file (JSON, rewritten every 100 ms) says when the tour is done and what the window holds.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from counter_app import accounts
from counter_app.demo import fill_demo
from counter_app.desk import Desk
from counter_app.domain.status import Status
from counter_app.store import open_store
from counter_app.ui.app import use_shipped_font
from counter_app.ui.i18n import install_translators
from counter_app.ui.main_window import MainWindow

WIDTH, HEIGHT = 1280, 800
STEP_MS = 700


def main(data: Path, shots: Path, state_file: Path) -> int:
    store = open_store(data)
    fill_demo(store, 60, days=20)
    app = QApplication(sys.argv[:1])
    use_shipped_font(app)
    install_translators(app, "vi", cache=data / "qm")
    desk = Desk(store)
    window = MainWindow(desk, accounts.get_user(store, "lan"))
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    window.show()
    window.activateWindow()
    shots.mkdir(parents=True, exist_ok=True)
    ready = dossier = None
    ready_code = next(d["code"] for d in desk.find(limit=500) if d["status"] == Status.RESULT_READY)

    def shot(name: str) -> None:
        app.primaryScreen().grabWindow(0).save(str(shots / f"{name}.png"))

    def intake() -> None:
        window.intake.search.setText("khai sinh")
        window.intake.owner.edits["full_name"].setFocus()

    def dossiers() -> None:
        nonlocal dossier
        window.tabs.setCurrentWidget(window.dossiers)
        window.dossiers.table.selectRow(0)
        dossier = window.dossiers.current["code"]

    def returns() -> None:
        window.tabs.setCurrentWidget(window.returns)
        window.returns.code.setText(ready_code)
        window.returns.load(ready_code)

    def preview() -> None:
        window.print_slip(dossier, "receipt")

    def wait_for_scanner() -> None:
        nonlocal ready
        window.preview.close()
        window.new_dossier()
        window.activateWindow()
        window.intake.owner.edits["phone"].setFocus()
        ready = True

    steps = [intake, lambda: shot("intake"), dossiers, lambda: shot("dossiers"), returns, lambda: shot("return"),
             preview, lambda: shot("print-preview"), wait_for_scanner]
    for n, step in enumerate(steps, start=1):
        QTimer.singleShot(n * STEP_MS, step)

    def report() -> None:
        owner = window.intake.owner
        state = {"ready": bool(ready), "full_name": owner.text("full_name"), "id_number": owner.text("id_number"),
                 "birth_date": owner.text("birth_date"), "phone": owner.text("phone"),
                 "tab": window.tabs.currentIndex(), "open": (window.dossiers.current or {}).get("code"),
                 "result_ready": ready_code}
        temp = state_file.with_suffix(".part")
        temp.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
        temp.replace(state_file)

    reporter = QTimer()
    reporter.timeout.connect(report)
    reporter.start(100)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])))
