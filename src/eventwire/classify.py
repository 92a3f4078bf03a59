"""Event type: the trigger kinds of an event, refined by whom the act was against."""

from __future__ import annotations

from functools import cache

from eventwire.actors import ActorMention
from eventwire.resources import load


@cache
def _kinds() -> dict[str, dict]:
    return load("kinds")


def event_type(kinds: set[str], attacker: ActorMention | None, target: ActorMention | None,
               armed_victims: bool) -> tuple[str, str]:
    """(event_type, sub_event_type) by ACLED's rules: the remote weapon wins over the target."""
    table = _kinds()
    kind = max((k for k in kinds if k in table), key=lambda k: table[k]["rank"])
    spec = table[kind]
    if "type" in spec:
        if kind == "takeover" and attacker is not None and attacker.kind == "state forces":
            return spec["type"], spec["state_sub"]
        return spec["type"], spec["sub"]
    armed = armed_victims or (target is not None and target.armed)
    if not armed and "clash" in kinds:
        armed = True
    return tuple(spec["armed"] if armed else spec["unarmed"])  # type: ignore[return-value]
