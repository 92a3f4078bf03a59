"""``/api/events``, ``/api/events/{id}`` and ``/api/points``: lists, one event, map markers."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from eventwire.store import Store
from eventwire.web import queries
from eventwire.web.columns import Columns
from eventwire.web.params import (FILTERS, PAGING, ApiError, check_known, parse_paging, parse_query, parse_sort,
                                  path_id)

MAX_POINTS = 20000


def columns_of(request: Request, store: Store) -> Columns | None:
    """The in-memory columns, when this server keeps them."""
    cache = request.app.state.columns
    return cache.get(store) if cache is not None else None


def list_events(request: Request) -> JSONResponse:
    """A page of events matching the filters, with the total and the next page's offset."""
    params = request.query_params
    check_known(params, FILTERS + PAGING)
    q = parse_query(params)
    limit, offset = parse_paging(params)
    sort, descending = parse_sort(params)
    store = request.app.state.pool.get()
    total, events = queries.page(store, q, sort, descending, limit, offset, columns_of(request, store))
    following = offset + limit if offset + limit < total else None
    return JSONResponse({"total": total, "limit": limit, "offset": offset, "next_offset": following, "events": events})


def get_event(request: Request) -> JSONResponse:
    """One event with its sources, evidence and the stored articles they point to."""
    event_id = path_id(request, "event_id")
    store = request.app.state.pool.get()
    event = store.get_event(event_id)
    if event is None:
        raise ApiError(f"no event {event_id!r}", "event_id", 404)
    articles = []
    for source in event.sources:
        article = store.get_article(source.article_id)
        articles.append({
            "id": source.article_id, "stored": article is not None,
            "title": article.title if article else "", "outlet": article.outlet if article else source.outlet,
            "url": article.url if article else source.url,
            "published": article.published.isoformat() if article and article.published else source.published,
        })
    body = {"event": event.to_dict(), "articles": articles}
    if event.event_id != event_id:
        body["merged_into"] = event.event_id
    return JSONResponse(body)


def list_points(request: Request) -> JSONResponse:
    """Map markers for every matching event (up to ``limit``, deadliest first)."""
    params = request.query_params
    check_known(params, FILTERS + ("limit",))
    q = parse_query(params)
    raw = params.get("limit") or "5000"
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_POINTS:
        raise ApiError(f"limit={raw!r}: must be a whole number between 1 and {MAX_POINTS}", "limit")
    store = request.app.state.pool.get()
    total, points = queries.points(store, q, int(raw), columns_of(request, store))
    return JSONResponse({"total": total, "fields": ["event_id", "latitude", "longitude", "event_type",
                                                      "fatalities", "event_date"], "points": points})
