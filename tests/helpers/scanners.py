"""Scanners for the tests: SANE's own ``test`` backend (a virtual scanner of the real SANE, with a feeder of 10
sheets and every SANE error on demand), fakes of WIA's COM objects and of pytwain's ``twain`` module behaving as
their documentation says (for the Windows drivers' logic), and realistic scanned A4 pages (Vietnamese text on grey,
grainy paper)."""

from __future__ import annotations

import io
import os
import random
import shutil
from functools import cache
from pathlib import Path

import pytest
from PIL import Image, ImageFilter

WORDS = (
    "Họ chữ đệm tên người yêu cầu Nguyễn Thị Ngọc Ánh nơi cư trú thôn Đông xã Quảng Phú tỉnh Thanh Hóa giấy tờ "
    "tùy thân căn cước số quan hệ với người được khai sinh là mẹ đề nghị cơ quan đăng ký khai sinh cho người dưới"
)
SANE_MISSING = "SANE's scanimage is not installed (Debian sane-utils, libsane1): .ci/run installs it"


def sane_test_backend(folder: Path, **settings: str) -> dict[str, str]:
    """The environment that makes SANE list its virtual ``test`` scanners: a copy of /etc/sane.d with the test
    backend enabled, and ``settings`` for it (test.conf, e.g. ``read_status_code='"SANE_STATUS_JAMMED"'``). Skips
    the test where SANE is not installed."""
    if shutil.which("scanimage") is None or not Path("/etc/sane.d/dll.conf").is_file():
        pytest.skip(SANE_MISSING)
    config = folder / "sane.d"
    shutil.copytree("/etc/sane.d", config)
    dll = config / "dll.conf"
    lines = dll.read_text().splitlines()
    dll.write_text("\n".join(["test", *[line for line in lines if line.strip() not in ("test", "#test")]]) + "\n")
    lines = ["number_of_devices 2", *(f"{key.replace('_', '-')} {value}" for key, value in settings.items())]
    (config / "test.conf").write_text("\n".join(lines) + "\n")
    return {"SANE_CONFIG_DIR": str(config)}


@cache
def scanned_page(seed: int = 1, lines_every: int = 20, words: tuple[int, int] = (8, 14)) -> Image.Image:
    """An A4 page at 200 dpi as a scanner gives it: a Vietnamese form typed in 11 pt, on off-white grainy paper,
    slightly skewed and blurred. ``lines_every`` points between lines (20: a page dense with text; 40: a form)."""
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from counter_app.printing.fonts import BOLD, REGULAR, register

    register()
    rnd = random.Random(seed)
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFont(BOLD, 12)
    page.drawCentredString(A4[0] / 2, 800, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    page.drawCentredString(A4[0] / 2, 785, "Độc lập - Tự do - Hạnh phúc")
    page.setFont(BOLD, 14)
    page.drawCentredString(A4[0] / 2, 740, "TỜ KHAI ĐĂNG KÝ KHAI SINH")
    page.setFont(REGULAR, 11)
    vocabulary = WORDS.split()
    y = 700
    while y > 80:
        page.drawString(60, y, " ".join(rnd.choice(vocabulary) for _ in range(rnd.randint(*words))))
        y -= lines_every
    page.save()
    document = pdfium.PdfDocument(out.getvalue())
    image = document[0].render(scale=200 / 72, grayscale=True).to_pil().convert("L")
    document.close()
    image = image.rotate(0.4, resample=Image.BICUBIC, fillcolor=255)
    paper = image.point(lambda v: int(v * 0.88 + 12))
    return Image.blend(paper, Image.effect_noise(image.size, 10), 0.08).filter(ImageFilter.GaussianBlur(0.6))


def page_png(seed: int = 1) -> bytes:
    out = io.BytesIO()
    scanned_page(seed).save(out, "PNG", dpi=(200, 200))
    return out.getvalue()


# -- a fake of WIA's automation objects ---------------------------------------------------------------------------
class FakeComError(Exception):
    def __init__(self, hresult: int) -> None:
        super().__init__(f"COM error 0x{hresult:08X}")
        self.hresult = hresult


class _Collection:
    def __init__(self, items: list) -> None:
        self.items = items

    @property
    def Count(self) -> int:
        return len(self.items)

    def Item(self, key):
        if isinstance(key, int):
            return self.items[key - 1]
        return next(p for p in self.items if str(p.PropertyID) == str(key) or p.Name == key)


class _Property:
    def __init__(self, prop_id: int | str, name: str, value) -> None:
        self.PropertyID, self.Name, self.Value = prop_id, name, value


class _ImageFile:
    def __init__(self, image: Image.Image) -> None:
        self.image = image

    def SaveFile(self, path: str) -> None:
        self.image.save(path, "BMP")


class FakeWiaScanner:
    """One WIA scanner: ``sheets`` in its feeder (or one on the glass), and the HRESULT to fail with at a sheet."""

    def __init__(self, name: str = "Canon DR-C225 II", sheets: int = 3, feeder: bool = True) -> None:
        self.name, self.sheets, self.has_feeder = name, sheets, feeder
        self.fail_at: dict[int, int] = {}  # sheet number (from 1) → HRESULT
        self.fail_connect: int | None = None
        self.taken = 0
        self.set: dict[str, object] = {}

    # DeviceInfo
    @property
    def Type(self) -> int:
        return 1

    @property
    def DeviceID(self) -> str:
        return "{6BDD1FC6-810F-11D0-BEC7-08002BE2092F}\\0001"

    @property
    def Properties(self) -> _Collection:
        props = [_Property("Name", "Name", self.name)]
        if self.has_feeder:
            props.append(_Property(3086, "Document Handling Capabilities", 1 | 2))
            props += [_Property(3088, "Document Handling Select", 2), _Property(3096, "Pages", 0)]
        self._device_props = self.__dict__.setdefault("_device_props", _Collection(props))
        return self._device_props

    def Connect(self):
        if self.fail_connect is not None:
            raise FakeComError(self.fail_connect)
        return self

    @property
    def Items(self) -> _Collection:
        return _Collection([_FakeItem(self)])


class _FakeItem:
    def __init__(self, scanner: FakeWiaScanner) -> None:
        self.scanner = scanner
        self.Properties = _Collection([_Property(p, p, None) for p in ("6146", "6147", "6148")])

    def Transfer(self, format_id: str) -> _ImageFile:
        scanner = self.scanner
        for prop in self.Properties.items:
            scanner.set[str(prop.PropertyID)] = prop.Value
        feeder = scanner.has_feeder and scanner.Properties.Item("3088").Value == 1
        number = scanner.taken + 1
        if number in scanner.fail_at:
            raise FakeComError(scanner.fail_at[number])
        if feeder and scanner.taken >= scanner.sheets:
            raise FakeComError(0x80210003)  # WIA_ERROR_PAPER_EMPTY
        scanner.taken += 1
        return _ImageFile(scanned_page(number, lines_every=40))


class FakeCom:
    """What WiaScanner asks of COM, answering with ``scanners``; counts CoInitialize/CoUninitialize pairs."""

    def __init__(self, *scanners: FakeWiaScanner) -> None:
        self.scanners = list(scanners)
        self.depth = 0

    def start(self) -> None:
        self.depth += 1

    def stop(self) -> None:
        self.depth -= 1

    def create(self, prog_id: str):
        assert prog_id == "WIA.DeviceManager"
        manager = type("DeviceManager", (), {})()
        manager.DeviceInfos = _Collection(self.scanners)
        return manager

    def hresult(self, error: BaseException) -> int | None:
        return error.hresult if isinstance(error, FakeComError) else None


# -- a fake of pytwain's ``twain`` module -------------------------------------------------------------------------
class _TwainErrors:
    """twain.exceptions: the classes pytwain raises (their names are what the driver reads)."""

    class TwainError(Exception):
        pass

    class CheckStatus(Exception):  # a value set, but rounded by the source
        pass


for _name in ("PaperJam", "CheckDeviceOnlineError", "NoDataSourceError", "MaxConnectionsError", "DSTransferCancelled",
              "CapUnsupported", "OperationError", "SMLoadFileFailed"):  # fmt: skip
    setattr(_TwainErrors, _name, type(_name, (_TwainErrors.TwainError,), {}))


class FakeTwainSource:
    """One TWAIN data source: ``sheets`` in its feeder (or one on the glass), the error to raise at a sheet."""

    def __init__(self, name: str = "Plustek MobileOffice D28", sheets: int = 3, feeder: bool = True) -> None:
        self.name, self.sheets, self.has_feeder = name, sheets, feeder
        self.fail_at: dict[int, str] = {}  # sheet number (from 1) → name of the pytwain exception
        self.set: dict[str, object] = {}
        self.taken = 0
        self.closed = self.shown_ui = False
        self.manager: FakeSourceManager | None = None

    def set_capability(self, cap: str, kind: str, value: object) -> None:
        if cap in ("CAP_FEEDERENABLED", "CAP_FEEDERLOADED") and not self.has_feeder:
            raise _TwainErrors.CapUnsupported()
        if cap == "ICAP_XRESOLUTION" and value == 150:
            raise _TwainErrors.CheckStatus()  # rounded: the driver goes on
        self.set[cap] = value

    def get_capability_current(self, cap: str) -> tuple[str, object]:
        if cap == "CAP_FEEDERLOADED":
            return "TWTY_BOOL", self.sheets > 0
        return "TWTY_BOOL", self.set[cap]

    def _sheets(self) -> int:
        return self.sheets if self.set.get("CAP_FEEDERENABLED") else 1

    def request_acquire(self, show_ui: bool, modal_ui: bool) -> None:
        self.shown_ui = show_ui

    def modal_loop(self) -> None:
        assert self.manager is not None
        self.manager.callback("MSG_XFERREADY" if self._sheets() else "MSG_CLOSEDSREQ")

    @property
    def image_info(self) -> dict[str, object]:
        return {"XResolution": float(self.set["ICAP_XRESOLUTION"]), "ImageWidth": 1654}

    def xfer_image_natively(self) -> tuple[int, int]:
        number = self.taken + 1
        if number in self.fail_at:
            raise getattr(_TwainErrors, self.fail_at[number])()
        self.taken += 1
        out = io.BytesIO()
        scanned_page(number, lines_every=40).save(out, "BMP")
        assert self.manager is not None
        self.manager.memory[number] = out.getvalue()  # a native transfer hands over a global memory handle
        return number, self._sheets() - self.taken

    def close(self) -> None:
        self.closed = True


class FakeSourceManager:
    def __init__(self, module: FakeTwain) -> None:
        self.module, self.memory = module, module.memory
        self.callback = lambda event: None

    def __enter__(self) -> FakeSourceManager:
        if self.module.no_dsm:
            raise _TwainErrors.SMLoadFileFailed()
        self.module.open_managers += 1
        return self

    def __exit__(self, *exc: object) -> None:
        self.module.open_managers -= 1

    @property
    def source_list(self) -> list[str]:
        return [s.name for s in self.module.sources]

    def open_source(self, product_name: str) -> FakeTwainSource:
        source = next((s for s in self.module.sources if s.name == product_name), None)
        if source is None:
            raise _TwainErrors.NoDataSourceError()
        source.manager = self
        return source

    def set_callback(self, callback) -> None:
        self.callback = callback


class FakeTwain:
    """What TwainScanner uses of pytwain's ``twain`` module (SourceManager, its constants, exceptions, the DIB
    conversion and freeing), answering with ``sources``; counts the memory handles not freed."""

    exceptions = _TwainErrors

    def __init__(self, *sources: FakeTwainSource) -> None:
        self.sources = list(sources)
        self.memory: dict[int, bytes] = {}
        self.open_managers = 0
        self.no_dsm = False

    def __getattr__(self, name: str) -> str:
        if name.isupper():  # twain's constants (ICAP_PIXELTYPE, TWTY_UINT16, MSG_XFERREADY…): their names will do
            return name
        raise AttributeError(name)

    def SourceManager(self) -> FakeSourceManager:
        return FakeSourceManager(self)

    def dib_to_bm_file(self, handle: int) -> bytes:
        return self.memory[handle]

    def global_handle_free(self, handle: int) -> None:
        del self.memory[handle]


def environment_with(extra: dict[str, str]) -> dict[str, str]:
    return {**os.environ, **extra}
