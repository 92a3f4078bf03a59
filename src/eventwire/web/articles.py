"""``/api/articles?id=…`` and ``/api/articles/{id}``: a stored report with its full text and the events drawn from it."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from eventwire.record import Dateline
from eventwire.web.params import ApiError, check_known, path_id


def _asked_id(request: Request) -> tuple[str, str]:
    """The id asked for and the parameter that carried it: the path's rest, or ``?id=`` (any id at all)."""
    if "article_id" in request.path_params:
        return path_id(request, "article_id"), "article_id"
    check_known(request.query_params, ("id",))
    article_id = request.query_params.get("id", "")
    if not article_id:
        raise ApiError("give the article's id: /api/articles?id=ID or /api/articles/ID (percent-encoded)", "id")
    return article_id, "id"


def get_article(request: Request) -> JSONResponse:
    article_id, param = _asked_id(request)
    store = request.app.state.pool.get()
    article = store.get_article(article_id)
    if article is None:
        raise ApiError(f"no article {article_id!r}", param, 404)
    event_ids = [e for (e,) in store.rows(
        "SELECT DISTINCT event_id FROM reports WHERE article_id = ? ORDER BY event_id", (article_id,))]
    return JSONResponse({
        "id": article.id, "title": article.title, "outlet": article.outlet, "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "language": article.language, "text": article.text, "event_ids": event_ids,
        "dateline": _dateline(article.dateline),
    })


def _dateline(line: Dateline | None) -> dict | None:
    """Where (and when) the report was filed; ``start:end`` index ``text``."""
    if line is None:
        return None
    return {"place": line.place, "date": line.date.isoformat() if line.date else None,
            "start": line.start, "end": line.end}
