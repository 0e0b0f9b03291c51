"""Vietnamese text: NFC normalisation (invisible control and format characters dropped) and the diacritic- and
đ-folding search key."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_D_MAP = str.maketrans({"đ": "d", "Đ": "D"})


_INVISIBLE = frozenset({"Cc", "Cf", "Cs"})  # controls (NUL, ESC…), format marks (bidi overrides, BOM), surrogates


def nfc(text: str) -> str:
    """Return ``text`` in NFC with surrogates, control and format characters (what scanners and files slip in:
    NUL, ESC, right-to-left overrides…) dropped, surrounding whitespace removed and inner runs collapsed."""
    text = _SPACES.sub(" ", text)
    if not text.isprintable():
        text = "".join(c for c in text if unicodedata.category(c) not in _INVISIBLE)
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold(text: str) -> str:
    """The search key of ``text``: lower case, no diacritics, đ/Đ as d, single spaces.

    "Nguyễn Thị Ngọc Ánh" → "nguyen thi ngoc anh"; "Đặng" → "dang".
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_D_MAP))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", bare.lower()).strip()


def words(text: str) -> list[str]:
    """The folded words of ``text``, split on anything that is not a letter or a digit."""
    return [w for w in re.split(r"[^0-9a-z]+", fold(text)) if w]
