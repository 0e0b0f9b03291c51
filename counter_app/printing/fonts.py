"""The shipped Be Vietnam Pro fonts registered with reportlab (its own fonts drop Vietnamese letters)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
REGULAR, BOLD, ITALIC = "BeVietnamPro", "BeVietnamPro-Bold", "BeVietnamPro-Italic"


@cache
def register() -> str:
    """Register the fonts once; returns the family name to use in styles. (Reportlab is loaded here, not when the
    window only needs ``FONT_DIR`` at its start.)"""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in (
        (REGULAR, "BeVietnamPro-Regular.ttf"),
        (BOLD, "BeVietnamPro-Bold.ttf"),
        (ITALIC, "BeVietnamPro-Italic.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR


def missing_glyphs(text: str, font: str = REGULAR) -> set[str]:
    """Characters of ``text`` the font cannot draw (reportlab would drop them without a word)."""
    from reportlab.pdfbase import pdfmetrics

    register()
    face = pdfmetrics.getFont(font).face
    return {ch for ch in text if not ch.isspace() and ord(ch) not in face.charToGlyph}
