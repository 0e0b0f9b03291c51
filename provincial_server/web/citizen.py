"""The citizens' look-up page (``/tra-cuu``): a dossier code and a short check, or the link of a receipt's QR code.

A wrong code, a wrong check and a missing one get the same neutral answer. Guessing is limited: wrong answers
from one address (10 in 15 minutes) make it wait (429, Retry-After); wrong answers on one code from anywhere (20 in a
day) stop the digits from opening it for the rest of the day, while the receipt's token still does. Both are
security events the province sees (``counter-server problems``, the console's Nhật ký). In front of all this the
server's gate limits how fast one address may ask for the page at all (``guard.py``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

import psycopg
from fastapi import APIRouter, Request
from starlette.responses import Response

from counter_core.domain.tracking import LOOKUP_PATH
from provincial_server.store import console, enrolment, lookup
from provincial_server.web.lookup_view import LookupView, dossier_code, opens, view
from provincial_server.web.site import Site, address

log = logging.getLogger("provincial_server.web")
KIND = "lookup"
WINDOW = timedelta(minutes=15)
PER_ADDRESS = 10
CODE_WINDOW = timedelta(days=1)
PER_CODE = 20
NOT_FOUND = (
    "Không tìm thấy hồ sơ với mã hồ sơ và thông tin kiểm tra đã nhập. Kiểm tra lại mã hồ sơ trên giấy tiếp nhận "
    "và 4 số cuối số điện thoại hoặc số định danh (CCCD). Hồ sơ vừa nộp có thể cần ít phút để có trên trang này. "
    "Nếu vẫn không được, quét mã QR trên giấy tiếp nhận hoặc liên hệ bộ phận một cửa."
)
TOO_MANY = "Thiết bị hoặc mạng này đã tra cứu không thành công quá nhiều lần. Vui lòng thử lại sau 15 phút."


@dataclass(frozen=True)
class Outcome:
    found: LookupView | None = None
    message: str = ""
    status: int = 200
    retry_after: int | None = None  # seconds, with a 429


def look_up(conn: psycopg.Connection, code: str, answer: str, caller: str) -> Outcome:
    """One look-up, counted against the caller's address and the code when it fails."""
    by_address, on_code = console.failures(conn, KIND, caller, code, WINDOW, CODE_WINDOW)
    if by_address >= PER_ADDRESS:
        return Outcome(message=TOO_MANY, status=429, retry_after=int(WINDOW.total_seconds()))
    row = lookup.dossier(conn, code) if code else None
    if row is None and code and code != code.upper():
        row = lookup.dossier(conn, code.upper())
    if row is not None and opens(row, answer, digits_allowed=on_code < PER_CODE):
        return Outcome(found=view(row))
    console.add_failure(conn, KIND, caller, code, CODE_WINDOW)
    if by_address + 1 == PER_ADDRESS:
        enrolment.record_event(
            conn,
            "lookup_address_held",
            f"Tra cứu hồ sơ: địa chỉ {caller} trả lời sai {PER_ADDRESS} lần trong {WINDOW.seconds // 60} phút; "
            "tạm dừng tra cứu từ địa chỉ này.",
            address=caller,
        )
    if on_code + 1 == PER_CODE and row is not None:
        log.warning("look-up: %d wrong answers on one dossier code in a day; its digits stop working today", PER_CODE)
        enrolment.record_event(
            conn,
            "lookup_code_guessed",
            f"Tra cứu hồ sơ {row['code']}: {PER_CODE} lần nhập sai thông tin kiểm tra trong một ngày (lần cuối từ "
            f"{caller}); hôm nay chỉ mã QR trên giấy tiếp nhận mở được hồ sơ này.",
            unit_code=row["unit_code"],
            address=caller,
        )
    return Outcome(message=NOT_FOUND, status=404)


def router(site: Site) -> APIRouter:
    routes = APIRouter(include_in_schema=False)

    async def answer(request: Request, code: str, check: str) -> Response:
        outcome = await site.db(look_up, dossier_code(code), check, address(request))
        return await site.page(
            request,
            "lookup.html",
            status=outcome.status,
            headers={"Retry-After": str(outcome.retry_after)} if outcome.retry_after else None,
            dossier=outcome.found,
            message=outcome.message,
            code=code,
        )

    @routes.get(LOOKUP_PATH)
    async def lookup_page(request: Request) -> Response:
        code, check = request.query_params.get("ma", ""), request.query_params.get("k", "")
        if code and check:  # the link of a receipt's QR code
            return await answer(request, code, check)
        return await site.page(request, "lookup.html", dossier=None, message="", code=code[:100])

    @routes.post(LOOKUP_PATH)
    async def lookup_form(request: Request) -> Response:
        form = await request.form(max_files=0, max_fields=5, max_part_size=4096)
        if not site.csrf_ok(request, form, signed_in=False):
            return await site.page(
                request,
                "lookup.html",
                status=403,
                dossier=None,
                message="Trang đã mở quá lâu hoặc trình duyệt chặn cookie. Tải lại trang rồi tra cứu lại.",
                code="",
            )
        code, check = str(form.get("ma", ""))[:100], str(form.get("kiem_tra", ""))[:100]
        if not code.strip() or not check.strip():
            return await site.page(
                request,
                "lookup.html",
                status=400,
                dossier=None,
                message="Nhập mã hồ sơ và 4 số cuối số điện thoại hoặc số định danh (CCCD).",
                code=code,
            )
        return await answer(request, code, check)

    return routes
