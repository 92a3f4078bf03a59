"""Sides that are no longer armed: people named by a word for fighters who have left the
fight ("a retired police officer", "two ex-BLA militants") or who are named by their tie to
an armed side ("an al Shabaab critic", "a police informant"). As victims they are civilians.

Data: ``data/words.yaml`` (no_longer, tied_people).
"""

from __future__ import annotations

import re
from functools import cache

from eventwire.actors import ActorMention
from eventwire.resources import alternation, word_set


@cache
def _no_longer() -> re.Pattern[str]:
    """A word saying the people named next no longer fight, ending the text before them."""
    words = "|".join(sorted({re.escape(w.rstrip("-")) for w in word_set("no_longer")}))
    return re.compile(rf"\b(?:{words})\b[-\s]*(?:[\w.]+[-\s]+)?$", re.I)


@cache
def _tied() -> re.Pattern[str]:
    """A word after a side's name that names people tied to it, not its fighters: "an ONLF sympathiser"."""
    return re.compile(rf"[\s-]*(?:{alternation(word_set('tied_people'))})\b", re.I)


def no_longer_armed(text: str, mention: ActorMention) -> ActorMention:
    """ "A retired police officer", "two ex-BLA militants": people who no longer fight are
    civilians; so are those named by their tie to a side ("an al Shabaab critic", "a police
    informant")."""
    if not mention.armed:
        return mention
    if _tied().match(text, mention.end) or not mention.named and _no_longer().search(
            text[max(0, mention.start - 20):mention.start]):
        return ActorMention(mention.start, mention.end, mention.text, "Civilians ({country})", "civilians", False)
    return mention
