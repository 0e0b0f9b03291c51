"""Console: what the province publishes to every desk. A procedure catalog (``counter-catalog/1``), a fee table
(``counter-fees/1``, the HĐND resolution) or a year's civil-service notice (``counter-calendar/1``) uploaded as a file,
checked as the desks check it, and sent through the feed; and where the receipts' QR codes lead: the province's
look-up page on this server, or the national portal."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.datastructures import UploadFile
from starlette.responses import Response

from counter_core.domain.calendar import CalendarNotice
from counter_core.domain.fee_table import FeeTable
from counter_core.domain.procedure import Catalog
from counter_core.domain.tracking import NATIONAL_PORTAL_URL, check_template, lookup_template
from counter_core.foundation.errors import CounterError, InvalidInput
from counter_core.foundation.jsonfile import MAX_BYTES, parse_json
from counter_core.foundation.messages import FeeTables, Files, Province
from counter_core.foundation.texts import Msg, Text
from provincial_server.store import admin
from provincial_server.store import console as console_store
from provincial_server.web.console import ROOT, Console
from provincial_server.web.site import Site, redirect

PAGE = f"{ROOT}/cong-bo"


async def _upload(form, field: str, what: Msg) -> object:
    upload = form.get("tep")
    if not isinstance(upload, UploadFile) or not upload.filename:
        raise InvalidInput(field, Province.CHOOSE_FILE, what=Text(what))
    data = await upload.read(MAX_BYTES + 1)
    return parse_json(data, field, what, upload.filename)


def router(site: Site, console: Console) -> APIRouter:
    routes = APIRouter(include_in_schema=False)

    async def show(request: Request, user, status: int = 200, message: str = "", done: str = "") -> Response:
        tracking = await site.db(console_store.setting, console_store.TRACKING_URL)
        return await console.page(
            request,
            user,
            "console/publish.html",
            status=status,
            catalogs=await site.db(admin.catalog_releases),
            calendars=await site.db(admin.calendar_releases),
            fee_tables=await site.db(admin.fee_tables),
            tracking=tracking,
            national=NATIONAL_PORTAL_URL,
            suggested=str(request.base_url).rstrip("/"),
            message=message,
            done=done,
            title="Công bố cho các quầy",
        )

    @routes.get(PAGE)
    async def publish_page(request: Request) -> Response:
        user = await console.gate(request, admin=True)
        if isinstance(user, Response):
            return user
        return await show(request, user, done=request.query_params.get("xong", "")[:40])

    @routes.post(PAGE + "/danh-muc")
    async def catalog(request: Request) -> Response:
        posted = await console.posted(request, admin=True)
        if isinstance(posted, Response):
            return posted
        user, form = posted
        try:
            cat = Catalog.from_json(await _upload(form, "catalog", Files.CATALOG_FILE))
        except CounterError as exc:
            return await show(request, user, 400, exc.message)
        detail = {"version": cat.version, "effective_from": cat.effective_from.isoformat()}
        detail["procedures"] = len(cat.procedures)
        await console.change(
            request,
            user,
            "catalog.publish",
            cat.version,
            detail,
            admin.publish_catalog,
            cat.digest(),
            cat.version,
            cat.effective_from,
            cat.to_json(),
        )
        return redirect(f"{PAGE}?xong=danh-muc")

    @routes.post(PAGE + "/bieu-phi")
    async def fee_table(request: Request) -> Response:
        posted = await console.posted(request, admin=True)
        if isinstance(posted, Response):
            return posted
        user, form = posted
        try:
            table = FeeTable.from_json(await _upload(form, "fee_table", FeeTables.FILE))
            table.check_real()
        except CounterError as exc:
            return await show(request, user, 400, exc.message)
        detail = {"resolution": table.resolution, "effective_from": table.effective_from.isoformat()}
        detail |= {"lines": len(table.lines), "exemptions": len(table.exemptions)}
        await console.change(
            request,
            user,
            "fee_table.publish",
            table.resolution,
            detail,
            admin.publish_fee_table,
            table.digest(),
            table.resolution,
            table.effective_from,
            table.to_json(),
        )
        return redirect(f"{PAGE}?xong=bieu-phi")

    @routes.post(PAGE + "/lich")
    async def calendar(request: Request) -> Response:
        posted = await console.posted(request, admin=True)
        if isinstance(posted, Response):
            return posted
        user, form = posted
        try:
            notice = CalendarNotice.from_json(await _upload(form, "calendar", Files.CALENDAR_FILE))
        except CounterError as exc:
            return await show(request, user, 400, exc.message)
        detail = {"days_off": len(notice.days_off), "working_days": len(notice.working_days)}
        await console.change(
            request,
            user,
            "calendar.publish",
            str(notice.year),
            detail,
            admin.publish_calendar,
            notice.year,
            notice.to_json(),
        )
        return redirect(f"{PAGE}?xong=lich")

    @routes.post(PAGE + "/tra-cuu")
    async def tracking(request: Request) -> Response:
        posted = await console.posted(request, admin=True)
        if isinstance(posted, Response):
            return posted
        user, form = posted
        try:
            if form.get("dich") == "quoc-gia":
                template = check_template(NATIONAL_PORTAL_URL)
            else:
                template = lookup_template(str(form.get("dia_chi", ""))[:400])
        except CounterError as exc:
            return await show(request, user, 400, exc.message)
        await console.change(
            request,
            user,
            "tracking.publish",
            "tracking_url",
            {"tracking_url": template},
            console_store.publish_tracking_url,
            template,
        )
        return redirect(f"{PAGE}?xong=tra-cuu")

    return routes
