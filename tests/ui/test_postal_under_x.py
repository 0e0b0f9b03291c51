"""The postal desk on a real X server (its own Xvfb): a scanner typing a batch's codes through X (XTEST) at
scanner speed, every code one line in order with the strays flagged, and the screenshot
docs/screenshots/postal.png."""

import pytest
from PIL import Image

from tests.ui.test_under_x import SCANNER_DELAY, SHOTS, keyboard, scenario, wait_for, x_display  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def postal_window(x_display, keyboard, tmp_path_factory):  # noqa: F811 (the keyboard is ready before the window)
    with scenario(x_display, tmp_path_factory.mktemp("x-postal"), "--postal") as state:
        wait_for(state, lambda s: s["ready"] and s["focus"], 90, "the postal desk with its batch open")
        yield state


def test_a_scanner_typing_through_x_gives_one_line_per_code_and_the_screenshot(postal_window, keyboard):  # noqa: F811
    if keyboard is None:
        pytest.skip("libXtst is not installed (Debian: apt-get install libxtst6); typing through X is skipped")
    codes = postal_window()["codes"]
    keyboard.type("".join(f"{code}\r" for code in codes), SCANNER_DELAY)  # ~4 codes a second
    done = wait_for(postal_window, lambda s: s["shot"], 60, "every line and the screenshot")
    assert [scanned for scanned, _ in done["lines"]] == codes
    assert [(n, refusal) for n, (_, refusal) in enumerate(done["lines"]) if refusal] == [
        (4, "duplicate"),
        (7, "other_unit"),
        (9, "unreadable"),
        (13, "duplicate"),
    ]
    image = Image.open(SHOTS / "postal.png").convert("RGB")
    assert image.size == (1280, 800) and len(image.getcolors(maxcolors=1 << 16) or range(1 << 16)) > 50
