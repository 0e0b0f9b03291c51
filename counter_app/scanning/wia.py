"""Scanners on Windows through WIA (Windows Image Acquisition, its Automation Layer ``WIA.DeviceManager``), called
over COM with ``comtypes``, imported only when a WIA scanner is used: Linux never loads it.

WIA's automation layer has no progress callback and cannot stop a page midway: progress is reported per page (0
when a sheet starts, 1 when it is whole) and a cancel takes effect before the next sheet. With the feeder chosen,
sheets are taken one transfer at a time until the driver says the feeder is empty.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from PIL import Image

from counter_app.scanning.pages import Page, page_of
from counter_app.scanning.scanner import Device, Problem, Progress, ScanError, ScanProgress, Settings

SCANNER_TYPE = 1  # WiaDeviceType.ScannerDeviceType
FORMAT_BMP = "{B96B3CAB-0728-11D3-9D7B-0000F81EF32E}"
# Property IDs (wiadef.h)
DOCUMENT_HANDLING_CAPABILITIES, DOCUMENT_HANDLING_SELECT, PAGES = "3086", "3088", "3096"
CURRENT_INTENT, X_RESOLUTION, Y_RESOLUTION = "6146", "6147", "6148"
FEEDER, FLATBED, GREYSCALE_INTENT = 1, 2, 2
# WIA errors (HRESULTs) and what the clerk is told
PAPER_EMPTY = 0x80210003
ERRORS = {
    0x80210002: Problem.JAMMED,  # WIA_ERROR_PAPER_JAM
    0x80210004: Problem.JAMMED,  # WIA_ERROR_PAPER_PROBLEM
    0x80210016: Problem.JAMMED,  # WIA_ERROR_COVER_OPEN
    PAPER_EMPTY: Problem.NO_PAPER,
    0x80210005: Problem.MISSING,  # WIA_ERROR_OFFLINE
    0x8021000A: Problem.MISSING,  # WIA_ERROR_DEVICE_COMMUNICATION
    0x80210015: Problem.MISSING,  # WIA_S_NO_DEVICE_AVAILABLE
    0x80210006: Problem.BUSY,  # WIA_ERROR_BUSY
    0x80210007: Problem.BUSY,  # WIA_ERROR_WARMING_UP
    0x80210008: Problem.BUSY,  # WIA_ERROR_USER_INTERVENTION
}


class Com(Protocol):
    """What the WIA driver needs of COM: tested with a fake (tests/helpers/scanners.py), real with comtypes."""

    def start(self) -> None: ...  # CoInitialize on the scanning thread

    def stop(self) -> None: ...

    def create(self, prog_id: str) -> object: ...

    def hresult(self, error: BaseException) -> int | None: ...  # the HRESULT of a COM error, None if it is not one


class _Comtypes:
    def __init__(self) -> None:
        import comtypes
        import comtypes.client

        self.comtypes = comtypes

    def start(self) -> None:
        self.comtypes.CoInitialize()

    def stop(self) -> None:
        self.comtypes.CoUninitialize()

    def create(self, prog_id: str) -> object:
        return self.comtypes.client.CreateObject(prog_id)

    def hresult(self, error: BaseException) -> int | None:
        if isinstance(error, self.comtypes.COMError):
            return error.hresult & 0xFFFFFFFF
        return None


class WiaScanner:
    backend = "WIA"

    def __init__(self, com: Com | None = None) -> None:
        self._com = com
        self._cancelled = False

    def _layer(self) -> Com | None:
        if self._com is None and os.name == "nt":
            with contextlib.suppress(ImportError):
                self._com = _Comtypes()
        return self._com

    def unavailable(self) -> str | None:
        if self._layer() is None:
            return "WIA chỉ dùng trên Windows (cần thư viện comtypes)."
        return None

    def devices(self) -> list[Device]:
        com = self._layer()
        if com is None:
            return []
        com.start()
        try:
            infos = com.create("WIA.DeviceManager").DeviceInfos
            found = []
            for index in range(1, infos.Count + 1):
                info = infos.Item(index)
                if info.Type == SCANNER_TYPE:
                    found.append(Device(info.DeviceID, str(info.Properties.Item("Name").Value), self.backend))
            return found
        except Exception as exc:
            raise self._error(com, exc, 0) from exc
        finally:
            com.stop()

    def scan(self, device: Device, settings: Settings, progress: Progress) -> Iterator[Page]:
        com = self._layer()
        if com is None:
            raise ScanError(Problem.MISSING, detail=self.unavailable() or "")
        self._cancelled = False
        taken = 0
        com.start()
        try:
            try:
                item, feeder = self._connect(com, device, settings)
            except Exception as exc:
                raise self._error(com, exc, 0) from exc
            while True:
                if self._cancelled:
                    raise ScanError(Problem.CANCELLED, taken)
                progress(ScanProgress(taken + 1, 0.0))
                try:
                    page = _page(item.Transfer(FORMAT_BMP), settings.dpi)
                except Exception as exc:
                    if com.hresult(exc) == PAPER_EMPTY and taken:
                        return  # the feeder ran out: every sheet is in
                    raise self._error(com, exc, taken) from exc
                taken += 1
                progress(ScanProgress(taken, 1.0))
                yield page
                if not feeder:
                    return
        finally:
            com.stop()

    def _connect(self, com: Com, device: Device, settings: Settings) -> tuple[object, bool]:
        """The device's scanning item set for greyscale at the resolution, and whether sheets come from a feeder."""
        infos = com.create("WIA.DeviceManager").DeviceInfos
        info = next(
            (infos.Item(i) for i in range(1, infos.Count + 1) if infos.Item(i).DeviceID == device.id),
            None,
        )
        if info is None:
            raise ScanError(Problem.MISSING)
        connected = info.Connect()
        capabilities = _property(connected.Properties, DOCUMENT_HANDLING_CAPABILITIES)
        feeder = bool(settings.feeder and capabilities is not None and int(capabilities.Value) & FEEDER)
        if capabilities is not None:
            connected.Properties.Item(DOCUMENT_HANDLING_SELECT).Value = FEEDER if feeder else FLATBED
            if feeder:
                connected.Properties.Item(PAGES).Value = 1  # one sheet per transfer
        item = connected.Items.Item(1)
        for prop, value in (
            (CURRENT_INTENT, GREYSCALE_INTENT),
            (X_RESOLUTION, settings.dpi),
            (Y_RESOLUTION, settings.dpi),
        ):
            item.Properties.Item(prop).Value = value
        return item, feeder

    def _error(self, com: Com, exc: BaseException, taken: int) -> ScanError:
        if isinstance(exc, ScanError):
            return exc
        code = com.hresult(exc)
        if code is None:
            raise exc
        problem = ERRORS.get(code, Problem.FAILED)
        return ScanError(problem, taken, f"WIA 0x{code:08X}" if problem is Problem.FAILED else "")

    def cancel(self) -> None:
        self._cancelled = True


def _property(properties, prop_id: str):
    """A device property, or None if the driver does not have it."""
    for index in range(1, properties.Count + 1):
        prop = properties.Item(index)
        if str(prop.PropertyID) == prop_id:
            return prop
    return None


def _page(image_file, dpi: int) -> Page:
    """A WIA ImageFile as a page: saved to a temporary file by WIA itself, read back by Pillow."""
    with tempfile.TemporaryDirectory(prefix="counter-wia-") as folder:
        path = Path(folder) / "page.bmp"
        image_file.SaveFile(str(path))
        with Image.open(io.BytesIO(path.read_bytes())) as image:
            return page_of(image, dpi)
