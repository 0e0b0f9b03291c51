"""A user-visible string without a finished Vietnamese translation (lrelease skips unfinished ones) fails the build."""

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

from counter_app.ui.i18n import TS_DIR

UI = Path(__file__).resolve().parents[2] / "counter_app" / "ui"


def test_every_string_of_the_window_has_a_vietnamese_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    subprocess.run([str(lupdate), *map(str, sorted(UI.glob("*.py"))), "-ts", str(fresh), "-silent"], check=True)
    wanted = {
        (c.find("name").text, m.find("source").text)
        for c in ET.parse(fresh).getroot().iter("context")
        for m in c.iter("message")
    }
    translated = {
        (c.find("name").text, m.find("source").text)
        for c in ET.parse(TS_DIR / "counter_vi.ts").getroot().iter("context")
        for m in c.iter("message")
        if m.find("translation").text and m.find("translation").get("type") != "unfinished"
    }
    assert wanted - translated == set()
