"""Start the desktop application: shipped font, translations, first-run setup, the desk's database thread, sign-in,
main window; at the end, every queued action saved and a backup made."""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog

from counter_app import __version__
from counter_app.foundation import logs
from counter_app.printing.fonts import FONT_DIR
from counter_app.services import backups, setup_state
from counter_app.store.desk import Desk
from counter_app.ui.backup_dialog import back_up_daily, open_or_restore
from counter_app.ui.errors import ErrorReporter
from counter_app.ui.i18n import install_translators
from counter_app.ui.login import LoginDialog
from counter_app.ui.tasks import DeskTasks
from counter_core.domain import policy


def keep_start_up_out_of_the_collector() -> None:
    """What start-up loaded (modules, Qt's wrappers, the catalog) stays for the whole day: the garbage collector stops
    sweeping it, so that its full sweeps, which stop every thread, last milliseconds instead of a fifth of a second
    (bench/ui_stall.py)."""
    gc.collect()
    gc.freeze()


def use_shipped_font(app: QApplication) -> str:
    """Make the shipped Be Vietnam Pro the application font: a bare system may have no font at all."""
    family = ""
    for file in ("BeVietnamPro-Regular.ttf", "BeVietnamPro-Bold.ttf", "BeVietnamPro-Italic.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / file))
        family = family or QFontDatabase.applicationFontFamilies(font_id)[0]
    app.setFont(QFont(family, 10))
    return family


log = logging.getLogger(__name__)


def run_gui(data_dir: Path, language: str = "vi", dialogs: bool = True, debug: bool = False) -> int:
    """The window, until it closes. An error nothing caught, in a slot or on a worker, is logged with its
    traceback and shown as a short dialog (none with ``dialogs=False``; ``debug`` prints the traceback too)."""
    logs.setup(data_dir)
    log.info("counter-app %s: the window starts (language %s)", __version__, language)
    app = QApplication.instance() or QApplication(sys.argv)
    app.error_reporter = ErrorReporter(dialogs, debug).install()  # kept alive with the application
    use_shipped_font(app)
    install_translators(app, language)
    store = open_or_restore(data_dir)
    if store is None:
        return 1
    # The first start (or a first sync from the province not done yet): nothing else uses the database yet.
    if setup_state.needed(store):
        from counter_app.ui.first_run_dialog import FirstRunDialog  # with the sync's modules: only when it is needed

        if FirstRunDialog(store).exec() != QDialog.DialogCode.Accepted:
            return 1
    desk = Desk(store)
    tasks = DeskTasks(desk)  # from here on, only its thread uses the database
    title = QCoreApplication.translate("app", "{unit} — desk {desk}").format(
        unit=desk.config.unit_name, desk=desk.config.desk
    )
    login = LoginDialog(tasks, title)
    if login.exec() != QDialog.DialogCode.Accepted or login.user is None:
        tasks.close()
        return 1
    # Who does not work the counter (the postal employee) works at the postal desk's batch scanning. The windows'
    # modules (the printing, the scanning, the sync's) are loaded now, not before the sign-in dialog (a cold start).
    if policy.may(login.user.role, policy.RECEIVE):
        from counter_app.ui.main_window import MainWindow as window_class
    else:
        from counter_app.ui.postal_window import PostalWindow as window_class
    window = window_class(tasks, login.user)
    window.showMaximized()
    keep_start_up_out_of_the_collector()
    back_up_daily(window, tasks)
    code = app.exec()
    from counter_app.ui.closing_sync import last_sync  # the sync's modules, loaded by the window by now

    last_sync(tasks)  # what waits in the outbox sent, for a few seconds at most; what stays in it said
    tasks.close()  # what the window asked for is saved; a sync still on the network writes nothing more
    if window.demo_removal is not None:  # the administrator removed the demo data: nothing of it is kept
        store.close()
        window.demo_removal.carry_out()
        log.info("the demo data was removed; the next start sets the desk up")
        return code
    backups.automatic_backup(store)  # and at exit
    store.close()
    return code
