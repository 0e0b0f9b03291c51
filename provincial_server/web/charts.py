"""Charts drawn on the server (no script, no outside library): horizontal bars as a list whose labels and values are
page text above SVG bars, so that long commune names read on a 360 px phone, and columns for a series of days as an
SVG image with a title and a description for screen readers. The same figures are in a table beside each chart."""

from __future__ import annotations

from datetime import date
from itertools import count

from markupsafe import Markup, escape

from counter_core.foundation.formatting import number

WIDTH = 480
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
    """One bar per item (label, value, value as written), scaled to ``maximum`` (default: the largest value). The
    labels and values are text of the page, which reads at any width; each bar is a small SVG drawn to its length."""
    top = maximum or max((value for _, value, _ in items), default=0) or 1
    lines = []
    for label, value, text in items:
        length = max(0.0, min(1.0, value / top)) * 100
        lines.append(
            f'<li><span class="bar-label">{escape(label)}</span> <span class="bar-value">{escape(text)}</span>'
            f'<svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">'
            f'<rect width="{length:.2f}" height="1" fill="{COLOURS[0]}"/></svg></li>'
        )
    if not lines:
        lines.append("<li>Không có số liệu.</li>")
    return Markup(f'<ul class="bars" aria-label="{escape(title)}">{"".join(lines)}</ul>')


def columns(title: str, days: list[tuple[date, int]]) -> Markup:
    """Receptions per day as columns, with the first, middle and last days written under them."""
    height, base = 200, 165
    top = max((n for _, n in days), default=0) or 1
    step = (WIDTH - 45) / max(len(days), 1)
    body = [f'<line x1="40" y1="{base}" x2="{WIDTH}" y2="{base}" stroke="{INK}"/>']
    body.append(f'<text x="0" y="40" font-size="14" fill="{INK}">{number(top)}</text>')
    for i, (day, n) in enumerate(days):
        h = n / top * (base - 30)
        x = 45 + i * step
        body.append(
            f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{max(step - 2, 1):.1f}" height="{h:.1f}" fill="{COLOURS[0]}">'
            f"<title>{day:%d/%m/%Y}: {number(n)}</title></rect>"
        )
        if i in (0, len(days) // 2, len(days) - 1):
            anchor = "end" if i == len(days) - 1 and i else "start"
            body.append(
                f'<text x="{x + (step if anchor == "end" else 0):.1f}" y="{base + 22}" font-size="14" '
                f'text-anchor="{anchor}" fill="{INK}">{day:%d/%m}</text>'
            )
    description = "; ".join(f"{day:%d/%m/%Y}: {number(n)}" for day, n in days) or "Không có số liệu."
    return _frame(title, description, height, body)
