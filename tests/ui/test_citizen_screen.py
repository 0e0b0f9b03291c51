"""The screen facing the citizen mirrors the intake form in large type, the ID number masked."""

from PySide6.QtCore import Qt

from counter_app.ui.citizen_screen import SCALE
from tests.ui.keys import choose, type_text


def test_the_citizen_sees_what_the_clerk_records_as_it_is_typed(qtbot, vietnamese, window):
    (facing,) = [a for m in window.menuBar().actions() if m.text() == "Tiếp nhận" for a in m.menu().actions()]
    assert facing.text() == "Màn hình cho công dân…"
    facing.trigger()
    screen = window.citizen_screen
    assert screen.isVisible() and screen.isWindow() and screen.windowTitle() == "Hồ sơ của ông/bà"
    assert [screen.name.text(), screen.procedure.text(), screen.fee.text()] == ["", "", ""]
    form = window.intake
    type_text(form.owner.edits["full_name"], "Nguyễn Thị Ngọc Ánh")
    type_text(form.owner.edits["id_number"], "038187042028")
    assert screen.name.text() == "Nguyễn Thị Ngọc Ánh" and screen.id_number.text() == "0381******28"
    choose(form, "khai sinh", "1.001193")
    assert screen.procedure.text() == "Thủ tục đăng ký khai sinh"
    assert screen.due.text() == "Thứ Hai, 23/11/2026" and screen.fee.text() == "Miễn lệ phí"
    form.case.setCurrentIndex(form.case.findData("qua-han"))
    assert screen.fee.text() == "Theo mức thu của tỉnh"  # the province has not sent its fee table
    assert screen.due.font().pointSizeF() >= SCALE * form.search.font().pointSizeF() - 0.5  # large type
    qtbot.keyClick(form.owner.edits["full_name"], Qt.Key.Key_Escape)  # the clerk starts over
    assert [screen.name.text(), screen.id_number.text(), screen.procedure.text(), screen.due.text()] == [""] * 4
