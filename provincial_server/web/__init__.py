"""The province's web pages, served by the provincial server in Vietnamese with nothing fetched from elsewhere:
the citizens' look-up (``/tra-cuu``) and the province console (``/tinh/``). Server-side Jinja2 templates, one
stylesheet and a little vendored JavaScript under ``/static``."""

from __future__ import annotations

from fastapi import FastAPI
from starlette.staticfiles import StaticFiles

from provincial_server.web import citizen
from provincial_server.web.site import HERE, Db, Site


def install(app: FastAPI, db: Db) -> None:
    """Add the pages to the server's app; ``db`` runs work on a connection of the server's pool."""
    site = Site(db)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(citizen.router(site))
