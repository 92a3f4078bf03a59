"""``/api/stats/{by}`` (counts by day, week, province or type) and ``/api/facets`` (filter menus)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from eventwire.web import queries
from eventwire.web.events import columns_of
from eventwire.web.params import FILTERS, ApiError, check_known, parse_query


def stats(request: Request) -> JSONResponse:
    by = request.path_params["by"]
    if by not in queries.GROUPS:
        raise ApiError(f"cannot count by {by!r}; expected one of {', '.join(queries.GROUPS)}", "by", 404)
    check_known(request.query_params, FILTERS)
    q = parse_query(request.query_params)
    store = request.app.state.pool.get()
    rows = queries.aggregate(store, q, by, columns_of(request, store))
    return JSONResponse({"by": by, "rows": rows,
                         "events": sum(r["events"] for r in rows), "fatalities": sum(r["fatalities"] for r in rows)})


def facets(request: Request) -> JSONResponse:
    check_known(request.query_params, ())
    store = request.app.state.pool.get()
    return JSONResponse(queries.facets(store, columns_of(request, store)))
