"""Every size and every scale: at 1366×768 and 1920×1080, at 100 %, 125 % and 150 %, in Vietnamese and in English,
every window and dialog fits its screen, no widget is squeezed below its minimum size hint and no text is cut.

Each screen and scale runs in a child process (tests/ui/sizes_child.py: Qt fixes the scale factor when the
application starts) on a copy of one demo desk. The screenshots at 1366×768 and 100 % (the commune PC's most common
screen) are kept under docs/screenshots/sizes/<language>-1366x768-100/ for the guide; the others are left in the
test's temporary folder, named in a failure's message.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from counter_app.store import open_store
from tests.ui.windows import ELSEWHERE, WINDOWS, demo_desk

ROOT = Path(__file__).parents[2]
KEPT = ROOT / "docs/screenshots/sizes"
SCREENS = [(1366, 768), (1920, 1080)]
SCALES = {"100": "1", "125": "1.25", "150": "1.5"}
FAILING_ELSEWHERE: set[str] = set()  # windows of other branches of issue 20 that fail here (none since the tabs scroll)


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, dict[str, dict[str, list[str]]]]:
    """What each screen and scale found, by window: {"1366x768-150": {"postal": {"vi": [...], "en": [...]}}}."""
    folder = tmp_path_factory.mktemp("sizes")
    store = open_store(folder / "desk")
    demo_desk(store)
    store.close()
    found = {}
    for width, height in SCREENS:
        for scale, factor in SCALES.items():
            combination = f"{width}x{height}-{scale}"
            keep = (width, height, scale) == (1366, 768, "100")
            report = folder / f"{combination}.json"
            subprocess.run(
                [
                    *(sys.executable, "-m", "tests.ui.sizes_child", str(folder / "desk"), str(width), str(height)),
                    *(scale, str(KEPT if keep else folder / "shots"), str(report)),
                ],
                cwd=ROOT,
                env={**os.environ, "QT_SCALE_FACTOR": factor},
                check=True,
                timeout=120,
            )
            found[combination] = json.loads(report.read_text())
    return found


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=ELSEWHERE[n])) if n in FAILING_ELSEWHERE else n
        for n in WINDOWS
    ],
)
def test_the_window_fits_every_screen_at_every_scale_in_both_languages(reports, name):
    wrong = [
        f"{combination} {language}: {problem}"
        for combination, windows in reports.items()
        for language, problems in windows[name].items()
        for problem in problems
    ]
    assert wrong == []
