"""Every window and dialog, walked: each input has a tooltip saying what goes in it (a typed one with an example,
"e.g." / "Ví dụ:"), and each control a screen reader can reach has a name (its own, its text, or its label's)."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from counter_app.store import open_store
from counter_app.ui.intake_form import IntakeForm
from counter_app.ui.tasks import DeskTasks
from tests.helpers.waiting import settle
from tests.ui.windows import ELSEWHERE, WINDOWS, demo_desk

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox, QPlainTextEdit, QTextEdit, QAbstractItemView)
SCROLL_BARS = {"qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer"}
TRANSLATIONS = Path(__file__).parents[2] / "counter_app/resources/translations/counter_vi.ts"


@pytest.fixture(scope="module")
def demo_tasks(qapp, tmp_path_factory):
    """One demo desk for every window of the module (they only read it; filling it takes seconds)."""
    store = open_store(tmp_path_factory.mktemp("demo") / "desk")
    tasks = DeskTasks(demo_desk(store))
    yield tasks
    tasks.close()
    store.close()


def controls(part: QWidget, leave_out: type | None = None) -> list[QWidget]:
    """The widgets of ``part`` a person uses, without the inner pieces of Qt's own composite widgets (a spin box's
    line edit, a scroll area's bars, a combo box's popup) and without what lies inside ``leave_out``."""
    found = []

    def walk(widget: QWidget) -> None:
        for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.isWindow() or isinstance(child, QHeaderView) or child.objectName() in SCROLL_BARS:
                continue
            if leave_out is not None and isinstance(child, leave_out):
                continue
            viewport = isinstance(widget, QAbstractScrollArea) and child is widget.viewport()
            if viewport or child.objectName().startswith("qt_"):  # a scroll area's viewport, a tab bar: what is inside
                walk(child)
                continue
            found.append(child)
            if not isinstance(child, (QComboBox, QAbstractSpinBox)):
                walk(child)

    walk(part)
    return found


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces: the accessible name, else the text or the label (buddy) Qt gives it."""
    face = QAccessible.queryAccessibleInterface(widget)
    return (face.text(QAccessible.Text.Name) if face else "") or widget.accessibleName()


def typed(widget: QWidget) -> bool:
    """An input a person types into (an example helps), not a choice from a list nor a password."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly() and widget.echoMode() == QLineEdit.EchoMode.Normal
    return isinstance(widget, QPlainTextEdit | QAbstractSpinBox) and not widget.isReadOnly()


def label(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or spoken_name(widget) or widget.toolTip()[:30]!r}"


def problems(part: QWidget, leave_out: type | None = None) -> list[str]:
    found = []
    for widget in controls(part, leave_out):
        if isinstance(widget, INPUTS) and not widget.toolTip():
            found.append(f"no tooltip: {label(widget)} in {type(widget.parent()).__name__}")
        elif typed(widget) and " e.g. " not in widget.toolTip():
            found.append(f"no example in the tooltip: {label(widget)}")
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not spoken_name(widget):
            found.append(f"no accessible name: {label(widget)} in {type(widget.parent()).__name__}")
    return found


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=ELSEWHERE[n])) if n in ELSEWHERE else n
        for n in WINDOWS
    ],
)
def test_every_input_says_what_goes_in_it_and_every_control_has_a_name(qtbot, demo_tasks, name):
    built = WINDOWS[name](demo_tasks)
    qtbot.addWidget(built.window)
    built.window.show()
    settle(qtbot, demo_tasks)
    # The reception form is walked on its own ("intake"): in the other tabs' windows it is left out.
    leave_out = None if name == "intake" else IntakeForm
    assert problems(built.window if name != "intake" else built.part, leave_out) == []


def test_every_example_in_a_tooltip_is_translated_with_one():
    """A source text with "e.g." has a finished Vietnamese translation with "Ví dụ:"."""
    missing = []
    for message in ET.parse(TRANSLATIONS).getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.find("translation")
        if " e.g. " in source and (
            translation is None or translation.get("type") or "ví dụ" not in (translation.text or "").lower()
        ):
            missing.append(source)
    assert missing == []
