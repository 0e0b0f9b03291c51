"""The province's web pages under test: the real server on PostgreSQL (the sync tests' fixtures), real desks, province
users, and a real browser (Debian's Chromium through its chromedriver, headless, offline) with axe-core's checks.

The browser tests are skipped, saying why, where Chromium or chromedriver is not installed (``.ci/run`` installs them).
Requests made "from elsewhere" carry an X-Forwarded-For address (uvicorn trusts it from 127.0.0.1), so that the
per-address limits one test trips do not hold another test back.
"""

from __future__ import annotations

import itertools
import re
import shutil
from importlib import resources
from pathlib import Path

import pytest
import requests

from provincial_server.cli import main as server_cli
from provincial_server.store import console
from tests.sync import conftest as sync

# The sync tests' fixtures: the server, the province's unit, desks, the in-memory keyring.
server_url, province, province_wide = sync.server_url, sync.province, sync.province_wide
make_desk, enrolled_desk, memory_keyring = sync.make_desk, sync.enrolled_desk, sync.memory_keyring
enrolled = sync.enrolled

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots" / "web"
PASSWORD = "mat-khau-tinh-2026"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
_addresses = itertools.count(1)


def address() -> str:
    """A caller address of its own for a test (TEST-NET-3, never reached: it is only a header)."""
    n = next(_addresses)
    return f"203.0.113.{n % 250 + 1}" if n < 250 else f"198.51.100.{n % 250 + 1}"


def csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html)[1]


class Visitor(requests.Session):
    """A browser as requests sees it, from an address of its own."""

    def __init__(self, base: str) -> None:
        super().__init__()
        self.base = base
        self.headers["X-Forwarded-For"] = address()

    def url(self, path: str) -> str:
        return self.base + path

    def get_page(self, path: str, **kwargs) -> requests.Response:
        return self.get(self.url(path), **kwargs)

    def post_form(self, path: str, data: dict, token_from: str | None = None, **kwargs) -> requests.Response:
        """POST ``data`` with the CSRF token of the page ``token_from`` (default: ``path``) unless data has one."""
        if "csrf" not in data:
            data = {"csrf": csrf(self.get_page(token_from or path).text), **data}
        return self.post(self.url(path), data=data, **kwargs)

    def sign_in(self, username: str, password: str = PASSWORD) -> requests.Response:
        return self.post_form("/tinh/dang-nhap", {"ten": username, "mat_khau": password})


@pytest.fixture
def add_province_user(province):
    """Make a province user with the admin command, as the README says; returns their username."""
    made = []

    def add(role: str = "admin", units: tuple[str, ...] = (), username: str | None = None) -> str:
        username = username or f"tinh{next(_addresses)}"
        args = ["--database-url", province.url, "admin", "add", username, "--name", "Lê Thị Tỉnh", "--role", role]
        for unit in units:
            args += ["--unit", unit]
        assert server_cli([*args, "--password", PASSWORD]) == 0
        made.append(username)
        return username

    yield add
    for username in made:
        console.clear_failures(province.db, "login", username)


@pytest.fixture
def visitor(server_url):
    def make() -> Visitor:
        return Visitor(server_url)

    return make


@pytest.fixture
def admin_session(visitor, add_province_user) -> Visitor:
    session = visitor()
    assert session.sign_in(add_province_user("admin")).url.endswith("/tinh/tong-quan")
    return session


# -- the real browser --------------------------------------------------------------------------------------
def axe_source() -> str:
    return (resources.files("axe_core_python") / "axe.min.js").read_text(encoding="utf-8")


class Browser:
    """Headless Chromium driven through chromedriver: pages at a width, full-page screenshots, axe-core's checks."""

    def __init__(self, driver, folder: Path) -> None:
        self.driver = driver
        self.folder = folder
        self.axe = axe_source()

    def open(self, url: str, width: int = 1366) -> None:
        self.driver.set_window_size(width, 900)
        self.driver.get(url)

    def shoot(self, name: str, width: int) -> Path:
        """The whole page at ``width`` CSS pixels into ``name``-``width``.png."""
        driver = self.driver
        driver.set_window_size(width, 900)
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(width, max(height, 640))
        path = self.folder / f"{name}-{width}.png"
        driver.save_screenshot(str(path))
        driver.set_window_size(width, 900)
        return path

    def violations(self) -> list[dict]:
        """axe-core's WCAG 2.1 A/AA violations on the page as it is now."""
        self.driver.execute_script(self.axe)
        result = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
            " 'best-practice']}}).then(r => done(r.violations.map(v => ({id: v.id, help: v.help,"
            " nodes: v.nodes.map(n => n.target.join(' '))})))).catch(e => done([{id: 'axe-error', help: String(e),"
            " nodes: []}]));"
        )
        return result

    def check(self, name: str) -> None:
        """Screenshots at 360 and 1366 px, and axe-core's checks at both widths: no violation."""
        for width in (360, 1366):
            self.shoot(name, width)
            found = self.violations()
            assert found == [], f"{name} at {width} px: " + "; ".join(
                f"{v['id']} ({v['help']}) at {', '.join(v['nodes'][:3])}" for v in found
            )


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.skip("selenium is not installed (pip install -e '.[test]')")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--lang=vi-VN",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_script_timeout(120)  # axe-core on a long page, on a busy machine
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    try:
        yield Browser(driver, SCREENSHOTS)
    finally:
        driver.quit()
