"""The province's web pages, served by the provincial server in Vietnamese with nothing fetched from elsewhere:
the citizens' look-up (``/tra-cuu``) and the province console (``/tinh/``). Server-side Jinja2 templates, one
stylesheet and a little vendored JavaScript under ``/static``."""

from __future__ import annotations

from fastapi import FastAPI, Request
from starlette.responses import Response
from starlette.staticfiles import StaticFiles

from counter_core.domain.tracking import LOOKUP_PATH
from provincial_server.answers import ApiError
from provincial_server.web import (
    citizen,
    console,
    console_audit,
    console_dashboard,
    console_export,
    console_health,
    console_publish,
    console_search,
    console_units,
)
from provincial_server.web.site import HERE, Db, Site

CONSOLE_PAGES = (console_units, console_health, console_dashboard, console_search, console_publish, console_export)


def people_page(site: Site, path: str, refused: ApiError) -> Response | None:
    """A rate limit's refusal of one of these pages, as a page in Vietnamese (None for the rest of the server)."""
    if path != LOOKUP_PATH and path != console.ROOT and not path.startswith(console.ROOT + "/"):
        return None
    return site.busy(path, refused.message, refused.headers.get("Retry-After", "60"))


def install(app: FastAPI, db: Db, key: bytes) -> Site:
    """Add the pages to the server's app; ``db`` runs work on a connection of the server's pool, ``key`` is the
    server's secret. Returns the pages' shared state (its ``busy`` page words the gate's refusals)."""
    site = Site(db, key)
    gate = console.Console(site)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(citizen.router(site))
    app.include_router(console.router(site, gate))
    for pages in (*CONSOLE_PAGES, console_audit):
        app.include_router(pages.router(site, gate))

    @app.get(console.ROOT + "/{rest:path}", include_in_schema=False)
    async def unknown_page(request: Request, rest: str) -> Response:
        user = await gate.user(request)
        return await site.page(
            request,
            "console/missing.html",
            status=404,
            user=user,
            roles=console.ROLES,
            nav=console.NAV,
            root=console.ROOT,
        )

    return site
