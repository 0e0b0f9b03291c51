"""A demo desk's windows say so (title and banner), and its administrator removes the demo data in one step: the
window closes and, once the database is closed, nothing of the demo is left."""

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QToolBar

from counter_app.services import accounts
from counter_app.services.demo import fill_demo
from counter_app.store import open_store
from counter_app.store.desk import Desk
from counter_app.ui import demo_marks
from counter_app.ui.main_window import MainWindow
from tests.helpers.waiting import settle


@pytest.fixture
def demo_tasks(tmp_path, tasks_for):
    store = open_store(tmp_path / "demo")
    fill_demo(store, count=8, days=5)
    yield tasks_for(Desk(store))
    store.close()


def _window(qtbot, tasks, username):
    window = MainWindow(tasks, accounts.get_user(tasks.desk.store, username))
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, tasks)
    return window


def test_every_window_of_a_demo_desk_says_demo_data(qtbot, vietnamese, demo_tasks):
    window = _window(qtbot, demo_tasks, "lan")
    assert window.windowTitle().endswith(" — DỮ LIỆU THỬ")
    (bar,) = window.findChildren(QToolBar, "demo_banner")
    (banner,) = bar.findChildren(QLabel)
    assert bar.isVisible() and banner.text() == "DỮ LIỆU THỬ — hồ sơ giả lập, phiếu in không có giá trị"
    assert "Hệ thống → Xoá dữ liệu thử" in banner.toolTip()
    dialog = QDialog(window)  # any window shown later gets the mark too
    dialog.setWindowTitle("Sao lưu và khôi phục")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Sao lưu và khôi phục — DỮ LIỆU THỬ"
    dialog.hide()
    dialog.show()
    assert dialog.windowTitle().count("DỮ LIỆU THỬ") == 1
    entries = [a.text() for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()]
    assert "Xoá dữ liệu thử…" not in entries  # a clerk cannot remove it


def test_the_administrator_removes_the_demo_in_one_step(qtbot, vietnamese, demo_tasks, monkeypatch):
    window = _window(qtbot, demo_tasks, "admin")
    (remove,) = [
        a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions() if a.text() == "Xoá dữ liệu thử…"
    ]
    monkeypatch.setattr(demo_marks, "confirm_removal", lambda _parent: True)
    remove.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())
    store = demo_tasks.desk.store
    database = store.path
    assert window.demo_removal is not None and window.demo_removal.database == database
    demo_tasks.close()
    store.close()
    window.demo_removal.carry_out()
    assert not database.exists()


def test_a_real_desk_shows_no_demo_mark(qtbot, vietnamese, window):
    assert "DỮ LIỆU THỬ" not in window.windowTitle() and not window.findChildren(QToolBar, "demo_banner")
    assert QApplication.instance() is not None
