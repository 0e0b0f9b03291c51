"""Backups in the window: supervisors find "Sao lưu và khôi phục" in the System menu, back up now, and put a
copy back; a database that cannot be opened at start is replaced by the latest good copy if the user agrees."""

from PySide6.QtWidgets import QMessageBox

from counter_app.services import accounts, backups, lookup, reception
from counter_app.ui.backup_dialog import BackupDialog, open_or_restore
from counter_app.ui.main_window import MainWindow
from tests.helpers.waiting import settle
from tests.store.test_receive import khai_sinh


def menus(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_only_supervisors_and_administrators_see_the_backup_menu(qtbot, desk, tasks, clerk, admin):
    boss = accounts.add_user(desk.store, "hung", "Phạm Văn Hùng", "supervisor", "matkhau1", admin)
    for user, expected in ((clerk, False), (boss, True)):
        window = MainWindow(tasks, user)
        qtbot.addWidget(window)
        assert ("System" in menus(window)) is expected


def test_a_copy_made_now_can_be_put_back(qtbot, desk, tasks, clerk, admin, monkeypatch):
    first = reception.receive(desk, khai_sinh(desk), clerk).code
    dialog = BackupDialog(tasks, admin)
    qtbot.addWidget(dialog)
    settle(qtbot, tasks)
    assert "backups" in dialog.where.text() and dialog.table.rowCount() == 0 and not dialog.restore.isEnabled()
    dialog.back_up_now()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    later = reception.receive(desk, khai_sinh(desk), clerk).code  # received after the copy
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_selected()
    assert [d.code for d in lookup.find(desk)] == [first] and lookup.search(desk, later) == []
    assert len(list(backups.folder(desk.store).glob("before-restore-*.sqlite3"))) == 1  # what it replaced, kept


def test_a_damaged_database_is_replaced_at_start_only_if_the_user_agrees(qapp, desk, clerk, monkeypatch):
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    backups.automatic_backup(desk.store)
    data_dir = desk.store.path.parent
    desk.store.close()
    with open(data_dir / "counter.sqlite3", "r+b") as database:
        database.write(b"\x00" * 100)
    damaged = (data_dir / "counter.sqlite3").read_bytes()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert open_or_restore(data_dir) is None
    assert (data_dir / "counter.sqlite3").read_bytes() == damaged  # declined: nothing touched
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    store = open_or_restore(data_dir)
    try:
        assert store.one("SELECT code FROM dossier")["code"] == code
    finally:
        store.close()
