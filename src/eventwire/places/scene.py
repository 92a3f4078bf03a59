"""What a report says about where its acts are: the countries and provinces its
place names point at, each name's own vote kept apart, and how a candidate place is
weighed against them."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from .candidates import BIG_PLACE, TOWN, WORLD_CITY, Candidate, Lookup
from .geo import distance_km
from .model import ADMIN1, ADMIN2, AREA, CITY, COUNTRY, Place
from .names import split_kind, variant_key
from .words import is_common_word, spelt_alike, unit_word_votes

DISTRICT_BONUS = 1.5  # score of a town in a district another name of the report may be
BORDER_KM = 1000  # a place abroad this close to a named country's capital may be meant
NEIGHBOURHOOD_KM = 300  # a place this close to the article's other places is plausible abroad
WEAK_VOTE = 0.4  # what a name only small places bear says about the article's country
UNIT_VOTE = 2.5  # how much more a name called a district or province says (a whole vote at most)
LONG_NAME = 7  # letters (of its variant key) from which a name matched by sound alone is specific
SHORT_ALIAS = 6  # letters below which a town's alternate name says nothing without a country
VILLAGE = 10_000  # people: below this a place named alone is one of many namesakes, most unlisted
HINT_VOTE = 1.0  # votes of the report's words from which their country is the article's hint
HINT_SUPPORT = 3.0  # what the hint adds to the support of its country
CLOSE_SPELLING = 0.9  # likeness of two spellings from which one is a slip of the other ("Dhuusamareeb")


@dataclass
class Context:
    """What the article says about where it is: country and province votes."""

    countries: Counter[str]
    votes: dict[str, dict[str, float]]  # each name's own country votes
    provinces: Counter[tuple[str, str]]
    hint: str | None
    anchors: dict[str, tuple[float, float]] = field(default_factory=dict)  # clear places, by name
    hint_point: tuple[float, float] | None = None  # the hinted country's capital
    own_units: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # provinces each name may be
    districts: dict[str, set[str]] = field(default_factory=dict)  # variant keys of the districts each name may be
    words: dict[str, float] = field(default_factory=dict)  # votes of what else the report says, short of a hint

    def in_named_district(self, p: Place, name: str) -> bool:
        """Whether ``p`` lies in a district another name of the report may be."""
        if not p.admin2:
            return False
        key = variant_key(p.admin2)
        return any(other != name and any(k == key or spelt_alike(k, p.admin2) for k in keys)
                   for other, keys in self.districts.items())

    def near(self, p: Place, name: str, km: float) -> bool:
        """Whether ``p`` lies within ``km`` of a place another name of the article clearly is."""
        return p.latitude is not None and any(
            other != name and distance_km(lat, lon, p.latitude, p.longitude) <= km
            for other, (lat, lon) in self.anchors.items())

    def support(self, iso: str, name: str) -> float:
        """Votes for a country from the article's *other* names, and the hint; without a hint,
        what else the report says (its outlet)."""
        own = self.votes.get(name, {}).get(iso, 0.0)
        if self.hint is not None:
            said = HINT_SUPPORT if iso == self.hint else 0.0
        else:
            said = max(self.words.get(iso, 0.0), 0.0)
        return self.countries.get(iso, 0.0) - own + said

    def scene_country(self) -> str | None:
        """The country the report's words name, or short of them the one its outlet does."""
        return self.hint or leading_country(self.words, 1e-9)

    def outlet_allows(self, iso: str) -> bool:
        """Whether, short of a hint, what else the report says (its outlet's home) leaves room
        for a place in ``iso``."""
        return iso in self.words or not any(v > 0 for v in self.words.values())

    def others_vote(self, name: str) -> bool:
        """Whether any other place name of the article votes for some country."""
        return any(v - self.votes.get(name, {}).get(iso, 0.0) > 0 for iso, v in self.countries.items())

    def places_say_country(self, name: str) -> bool:
        """Whether the article's other place names point at some country."""
        return any(self.countries.get(iso, 0.0) - self.votes.get(name, {}).get(iso, 0.0) >= 0.5
                   for iso in self.countries)

    def plausible(self, cand: Candidate, name: str, qualifier: str = "") -> bool:
        p = cand.place
        if self.support(p.country, name) >= (1.0 if cand.phonetic else 0.5):
            return True  # a spelling of its own needs a whole vote: half of a shared name's is no support
        if qualifier == "province" and p.kind == ADMIN1 and cand.main and not cand.phonetic:
            return True  # "northern Shan state": the words and the name agree on a province
        if cand.phonetic:
            # a spelling of its own ("Jaccobabad") only where nothing in the article says a
            # country, and only for a long name (a short one sounds like some village on every
            # continent) or one the words call a unit ("Rajouri district")
            if self.places_say_country(name):
                return False
            if self.hint is None and not self.words and p.kind in (CITY, AREA) and p.population < TOWN \
                    and variant_key(name).replace(" ", "") != variant_key(p.name).replace(" ", ""):
                # nothing says a country: a village that only sounds alike is a guess ("Dattakhel"
                # written for Datta Khel is no sound-alike)
                return False
            # a unit the words call one may sound alike under a short name, if something else
            # says a country ("Budgaam district" beside Kashmir; not "Hodan district" alone)
            called = qualifier in ("district", "province") and p.kind in (ADMIN1, ADMIN2) \
                and (bool(self.words) or self.others_vote(name))
            if self.hint is not None:
                # a long name spelt its own way just across the border of the country the
                # words name ("Ethiopian soldiers were killed near Dhuusamareeb")
                return len(variant_key(name)) >= LONG_NAME and self._near_hint(p) and \
                    SequenceMatcher(None, variant_key(name), variant_key(p.name)).ratio() >= CLOSE_SPELLING
            return (called or len(variant_key(name)) >= LONG_NAME) \
                and spelt_alike(name, p.name) and self.outlet_allows(p.country)
        if self.near(p, name, NEIGHBOURHOOD_KM):
            return True  # across a border the article's other places lie near
        # a name that clearly says where it is outweighs a country word ("Ethiopian troops
        # ambushed near Kismayo") or an outlet's home
        clear = cand.main and self.votes.get(name, {}).get(p.country, 0.0) >= 1.0
        if not self.places_say_country(name):
            # Only a country word ("Pakistani Rangers fired on Samba"), an outlet's home or
            # nothing: a place's own name is taken across that country's borders, a by-name
            # only without any; against an outlet's home, only a town of note by its own name.
            if self.hint is None:
                if not self.words and qualifier == "province" and p.kind != ADMIN1:
                    return False  # nothing says a country: "X region" is no district or town abroad
                if not self.words and not cand.main and p.kind in (CITY, AREA, ADMIN2) and p.population < BIG_PLACE \
                        and len(name.replace(" ", "")) < SHORT_ALIAS:
                    return False  # nothing says a country: a town's short other name ("Tur") is anyone's
                if not self.words and p.kind in (CITY, AREA) and p.population < VILLAGE \
                        and qualifier not in ("district", "province") \
                        and (not cand.main or len(name.replace(" ", "")) < SHORT_ALIAS):
                    # nothing says a country: a village's short name, or its other name, is
                    # borne by villages everywhere, most of them missing from the gazetteer
                    return False
                return clear or cand.main and p.population >= TOWN or self.outlet_allows(p.country)
            if clear:
                return True
            return self._near_hint(p)
        if cand.main and p.country in self.leading():
            return True  # the other names disagree, but the article's names as a whole say here
        return cand.main and p.population >= WORLD_CITY  # a capital abroad, named in passing

    def _near_hint(self, p: Place) -> bool:
        """Whether ``p`` lies within reach of the capital of the country the words name."""
        return self.hint_point is not None and p.latitude is not None and \
            distance_km(p.latitude, p.longitude, *self.hint_point) <= BORDER_KM

    def leading(self) -> frozenset[str]:
        """The countries the article's names and hint (or its outlet) point at most, with a
        whole vote at least: several when they tie, so that two names that each point elsewhere do not
        rule each other out."""
        totals = Counter(self.countries)
        if self.hint:
            totals[self.hint] += HINT_SUPPORT
        else:
            totals.update({iso: v for iso, v in self.words.items() if v > 0})
        top = max(totals.values(), default=0.0)
        if top < 1.0:
            return frozenset()
        return frozenset(iso for iso, v in totals.items() if v >= top)

    def score(self, cand: Candidate, qualifier: str, name: str = "") -> float:
        p = cand.place
        s = math.log10(p.population + 10) / 2
        s += min(self.support(p.country, name), 6.0)
        unit = (p.country, p.admin1_code)
        if p.kind not in (ADMIN1, COUNTRY) and \
                self.provinces.get(unit, 0) > (unit in self.own_units.get(name, ())):  # named by another name
            s += 2.0
        if self.anchors and self.near(p, name, 100):
            s += 1.0
        if p.kind in (CITY, AREA) and self.in_named_district(p, name):
            s += DISTRICT_BONUS
        if cand.main:
            s += 0.6
        if cand.phonetic:
            s -= 1.5
        if qualifier == "province":
            s += 4.0 if p.kind == ADMIN1 else 0.0
        elif qualifier == "district":
            # "Barisal district": the district before the division of its name, a province
            # where the country calls its first-level units districts
            s += 2.0 if p.kind == ADMIN2 else 1.5 if p.kind == ADMIN1 else 0.0
        elif p.kind == CITY:
            s += 0.5  # a bare name is a town before it is a province
        return s



def leading_country(said: Mapping[str, float], least: float, tie_break: str | None = None) -> str | None:
    """The one country votes point at most, with ``least`` at least; on a tie ("Pakistani
    and Indian troops exchanged fire") ``tie_break`` if it is among the leaders, else none."""
    top = max(said.values(), default=0.0)
    if top < least:
        return None
    leaders = sorted(iso for iso, v in said.items() if v >= top)
    if len(leaders) == 1:
        return leaders[0]
    return tie_break if tie_break in leaders else None


def build_context(lookup: Lookup, names: Iterable[str], said: Mapping[str, float]) -> Context:
    """Country and province votes of the article's place names, each name's own vote kept
    apart, beside ``said``: the country votes of what else the report says (its words, its
    outlet). The country these point at with a whole vote is the article's hint."""
    country_hint = leading_country(said, HINT_VOTE)
    votes: dict[str, dict[str, float]] = {}
    provinces: Counter[tuple[str, str]] = Counter()
    own_units: dict[str, set[tuple[str, str]]] = {}
    districts: dict[str, set[str]] = {}
    names = list(dict.fromkeys(names))
    # "Swabi district": the words say it is a unit, so its vote is no hamlet's guess
    called_units = {key for key, q in map(split_kind, names) if q in ("district", "province")}
    for name in names:
        key = split_kind(name)[0] or name
        if key in votes:
            continue
        # "Rajouri district", however spelt; a long name that sounds like a big city
        # ("Kisangany") is a slip of it and says its country
        cands = [c for c in lookup.lookup(key) if not c.phonetic or key in called_units
                 and c.place.kind in (ADMIN1, ADMIN2) or _slip_of_a_city(key, c)]
        # "Union", "Federal": everyday words vote for no country, but "Cape Town" does
        everyday = is_common_word(key) and not any(
            c.place.kind == CITY and c.place.population >= BIG_PLACE for c in cands)
        capital = next((c.place.country for c in cands if _is_capital(lookup, c)), None)
        votes[key] = {} if everyday else {capital: 1.0} if capital else country_votes(cands)
        if key in called_units:
            votes[key] = {iso: min(1.0, UNIT_VOTE * w) for iso, w in votes[key].items()}
        for unit in {(c.place.country, c.place.admin1_code) for c in cands
                     if c.place.kind in (ADMIN1, ADMIN2) and c.place.admin1_code}:
            provinces[unit] += 1
            own_units.setdefault(key, set()).add(unit)
        # the districts a name may be, however spelt ("Chapainawabganj"): a town of one of them
        # is likelier than its namesake elsewhere
        named = {variant_key(c.place.name) for c in lookup.lookup(key) if c.place.kind == ADMIN2
                 and (not c.phonetic or spelt_alike(key, c.place.name))}
        if named:
            districts[key] = named
    votes.update(unit_word_votes(names))
    countries: Counter[str] = Counter()
    for v in votes.values():
        countries.update(v)
    anchors: dict[str, tuple[float, float]] = {}
    for key, v in votes.items():
        if len(v) == 1 and max(v.values()) >= 1.0:  # a name that says clearly where it is
            cands = [c.place for c in lookup.lookup(key) if not c.phonetic
                     and c.place.kind != COUNTRY and c.place.latitude is not None]
            if cands:
                top = max(cands, key=lambda p: p.population)
                anchors[key] = (top.latitude, top.longitude)
    hint_place = lookup.country_place(country_hint) if country_hint else None
    hint_point = (hint_place.latitude, hint_place.longitude) \
        if hint_place is not None and hint_place.latitude is not None else None
    return Context(countries, votes, provinces, country_hint, anchors, hint_point, own_units, districts,
                   {} if country_hint else dict(said))



def _slip_of_a_city(name: str, cand: Candidate) -> bool:
    """Whether a name matched only by sound is a misspelling of a big city: long enough to
    be specific, and spelt nearly as the city is."""
    return cand.phonetic and cand.place.kind == CITY and cand.place.population >= BIG_PLACE \
        and len(variant_key(name)) >= LONG_NAME \
        and SequenceMatcher(None, variant_key(name), variant_key(cand.place.name)).ratio() >= CLOSE_SPELLING


def _is_capital(lookup: Lookup, cand: Candidate) -> bool:
    """Whether a candidate is its country's capital by its own name: a capital named in a
    report names its country, whatever namesakes it has ("San Salvador")."""
    p = cand.place
    if p.kind != CITY or not cand.main or cand.phonetic or p.population < TOWN:
        return False
    country = lookup.country_place(p.country)
    return country is not None and (country.latitude, country.longitude) == (p.latitude, p.longitude)


def country_votes(cands: Sequence[Candidate]) -> dict[str, float]:
    """How much one name says about the article's country.

    A country's own name votes 1 for it. Otherwise the name votes for the
    country of its biggest place when that place dwarfs the others (Kabul,
    Maiduguri); a name shared by many places splits its vote among them; a
    name only villages bear votes weakly (it may be a person's or a word).
    """
    if not cands:
        return {}
    for c in cands:
        if c.place.kind == COUNTRY:
            return {c.place.country: 1.0}
    best: dict[str, int] = {}
    for c in cands:
        size = c.place.population if c.place.kind == CITY else max(c.place.population, BIG_PLACE)
        best[c.place.country] = max(best.get(c.place.country, 0), size)
    ranked = sorted(best.items(), key=lambda kv: kv[1], reverse=True)
    weight = 1.0 if ranked[0][1] >= 50_000 else WEAK_VOTE  # a hamlet's name may be anyone's
    if len(ranked) == 1 or ranked[0][1] + 1000 >= 10 * (ranked[1][1] + 1000):
        return {ranked[0][0]: weight}
    return {iso: weight / len(ranked) for iso, _ in ranked}

