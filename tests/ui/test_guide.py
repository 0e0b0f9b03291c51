"""The user guide: its screenshots are made here from the real windows on a demo desk (1366×768, in Vietnamese and in
English), every page's links and images resolve, F1 opens the page of the window in use in the window's language,
and the whole guide prints as one A4 PDF with its Vietnamese intact.

The shipped screenshots (counter_app/resources/guide/<language>/img/) are made by this file:

    COUNTER_REGENERATE_GUIDE=1 .venv/bin/python -m pytest tests/ui/test_guide.py -k screenshots

Without that variable the test makes them in a temporary folder and checks that the pages show exactly those images.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from counter_app.services import accounts, lookup
from counter_app.services.demo import fill_demo
from counter_app.store import open_store
from counter_app.store.desk import Desk
from counter_app.ui import guide, guide_pdf
from counter_app.ui.app import use_shipped_font
from counter_app.ui.first_run_dialog import FirstRunDialog
from counter_app.ui.help_window import HelpWindow
from counter_app.ui.main_window import MainWindow
from counter_app.ui.postal_window import PostalWindow
from counter_app.ui.setup_dialog import SetupDialog
from counter_core.domain.postal_batch import Flow
from counter_core.domain.status import Status
from counter_core.foundation.clock import VN_TZ
from tests.helpers.postal import items, ready_by_post
from tests.helpers.waiting import settle

LANGUAGES = ("vi", "en")
WIDTH, HEIGHT = 1366, 768  # the most common screen of a commune PC
SHOT_WIDTH = 1000  # the guide shows a window scaled to this width: small files, still readable when printed
AT = datetime(2026, 11, 20, 9, 40, tzinfo=VN_TZ)  # a Friday morning: the demo desk looks the same at every run
HREF = re.compile(r'<a\s[^>]*href="([^"]+)"')


def referenced(lang: str) -> set[str]:
    """The image files the pages of ``lang`` show."""
    return {
        Path(src).name
        for page in guide.PAGES
        for src in guide.IMAGE.findall(guide.page_path(page, lang).read_text("utf-8"))
    }


# -- the pages -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_is_listed_and_every_link_and_image_resolves(lang):
    folder = guide.GUIDE_DIR / lang
    assert {p.stem for p in folder.glob("*.html")} == set(guide.PAGES)
    index = guide.page_path(guide.INDEX, lang).read_text("utf-8")
    assert {href.removesuffix(".html") for href in HREF.findall(index)} == set(guide.PAGES) - {guide.INDEX}
    for page in guide.PAGES:
        html = guide.page_path(page, lang).read_text("utf-8")
        assert f'<html lang="{lang}">' in html
        for href in HREF.findall(html):
            assert (folder / href).is_file(), f"{lang}/{page}.html links to {href}, which is missing"
        for src in guide.IMAGE.findall(html):
            assert (folder / src).is_file(), f"{lang}/{page}.html shows {src}, which is missing"


def test_the_vietnamese_guide_is_written_with_its_diacritics():
    titles = {page: guide.title_of(page, "vi") for page in guide.PAGES}
    assert titles["tiep-nhan"] == "Tiếp nhận một hồ sơ"
    assert titles["in-lai-giay-hen"] == "In lại giấy hẹn"
    assert titles["sao-luu"] == "Sao lưu và khôi phục"
    assert titles["may-chu-tinh"] == "Kết nối với máy chủ tỉnh"
    for page in guide.PAGES:
        text = guide.page_path(page, "vi").read_text("utf-8")
        assert text == unicodedata.normalize("NFC", text), f"vi/{page}.html is not NFC"


# -- the screenshots -----------------------------------------------------------------------------------------------
@pytest.fixture
def demo(store):
    """A demo desk at a fixed moment: its accounts, sixty dossiers of the last weeks, results waiting for the post."""
    fill_demo(store, 60, days=20, now=AT)
    desk = Desk(store, lambda: AT)
    clerk = accounts.get_user(store, "lan")
    return desk, [ready_by_post(desk, clerk) for _ in range(2)]


@pytest.fixture
def shipped_font(qapp):
    """The window's font as the application sets it (Be Vietnam Pro), for the screenshots; the tests' own after."""
    before = qapp.font()
    use_shipped_font(qapp)
    yield
    qapp.setFont(before)


def shoot(widget: QWidget, folder: Path, name: str, made: set[str]) -> None:
    QApplication.processEvents()  # what was just read is laid out (the status bar's text included)
    image = widget.grab().toImage()
    if image.width() > SHOT_WIDTH:
        image = image.scaledToWidth(SHOT_WIDTH, Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    assert image.save(str(folder / f"{name}.png"), "PNG", 0)
    made.add(f"{name}.png")


def opened(qtbot, window, tasks) -> None:
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    settle(qtbot, tasks)


def clerk_shots(qtbot, tasks, folder: Path, made: set[str]) -> None:
    desk = tasks.desk
    window = MainWindow(tasks, accounts.get_user(desk.store, "lan"))
    opened(qtbot, window, tasks)
    window.intake.search.setText("khai sinh")
    qtbot.waitUntil(lambda: window.intake.procedure is not None)
    for field, text in (
        ("full_name", "Trần Thị Mai"),
        ("id_number", "038187012345"),
        ("birth_date", "12/05/1987"),
        ("address", "Thôn Đông Hòa, xã Quảng Phú"),
        ("phone", "0912345678"),
    ):
        window.intake.owner.edits[field].setText(text)
    settle(qtbot, tasks)
    shoot(window, folder, "tiep-nhan", made)

    window.find()
    qtbot.waitUntil(lambda: window.dossiers.model.rowCount() > 0)
    window.dossiers.table.selectRow(0)
    qtbot.waitUntil(lambda: window.dossiers.current is not None)
    shoot(window, folder, "ho-so", made)

    window.print_slip(window.dossiers.current.code, "receipt")
    qtbot.waitUntil(lambda: getattr(window, "preview", None) is not None, timeout=20_000)
    window.preview.resize(900, 760)
    settle(qtbot, tasks)
    qtbot.wait(200)  # the preview draws its pages
    shoot(window.preview, folder, "giay-hen", made)
    window.preview.close()
    window.statusBar().clearMessage()  # "Slip saved as …" goes after 5 s

    ready = next(d.code for d in lookup.find(desk, limit=500) if d.status is Status.RESULT_READY)
    window.tabs.setCurrentWidget(window.returns)
    window.returns.load(ready)
    qtbot.waitUntil(window.returns.hand_over.isEnabled)
    shoot(window, folder, "tra-ket-qua", made)
    window.close()


def supervisor_shots(qtbot, tasks, folder: Path, made: set[str]) -> None:
    window = MainWindow(tasks, accounts.get_user(tasks.desk.store, "truongbp"))
    with qtbot.waitSignal(window.dashboard.refreshed, timeout=20_000):
        opened(qtbot, window, tasks)
    shoot(window, folder, "tong-quan", made)
    window.show_reports()
    settle(qtbot, tasks)
    shoot(window.reports_dialog, folder, "bao-cao", made)
    window.reports_dialog.close()
    window.show_backups()
    window.backup_dialog.back_up_now()  # the copy is made on a worker, then listed
    qtbot.waitUntil(lambda: window.backup_dialog.table.rowCount() > 0, timeout=20_000)
    shoot(window.backup_dialog, folder, "sao-luu", made)
    window.backup_dialog.close()
    window.show_sync()
    settle(qtbot, tasks)
    shoot(window.sync_dialog, folder, "dong-bo", made)
    window.sync_dialog.close()
    window.close()


def postal_shots(qtbot, tasks, by_post: list[str], folder: Path, made: set[str]) -> None:
    """A batch of results handed to the post: two envelopes, and a dossier scanned twice (refused, in red)."""
    window = PostalWindow(tasks, accounts.get_user(tasks.desk.store, "buudien"))
    opened(qtbot, window, tasks)
    window.postal.open_batch(Flow.RESULTS)
    qtbot.waitUntil(window.postal.field.isEnabled)
    envelopes = items(2, start=41_000)
    codes = [by_post[0], envelopes[0], by_post[1], envelopes[1], by_post[1]]
    for code in codes:
        window.postal.field.setText(code)
        window.postal.take_scan()
        settle(qtbot, tasks)
    qtbot.waitUntil(lambda: len(window.postal.model.lines) == len(codes))
    shoot(window, folder, "buu-chinh", made)
    window.close()


def first_run_shot(qtbot, data: Path, folder: Path, made: set[str]) -> None:
    """The first start of a new desk: the province's server and code typed in; the form for setting up by hand."""
    store = open_store(data)
    try:
        first = FirstRunDialog(store)
        qtbot.addWidget(first)
        first.show()
        first.server.setText("https://motcua.thanhhoa.gov.vn")
        first.code.setText("7KQ2-XW9D-M4TR-8HJN-2PCZ-QV6E-K3WB")
        shoot(first, folder, "cai-dat", made)
        first.close()
        dialog = SetupDialog(store)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.unit_code.setText("000.00.31.H56")
        dialog.unit_name.setText("UBND xã Quảng Phú")
        dialog.admin_name.setText("Phạm Quốc Toản")
        shoot(dialog, folder, "cai-dat-tay", made)
        dialog.close()
    finally:
        store.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_screenshots_of_the_guide_are_made_from_the_real_windows(
    request, qtbot, tasks_for, demo, shipped_font, tmp_path, lang
):
    if lang == "vi":
        request.getfixturevalue("vietnamese")
    regenerate = os.environ.get("COUNTER_REGENERATE_GUIDE") == "1"
    folder = guide.GUIDE_DIR / lang / "img" if regenerate else tmp_path / "img"
    folder.mkdir(parents=True, exist_ok=True)
    if regenerate:
        for old in folder.glob("*.png"):
            old.unlink()
    desk, by_post = demo
    tasks = tasks_for(desk)
    made: set[str] = set()
    clerk_shots(qtbot, tasks, folder, made)
    supervisor_shots(qtbot, tasks, folder, made)
    postal_shots(qtbot, tasks, by_post, folder, made)
    first_run_shot(qtbot, tmp_path / "new-desk", folder, made)
    # Every image a page shows is one this test makes, and the package ships exactly those.
    assert made == referenced(lang)
    assert {p.name for p in (guide.GUIDE_DIR / lang / "img").glob("*.png")} == made
    for name in made:
        image = QImage(str(folder / name))
        assert 300 < image.width() <= SHOT_WIDTH
        assert (folder / name).stat().st_size < 200_000


# -- F1 ------------------------------------------------------------------------------------------------------------
def press_f1(qtbot, widget: QWidget) -> HelpWindow:
    """F1 typed where the clerk is, as the keyboard sends it; the help window it opened."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_F1)
    helps = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpWindow) and w.isVisible()]
    assert len(helps) == 1
    return helps[0]


def test_f1_in_the_reception_tab_opens_the_reception_page_in_vietnamese(qtbot, vietnamese, window):
    window.activateWindow()
    help_window = press_f1(qtbot, window.intake.search)
    assert help_window.page() == "tiep-nhan"
    assert help_window.browser.source().toLocalFile().endswith("/vi/tiep-nhan.html")
    assert help_window.browser.documentTitle() == "Tiếp nhận một hồ sơ"
    assert help_window.contents.currentItem().text() == "Tiếp nhận một hồ sơ"


def test_f1_follows_the_tab_in_use(qtbot, window):
    window.find()
    assert press_f1(qtbot, window.dossiers.search).page() == "ho-so"
    window.tabs.setCurrentWidget(window.returns)
    window.activateWindow()
    assert press_f1(qtbot, window.returns.code).page() == "tra-ket-qua"


def test_f1_in_an_english_window_opens_the_english_page(qtbot, window):
    help_window = press_f1(qtbot, window.intake.search)
    assert help_window.browser.source().toLocalFile().endswith("/en/tiep-nhan.html")
    assert help_window.browser.documentTitle() == "Receiving a dossier"


def test_f1_in_the_postal_window_opens_the_postal_page(qtbot, vietnamese, tasks, admin):
    from counter_app.services import accounts as account_service

    postal = account_service.add_user(tasks.desk.store, "ha", "Lê Thị Thu Hà", "postal", "matkhau1", admin)
    window = PostalWindow(tasks, postal)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    settle(qtbot, tasks)
    help_window = press_f1(qtbot, window.postal.field)
    assert help_window.page() == "buu-chinh"
    assert help_window.browser.documentTitle() == "Nhận hồ sơ và trả kết quả qua bưu điện"


def test_f1_in_a_dialog_opens_its_page_and_the_help_menu_is_there(qtbot, vietnamese, window):
    with qtbot.waitActive(window):
        window.activateWindow()
    window.show_sync()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.sync_dialog)
    assert press_f1(qtbot, window.sync_dialog).page() == "may-chu-tinh"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[-1] == "Trợ giúp"
    entries = [a.text() for a in window.menuBar().actions()[-1].menu().actions()]
    assert entries == ["Hướng dẫn sử dụng", "Xuất hướng dẫn ra PDF…"]


def test_the_help_window_goes_back_forward_and_home(qtbot, window):
    help_window = press_f1(qtbot, window.intake.search)
    help_window.browser.setSource(help_window.browser.source().resolved("in-lai-giay-hen.html"))
    assert help_window.page() == "in-lai-giay-hen"
    assert help_window.contents.currentRow() == guide.PAGES.index("in-lai-giay-hen")
    help_window.browser.backward()
    assert help_window.page() == "tiep-nhan"
    help_window.browser.forward()
    assert help_window.page() == "in-lai-giay-hen"
    help_window.contents.setCurrentRow(0)
    assert help_window.page() == guide.INDEX


# -- PDF -----------------------------------------------------------------------------------------------------------
def test_the_whole_guide_prints_as_one_a4_pdf_with_its_vietnamese_intact(qapp, tmp_path):
    path = guide_pdf.export("vi", tmp_path / "huong-dan.pdf")
    pdf = pypdfium2.PdfDocument(str(path))
    texts = [page.get_textpage().get_text_range() for page in pdf]
    assert len(texts) >= len(guide.PAGES)  # each page of the guide starts a sheet
    width, height = pdf[0].get_size()
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    starts = []
    for page in guide.PAGES:
        title = guide.title_of(page, "vi")
        found = [n for n, text in enumerate(texts) if title in text.replace("\r\n", " ").replace("\n", " ")]
        assert found, f"{title!r} is not in the PDF"
        starts.append(found[0])
    assert starts == sorted(starts)  # in the guide's order
    assert "Nhấn Ctrl+S" in " ".join(texts)
    written = path.read_bytes()
    assert b"BeVietnamPro" in written  # the shipped font is embedded: it prints on any computer
    assert b"/Dest" in written and b".html" not in written  # a link to a page goes to that page in the PDF


def test_the_command_line_writes_the_guide_as_a_pdf_without_a_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    path = tmp_path / "guide.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "counter_app", "--language", "en", "guide", "--pdf", str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(path)
    text = " ".join(page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(str(path)))
    assert "Receiving a dossier" in text and "Connecting to the provincial server" in text


def test_f1_on_the_supervisors_overview_and_in_the_backup_dialog(qtbot, tasks, admin):
    boss = accounts.add_user(tasks.desk.store, "hung", "Phạm Văn Hùng", "supervisor", "matkhau1", admin)
    window = MainWindow(tasks, boss)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    settle(qtbot, tasks)
    assert press_f1(qtbot, window.dashboard).page() == "bao-cao"
    with qtbot.waitActive(window):
        window.activateWindow()
    window.show_backups()  # a modal dialog: F1 is its own
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.backup_dialog)
    help_window = press_f1(qtbot, window.backup_dialog.table)
    assert help_window.page() == "sao-luu"
    assert len(window.findChildren(HelpWindow)) == 1  # one help window per desk window, shown again


def test_the_help_menu_exports_the_guide_in_the_windows_language(qtbot, vietnamese, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    asked, said = [], []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (asked.append(args[2]), (str(tmp_path / "in"), "PDF"))[1]
    )
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    (export,) = [a for a in window.menuBar().actions()[-1].menu().actions() if a.text() == "Xuất hướng dẫn ra PDF…"]
    export.trigger()
    assert asked == ["huong-dan-su-dung-counter.pdf"]
    assert said == [f"Đã lưu hướng dẫn tại {tmp_path / 'in.pdf'}."]
    text = " ".join(p.get_textpage().get_text_range() for p in pypdfium2.PdfDocument(str(tmp_path / "in.pdf")))
    assert "Trả kết quả" in text and "Receiving a dossier" not in text


def test_escape_closes_the_help_window(qtbot, window):
    help_window = press_f1(qtbot, window.intake.search)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is help_window)
    qtbot.keyClick(help_window.browser, Qt.Key.Key_Escape)
    assert not help_window.isVisible()
