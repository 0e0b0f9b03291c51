"""Start the desktop window: for now a status window over the desk core (the reception window follows)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from counter_app.configuration import desk_config
from counter_app.errors import NotConfigured
from counter_app.store import open_store
from counter_app.store.dossiers import count_by_status


def status_text(data_dir: Path) -> str:
    store = open_store(data_dir)
    try:
        config = desk_config(store)
        total = sum(count_by_status(store).values())
    except NotConfigured as exc:
        return exc.message
    finally:
        store.close()
    return (f"{config.unit_name} ({config.unit_code}) — quầy {config.desk}\n"
            f"Dữ liệu: {data_dir}\nSố hồ sơ trong máy: {total}")


class StatusWindow(QMainWindow):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Counter — Bộ phận tiếp nhận và trả kết quả"))
        body = QWidget()
        layout = QVBoxLayout(body)
        self.label = QLabel(text)
        layout.addWidget(self.label)
        self.setCentralWidget(body)
        self.resize(640, 240)


def run_gui(data_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    window = StatusWindow(status_text(data_dir))
    window.show()
    return app.exec()
