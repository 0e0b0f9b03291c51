"""The one interface the rest of the desk sees of a document scanner, whatever drives it (SANE or WIA): list the
devices, scan pages one by one with progress, cancel; a problem is one of a few codes with a Vietnamese message.

A scan yields each page as soon as it is whole; a problem is raised only after the pages already taken, so a jam
on the fifth sheet never loses the first four.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from counter_app.scanning.pages import DPI, Page
from counter_core.foundation.errors import CounterError


class Problem(StrEnum):
    MISSING = "missing"  # no such scanner (unplugged, switched off, driver gone)
    BUSY = "busy"  # another program is using it
    JAMMED = "jammed"  # paper jam (or the cover open)
    NO_PAPER = "no_paper"  # the feeder is empty
    CANCELLED = "cancelled"  # the clerk stopped it
    FAILED = "failed"  # anything else the driver said


MESSAGES = {
    Problem.MISSING: "Không tìm thấy máy quét: kiểm tra cáp và nguồn điện của máy quét rồi quét lại.",
    Problem.BUSY: "Máy quét đang bận (một chương trình khác đang dùng): chờ một lát rồi quét lại.",
    Problem.JAMMED: "Máy quét bị kẹt giấy: gỡ tờ bị kẹt, đặt lại tờ đó rồi quét tiếp.",
    Problem.NO_PAPER: "Khay nạp giấy của máy quét không có giấy: đặt giấy vào rồi quét lại.",
    Problem.CANCELLED: "Đã dừng quét.",
    Problem.FAILED: "Máy quét báo lỗi",
}


class ScanError(CounterError):
    """The scanner could not go on; the pages taken before it stopped were already handed over."""

    code = "scan_error"

    def __init__(self, problem: Problem, taken: int = 0, detail: str = "") -> None:
        message = MESSAGES[problem] + (f": {detail}" if detail else "")
        if taken:
            message += f" Đã giữ {taken} trang quét được trước đó."
        super().__init__(message)
        self.problem, self.taken, self.detail = problem, taken, detail


@dataclass(frozen=True)
class Device:
    id: str  # the driver's name for it (SANE device name, WIA device ID)
    name: str  # what the clerk reads
    backend: str  # "SANE" or "WIA"


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
