"""The window on a real X server (Xvfb, started here): screenshots of each tab and of the print preview
into docs/screenshots/ (shown in the README), and scanners typing through X (XTEST) at scanner speed."""

import contextlib
import ctypes.util
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image

from tests.ui.x_keyboard import ScannerKeyboard

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
CARD = "051084009698|212163684|Đặng Hồng Bảo|02081984|Nam|Thôn Phú Lộc, xã Tịnh Hà, Quảng Ngãi|23092024||||"
SCANNER_DELAY = 0.010  # a keyboard-wedge scanner types about one character every 10 ms


def wait_for(read, condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    value = None
    while time.monotonic() < deadline:
        value = read()
        if value is not None and condition(value):
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}; last state: {value}")


def settled(read, pause: float = 0.4) -> dict:
    """The window's state once the keystrokes still queued in the X server have all been handled."""
    before = read()
    while True:
        time.sleep(pause)
        now = read()
        if now == before:
            return now
        before = now


@pytest.fixture(scope="module")
def x_display():
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (Debian: apt-get install xvfb xauth); the X server tests are skipped")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture(scope="module")
def keyboard(x_display):
    if ctypes.util.find_library("Xtst") is None:
        yield None  # the screenshots are still taken; only typing through X needs XTEST
        return
    board = ScannerKeyboard(x_display)
    board.prepare(CARD)  # before the window starts, which then reads a keymap that never changes
    yield board
    board.close()


@contextlib.contextmanager
def scenario(x_display: str, folder: Path, *mode: str) -> Iterator[Callable[[], dict | None]]:
    """``tests/ui/x_scenario.py`` (the window, in ``mode``) as its own process on the X display while the block
    runs; yields a function reading the state it writes (None before its first write)."""
    state_file = folder / "state.json"
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb", "XDG_RUNTIME_DIR": str(folder)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.x_scenario", *mode, str(folder / "desk"), str(SHOTS), str(state_file)],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )

    def state():
        if child.poll() is not None:
            raise AssertionError(f"the window exited with {child.returncode}: {child.stderr.read()}")
        return json.loads(state_file.read_text(encoding="utf-8")) if state_file.exists() else None

    try:
        yield state
    finally:
        child.terminate()
        child.wait(10)


@pytest.fixture(scope="module")
def running_window(x_display, keyboard, tmp_path_factory):
    """The window's process, after its tour of the tabs; yields a function reading its state."""
    with scenario(x_display, tmp_path_factory.mktemp("x")) as state:
        wait_for(state, lambda s: s["ready"], 90, "the tour of the tabs")
        yield state


@pytest.mark.parametrize("name", ["intake", "dossiers", "return", "print-preview"])
def test_a_screenshot_of_each_tab_and_of_the_print_preview(running_window, name):
    image = Image.open(SHOTS / f"{name}.png").convert("RGB")
    assert image.size == (1280, 800)
    assert len(image.getcolors(maxcolors=1 << 16) or range(1 << 16)) > 50  # drawn text and widgets, not a blank


def test_scanners_typing_through_x_fill_the_applicant_and_open_a_dossier(running_window, keyboard):
    if keyboard is None:
        pytest.skip(
            "libXtst is not installed (Debian: apt-get install libxtst6); the scanner-through-X test is skipped"
        )
    keyboard.type(CARD + "\r", SCANNER_DELAY)  # "\r" is the Return key, in the same burst
    wait_for(running_window, lambda s: s["full_name"] == "Đặng Hồng Bảo", 20, "the ID card to fill the form")
    filled = settled(running_window)
    assert filled["id_number"] == "051084009698" and filled["birth_date"] == "02/08/1984"
    assert filled["phone"] == "" and filled["tab"] == 0  # the QR stays out of the focused field; nothing submitted
    code = filled["result_ready"]
    keyboard.type(code + "\r", SCANNER_DELAY)
    wait_for(running_window, lambda s: s["open"] == code and s["tab"] == 1, 20, "the scanned dossier to open")
