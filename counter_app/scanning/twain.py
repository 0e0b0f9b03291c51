"""Scanners on Windows through TWAIN, for a scanner whose vendor ships only a TWAIN driver (many older or cheaper
document scanners), with the PyPI package ``pytwain`` (module ``twain``, ctypes over the TWAIN Data Source Manager),
imported only when a TWAIN scanner is used: Linux never loads it.

The scanner's own window stays hidden: the source is asked for greyscale at the resolution, its feeder if it has one
(every sheet in it, ``CAP_XFERCOUNT`` -1) or the glass (one sheet). Once the source says the first image is ready,
images are taken by native transfer one by one until it says none remain, each handed over as soon as it is whole;
progress is per sheet, and a cancel takes effect before the next sheet (closing the source drops the sheets pending).
The driver names a source by its product name, which is also how TWAIN opens it.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator
from types import ModuleType
from typing import Any

from PIL import Image

from counter_app.scanning.pages import Page, page_of
from counter_app.scanning.scanner import Device, Problem, Progress, ScanError, ScanProgress, Settings

# pytwain's exceptions (twain.exceptions) and what the clerk is told; any other TwainError is FAILED.
ERRORS = {
    "PaperJam": Problem.JAMMED,
    "PaperDoubleFeedError": Problem.JAMMED,
    "CheckDeviceOnlineError": Problem.MISSING,
    "NoDataSourceError": Problem.MISSING,
    "SMLoadFileFailed": Problem.MISSING,  # no TWAIN Data Source Manager (twain_32.dll / twaindsm.dll)
    "MaxConnectionsError": Problem.BUSY,
    "DeniedError": Problem.BUSY,
    "DSTransferCancelled": Problem.CANCELLED,  # stopped at the scanner itself
}


class TwainScanner:
    backend = "TWAIN"

    def __init__(self, module: ModuleType | Any = None) -> None:
        self._twain = module  # pytwain's ``twain`` module (a fake of it in the tests)
        self._cancelled = False

    def _module(self) -> Any:
        if self._twain is None and os.name == "nt":
            with contextlib.suppress(ImportError):
                import twain

                self._twain = twain
        return self._twain

    def unavailable(self) -> str | None:
        if self._module() is None:
            return "TWAIN chỉ dùng trên Windows (cần thư viện pytwain)."
        return None

    def devices(self) -> list[Device]:
        twain = self._module()
        if twain is None:
            return []
        try:
            with twain.SourceManager() as manager:
                return [Device(name, name, self.backend) for name in manager.source_list]
        except twain.exceptions.TwainError as exc:
            raise self._error(exc, 0) from exc

    def scan(self, device: Device, settings: Settings, progress: Progress) -> Iterator[Page]:
        twain = self._module()
        if twain is None:
            raise ScanError(Problem.MISSING, detail=self.unavailable() or "")
        self._cancelled = False
        taken = 0
        try:
            with twain.SourceManager() as manager:
                source = manager.open_source(device.id)
                if source is None:
                    raise ScanError(Problem.MISSING)
                try:
                    feeder = _configure(twain, source, settings)
                    events: list[int] = []
                    manager.set_callback(events.append)
                    progress(ScanProgress(1, 0.0))
                    source.request_acquire(show_ui=False, modal_ui=False)
                    source.modal_loop()  # until the source has an image ready, or closes
                    if twain.MSG_XFERREADY not in events:
                        raise ScanError(Problem.NO_PAPER if feeder else Problem.FAILED)
                    more = 1
                    while more:
                        if self._cancelled:
                            raise ScanError(Problem.CANCELLED, taken)
                        dpi = _resolution(twain, source, settings.dpi)
                        handle, more = source.xfer_image_natively()
                        try:
                            bitmap = twain.dib_to_bm_file(handle)
                        finally:
                            twain.global_handle_free(handle)
                        with Image.open(io.BytesIO(bitmap)) as image:
                            page = page_of(image, dpi)
                        taken += 1
                        progress(ScanProgress(taken, 1.0))
                        yield page
                        if more:
                            progress(ScanProgress(taken + 1, 0.0))
                finally:
                    source.close()  # drops the sheets still pending, if the scan stopped early
        except twain.exceptions.TwainError as exc:
            raise self._error(exc, taken) from exc

    @staticmethod
    def _error(exc: BaseException, taken: int) -> ScanError:
        problem = ERRORS.get(type(exc).__name__, Problem.FAILED)
        return ScanError(problem, taken, f"TWAIN {type(exc).__name__}" if problem is Problem.FAILED else "")

    def cancel(self) -> None:
        self._cancelled = True


def _configure(twain: Any, source: Any, settings: Settings) -> bool:
    """Greyscale at the resolution (in inches' dots), the feeder if asked and loaded; whether sheets come from it.
    A capability the source does not have, or rounds, is left as the source has it."""
    refused = (twain.exceptions.TwainError, twain.exceptions.CheckStatus, ValueError)
    for cap, kind, value in (
        (twain.ICAP_XFERMECH, twain.TWTY_UINT16, twain.TWSX_NATIVE),
        (twain.ICAP_PIXELTYPE, twain.TWTY_UINT16, twain.TWPT_GRAY),
        (twain.ICAP_UNITS, twain.TWTY_UINT16, twain.TWUN_INCHES),
        (twain.ICAP_XRESOLUTION, twain.TWTY_FIX32, settings.dpi),
        (twain.ICAP_YRESOLUTION, twain.TWTY_FIX32, settings.dpi),
    ):
        with contextlib.suppress(*refused):
            source.set_capability(cap, kind, value)
    feeder = False
    if settings.feeder:
        with contextlib.suppress(*refused):
            source.set_capability(twain.CAP_FEEDERENABLED, twain.TWTY_BOOL, True)
            feeder = bool(source.get_capability_current(twain.CAP_FEEDERENABLED)[1])
        if feeder:
            with contextlib.suppress(*refused):
                if not source.get_capability_current(twain.CAP_FEEDERLOADED)[1]:
                    raise ScanError(Problem.NO_PAPER)
    with contextlib.suppress(*refused):
        source.set_capability(twain.CAP_XFERCOUNT, twain.TWTY_INT16, -1 if feeder else 1)
    return feeder


def _resolution(twain: Any, source: Any, asked: int) -> float:
    """The resolution of the image ready to transfer, as the source says it (it may not scan at the one asked)."""
    with contextlib.suppress(twain.exceptions.TwainError):
        return float(source.image_info["XResolution"]) or asked
    return asked
