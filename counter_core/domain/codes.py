"""Dossier codes ``<unit code>-<yyMMdd>-<nnnn>`` that never collide between desks of a unit.

The unit code is opaque configuration (never validated by pattern, §2.4). The sequence restarts
every day (Vietnam time). Each desk of a unit has a number 1..99, unique in the unit (the province
hands it out at enrolment), and issues numbers only from its own part of the day's sequence:

- desk ``d`` first uses the block ``(d-1)*B+1 … d*B`` (``B`` = block size, 1000 by default, so
  desk 1 issues 0001–1000, desk 2 1001–2000, … desk 9 8001–9000, all within four digits);
- past its block, a desk continues in an overflow space above 9999 that is interleaved by desk
  number: ``10000 + (k-1)*99 + d`` for its ``k``-th extra dossier, which no other desk can reach.

So two desks never issue the same code even when all are offline, and no code is ever renumbered
once printed. A code with more than four digits is still valid; the supervisor is warned.

Reading a code (typed, scanned, or from a file) is strict: ASCII digits, no leading zero past four digits, a unit
code of printable characters, at most ``MAX_LENGTH`` characters in all; what is read prints back as it was typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import Dossiers, Setup

MAX_DESKS = 99
DEFAULT_BLOCK = 1000
MAX_LENGTH = 80  # characters of a whole code, as the sync protocol allows
_CODE = re.compile(r"(?P<unit>\S+)-(?P<day>[0-9]{6})-(?P<seq>[0-9]{4}|[1-9][0-9]{4,})")


@dataclass(frozen=True)
class DossierCode:
    unit_code: str
    day: date
    sequence: int

    def __str__(self) -> str:
        return f"{self.unit_code}-{self.day:%y%m%d}-{self.sequence:04d}"

    @property
    def overflowed(self) -> bool:
        """True past 9999: still a valid code, but the supervisor must be told."""
        return self.sequence > 9999

    @classmethod
    def parse(cls, text: str) -> DossierCode:
        text = text.strip()
        shown = repr(text[:61])
        shown = shown if len(shown) <= 60 else shown[:60] + "…"  # what was read, cut short in the message
        match = _CODE.fullmatch(text) if len(text) <= MAX_LENGTH and text.isprintable() else None
        if not match:
            raise InvalidInput("code", Dossiers.CODE_FORM, code=shown)
        try:
            day = date(2000 + int(match["day"][:2]), int(match["day"][2:4]), int(match["day"][4:]))
        except ValueError as exc:
            raise InvalidInput("code", Dossiers.CODE_DAY_INVALID, code=shown) from exc
        return cls(match["unit"], day, int(match["seq"]))


def check_desk(desk: int, block: int = DEFAULT_BLOCK) -> None:
    if not 1 <= desk <= MAX_DESKS:
        raise InvalidInput("desk", Setup.DESK_RANGE, most=MAX_DESKS)
    if not 1 <= block <= 9999:
        raise InvalidInput("block", Setup.BLOCK_RANGE)
    if (desk - 1) * block >= 9999:
        raise InvalidInput("desk", Setup.DESK_OUTSIDE_RANGE, desk=desk, block=block)


def sequence_for(desk: int, index: int, block: int = DEFAULT_BLOCK) -> int:
    """The day's sequence number of the ``index``-th dossier (1-based) received at ``desk`` that day."""
    if index < 1:
        raise ValueError("index starts at 1")
    check_desk(desk, block)
    first = (desk - 1) * block + 1
    last = min(desk * block, 9999)
    in_block = last - first + 1
    if index <= in_block:
        return first + index - 1
    return 10000 + (index - in_block - 1) * MAX_DESKS + desk


def index_for(desk: int, sequence: int, block: int = DEFAULT_BLOCK) -> int | None:
    """The inverse of ``sequence_for``: the how-manieth dossier of its day ``sequence`` was at ``desk``, or None
    if that number is not one ``desk`` issues."""
    check_desk(desk, block)
    first = (desk - 1) * block + 1
    last = min(desk * block, 9999)
    if first <= sequence <= last:
        return sequence - first + 1
    extra, rest = divmod(sequence - 10000 - desk, MAX_DESKS)
    if sequence >= 10000 and extra >= 0 and rest == 0:
        return last - first + 1 + extra + 1
    return None
