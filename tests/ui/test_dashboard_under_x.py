"""The supervisor's dashboard on a real X server (its own Xvfb), on a demo desk at a fixed Friday afternoon:
the screenshot docs/screenshots/dashboard.png (shown in the README), the same at every run."""

import json
import os
import subprocess
import sys

from PIL import Image

from tests.ui.test_under_x import ROOT, SHOTS, wait_for, x_display  # noqa: F401 (a fixture)


def test_the_dashboard_opens_first_for_a_supervisor_and_is_shot(x_display, tmp_path):  # noqa: F811
    state_file = tmp_path / "state.json"
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb", "XDG_RUNTIME_DIR": str(tmp_path)}
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.x_scenario", "--dashboard", str(tmp_path / "desk"),
                              str(SHOTS), str(state_file)], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)

    def state():
        if child.poll() is not None:
            raise AssertionError(f"the window exited with {child.returncode}: {child.stderr.read()}")
        return json.loads(state_file.read_text(encoding="utf-8")) if state_file.exists() else None

    try:
        done = wait_for(state, lambda s: s["ready"], 90, "the dashboard's screenshot")
    finally:
        child.terminate()
        child.wait(10)
    assert done["tab"] == "Tổng quan" and done["figures"]["received"] > 0
    image = Image.open(SHOTS / "dashboard.png").convert("RGB")
    assert image.size == (1280, 800) and len(image.getcolors(maxcolors=1 << 16) or range(1 << 16)) > 50
