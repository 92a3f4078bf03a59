"""``eventwire serve``: a REST API over the store and an offline dashboard at ``/``.

    app.py        builds the ASGI app (routes, limits, security headers)
    params.py     query parameters -> filters, paging, sort; clear 400s
    queries.py    the SQL behind lists, map points, aggregates and facets
    events.py articles.py stats.py reports.py   one module per endpoint group
    openapi.py    the OpenAPI description
    static/       the dashboard: HTML, vanilla JS, CSS, Natural Earth basemap
"""

from eventwire.web.app import create_app

__all__ = ["create_app"]
