"""The clerk digitises a dossier's papers in the window: scanned through SANE's real test scanner into each paper's
place (F8 the next paper), pages turned, reordered and removed, a jam said in Vietnamese without losing a page, files
dropped on the panel; saved with the reception, listed and opened from the Dossiers tab; a result on the Return tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDropEvent

from counter_app.scanning import ocr
from counter_app.scanning.sane import SaneScanner
from counter_app.services import attachments, lookup, processing, reception
from counter_core.domain.attachments import Role
from counter_core.domain.status import Status
from tests.helpers.scanners import page_png, sane_test_backend
from tests.helpers.waiting import settle
from tests.ui.keys import choose, type_text


@pytest.fixture
def sane_scanners(tmp_path, monkeypatch):
    """The window's scanner driver is SANE with its test scanners, configured by ``settings`` (test.conf)."""

    def configure(**settings: str) -> None:
        folder = tmp_path / f"sane{len(list(tmp_path.glob('sane*')))}"
        folder.mkdir()
        for name, value in sane_test_backend(folder, **settings).items():
            monkeypatch.setenv(name, value)

    configure()
    monkeypatch.setattr("counter_app.ui.papers_panel.platform_scanner", SaneScanner)
    return configure


def _ready(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: panel.devices.count() == 2, timeout=20000)


def test_papers_scanned_while_receiving_are_saved_with_the_dossier(
    qtbot, vietnamese, sane_scanners, window, tasks, desk, tmp_path
):
    form = window.intake
    choose(form, "khai sinh", "1.001193")
    for key, text in (("full_name", "Lê Thị Hoa"), ("id_number", "001190000007"), ("phone", "0912000111")):
        type_text(form.owner.edits[key], text)
    for row, doc in enumerate(form.procedure.documents):
        form.set_document_checked(row, doc.required)
    qtbot.keyClick(form.owner.edits["phone"], Qt.Key.Key_F7)
    panel = form.scans.panel
    assert form.scans.isVisible()
    _ready(qtbot, panel)
    names = [d.name for d in form.procedure.documents]
    qtbot.keyClick(panel, Qt.Key.Key_F8)  # the first paper without pages: the test scanner's feeder, 10 sheets
    qtbot.waitUntil(lambda: not panel.scanning, timeout=30000)
    assert len(panel.pages[names[0]]) == 10 and "10 trang" in panel.message.text()
    assert "10 trang" in form.scan_button.text()
    panel.thumbnails.setCurrentRow(0)
    panel.turn_page()
    assert panel.pages[names[0]][0].rotation == 90
    panel.remove_page()
    assert len(panel.pages[names[0]]) == 9
    panel.documents.setCurrentRow(1)
    (tmp_path / "giay-chung-sinh.png").write_bytes(page_png(4))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "giay-chung-sinh.png"))])
    panel.dropEvent(
        QDropEvent(
            QPoint(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
        )
    )
    qtbot.waitUntil(lambda: len(panel.pages[names[1]]) == 1, timeout=20000)

    sane_scanners(read_status_code='"SANE_STATUS_JAMMED"')  # the next sheet jams
    panel.scanner = SaneScanner()
    panel.documents.setCurrentRow(0)
    panel.scan_current()
    qtbot.waitUntil(lambda: not panel.scanning, timeout=30000)
    assert "kẹt giấy" in panel.message.text()
    assert len(panel.pages[names[0]]) == 9  # nothing taken before was lost

    form.save()  # the files and the reception on the desk's database thread
    settle(qtbot, tasks)
    assert form.message.text() == ""
    [dossier] = lookup.search(desk, "le thi hoa")
    held = attachments.attachments(desk, dossier.code)
    assert [(a.file.document, a.file.pages) for a in held] == [(names[0], 9), (names[1], 1)]
    assert not form.scans.isVisible() and panel.papers() == []  # ready for the next citizen

    tab = window.dossiers
    if ocr.unavailable() is None:  # the words of the papers, read on a worker, are found from the search box
        window.read_papers()
        read = "SELECT count(*) AS n FROM file WHERE ocr = 'done'"  # each paper's copy with its words
        qtbot.waitUntil(lambda: desk.store.one(read)["n"] == 2 and not window.reading_papers, timeout=120_000)
        type_text(tab.search, "to khai dang ky")
        qtbot.waitUntil(lambda: dossier.code in tab.in_papers.text(), timeout=10_000)
        assert "Tìm thấy trong giấy tờ đã số hóa" in tab.in_papers.text() and names[1] in tab.in_papers.text()
        held = attachments.attachments(desk, dossier.code)  # the copies with a text layer, attached in their place
    tab.open(dossier.code)
    settle(qtbot, tasks)
    html = tab.details.toHtml()
    assert "Giấy tờ được lưu thành tệp" in html and names[0] in html and f"file:{held[0].file.sha256}" in html
    viewer = Viewer()  # stands in for the system's PDF viewer
    QDesktopServices.setUrlHandler("file", viewer, "show")
    try:
        tab.open_file(held[0].file.sha256)
        qtbot.waitUntil(lambda: bool(viewer.opened), timeout=10000)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert viewer.opened == [str(attachments.file_path(desk, held[0].file.sha256))]


class Viewer(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(url.toLocalFile())


def test_the_result_handed_back_is_digitised_on_the_return_tab(qtbot, vietnamese, sane_scanners, tasks, desk, clerk):
    from counter_app.ui.return_tab import ReturnTab
    from tests.store.test_receive import khai_sinh

    code = reception.receive(desk, khai_sinh(desk), clerk).code
    processing.transition(desk, code, Status.PROCESSING, clerk)
    processing.transition(desk, code, Status.RESULT_READY, clerk)
    tab = ReturnTab(tasks, clerk)
    qtbot.addWidget(tab)
    tab.load(code)
    settle(qtbot, tasks)
    assert tab.digitise_button.isEnabled()
    tab.digitise()
    panel = tab.dialog.panel
    _ready(qtbot, panel)
    panel.scan_current()
    qtbot.waitUntil(lambda: not panel.scanning, timeout=30000)
    tab.dialog.done_with_papers()  # attached on the desk's database thread
    settle(qtbot, tasks)
    [result] = attachments.attachments(desk, code)
    assert result.file.role is Role.RESULT and result.file.pages == 10
    assert "số hóa" in tab.message.text()
