"""Console: units and their desks (all, or those whose code or name holds what was typed). Administrators create or
rename a unit, set its office hours, create a desk with its one-time enrolment code (shown as text and as a QR code,
once) and revoke a desk; supervisors see their units."""

from __future__ import annotations

import segno
from fastapi import APIRouter, Request
from markupsafe import Markup, escape
from starlette.responses import Response

from counter_core.domain.calendar import OfficeHours
from counter_core.foundation.errors import CounterError
from counter_core.foundation.text import fold, nfc
from provincial_server import enrolment_codes
from provincial_server.store import admin, health
from provincial_server.web.console import ROOT, Console, scope
from provincial_server.web.site import Site, redirect

PAGE = f"{ROOT}/don-vi"


def enrolment_qr(code: str) -> Markup:
    """The enrolment code as a QR code a desk's camera or scanner reads (inline SVG, black on white), as
    ``counter-server desk`` draws it."""
    svg = segno.make(code, error="m").svg_inline(scale=8, dark="#000", light="#fff", omitsize=True)
    return Markup(svg.replace("<svg ", f'<svg role="img" aria-label="Mã QR của mã đăng ký {escape(code)}" ', 1))


def grouped(code: str) -> Markup:
    """The code's groups, a line allowed to break after each dash (on a phone the 34 characters do not fit a line)."""
    return Markup("-<wbr>").join(escape(group) for group in code.split("-"))


def router(site: Site, console: Console) -> APIRouter:
    routes = APIRouter(include_in_schema=False)

    async def show(request: Request, user, status: int = 200, message: str = "", done: str = "") -> Response:
        wanted = fold(request.query_params.get("q", "")[:100])
        units = [u for u in await site.db(admin.units, scope(user)) if wanted in fold(f"{u['code']} {u['name']}")]
        desks = await site.db(health.desks, scope(user))
        by_unit: dict[str, list[dict]] = {}
        for desk in desks:
            by_unit.setdefault(desk["unit_code"], []).append(desk)
        return await console.page(
            request,
            user,
            "console/units.html",
            status=status,
            units=units,
            desks=by_unit,
            message=message,
            done=done,
            wanted=request.query_params.get("q", "")[:100],
            title="Đơn vị và quầy",
        )

    @routes.get(PAGE)
    async def units_page(request: Request) -> Response:
        user = await console.gate(request)
        if isinstance(user, Response):
            return user
        return await show(request, user, done=request.query_params.get("xong", "")[:200])

    @routes.post(PAGE)
    async def put_unit(request: Request) -> Response:
        posted = await console.posted(request, admin=True)
        if isinstance(posted, Response):
            return posted
        user, form = posted
        code, name = str(form.get("ma", "")).strip(), nfc(str(form.get("ten", "")))
        if not code or any(c.isspace() for c in code) or len(code) > 40 or not name or len(name) > 400:
            return await show(
                request, user, 400, "Mã đơn vị (không có khoảng trắng, tối đa 40 ký tự) và tên là bắt buộc."
            )
        await console.change(request, user, "unit.put", code, {"name": name}, admin.create_unit, code, name)
        return redirect(f"{PAGE}?xong=don-vi")

    @routes.post(PAGE + "/{unit_code}/gio-lam-viec")
    async def office_hours(request: Request, unit_code: str) -> Response:
        posted = await console.posted(request, admin=True)
        if isinstance(posted, Response):
            return posted
        user, form = posted
        try:
            hours = OfficeHours.parse(str(form.get("gio", "")), str(form.get("sau", "15:00")))
        except CounterError as exc:
            return await show(request, user, 400, exc.message)
        values = (hours.format(), f"{hours.same_day_cutoff:%H:%M}")
        try:
            await console.change(
                request,
                user,
                "unit.office_hours",
                unit_code,
                {"office_hours": values[0], "same_day_cutoff": values[1]},
                admin.set_office_hours,
                unit_code,
                *values,
            )
        except CounterError as exc:
            return await show(request, user, 404, exc.message)
        return redirect(f"{PAGE}?xong=gio-lam-viec")

    @routes.post(PAGE + "/{unit_code}/quay")
    async def new_desk(request: Request, unit_code: str) -> Response:
        posted = await console.posted(request, admin=True)
        if isinstance(posted, Response):
            return posted
        user, form = posted
        number = str(form.get("so", "")).strip()
        if not number.isdigit() or not 1 <= int(number) <= 99:
            return await show(request, user, 400, "Số quầy phải từ 1 đến 99.")
        try:
            desk_id, code = await console.change(
                request,
                user,
                "desk.enrolment_code",
                f"{unit_code}-{int(number):02d}",
                {"valid_days": enrolment_codes.VALID.days},
                enrolment_codes.new_desk,
                site.key,
                unit_code,
                int(number),
            )
        except CounterError as exc:
            return await show(request, user, 404, exc.message)
        return await console.page(
            request,
            user,
            "console/desk_code.html",
            desk_id=desk_id,
            code=grouped(code),
            qr=enrolment_qr(code),
            days=enrolment_codes.VALID.days,
            title="Mã đăng ký quầy",
        )

    @routes.post(ROOT + "/quay/{desk_id}/thu-hoi")
    async def revoke(request: Request, desk_id: str) -> Response:
        posted = await console.posted(request, admin=True)
        if isinstance(posted, Response):
            return posted
        user, _ = posted
        await console.change(request, user, "desk.revoke", desk_id, None, admin.revoke, desk_id)
        return redirect(f"{PAGE}?xong=thu-hoi")

    return routes
