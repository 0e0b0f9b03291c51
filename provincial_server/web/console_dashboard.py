"""Console: the cross-commune dashboard, for today or any period (``?tu=YYYY-MM-DD&den=YYYY-MM-DD``): the figures of
``web.figures`` for the province (or the supervisor's units), per commune and per procedure, with charts and the
tables as CSV or Excel (``?bang=don-vi|thu-tuc&dinh-dang=csv|xlsx``)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from starlette.responses import Response

from counter_core.foundation.clock import VN_TZ, vn_now
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.formatting import number, percentage
from counter_core.foundation.messages import Province
from provincial_server.store import admin, figures
from provincial_server.web import charts, downloads
from provincial_server.web.console import ROOT, Console, scope
from provincial_server.web.figures import Line, tally
from provincial_server.web.site import Site

PAGE = f"{ROOT}/tong-quan"
LONGEST = 366  # days in one period
TABLES = {"don-vi": ("Đơn vị", "by_unit"), "thu-tuc": ("Thủ tục", "by_procedure")}
COLUMNS = (
    "Tiếp nhận",
    "Đến hạn",
    "Đã giải quyết",
    "Đúng hạn",
    "Quá hạn",
    "Tỷ lệ đúng hạn (%)",
    "Đang quá hạn",
    "Lượt đánh giá",
    "Hài lòng (%)",
    "Số hóa (%)",
)


def parse_period(tu: str | None, den: str | None, today: date) -> tuple[date, date]:
    """The days asked for (both included), today by default; InvalidInput for a bad one."""
    try:
        first = date.fromisoformat(tu) if tu else today
        last = date.fromisoformat(den) if den else first
    except ValueError as exc:
        raise InvalidInput("period", Province.DAY_FORM) from exc
    if last < first:
        raise InvalidInput("period", Province.PERIOD_BACKWARDS)
    if (last - first).days >= LONGEST:
        raise InvalidInput("period", Province.PERIOD_TOO_LONG, days=LONGEST)
    return first, last


def row(line: Line) -> list:
    rate, satisfaction = line.on_time_rate, line.satisfaction
    return [
        line.received,
        line.due,
        line.settled,
        line.on_time,
        line.late,
        round(rate, 2) if rate is not None else None,
        line.late_now,
        line.ratings,
        round(satisfaction, 2) if satisfaction is not None else None,
        round(line.digitisation_rate, 2) if line.digitisation_rate is not None else None,
    ]


def router(site: Site, console: Console) -> APIRouter:
    routes = APIRouter(include_in_schema=False)

    @routes.get(PAGE)
    async def dashboard(request: Request) -> Response:
        user = await console.gate(request)
        if isinstance(user, Response):
            return user
        now = vn_now()
        query = request.query_params
        try:
            first, last = parse_period(query.get("tu"), query.get("den"), now.date())
        except InvalidInput as exc:
            return await console.page(
                request, user, "console/dashboard.html", status=400, message=exc.message, title="Tổng quan", f=None
            )
        start = datetime.combine(first, time(0), VN_TZ)
        end = datetime.combine(last + timedelta(days=1), time(0), VN_TZ)
        units = [(u["code"], u["name"]) for u in await site.db(admin.units, scope(user))]
        f = tally(await site.db(figures.period, start, end, now, scope(user)), units)
        table = query.get("bang")
        kind = query.get("dinh-dang")
        if table in TABLES and kind in downloads.FORMATS:
            label, attribute = TABLES[table]
            lines = getattr(f, attribute)
            rows = [[line.key, line.name, *row(line)] for line in lines] + [["", "Tổng", *row(f.total)]]
            name = f"tong-quan-{table}-{first:%Y%m%d}-{last:%Y%m%d}"
            return downloads.table(name, kind, f"Theo {label.lower()}", ["Mã", label, *COLUMNS], rows)
        received = [(u.name, u.received, number(u.received)) for u in f.by_unit]
        rated = [(u.name, u.on_time_rate or 0, percentage(u.on_time_rate)) for u in f.by_unit]
        top = [(p.name, p.received, number(p.received)) for p in f.by_procedure[:10]]
        period = "hôm nay" if first == last == now.date() else f"{first:%d/%m/%Y} – {last:%d/%m/%Y}"
        return await console.page(
            request,
            user,
            "console/dashboard.html",
            title="Tổng quan",
            f=f,
            first=first,
            last=last,
            period=period,
            message="",
            now=now,
            query=urlencode({"tu": first.isoformat(), "den": last.isoformat()}),
            chart_received=charts.bars(f"Hồ sơ tiếp nhận theo đơn vị, {period}", received),
            chart_on_time=charts.bars(f"Tỷ lệ giải quyết đúng hạn theo đơn vị, {period}", rated, maximum=100),
            chart_procedures=charts.bars(f"10 thủ tục nhiều hồ sơ nhất, {period}", top),
            chart_days=charts.columns(f"Hồ sơ tiếp nhận theo ngày, {period}", f.per_day) if first != last else "",
        )

    return routes
