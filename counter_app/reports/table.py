"""A report as plain data, the same for the PDF and the Excel renderers: titles, tables of typed values, totals.

A column names its header as a path from its top group down to its own label, e.g. ("Tiếp nhận", "Trong đó",
"Từ kỳ trước"); neighbours sharing a prefix share the merged group cell above them, and a short path's last label
reaches down to the bottom header row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from counter_app.reports.period import Period
from counter_core.domain.letterhead import Letterhead


class Kind(str, Enum):
    TEXT = "text"
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"  # 85.71 means 85,71%; None when there was nothing to count
    DATE = "date"


@dataclass(frozen=True)
class Column:
    header: tuple[str, ...]
    kind: Kind = Kind.COUNT
    width: float = 1.0  # relative to the other columns


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[tuple, ...]
    total: tuple | None = None
    caption: str = ""
    numbered: bool = False  # a row "(1) (2) …" under the header, as the statutory forms print


@dataclass(frozen=True)
class Report:
    kind: str
    title: str
    short_title: str  # a few words: the Excel sheet's name
    letterhead: Letterhead  # the unit, as its header presents it
    period: Period
    made_at: datetime
    tables: tuple[Table, ...]
    form: str = ""  # e.g. "Biểu số II.06a/VPCP/KSTT"
    lines: tuple[str, ...] = ()  # under the title and the period
    notes: tuple[str, ...] = ()  # under the tables
    landscape: bool = True
    signatures: tuple[tuple[str, str], ...] = (
        ("NGƯỜI LẬP BIỂU", "(Ký và ghi rõ họ tên)"),
        ("THỦ TRƯỞNG ĐƠN VỊ", "(Ký tên, đóng dấu)"),
    )


@dataclass(frozen=True)
class HeaderCell:
    """One (possibly merged) header cell: rows top..bottom and columns left..right, all included."""

    top: int
    left: int
    bottom: int
    right: int
    text: str


def header_cells(columns: tuple[Column, ...]) -> tuple[int, list[HeaderCell]]:
    """The number of header rows and the header cells, each once at its top-left."""
    depth = max(len(c.header) for c in columns)
    cells: list[HeaderCell] = []
    for level in range(depth):
        n = 0
        while n < len(columns):
            path = columns[n].header
            if level >= len(path):
                n += 1
                continue
            if level == len(path) - 1:
                cells.append(HeaderCell(level, n, depth - 1, n, path[level]))
                n += 1
                continue
            last = n
            while (
                last + 1 < len(columns)
                and len(columns[last + 1].header) > level + 1
                and columns[last + 1].header[: level + 1] == path[: level + 1]
            ):
                last += 1
            cells.append(HeaderCell(level, n, level, last, path[level]))
            n = last + 1
    return depth, cells


def rate(part: int, whole: int) -> float | None:
    """A rate in percent with two decimals (§8.4), None when there is nothing to divide."""
    return round(100 * part / whole, 2) if whole else None
