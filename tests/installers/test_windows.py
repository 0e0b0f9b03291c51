"""The Windows installer, built here by installers/build_windows.py (or its kept build of the same inputs) and signed
with a throw-away certificate, installed silently into a fresh Wine prefix and used as a commune's IT officer and
clerk would: the console program's version, a desk in %LOCALAPPDATA%\\Counter (demo data, a dossier from a file
with a Vietnamese name, its receipt printed to PDF and read back, a backup, the log), the due date across Tết, a
second desk receiving, printing and backing up on another drive letter under a Vietnamese path past 260 characters,
enrolment and sync with a real provincial server (the token in Windows' Credential Manager), the window on Qt's
Windows platform with a screenshot, installing again over the installed program, and uninstalling, which keeps the
desk's data.

Skipped where Wine is missing (CI installs it: .ci/run). Wine 8 (Debian 12) needs three stand-ins that a real
Windows does not: installers/wine.py says which and why."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import holidays
import pypdfium2
import pytest
import zxingcpp
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from PIL import Image, ImageGrab

from counter_app import __version__
from installers import build_windows, wine
from tests.installers.test_bundle import DOSSIER
from tests.sync.conftest import province, server_url  # noqa: F401 (fixtures: a real provincial server)
from tests.ui.test_under_x import x_display  # noqa: F401 (fixture: an Xvfb display of this module)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not wine.available(), reason="Wine is missing (Debian: apt-get install wine wine64 wine32:i386)"
    ),
    pytest.mark.skipif(shutil.which("osslsigncode") is None, reason="osslsigncode is missing (apt-get install)"),
]

ROOT = Path(__file__).resolve().parents[2]
INSTALL_DIR = r"C:\Phần mềm\Counter"
UNIT = ["--unit-code", "000.00.31.H56", "--unit-name", "UBND xã Quảng Phú", "--desk", "1"]
SIGNING_PASSWORD = "counter-test"
SCREENSHOT = ROOT / "docs" / "screenshots" / "windows-wine.png"
UNINSTALL = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall"


def throwaway_certificate(folder: Path) -> Path:
    """A throw-away self-signed code-signing certificate (PKCS#12, with its PEM beside), made once per cache."""
    pfx = folder / "counter-test-signing.pfx"
    if pfx.is_file():
        return pfx
    folder.mkdir(parents=True, exist_ok=True)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Counter test signing (not trusted)")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CODE_SIGNING]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    encryption = serialization.BestAvailableEncryption(SIGNING_PASSWORD.encode())
    pfx.write_bytes(pkcs12.serialize_key_and_certificates(b"counter-test", key, certificate, None, encryption))
    pfx.with_suffix(".pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return pfx


@pytest.fixture(scope="module")
def certificate() -> Path:
    return throwaway_certificate(build_windows.cache_folder() / "test-signing")


@pytest.fixture(scope="module")
def installer(certificate, tmp_path_factory, monkeypatch_module) -> Path:
    monkeypatch_module.setenv("COUNTER_SIGN_PASSWORD", SIGNING_PASSWORD)
    out = tmp_path_factory.mktemp("windows")
    started = time.monotonic()
    assert build_windows.main(["--out", str(out), "--reuse", "--sign", str(certificate)]) == 0
    print(f"Windows installer ready in {time.monotonic() - started:.0f} s")
    return out / f"Counter-Setup-{__version__}.exe"


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.fixture(scope="module")
def windows(tmp_path_factory, x_display) -> wine.Wine:  # noqa: F811
    """A fresh Windows 10 prefix, as a commune PC before Counter is installed."""
    downloads = build_windows.download(build_windows.cache_folder())
    prefix = wine.Wine(tmp_path_factory.mktemp("wine") / "prefix")
    prefix.create(build_windows.downloaded(downloads, "icu4py"))
    yield prefix
    subprocess.run(["wineserver", "-k"], env=prefix.environment(), check=False, timeout=60)


def install(windows: wine.Wine, installer: Path, display: str, log: str, language: str | None = None) -> None:
    """A silent install for the current user, in ``language`` (Inno Setup's /LANG) if given."""
    chosen = [f"/LANG={language}"] if language else []
    done = windows.run(
        installer,
        "/VERYSILENT",
        "/SUPPRESSMSGBOXES",
        "/CURRENTUSER",
        f"/DIR={INSTALL_DIR}",
        f"/LOG={log}",
        *chosen,
        env={"DISPLAY": display},
    )
    windows.wait()
    assert done.returncode == 0


def uninstall_entries(windows: wine.Wine) -> dict[str, dict[str, str]]:
    """The user's entries in Windows' list of installed programs (Settings → Apps): each key's string values."""
    done = windows.run("reg", "query", UNINSTALL, "/s", check=False)
    entries: dict[str, dict[str, str]] = {}
    values: dict[str, str] = {}
    for line in done.stdout.splitlines():
        if line.startswith("HKEY_"):
            values = entries.setdefault(line.rsplit("\\", 1)[-1], {})
        elif "    REG_" in line:
            name, _, value = [*re.split(r" {4}", line.strip(), maxsplit=2), ""][:3]
            values[name] = value
    return {key: values for key, values in entries.items() if "DisplayName" in values}


def linux_path(windows: wine.Wine, path: str) -> Path:
    """Where a path on the prefix's drive C: is on Linux."""
    return windows.drive_c() / Path(*path.removeprefix("C:\\").split("\\"))


@pytest.fixture(scope="module")
def installed(windows, installer, x_display) -> Path:  # noqa: F811
    install(windows, installer, x_display, r"C:\setup.log")
    return linux_path(windows, INSTALL_DIR)


def console(windows: wine.Wine, *args: str) -> str:
    """The installed console program run with ``args``; its standard output (UTF-8)."""
    done = windows.run(f"{INSTALL_DIR}\\counter-app-console.exe", *args, check=False, timeout=300)
    assert done.returncode == 0, f"{args}: {done.stderr}"
    return done.stdout


# The first account of a desk is its administrator, made without --user; every later command names who acts.
FIRST_ADMIN = ("user", "add", "toan", "--name", "Phạm Quốc Toản", "--role", "admin", "--password", "matkhau1")
CLERK = ("user", "add", "lan", "--name", "Nguyễn Thị Lan", "--role", "clerk", "--password", "matkhau1")


@pytest.fixture(scope="module")
def local_desk(windows, installed) -> Path:
    """A desk in the default data folder, %LOCALAPPDATA%\\Counter\\counter, with demo accounts and dossiers."""
    said = console(windows, *["init", *UNIT])
    assert said.startswith("Đã cấu hình quầy 1 — UBND xã Quảng Phú")  # Vietnamese through a pipe: UTF-8 mode
    console(windows, "demo", "--dossiers", "15")
    return windows.local_app_data() / "Counter" / "counter"


def signed_by(file: Path, certificate: Path) -> bool:
    done = subprocess.run(
        ["osslsigncode", "verify", "-in", str(file), "-CAfile", str(certificate.with_suffix(".pem"))],
        capture_output=True,
        text=True,
    )
    return done.returncode == 0 and "Signature verification: ok" in done.stdout


def version_string(file: Path, name: str) -> str | None:
    """A string of the Windows version resource (what Properties → Details shows)."""
    data = file.read_bytes()
    key = name.encode("utf-16-le") + b"\0\0"
    at = data.find(key)
    if at < 0:
        return None
    at += len(key)
    at += (-at) % 4  # the value starts on a 32-bit boundary
    end = at
    while data[end : end + 2] != b"\0\0":
        end += 2
    return data[at:end].decode("utf-16-le").strip()  # Inno Setup pads with spaces


def test_the_installer_and_both_programs_are_signed_and_carry_the_package_version(installer, installed, certificate):
    for program in (installer, installed / "counter-app.exe", installed / "counter-app-console.exe"):
        assert signed_by(program, certificate), program.name
        assert version_string(program, "ProductVersion") == __version__, program.name
    assert version_string(installed / "counter-app.exe", "FileDescription").startswith("Counter — quầy tiếp nhận")
    assert (installed / "NOTICE.txt").is_file()
    assert signed_by(installed / "unins000.exe", certificate)  # SignedUninstaller, through Inno Setup's sign tool


def test_both_programs_declare_that_they_handle_paths_past_260_characters(installed):
    # Windows' first gate for long paths (the second is LongPathsEnabled, the IT officer's): the manifest
    for program in (installed / "counter-app.exe", installed / "counter-app-console.exe"):
        assert re.search(rb"<longPathAware[^>]*>true</longPathAware>", program.read_bytes()), program.name


def test_the_installer_and_its_uninstaller_speak_vietnamese(windows, installed):
    (entry,) = uninstall_entries(windows).values()
    assert entry["DisplayName"] == f"Counter {__version__}" and entry["DisplayVersion"] == __version__
    assert entry["Inno Setup: Language"] == "vietnamese"  # the first language, chosen with no /LANG
    # the uninstaller's messages, in the language of the installation, are written beside it
    messages = (installed / "unins000.msg").read_bytes()
    for said in ("Đã gỡ xong %1 khỏi máy tính của bạn.", "Bạn có chắc muốn gỡ bỏ hoàn toàn %1"):
        assert said.encode("utf-16-le") in messages


def test_the_console_program_prints_the_package_version(windows, installed):
    assert console(windows, "--version").strip() == f"counter-app {__version__}"


def test_a_desk_in_local_app_data_receives_prints_and_backs_up(windows, local_desk, tmp_path):
    assert (local_desk / "counter.sqlite3").is_file()
    dossier = tmp_path / "hồ sơ Trần Văn Đức.json"
    dossier.write_text(json.dumps(DOSSIER, ensure_ascii=False), encoding="utf-8")
    received = json.loads(
        console(windows, "--json", "--user", "lan", "receive", "--from-json", wine.windows_path(dossier))
    )
    assert received["code"].startswith("000.00.31.H56-") and received["fee"] == 10000

    pdf = tmp_path / "Biên nhận" / f"{received['code']}.pdf"
    pdf.parent.mkdir()
    console(windows, "--user", "lan", "print", received["code"], "--slip", "receipt", "--out", wine.windows_path(pdf))
    document = pypdfium2.PdfDocument(str(pdf))
    text = " ".join(document[0].get_textpage().get_text_range().split())
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in text and "Trần Văn Đức" in text
    image = document[0].render(scale=200 / 72).to_pil()
    assert {r.text for r in zxingcpp.read_barcodes(image) if r.format.name == "Code128"} == {received["code"]}
    # the fonts come from the bundle: Windows (here Wine) has no Be Vietnam Pro
    assert b"BeVietnamPro" in pdf.read_bytes()
    assert not list((windows.drive_c() / "windows" / "Fonts").glob("BeVietnamPro*"))

    said = json.loads(console(windows, "--json", "--user", "admin", "backup"))
    backup = Path(said["backup"].replace("\\", "/"))
    assert backup.parent.name == "backups"
    assert (local_desk / "backups" / backup.name).is_file()
    log = (local_desk / "logs" / "counter.log").read_text(encoding="utf-8")
    assert f"counter-app {__version__}: receive" in log and f"counter-app {__version__}: backup" in log


def test_the_due_date_across_tet_is_the_one_the_desk_computes_on_linux(windows, local_desk, tmp_path):
    asked = ["--json", "due-date", "--procedure", "1.001193", "--received", "2027-02-04 10:00"]
    on_windows = json.loads(console(windows, *asked))
    linux = [sys.executable, "-m", "counter_app", "--data-dir", str(tmp_path / "linux")]
    subprocess.run([*linux, "init", *UNIT], check=True, capture_output=True)
    on_linux = json.loads(subprocess.run([*linux, *asked], check=True, capture_output=True, text=True).stdout)
    assert on_windows == on_linux
    tet = max(day for day in holidays.VN(years=2027) if day.month == 2)  # Tết Đinh Mùi's last day off
    assert date.fromisoformat(on_windows["due_at"][:10]) > tet


def test_a_desk_on_another_drive_past_260_characters_receives_prints_and_backs_up(windows, installed, tmp_path):
    drive = tmp_path / "drive-d"
    drive.mkdir()
    windows.map_drive("d", drive)
    folders = ["Dữ liệu Bộ phận một cửa", *[f"Thư mục lưu trữ hồ sơ năm {year}" for year in range(2020, 2030)]]
    data = "D:\\" + "\\".join(folders)
    assert len(data) == 336  # past Windows' old limit of 260 characters (MAX_PATH), every file below it further
    on_linux = drive.joinpath(*folders)
    desk = ["--data-dir", data]
    console(windows, *desk, "init", *UNIT)
    console(windows, *desk, *FIRST_ADMIN)
    console(windows, *desk, "--user", "toan", *CLERK)
    dossier = on_linux / "Hồ sơ đến" / "hồ sơ Trần Văn Đức.json"
    dossier.parent.mkdir()
    dossier.write_text(json.dumps(DOSSIER, ensure_ascii=False), encoding="utf-8")
    from_file = f"{data}\\Hồ sơ đến\\{dossier.name}"
    received = json.loads(console(windows, *desk, "--json", "--user", "lan", "receive", "--from-json", from_file))
    (on_linux / "Biên nhận").mkdir()
    pdf = f"{data}\\Biên nhận\\{received['code']}.pdf"
    console(windows, *desk, "--user", "lan", "print", received["code"], "--slip", "receipt", "--out", pdf)
    said = json.loads(console(windows, *desk, "--json", "--user", "toan", "backup"))

    assert said["backup"].startswith(data + "\\backups\\") and len(said["backup"]) > 380 and len(pdf) > 360
    text = pypdfium2.PdfDocument(str(on_linux / "Biên nhận" / f"{received['code']}.pdf"))[0].get_textpage()
    assert "Trần Văn Đức" in " ".join(text.get_text_range().split())
    # read from a short path: SQLite on Linux takes paths of up to 512 bytes, and this one's 383 characters are
    # some 500 bytes before the drive's own folder
    backup = shutil.copyfile(on_linux / "backups" / said["backup"].rsplit("\\", 1)[1], tmp_path / "backup.sqlite3")
    with closing(sqlite3.connect(backup)) as copy:
        assert copy.execute("SELECT code FROM dossier").fetchall() == [(received["code"],)]
    log = (on_linux / "logs" / "counter.log").read_text(encoding="utf-8")
    assert f"counter-app {__version__}: receive" in log and f"counter-app {__version__}: backup" in log


def test_enrolment_keeps_the_token_in_the_windows_credential_manager_and_sync_sends_the_desk(
    windows,
    installed,
    province,  # noqa: F811
    server_url,  # noqa: F811
    tmp_path,
):
    data = wine.windows_path(tmp_path / "quầy")
    desk = ["--data-dir", data]
    console(
        windows, *desk, "init", "--unit-code", province.unit_code, "--unit-name", "UBND xã Quảng Phú", "--desk", "1"
    )
    console(windows, *desk, *FIRST_ADMIN)
    console(windows, *desk, "--user", "toan", *CLERK)
    console(windows, *desk, "--user", "toan", "enrol", "--server", server_url, "--code", province.desk_code(1))
    # keyring's Windows backend wrote a generic credential, which Wine keeps in the user's registry
    windows.wait()
    assert "counter-app" in (windows.prefix / "user.reg").read_text(encoding="utf-8", errors="replace")
    dossier = tmp_path / "hồ sơ.json"
    dossier.write_text(json.dumps(DOSSIER, ensure_ascii=False), encoding="utf-8")
    code = json.loads(
        console(windows, *desk, "--json", "--user", "lan", "receive", "--from-json", wine.windows_path(dossier))
    )
    console(windows, *desk, "--user", "lan", "sync")
    with province.db.cursor() as cursor:
        cursor.execute("SELECT count(*) AS n FROM dossier WHERE code = %s", (code["code"],))
        assert cursor.fetchone()["n"] == 1


def test_the_window_starts_on_qts_windows_platform_and_is_drawn(windows, local_desk, x_display):  # noqa: F811
    window = subprocess.Popen(
        ["wine", f"{INSTALL_DIR}\\counter-app.exe"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=windows.environment({"DISPLAY": x_display}),
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            time.sleep(2)
            assert window.poll() is None, f"the window exited with {window.returncode}"
            shot = ImageGrab.grab(xdisplay=x_display)
            if len(shot.getcolors(maxcolors=1 << 16) or range(1 << 16)) > 50:
                break
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shot.save(SCREENSHOT)
        assert len(Image.open(SCREENSHOT).getcolors(maxcolors=1 << 16) or range(1 << 16)) > 50  # drawn, not blank
    finally:
        subprocess.run(["wineserver", "-k"], env=windows.environment(), check=False, timeout=60)
        window.wait(30)
    log = (local_desk / "logs" / "counter.log").read_text(encoding="utf-8")
    assert "Traceback" not in log


def test_installing_again_over_the_installed_program_keeps_the_desk_and_replaces_the_libraries(
    windows,
    installer,
    installed,
    local_desk,
    x_display,  # noqa: F811
):
    accounts = json.loads(console(windows, "--json", "--user", "admin", "user", "list"))
    dossiers = json.loads(console(windows, "--json", "--user", "admin", "search", "Nguyễn"))
    stale = installed / "_internal" / "left-by-an-older-version.dll"
    stale.write_bytes(b"MZ")
    install(windows, installer, x_display, r"C:\setup-again.log")
    assert not stale.exists()  # [InstallDelete]: no library of a previous version stays beside the new ones
    assert json.loads(console(windows, "--json", "--user", "admin", "user", "list")) == accounts
    assert json.loads(console(windows, "--json", "--user", "admin", "search", "Nguyễn")) == dossiers


def test_uninstalling_removes_the_program_and_keeps_the_desks_data(windows, installed, local_desk, x_display):  # noqa: F811
    before = sorted(p.relative_to(local_desk) for p in local_desk.rglob("*"))
    uninstaller = f"{INSTALL_DIR}\\unins000.exe"
    windows.run(uninstaller, "/VERYSILENT", "/SUPPRESSMSGBOXES", r"/LOG=C:\uninstall.log", env={"DISPLAY": x_display})
    windows.wait()  # the uninstaller copies itself to a temporary folder and finishes there
    assert not (installed / "counter-app.exe").exists() and not (installed / "_internal").exists()
    assert sorted(p.relative_to(local_desk) for p in local_desk.rglob("*")) == before
