"""The supervisor's dashboard on a real X server (its own Xvfb), on a demo desk at a fixed Friday afternoon:
the screenshot docs/screenshots/dashboard.png (shown in the README), the same at every run."""

from PIL import Image

from tests.ui.test_under_x import SHOTS, scenario, wait_for, x_display  # noqa: F401 (a fixture)


def test_the_dashboard_opens_first_for_a_supervisor_and_is_shot(x_display, tmp_path):  # noqa: F811
    with scenario(x_display, tmp_path, "--dashboard") as state:
        done = wait_for(state, lambda s: s["ready"], 90, "the dashboard's screenshot")
    assert done["tab"] == "Tổng quan" and done["figures"]["received"] > 0
    image = Image.open(SHOTS / "dashboard.png").convert("RGB")
    assert image.size == (1280, 800) and len(image.getcolors(maxcolors=1 << 16) or range(1 << 16)) > 50
