"""Hostile input for the parsers' property tests: text with everything a scanner, a file or a network can put in it
(control characters, NUL, lone surrogates, right-to-left and combining marks, digits of other scripts), random JSON
values, valid documents with one part replaced (at random, or each place in turn by each odd value); and what the
tests check with: clean text, a Vietnamese message, the rows of every table of a desk, a command run or refused."""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from pathlib import Path

from hypothesis import strategies as st

from counter_app.cli import main
from counter_app.store.db import DB_FILE
from counter_core.foundation.text import nfc

NASTY = (
    "\x00",
    "\r",
    "\n",
    "\t",
    "\x1b",
    "\x7f",
    "\u0085",
    "\u200b",
    "\u200e",
    "\u200f",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\u0301",
    "\u0323",
    "\u0660",
    "\u0969",
    "\uff11",
    "\ud800",
    "\udfff",
    "|",
    "\\",
    '"',
    "đ",
    "\u1eee",
)

characters = st.one_of(st.characters(), st.sampled_from(NASTY), st.characters(categories=["Cs"]))
text = st.text(characters, max_size=60)
# What JSON off the network can bring to the protocol's models: everything but lone surrogates, which its parser
# refuses (NUL, controls and marks do get through).
wire_text = st.text(
    st.one_of(
        st.characters(exclude_categories=["Cs"]), st.sampled_from([c for c in NASTY if unicodedata.category(c) != "Cs"])
    ),
    max_size=60,
)


def json_values_of(texts):
    """Random JSON values (NaN, infinities and integers past 64 bits included) with ``texts`` for strings."""
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=True, allow_infinity=True),
        texts,
    )
    return st.recursive(
        scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4), max_leaves=12
    )


json_values = json_values_of(text)
wire_values = json_values_of(wire_text)


def file_bodies(document: dict):
    """What a hostile file can hold: random JSON, ``document`` with one part replaced or dropped, random bytes, or
    ``document`` itself. JSON as Python writes it: lone surrogates escaped, NaN and Infinity as such."""
    return st.one_of(
        json_values.map(lambda v: json.dumps(v).encode()),
        mutated(document).map(lambda v: json.dumps(v).encode()),
        st.binary(max_size=300),
        st.just(json.dumps(document).encode()),
    )


def ran_or_refused(data_dir: Path, capsys, *command: str) -> bool:
    """Run ``counter-app`` on the desk in ``data_dir``; True if it succeeded, False if it refused (exit code 1, on
    standard error "Lỗi:" and a Vietnamese message, or with --json the error as JSON), after checking that the
    refusal stored nothing. What the command printed stays for the caller to read."""
    before = desk_rows(data_dir)
    code = main(["--data-dir", str(data_dir), *command])
    if code == 0:
        return True
    err = capsys.readouterr().err
    message = json.loads(err)["message"] if "--json" in command else err.removeprefix("Lỗi: ")
    assert code == 1 and err.startswith("{" if "--json" in command else "Lỗi: ") and vietnamese(message), err
    assert desk_rows(data_dir) == before
    return False


def vietnamese(message: str) -> bool:
    """Whether ``message`` is written in Vietnamese (it has letters only Vietnamese uses)."""
    return re.search("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", message.lower()) is not None


def strings(value: object):
    """Every string in a JSON value, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield key
            yield from strings(inner)
    elif isinstance(value, (list, tuple)):
        for inner in value:
            yield from strings(inner)


def desk_rows(data_dir: Path) -> dict[str, int]:
    """The number of rows of every table of a desk's database, to tell that a refusal stored nothing."""
    conn = sqlite3.connect(Path(data_dir) / DB_FILE)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            )
        ]  # their shadow tables count
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def clean(value: str) -> bool:
    """Text as the desk may store it: NFC with single spaces, and no control character, format mark or surrogate
    (checked here character by character, not only by comparing with ``nfc``)."""
    return value == nfc(value) and not any(unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in value)


DROP = object()  # a replacement that removes the part
# A value of every kind a part can wrongly be, for the sweep over a document's shape.
ODD_VALUES = (
    None,
    True,
    0,
    -1,
    2**70,
    1e308,
    float("inf"),
    float("nan"),
    "",
    "\x00",
    " \u202e١٢\ud800 ",
    [],
    {},
    [None],
    {"": None},
    DROP,
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _paths(inner, (*prefix, index))


def places(document: dict) -> dict[tuple, list[tuple]]:
    """The paths to every part of ``document`` but itself, by their place in its shape (list positions alike:
    ``("procedures", None, "fee")``)."""
    found: dict[tuple, list[tuple]] = {}
    for path in list(_paths(document))[1:]:
        found.setdefault(tuple(None if isinstance(step, int) else step for step in path), []).append(path)
    return found


def replaced(document: dict, path: tuple, new: object) -> dict:
    """A copy of ``document`` with the part at ``path`` replaced by ``new`` (or removed: ``DROP``)."""
    copy = json.loads(json.dumps(document))
    parent = copy
    for step in path[:-1]:
        parent = parent[step]
    if new is DROP:
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return copy


@st.composite
def mutated(draw, document: dict, values=json_values):
    """``document`` with one part replaced by one of ``values``, or dropped. The part is drawn by its place in
    the document's shape, then one of its occurrences, so that each key of the format is hit as often as any
    other, however many times it occurs."""
    found = places(document)
    path = draw(st.sampled_from(found[draw(st.sampled_from(sorted(found, key=repr)))]))
    return replaced(document, path, draw(st.one_of(values, st.just(DROP))))


def sweep(document: dict):
    """``document`` with each place of its shape in turn (its first occurrence) replaced by each odd value."""
    for paths in places(document).values():
        for value in ODD_VALUES:
            yield replaced(document, paths[0], value)
