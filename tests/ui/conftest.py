"""The clerk's main window, signed in and shown with what it first reads, for the window tests."""

import pytest

from counter_app.ui.main_window import MainWindow
from tests.helpers.waiting import settle


@pytest.fixture
def window(qtbot, tasks, clerk):
    w = MainWindow(tasks, clerk)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    settle(qtbot, tasks)
    return w
