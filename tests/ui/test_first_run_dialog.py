"""The first window of a new desk without a province: demo data, or the desk set up by hand; every input explained,
all of it with the keyboard alone."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QRadioButton

from counter_app.services import accounts, first_run
from counter_app.store.settings import desk_config
from counter_app.ui.first_run_dialog import BY_HAND, DEMO, PROVINCE, FirstRunDialog
from counter_core.domain.enrolment_code import split_scan
from counter_core.foundation.errors import NotConfigured
from tests.ui.keys import type_text
from tests.ui.test_guide import press_f1


def test_the_demo_choice_makes_a_demo_desk_and_tells_its_accounts(qtbot, store):
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    dialog.choices.button(DEMO).click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.busy.isHidden()
    qtbot.waitUntil(dialog.busy.isHidden, timeout=300_000)
    assert dialog.result() == 0  # the clerk reads the accounts first
    assert dialog.message.text() == (
        "The demo desk is ready. Sign in with one of these accounts: admin, lan, hung, buudien, truongbp; "
        "password: demo1234."
    )
    assert accounts.authenticate(store, "lan", "demo1234").role == "clerk"
    assert store.conn.execute("SELECT count(*) FROM dossier").fetchone()[0] >= 250
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not first_run.needed(store)


def test_set_up_by_hand_opens_the_setup_form_and_goes_on_when_it_is_done(qtbot, store):
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    dialog.choices.button(BY_HAND).click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    form = dialog.by_hand
    assert form is not None and form.isVisible()
    type_text(form.unit_code, "000.00.31.H56")
    type_text(form.unit_name, "UBND xã Quảng Phú")
    type_text(form.admin_name, "Phạm Quốc Toản")
    type_text(form.password, "matkhau1")
    with qtbot.waitSignal(dialog.accepted):
        form.save()
    assert desk_config(store).unit_name == "UBND xã Quảng Phú"


def test_cancelling_the_form_by_hand_leaves_the_desk_unconfigured_and_the_choices_open(qtbot, store):
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    dialog.choices.button(BY_HAND).click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    dialog.by_hand.reject()
    assert dialog.result() == 0 and first_run.needed(store)
    try:
        desk_config(store)
        raise AssertionError("configured")
    except NotConfigured:
        pass


def test_every_input_says_what_goes_in_with_an_example_and_has_a_name(qtbot, store):
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    for field in dialog.findChildren(QLineEdit):
        assert "e.g. " in field.toolTip() and field.accessibleName(), field
    assert all(b.accessibleName() for b in dialog.findChildren(QRadioButton))


def test_the_choices_and_fields_are_reached_with_the_keyboard_and_f1_opens_the_setup_page(qtbot, store):
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert dialog.focusWidget() is dialog.choices.button(PROVINCE)

    def alt(key: Qt.Key) -> None:
        qtbot.keyClick(dialog.focusWidget(), key, Qt.KeyboardModifier.AltModifier)

    alt(Qt.Key.Key_T)  # &Try Counter with demo data (a mnemonic clicks the button a moment later)
    qtbot.waitUntil(lambda: dialog.choices.checkedId() == DEMO and dialog.pages.currentIndex() == DEMO)
    alt(Qt.Key.Key_C)  # &Connect to the province
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PROVINCE)
    alt(Qt.Key.Key_E)  # &Enrolment code
    assert dialog.focusWidget() is dialog.code
    qtbot.keyClick(dialog.code, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ca_bundle  # then its Browse… button, then OK
    for _ in range(2):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert press_f1(qtbot, dialog.code).page() == "cai-dat"


def test_a_scanned_line_gives_the_address_and_the_code():
    assert split_scan("7KQ2-XW9D") == (None, "7KQ2-XW9D")
    assert split_scan(" https://motcua.example.vn  7KQ2 XW9D ") == ("https://motcua.example.vn", "7KQ2 XW9D")
