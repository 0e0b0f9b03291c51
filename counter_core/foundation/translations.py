"""The core's translation catalog (Qt Linguist ``.ts``, the file the window's translator is compiled from) read
without Qt, for the command line and the provincial server. English is the source language; Vietnamese is the
default, as at the counter."""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

TS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"
CATALOG = "core"  # core_vi.ts
SOURCE_LANGUAGE = "en"
DEFAULT_LANGUAGE = "vi"
LANGUAGES = (DEFAULT_LANGUAGE, SOURCE_LANGUAGE)
Translate = Callable[[str, str], str]  # (context, English source) → the text in some language


def ts_file(language: str) -> Path:
    return TS_DIR / f"{CATALOG}_{language}.ts"


@functools.cache
def catalog(language: str) -> dict[tuple[str, str], str]:
    """(context, source) → finished translation in ``language``; empty for the source language."""
    if language == SOURCE_LANGUAGE:
        return {}
    if language not in LANGUAGES:
        raise ValueError(f"no catalog for language {language!r}")
    out = {}
    for context in ET.parse(ts_file(language)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") is None:
                out[(name, message.findtext("source") or "")] = translation.text
    return out


def translator(language: str = DEFAULT_LANGUAGE) -> Translate:
    """What ``Text.render`` needs to show texts in ``language``; a text without a translation stays in English,
    as under Qt's translator."""
    found = catalog(language)
    return lambda context, source: found.get((context, source), source)
