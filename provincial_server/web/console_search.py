"""Console: dossiers across units. A search by code, owner's name (with or without diacritics), ID number or phone,
filtered by unit, status and reception days, as a page, CSV or Excel; one dossier with its history. A supervisor
finds and opens only the dossiers received at or decided by their units; another unit's dossier is "not found"."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from fastapi import APIRouter, Request
from starlette.responses import Response

from counter_core.domain.status import EVENT_LABELS, Status
from counter_core.foundation.clock import VN_TZ, vn_now
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import Province
from counter_core.foundation.privacy import mask
from counter_core.foundation.text import fold, nfc
from provincial_server.store import admin, search
from provincial_server.web import downloads
from provincial_server.web.console import ROOT, Console, scope, sees
from provincial_server.web.console_dashboard import parse_period
from provincial_server.web.site import Site

PAGE = f"{ROOT}/ho-so"
LIMIT = 200
DOWNLOAD_LIMIT = 10_000


def router(site: Site, console: Console) -> APIRouter:
    routes = APIRouter(include_in_schema=False)

    @routes.get(PAGE)
    async def search_page(request: Request) -> Response:
        user = await console.gate(request)
        if isinstance(user, Response):
            return user
        query = request.query_params
        text = nfc(query.get("q", ""))[:200]
        unit = query.get("don-vi") or None
        status_text = query.get("trang-thai", "")
        units = await site.db(admin.units, scope(user))
        context = {"text": text, "unit": unit or "", "chosen": status_text, "units": units, "statuses": list(Status)}
        context |= {"tu": query.get("tu", ""), "den": query.get("den", ""), "title": "Tìm hồ sơ"}
        asked = any(query.get(k) for k in ("q", "don-vi", "trang-thai", "tu", "den"))
        if not asked:
            return await console.page(
                request, user, "console/search.html", rows=None, more=False, message="", **context
            )
        try:
            if status_text and not (
                status_text.isascii() and status_text.isdigit() and int(status_text) in set(Status)
            ):
                raise InvalidInput("status", Province.STATUS_NOT_LISTED)
            status = int(status_text) if status_text else None
            start = end = None
            if query.get("tu") or query.get("den"):
                today = vn_now().date()
                last_day = query.get("den") or today.isoformat()  # from a day on: up to today
                first, last = parse_period(query.get("tu") or last_day, last_day, today)
                start = datetime.combine(first, time(0), VN_TZ)
                end = datetime.combine(last + timedelta(days=1), time(0), VN_TZ)
        except InvalidInput as exc:
            return await console.page(
                request, user, "console/search.html", status=400, rows=None, more=False, message=exc.message, **context
            )
        kind = query.get("dinh-dang")
        limit = DOWNLOAD_LIMIT if kind in downloads.FORMATS else LIMIT
        rows, more = await site.db(search.find, fold(text), unit, status, start, end, scope(user), limit)
        if kind in downloads.FORMATS:
            header = ["Mã hồ sơ", "Thủ tục", "Chủ hồ sơ", "Số định danh", "Đơn vị tiếp nhận", "Đơn vị giải quyết"]
            header += ["Trạng thái", "Tiếp nhận", "Hẹn trả"]
            table = [
                [
                    r["code"],
                    r["procedure_name"],
                    r["owner_name"],
                    mask(r["owner_id"] or ""),
                    r["unit_name"],
                    r["competent_unit"] or "",
                    Status(r["status"]).label,
                    r["received_at"],
                    r["due_at"],
                ]
                for r in rows
            ]
            return downloads.table("ho-so", kind, "Hồ sơ", header, table)
        return await console.page(
            request, user, "console/search.html", rows=rows, more=more, message="", mask=mask, Status=Status, **context
        )

    @routes.get(PAGE + "/{code}")
    async def dossier_page(request: Request, code: str) -> Response:
        user = await console.gate(request)
        if isinstance(user, Response):
            return user
        row = await site.db(search.dossier, code[:100])
        if row is None or not sees(user, row["unit_code"], row["competent_unit"]):
            return await console.page(
                request, user, "console/dossier.html", status=404, row=None, title="Không tìm thấy hồ sơ", code=code
            )
        for event in row["events"]:
            event["label"] = Status(event["status"]).label if event["status"] else EVENT_LABELS.get(event["kind"], "")
            event["at"] = datetime.fromisoformat(event["at"])
            event["due_at"] = datetime.fromisoformat(event["due_at"]) if event["due_at"] else None
        return await console.page(
            request,
            user,
            "console/dossier.html",
            row=row,
            state=Status(row["status"]),
            mask=mask,
            title=f"Hồ sơ {row['code']}",
        )

    return routes
