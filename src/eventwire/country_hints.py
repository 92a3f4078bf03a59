"""Which country a report's acts happen in, weighed from everything it says but its
place names (the gazetteer weighs those itself).

Each source gives votes, (ISO code, weight) pairs, and :func:`scene_votes` adds up
whatever sources it is given. Forces cross borders: "Pakistani troops fired on posts
in Poonch" and "Kenyan jets struck a camp in Gedo" happen in the other country, so an
attacker's nationality counts less than a country the report merely names; a country
named only as blamed, as a speaker or source, a destination, an origin or across a
border counts nothing (:func:`eventwire.countries.away_from_scene`). An outlet whose
name carries its country ("The Financial Express (Bangladesh)") votes less than any word
of the report itself; the place a report was filed from (its dateline) votes as much as a
country the text names twice, and takes a tie. More sources are more arguments to
:func:`scene_votes`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from eventwire import actors, arguments
from eventwire.arguments import Frame
from eventwire.countries import countries_in, named_as_place
from eventwire.parse import text_of
from eventwire.places.scene import leading_country
from eventwire.record import Location
from eventwire.resources import word_pattern, word_set

Vote = tuple[str, float]

# What a country word loses when it names where an attacker comes from rather than where
# the act is: it is counted once for its sentence and once for the report, so a little over
# one of those two, leaving it below a country named once without such a role.
ABROAD_DISCOUNT = 1.25
# What it loses when its sentence tells of a border or a ceasefire line ("troops of Pakistan
# fired on posts along the Line of Control"): all it was given, for an act across a border
# takes place on the other side as often as on the attacker's.
CROSS_BORDER_DISCOUNT = 2.0
# An outlet's home: it breaks a tie, or speaks when the report names no country.
OUTLET_VOTE = 0.75
# What the filing place says of the report's country: as much as a country the text names twice.
DATELINE_VOTE = 2.0


def scene_votes(*sources: Iterable[Vote]) -> Counter[str]:
    """The votes of every source, added up by country."""
    total: Counter[str] = Counter()
    for source in sources:
        for iso, weight in source:
            total[iso] += weight
    return total


@dataclass
class Scene:
    """What a report says of the country of its acts: the votes of its sources, the
    countries it names as places (:func:`named_countries`), the place it was filed from,
    and the votes of its place names (the gazetteer's)."""

    votes: Counter[str]
    named: set[str] = field(default_factory=set)
    filing: Location | None = None
    places: Counter[str] = field(default_factory=Counter)  # the country votes of its place names

    def country(self) -> str | None:
        """The country the votes and the report's place names point at: the acts' country
        when no place of their own says otherwise. A report filed abroad ("MOSCOW, 5 JUL")
        about acts in Lima is about Peru."""
        return main_country(self.votes + self.places, self.filing)

    def placeable(self) -> str | None:
        """That country, if the report names it as a place: where an act with no place of
        its own may be placed at precision 3."""
        iso = self.country()
        return iso if iso in self.named else None


def main_country(votes: Counter[str], filing: Location | None = None) -> str | None:
    """The country the votes point at most, if one leads (its outlet's home alone will do:
    the gazetteer asks for the report's own words before it takes a hint from them); on a
    tie, the one the report was filed in, if it is among them."""
    return leading_country(votes, least=1e-9, tie_break=filing.iso if filing is not None else None)


def report_words(frames: Sequence[Frame], named: Sequence[tuple[int, int, str]]) -> Iterator[Vote]:
    """The report's country words and the home countries of the groups it names: each
    once for the report and once more for every sentence that tells of an act; one that
    names only the place of another act told in passing ("in response to an attack in
    Lamu, Kenya") takes its report vote back. ``named`` are the report's country words
    (:func:`eventwire.countries.scene_countries_in`)."""
    for f in frames:
        for iso in f.country_hints:
            yield iso, 1.0
        for iso in f.aside_countries:
            yield iso, -1.0
    for _, _, iso in named:
        yield iso, 1.0


def group_homes(groups: Iterable[actors.ActorMention]) -> Iterator[Vote]:
    """The home country of each group of one country the report names anywhere, once for
    the report: a party or militia named in a sentence that tells of no act ("those arrested
    said they were its members") still says where the report is, as a country word there
    would. A word that names the group only at home ("Maoists") says no country: it is the
    country that makes it the group. ``groups`` are the report's named non-state groups
    (:func:`eventwire.roles.named_groups`)."""
    for iso in sorted({iso for a in groups if not a.home and (iso := actors.home_country(a.name))}):
        yield iso, 1.0


def named_countries(frames: Sequence[Frame], report_text: str, named: Sequence[tuple[int, int, str]],
                    outlet: Sequence[Vote]) -> set[str]:
    """The countries the report names as places ("in Kenya", "Kenya's"), the homes of the
    groups it names, and its outlet's home: what a report that names no place must say for
    its act to be placed in a country at all. A nationality alone ("Kenyan forces", "a
    French tourist") is not enough: forces and people cross borders. ``named`` are the
    report's country words, ``outlet`` the outlet's votes (:func:`outlet_home`)."""
    found = {iso for s, e, iso in named if named_as_place(report_text, s, e)}
    for f in frames:
        for a in (f.attacker, f.target, *f.others):
            if a is not None and a.named and (iso := actors.home_country(a.name)):
                found.add(iso)
    return found | {iso for iso, _ in outlet}


def attacker_nationalities(frames: Sequence[Frame], doc: Doc) -> Iterator[Vote]:
    """Less for the country of an unnamed armed attacker's own words ("Pakistani troops"),
    nothing when its sentence tells of a border it may have fired across."""
    for f in frames:
        a = f.attacker
        if a is None:
            continue
        across = _across_a_border(text_of(doc)[f.start:f.end])
        if a.armed and not a.named:
            iso = arguments.demonym_country(doc, a)
            if iso:
                yield iso, -(CROSS_BORDER_DISCOUNT if across else ABROAD_DISCOUNT)
        elif across and a.kind == "state forces" and (hits := countries_in(a.text)) \
                and hits[0][0] == 0 and hits[0][1] == len(a.text):
            # "Pakistan shelled posts along the LoC": a country that fires across a border
            yield hits[0][2], -CROSS_BORDER_DISCOUNT


def _across_a_border(sentence: str) -> bool:
    """Whether a sentence tells of a border or ceasefire line ("along the LoC", "border
    outposts", "cross-border shelling")."""
    return bool(word_pattern("crossing_words", re.I).search(sentence))


def filed_in(filing: Location | None) -> Iterator[Vote]:
    """The country of the place the report was filed from (its dateline's)."""
    if filing is not None and filing.iso:
        yield filing.iso, DATELINE_VOTE


def outlet_home(outlet: str) -> Iterator[Vote]:
    """The country an outlet's name places it in by a country or nationality word ("Libya
    Herald", "Imphal Free Press (India)"); none for a name that says it reports on the world
    ("Agence France Presse", "Radio France Internationale"). The towns an outlet's name
    carries are among the article's place names instead (pipeline)."""
    isos: set[str] = set()
    for one in outlet.split(";"):  # "Radio Okapi; Agence France Presse"
        if {w.strip("()-").lower() for w in one.split()} & word_set("worldwide_outlet_words"):
            continue
        isos |= {iso for _, _, iso in countries_in(one)}
    for iso in isos:
        yield iso, OUTLET_VOTE / len(isos)
