"""``POST /api/reports``: extract the events of one report and store them (needs the server's token)."""

from __future__ import annotations

import hmac
import json
from datetime import date
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from eventwire.record import Article, id_problem
from eventwire.store import content_hash
from eventwire.web.params import ApiError

FIELDS = {"text", "published", "id", "outlet", "url", "title", "language"}


def _authorise(request: Request) -> None:
    token = request.app.state.token
    if not token:
        raise ApiError("this server is read-only: start it with --token (or EVENTWIRE_TOKEN) to accept reports",
                       status=403)
    given = request.headers.get("authorization", "")
    if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
        raise ApiError("missing or wrong token: send 'Authorization: Bearer <token>'", status=401)


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(f"body of {declared} bytes is larger than the {limit}-byte limit", status=413)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise ApiError(f"body is larger than the {limit}-byte limit", status=413)
    return bytes(body)


def parse_report(body: bytes) -> Article:
    """A JSON object ``{"text": …, "published": "YYYY-MM-DD", "outlet", "url", "title", "id"}`` as an article."""
    try:
        data: Any = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ApiError(f"body is not valid UTF-8 JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ApiError("body must be a JSON object with at least a \"text\" field")
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        raise ApiError(f"unknown field(s) {', '.join(unknown)}; allowed: {', '.join(sorted(FIELDS))}", unknown[0])
    for name, value in data.items():
        if value is not None and not isinstance(value, str):
            raise ApiError(f"{name} must be a string", name)
        if value and "\x00" in value:
            raise ApiError(f"{name} contains a NUL character", name)
    text = (data.get("text") or "").strip()
    if not text:
        raise ApiError("text is missing or empty", "text")
    published = None
    if data.get("published"):
        try:
            published = date.fromisoformat(data["published"])
        except ValueError:
            raise ApiError(f"published={data['published']!r}: expected a date YYYY-MM-DD", "published") from None
    article_id = data.get("id") or "post-" + content_hash(text)[:16]
    if problem := id_problem(article_id):
        raise ApiError(problem, "id")
    return Article(id=article_id, text=data["text"], published=published,
                   outlet=data.get("outlet") or "", url=data.get("url") or "", title=data.get("title") or "",
                   language=data.get("language") or "en")


async def post_report(request: Request) -> JSONResponse:
    _authorise(request)
    if not request.headers.get("content-type", "").startswith("application/json"):
        raise ApiError("send the report as Content-Type: application/json", status=415)
    article = parse_report(await read_body(request, request.app.state.max_body))
    result = await run_in_threadpool(_store, request, article)
    status = 201 if result["stored"] else 200
    return JSONResponse(result, status_code=status)


def _store(request: Request, article: Article) -> dict[str, Any]:
    state = request.app.state
    store = state.pool.get()
    if store.has_article(article.id, article.text):
        return {"article_id": article.id, "stored": False, "reason": "already stored", "event_ids": []}
    extract = state.extract
    if extract is None:
        try:
            from eventwire.ingest import default_extractor

            extract = state.extract = default_extractor()
        except ImportError as exc:
            raise ApiError(f"the extractor is not available on this server ({exc})", status=503) from None
    events = extract(article)
    result = store.add_article(article, events)
    if state.columns is not None:
        state.columns.invalidate()
    return {"article_id": article.id, "stored": result.stored, "new": result.new, "merged": result.merged,
            "event_ids": list(result.event_ids)}
