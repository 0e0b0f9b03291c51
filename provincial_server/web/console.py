"""The province console's gate: signing in and out, sessions, roles, and every change written to the server's audit
log with the change itself.

- Province users are made with ``counter-server admin add``: administrators (everything) and supervisors (read,
  export; of some units, or all).
- A session is a random id in a cookie (HttpOnly, SameSite=Strict, Secure over TLS, path /tinh), kept hashed in
  the database; a new one is made at each sign-in (an id planted before it is worth nothing) and dropped at sign-out,
  after 30 minutes idle or 12 hours.
- 5 wrong passwords within 15 minutes lock the name for the rest of those 15 minutes, whether it exists or not
  (the answer tells nothing), and 20 wrong answers from one address within 15 minutes hold that address back (429,
  Retry-After). The start of either is a security event, beside the enrolment lockouts (``store/enrolment.py``),
  which the province sees with ``counter-server problems`` and on the Nhật ký page.
- Every form carries the session's CSRF token; a form without it changes nothing.
"""

from __future__ import annotations

import logging
import math
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

import psycopg
from fastapi import APIRouter, Request
from starlette.datastructures import FormData
from starlette.responses import Response

from counter_core.domain.accounts import decoy_verify, verify
from counter_core.foundation.clock import to_vn
from counter_core.foundation.formatting import moment
from provincial_server.store import console as store
from provincial_server.store import enrolment
from provincial_server.store.console import ProvinceUser
from provincial_server.web.site import SESSION_COOKIE, Site, address, redirect, set_cookie, sha256

log = logging.getLogger("provincial_server.web")
ROOT = "/tinh"
LOGIN = f"{ROOT}/dang-nhap"
IDLE = timedelta(minutes=30)
LIFETIME = timedelta(hours=12)
LOCK_AFTER = 5
LOCK_WINDOW = timedelta(minutes=15)
PER_ADDRESS = 20
ROLES = {"admin": "Quản trị viên tỉnh", "supervisor": "Giám sát viên tỉnh"}
WRONG = "Tên đăng nhập hoặc mật khẩu không đúng."
STALE_FORM = "Trang đã mở quá lâu hoặc phiên đăng nhập đã đổi. Tải lại trang rồi làm lại; chưa có gì thay đổi."

NAV = (
    ("tong-quan", "Tổng quan", False),
    ("don-vi", "Đơn vị và quầy", False),
    ("suc-khoe-quay", "Tình trạng quầy", False),
    ("ho-so", "Tìm hồ sơ", False),
    ("cong-bo", "Công bố", True),
    ("xuat-du-lieu", "Xuất dữ liệu", False),
    ("nhat-ky", "Nhật ký", True),
)


def scope(user: ProvinceUser) -> list[str] | None:
    """The units a user sees: a supervisor's, or None for every unit."""
    return None if user.role == "admin" or user.units is None else list(user.units)


def sees(user: ProvinceUser, *units: str | None) -> bool:
    allowed = scope(user)
    return allowed is None or any(u in allowed for u in units if u)


@dataclass(frozen=True)
class SignIn:
    user: ProvinceUser | None = None
    message: str = ""
    status: int = 200
    retry_after: int | None = None  # seconds, with a 429 or a 423


def sign_in(conn: psycopg.Connection, username: str, password: str, caller: str) -> SignIn:
    """Check a password against the lockout and the address's limit; a right one clears the name's wrong ones."""
    by_address, _ = store.failures(conn, "login", caller, username, LOCK_WINDOW, LOCK_WINDOW)
    if by_address >= PER_ADDRESS:
        return SignIn(
            message="Địa chỉ này đã đăng nhập sai quá nhiều lần. Thử lại sau 15 phút.",
            status=429,
            retry_after=int(LOCK_WINDOW.total_seconds()),
        )
    until = store.locked_until(conn, "login", username, LOCK_AFTER, LOCK_WINDOW)
    if until is not None:
        return _locked(conn, until)
    user = store.user(conn, username)
    if user is not None and user.active:
        right = verify(user.password_hash, password)
    else:
        decoy_verify(password)  # as long as a real check: an unknown name is not told apart by the time taken
        right = False
    if right:
        store.clear_failures(conn, "login", username)
        return SignIn(user=user)
    store.add_failure(conn, "login", caller, username, LIFETIME)
    minutes = LOCK_WINDOW.seconds // 60
    if by_address + 1 == PER_ADDRESS:
        enrolment.record_event(
            conn,
            "console_address_held",
            f"Trang quản trị tỉnh: địa chỉ {caller} đăng nhập sai {PER_ADDRESS} lần trong {minutes} phút; tạm dừng "
            "đăng nhập từ địa chỉ này.",
            address=caller,
        )
    until = store.locked_until(conn, "login", username, LOCK_AFTER, LOCK_WINDOW)
    if until is not None:
        store.audit(conn, username, caller, "login.locked", username, {"until": until.isoformat()})
        enrolment.record_event(
            conn,
            "console_login_lockout",
            f"Trang quản trị tỉnh: tên đăng nhập {username!r} bị khóa {minutes} phút sau {LOCK_AFTER} lần sai mật "
            f"khẩu (lần cuối từ {caller}).",
            address=caller,
        )
        log.warning("console sign-in locked after %d wrong passwords", LOCK_AFTER, extra={"address": caller})
        return _locked(conn, until)
    return SignIn(message=WRONG, status=401)


def _locked(conn: psycopg.Connection, until: datetime) -> SignIn:
    wait = (until - conn.execute("SELECT now() AS t").fetchone()["t"]).total_seconds()
    return SignIn(
        message=f"Tài khoản tạm khóa đến {moment(to_vn(until))} vì nhập sai mật khẩu nhiều lần.",
        status=423,
        retry_after=max(1, math.ceil(wait)),
    )


def open_session(conn: psycopg.Connection, user: ProvinceUser, caller: str, old: str | None) -> str:
    """A new session for ``user`` (the one the browser had, if any, is closed); returns its id for the cookie."""
    session = secrets.token_urlsafe(32)
    with conn.transaction():
        if old:
            store.close_session(conn, sha256(old))
        store.open_session(conn, sha256(session), user.username, caller)
        store.audit(conn, user.username, caller, "login", user.username, None)
    return session


def close_session(conn: psycopg.Connection, session: str, user: ProvinceUser, caller: str) -> None:
    with conn.transaction():
        store.close_session(conn, sha256(session))
        store.audit(conn, user.username, caller, "logout", user.username, None)


class Console:
    """What every console page does: who is signed in, may they, the page around the content, the audited change."""

    def __init__(self, site: Site) -> None:
        self.site = site
        site.templates.globals.update(root=ROOT, nav=NAV, roles=ROLES, stale=STALE_FORM)

    async def user(self, request: Request) -> ProvinceUser | None:
        session = request.cookies.get(SESSION_COOKIE)
        user = await self.site.db(store.session_user, sha256(session), IDLE, LIFETIME) if session else None
        request.state.user = user
        return user

    async def gate(self, request: Request, admin: bool = False) -> ProvinceUser | Response:
        """The signed-in user, or the answer to give instead: the sign-in page, or a refusal for a supervisor."""
        user = await self.user(request)
        if user is None:
            return redirect(f"{LOGIN}?tiep={quote(request.url.path)}")
        if admin and user.role != "admin":
            return await self.page(
                request, user, "console/refused.html", status=403, title="Không có quyền", reason="role"
            )
        return user

    async def posted(self, request: Request, admin: bool = False) -> tuple[ProvinceUser, FormData] | Response:
        """The user and the form of a POST that carries this session's CSRF token, or the answer to give instead."""
        user = await self.gate(request, admin)
        if isinstance(user, Response):
            return user
        form = await request.form(max_files=1, max_fields=50, max_part_size=64 * 1024)
        if not self.site.csrf_ok(request, form, signed_in=True):
            log.warning("console form without its CSRF token refused", extra={"path": request.url.path})
            return await self.page(
                request, user, "console/refused.html", status=403, title="Không thực hiện", reason="csrf"
            )
        return user, form

    async def page(
        self, request: Request, user: ProvinceUser, template: str, status: int = 200, **context: Any
    ) -> Response:
        return await self.site.page(request, template, status=status, user=user, **context)

    async def change(
        self,
        request: Request,
        user: ProvinceUser,
        action: str,
        target: str,
        detail: object,
        work: Callable[..., Any],
        *args: Any,
    ) -> Any:
        """``work(connection, *args)`` and its line in the server's audit log, in one transaction."""
        caller = address(request)

        def audited(conn: psycopg.Connection) -> Any:
            with conn.transaction():
                result = work(conn, *args)
                store.audit(conn, user.username, caller, action, target, detail)
            return result

        return await self.site.db(audited)


def router(site: Site, console: Console) -> APIRouter:
    routes = APIRouter(include_in_schema=False)

    def next_page(value: object) -> str:
        text = str(value or "")
        return text if text.startswith(f"{ROOT}/") and "//" not in text and "\\" not in text else f"{ROOT}/tong-quan"

    @routes.get(ROOT)
    @routes.get(f"{ROOT}/")
    async def home(request: Request) -> Response:
        return redirect(f"{ROOT}/tong-quan")

    @routes.get(LOGIN)
    async def login_page(request: Request) -> Response:
        return await site.page(
            request, "console/login.html", message="", username="", next=next_page(request.query_params.get("tiep"))
        )

    @routes.post(LOGIN)
    async def login(request: Request) -> Response:
        form = await request.form(max_files=0, max_fields=5, max_part_size=4096)
        username, target = str(form.get("ten", "")).strip().lower()[:100], next_page(form.get("tiep"))
        if not site.csrf_ok(request, form, signed_in=False):
            return await site.page(
                request, "console/login.html", status=403, message=STALE_FORM, username=username, next=target
            )
        caller = address(request)
        outcome = await site.db(sign_in, username, str(form.get("mat_khau", ""))[:1024], caller)
        if outcome.user is None:
            return await site.page(
                request,
                "console/login.html",
                status=outcome.status,
                headers={"Retry-After": str(outcome.retry_after)} if outcome.retry_after else None,
                message=outcome.message,
                username=username,
                next=target,
            )
        session = await site.db(open_session, outcome.user, caller, request.cookies.get(SESSION_COOKIE))
        response = redirect(target)
        set_cookie(request, response, SESSION_COOKIE, session, path=ROOT, same_site="strict")
        return response

    @routes.post(f"{ROOT}/dang-xuat")
    async def logout(request: Request) -> Response:
        posted = await console.posted(request)
        if isinstance(posted, Response):
            return posted
        user, _ = posted
        await site.db(close_session, request.cookies[SESSION_COOKIE], user, address(request))
        response = redirect(LOGIN)
        response.delete_cookie(SESSION_COOKIE, path=ROOT)
        return response

    return routes
