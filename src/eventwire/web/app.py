"""The ASGI app: API routes, the dashboard's static files, JSON errors and security headers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from eventwire.web import articles, events, openapi, reports, stats
from eventwire.web.columns import ColumnCache
from eventwire.web.db import StorePool
from eventwire.web.params import ApiError

STATIC = Path(__file__).parent / "static"
MAX_BODY = 1_000_000
HEADERS = [
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                                 b" connect-src 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]


def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return JSONResponse({"error": exc.message, "param": exc.param}, status_code=exc.status)


def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return JSONResponse({"error": exc.detail, "param": None}, status_code=exc.status_code)


def _index(request: Request) -> Response:
    return FileResponse(STATIC / "index.html", headers={"cache-control": "no-cache"})


def _openapi(request: Request) -> Response:
    return JSONResponse(openapi.spec())


class SecurityHeaders:
    """Adds a strict same-origin content policy to every response: the page can load nothing from elsewhere."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def add_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + HEADERS
            await send(message)

        await self.app(scope, receive, add_headers)


def create_app(db: str, token: str | None = None, extract: Callable | None = None,
               max_body: int = MAX_BODY, allowed_hosts: list[str] | None = None,
               column_cache: bool = True) -> Starlette:
    """The app over the store at ``db``; POST needs ``token``; ``extract`` overrides the pipeline (tests).

    ``allowed_hosts`` refuses requests whose Host header names another site, so a page elsewhere
    cannot reach a loopback server through DNS rebinding. ``column_cache=False`` answers every
    query in SQL (see ``columns.py``).
    """
    pool = StorePool(db)
    pool.get()  # open (and migrate) once now, so a bad database fails at start, not on first request

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        pool.close()

    routes = [
        Route("/", _index),
        Route("/api/openapi.json", _openapi),
        Route("/api/events", events.list_events),
        # ids may hold "/" (URLs): the rest of the path, percent-decoded once by the server, is the id
        Route("/api/events/{event_id:path}", events.get_event),
        Route("/api/points", events.list_points),
        Route("/api/articles", articles.get_article),
        Route("/api/articles/{article_id:path}", articles.get_article),
        Route("/api/stats/{by}", stats.stats),
        Route("/api/facets", stats.facets),
        Route("/api/reports", reports.post_report, methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    middleware = [Middleware(SecurityHeaders)]
    if allowed_hosts:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts))
    app = Starlette(routes=routes, exception_handlers={ApiError: _api_error, HTTPException: _http_error},
                    middleware=middleware, lifespan=lifespan)
    app.state.pool, app.state.token, app.state.extract, app.state.max_body = pool, token, extract, max_body
    app.state.columns = ColumnCache(pool) if column_cache else None
    if app.state.columns is not None:
        app.state.columns.prime()
    return app
