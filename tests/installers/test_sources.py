"""The installers' sources, checked without building: the PyInstaller spec (two programs in one folder, the
Qt parts it leaves out and what it keeps), the Inno Setup script (version from the build script, install and
data folders, uninstall keeping the data unless asked), the build script's steps that run anywhere, and the
application loading translations shipped as .qm, as an installed bundle does (no .ts, no lrelease)."""

import ast
import platform
import re
import tarfile
from pathlib import Path

import platformdirs.windows
import pytest
from PySide6.QtCore import QCoreApplication

from counter_app import APP_AUTHOR, APP_NAME, __version__
from counter_app.ui import i18n
from counter_core.foundation.messages import CommandLine
from tests.installers.conftest import INSTALLERS

SPEC = ast.parse((INSTALLERS / "counter.spec").read_text(encoding="utf-8"))
ISS_BYTES = (INSTALLERS / "counter.iss").read_bytes()
ISS = ISS_BYTES.decode("utf-8-sig")


def spec_parts(*names: str, **replacements) -> dict:
    """The spec's imports and the named top-level definitions, run on their own (PyInstaller names replaced)."""
    body = [
        node
        for node in SPEC.body
        if isinstance(node, (ast.Import, ast.ImportFrom))
        or getattr(node, "name", None) in names
        or (isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) in names)
    ]
    namespace: dict = {}
    exec(compile(ast.Module(body=body, type_ignores=[]), "counter.spec", "exec"), namespace)
    namespace.update(replacements)
    return namespace


def keyword(call: ast.Call, name: str):
    return next(ast.literal_eval(k.value) for k in call.keywords if k.arg == name)


def calls(name: str) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(SPEC)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name
    ]


def iss_section(name: str) -> list[str]:
    lines = ISS.splitlines()
    start = lines.index(f"[{name}]") + 1
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("[")), len(lines))
    return [line for line in lines[start:end] if line.strip() and not line.startswith(";")]


def test_the_spec_makes_a_windowed_program_and_its_console_twin_sharing_one_folder():
    programs = {call.args[0].value: keyword(call, "console") for call in calls("program")}
    assert programs == {"counter-app": False, "counter-app-console": True}
    (exe,) = calls("EXE")
    assert keyword(exe, "exclude_binaries") is True  # the libraries go to the folder, once
    (collect,) = calls("COLLECT")
    assert [c.func.id for c in collect.args[:2]] == ["program", "program"]
    assert keyword(collect, "name") == "counter"


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
        "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-egldevice-integration.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_help_fr.qm",
        # the Windows wheel's layout
        "PySide6/Qt6VirtualKeyboard.dll",
        "PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll",
        "PySide6/translations/qtbase_fr.qm",
    ],
)
def test_the_spec_leaves_out_qt_parts_the_desk_never_loads(dest):
    assert spec_parts("UNUSED_QT", "unused")["unused"]((dest, "/src", "BINARY"))


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",  # the sound's FFmpeg plugin loads them
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        # typing Vietnamese: compose keys and IBus (ibus-unikey, ibus-bamboo)
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/translations/qtbase_en.qm",
        "counter_app/resources/translations/counter_vi.qm",
        "counter_app/resources/translations/qtbase_vi.qm",
        "counter_app/resources/fonts/BeVietnamPro-Regular.ttf",
        "counter_app/resources/fonts/OFL.txt",
        "counter_app/resources/guide/vi/tiep-nhan.html",  # the user guide (F1) and its screenshots
        "counter_app/resources/guide/en/img/tiep-nhan.png",
        "counter_app/resources/guide/guide.css",
        "PySide6/Qt6Widgets.dll",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/printsupport/windowsprintersupport.dll",
        "PySide6/translations/qtbase_en.qm",
    ],
)
def test_the_spec_keeps_what_the_desk_uses(dest):
    assert not spec_parts("UNUSED_QT", "unused")["unused"]((dest, "/src", "BINARY"))


def test_the_libraries_only_a_left_out_plugin_needed_go_with_it():
    links = {
        "/gtk3": {"libgtk-3.so.0", "libQt6Gui.so.6"},
        "/gtk": {"libcairo.so.2", "libglib-2.0.so.0"},
        "/xcb": {"libglib-2.0.so.0", "libQt6Gui.so.6"},
    }
    parts = spec_parts(
        "UNUSED_QT",
        "unused",
        "libraries_of",
        "linked",
        "without_unused",
        get_imports=lambda path: {(name, "/lib/" + name) for name in links.get(path, ())},
    )
    entries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/gtk3", "BINARY"),
        ("libgtk-3.so.0", "/gtk", "BINARY"),
        ("libcairo.so.2", "/cairo", "BINARY"),
        ("libglib-2.0.so.0", "/glib", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/qtgui", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/xcb", "BINARY"),
        ("libpython3.11.so.1.0", "/python", "BINARY"),
    ]
    kept = {dest for dest, _src, _kind in parts["without_unused"](entries)}
    assert kept == {
        "libglib-2.0.so.0",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libpython3.11.so.1.0",
    }


def test_the_iss_takes_its_version_from_the_build_script_and_refuses_to_build_without_it(build):
    assert ISS_BYTES.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Inno Setup then reads the Vietnamese text
    assert re.search(r"#ifndef AppVersion\s+#error", ISS)
    assert "AppVersion={#AppVersion}" in iss_section("Setup")
    assert "OutputBaseFilename=Counter-Setup-{#AppVersion}" in iss_section("Setup")
    defined_by_build = set(re.findall(r"#ifndef (\w+)", ISS))
    command = build.iscc_command(Path("ISCC.exe"), Path("/out/dist/counter"), Path("/out"))
    stamped = {arg[2:].split("=")[0]: arg.split("=", 1)[1] for arg in command if arg.startswith("/D")}
    assert set(stamped) == {"AppVersion", "FileVersion", "BundleDir"}
    assert defined_by_build == {*stamped, "Compression"}  # lzma2/max unless a test asks for a faster one
    assert stamped["AppVersion"] == __version__
    assert command[-1] == str(INSTALLERS / "counter.iss") and f"/O{Path('/out')}" in command


def test_windows_file_versions_are_the_numbers_of_the_package_version(build):
    assert build.file_version("0.1.0") == "0.1.0"
    assert build.file_version("1.2.0rc1") == "1.2.0"
    assert build.file_version("2026.11.23.4.5") == "2026.11.23.4"


def test_the_iss_installs_the_bundle_to_program_files_with_shortcuts_and_the_notice():
    setup = iss_section("Setup")
    assert r"DefaultDirName={autopf}\Counter" in setup
    assert "InfoBeforeFile=NOTICE.txt" in setup and (INSTALLERS / "NOTICE.txt").is_file()
    assert all('DestDir: "{app}"' in line for line in iss_section("Files"))
    assert any(line.startswith('Source: "{#BundleDir}\\*"') for line in iss_section("Files"))
    icons = iss_section("Icons")
    assert any(line.startswith(r'Name: "{autoprograms}\Counter"; Filename: "{app}\counter-app.exe"') for line in icons)
    assert any(r'"{autodesktop}\Counter"' in line and "Tasks: desktopicon" in line for line in icons)
    assert any(line.startswith('Name: "desktopicon"') for line in iss_section("Tasks"))


def test_the_iss_speaks_vietnamese_first_with_the_projects_messages_and_offers_english():
    assert iss_section("Languages") == [
        'Name: "vietnamese"; MessagesFile: "Vietnamese.isl"',
        'Name: "english"; MessagesFile: "compiler:Default.isl"',
    ]
    assert (INSTALLERS / "Vietnamese.isl").is_file()
    assert "LanguageDetectionMethod=none" in iss_section("Setup")  # the first language whatever Windows speaks
    messages = iss_section("CustomMessages")
    assert any(m.startswith("english.RemoveUserData=") for m in messages)
    assert any(m.startswith("vietnamese.RemoveUserData=Xóa cả dữ liệu") for m in messages)


def test_uninstalling_removes_the_data_folder_the_app_uses_only_when_the_user_says_yes(monkeypatch):
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", r"C:\Users\lan\AppData\Local")  # %LOCALAPPDATA%
    windows_data = platformdirs.windows.Windows(APP_NAME, APP_AUTHOR).user_data_dir.replace("/", "\\")
    assert windows_data == r"C:\Users\lan\AppData\Local\Counter\counter"
    code = ISS[ISS.index("[Code]") :]
    assert r"ExpandConstant('{localappdata}\Counter\counter')" in code
    # asked only in an interactive uninstall, "No" is the default button and the answer when boxes are suppressed
    assert "not UninstallSilent" in code
    assert re.search(
        r"SuppressibleMsgBox\(.*MB_YESNO or MB_DEFBUTTON2, IDNO\) = IDYES then\s+begin\s+DelTree\(", code, re.S
    )
    assert code.count("DelTree(") == 1


def test_iscc_is_found_on_path_or_where_inno_setup_installs(build, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    for variable in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        monkeypatch.delenv(variable, raising=False)
    with pytest.raises(SystemExit, match="Inno Setup 6"):
        build.find_iscc(None)
    iscc = tmp_path / "Programs" / "Inno Setup 6" / "ISCC.exe"
    iscc.parent.mkdir(parents=True)
    iscc.write_bytes(b"")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    assert build.find_iscc(None) == iscc
    assert build.find_iscc(str(iscc)) == iscc


def test_the_linux_archive_holds_the_bundle_folder_with_its_links(build, tmp_path):
    bundle = tmp_path / "dist" / "counter"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "libQt6Core.so.6").write_bytes(b"\x7fELF")
    (bundle / "libQt6Core.so.6").symlink_to("_internal/libQt6Core.so.6")
    result = build.archive(bundle, tmp_path)
    assert result.name == f"counter-{__version__}-{platform.system().lower()}-{platform.machine().lower()}.tar.gz"
    with tarfile.open(result) as tar:
        link = tar.getmember("counter/libQt6Core.so.6")
        assert link.issym() and link.linkname == "_internal/libQt6Core.so.6"
        assert tar.getmember("counter/_internal/libQt6Core.so.6").isfile()


@pytest.fixture
def shipped(build, tmp_path, monkeypatch):
    """The translations folder as an installed bundle has it: compiled .qm files, no .ts, no lrelease."""
    folder = tmp_path / "translations"
    qms = build.compile_translations(folder)
    assert sorted(qm.name for qm in qms) == ["core_vi.qm", "counter_vi.qm", "qtbase_vi.qm"]
    monkeypatch.setattr(i18n, "TS_DIR", folder)

    def no_lrelease():
        raise AssertionError("an installed bundle has no lrelease")

    monkeypatch.setattr(i18n, "lrelease", no_lrelease)
    return folder


def test_an_installed_bundle_uses_the_shipped_translations(qapp, shipped, tmp_path):
    translators = i18n.install_translators(qapp, "vi", cache=tmp_path / "cache")
    try:
        assert QCoreApplication.translate("app", "{unit} — desk {desk}") == "{unit} — quầy {desk}"
        assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Có"
        assert QCoreApplication.translate(*CommandLine.ERROR.value) == "Lỗi: {message}"  # the core's catalog
        assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_a_language_without_translations_is_english(shipped, tmp_path):
    assert i18n.compiled("en", tmp_path / "cache") is None
