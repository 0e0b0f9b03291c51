"""The province's pages in a real browser, as a province officer and a citizen use them: sign in, create a desk and
read its enrolment code, enrol a real desk with it, receive and sync a dossier, publish the look-up address, then look
the dossier up from the receipt's QR link and by typing. Every page is kept as a screenshot at 360 and 1366 px
(docs/screenshots/web/) and passes axe-core's WCAG 2.1 AA checks."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
import zxingcpp
from PIL import Image
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from counter_app.services import printouts, processing, reception, returns
from counter_app.sync import engine
from counter_core import __version__
from counter_core.domain.status import Status
from counter_core.foundation.clock import vn_now
from tests.store.test_receive import khai_sinh
from tests.web.conftest import PASSWORD

pytestmark = pytest.mark.slow


def text(browser) -> str:
    return browser.driver.find_element(By.TAG_NAME, "main").text


def next_page(driver, page) -> None:
    """Wait until the document ``page`` (its html element) has been replaced by the next one, and that one loaded.
    While the old document goes, chromedriver may say its node "does not belong to the document": gone, too."""

    def replaced(_driver) -> bool:
        try:
            page.is_enabled()  # any call on a gone element raises
        except StaleElementReferenceException:
            return True
        except WebDriverException as exc:
            if "does not belong to the document" not in str(exc):
                raise
            return True
        return False

    WebDriverWait(driver, 10).until(replaced)
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")


def submit(browser, form_selector: str, confirm: bool = False, **fields) -> None:
    """Fill the form's fields, press its button (and accept the confirmation it asks), wait for the next page."""
    driver = browser.driver
    form = driver.find_element(By.CSS_SELECTOR, form_selector)
    for name, value in fields.items():
        field = form.find_element(By.NAME, name)
        field.clear()
        field.send_keys(value)
    page = driver.find_element(By.TAG_NAME, "html")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    if confirm:
        WebDriverWait(driver, 10).until(expected_conditions.alert_is_present()).accept()
    next_page(driver, page)


def test_an_officer_enrols_a_desk_and_a_citizen_looks_its_dossier_up(
    browser, server_url, province, add_province_user, make_desk, clock, province_wide
):
    clock.moment = vn_now()  # the dashboard's "today" is the server's
    admin = add_province_user("admin")
    b = browser

    # The console asks for a sign-in first.
    b.open(f"{server_url}/tinh/tong-quan")
    assert urlsplit(b.driver.current_url).path == "/tinh/dang-nhap"
    b.check("dang-nhap")
    submit(b, "main form", ten=admin, mat_khau=PASSWORD)
    assert urlsplit(b.driver.current_url).path == "/tinh/tong-quan"

    # Units and desks: desk 1 of the test's unit, its enrolment code as text and QR.
    b.open(f"{server_url}/tinh/don-vi?q={province.unit_code}")  # the units of the other tests left out
    unit_section = b.driver.find_element(By.XPATH, f"//section[.//span[contains(., '{province.unit_code}')]]")
    form_id = unit_section.find_element(By.CSS_SELECTOR, "form[action$='/quay']").get_attribute("action")
    submit(b, f"form[action='{urlsplit(form_id).path}']", so="1")
    assert "Mã đăng ký quầy" in text(b)
    code = b.driver.find_element(By.CSS_SELECTOR, "#ma-dang-ky").text
    assert b.driver.find_element(By.CSS_SELECTOR, ".qr svg").get_attribute("role") == "img"
    b.check("ma-dang-ky-quay")
    shot = Image.open(b.shoot("ma-dang-ky-quay", 1366))
    assert [r.text for r in zxingcpp.read_barcodes(shot)] == [code]  # the QR a desk's camera reads

    # A real desk enrols with that code, receives a dossier and syncs it.
    desk, clerk = make_desk(1)
    engine.enrol(desk, server_url, code)
    receipt = reception.receive(desk, khai_sinh(desk), clerk)
    engine.sync(desk)

    # The province points the receipts' QR codes at its own look-up page; the desk learns it at its next sync.
    b.open(f"{server_url}/tinh/cong-bo")
    submit(b, "form[action$='/cong-bo/tra-cuu']", confirm=True, dia_chi=server_url)
    assert "Đã công bố" in text(b)
    b.check("cong-bo")
    engine.sync(desk)
    link = printouts.build(desk, receipt.code, "receipt", clerk).qr_text
    assert re.fullmatch(re.escape(f"{server_url}/tra-cuu?ma={receipt.code}&k=") + r"[A-Za-z0-9_-]{16}", link)

    # The citizen scans the QR code: the dossier opens at once, the name masked, nothing else personal.
    b.open(link, width=360)
    page = text(b)
    assert receipt.code in page and "đăng ký khai sinh" in page
    assert "Nguyễn T*** N*** Á***" in page and "Hồ sơ đã được tiếp nhận." in page
    assert "Ngọc Ánh" not in page and "0912345678" not in page and "038187042028" not in page
    b.check("tra-cuu-ket-qua")

    # The office asks for a supplement; the citizen types the code and the last digits of the phone.
    missing = list(khai_sinh(desk).documents[:1])
    processing.request_supplement(desk, receipt.code, clerk, missing, "Bản sao mờ, nộp lại")
    engine.sync(desk)
    b.open(f"{server_url}/tra-cuu", width=360)
    b.check("tra-cuu")
    submit(b, "main form", ma=f" {receipt.code} ", kiem_tra="5678")
    page = text(b)
    assert "Cơ quan giải quyết đề nghị bổ sung, hoàn thiện hồ sơ." in page and "Bản sao mờ, nộp lại" in page
    b.check("tra-cuu-bo-sung")

    # A wrong check gets the neutral answer.
    b.open(f"{server_url}/tra-cuu", width=360)
    submit(b, "main form", ma=receipt.code, kiem_tra="1111")
    assert "Không tìm thấy hồ sơ với mã hồ sơ và thông tin kiểm tra đã nhập" in text(b)
    assert "đăng ký khai sinh" not in text(b)
    b.check("tra-cuu-khong-thay")

    # The result is handed back and rated: the page says where it was collected and the rating.
    processing.transition(desk, receipt.code, Status.PROCESSING, clerk, "Đã nhận bản sao")
    processing.transition(desk, receipt.code, Status.RESULT_READY, clerk, "")
    processing.transition(desk, receipt.code, Status.RETURNED, clerk, "")
    returns.rate(desk, receipt.code, clerk, 2)
    engine.sync(desk)
    b.open(link, width=360)
    page = text(b)
    assert "Kết quả đã được trả lúc" in page and "Đánh giá của ông/bà\nRất hài lòng" in page

    # The province's view: today's dashboard counts it, the desk reports its health, the search finds it.
    b.open(f"{server_url}/tinh/tong-quan")
    unit_row = b.driver.find_element(
        By.XPATH, f"//table[caption[contains(., 'đơn vị')]]//tr[th[contains(., '{province.unit_code}')]]"
    )
    cells = [c.text for c in unit_row.find_elements(By.TAG_NAME, "td")]
    assert cells[0] == "1" and cells[2] == "1" and cells[5] == "100,00%"  # received, settled, on time
    b.check("tong-quan")
    b.open(f"{server_url}/tinh/suc-khoe-quay")
    desk_row = b.driver.find_element(By.XPATH, f"//tr[td[contains(., '{province.unit_code}-01')]]")
    assert __version__ in desk_row.text and "Đang hoạt động" in desk_row.text
    b.check("suc-khoe-quay")
    b.open(f"{server_url}/tinh/ho-so")
    submit(b, "main form", q="nguyen thi ngoc anh")
    assert receipt.code in text(b)
    b.check("tim-ho-so")
    page = b.driver.find_element(By.TAG_NAME, "html")
    b.driver.find_element(By.LINK_TEXT, receipt.code).click()
    next_page(b.driver, page)
    assert "Yêu cầu bổ sung giấy tờ" in text(b) and "Đã trả kết quả" in text(b)
    b.check("ho-so")
    for slug, name in (
        (f"don-vi?q={province.unit_code}", "don-vi"),
        ("xuat-du-lieu", "xuat-du-lieu"),
        ("nhat-ky", "nhat-ky"),
    ):
        b.open(f"{server_url}/tinh/{slug}")
        b.check(name)
    assert "Tạo mã đăng ký quầy" in text(b) and "Công bố địa chỉ mã QR" in text(b)


def test_the_accessibility_check_finds_what_it_should(browser, server_url):
    """axe-core really runs on the page: a field stripped of its label, and text too pale, are reported."""
    browser.open(f"{server_url}/tra-cuu", width=360)
    assert browser.violations() == []
    browser.driver.execute_script(
        "document.querySelector('label[for=ma]').remove();document.querySelector('.hint').style.color = '#ccc';"
    )
    assert {v["id"] for v in browser.violations()} >= {"label", "color-contrast"}
