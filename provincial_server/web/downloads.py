"""A console table as a download: CSV (UTF-8 with its byte-order mark, so that Excel reads the Vietnamese letters) or
an Excel workbook (numbers as numbers, the header frozen)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime
from urllib.parse import quote

from openpyxl import Workbook
from openpyxl.styles import Font
from starlette.responses import Response

from counter_core.foundation.clock import to_vn

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
Cell = str | int | float | date | datetime | None


def _plain(value: Cell) -> Cell:
    if isinstance(value, datetime):
        return to_vn(value).replace(tzinfo=None)  # Excel has no time zones: Vietnam time, as everywhere else
    return value


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{to_vn(value):%d/%m/%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")
    return str(value)


def table(name: str, kind: str, title: str, header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> Response:
    """``rows`` under ``header`` as ``name``.csv or ``name``.xlsx (``kind``)."""
    if kind == "xlsx":
        book = Workbook()
        sheet = book.active
        sheet.title = title[:31]
        sheet.append(list(header))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([_plain(v) for v in row])
        for column in sheet.columns:
            for cell in column:
                if isinstance(cell.value, datetime):
                    cell.number_format = "dd/mm/yyyy hh:mm"
                elif isinstance(cell.value, date):
                    cell.number_format = "dd/mm/yyyy"
        sheet.freeze_panes = "A2"
        out = io.BytesIO()
        book.save(out)
        body = out.getvalue()
    else:
        text = io.StringIO()
        writer = csv.writer(text)
        writer.writerow(header)
        writer.writerows([_text(v) for v in row] for row in rows)
        body = ("\ufeff" + text.getvalue()).encode("utf-8")
    filename = f"{name}.{kind}"
    return Response(
        body,
        media_type=FORMATS[kind],
        headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(filename)}",
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )
