"""``/api/articles/{id}``: a stored report with its full text and the events drawn from it."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from eventwire.record import Dateline
from eventwire.web.params import ApiError, check_known


def get_article(request: Request) -> JSONResponse:
    check_known(request.query_params, ())
    article_id = request.path_params["article_id"]
    store = request.app.state.pool.get()
    article = store.get_article(article_id)
    if article is None:
        raise ApiError(f"no article {article_id!r}", "article_id", 404)
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
