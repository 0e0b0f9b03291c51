"""Hostile input from the scanners (keyboard wedges): random key bursts at any speed reach the dossier-code listener,
and random text reaches the intake form's chip-card watcher. Nothing raises; only a real dossier code is taken as
a scan, every other burst goes on to the field it was typed into; the applicant is filled only by a real card."""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from counter_app.ui.intake_form import IntakeForm
from counter_app.ui.scan_input import MAX_GAP, BarcodeListener
from counter_core.domain.codes import DossierCode
from tests import hostile
from tests.ui.keys import type_text

QT_FIXTURES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
ENTER = "\r"

codes = st.builds(
    lambda unit, day, seq: str(DossierCode(unit, day, seq)),
    st.sampled_from(["000.00.31.H56", "H56", "000.00.31.H56-X"]),
    st.dates(date(2020, 1, 1), date(2030, 12, 31)),
    st.integers(1, 20000),
)
# What arrives between two Enters: random text, a real code, or a real code with a stray character in it.
bursts = st.one_of(
    hostile.text,
    codes,
    st.tuples(codes, st.sampled_from(hostile.NASTY), st.integers(0, 30)).map(
        lambda t: t[0][: t[2]] + t[1] + t[0][t[2] :]
    ),
)
# Milliseconds between two keystrokes: a scanner's, about the listener's limit, a person's.
gaps = st.sampled_from([0, 5, 10, round(MAX_GAP * 1000) + 1, 80, 400])
EXAMPLE_START = itertools.count(10**9, 10**6)  # event timestamps (ms) far apart: examples do not run into each other


def press(widget, ch: str, at_ms: int) -> str:
    """Press and release the key that types ``ch`` at ``at_ms``; returns the text the key event carries (Qt has no
    lone surrogate: one arrives as nothing)."""
    if ch == ENTER:
        key = Qt.Key.Key_Return
    else:
        key = ord(ch.upper()) if ch.isascii() and ch.isprintable() else Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
        event.setTimestamp(at_ms)  # the listener times a burst by the events' own timestamps
        QApplication.sendEvent(widget, event)
    return event.text()


@pytest.fixture
def scanned_field(qtbot):
    """A focused line edit under the application-wide listener, as in the main window; yields the edit, what the
    listener emitted and the field's text at each Enter that reached it."""
    edit = QLineEdit()
    qtbot.addWidget(edit)
    with qtbot.waitActive(edit):
        edit.show()
        edit.activateWindow()
    edit.setFocus()
    listener = BarcodeListener()
    emitted: list[str] = []
    enters: list[str] = []
    listener.scanned.connect(emitted.append)
    edit.returnPressed.connect(lambda: enters.append(edit.text()))
    QApplication.instance().installEventFilter(listener)
    yield edit, emitted, enters
    QApplication.instance().removeEventFilter(listener)


@QT_FIXTURES
@given(st.lists(st.tuples(bursts, gaps, st.booleans()), min_size=1, max_size=6))
def test_random_key_bursts_are_a_scanned_code_or_go_to_the_field(qtbot, scanned_field, typed):
    edit, emitted, enters = scanned_field
    edit.clear()
    emitted.clear()
    enters.clear()
    keys = [(ch, gap) for text, gap, ended in typed for ch in text + (ENTER if ended else "")]
    clock = next(EXAMPLE_START)  # every example starts after a pause
    since_enter = ""  # what was typed since the last Enter
    with qtbot.captureExceptions() as exceptions:
        for ch, gap in keys:
            clock += gap
            before = len(emitted), len(enters), edit.text()
            typed_text = press(edit, ch, clock)
            if ch != ENTER:
                since_enter += typed_text
                continue
            scans, passed = len(emitted) - before[0], len(enters) - before[1]
            assert scans + passed == 1, "each Enter is either a scan or the field's"
            if scans:
                code = emitted[-1]
                assert str(DossierCode.parse(code)) == code and since_enter.endswith(code), "a scan is what was typed"
                assert before[2].endswith(code) and edit.text() == before[2][: -len(code)], "and leaves the field"
            since_enter = ""
    assert not exceptions, exceptions


def type_at(edit, text: str, start_ms: int, gap_ms: int) -> None:
    for i, ch in enumerate(text):
        press(edit, ch, start_ms + i * gap_ms)


def test_only_a_code_typed_at_scanner_speed_is_a_scan(scanned_field):
    """The property's three cases by hand, so that a listener that took nothing (or everything) fails here too."""
    edit, emitted, enters = scanned_field
    type_at(edit, "000.00.31.H56-261123-0001" + ENTER, 100_000, 5)
    assert emitted == ["000.00.31.H56-261123-0001"] and enters == [] and edit.text() == ""
    type_at(edit, "000.00.31.H56-261123-0002" + ENTER, 200_000, 200)  # a person typing it
    type_at(edit, "000.00.31.H56-261123-00003" + ENTER, 300_000, 5)  # not a code: a fifth digit after a zero
    type_at(edit, "000.00.31.H56-261123-000٤" + ENTER, 400_000, 5)  # an Arabic-Indic digit
    assert emitted == ["000.00.31.H56-261123-0001"] and len(enters) == 3
    type_at(edit, "HS", 500_000, 5)  # then a scan whose timestamps are earlier (a wrapped or another clock)
    type_at(edit, "000.00.31.H56-261123-0005" + ENTER, 450_000, 5)
    assert emitted[-1] == "000.00.31.H56-261123-0005"


# -- the chip-card watcher of the intake form --------------------------------------------------------------
CARD = "051084009698|212163684|Đặng Hồng Bảo|02081984|Nam|Thôn Phú Lộc, xã Tịnh Hà, Quảng Ngãi|23092024||||"
FILLED_BY_CARD = ("full_name", "id_number", "birth_date", "address")


def with_field(index: int, text: str) -> str:
    fields = CARD.split("|")
    fields[index] = text
    return "|".join(fields)


# Random text, a real card, or a real card with one of its fields replaced by random text.
card_texts = st.one_of(hostile.text, st.just(CARD), st.builds(with_field, st.integers(0, 6), hostile.text))


@pytest.fixture
def form(qtbot, tasks, clerk):
    intake = IntakeForm(tasks, clerk)
    qtbot.addWidget(intake)
    return intake


def applicant_is_empty_or_a_card(person) -> None:
    values = {name: person.text(name) for name in (*FILLED_BY_CARD, "gender")}
    if not any(values.values()):
        return
    assert re.fullmatch(r"[0-9]{12}", values["id_number"]), values
    assert datetime.strptime(values["birth_date"], "%d/%m/%Y").year >= 1900, values
    assert values["gender"] in ("Nam", "Nữ") and any(c.isalpha() for c in values["full_name"]), values
    assert hostile.clean(values["full_name"]) and hostile.clean(values["address"]), values


@QT_FIXTURES
@given(st.lists(card_texts, min_size=1, max_size=3), st.sampled_from(["phone", "email", "postal"]), st.booleans())
def test_random_text_in_any_field_never_fills_the_applicant_with_garbage(qtbot, form, texts, where, typed):
    form.clear()
    edit = form.postal_address if where == "postal" else form.owner.edits[where]
    with qtbot.captureExceptions() as exceptions:
        for text in texts:
            if typed:
                type_text(edit, text)  # a scanner typing
            else:
                edit.setText(edit.text() + text)  # a paste
            applicant_is_empty_or_a_card(form.owner)
            applicant_is_empty_or_a_card(form.submitter)
    assert not exceptions, exceptions


def test_a_card_among_garbage_still_fills_the_applicant(form):
    type_text(form.owner.edits["phone"], "\x1b\u202e|||0000|" + CARD)
    assert (form.owner.text("full_name"), form.owner.text("id_number")) == ("Đặng Hồng Bảo", "051084009698")
