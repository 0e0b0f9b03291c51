"""Windows programs run from Linux under Wine (Debian's ``wine``, ``wine64`` and ``wine32``): a prefix made ready for
Counter, Windows paths of Linux files, and the environment Wine actually passes on.

Three traps of Wine 8 (Debian 12) are handled here, each found the hard way (installers/README.md, "Under Wine"):

- Wine does not pass ``QT_*``, ``XDG_*`` and ``VK_*`` variables to Windows programs; it passes ``WINEQT_X`` as
  ``QT_X``. Without that, ``QT_QPA_PLATFORM=offscreen`` never reaches Qt, which then loads its Windows platform;
- Windows' system ICU, which Qt 6.10 and later need, and ``bcryptprimitives.dll``, which Rust code (pydantic-core)
  needs, are missing (``wine_dlls``);
- Qt's Windows platform reads the screen's colour profile with ``mscms.WcsCreateIccProfile``, which Wine (8 and 10)
  does not implement: the call aborts the program. Qt makes it only when the screen has a profile, so the prefix's
  default sRGB profile is removed;
- a Windows Python's output redirected straight to a file fails ("init_sys_streams … Invalid handle"): standard
  input comes from ``/dev/null`` and the output through pipes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from installers import wine_dlls

# Variables Wine keeps to itself unless given as WINE<name> (ntdll's list of special variables).
HIDDEN_PREFIXES = ("QT_", "XDG_", "VK_")
READY = "counter-prefix-ready"


def available() -> bool:
    """Whether this machine runs Windows programs under Wine (64-bit ones and the 32-bit Inno Setup)."""
    return shutil.which("wine") is not None and shutil.which("wineboot") is not None


def version() -> str:
    return subprocess.run(["wine", "--version"], capture_output=True, text=True, check=True).stdout.strip()


def stamp() -> str:
    """What a ready prefix was made with: the Wine version and this recipe (a change of either makes a new one)."""
    recipe = hashlib.sha256(Path(__file__).read_bytes() + Path(wine_dlls.__file__).read_bytes()).hexdigest()[:12]
    return f"{version()} {recipe}"


def windows_path(path: Path | str) -> str:
    """The Windows path of a Linux file: Wine's drive Z: is the Linux root."""
    return str(PureWindowsPath("Z:\\", *Path(path).resolve().parts[1:]))


def passed_on(environment: dict[str, str]) -> dict[str, str]:
    """``environment`` with the variables Wine would drop renamed so that Wine passes them on."""
    return {(f"WINE{k}" if k.startswith(HIDDEN_PREFIXES) else k): v for k, v in environment.items()}


@dataclass(frozen=True)
class Wine:
    """A Wine prefix (a Windows installation in a folder) and the programs run in it."""

    prefix: Path
    debug: str = "-all"

    def environment(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        """The environment of a program run in this prefix: no Mono or Gecko install prompts, Wine quiet."""
        environment = {k: v for k, v in os.environ.items() if not k.startswith(("WINE", *HIDDEN_PREFIXES))}
        environment.update(WINEPREFIX=str(self.prefix), WINEDEBUG=self.debug, WINEDLLOVERRIDES="mscoree,mshtml=")
        return environment | passed_on(extra or {})

    def run(
        self,
        program: Path | str,
        *args: str,
        env: dict[str, str] | None = None,
        timeout: float = 600,
        check: bool = True,
        cwd: Path | None = None,
    ) -> subprocess.CompletedProcess:
        """``program`` (a Linux path or a Windows one) run under Wine; its output as UTF-8 text."""
        return subprocess.run(
            ["wine", str(program), *args],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            env=self.environment(env),
            timeout=timeout,
            check=check,
            cwd=cwd,
            encoding="utf-8",
            errors="replace",
        )

    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    def user_folder(self) -> Path:
        """The Windows user's profile folder, ``C:\\users\\<user>``."""
        return self.drive_c() / "users" / os.environ.get("USER", "root")

    def local_app_data(self) -> Path:
        """``%LOCALAPPDATA%`` as a Linux path."""
        return self.user_folder() / "AppData" / "Local"

    def map_drive(self, letter: str, target: Path) -> None:
        """Drive ``letter``: of the prefix shows the Linux folder ``target``."""
        link = self.prefix / "dosdevices" / f"{letter.lower()}:"
        link.unlink(missing_ok=True)
        link.symlink_to(target.resolve())

    def wait(self) -> None:
        """Wait for the prefix's Wine server to end (all its programs gone, its files written)."""
        subprocess.run(["wineserver", "-w"], env=self.environment(), check=True, timeout=600)

    def is_ready(self) -> bool:
        marker = self.prefix / READY
        return marker.is_file() and marker.read_text(encoding="utf-8").strip() == stamp()

    def create(self, icu_wheel: Path) -> Wine:
        """A new prefix (Windows folders and registry) with the system DLLs Wine lacks (ICU from ``icu_wheel``)."""
        self.prefix.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["wineboot", "--init"],
            env=self.environment(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            check=True,
            timeout=600,
        )
        # Windows 10, as Qt 6 and the installer (MinVersion=10.0) require; Wine 8 says Windows 7 by default.
        self.run("winecfg", "-v", "win10")
        self.wait()
        system32 = self.drive_c() / "windows" / "system32"
        wine_dlls.install_system_icu(icu_wheel, system32)
        wine_dlls.install_bcryptprimitives(system32)
        for profile in (system32 / "spool" / "drivers" / "color").glob("*.icm"):
            profile.unlink()
        (self.prefix / READY).write_text(stamp() + "\n", encoding="utf-8")
        return self
