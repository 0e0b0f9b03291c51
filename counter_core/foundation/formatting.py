"""How dates, times and money are written on screen and on slips (dd/mm/yyyy, "50.000 đ")."""

from __future__ import annotations

from datetime import date, datetime, time

_DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def number(n: int) -> str:
    """1234567 → "1.234.567"."""
    sign = "-" if n < 0 else ""
    return f"{sign}{abs(n):,}".replace(",", ".")


def money(amount: int) -> str:
    """50000 → "50.000 đ"."""
    return f"{number(amount)} đ"


def percentage(value: float | None) -> str:
    """85.71 → "85,71%"; None (nothing to divide) → "—"."""
    return "—" if value is None else f"{value:.2f}".replace(".", ",") + "%"


def _triple(n: int, full: bool) -> list[str]:
    """Read 0–999; ``full`` says a higher group precedes, so "không trăm" and "linh" are spoken."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    out: list[str] = []
    if hundreds or full:
        out += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units and out:
            out.append("linh")
    elif tens == 1:
        out.append("mười")
    else:
        out += [_DIGITS[tens], "mươi"]
    if units == 1 and tens >= 2:
        out.append("mốt")
    elif units == 5 and tens >= 1:
        out.append("lăm")
    elif units:
        out.append(_DIGITS[units])
    return out


def _below_billion(n: int, full: bool) -> list[str]:
    """Read 0 < n < 10^9 in groups of three; ``full`` says a higher group was spoken before."""
    words: list[str] = []
    groups = [n // 1_000_000, n // 1000 % 1000, n % 1000]
    for value, scale in zip(groups, ["triệu", "nghìn", ""]):
        if value == 0:
            continue
        words += _triple(value, full=full or bool(words))
        if scale:
            words.append(scale)
    return words


def number_in_words(n: int) -> str:
    """Read a non-negative integer in Vietnamese: 1_250_000 → "một triệu hai trăm năm mươi nghìn"."""
    if n < 0:
        raise ValueError("negative amounts have no reading")
    if n == 0:
        return "không"
    billions, rest = divmod(n, 1_000_000_000)
    words = [number_in_words(billions), "tỷ"] if billions else []
    if rest:
        words += _below_billion(rest, full=bool(billions))
    return " ".join(words)


def money_in_words(amount: int) -> str:
    """50000 → "Năm mươi nghìn đồng" (as written under a fee on a slip)."""
    text = number_in_words(amount) + " đồng"
    return text[0].upper() + text[1:]


def day(d: date) -> str:
    """dd/mm/yyyy."""
    return d.strftime("%d/%m/%Y")


def moment(t: datetime) -> str:
    """HH:MM dd/mm/yyyy, as shown in tables."""
    return t.strftime("%H:%M %d/%m/%Y")


def day_phrase(d: date) -> str:
    """ "ngày 05 tháng 8 năm 2026", "ngày 22 tháng 02 năm 2027": a date in words as ND 30/2020 writes it, with a
    leading zero only for days under 10 and for months 1 and 2."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def hour_phrase(t: time) -> str:
    """ "15 giờ", "15 giờ 30 phút": an hour of the day in words."""
    return f"{t.hour} giờ" if not t.minute else f"{t.hour} giờ {t.minute:02d} phút"


def slip_moment(t: datetime) -> str:
    """ "09 giờ 05 phút, ngày 22 tháng 11 năm 2026", as written on the receipt."""
    return f"{t.hour:02d} giờ {t.minute:02d} phút, {day_phrase(t.date())}"
