"""The province's pages under attack, over HTTP as a browser or a script sends it: the look-up without its check and by
guessing, a supervisor reaching for another unit's dossier, forms without their CSRF token, a planted session id,
and guessing passwords. Each answer is what the person would see; nothing changes that should not."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from counter_app.services import reception
from counter_app.sync import engine
from provincial_server.guard import Limits
from provincial_server.store import admin, console
from tests.store.test_receive import khai_sinh
from tests.sync import conftest as sync
from tests.web.conftest import PASSWORD, Visitor, csrf

NEUTRAL = "Không tìm thấy hồ sơ với mã hồ sơ và thông tin kiểm tra đã nhập"


@pytest.fixture
def synced(enrolled_desk):
    """A dossier received at desk 1 of the test's unit and synced; returns its code."""
    desk, clerk = enrolled_desk(1)
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    engine.sync(desk)
    return code


def lookup(visitor: Visitor, code: str, check: str):
    return visitor.post_form("/tra-cuu", {"ma": code, "kiem_tra": check})


def test_the_lookup_shows_nothing_without_the_right_check(visitor, synced):
    citizen = visitor()
    without = citizen.get_page(f"/tra-cuu?ma={synced}")
    assert without.status_code == 200 and "đăng ký khai sinh" not in without.text and "Nguyễn" not in without.text
    empty = lookup(citizen, synced, "")
    assert empty.status_code == 400 and "đăng ký khai sinh" not in empty.text
    wrong = lookup(citizen, synced, "0000")
    unknown = lookup(citizen, synced[:-1] + "9", "5678")
    short = lookup(citizen, synced, "78")  # fewer than 4 digits never open a dossier, even if they are its last ones
    for answer in (wrong, unknown, short):
        assert answer.status_code == 404 and NEUTRAL in answer.text and "đăng ký khai sinh" not in answer.text
    assert re.sub(r'value="[^"]*"', "", wrong.text) == re.sub(r'value="[^"]*"', "", unknown.text)
    for check in ("5678", "2028", " 0912 345 678 "):  # last digits of the phone, of the ID number, the whole phone
        opened = lookup(visitor(), synced, check)
        assert opened.status_code == 200 and "Nguyễn T*** N*** Á***" in opened.text, check
        assert "Ngọc Ánh" not in opened.text and "0912345678" not in opened.text
    bad_token = citizen.get_page(f"/tra-cuu?ma={synced}&k=AAAAAAAAAAAAAAAAAAAAAA")
    assert bad_token.status_code == 404 and NEUTRAL in bad_token.text


def test_guessing_the_check_is_held_back_per_address_and_per_code(visitor, synced, province):
    guesser = visitor()
    for guess in range(10):
        assert lookup(guesser, synced, f"{guess:04d}").status_code == 404
    held = lookup(guesser, synced, "5678")  # the right answer, too late from this address
    assert held.status_code == 429 and "thử lại sau 15 phút" in held.text and "đăng ký khai sinh" not in held.text
    assert held.headers["Retry-After"] == "900"
    assert lookup(visitor(), synced, "5678").status_code == 200  # another address is not held back
    # Guesses on one code from many addresses: its digits stop working for the day, the receipt's token still does.
    for guess in range(10):
        assert lookup(visitor(), synced, f"1{guess:03d}").status_code == 404
    assert lookup(visitor(), synced, "5678").status_code == 404
    token = admin.dossier_snapshot(province.db, synced)["facts"]["check"]
    assert visitor().get_page(f"/tra-cuu?ma={synced}&k={token}").status_code == 200
    # Both are security events the province sees, the guessed dossier's under its unit.
    events = [(e["kind"], e["address"], e["unit_code"]) for e in console.security_events(province.db, 50)]
    assert ("lookup_address_held", guesser.headers["X-Forwarded-For"], None) in events
    guessed = [e for e in admin.problems(province.db, province.unit_code) if e["kind"] == "lookup_code_guessed"]
    assert len(guessed) == 1 and synced in guessed[0]["reason"]


def test_a_supervisor_of_one_commune_sees_nothing_of_another(
    visitor, province, enrolled_desk, add_province_user, synced
):
    other_unit = province.new_unit("UBND xã Quảng Hòa")
    desk, clerk = enrolled_desk(1, other_unit)
    other = reception.receive(desk, khai_sinh(desk), clerk).code
    engine.sync(desk)
    supervisor = visitor()
    supervisor.sign_in(add_province_user("supervisor", units=(province.unit_code,)))
    assert supervisor.get_page(f"/tinh/ho-so/{synced}").status_code == 200
    refused = supervisor.get_page(f"/tinh/ho-so/{other}")
    assert refused.status_code == 404 and "Quảng Hòa" not in refused.text and "khai sinh" not in refused.text
    found = supervisor.get_page("/tinh/ho-so", params={"q": "nguyen thi ngoc anh"}).text
    assert synced in found and other not in found
    assert other_unit not in supervisor.get_page("/tinh/tong-quan").text
    assert other_unit not in supervisor.get_page("/tinh/suc-khoe-quay").text
    assert "Quảng Hòa" not in supervisor.get_page("/tinh/don-vi").text
    export = supervisor.post_form("/tinh/xuat-du-lieu", {"don_vi": other_unit, "tu": "2020-01-01", "den": "2020-01-02"})
    assert export.status_code == 403 and "application/zip" not in export.headers["content-type"]
    assert supervisor.get_page("/tinh/cong-bo").status_code == 403  # administrators only
    desk_form = supervisor.post_form(f"/tinh/don-vi/{province.unit_code}/quay", {"so": "7"}, token_from="/tinh/don-vi")
    assert desk_form.status_code == 403 and "Mã đăng ký quầy" not in desk_form.text


# Every form of the console and its fields; {unit} and {desk} are filled in by the test.
FORMS = {
    "/tinh/don-vi": {"ma": "000.00.99.H56", "ten": "UBND xã Giả Mạo"},
    "/tinh/don-vi/{unit}/gio-lam-viec": {"gio": "06:00-10:00", "sau": "09:00"},
    "/tinh/don-vi/{unit}/quay": {"so": "9"},
    "/tinh/quay/{desk}/thu-hoi": {},
    "/tinh/cong-bo/tra-cuu": {"dich": "tinh", "dia_chi": "https://ke-gian.example"},
    "/tinh/cong-bo/danh-muc": {},
    "/tinh/cong-bo/lich": {},
    "/tinh/xuat-du-lieu": {"don_vi": "{unit}", "tu": "2026-01-01", "den": "2026-01-31"},
    "/tinh/dang-xuat": {},
}


def test_no_form_acts_without_its_csrf_token(visitor, admin_session, province, enrolled_desk, synced):
    desk_id = f"{province.unit_code}-01"
    before = console.audit_log(province.db, 1000)
    other = visitor()  # another browser's valid token is no good either
    other.get_page("/tra-cuu")
    forged = csrf(other.get_page("/tinh/dang-nhap").text)
    for path, fields in FORMS.items():
        url = path.format(unit=province.unit_code, desk=desk_id)
        data = {k: v.format(unit=province.unit_code) for k, v in fields.items()}
        for token in ({}, {"csrf": ""}, {"csrf": forged}):
            answer = admin_session.post(admin_session.url(url), data={**data, **token}, allow_redirects=False)
            assert answer.status_code == 403, (url, token, answer.status_code)
            assert "Không thực hiện" in answer.text and "chưa có gì thay đổi" in answer.text
    assert console.audit_log(province.db, 1000) == before
    assert admin_session.get_page("/tinh/tong-quan").status_code == 200  # still signed in: sign-out was refused too
    assert console.setting(province.db, console.TRACKING_URL) != "https://ke-gian.example/tra-cuu?ma={code}&k={check}"
    # The sign-in and look-up forms want the browser's own token too.
    sign_in = other.post(other.url("/tinh/dang-nhap"), data={"ten": "x", "mat_khau": "y"})
    look_up = other.post(other.url("/tra-cuu"), data={"ma": synced, "kiem_tra": "5678", "csrf": "0" * 64})
    assert sign_in.status_code == 403 and look_up.status_code == 403 and "đăng ký khai sinh" not in look_up.text


def test_a_planted_session_id_is_worth_nothing(visitor, add_province_user, server_url):
    admin = add_province_user("admin")
    host = urlsplit(server_url).hostname

    def plant(browser, value):
        browser.cookies.set("counter_session", value, domain=host, path="/tinh")

    def session(browser):
        return browser.cookies.get("counter_session", domain=host, path="/tinh")

    victim = visitor()
    plant(victim, "planted-by-the-attacker")
    assert victim.sign_in(admin).url.endswith("/tinh/tong-quan")
    taken = session(victim)
    assert taken and taken != "planted-by-the-attacker"
    attacker = visitor()
    plant(attacker, "planted-by-the-attacker")
    assert attacker.get_page("/tinh/tong-quan").url.endswith("/tinh/dang-nhap?tiep=/tinh/tong-quan")
    # A stolen session stops working at sign-out; a new sign-in gets a new id again.
    thief = visitor()
    plant(thief, taken)
    assert thief.get_page("/tinh/tong-quan").url.endswith("/tinh/tong-quan")
    victim.post_form("/tinh/dang-xuat", {}, token_from="/tinh/tong-quan")
    assert thief.get_page("/tinh/tong-quan").url.endswith("/tinh/dang-nhap?tiep=/tinh/tong-quan")
    victim.sign_in(admin)
    assert session(victim) not in (None, taken)


def test_session_cookies_are_httponly_strict_and_secure_behind_tls(visitor, add_province_user):
    browser = visitor()
    token = csrf(browser.get_page("/tinh/dang-nhap").text)
    answer = browser.post(
        browser.url("/tinh/dang-nhap"),
        data={"csrf": token, "ten": add_province_user("admin"), "mat_khau": PASSWORD},
        headers={"X-Forwarded-Proto": "https"},  # as a TLS-terminating proxy on this machine says
        allow_redirects=False,
    )
    assert answer.status_code == 303
    cookie = answer.headers["set-cookie"]
    assert "counter_session=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Secure" in cookie and "Path=/tinh" in cookie


def test_guessing_passwords_locks_the_name_and_then_the_address(visitor, add_province_user, province):
    admin = add_province_user("admin")
    guesser = visitor()
    for n in range(4):
        assert guesser.sign_in(admin, f"sai-{n}").status_code == 401
    locked = guesser.sign_in(admin, "sai-4")
    assert locked.status_code == 423 and "Tài khoản tạm khóa đến" in locked.text
    assert 890 <= int(locked.headers["Retry-After"]) <= 900
    right = visitor().sign_in(admin)  # even the right password, from anywhere, until the lock ends
    assert right.status_code == 423 and "counter_session" not in right.cookies
    # A name that does not exist answers the same way: the answers tell no one which names exist.
    for n in range(5):
        nobody = guesser.sign_in("khong-co-ai", f"sai-{n}")
    assert nobody.status_code == 423 and "Tài khoản tạm khóa đến" in nobody.text
    assert any(r["action"] == "login.locked" and r["target"] == admin for r in console.audit_log(province.db))
    # Spraying many names from one address: that address is held back.
    for n in range(10):
        guesser.sign_in(f"ten-{n}", "sai")
    held = guesser.sign_in(add_province_user("admin"))
    assert held.status_code == 429 and "Địa chỉ này đã đăng nhập sai quá nhiều lần" in held.text
    assert held.headers["Retry-After"] == "900"
    # The lockouts are security events, on the administrators' Nhật ký page too.
    events = [(e["kind"], e["address"]) for e in console.security_events(province.db, 50)]
    address = guesser.headers["X-Forwarded-For"]
    assert ("console_login_lockout", address) in events and ("console_address_held", address) in events
    log_page = visitor()
    log_page.sign_in(add_province_user("admin"))
    assert "Khóa đăng nhập trang quản trị" in log_page.get_page("/tinh/nhat-ky").text
    # The administrator lifts the lock: the right password works again.
    from provincial_server.cli import main as server_cli

    assert server_cli(["--database-url", province.url, "admin", "unlock", admin]) == 0
    assert visitor().sign_in(admin).url.endswith("/tinh/tong-quan")


def test_the_gate_holds_back_an_address_that_asks_for_the_look_up_too_often(database_url):
    """In front of the page, the server's gate: past a few look-ups from one address, a page in Vietnamese says when
    to try again (429, Retry-After), without the database being asked; the desks' sync answers stay the protocol's."""
    with sync.serving(database_url, Limits(lookup_rate=0.01, lookup_burst=3)) as base:
        citizen = Visitor(base)
        assert [citizen.get_page("/tra-cuu").status_code for _ in range(3)] == [200, 200, 200]
        held = citizen.get_page("/tra-cuu")
        assert held.status_code == 429 and held.headers["content-type"].startswith("text/html")
        assert "Có quá nhiều lượt tra cứu từ mạng này" in held.text and int(held.headers["Retry-After"]) >= 60
        assert '<html lang="vi">' in held.text and "Thử lại" in held.text
        assert Visitor(base).get_page("/tra-cuu").status_code == 200  # another address is not held back
        assert citizen.get_page("/tinh/dang-nhap").status_code == 200  # nor this address's other pages
