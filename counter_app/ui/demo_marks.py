"""A desk holding demo data says so on every window: its title ends with "DỮ LIỆU THỬ", the main windows carry a
banner, and the administrator finds there how to remove the demo data in one step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QToolBar, QWidget

MARKED = "counter_demo_marked"  # the property of a window whose title has the mark


def suffix() -> str:
    return QCoreApplication.translate("demo", " — DEMO DATA")


class _TitleMarker(QObject):
    """Appends the mark to the title of every window the application shows."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            mark_title(watched)
        return False


def mark_title(window: QWidget) -> None:
    if not window.property(MARKED):
        window.setProperty(MARKED, True)
        window.setWindowTitle(window.windowTitle() + suffix())


def watch(demo: bool) -> None:
    """On a demo desk, from now on every window shown gets the mark in its title; on a real desk, none does."""
    app = QApplication.instance()
    if app is None:
        return
    marker = getattr(app, "demo_marker", None)
    if demo and marker is None:
        app.demo_marker = _TitleMarker(app)  # kept alive with the application
        app.installEventFilter(app.demo_marker)
    elif not demo and marker is not None:
        app.removeEventFilter(marker)
        app.demo_marker = None


def add_banner(window: QMainWindow) -> QLabel:
    """A red band across the top of a main window: what it shows is demo data, and how it goes."""
    banner = QLabel(QCoreApplication.translate("demo", "DEMO DATA — made-up dossiers, slips without value"))
    banner.setToolTip(
        QCoreApplication.translate(
            "demo",
            "DEMO DATA — the dossiers, people and accounts of this desk are made up, and every slip it prints is "
            "marked as having no value. An administrator removes them in one step: System → Remove the demo data.",
        )
    )
    banner.setStyleSheet("background: #b00020; color: white; font-weight: bold; padding: 4px;")
    banner.setAccessibleName(QCoreApplication.translate("demo", "Demo data notice"))
    bar = QToolBar(window)
    bar.setObjectName("demo_banner")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)
    bar.addWidget(banner)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return banner


def confirm_removal(parent: QWidget) -> bool:
    """Ask before the demo data goes: it cannot be undone, and Counter then closes to start afresh."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("demo", "Remove the demo data"),
        QCoreApplication.translate(
            "demo",
            "Remove every demo dossier, account, printed slip and backup of this desk? This cannot be undone. "
            "Counter then closes; at the next start it asks how to set the desk up for real.",
        ),
    )
    return answer == QMessageBox.StandardButton.Yes
