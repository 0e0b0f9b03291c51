"""Inno Setup's compiler over a built bundle: the installer of a version, signed with its uninstaller.

With a certificate, the compiler is given a sign tool (``/Scounter=<command> $f``) and ``counter.iss`` turns on
``SignedUninstaller``: the compiler signs the uninstaller it embeds, so that the ``unins000.exe`` written at
install time carries the signature, and then signs the setup itself. The command is ``signtool`` on Windows;
under Wine, the build's Windows Python running ``wine_sign.py``, which runs osslsigncode (installers/README.md).
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Sequence
from pathlib import Path

from installers import build, wine

SIGN_TOOL = "counter"  # the sign tool's name in counter.iss (SignTool=counter)
WINE_SIGN = Path(__file__).resolve().parent / "wine_sign.py"
# The compiler's warning for a message a language file lacks (it then uses the English one).
MISSING_MESSAGE = re.compile(r'A message named "(\w+)" has not been defined for the "(\w+)" language')


def sign_tool(certificate: Path, password: str, python: Path | None) -> str:
    """The command the compiler runs to sign a file (``$f``, quoted by the compiler; ``$q`` is a quote): ``signtool``
    with ``certificate`` on Windows, or, under Wine, the Windows ``python`` running ``wine_sign.py``."""
    if python is None:
        return f"signtool sign /fd sha256 /f $q{certificate}$q /p {password} $f"
    return f"$q{wine.windows_path(python)}$q $q{wine.windows_path(WINE_SIGN)}$q $f"


def compile_installer(
    iscc: Path,
    bundle: Path,
    out: Path,
    *,
    version: str = build.__version__,
    prefix: wine.Wine | None = None,
    python: Path | None = None,
    certificate: Path | None = None,
    compression: str | None = None,
) -> Path:
    """``<out>/Counter-Setup-<version>.exe`` from ``bundle``, compiled under Wine when ``prefix`` is given (then
    ``python`` is the build's Windows Python); signed, uninstaller included, with ``certificate``; ``compression``
    replaces the script's (``lzma2/max``)."""
    password = os.environ.get("COUNTER_SIGN_PASSWORD", "")
    options = [f"/DCompression={compression}"] if compression else []
    extra = {}
    if certificate:
        options += ["/DSignTool=" + SIGN_TOOL, f"/S{SIGN_TOOL}={sign_tool(certificate, password, python)}"]
        extra = {"COUNTER_SIGN_PFX": str(certificate), "COUNTER_SIGN_PASSWORD": password}
    installer = out / build.installer_name(version)
    installer.unlink(missing_ok=True)
    path = wine.windows_path if prefix else str
    command = build.iscc_command(iscc, bundle, out, version, path=path, options=options)
    missing = MISSING_MESSAGE.findall(run_windows(command, prefix, extra))
    if missing:  # the compiler would show these in English
        raise SystemExit(f"messages missing from a language file: {', '.join(map(' in '.join, missing))}")
    return installer


def run_windows(command: Sequence[str], prefix: wine.Wine | None, extra: dict[str, str] | None = None) -> str:
    """A Windows program (its path first), under Wine when ``prefix`` is given; its output, shown after it ends,
    through a pipe (a Windows Python under Wine cannot write to a redirected file)."""
    done = subprocess.run(
        ["wine", *command] if prefix else list(command),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=prefix.environment(extra) if prefix else {**os.environ, **(extra or {})},
        encoding="utf-8",
        errors="replace",
        cwd=build.ROOT,
    )
    print(done.stdout, end="")
    if done.returncode:
        raise SystemExit(f"{Path(command[0]).name} failed ({done.returncode})")
    return done.stdout
