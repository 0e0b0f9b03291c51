"""Scanners for the tests: SANE's own ``test`` backend (a virtual scanner of the real SANE, with a feeder of 10
sheets and every SANE error on demand), a fake of WIA's COM objects behaving as WIA documents them (for the
Windows driver's logic), and realistic scanned A4 pages (Vietnamese text on grey, grainy paper)."""

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


def environment_with(extra: dict[str, str]) -> dict[str, str]:
    return {**os.environ, **extra}
