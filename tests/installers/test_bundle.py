"""The desk's one-folder bundle, built here by installers/build.py (translations, then PyInstaller with the
spec) and run, so that a broken bundle fails the suite: what it holds, the console program's --version, a
desk configured and used headless (Argon2 account, the holiday calendar, a receipt PDF with its fonts and
barcodes), and the windowed program started offscreen, on a fresh data folder and on a configured one,
still running after a few seconds."""

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from counter_app import __version__

pytestmark = pytest.mark.slow

SUFFIX = ".exe" if sys.platform == "win32" else ""
RESOURCES = Path("_internal", "counter_app", "resources")
DOSSIER = {
    "procedure": "2.000815",
    "owner": {
        "full_name": "Trần Văn Đức",
        "id_number": "001090123456",
        "birth_date": "12/03/1990",
        "gender": "Nam",
        "address": "Thôn Phú Lộc, xã Quảng Phú",
        "phone": "0987654321",
    },
    "submitter": None,
    "sets": 1,
    "channel": "direct",
    "return": "counter",
    "postal_address": "",
    "fee": {"quantity": 2, "pages": 3, "exemption": None},
    "note": "",
}


@pytest.fixture(scope="module")
def bundle(build, tmp_path_factory) -> Path:
    pytest.importorskip(
        "PyInstaller", reason='PyInstaller is not installed (pip install -e ".[build]"): the bundle is not built'
    )
    out = tmp_path_factory.mktemp("installers")
    assert build.main(["--out", str(out), "--bundle-only"]) == 0
    return out / "dist" / "counter"


@pytest.fixture
def environment(tmp_path) -> dict:
    """The programs' environment: offscreen, nothing of the test run's own desk settings, a fresh home."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COUNTER_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    return env


def console(bundle: Path, env: dict, *args: str, stdin: str | None = None) -> str:
    done = subprocess.run(
        [str(bundle / f"counter-app-console{SUFFIX}"), *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, f"{args}: {done.stderr}"
    return done.stdout


def test_the_bundle_holds_both_programs_the_notice_and_the_desk_resources(bundle):
    for program in ("counter-app", "counter-app-console"):
        assert os.access(bundle / f"{program}{SUFFIX}", os.X_OK)
    assert (bundle / "NOTICE.txt").is_file()
    for resource in (
        "translations/counter_vi.qm",
        "translations/qtbase_vi.qm",
        "translations/core_vi.qm",
        "fonts/BeVietnamPro-Regular.ttf",
        "fonts/BeVietnamPro-Bold.ttf",
        "fonts/BeVietnamPro-Italic.ttf",
        "fonts/OFL.txt",
        "guide/guide.css",
        "guide/vi/index.html",
        "guide/vi/img/tiep-nhan.png",
        "guide/en/tiep-nhan.html",
    ):
        assert (bundle / RESOURCES / resource).is_file(), resource
    for resource in ("catalog/seed_catalog.json", "forms.json", "translations/core_vi.ts"):  # the .ts: for the CLI
        assert (bundle / "_internal" / "counter_core" / "resources" / resource).is_file(), resource
    assert not list((bundle / RESOURCES / "translations").glob("*.ts"))
    left_out = [p.name for p in bundle.rglob("*") if re.search(r"VirtualKeyboard|virtualkeyboard|qgtk3", p.name)]
    assert left_out == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries: the Linux bundle")
def test_every_qt_library_a_bundled_binary_loads_is_in_the_bundle(bundle):
    names = {p.name for p in bundle.rglob("*")}
    missing = set()
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.open("rb").read(4) == b"\x7fELF":
            dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
            missing |= {
                (path.name, lib)
                for lib in re.findall(r"\(NEEDED\).*\[(libQt6\w*\.so[.\d]*)\]", dynamic)
                if lib not in names
            }
    assert missing == set()


def test_the_console_program_prints_the_package_version(bundle, environment):
    assert console(bundle, environment, "--version").strip() == f"counter-app {__version__}"


def test_a_desk_runs_headless_from_the_bundle(bundle, environment, tmp_path):
    desk = ["--data-dir", str(tmp_path / "desk")]
    console(
        bundle,
        environment,
        *desk,
        "init",
        "--unit-code",
        "000.00.31.H56",
        "--unit-name",
        "UBND xã Quảng Phú",
        "--desk",
        "1",
    )
    console(
        bundle,
        environment,
        *desk,
        "user",
        "add",
        "toan",
        "--name",
        "Phạm Quốc Toản",
        "--role",
        "admin",
        stdin="matkhau1\n",
    )
    console(
        bundle,
        environment,
        *desk,
        "--user",
        "toan",
        "user",
        "add",
        "lan",
        "--name",
        "Nguyễn Thị Lan",
        "--role",
        "clerk",
        stdin="matkhau1\n",
    )
    dossier = tmp_path / "hoso.json"
    dossier.write_text(json.dumps(DOSSIER, ensure_ascii=False), encoding="utf-8")
    received = json.loads(
        console(bundle, environment, *desk, "--json", "--user", "lan", "receive", "--from-json", str(dossier))
    )
    assert received["code"].startswith("000.00.31.H56-") and received["fee"] == 10000
    assert received["code"] in console(bundle, environment, *desk, "--user", "lan", "search", "tran van duc")
    pdf = tmp_path / "receipt.pdf"
    console(
        bundle, environment, *desk, "--user", "lan", "print", received["code"], "--slip", "receipt", "--out", str(pdf)
    )
    content = pdf.read_bytes()
    assert content.startswith(b"%PDF") and b"BeVietnamPro" in content
    refused = subprocess.run(  # the core's catalog ships with the bundle: a refusal reads in either language
        [
            str(bundle / f"counter-app-console{SUFFIX}"),
            *desk,
            "--language",
            "en",
            "--user",
            "lan",
            "show",
            "000.00.31.H56-260101-0009",
        ],
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert (refused.returncode, refused.stderr) == (1, 'Error: No dossier has the code "000.00.31.H56-260101-0009".\n')


@pytest.mark.parametrize("configured", [False, True], ids=["first-start", "configured-desk"])
def test_the_window_starts_offscreen_and_keeps_running(bundle, environment, tmp_path, configured):
    data = tmp_path / "desk"
    if configured:  # the window then opens the desk (calendar, catalog) and shows the sign-in
        console(
            bundle,
            environment,
            "--data-dir",
            str(data),
            "init",
            "--unit-code",
            "000.00.31.H56",
            "--unit-name",
            "UBND xã Quảng Phú",
            "--desk",
            "1",
        )
    log = tmp_path / "window.log"
    with log.open("wb") as stderr:
        window = subprocess.Popen(
            [str(bundle / f"counter-app{SUFFIX}"), "--data-dir", str(data)],
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        try:
            time.sleep(4)
            assert window.poll() is None, f"the window exited with {window.returncode}: {log.read_text()}"
        finally:
            window.terminate()
            window.wait(10)
    assert "Traceback" not in log.read_text(errors="replace")
    assert (data / "counter.sqlite3").is_file()
