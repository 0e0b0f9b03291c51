"""Scanners on Linux through SANE, driven by its own command-line front end ``scanimage`` (Debian ``sane-utils``).

Why a subprocess rather than the python-sane binding: python-sane is published only as source (it needs
libsane-dev and a C compiler on every desk), and a driver that crashes or hangs takes its own process down, not the
window; cancelling is a signal to that process. ``scanimage --batch --batch-print`` writes each page to a file and
prints its name once it is whole, so pages are handed over one by one, and ``--progress`` says how far the page is.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from PIL import Image

from counter_app.scanning.pages import Page, page_of
from counter_app.scanning.scanner import Device, Problem, Progress, ScanError, ScanProgress, Settings
from counter_core.foundation.messages import Papers
from counter_core.foundation.texts import Text

# scanimage exits with the SANE status that stopped it.
_STATUS = {2: Problem.CANCELLED, 3: Problem.BUSY, 6: Problem.JAMMED, 7: Problem.NO_PAPER, 8: Problem.JAMMED}
_PROGRESS = re.compile(rb"Progress: (\d+(?:\.\d+)?)%")
_PAGE = re.compile(rb"Scanning page (\d+)")
_FEEDER = re.compile(r"ADF|Feeder|Automatic Document", re.IGNORECASE)
LIST_TIMEOUT = 60  # seconds: listing probes every USB and network scanner


class SaneScanner:
    backend = "SANE"

    def __init__(self, program: str = "scanimage") -> None:
        self.program = shutil.which(program)
        self._process: subprocess.Popen | None = None
        self._cancelled = False

    def unavailable(self) -> str | None:
        if os.name != "posix":
            return "SANE chỉ dùng trên Linux."
        if self.program is None:
            return "Chưa cài SANE (gói sane-utils): chưa dùng được máy quét trên máy này."
        return None

    def devices(self) -> list[Device]:
        if self.program is None:
            return []
        try:
            listed = subprocess.run(
                [self.program, "-f", "%d\t%v %m%n"],
                capture_output=True,
                timeout=LIST_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise ScanError(Problem.BUSY, detail=Text(Papers.SCANNER_NO_ANSWER)) from None
        found = []
        for line in listed.stdout.decode(errors="replace").splitlines():
            if "\t" in line:
                device, name = line.split("\t", 1)
                found.append(Device(device, f"{name.strip()} ({device})", self.backend))
        return found

    def _sources(self, device: Device) -> list[str]:
        """The scan sources the device offers (e.g. Flatbed, ADF), from its options."""
        shown = subprocess.run(
            [self.program, "-d", device.id, "-A"], capture_output=True, timeout=LIST_TIMEOUT, check=False
        )
        for line in shown.stdout.decode(errors="replace").splitlines():
            line = line.strip()
            if line.startswith("--source "):
                return [s.strip() for s in line.removeprefix("--source ").rsplit(" [", 1)[0].split("|")]
        return []

    def scan(self, device: Device, settings: Settings, progress: Progress) -> Iterator[Page]:
        if self.program is None:
            raise ScanError(Problem.MISSING, detail=self.unavailable() or "")
        self._cancelled = False
        feeder = next((s for s in self._sources(device) if _FEEDER.search(s)), None) if settings.feeder else None
        with tempfile.TemporaryDirectory(prefix="counter-scan-") as folder:
            command = [
                self.program,
                "-d",
                device.id,
                "--format=pnm",
                "--mode",
                "Gray",
                "--resolution",
                str(settings.dpi),
                f"--batch={Path(folder) / 'page-%04d.pnm'}",
                "--batch-print",
                "--progress",
            ]
            command += ["--source", feeder] if feeder else ["--batch-count=1"]
            self._process = subprocess.Popen(
                command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, cwd=folder
            )
            said = bytearray()
            reader = threading.Thread(
                target=self._read_progress, args=(self._process.stderr, said, progress), daemon=True
            )
            reader.start()
            taken = 0
            try:
                for line in self._process.stdout:
                    path = Path(line.decode(errors="replace").strip())
                    if not path.is_file():
                        continue
                    with Image.open(path) as image:
                        page = page_of(image, settings.dpi)
                    path.unlink()
                    taken += 1
                    yield page
                code = self._process.wait()
                reader.join()
            finally:
                if self._process.poll() is None:  # the caller stopped reading pages: stop the scanner
                    self._stop()
                self._process = None
        problem = self._problem(code, bytes(said), taken)
        if problem is not None:
            raise ScanError(problem, taken, _detail(bytes(said)) if problem is Problem.FAILED else "")

    def _problem(self, code: int, said: bytes, taken: int) -> Problem | None:
        if self._cancelled:
            return Problem.CANCELLED
        if code == 0 or (code == 7 and taken):  # the feeder ran out after some pages: that is the end
            return None
        if b"open of device" in said:
            return Problem.MISSING
        return _STATUS.get(code, Problem.FAILED)

    @staticmethod
    def _read_progress(stream, said: bytearray, progress: Progress) -> None:
        """Read what scanimage says (its progress comes without line ends) and report each page's progress."""
        page, tail = 1, b""
        while chunk := stream.read1(512):
            said += chunk
            tail = (tail + chunk)[-200:]
            started = list(_PAGE.finditer(tail))
            if started:
                page = int(started[-1].group(1))
            done = _PROGRESS.findall(tail[started[-1].end() :] if started else tail)
            if done:
                progress(ScanProgress(page, min(1.0, float(done[-1]) / 100)))

    def cancel(self) -> None:
        self._cancelled = True
        self._stop()

    def _stop(self) -> None:
        process = self._process
        if process is not None and process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                process.send_signal(signal.SIGINT)  # scanimage stops the scanner properly on SIGINT
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def _detail(said: bytes) -> str:
    lines = [line for line in said.decode(errors="replace").replace("\r", "\n").splitlines() if "scanimage:" in line]
    return lines[-1].split("scanimage:", 1)[1].strip() if lines else ""
