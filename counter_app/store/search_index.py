"""What the search box finds a dossier by: its row in the full-text index (``dossier_search``).

The index keeps, for each word, only which dossiers hold it (FTS5 ``detail=none``), not in which column: a search of
digits only (an ID number, a phone, part of a code) must still find them only in the code, the ID numbers and the
phones, so the names of people and of the procedure are indexed without their words that begin with a digit.

The words of the index that begin with a letter are also kept in ``search_word`` (a few thousand: names, procedures'
words, the letters of codes), so that the word a clerk is still typing is looked up as the few whole words it may
begin (``"hong" OR "hon"``), which FTS5 reads newest first and stops after the page, rather than as a prefix, which
FTS5 gathers whole first (50 to 170 ms at a million dossiers for a prefix of 1 or of 3 letters or more)."""

from __future__ import annotations

from collections.abc import Sequence

from counter_core.domain.intake import Person
from counter_core.foundation.text import words

COLUMNS = "code, people, id_number, phone, procedure"
INSERT = f"INSERT INTO dossier_search(rowid, {COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)"
ADD_WORDS = "INSERT OR IGNORE INTO search_word(word) SELECT value FROM json_each(?)"  # a JSON array of words
CREATE = f"""
    CREATE VIRTUAL TABLE dossier_search USING fts5(
        {COLUMNS},
        content = '', columnsize = 0, tokenize = 'unicode61 remove_diacritics 2', detail = none, prefix = '2'
    )
"""


def search_row(dossier_id: int, code: str, people: Sequence[Person], procedure_name: str) -> tuple[object, ...]:
    """The index row of a dossier: its code, its people's names, ID numbers and phones, its procedure's name."""
    return (
        dossier_id,
        code,
        _lettered(" ".join(p.full_name for p in people)),
        " ".join(p.id_number for p in people if p.id_number),
        " ".join(p.phone for p in people if p.phone),
        _lettered(procedure_name),
    )


def lettered_words(row: tuple[object, ...]) -> set[str]:
    """The words of an index row (``search_row``) that begin with a letter: those a typed prefix may stand for."""
    return {w for text in row[1:] for w in words(str(text)) if not w[0].isdigit()}


def _lettered(text: str) -> str:
    """The folded words of ``text`` that do not begin with a digit."""
    return " ".join(w for w in words(text) if not w[0].isdigit())
