"""Which procedures the intake search shows first: a code typed exactly, an exact name, the names that start with the
words typed, the procedures this desk receives most, then the rest in alphabetical order."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

from counter_core.domain.procedure import Procedure, matching
from counter_core.foundation.text import fold, words

USAGE_DAYS = 365  # a desk's usage counts the dossiers it received over this many days
TOP = 10  # the procedures an empty search shows: the desk's most used, one key away
_LEAD = ["thu", "tuc"]  # "Thủ tục …", the first words of many names, is no part of what a clerk types

# The tiers, best first.
_CODE, _NAME, _START, _USED, _REST = range(5)


@lru_cache(maxsize=4096)
def _names(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The folded words of a procedure's name, and of its title (the name without a leading "Thủ tục")."""
    full = words(name)
    title = full[len(_LEAD) :] if full[: len(_LEAD)] == _LEAD and len(full) > len(_LEAD) else full
    return tuple(full), tuple(title)


def _starts(name: tuple[str, ...], query: tuple[str, ...]) -> bool:
    """``name`` begins with the words of ``query``, the last of which may still be being typed."""
    n = len(query)
    return len(name) >= n and name[: n - 1] == query[:-1] and name[n - 1].startswith(query[-1])


def ranked(procedures: Iterable[Procedure], text: str, usage: Mapping[str, int]) -> list[Procedure]:
    """The procedures matching ``text`` (as ``matching`` finds them: diacritics and case ignored), best first: the
    procedure whose code is ``text``; those whose name, or title without "Thủ tục", is ``text``; those whose name or
    title starts with its words; those this desk received (``usage``: dossiers per procedure code, most first); then
    the rest. Within a tier the more used come first, then alphabetical order of the titles."""
    code, query = fold(text), tuple(words(text))

    def key(proc: Procedure) -> tuple[int, int, tuple[str, ...]]:
        names = _names(proc.name)
        used = usage.get(proc.code, 0)
        if code == proc.code:
            tier = _CODE
        elif query and query in names:
            tier = _NAME
        elif query and any(_starts(name, query) for name in names):
            tier = _START
        else:
            tier = _USED if used > 0 else _REST
        return tier, -used, names[1]

    return sorted(matching(procedures, text), key=key)


def most_used(procedures: Iterable[Procedure], usage: Mapping[str, int], limit: int = TOP) -> list[Procedure]:
    """What an empty search shows: the desk's ``limit`` most used procedures, completed (on a new desk, made of) the
    first of the catalog in alphabetical order."""
    return ranked(procedures, "", usage)[:limit]
