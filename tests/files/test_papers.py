"""Papers digitised at the counter: each paper one PDF named by its hash under the data folder, attached to its dossier
by an event for the province; bad files and a full disk refused with a message, nothing half-written, the dossier
untouched; a desk killed while storing keeps every file whole or absent."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from counter_app.scanning.imports import pages_from_file, pages_from_folder
from counter_app.scanning.pages import page_of
from counter_app.services import attachments, processing, reception
from counter_app.services.attachments import Paper
from counter_app.store import files
from counter_app.store.files import FileFolder, StorageFull
from counter_core.domain.attachments import Role
from counter_core.domain.intake import Intake, Person, SubmittedDocument
from counter_core.domain.status import Status
from counter_core.foundation.errors import InvalidInput, NotAllowed
from tests.helpers.scanners import page_png, scanned_page

ROOT = Path(__file__).resolve().parents[2]
OWNER = Person(full_name="Nguyễn Văn An", id_number="001090000001", phone="0912345678", address="Thôn Đông")
PROCEDURE = "1.001193"  # khai sinh: Tờ khai, Giấy chứng sinh


def _intake(desk) -> Intake:
    from counter_app.store.catalog import procedure_in_force

    _, proc = procedure_in_force(desk.store, desk.clock().date(), PROCEDURE)
    return Intake(PROCEDURE, OWNER, tuple(SubmittedDocument(d.name, 1, 0, 0) for d in proc.documents if d.required))


def _papers(desk, *counts: int) -> list[Paper]:
    from counter_app.store.catalog import procedure_in_force

    _, proc = procedure_in_force(desk.store, desk.clock().date(), PROCEDURE)
    return [
        Paper(doc.name, tuple(page_of(scanned_page(seed, lines_every=40), 200) for seed in range(n)))
        for doc, n in zip(proc.documents, counts, strict=False)
    ]


def test_papers_scanned_while_receiving_are_stored_as_one_pdf_each_and_attached(desk, clerk):
    papers = _papers(desk, 2, 1)
    papers[0] = Paper(papers[0].document, (papers[0].pages[0], papers[0].pages[1].turned(90)))
    stored = attachments.store(desk, papers)
    receipt = reception.receive(desk, _intake(desk), clerk, stored)
    held = attachments.attachments(desk, receipt.code)
    assert [(a.file.document, a.file.pages, a.held, a.sent) for a in held] == [
        (papers[0].document, 2, True, False),
        (papers[1].document, 1, True, False),
    ]
    path = attachments.file_path(desk, held[0].file.sha256)
    assert path == desk.store.path.parent / "files" / held[0].file.sha256[:2] / f"{held[0].file.sha256}.pdf"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == held[0].file.sha256
    pdf = pdfium.PdfDocument(path)
    assert [pdf[i].get_rotation() for i in range(len(pdf))] == [0, 90]  # the second page as the clerk turned it
    assert round(pdf[0].get_width() / 72 * 25.4) == 210  # A4 at 200 dpi
    pdf.close()
    kinds = [r["kind"] for r in desk.store.all("SELECT e.kind FROM outbox o JOIN dossier_event e ON e.id = o.event_id")]
    assert kinds == ["receive", "attach_file", "attach_file"]  # the files follow the dossier's record


def test_the_receipt_and_the_control_slip_list_the_papers_held_as_files(desk, clerk):
    from counter_app.services import printouts

    papers = _papers(desk, 1)
    receipt = reception.receive(desk, _intake(desk), clerk, attachments.store(desk, papers))
    printed = {}
    for kind in ("receipt", "control"):
        pdf = pdfium.PdfDocument(printouts.print_to_file(desk, receipt.code, kind, clerk))
        printed[kind] = [" ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf))]
        pdf.close()
    assert len(printed["receipt"]) == 2  # each copy still on its page
    for copy in printed["receipt"]:  # the paper marked in the list of papers handed in
        assert f"{papers[0].document} (đã số hóa)" in copy
        assert copy.count("(đã số hóa)") == 1
    assert f"Giấy tờ đã số hóa (lưu thành tệp): {papers[0].document}" in " ".join(printed["control"])


def test_a_paper_scanned_later_replaces_the_earlier_file_and_results_wait_for_the_result(desk, clerk):
    receipt = reception.receive(desk, _intake(desk), clerk, attachments.store(desk, _papers(desk, 1)))
    again = _papers(desk, 2)
    attachments.attach(desk, receipt.code, clerk, again)
    held = attachments.attachments(desk, receipt.code)
    assert [(a.file.document, a.file.pages) for a in held] == [(again[0].document, 2)]
    result = Paper("Giấy khai sinh (bản chính)", again[0].pages[:1], Role.RESULT)
    with pytest.raises(NotAllowed, match="khi đã có kết quả"):
        attachments.attach(desk, receipt.code, clerk, [result])
    processing.transition(desk, receipt.code, Status.PROCESSING, clerk)
    processing.transition(desk, receipt.code, Status.RESULT_READY, clerk)
    attachments.attach(desk, receipt.code, clerk, [result])
    assert [a.file.role for a in attachments.attachments(desk, receipt.code)] == [Role.PAPER, Role.RESULT]


def test_the_same_content_is_one_file(desk, clerk):
    papers = _papers(desk, 1)
    first = reception.receive(desk, _intake(desk), clerk, attachments.store(desk, papers))
    time.sleep(1.1)  # the same pages saved again a second later (a PDF's date would make it another file)
    second = reception.receive(desk, _intake(desk), clerk, attachments.store(desk, papers))
    assert attachments.attachments(desk, first.code)[0].file == attachments.attachments(desk, second.code)[0].file
    assert desk.store.one("SELECT count(*) AS n FROM file")["n"] == 1
    assert len(list((desk.store.path.parent / "files").glob("*/*.pdf"))) == 1


def test_a_full_disk_stores_nothing_and_leaves_the_dossier_untouched(desk, clerk, tmp_path):
    receipt = reception.receive(desk, _intake(desk), clerk)
    folder = desk.store.path.parent / "files"
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)], capture_output=True).returncode:
        pytest.skip("cannot mount a small tmpfs here (not root, or no mount): the full disk is not simulated")
    try:
        events = desk.store.one("SELECT count(*) AS n FROM dossier_event")["n"]
        with pytest.raises(StorageFull) as raised:
            attachments.attach(desk, receipt.code, clerk, _papers(desk, 2))
        assert "Ổ đĩa của máy đã đầy" in raised.value.message
        assert desk.store.one("SELECT count(*) AS n FROM dossier_event")["n"] == events
        assert attachments.attachments(desk, receipt.code) == []
        assert list(folder.rglob("*")) == [] or all(p.is_dir() for p in folder.rglob("*"))  # no half file
    finally:
        subprocess.run(["umount", str(folder)], check=True)


STORE_FOREVER = """
import random, sys
from counter_app.store import open_store
from counter_app.store.desk import Desk
from counter_app.store.files import FileFolder
from counter_app.services import accounts, attachments
from counter_app.services.attachments import Paper
from counter_app.scanning.pages import Page
store = open_store(sys.argv[1]); desk = Desk(store); clerk = accounts.authenticate(store, "lan", "matkhau1")
code = sys.argv[2]
rnd = random.Random(int(sys.argv[3]))
jpeg = open(sys.argv[4], "rb").read()
while True:
    pages = tuple(Page(jpeg + rnd.randbytes(200_000), 100, 100) for _ in range(rnd.randint(1, 8)))
    attachments.attach(desk, code, clerk, [Paper("Tờ khai", pages)])
    print("stored", flush=True)
"""


@pytest.mark.slow
def test_a_desk_killed_while_storing_keeps_every_file_whole_or_absent(desk, clerk, tmp_path):
    receipt = reception.receive(desk, _intake(desk), clerk)
    jpeg = tmp_path / "page.jpg"
    jpeg.write_bytes(page_of(scanned_page(1, lines_every=40), 200).jpeg)
    data = desk.store.path.parent
    for round_ in range(4):
        child = subprocess.Popen(
            [sys.executable, "-c", STORE_FOREVER, str(data), receipt.code, str(round_), str(jpeg)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
        )
        child.stdout.readline()  # it has stored one paper: kill it somewhere in the next ones
        time.sleep(random.Random(round_).uniform(0.01, 0.4))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    folder = FileFolder.of(desk.store)
    on_disk = list(folder.root.glob("*/*.pdf"))
    assert on_disk
    for path in on_disk:  # every file in place is whole: its content has its name
        assert hashlib.sha256(path.read_bytes()).hexdigest() == path.stem
    for row in desk.store.all("SELECT sha256, size FROM file"):  # every row names a whole file
        assert folder.has(row["sha256"], row["size"])
    attached = attachments.attachments(desk, receipt.code)
    assert attached and folder.has(attached[0].file.sha256, attached[0].file.size)


# -- importing files -----------------------------------------------------------------------------------------------
def test_images_and_pdfs_of_a_folder_are_imported_page_by_page(tmp_path):
    (tmp_path / "a-to-khai.png").write_bytes(page_png(1))
    frames = [scanned_page(s, lines_every=40) for s in (2, 3)]
    at_300 = [f.resize((f.width * 3 // 2, f.height * 3 // 2)) for f in frames]  # scanned at 300 dpi: scaled to 200
    at_300[0].save(tmp_path / "b-giay-chung-sinh.tif", save_all=True, append_images=at_300[1:], dpi=(300, 300))
    frames[0].save(tmp_path / "c-scan.pdf", save_all=True, append_images=frames[1:], resolution=200)
    (tmp_path / "notes.txt").write_text("không phải giấy tờ")
    imported = pages_from_folder(tmp_path)
    assert [(p.name, len(pages)) for p, pages in imported] == [
        ("a-to-khai.png", 1),
        ("b-giay-chung-sinh.tif", 2),
        ("c-scan.pdf", 2),
    ]
    assert {(pages[0].width, pages[0].height) for _, pages in imported} == {(1654, 2339), (1655, 2339)}


def _pdf_with_stream(content: bytes) -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("ghi-chu.pdf", b"%PDF-1.7\nnot really", "bị hỏng"),
        ("anh.jpg", b"\xff\xd8\xff\xe0 then nothing an image needs", "tệp ảnh bị hỏng"),
        ("to-khai.docx", b"PK\x03\x04 a word document", "không phải tệp ảnh hay PDF"),
        ("rong.png", b"", "tệp rỗng"),
    ],
)
def test_unreadable_files_are_refused_with_a_message(tmp_path, name, content, says):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=says) as raised:
        pages_from_file(path)
    assert name in raised.value.message


def test_a_500_mb_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "video.pdf"
    with path.open("wb") as file:
        file.truncate(500 * 1024 * 1024)  # sparse: nothing written, 500 MB long
    started = time.perf_counter()
    with pytest.raises(InvalidInput, match=r"tệp lớn quá \(500 MB; tối đa 50 MB"):
        pages_from_file(path)
    assert time.perf_counter() - started < 1


def test_a_pdf_bomb_and_a_giant_image_are_refused(tmp_path):
    bomb = tmp_path / "bom.pdf"
    bomb.write_bytes(_pdf_with_stream(zlib.compress(b" " * (160 * 1024 * 1024), 9)))  # 160 KB → 160 MB
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(InvalidInput, match="giải nén ra quá lớn"):
        pages_from_file(bomb)
    giant = tmp_path / "anh-lon.png"  # a PNG announcing 30 000 × 30 000 pixels in a few bytes

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 30_000, 30_000, 8, 0, 0, 0, 0)
    giant.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 100)) + chunk(b"IEND", b"")
    )
    with pytest.raises(InvalidInput, match="quá lớn"):
        pages_from_file(giant)


def test_rows_are_written_only_for_whole_files(desk, clerk):
    receipt = reception.receive(desk, _intake(desk), clerk)
    stored = attachments.store(desk, _papers(desk, 1))
    FileFolder.of(desk.store).path(stored[0].sha256).unlink()  # gone between storing and attaching
    with pytest.raises(NotAllowed, match="không còn trong thư mục dữ liệu"), desk.store.write():
        row = desk.store.one("SELECT id FROM dossier WHERE code = ?", (receipt.code,))
        attachments.record(desk, row["id"], receipt.code, stored, clerk, "2026-11-23T09:00:00+07:00")
    assert files.get(desk.store, stored[0].sha256) is None


def test_the_digitisation_rate_per_procedure_and_clerk_in_the_report(desk, clerk, admin):
    from datetime import date

    from counter_app.reports import digitisation
    from counter_app.reports.period import Period
    from counter_app.services import dashboard, printouts

    with_papers = [
        reception.receive(desk, _intake(desk), clerk, attachments.store(desk, _papers(desk, 1))) for _ in "ab"
    ]
    without = reception.receive(desk, _intake(desk), clerk)  # a dossier without any paper held as a file
    code = with_papers[0].code
    processing.transition(desk, code, Status.PROCESSING, clerk)
    processing.transition(desk, code, Status.RESULT_READY, clerk)
    attachments.attach(desk, code, clerk, [Paper("Giấy khai sinh", _papers(desk, 1)[0].pages, Role.RESULT)])
    processing.transition(desk, code, Status.RETURNED, clerk, "Nguyễn Văn An (001090000001)")
    day = desk.clock().date()
    found = digitisation.figures(desk, Period(day, day))
    assert (found.total.received, found.total.received_digitised, found.total.rate) == (3, 2, 66.67)
    assert (found.total.returned, found.total.returned_digitised, found.total.result_rate) == (1, 1, 100.0)
    assert [(c.name, c.rate) for c in found.clerks] == [("Nguyễn Thị Lan", 66.67)]
    board = dashboard.snapshot(desk)  # the supervisor's dashboard of the day, per clerk and per procedure too
    assert (board.figures["received"], board.figures["received_digitised"]) == (3, 2)
    assert (board.figures["returned"], board.figures["returned_digitised"]) == (1, 1)
    assert [line.counts["received_digitised"] for line in board.procedures] == [2]
    pdf = pdfium.PdfDocument(
        printouts.report_to_file(desk, "digitisation", Period(day, date(day.year, 12, 31)), "pdf", admin)
    )
    text = " ".join(pdf[0].get_textpage().get_text_range().split())
    pdf.close()
    assert "SỐ HÓA HỒ SƠ" in text and "66,67" in text
    from counter_app.reports import register  # the register's optional column says what each dossier holds

    book = register.report(desk, Period(day, day), ("code", "files")).tables[0]
    assert book.rows == ((code, "1 giấy tờ, 1 kết quả"), (with_papers[1].code, "1 giấy tờ"), (without.code, "Chưa"))


def test_the_words_of_a_paper_are_read_and_found_from_the_search_box(desk, clerk):
    from counter_app.scanning import ocr
    from counter_app.services import lookup

    if ocr.unavailable():
        pytest.skip(f"{ocr.unavailable()} (.ci/run installs tesseract-ocr-vie)")
    receipt = reception.receive(desk, _intake(desk), clerk, attachments.store(desk, _papers(desk, 1)))
    assert lookup.papers_matching(desk, "dang ky khai sinh") == []  # not read yet
    assert attachments.read_words(desk) == 1
    assert attachments.read_words(desk) == 0  # each file is read once
    [hit] = lookup.papers_matching(desk, "to khai dang ky khai")  # accents optional, as the search box
    assert (hit.code, hit.document, hit.role) == (receipt.code, _papers(desk, 1)[0].document, Role.PAPER)
    assert lookup.papers_matching(desk, "giay phep xay dung") == []
