"""What the search box finds a dossier by: its row in the full-text index (``dossier_search``).

The index keeps, for each word, only which dossiers hold it (FTS5 ``detail=none``), not in which column: a search of
digits only (an ID number, a phone, part of a code) must still find them only in the code, the ID numbers and the
phones, so the names of people and of the procedure are indexed without their words that begin with a digit."""

from __future__ import annotations

from collections.abc import Sequence

from counter_core.domain.intake import Person
from counter_core.foundation.text import words

COLUMNS = "code, people, id_number, phone, procedure"
INSERT = f"INSERT INTO dossier_search(rowid, {COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)"
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


def _lettered(text: str) -> str:
    """The folded words of ``text`` that do not begin with a digit."""
    return " ".join(w for w in words(text) if not w[0].isdigit())
