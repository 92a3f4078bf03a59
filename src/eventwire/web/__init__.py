"""``eventwire serve``: a REST API over the store and an offline dashboard at ``/``.

    app.py        builds the ASGI app (routes, limits, security headers)
    params.py     query parameters -> filters, paging, sort; clear 400s
    queries.py    lists, map points, aggregates and facets: from columns.py, or SQL
    columns.py    an in-memory column copy of the events table (numpy), rebuilt on change
    db.py         one store connection per server thread
    events.py articles.py stats.py reports.py   one module per endpoint group
    openapi.py    the OpenAPI description
    static/       the dashboard: HTML, vanilla JS, CSS, Natural Earth basemap
    basemap_build.py   regenerates static/basemap/ from npm packages (a build-time step)
"""

from eventwire.web.app import create_app

__all__ = ["create_app"]
