"""Start the desktop application: shipped font, translations, first-run setup, sign-in, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog

from counter_app import __version__
from counter_app.foundation import logs
from counter_app.printing.fonts import FONT_DIR
from counter_app.services import backups
from counter_app.store import open_store
from counter_app.store.desk import Desk
from counter_app.store.settings import desk_config
from counter_app.ui.backup_dialog import back_up_daily, open_or_restore
from counter_app.ui.errors import ErrorReporter
from counter_app.ui.i18n import install_translators
from counter_app.ui.login import LoginDialog
from counter_app.ui.main_window import MainWindow
from counter_app.ui.postal_window import PostalWindow
from counter_app.ui.setup_dialog import SetupDialog
from counter_core.domain import policy
from counter_core.foundation.errors import NotConfigured


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
    store = open_or_restore(data_dir, open_store)
    if store is None:
        return 1
    try:
        desk_config(store)
    except NotConfigured:
        if SetupDialog(store).exec() != QDialog.DialogCode.Accepted:
            return 1
    desk = Desk(store)
    title = QCoreApplication.translate("app", "{unit} — desk {desk}").format(
        unit=desk.config.unit_name, desk=desk.config.desk
    )
    login = LoginDialog(store, title, clock=desk.clock)
    if login.exec() != QDialog.DialogCode.Accepted or login.user is None:
        return 1
    # Who does not work the counter (the postal employee) works at the postal desk's batch scanning.
    window_class = MainWindow if policy.may(login.user.role, policy.RECEIVE) else PostalWindow
    window = window_class(
        desk, login.user, idle_minutes=desk.config.idle_minutes, print_directly=desk.config.print_directly
    )
    window.showMaximized()
    back_up_daily(window, desk)
    code = app.exec()
    backups.automatic_backup(store)  # and at exit
    store.close()
    return code
