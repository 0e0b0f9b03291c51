"""What every page of the province's web shares: the Jinja2 templates, the database as the server's pool gives it,
the answers with their security headers, CSRF tokens, and the caller's address.

CSRF: every form carries a token that is an HMAC, under a key derived from the server's secret (``secret.py``: never
in the database), of the console session's id (signed in) or of a random cookie of the browser (the sign-in and
look-up forms). Another site can neither read the token nor make one, even if it could set a cookie.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from counter_core.foundation.clock import to_vn
from counter_core.foundation.formatting import day, moment, money, number, percentage

T = TypeVar("T")
Db = Callable[..., Awaitable[Any]]  # ``await db(work, *args)``: work(connection, *args) on a worker thread

HERE = Path(__file__).parent
ANONYMOUS_COOKIE = "counter_csrf"
SESSION_COOKIE = "counter_session"
CSRF_FIELD = "csrf"
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # a look-up address carries the dossier's token
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _moment(value: datetime | None) -> str:
    return moment(to_vn(value)) if value else ""


def _day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return day(to_vn(value).date() if isinstance(value, datetime) else value)


class Site:
    """The web's shared state, made once per app."""

    def __init__(self, db: Db, key: bytes) -> None:
        self.db = db
        self.key = key  # the server's secret (enrolment codes' hashes)
        self._csrf_key = hmac.new(key, b"counter-server console CSRF tokens", "sha256").digest()
        self.templates = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(default=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.filters.update(
            moment=_moment, day=_day, number=number, money=money, percentage=percentage, iso_day=date.isoformat
        )

    def _sign(self, kind: str, basis: str) -> str:
        return hmac.new(self._csrf_key, f"{kind}:{basis}".encode(), "sha256").hexdigest()

    def csrf_token(self, request: Request) -> str:
        """The token the page's forms carry: bound to the console session when signed in, or else to the browser's
        anonymous cookie (made now if it has none)."""
        if getattr(request.state, "user", None) is not None:
            return self._sign("session", request.cookies[SESSION_COOKIE])
        anonymous = request.cookies.get(ANONYMOUS_COOKIE) or getattr(request.state, "anonymous", None)
        if not anonymous:
            anonymous = request.state.anonymous = secrets.token_urlsafe(24)
        return self._sign("anonymous", anonymous)

    def csrf_ok(self, request: Request, form, signed_in: bool) -> bool:
        """Whether the form came with the token of this session (``signed_in``) or of this browser."""
        sent = form.get(CSRF_FIELD)
        basis = request.cookies.get(SESSION_COOKIE if signed_in else ANONYMOUS_COOKIE)
        if not isinstance(sent, str) or not basis:
            return False
        return hmac.compare_digest(self._sign("session" if signed_in else "anonymous", basis), sent)

    def busy(self, path: str, message: str, retry_after: str) -> HTMLResponse:
        """The page a person gets when a rate limit holds their requests back (429, with its Retry-After)."""
        html = self.templates.get_template("busy.html").render(message=message, back=path)
        return HTMLResponse(html, status_code=429, headers={**HEADERS, "Retry-After": retry_after})

    async def page(
        self, request: Request, template: str, status: int = 200, headers: dict[str, str] | None = None, **context
    ) -> HTMLResponse:
        """A page from ``template``, with the CSRF token its forms need and the security headers (and ``headers``)."""
        token = self.csrf_token(request)
        html = self.templates.get_template(template).render(request=request, csrf=token, **context)
        response = HTMLResponse(html, status_code=status, headers={**HEADERS, **(headers or {})})
        fresh = getattr(request.state, "anonymous", None)
        if fresh:
            set_cookie(request, response, ANONYMOUS_COOKIE, fresh, path="/", same_site="lax")
        return response


def address(request: Request) -> str:
    """The caller's address (the proxy's forwarded one when uvicorn trusts the proxy)."""
    return request.client.host if request.client else ""


def secure(request: Request) -> bool:
    return request.url.scheme == "https"


def set_cookie(request: Request, response: Response, name: str, value: str, path: str, same_site: str) -> None:
    """A cookie scripts cannot read, sent back only to this server, over TLS when the page came over TLS."""
    response.set_cookie(name, value, path=path, httponly=True, samesite=same_site, secure=secure(request))


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303, headers=HEADERS)
