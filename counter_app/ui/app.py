"""Start the desktop window: for now a status window over the desk core (the reception window follows)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from counter_app.configuration import desk_config
from counter_app.errors import NotConfigured
from counter_app.printing.fonts import FONT_DIR
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


def use_shipped_font(app: QApplication) -> str:
    """Make the shipped Be Vietnam Pro the application font: a bare system may have no font at all."""
    family = ""
    for file in ("BeVietnamPro-Regular.ttf", "BeVietnamPro-Bold.ttf", "BeVietnamPro-Italic.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / file))
        family = family or QFontDatabase.applicationFontFamilies(font_id)[0]
    app.setFont(QFont(family, 10))
    return family


def run_gui(data_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    use_shipped_font(app)
    window = StatusWindow(status_text(data_dir))
    window.show()
    return app.exec()
