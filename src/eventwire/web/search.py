"""Free-text search (``q``): the words of an event a person would look for, not its JSON keys.

Searched: the notes, sub-event type, actors (names, kinds and the report's words), place names,
every evidence quote and the sources' outlets and informants, case-insensitively.
"""

from __future__ import annotations

from typing import Any


def search_text(record: dict[str, Any]) -> str:
    """The lowercased searchable text of one event record, one field a line."""
    parts = [record.get("notes") or "", record.get("event_type") or "", record.get("sub_event_type") or ""]
    for key in ("actor1", "actor2"):
        actor = record.get(key) or {}
        parts += [actor.get("name") or "", actor.get("kind") or "", actor.get("text") or "", actor.get("associated") or ""]
    loc = record.get("location") or {}
    parts += [loc.get(k) or "" for k in ("name", "admin1", "admin2", "country", "text")]
    parts += [e.get("text") or "" for e in record.get("evidence") or []]
    for source in record.get("sources") or []:
        parts += [source.get("outlet") or "", source.get("reported_by") or ""]
    return "\n".join(p for p in parts if p).lower()


def sql_prefilter_ok(needle: str) -> bool:
    """Whether ``LOWER(record) LIKE`` can narrow the search without losing a match: ASCII words
    that JSON stores unescaped (SQLite lowers ASCII only; quotes and backslashes are escaped)."""
    return needle.isascii() and not any(c in needle for c in '"\\') and all(c >= " " for c in needle)
