"""Which country a report is about, weighed from its country words and its actors.

Forces cross borders: "Pakistani troops fired on posts in Poonch" and "Kenyan
jets struck a camp in Gedo" happen in the other country. Such words still count,
but less than a country the report merely names or a group that fights only at home.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from eventwire import arguments
from eventwire.arguments import Frame
from eventwire.countries import countries_in
from eventwire.record import Location

# What a country word loses when it names where an attacker comes from rather than where
# the act is: it is counted once for its sentence and once for the report, so a little over
# one of those two, leaving it below a country named once without such a role.
ABROAD_DISCOUNT = 1.25


def report_countries(frames: list[Frame], doc: Doc, report_text: str) -> Counter[str]:
    """Country votes of a report: its country words and the home countries of its groups,
    an attacker's own nationality counting less."""
    hints: Counter[str] = Counter()
    for f in frames:
        hints.update(f.country_hints)
    hints.update(iso for _, _, iso in countries_in(report_text))
    for f in frames:
        a = f.attacker
        if a is not None and a.armed and not a.named:
            iso = arguments.demonym_country(doc, a)
            if iso:
                hints[iso] -= ABROAD_DISCOUNT
    return hints


def main_country(hints: Counter[str], filing: Location | None) -> str | None:
    """The country the report's words vote for most; on a tie, the one it was filed in."""
    if not hints:
        return None
    top = max(hints.values())
    leaders = [iso for iso, votes in hints.items() if votes == top]
    return filing.iso if filing is not None and filing.iso in leaders else leaders[0]
