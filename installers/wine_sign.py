"""Inno Setup's sign tool under Wine: ``python.exe wine_sign.py FILE``, run by the build's Windows Python, signs
``FILE`` with osslsigncode, a Linux program, and waits for it to end.

Wine starts a Linux program from a Windows one (``CreateProcess`` of an ELF file) but gives no process handle to
wait on, so Inno Setup's compiler cannot run osslsigncode as its sign tool ("Sign: WaitForSingleObject failed").
This script, a Windows program the compiler can wait for, starts osslsigncode through ``/bin/sh``, which writes
its exit status to ``FILE.status`` at the end, and waits for that file. The certificate is ``$COUNTER_SIGN_PFX``
(a Linux path), its password ``$COUNTER_SIGN_PASSWORD``; both reach the Linux program through Wine. Standard
library only: the embeddable Python runs it as it is. On Windows the compiler runs ``signtool`` instead."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

# $1 the certificate, $2 the file: signed into a copy that replaces it, then the status written in one step.
SCRIPT = (
    'osslsigncode sign -pkcs12 "$1" -pass "$COUNTER_SIGN_PASSWORD" -h sha256 -n Counter -in "$2" -out "$2.signed"'
    ' >"$2.sign-log" 2>&1 && mv "$2.signed" "$2"; echo $? >"$2.status-part"; mv "$2.status-part" "$2.status"'
)
TIMEOUT = 300


def linux_path(windows_path: str) -> str:
    """Wine's Linux path of a Windows one (``winepath``, a Windows program of Wine's, can be waited for)."""
    done = subprocess.run(["winepath", "-u", windows_path], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def start_linux(command: list[str]) -> None:
    """Start a Linux program (its first word a Windows path of an ELF file); Wine gives no handle to it."""
    assert sys.platform == "win32"
    import ctypes
    from ctypes import wintypes

    class StartupInfo(ctypes.Structure):
        _fields_ = [("cb", wintypes.DWORD), ("rest", ctypes.c_byte * 100)]

    class ProcessInformation(ctypes.Structure):
        _fields_ = [("process", wintypes.HANDLE), ("thread", wintypes.HANDLE), ("ids", wintypes.DWORD * 2)]

    startup, information = StartupInfo(), ProcessInformation()
    startup.cb = ctypes.sizeof(StartupInfo)
    line = ctypes.create_unicode_buffer(subprocess.list2cmdline(command))
    created = ctypes.windll.kernel32.CreateProcessW(
        None, line, None, None, False, 0, None, None, ctypes.byref(startup), ctypes.byref(information)
    )
    if not created:
        raise SystemExit(f"could not start {command[0]} ({ctypes.GetLastError()})")


def main(file: str) -> int:
    status = Path(f"{file}.status")
    status.unlink(missing_ok=True)
    start_linux(["Z:\\bin\\sh", "-c", SCRIPT, "sh", os.environ["COUNTER_SIGN_PFX"], linux_path(file)])
    deadline = time.monotonic() + TIMEOUT
    while not status.is_file():
        if time.monotonic() > deadline:
            print(f"osslsigncode did not end within {TIMEOUT} s")
            return 1
        time.sleep(0.2)
    code = int(status.read_text(encoding="ascii").strip() or "1")
    log = Path(f"{file}.sign-log")
    if code:
        print(log.read_text(encoding="utf-8", errors="replace"))
    status.unlink()
    log.unlink(missing_ok=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
