"""The window ``counter-app`` opens: for now it tells which desk this is and how many dossiers it holds."""

from counter_app.ui.app import StatusWindow, status_text


def test_the_window_names_the_desk_and_counts_its_dossiers(qtbot, tmp_path, desk, clerk):
    window = StatusWindow(status_text(desk.store.path.parent))
    qtbot.addWidget(window)
    window.show()
    assert "UBND xã Quảng Phú (000.00.31.H56) — quầy 1" in window.label.text()
    assert "Số hồ sơ trong máy: 0" in window.label.text()


def test_an_unconfigured_desk_says_how_to_configure_it(qtbot, tmp_path):
    window = StatusWindow(status_text(tmp_path / "new"))
    qtbot.addWidget(window)
    assert "counter-app init" in window.label.text()


def test_the_application_uses_the_shipped_vietnamese_font(qapp):
    from counter_app.ui.app import use_shipped_font

    assert use_shipped_font(qapp) == "Be Vietnam Pro"
    assert qapp.font().family() == "Be Vietnam Pro"
