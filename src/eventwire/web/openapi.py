"""The OpenAPI 3.1 description of the API, served at ``/api/openapi.json``."""

from __future__ import annotations

from typing import Any

from eventwire.web.params import MAX_LIMIT, SORTS


def _q(name: str, description: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema or {"type": "string"}}


FILTER_PARAMS = [
    _q("country", "country name or ISO code"),
    _q("admin1", "first-level subdivision (province, governorate), exact name"),
    _q("since", "first date, inclusive", {"type": "string", "format": "date"}),
    _q("until", "last date, inclusive", {"type": "string", "format": "date"}),
    _q("type", "event type or sub-event type"),
    _q("actor", "part of actor1's or actor2's name"),
    _q("near", "LAT,LON,KM: within KM kilometres of a point", {"type": "string", "pattern": r"^-?[\d.]+,-?[\d.]+,[\d.]+$"}),
    _q("q", "words of the event, case-insensitive: notes, actors, places, evidence quotes, sources"),
]
ERROR = {"description": "bad request", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
OK = {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}


def _id(name: str, what: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}, "description":
            f"the {what}'s id, percent-encoded: every '/', '?', '#', '%' and space (encodeURIComponent)"}


def spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "eventwire", "version": "1", "description":
                 "Events of political violence extracted from news reports, each field tied to its evidence."},
        "paths": {
            "/api/events": {"get": {
                "summary": "a page of events matching the filters",
                "parameters": FILTER_PARAMS + [
                    _q("limit", f"page size, 1-{MAX_LIMIT}", {"type": "integer", "default": 100}),
                    _q("offset", "events to skip", {"type": "integer", "default": 0}),
                    _q("sort", "order: " + ", ".join(SORTS) + "; prefix - for descending",
                       {"type": "string", "default": "-date"})],
                "responses": {"200": OK, "400": ERROR}}},
            "/api/events/{event_id}": {"get": {
                "summary": "one event with its sources, evidence and source articles",
                "parameters": [_id("event_id", "event")], "responses": {"200": OK, "400": ERROR, "404": ERROR}}},
            "/api/points": {"get": {
                "summary": "map markers [id, lat, lon, type, fatalities (null: not reported), date], deadliest first",
                "parameters": FILTER_PARAMS + [_q("limit", "at most this many", {"type": "integer", "default": 5000})],
                "responses": {"200": OK, "400": ERROR}}},
            "/api/articles": {"get": {
                "summary": "a stored report with its text and the events drawn from it, any id as a query parameter",
                "parameters": [{"name": "id", "in": "query", "required": True, "schema": {"type": "string"},
                                "description": "the article's id as stored"}],
                "responses": {"200": OK, "400": ERROR, "404": ERROR}}},
            "/api/articles/{article_id}": {"get": {
                "summary": "a stored report with its text, its dateline and the events drawn from it",
                "description": "An id that is exactly '.' or '..' cannot travel in a path (clients resolve it);"
                               " ask /api/articles?id= for those.",
                "parameters": [_id("article_id", "article")],
                "responses": {"200": OK, "400": ERROR, "404": ERROR}}},
            "/api/stats/{by}": {"get": {
                "summary": "event and fatality counts by day, week (Monday), admin1 or type",
                "parameters": [{"name": "by", "in": "path", "required": True,
                                "schema": {"type": "string", "enum": ["day", "week", "admin1", "type"]}}]
                + FILTER_PARAMS,
                "responses": {"200": OK, "400": ERROR, "404": ERROR}}},
            "/api/facets": {"get": {"summary": "countries, provinces, types and the date span of the store",
                                    "responses": {"200": OK}}},
            "/api/reports": {"post": {
                "summary": "extract the events of one report and store them",
                "security": [{"bearer": []}],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["text"], "additionalProperties": False,
                    "properties": {k: {"type": "string"} for k in
                                   ("text", "published", "id", "outlet", "url", "title", "language")}}}}},
                "responses": {"201": OK, "200": OK, "400": ERROR, "401": ERROR, "403": ERROR,
                              "413": ERROR, "415": ERROR}}},
        },
        "components": {
            "schemas": {"Error": {"type": "object", "properties": {
                "error": {"type": "string"}, "param": {"type": ["string", "null"]}}}},
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }
