"""ACLED's event types and sub-event types with their definitions (``data/taxonomy.yaml``).

Read by whatever lists or checks types without classifying: the dashboard's type filter,
exports, tests. Loading it needs no language model.
"""

from __future__ import annotations

from functools import cache

from eventwire.resources import load


@cache
def types() -> dict[str, list[str]]:
    """Each event type and its sub-event types, in ACLED's order."""
    return {etype: list(spec["sub_event_types"]) for etype, spec in load("taxonomy").items()}


@cache
def definitions() -> dict[str, str]:
    """Each sub-event type's definition: when it applies."""
    return {sub: text for spec in load("taxonomy").values() for sub, text in spec["sub_event_types"].items()}


def event_type_of(sub: str) -> str:
    """The event type a sub-event type belongs to ("" when it is none of ACLED's)."""
    return next((etype for etype, subs in types().items() if sub in subs), "")
