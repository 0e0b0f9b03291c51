"""Scanning through the one interface: SANE's real test backend (pages one by one, progress, a jam that keeps the
pages taken, a busy or missing scanner, cancel), WIA's driver against a fake of its COM objects, TWAIN's against a
fake of pytwain's module, and both Windows drivers listed together."""

from __future__ import annotations

import threading

import pytest

from counter_app.scanning.sane import SaneScanner
from counter_app.scanning.scanner import Device, Drivers, Problem, ScanError, Settings
from counter_app.scanning.twain import TwainScanner
from counter_app.scanning.wia import WiaScanner
from tests.helpers.scanners import FakeCom, FakeTwain, FakeTwainSource, FakeWiaScanner, sane_test_backend


@pytest.fixture
def sane_with(tmp_path, monkeypatch):
    """SANE's test scanners configured with ``settings`` (test.conf)."""

    def configured(**settings: str) -> SaneScanner:
        for name, value in sane_test_backend(tmp_path / str(len(list(tmp_path.iterdir()))), **settings).items():
            monkeypatch.setenv(name, value)
        return SaneScanner()

    return configured


@pytest.fixture
def sane(sane_with):
    return sane_with()


def test_sane_lists_the_scanners_and_scans_every_sheet_of_the_feeder_with_progress(sane):
    devices = sane.devices()
    assert [d.id for d in devices] == ["test:0", "test:1"]
    seen = []
    pages = list(sane.scan(devices[0], Settings(), seen.append))
    assert len(pages) == 10  # the test backend's feeder holds 10 sheets
    assert (pages[0].width, pages[0].height) == (629, 787)  # its 80 × 100 mm page at 200 dpi
    assert pages[0].jpeg[:2] == b"\xff\xd8"
    # progress as scanimage says it (a fast scanner's first words may already be about its second sheet)
    assert seen and all(1 <= p.page <= 10 and 0 < p.fraction <= 1 for p in seen)
    assert [p.page for p in seen] == sorted(p.page for p in seen)


def test_sane_on_the_glass_takes_one_sheet(sane):
    pages = list(sane.scan(sane.devices()[0], Settings(feeder=False), lambda p: None))
    assert len(pages) == 1


@pytest.mark.parametrize(
    ("status", "problem", "words"),
    [
        ("SANE_STATUS_JAMMED", Problem.JAMMED, "kẹt giấy"),
        ("SANE_STATUS_DEVICE_BUSY", Problem.BUSY, "đang bận"),
        ("SANE_STATUS_NO_DOCS", Problem.NO_PAPER, "không có giấy"),
    ],
)
def test_a_jammed_busy_or_empty_scanner_is_said_in_vietnamese(sane_with, status, problem, words):
    sane = sane_with(read_status_code=f'"{status}"')  # the test backend fails its reads with this status
    with pytest.raises(ScanError) as raised:
        list(sane.scan(Device("test:0", "test", "SANE"), Settings(feeder=False), lambda p: None))
    assert raised.value.problem is problem
    assert words in raised.value.message


def test_a_scanner_that_is_not_there_is_missing(sane):
    with pytest.raises(ScanError) as raised:
        list(sane.scan(Device("test:9", "unplugged", "SANE"), Settings(), lambda p: None))
    assert raised.value.problem is Problem.MISSING
    assert "Không tìm thấy máy quét" in raised.value.message


def test_cancel_stops_the_scanner_and_keeps_the_pages_already_taken(sane_with):
    sane = sane_with(read_delay="true", read_delay_duration="100000")  # a slow scanner: each sheet takes a while
    taken = []
    with pytest.raises(ScanError) as raised:
        for page in sane.scan(sane.devices()[0], Settings(), lambda p: None):
            taken.append(page)
            threading.Timer(0.2, sane.cancel).start()
    assert raised.value.problem is Problem.CANCELLED
    assert 1 <= len(taken) < 10


# -- WIA, against a fake of its COM objects -----------------------------------------------------------------------
def test_wia_takes_every_sheet_of_the_feeder_in_greyscale_at_200_dpi():
    fake = FakeWiaScanner(sheets=3)
    wia = WiaScanner(FakeCom(fake))
    devices = wia.devices()
    assert [d.name for d in devices] == ["Canon DR-C225 II"]
    seen = []
    pages = list(wia.scan(devices[0], Settings(), seen.append))
    assert len(pages) == 3
    assert fake.set == {"6146": 2, "6147": 200, "6148": 200}  # greyscale intent, 200 × 200 dpi
    assert [(p.page, p.fraction) for p in seen][:3] == [(1, 0.0), (1, 1.0), (2, 0.0)]
    assert wia._com.depth == 0  # every CoInitialize has its CoUninitialize


@pytest.mark.parametrize(
    ("hresult", "problem"),
    [(0x80210002, Problem.JAMMED), (0x80210006, Problem.BUSY), (0x80210005, Problem.MISSING)],
)
def test_wia_errors_become_the_same_problems_and_keep_the_pages_taken(hresult, problem):
    fake = FakeWiaScanner(sheets=5)
    fake.fail_at[3] = hresult
    wia = WiaScanner(FakeCom(fake))
    taken = []
    with pytest.raises(ScanError) as raised:
        for page in wia.scan(wia.devices()[0], Settings(), lambda p: None):
            taken.append(page)
    assert raised.value.problem is problem
    assert len(taken) == 2 and raised.value.taken == 2
    assert "Đã giữ 2 trang" in raised.value.message


def test_wia_with_an_empty_feeder_says_so_and_a_flatbed_takes_one_sheet():
    wia = WiaScanner(FakeCom(FakeWiaScanner(sheets=0)))
    with pytest.raises(ScanError) as raised:
        list(wia.scan(wia.devices()[0], Settings(), lambda p: None))
    assert raised.value.problem is Problem.NO_PAPER
    flatbed = WiaScanner(FakeCom(FakeWiaScanner(feeder=False)))
    assert len(list(flatbed.scan(flatbed.devices()[0], Settings(), lambda p: None))) == 1


def test_wia_cancel_takes_effect_before_the_next_sheet():
    wia = WiaScanner(FakeCom(FakeWiaScanner(sheets=5)))
    taken = []
    with pytest.raises(ScanError) as raised:
        for page in wia.scan(wia.devices()[0], Settings(), lambda p: None):
            taken.append(page)
            wia.cancel()
    assert raised.value.problem is Problem.CANCELLED and len(taken) == 1


# -- TWAIN, against a fake of pytwain's module ---------------------------------------------------------------------
def test_twain_takes_every_sheet_of_the_feeder_in_greyscale_at_200_dpi_without_the_scanners_window():
    fake = FakeTwainSource(sheets=3)
    twain = FakeTwain(fake)
    scanner = TwainScanner(twain)
    assert scanner.unavailable() is None
    devices = scanner.devices()
    assert [(d.id, d.name, d.backend) for d in devices] == [(fake.name, fake.name, "TWAIN")]
    seen = []
    pages = list(scanner.scan(devices[0], Settings(), seen.append))
    assert len(pages) == 3 and (pages[0].width, pages[0].height) == (1654, 2339)  # A4 at 200 dpi
    assert fake.set["ICAP_PIXELTYPE"] == "TWPT_GRAY" and fake.set["ICAP_XRESOLUTION"] == 200
    assert fake.set["CAP_FEEDERENABLED"] is True and fake.set["CAP_XFERCOUNT"] == -1  # every sheet of the feeder
    assert not fake.shown_ui and fake.closed
    assert [(p.page, p.fraction) for p in seen][:3] == [(1, 0.0), (1, 1.0), (2, 0.0)]
    assert twain.memory == {} and twain.open_managers == 0  # every image's memory freed, the manager closed


def test_twain_on_the_glass_takes_one_sheet_and_an_empty_feeder_says_so():
    flatbed = FakeTwainSource(feeder=False)
    scanner = TwainScanner(FakeTwain(flatbed))
    assert len(list(scanner.scan(scanner.devices()[0], Settings(), lambda p: None))) == 1
    assert flatbed.set["CAP_XFERCOUNT"] == 1
    empty = TwainScanner(FakeTwain(FakeTwainSource(sheets=0)))
    with pytest.raises(ScanError) as raised:
        list(empty.scan(empty.devices()[0], Settings(), lambda p: None))
    assert raised.value.problem is Problem.NO_PAPER and "không có giấy" in raised.value.message


@pytest.mark.parametrize(
    ("error", "problem"),
    [("PaperJam", Problem.JAMMED), ("MaxConnectionsError", Problem.BUSY), ("CheckDeviceOnlineError", Problem.MISSING)],
)
def test_twain_errors_become_the_same_problems_and_keep_the_pages_taken(error, problem):
    fake = FakeTwainSource(sheets=5)
    fake.fail_at[3] = error
    twain = FakeTwain(fake)
    scanner = TwainScanner(twain)
    taken = []
    with pytest.raises(ScanError) as raised:
        for page in scanner.scan(scanner.devices()[0], Settings(), lambda p: None):
            taken.append(page)
    assert raised.value.problem is problem
    assert len(taken) == 2 and raised.value.taken == 2
    assert "Đã giữ 2 trang" in raised.value.message
    assert fake.closed and twain.open_managers == 0


def test_twain_without_its_source_manager_or_source_is_missing_and_cancel_stops_before_the_next_sheet():
    twain = FakeTwain(FakeTwainSource())
    twain.no_dsm = True  # no TWAIN Data Source Manager installed
    with pytest.raises(ScanError) as raised:
        TwainScanner(twain).devices()
    assert raised.value.problem is Problem.MISSING
    scanner = TwainScanner(FakeTwain(FakeTwainSource(sheets=5)))
    with pytest.raises(ScanError) as raised:
        list(scanner.scan(Device("Unplugged scanner", "Unplugged scanner", "TWAIN"), Settings(), lambda p: None))
    assert raised.value.problem is Problem.MISSING and "Không tìm thấy máy quét" in raised.value.message
    taken = []
    with pytest.raises(ScanError) as raised:
        for page in scanner.scan(scanner.devices()[0], Settings(), lambda p: None):
            taken.append(page)
            scanner.cancel()
    assert raised.value.problem is Problem.CANCELLED and len(taken) == 1


def test_windows_lists_wia_and_twain_scanners_together_and_each_scan_goes_to_its_driver():
    wia_scanner, twain_source = FakeWiaScanner(sheets=2), FakeTwainSource(sheets=1)
    drivers = Drivers(WiaScanner(FakeCom(wia_scanner)), TwainScanner(FakeTwain(twain_source)))
    assert drivers.unavailable() is None
    devices = drivers.devices()
    assert [d.name for d in devices] == ["Canon DR-C225 II (WIA)", "Plustek MobileOffice D28 (TWAIN)"]
    assert len(list(drivers.scan(devices[1], Settings(), lambda p: None))) == 1
    assert (twain_source.taken, wia_scanner.taken) == (1, 0)
    assert len(list(drivers.scan(devices[0], Settings(), lambda p: None))) == 2
    broken = FakeTwain(FakeTwainSource())
    broken.no_dsm = True  # a TWAIN that fails to list leaves WIA's scanners listed
    only_wia = Drivers(WiaScanner(FakeCom(FakeWiaScanner())), TwainScanner(broken))
    assert [d.backend for d in only_wia.devices()] == ["WIA"]
    nothing = Drivers(WiaScanner(), TwainScanner())  # here on Linux: neither can be used, and both say why
    assert "WIA" in nothing.unavailable() and "TWAIN" in nothing.unavailable()


def test_linux_never_imports_windows_modules():
    import subprocess
    import sys

    code = (
        "import sys; from counter_app.scanning import platform_scanner; s = platform_scanner(); "
        "print(type(s).__name__, 'comtypes' in sys.modules, 'win32com' in sys.modules, 'twain' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["SaneScanner", "False", "False", "False"]
