"""Updating Counter on Windows as a commune's IT officer does: an older version's installer run silently, a desk
made with it (a dossier received, the backup folder set), then the current installer run silently over it. The
older installer is compiled cheaply from the current build's kept bundle, stamped with an older version (the
programs inside are today's: what changes between the two is what Windows and Inno Setup know of the version).

Skipped where Wine or osslsigncode is missing, as tests/installers/test_windows.py, whose fixtures it uses."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from packaging.version import Version

from counter_app import __version__
from installers import build_windows, inno, wine
from tests.installers.test_bundle import DOSSIER
from tests.installers.test_windows import (  # noqa: F401 (fixtures)
    INSTALL_DIR,
    UNIT,
    certificate,
    console,
    install,
    installer,
    linux_path,
    monkeypatch_module,
    pytestmark,
    signed_by,
    uninstall_entries,
    windows,
)
from tests.ui.test_under_x import x_display  # noqa: F401 (fixture: an Xvfb display of this module)

OLDER = "0.0.9"
BACKUP_FOLDER = r"C:\Sao lưu quầy"


@pytest.fixture(scope="module")
def older_installer(installer, certificate, tmp_path_factory) -> Path:  # noqa: F811
    """The current build's bundle compiled again by Inno Setup as version OLDER (fast compression, unsigned)."""
    assert Version(OLDER) < Version(__version__)
    cache = build_windows.cache_folder()
    bundle = build_windows.kept_bundle(cache, build_windows.inputs_key(certificate, bundle_only=True))
    assert bundle is not None, "the build keeps its bundle"
    downloads = build_windows.download(cache)
    started = time.monotonic()
    older = inno.compile_installer(
        build_windows.inno_setup(cache, downloads),
        bundle,
        tmp_path_factory.mktemp("older"),
        version=OLDER,
        prefix=build_windows.prepare_wine(cache, downloads),
        compression="lzma2/fast",
    )
    print(f"installer of {OLDER} compiled in {time.monotonic() - started:.0f} s")
    return older


def test_an_older_version_updated_in_place_keeps_the_desk_and_its_settings(
    windows,  # noqa: F811
    older_installer,
    installer,  # noqa: F811
    certificate,  # noqa: F811
    x_display,  # noqa: F811
    tmp_path,
):
    install(windows, older_installer, x_display, r"C:\setup-older.log", language="english")
    (entry,) = uninstall_entries(windows).values()
    assert entry["DisplayVersion"] == OLDER and entry["DisplayName"] == f"Counter {OLDER}"
    assert entry["Inno Setup: Language"] == "english"
    installed = linux_path(windows, INSTALL_DIR)
    assert not signed_by(installed / "unins000.exe", certificate)  # the older one was compiled unsigned

    console(windows, "init", *UNIT)
    console(windows, "demo", "--dossiers", "3")
    dossier = tmp_path / "hồ sơ Lê Thị Hoa.json"
    dossier.write_text(json.dumps(DOSSIER, ensure_ascii=False), encoding="utf-8")
    received = json.loads(
        console(windows, "--json", "--user", "lan", "receive", "--from-json", wine.windows_path(dossier))
    )
    said = json.loads(console(windows, "--json", "--user", "admin", "backup", "--folder", BACKUP_FOLDER))
    assert said["backup"].startswith(BACKUP_FOLDER + "\\")
    backups = json.loads(console(windows, "--json", "--user", "admin", "backup", "--list"))
    accounts = json.loads(console(windows, "--json", "--user", "admin", "user", "list"))

    install(windows, installer, x_display, r"C:\setup-update.log")

    assert console(windows, "--version").strip() == f"counter-app {__version__}"
    (entry,) = uninstall_entries(windows).values()  # one Counter in Settings → Apps, not two
    assert entry["DisplayVersion"] == __version__ and entry["DisplayName"] == f"Counter {__version__}"
    assert entry["Inno Setup: Language"] == "english"  # the update speaks the language chosen the first time
    assert signed_by(installed / "unins000.exe", certificate)  # the uninstaller is the new one
    shown = json.loads(console(windows, "--json", "--user", "lan", "show", received["code"]))
    assert shown["code"] == received["code"]
    assert json.loads(console(windows, "--json", "--user", "admin", "backup", "--list")) == backups  # the setting
    assert json.loads(console(windows, "--json", "--user", "admin", "user", "list")) == accounts

    windows.run(f"{INSTALL_DIR}\\unins000.exe", "/VERYSILENT", "/SUPPRESSMSGBOXES", env={"DISPLAY": x_display})
    windows.wait()
    assert uninstall_entries(windows) == {}
    assert not (installed / "counter-app.exe").exists()
    assert (windows.local_app_data() / "Counter" / "counter" / "counter.sqlite3").is_file()
