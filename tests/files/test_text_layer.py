"""OCR adds a text layer: a paper imported from an image of a Vietnamese form is read by Tesseract (Vietnamese) on a
worker, its PDF gets the words as invisible text over the same scanned images, that copy is attached in its place
and is the file that goes to the province; the search box finds the paper once."""

from __future__ import annotations

import hashlib

import pypdfium2 as pdfium
import pytest

from counter_app.scanning import ocr
from counter_app.scanning.imports import pages_from_file
from counter_app.services import attachments, lookup, reception
from counter_app.services.attachments import Paper
from counter_app.store import files
from counter_app.store.files import FileFolder
from counter_core.domain.attachments import Role
from tests.files.test_papers import _intake, _papers
from tests.helpers.scanners import page_png

pytestmark = pytest.mark.skipif(
    ocr.unavailable() is not None, reason=f"{ocr.unavailable()} (.ci/run installs tesseract-ocr-vie)"
)
DOCUMENT = "Tờ khai đăng ký khai sinh"


def _text(pdf: bytes) -> list[str]:
    """The text a PDF viewer finds on each page (the text layer: the scanned images themselves hold none)."""
    document = pdfium.PdfDocument(pdf)
    try:
        return [" ".join(document[i].get_textpage().get_text_range().split()) for i in range(len(document))]
    finally:
        document.close()


def test_reading_a_paper_lays_its_vietnamese_words_over_the_same_images_and_attaches_that_copy(desk, clerk, tmp_path):
    image = tmp_path / "to-khai.png"
    image.write_bytes(page_png(3))
    [page] = pages_from_file(image)  # imported as a clerk imports a scan
    pages = (page, page.turned(90))  # the second one as if the clerk had turned it
    [original] = attachments.store(desk, [Paper(DOCUMENT, pages)])
    receipt = reception.receive(desk, _intake(desk), clerk, [original])
    folder = FileFolder.of(desk.store)
    assert _text(folder.read(original.sha256)) == ["", ""]  # only images so far

    assert attachments.read_words(desk) == 1  # the worker's job
    [held] = attachments.attachments(desk, receipt.code)
    assert held.file.sha256 != original.sha256 and held.file.pages == 2 and held.held
    layered = folder.read(held.file.sha256)
    assert hashlib.sha256(layered).hexdigest() == held.file.sha256  # content-addressed, whole
    first, turned = _text(layered)
    for text in (first, turned):  # the words with their diacritics, on the turned page too
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "ĐĂNG KÝ KHAI SINH" in text
    assert page.jpeg in layered  # the scanned image itself, not encoded again
    assert len(layered) - original.size < 20_000  # the words weigh little beside the images
    document = pdfium.PdfDocument(layered)
    try:  # the turned page keeps its turn, and its words lie on the image (in the page's own coordinates)
        assert [document[i].get_rotation() for i in range(2)] == [0, 90]
        upright, sideways = (document[i].get_textpage() for i in range(2))
        assert sideways.get_text_range() == upright.get_text_range()
        for index in range(0, upright.count_chars(), 97):  # the same image, so the same places
            assert sideways.get_charbox(index) == pytest.approx(upright.get_charbox(index), abs=3)
    finally:
        document.close()

    [hit] = lookup.papers_matching(desk, "dang ky khai sinh")  # accents optional; found once, not per copy
    assert (hit.code, hit.document, hit.role) == (receipt.code, DOCUMENT, Role.PAPER)
    assert attachments.read_words(desk) == 0  # each file is read once (the copy was born read)
    notes = [e.note for e in lookup.show(desk, receipt.code).events if e.note]
    assert notes == [attachments.TEXT_LAYER_NOTE]


def test_only_the_copy_with_words_is_sent_and_the_same_pages_again_attach_it(desk, clerk):
    papers = _papers(desk, 1)
    [original] = attachments.store(desk, papers)
    first = reception.receive(desk, _intake(desk), clerk, [original])
    attachments.read_words(desk)
    [held] = attachments.attachments(desk, first.code)
    assert files.bytes_to_send(desk.store) == held.file.size  # the original is never sent
    assert files.count_to_send(desk.store) == 1
    second = reception.receive(desk, _intake(desk), clerk, attachments.store(desk, papers))
    [again] = attachments.attachments(desk, second.code)  # the same pages scanned for another dossier
    assert again.file == held.file
    assert attachments.read_words(desk) == 0
    hits = lookup.papers_matching(desk, "to khai")
    assert sorted(h.code for h in hits) == sorted([first.code, second.code])


def test_a_file_tesseract_cannot_read_is_marked_and_kept_as_it_is(desk, clerk, monkeypatch):
    import subprocess

    def broken(*args: object, **kwargs: object) -> None:
        raise subprocess.CalledProcessError(1, ["tesseract"])  # Tesseract stopped on this file

    monkeypatch.setattr(subprocess, "run", broken)
    [original] = attachments.store(desk, _papers(desk, 1))
    receipt = reception.receive(desk, _intake(desk), clerk, [original])
    assert attachments.read_words(desk) == 1
    assert attachments.attachments(desk, receipt.code)[0].file == original
    assert files.get(desk.store, original.sha256) is not None
    assert files.bytes_to_send(desk.store) == original.size  # sent as it is
    assert attachments.read_words(desk) == 0  # not tried again and again


def test_a_paper_another_desk_attached_gets_its_words_but_no_copy_from_this_desk(desk, clerk):
    [original] = attachments.store(desk, _papers(desk, 1))
    receipt = reception.receive(desk, _intake(desk), clerk, [original])
    with desk.store.write():  # as if the attaching event had come from another desk of the unit, through the province
        desk.store.run("DELETE FROM outbox WHERE event_id IN (SELECT id FROM dossier_event WHERE kind = 'attach_file')")
    assert attachments.read_words(desk) == 1
    assert [a.file for a in attachments.attachments(desk, receipt.code)] == [original]  # that desk lays its words
    assert files.layered_copy(desk.store, original.sha256) is None
    [hit] = lookup.papers_matching(desk, "dang ky khai sinh")  # but this desk finds them
    assert hit.code == receipt.code
