"""Build the desk application for distribution: ``python installers/build.py [--out DIR] [--bundle-only]``.

The steps, in order:

1. compile the translations (``counter_app/resources/translations/*.ts`` and the core's
   ``counter_core/resources/translations/*.ts``) to ``.qm`` with PySide6's ``lrelease`` into
   ``<out>/translations`` (an installed bundle has no ``lrelease``);
2. PyInstaller with ``installers/counter.spec``: the one-folder bundle ``<out>/dist/counter/`` holding
   ``counter-app`` (the window), ``counter-app-console`` (the same program with a console, for support)
   and ``NOTICE.txt`` (third-party licences);
3. on Windows, Inno Setup's compiler with the package's version: ``<out>/Counter-Setup-<version>.exe``;
   elsewhere, the bundle as an archive: ``<out>/counter-<version>-<system>-<machine>.tar.gz``.

Run it from a virtual environment where ``pip install -e ".[build]"`` was done, on the oldest system the
bundle must run on: PyInstaller does not cross-compile, and the bundle needs the C library of its build
system or newer. ``--out`` defaults to ``installers/build``; ``--bundle-only`` stops after step 2;
``--iscc`` names Inno Setup's ``ISCC.exe`` when it is neither on PATH nor in its usual folder.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installers" / "counter.spec"
ISS = ROOT / "installers" / "counter.iss"
NOTICE = ROOT / "installers" / "NOTICE.txt"
sys.path.insert(0, str(ROOT))  # build the tree this script belongs to, whatever is installed

from counter_app import __version__  # noqa: E402


def compile_translations(folder: Path) -> list[Path]:
    """Every ``.ts`` of the application (the window's and the core's) compiled to a ``.qm`` in ``folder`` (emptied
    first)."""
    from counter_app.ui.i18n import CATALOGS, compiled

    shutil.rmtree(folder, ignore_errors=True)
    qms = []
    for ts in sorted({ts for ts_dir in CATALOGS.values() for ts in ts_dir.glob("*.ts")}):
        catalog, language = ts.stem.rsplit("_", 1)
        qms.append(compiled(language, folder, catalog))
    return qms


def run_pyinstaller(
    out: Path,
    translations: Path,
    python: Sequence[str] = (sys.executable,),
    path: Callable[[Path], str] = str,
    env: dict[str, str] | None = None,
) -> Path:
    """The one-folder bundle built from the spec, with the notice beside the programs; returns its folder.
    ``python`` runs PyInstaller (by default this Python; the Windows build gives a Windows Python, under Wine or
    not), ``path`` writes a path as that Python reads it."""
    done = subprocess.run(
        [
            *python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            path(out / "dist"),
            "--workpath",
            path(out / "work"),
            path(SPEC),
            "--",
            "--translations",
            path(translations),
        ],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,  # a pipe: a Windows Python under Wine cannot write to a redirected file
        stderr=subprocess.STDOUT,
        encoding="utf-8",
        errors="replace",
    )
    print(done.stdout, end="")
    if done.returncode:
        raise SystemExit(f"PyInstaller failed ({done.returncode})")
    bundle = out / "dist" / "counter"
    shutil.copy2(NOTICE, bundle)
    return bundle


def file_version(version: str) -> str:
    """The numeric part of ``version`` (at most four numbers), as Windows version resources want it."""
    return re.match(r"\d+(\.\d+){0,3}", version).group()


def iscc_command(
    iscc: Path,
    bundle: Path,
    out: Path,
    version: str = __version__,
    path: Callable[[Path], str] = str,
    options: Sequence[str] = (),
) -> list[str]:
    """Inno Setup's compiler on ``counter.iss``, stamped with the package's version (``path`` writes a path as
    the compiler reads it; ``options``, more of the compiler's options, such as a sign tool)."""
    return [
        path(iscc),
        f"/DAppVersion={version}",
        f"/DFileVersion={file_version(version)}",
        f"/DBundleDir={path(bundle)}",
        f"/O{path(out)}",
        *options,
        path(ISS),
    ]


def installer_name(version: str = __version__) -> str:
    """The file name of the Windows installer (``OutputBaseFilename`` of ``counter.iss``)."""
    return f"Counter-Setup-{version}.exe"


def find_iscc(given: str | None) -> Path:
    """ISCC.exe: the one given, else on PATH, else where Inno Setup 6 installs (for all users or for one)."""
    if given:
        candidates = [Path(given)]
    else:
        on_path = shutil.which("ISCC")
        folders = [os.environ[v] for v in ("ProgramFiles(x86)", "ProgramFiles") if v in os.environ]
        if "LOCALAPPDATA" in os.environ:
            folders.append(str(Path(os.environ["LOCALAPPDATA"]) / "Programs"))
        candidates = ([Path(on_path)] if on_path else []) + [Path(f) / "Inno Setup 6" / "ISCC.exe" for f in folders]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise SystemExit(
        "Inno Setup 6 (ISCC.exe) was not found: install it from https://jrsoftware.org/isdl.php or give --iscc PATH"
    )


def archive(bundle: Path, out: Path, version: str = __version__) -> Path:
    """The bundle folder as ``counter-<version>-<system>-<machine>.tar.gz`` (symbolic links kept)."""
    base = out / f"counter-{version}-{platform.system().lower()}-{platform.machine().lower()}"
    return Path(shutil.make_archive(str(base), "gztar", root_dir=bundle.parent, base_dir=bundle.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "installers" / "build", help="output folder")
    parser.add_argument("--bundle-only", action="store_true", help="stop after the PyInstaller bundle")
    parser.add_argument("--iscc", help="path of Inno Setup's ISCC.exe (Windows)")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    started = time.monotonic()

    qms = compile_translations(out / "translations")
    print(f"[1/3] translations: {', '.join(qm.name for qm in qms)}")
    bundle = run_pyinstaller(out, out / "translations")
    print(f"[2/3] bundle: {bundle} ({time.monotonic() - started:.0f} s)")
    if args.bundle_only:
        return 0
    if sys.platform == "win32":
        subprocess.run(iscc_command(find_iscc(args.iscc), bundle, out), check=True)
        result = out / installer_name()
    else:
        result = archive(bundle, out)
    print(f"[3/3] {result} ({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
