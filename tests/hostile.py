"""Hypothesis strategies for hostile input, shared by the parsers' fuzz tests: text with everything a scanner, a
file or a network can put in it (control characters, NUL, lone surrogates, right-to-left and combining marks,
digits of other scripts), random JSON values, and valid documents with one part replaced by something else."""

from __future__ import annotations

import json
import unicodedata

from hypothesis import strategies as st

from counter_app.text import nfc

NASTY = ("\x00", "\r", "\n", "\t", "\x1b", "\x7f", "\u0085", "\u200b", "\u200e", "\u200f", "\u202e", "\u2066",
         "\ufeff", "\u0301", "\u0323", "\u0660", "\u0969", "\uff11", "\ud800", "\udfff", "|", "\\", '"', "đ", "\u1eee")

characters = st.one_of(st.characters(), st.sampled_from(NASTY), st.characters(categories=["Cs"]))
text = st.text(characters, max_size=60)
json_scalars = st.one_of(st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
                         st.floats(allow_nan=True, allow_infinity=True), text)
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=4) |
                           st.dictionaries(text, inner, max_size=4), max_leaves=12)


def clean(value: str) -> bool:
    """Text as the desk may store it: NFC with single spaces, and no control character, format mark or surrogate
    (checked here character by character, not only by comparing with ``nfc``)."""
    return value == nfc(value) and not any(unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in value)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _paths(inner, (*prefix, index))


def _replaced(document, path, new):
    if not path:
        return new
    copy = json.loads(json.dumps(document))
    parent = copy
    for step in path[:-1]:
        parent = parent[step]
    if new is _DROP:
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return copy


_DROP = object()


@st.composite
def mutated(draw, document: dict):
    """``document`` with one value (anywhere in it) replaced by a random JSON value, or dropped."""
    path = draw(st.sampled_from(list(_paths(document))))
    return _replaced(document, path, draw(st.one_of(json_values, st.just(_DROP)) if path else json_values))


def json_text(value: object) -> str:
    """``value`` as JSON text; non-finite numbers become Infinity / NaN, as Python writes them."""
    return json.dumps(value)
