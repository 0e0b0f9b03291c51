"""The clerk's main window, signed in and shown, for the window tests."""

import pytest

from counter_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, desk, clerk):
    w = MainWindow(desk, clerk)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    return w
