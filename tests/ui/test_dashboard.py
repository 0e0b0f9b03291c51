"""The supervisor's Tổng quan tab on the seeded day of tests/store/test_dashboard.py (read at Wed 25/11/2026
10:00): the tiles, the charts' series, click-through from tiles, bars, points and table cells, opening a
dossier from a list, and the refresh on its own."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from counter_app.services import accounts, reception
from counter_app.sync import engine
from counter_app.ui.dashboard_tab import DashboardTab
from counter_app.ui.main_window import MainWindow
from counter_core.domain.intake import Channel
from tests.store.test_dashboard import day, intake  # noqa: F401  (the seeded day, a fixture)


@pytest.fixture
def tab(qtbot, tasks, day):  # noqa: F811
    widget = DashboardTab(tasks)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitUntil(lambda: widget.board is not None)
    return widget


@pytest.fixture
def hung(desk, day):  # noqa: F811
    return accounts.get_user(desk.store, "hung")


def listed(qtbot, tab, click) -> list[str]:
    """The codes of the list that ``click()`` opens, once read on its worker."""
    before = getattr(tab, "dialog", None)
    click()
    qtbot.waitUntil(lambda: getattr(tab, "dialog", None) not in (None, before) and tab.dialog.listing is not None)
    return [row.code for row in tab.dialog.model.rows]


def click(qtbot, widget, pos: QPoint | None = None):
    return lambda: qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())


def test_the_tiles_show_the_figures(tab):
    shown = {figure: tile.number.text() for figure, tile in tab.tiles.items()}
    assert shown == {
        "received": "4",
        "received_direct": "2",
        "received_online": "1",
        "received_postal": "1",
        "returned": "1",
        "due_today": "2",
        "due_within_24h": "3",
        "overdue": "2",
        "waiting_supplement": "1",
        "waiting_post": "1",
        "received_digitised": "0 (0,00%)",  # of the 4 received, none with papers held as files
        "returned_digitised": "0 (0,00%)",
    }
    assert "25/11/2026" in tab.heading.text() and "10:00:00" in tab.heading.text()
    assert "Waiting to be sent: 25" in tab.sync_text.text()


def test_a_click_on_a_tile_lists_its_dossiers(qtbot, tab, day):  # noqa: F811
    assert listed(qtbot, tab, click(qtbot, tab.tiles["overdue"])) == [
        day["overdue_since_thursday"],
        day["overdue_this_morning"],
    ]
    assert tab.dialog.count.text() == "2 dossiers"
    assert listed(qtbot, tab, click(qtbot, tab.tiles["received_postal"])) == [day["postal_today"]]


def test_the_charts_carry_the_figures(tab, clerk, hung):
    bars = tab.receptions
    # Both clerks received 2 and have 1 overdue: by name, Lan before Hùng.
    assert bars.clerks == [clerk.id, hung.id]
    assert [bars.categories.at(n) for n in range(bars.categories.count())] == ["Nguyễn Thị Lan", "Trần Văn Hùng"]
    values = {channel: [s.at(n) for n in range(s.count())] for channel, s in bars.sets.items()}
    assert values == {Channel.DIRECT: [1, 1], Channel.ONLINE: [1, 0], Channel.POSTAL: [0, 1]}
    received = [p.y() for p in tab.trend.lines["received"].points()]
    returned = [p.y() for p in tab.trend.lines["returned"].points()]
    assert len(received) == len(returned) == 30
    # The last six days: Fri 20 … Wed 25 (Sat, Sun and Tuesday's holiday empty).
    assert received[-6:] == [2, 0, 0, 5, 0, 4] and received[-7] == 1 and sum(received) == 12
    assert returned[-6:] == [0, 0, 0, 1, 0, 1] and sum(returned) == 2


def click_chart(qtbot, view, point: QPointF, series):
    """A real mouse click on the chart at a value of ``series``."""
    return click(qtbot, view.viewport(), view.mapFromScene(view.chart().mapToPosition(point, series)))


def test_a_click_on_a_bar_or_a_point_lists_its_dossiers(qtbot, tab, day):  # noqa: F811
    bars = tab.receptions
    # Hùng's bar, its upper (postal) segment.
    assert listed(qtbot, tab, click_chart(qtbot, bars, QPointF(1, 1.5), bars.series)) == [day["postal_today"]]
    assert tab.dialog.windowTitle() == "By post — Trần Văn Hùng"
    line = tab.trend.lines["received"]
    monday = listed(qtbot, tab, click_chart(qtbot, tab.trend, line.at(27), line))  # Mon 23/11: five received
    assert monday == [day[n] for n in ("returned_monday", "due_tomorrow", "due_friday", "returned_today", "by_post")]
    assert tab.dialog.windowTitle() == "Received on 23/11/2026"


def test_a_click_on_a_table_cell_lists_that_clerks_or_procedures_dossiers(qtbot, tab, day):  # noqa: F811
    table = tab.clerks
    hung_row = [table.item(r, 0).text() for r in range(table.rowCount())].index("Trần Văn Hùng")
    overdue = 1 + list(tab.columns).index("overdue")
    cell = table.visualRect(table.model().index(hung_row, overdue)).center()
    assert listed(qtbot, tab, click(qtbot, table.viewport(), cell)) == [day["overdue_this_morning"]]
    procedures = tab.procedures
    row = [procedures.item(r, 0).text() for r in range(procedures.rowCount())].index("Thủ tục đăng ký khai sinh")
    waiting_post = 1 + list(tab.columns).index("waiting_post")
    cell = procedures.visualRect(procedures.model().index(row, waiting_post)).center()
    assert listed(qtbot, tab, click(qtbot, procedures.viewport(), cell)) == [day["by_post"]]


def test_the_dashboard_refreshes_on_its_own(qtbot, tab, desk, clerk, clock):
    clock.set("2026-11-25T10:05")
    code = reception.receive(desk, intake(desk, "1.001193"), clerk).code
    tab.timer.setInterval(50)
    qtbot.waitUntil(lambda: tab.tiles["received"].number.text() == "5", timeout=5000)
    assert tab.tiles["due_today"].number.text() == "3" and "10:05:00" in tab.heading.text()
    assert listed(qtbot, tab, click(qtbot, tab.tiles["received_direct"]))[-1] == code


@pytest.fixture
def supervisor_window(qtbot, desk, tasks, day, admin):  # noqa: F811
    boss = accounts.add_user(desk.store, "truongbp", "Đặng Minh Đức", "supervisor", "matkhau1", admin)
    window = MainWindow(tasks, boss)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.dashboard.board is not None)
    return window


def test_supervisors_open_on_the_overview_and_a_double_click_opens_a_dossier(qtbot, supervisor_window, day):  # noqa: F811
    window = supervisor_window
    assert window.tabs.tabText(0) == "Overview" and window.tabs.currentWidget() is window.dashboard
    listing = listed(qtbot, window.dashboard, click(qtbot, window.dashboard.tiles["waiting_supplement"]))
    assert listing == [day["supplement"]]
    table = window.dashboard.dialog.table
    cell = table.visualRect(table.model().index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # a double click is a click,
    with qtbot.waitSignal(window.dossiers.shown):
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # then the second press
    assert window.tabs.currentWidget() is window.dossiers
    assert window.dossiers.current.code == day["supplement"]


def test_a_sync_refreshes_the_dashboard(qtbot, supervisor_window, desk, clerk, clock):
    dashboard = supervisor_window.dashboard
    dashboard.timer.stop()  # only the sync may refresh it here
    clock.set("2026-11-25T10:05")
    reception.receive(desk, intake(desk, "1.001193"), clerk)  # as if the feed had brought it
    with qtbot.waitSignal(dashboard.refreshed):
        supervisor_window.sync.synced.emit(engine.Report())
    assert dashboard.tiles["received"].number.text() == "5"


def test_the_sync_button_shows_the_sync_problems(qtbot, supervisor_window):
    qtbot.mouseClick(supervisor_window.dashboard.problems_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: supervisor_window.sync_dialog is not None and supervisor_window.sync_dialog.isVisible())


def test_clerks_keep_their_tabs(window):
    assert not hasattr(window, "dashboard")
    assert [window.tabs.tabText(n) for n in range(window.tabs.count())] == ["Intake", "Dossiers", "Return results"]


def test_nothing_received_yet_leaves_an_empty_bar_chart(qtbot, tasks):
    empty = DashboardTab(tasks)
    qtbot.addWidget(empty)
    qtbot.waitUntil(lambda: empty.board is not None)
    assert empty.tiles["received"].number.text() == "0" and empty.receptions.clerks == []
    assert [p.y() for p in empty.trend.lines["received"].points()] == [0] * 30
    assert empty.trend.days[-1] == date(2026, 11, 23)
