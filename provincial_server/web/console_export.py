"""Console: the export for the national portal. A unit (of the user's) and a period give a ZIP of
``DongBoHoSoMC.json`` and ``CapNhatTienDoHoSoMC.json`` (``provincial_server.export``); every export is in the log
below the form, also as CSV or Excel."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from counter_core.foundation.clock import vn_now
from counter_core.foundation.errors import InvalidInput
from provincial_server import export
from provincial_server.store import admin
from provincial_server.store import console as console_store
from provincial_server.web import downloads
from provincial_server.web.console import ROOT, Console, scope, sees
from provincial_server.web.console_dashboard import parse_period
from provincial_server.web.site import Site

PAGE = f"{ROOT}/xuat-du-lieu"


def router(site: Site, console: Console) -> APIRouter:
    routes = APIRouter(include_in_schema=False)

    async def show(request: Request, user, status: int = 200, message: str = "") -> Response:
        log = await site.db(console_store.exports, scope(user))
        kind = request.query_params.get("dinh-dang")
        if kind in downloads.FORMATS:
            header = ["Thời điểm", "Người xuất", "Mã đơn vị", "Đơn vị", "Từ ngày", "Đến ngày"]
            header += ["Hồ sơ mới", "Hồ sơ cập nhật", "Bước xử lý"]
            fields = ("at", "actor", "unit_code", "unit_name", "day_from", "day_to")
            fields += ("dossiers_new", "dossiers_updated", "progress_steps")
            rows = [[e[f] for f in fields] for e in log]
            return downloads.table("nhat-ky-xuat-du-lieu", kind, "Nhật ký xuất dữ liệu", header, rows)
        today = vn_now().date()
        return await console.page(
            request,
            user,
            "console/export.html",
            status=status,
            units=await site.db(admin.units, scope(user)),
            log=log,
            message=message,
            first=today.replace(day=1),
            last=today,
            title="Xuất dữ liệu lên Cổng Dịch vụ công quốc gia",
            page=PAGE,
        )

    @routes.get(PAGE)
    async def export_page(request: Request) -> Response:
        user = await console.gate(request)
        if isinstance(user, Response):
            return user
        return await show(request, user)

    @routes.post(PAGE)
    async def make(request: Request) -> Response:
        posted = await console.posted(request)
        if isinstance(posted, Response):
            return posted
        user, form = posted
        unit = str(form.get("don_vi", ""))
        if not unit or not sees(user, unit):
            return await show(request, user, 403, "Chọn một đơn vị trong phạm vi của ông/bà.")
        try:
            first, last = parse_period(str(form.get("tu", "")), str(form.get("den", "")), vn_now().date())
        except InvalidInput as exc:
            return await show(request, user, 400, exc.message)
        if unit not in {u["code"] for u in await site.db(admin.units, [unit])}:
            return await show(request, user, 404, f'Không có đơn vị mã "{unit}".')
        made = await console.change(
            request,
            user,
            "export.portal",
            unit,
            {"from": first.isoformat(), "to": last.isoformat()},
            export.build,
            unit,
            first,
            last,
            user.username,
        )
        name = f"xuat-{unit}-{first:%Y%m%d}-{last:%Y%m%d}.zip"
        return Response(
            made.zip(),
            media_type="application/zip",
            headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"},
        )

    return routes
