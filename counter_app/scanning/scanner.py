"""The one interface the rest of the desk sees of a document scanner, whatever drives it (SANE, WIA or TWAIN): list the
devices, scan pages one by one with progress, cancel; a problem is one of a few codes, each with its text.

A scan yields each page as soon as it is whole; a problem is raised only after the pages already taken, so a jam
on the fifth sheet never loses the first four.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Protocol

from counter_app.scanning.pages import DPI, Page
from counter_core.foundation.errors import CounterError
from counter_core.foundation.messages import Papers
from counter_core.foundation.texts import Text


class Problem(StrEnum):
    MISSING = "missing"  # no such scanner (unplugged, switched off, driver gone)
    BUSY = "busy"  # another program is using it
    JAMMED = "jammed"  # paper jam (or the cover open)
    NO_PAPER = "no_paper"  # the feeder is empty
    CANCELLED = "cancelled"  # the clerk stopped it
    FAILED = "failed"  # anything else the driver said


MESSAGES = {
    Problem.MISSING: Papers.SCANNER_MISSING,
    Problem.BUSY: Papers.SCANNER_BUSY,
    Problem.JAMMED: Papers.SCANNER_JAMMED,
    Problem.NO_PAPER: Papers.SCANNER_NO_PAPER,
    Problem.CANCELLED: Papers.SCAN_CANCELLED,
    Problem.FAILED: Papers.SCANNER_FAILED,
}


class ScanError(CounterError):
    """The scanner could not go on; the pages taken before it stopped were already handed over."""

    kind = "scan_error"

    def __init__(self, problem: Problem, taken: int = 0, detail: str | Text = "") -> None:
        text = Text(MESSAGES[problem])
        if detail:  # the driver's own words (or why the driver cannot be used)
            text = Text(Papers.SCAN_DETAIL, problem=text, detail=detail)
        if taken:
            text = Text(Papers.PAGES_KEPT, problem=text, pages=taken)
        super().__init__(text)
        self.problem, self.taken, self.detail = problem, taken, detail


@dataclass(frozen=True)
class Device:
    id: str  # the driver's name for it (SANE device name, WIA device ID, TWAIN product name)
    name: str  # what the clerk reads
    backend: str  # "SANE", "WIA" or "TWAIN"


@dataclass(frozen=True)
class Settings:
    dpi: int = DPI
    feeder: bool = True  # take every sheet from the document feeder if the scanner has one, else the glass


@dataclass(frozen=True)
class ScanProgress:
    page: int  # the page being scanned, from 1
    fraction: float  # of that page, 0 to 1


Progress = Callable[[ScanProgress], None]


class Scanner(Protocol):
    """A scanner driver. ``scan`` runs on a worker thread; ``cancel`` may be called from any thread."""

    backend: str

    def unavailable(self) -> str | None:
        """Why this driver cannot be used on this computer (in Vietnamese), or None."""

    def devices(self) -> list[Device]: ...

    def scan(self, device: Device, settings: Settings, progress: Progress) -> Iterator[Page]: ...

    def cancel(self) -> None: ...


class Drivers:
    """Several drivers as one scanner (Windows: WIA and TWAIN): their devices in one list, each named with its
    driver (a scanner with both drivers is listed twice), a scan given to the driver of the device chosen."""

    backend: str

    def __init__(self, *drivers: Scanner) -> None:
        self.drivers = drivers
        self.backend = "+".join(d.backend for d in drivers)

    def _usable(self) -> list[Scanner]:
        return [d for d in self.drivers if d.unavailable() is None]

    def unavailable(self) -> str | None:
        if self._usable():
            return None
        return " ".join(why for d in self.drivers if (why := d.unavailable()))

    def devices(self) -> list[Device]:
        """Every usable driver's devices; a driver that fails to list them is said only if no other lists any."""
        found: list[Device] = []
        failed: ScanError | None = None
        for driver in self._usable():
            try:
                found += [replace(d, name=f"{d.name} ({d.backend})") for d in driver.devices()]
            except ScanError as exc:
                failed = failed or exc
        if failed is not None and not found:
            raise failed
        return found

    def scan(self, device: Device, settings: Settings, progress: Progress) -> Iterator[Page]:
        driver = next((d for d in self.drivers if d.backend == device.backend), None)
        if driver is None:
            raise ScanError(Problem.MISSING)
        return driver.scan(device, settings, progress)

    def cancel(self) -> None:
        for driver in self.drivers:
            driver.cancel()
