"""Console: the desks' health, as each desk reported it at the end of its last sync (``DeskHealth``): when it last
synced, what it still has to send, what the province refused, its clock's offset, its version and, once desks keep
scanned files, how many wait to be sent. As a page, CSV or Excel.

"Files pending" exists only on desks with attachments (not built yet): the column appears when a desk reports it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from fastapi import APIRouter, Request
from starlette.responses import Response

from counter_core.protocol import CLOCK_TOLERANCE_SECONDS
from provincial_server.store import health
from provincial_server.web import downloads
from provincial_server.web.console import ROOT, Console, scope
from provincial_server.web.site import Site

PAGE = f"{ROOT}/suc-khoe-quay"
SILENT = timedelta(days=1)  # a desk not heard of for longer is flagged


@dataclass(frozen=True)
class DeskLine:
    id: str
    unit: str
    machine: str
    state: str
    last_sync: datetime | None
    last_push: datetime | None
    app_version: str
    backlog: int | None
    set_aside: int | None
    clock_offset: float | None
    files_pending: int | None
    warnings: tuple[str, ...]


def line(row: dict, now: datetime) -> DeskLine:
    report = row["health"] or {}
    offset = report.get("clock_offset_seconds")
    warnings = []
    if row["revoked_at"]:
        state = "Đã thu hồi"
    elif not row["enrolled_at"]:
        state = "Chờ đăng ký"
    else:
        state = "Đang hoạt động"
        if row["health_at"] is None or now - row["health_at"] > SILENT:
            warnings.append("Chưa đồng bộ hơn 1 ngày")
        if offset is not None and abs(offset) > CLOCK_TOLERANCE_SECONDS:
            warnings.append("Đồng hồ lệch")
        if report.get("set_aside"):
            warnings.append("Có thao tác bị từ chối")
    return DeskLine(
        id=row["id"],
        unit=row["unit_name"],
        machine=row["machine"] or "",
        state=state,
        last_sync=row["health_at"],
        last_push=row["last_push_at"],
        app_version=report.get("app_version", ""),
        backlog=report.get("backlog"),
        set_aside=report.get("set_aside"),
        clock_offset=offset,
        files_pending=report.get("files_pending"),
        warnings=tuple(warnings),
    )


def router(site: Site, console: Console) -> APIRouter:
    routes = APIRouter(include_in_schema=False)

    @routes.get(PAGE)
    async def health_page(request: Request) -> Response:
        user = await console.gate(request)
        if isinstance(user, Response):
            return user
        now = datetime.now(UTC)
        lines = [line(row, now) for row in await site.db(health.desks, scope(user))]
        files = any(d.files_pending is not None for d in lines)
        kind = request.query_params.get("dinh-dang")
        if kind in downloads.FORMATS:
            header = ["Quầy", "Đơn vị", "Máy", "Trạng thái", "Đồng bộ lần cuối", "Gửi lần cuối", "Phiên bản"]
            header += ["Chờ gửi", "Bị từ chối", "Lệch đồng hồ (giây)"] + (["Tệp chờ gửi"] if files else [])
            header.append("Cần chú ý")
            rows = [
                [d.id, d.unit, d.machine, d.state, d.last_sync, d.last_push, d.app_version, d.backlog, d.set_aside]
                + [d.clock_offset]
                + ([d.files_pending] if files else [])
                + ["; ".join(d.warnings)]
                for d in lines
            ]
            return downloads.table("tinh-trang-quay", kind, "Tình trạng quầy", header, rows)
        return await console.page(
            request, user, "console/health.html", lines=lines, files=files, title="Tình trạng quầy", page=PAGE
        )

    return routes
