"""Starting the application: the shipped font, the Vietnamese translation, the first-run setup."""

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from counter_app.services import accounts
from counter_app.store.settings import desk_config
from counter_app.ui.app import use_shipped_font
from counter_app.ui.i18n import TS_DIR, install_translators
from counter_app.ui.setup_dialog import SetupDialog
from tests.ui.keys import type_text


def test_the_application_uses_the_shipped_vietnamese_font(qapp):
    assert use_shipped_font(qapp) == "Be Vietnam Pro"
    assert qapp.font().family() == "Be Vietnam Pro"


def test_the_window_speaks_vietnamese_by_default_and_english_on_request(qapp, tmp_path):
    translators = install_translators(qapp, "vi", cache=tmp_path)
    try:
        assert QCoreApplication.translate("MainWindow", "Intake") == "Tiếp nhận"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    install_translators(qapp, "en", cache=tmp_path)
    assert QCoreApplication.translate("MainWindow", "Intake") == "Intake"


def test_every_translation_is_finished_and_keeps_its_placeholders():
    import re

    for ts in TS_DIR.glob("*_vi.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            source, translation = message.find("source").text, message.find("translation")
            assert translation.text and translation.get("type") is None, f"{ts.name}: {source!r} untranslated"
            assert set(re.findall(r"{\w+}", source)) == set(re.findall(r"{\w+}", translation.text)), source


def test_first_run_sets_up_the_desk_and_its_administrator(qtbot, store):
    dialog = SetupDialog(store)
    qtbot.addWidget(dialog)
    type_text(dialog.unit_code, "000.00.31.H56")
    dialog.save()
    assert dialog.error.text() == "The unit's name is missing."  # the window is in English here
    type_text(dialog.unit_name, "UBND xã Quảng Phú")
    type_text(dialog.admin_name, "Phạm Quốc Toản")
    type_text(dialog.password, "matkhau1")
    dialog.save()
    assert desk_config(store).unit_name == "UBND xã Quảng Phú"
    assert accounts.authenticate(store, "admin", "matkhau1").role == "admin"
