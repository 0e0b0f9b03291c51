"""Charts drawn on the server as SVG (no script, no outside library): horizontal bars with their label above each
bar, so that long commune names read on a 360 px phone, and columns for a series of days. Each chart is an image
with a title and a description for screen readers; the same figures are in a table beside it."""

from __future__ import annotations

from datetime import date
from itertools import count

from markupsafe import Markup, escape

from counter_core.foundation.formatting import number

WIDTH = 640
BAR = 16
ROW = 44
INK = "#1b1b1f"
COLOURS = ("#0b3d91", "#b45309", "#14532d")
_ids = count(1)


def _frame(title: str, description: str, height: int, body: list[str]) -> Markup:
    n = next(_ids)
    return Markup(
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="chart{n}-t chart{n}-d" '
        f'xmlns="http://www.w3.org/2000/svg"><title id="chart{n}-t">{escape(title)}</title>'
        f'<desc id="chart{n}-d">{escape(description)}</desc>{"".join(body)}</svg>'
    )


def bars(title: str, items: list[tuple[str, float, str]], maximum: float | None = None) -> Markup:
    """One bar per item (label, value, value as written); bars scale to ``maximum`` (default: the largest value)."""
    top = maximum or max((value for _, value, _ in items), default=0) or 1
    body, y = [], 8
    for label, value, text in items:
        length = max(0.0, min(1.0, value / top)) * (WIDTH - 120)
        body.append(
            f'<text x="0" y="{y + 12}" font-size="14" fill="{INK}">{escape(label)}</text>'
            f'<rect x="0" y="{y + 18}" width="{length:.1f}" height="{BAR}" fill="{COLOURS[0]}"/>'
            f'<text x="{length + 6:.1f}" y="{y + 31}" font-size="14" fill="{INK}">{escape(text)}</text>'
        )
        y += ROW
    description = "; ".join(f"{label}: {text}" for label, _, text in items) or "Không có số liệu."
    return _frame(title, description, max(y, 40), body)


def columns(title: str, days: list[tuple[date, int]]) -> Markup:
    """Receptions per day as columns, with the first, middle and last days written under them."""
    height, base = 220, 180
    top = max((n for _, n in days), default=0) or 1
    step = (WIDTH - 60) / max(len(days), 1)
    body = [f'<line x1="50" y1="{base}" x2="{WIDTH}" y2="{base}" stroke="{INK}"/>']
    body.append(f'<text x="0" y="24" font-size="13" fill="{INK}">{number(top)}</text>')
    for i, (day, n) in enumerate(days):
        h = n / top * (base - 30)
        x = 55 + i * step
        body.append(
            f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{max(step - 2, 1):.1f}" height="{h:.1f}" fill="{COLOURS[0]}">'
            f"<title>{day:%d/%m/%Y}: {number(n)}</title></rect>"
        )
        if i in (0, len(days) // 2, len(days) - 1):
            body.append(f'<text x="{x:.1f}" y="{base + 20}" font-size="13" fill="{INK}">{day:%d/%m}</text>')
    description = "; ".join(f"{day:%d/%m/%Y}: {number(n)}" for day, n in days) or "Không có số liệu."
    return _frame(title, description, height, body)
