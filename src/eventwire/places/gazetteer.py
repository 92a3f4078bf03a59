"""Find place names in a parsed report and resolve them to coordinates.

Two jobs over the store (store.py): *spot* the proper-noun runs of an article
that name a known place, and *resolve* the place mentions of one event to the
candidate that best fits the rest of the article (the countries and provinces
it names, the other places near it), then to a :class:`Location` with ACLED's
geo_precision.
"""

from __future__ import annotations

import math
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import yaml
from spacy.tokens import Doc

from eventwire.record import Location

from . import store
from .build import ensure_store
from .geo import distance_km
from .model import ADMIN1, ADMIN2, AREA, CITY, COUNTRY, Place, PlaceMention
from .names import norm_key, phonetic_key, rules, split_kind, variant_key

SPOT_MAX_WORDS = 4
BIG_PLACE = 200_000  # people: a place known well beyond its country
TOWN = 50_000  # people: a place whose name inside an organisation's is still the place
WORLD_CITY = 1_000_000  # people: a place abroad a report may name without naming its country
CITY_REACH_KM = 300  # a small town named with a big city farther than this is a namesake
DISTRICT_BONUS = 1.5  # score of a town in a district another name of the report may be
BORDER_KM = 1000  # a place abroad this close to a named country's capital may be meant
NEIGHBOURHOOD_KM = 300  # a place this close to the article's other places is plausible abroad
WEAK_VOTE = 0.4  # what a name only small places bear says about the article's country
UNIT_VOTE = 2.5  # how much more a name called a district or province says (a whole vote at most)
COMMON_ZIPF = 4.0  # word frequency from which a name is an everyday word
# Share of letters two spellings of one name have in common at least (difflib ratio of
# their variant keys): on GeoNames' own alternate spellings sharing a sounds-alike key,
# 0.8 accepts 89% of one place's spellings and 60% of same-country namesakes' names.
SPELT_ALIKE = 0.8
LONG_NAME = 7  # letters (of its variant key) from which a name matched by sound alone is specific
NOT_PLACE_ENTS = {"PERSON", "ORG", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                  "PERCENT", "QUANTITY", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"}
_NAMING_NOUNS = {"capital", "town", "city", "village", "hometown", "township"}  # nouns a place's name follows
UNIT_PREPS = {"under", "within"}
PERSON_PREPS = {"of", "to", "from"}  # prepositions as often before a person as before a place  # words before a district or province a place lies in
LOCATIVE_PREPS = {"in", "near", "at", "outside", "of", "around", "from", "into", "to", "towards", "toward"}


def _proper(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper()


@cache
def _settlement_words() -> frozenset[str]:
    """Words after a name that say it is a place ("town", "district"), from spelling.yaml."""
    return frozenset(words[0] for words in rules().suffixes if len(words) == 1)


@cache
def _word_list(name: str) -> frozenset[str]:
    """The words of ``places/data/NAME.txt``, one a line, ``#`` starting a comment line."""
    text = resources.files("eventwire.places").joinpath(f"data/{name}.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def generic_words() -> frozenset[str]:
    """Capitalised words that never name the place of an act."""
    return _word_list("generic_words")


def force_words() -> frozenset[str]:
    """Words ending an armed force's name ("Corps", "Rifles")."""
    return _word_list("force_words")


def elsewhere_words() -> frozenset[str]:
    """Words that after "X-" put X away from the act ("Dhaka-bound")."""
    return _word_list("elsewhere_words")


def elsewhere(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` of ``text`` is a destination or a home ("a Dhaka-bound
    bus", "a Peshawar-based group"): it still says the country, but not the place of the act."""
    m = re.match(r"[-–](\w+)", text[end:end + 20])
    return m is not None and m.group(1).lower() in elsewhere_words()


@cache
def unit_countries() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Unit words only a few countries use ("upazila", "woreda"), with those countries
    (data/unit_countries.yaml)."""
    text = resources.files("eventwire.places").joinpath("data/unit_countries.yaml").read_text("utf-8")
    raw = yaml.safe_load(text) or {}
    return {tuple(str(k).lower().replace("-", " ").split()): tuple(v) for k, v in raw.items() if v}


def _unit_word_votes(names: Iterable[str]) -> dict[str, dict[str, float]]:
    """Country votes of the unit words the article's place names end in, one per word."""
    found: dict[str, dict[str, float]] = {}
    table = unit_countries()
    for name in names:
        words = tuple(name.lower().replace("-", " ").split())
        for n in (3, 2, 1):
            isos = table.get(words[-n:]) if len(words) > n else None
            if isos:
                found["#" + " ".join(words[-n:])] = {iso: 1.0 / len(isos) for iso in isos}
                break
    return found


@dataclass(frozen=True)
class Candidate:
    place: Place
    main: bool  # matched the place's main name, not an alternate spelling
    phonetic: bool  # matched only by the sounds-alike key


class Gazetteer:
    """Lookups over one store file; cheap to share, one connection per thread."""

    _default: Gazetteer | None = None

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self.lookup = lru_cache(maxsize=50_000)(self._lookup)
        self._article = lru_cache(maxsize=64)(self._context)  # one per article, reused by its events

    @classmethod
    def default(cls) -> Gazetteer:
        """The store at the default path, built from package data on first use."""
        if cls._default is None:
            cls._default = cls(ensure_store())
        return cls._default

    @property
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = store.connect(self.path)
        return conn

    # --- lookup --------------------------------------------------------------

    def _lookup(self, name: str) -> tuple[Candidate, ...]:
        """Every place a name may stand for: exact key first, sounds-alike key second.

        A name that is also a common English word ("Bus", "Said", "Market")
        stands only for a big place or a unit (London, Georgia), never for the
        village somewhere that bears it.
        """
        key = norm_key(name.replace("&", " and "))  # "Jammu & Kashmir"
        if not key or key in generic_words():
            return ()
        found = [Candidate(p, main, False) for p, main in store.places_by(self.conn, "key", key)]
        if not found and len(key) > 5 and key.endswith("s") and " " not in key:
            # a possessive that lost its apostrophe in scraping: "Benghazis Al-Jalaa Hospital"
            found = [Candidate(p, main, False) for p, main in store.places_by(self.conn, "key", key[:-1])]
        if not found:
            phon = phonetic_key(name)
            if phon and len(key) >= 5:
                found = [Candidate(p, main, True) for p, main in store.places_by(self.conn, "phon", phon)
                         if spelt_alike(name, p.name)]
        if found and len(name) <= 4 and name.isupper():  # "IRA", "MEC": acronyms; "KANO" a city
            found = [c for c in found if c.main and not c.phonetic and c.place.population >= TOWN]
        if found and is_common_word(key):
            found = [c for c in found if c.main and not c.phonetic and (
                c.place.kind in (ADMIN1, COUNTRY) or c.place.kind == CITY and c.place.population >= BIG_PLACE)]
        return tuple(found)

    def admin1(self, country: str, code: str) -> Place | None:
        return store.admin1_place(self.conn, country, code)

    def country_location(self, iso: str, text: str = "") -> Location | None:
        """A country as a location: its capital's position, precision 3."""
        place = store.country_place(self.conn, iso)
        if place is None or place.latitude is None:
            return None
        return to_location(place, "", text or place.name)

    # --- spotting ------------------------------------------------------------

    def spot(self, doc: Doc) -> list[tuple[int, int]]:
        """Character spans of proper-noun runs that name a place.

        A run the model tags as a person or organisation still counts when the
        words around it say it is a place ("Dibis town", "in Erbil"), or, but
        for persons, when it names a town or unit ("Karachi policemen"); a run
        with a kind word after it counts even when the gazetteer lacks it, so
        that resolution can fall back to the unit around it.
        """
        other = {i for e in doc.ents if e.label_ in NOT_PLACE_ENTS for i in range(e.start, e.end)}
        person = {i for e in doc.ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        # A surname the report gave a person in full before stays the person's ("Alfredo Cristiani
        # ... according to Cristiani"), unless a preposition of place comes before it.
        full_names = [e for e in doc.ents if e.label_ == "PERSON" and sum(t.is_alpha for t in e) >= 2]
        person_words = {e[-1].lower_: e.start for e in full_names}
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(doc):
            if not _proper(doc[i]):
                if _capitalised_after_preposition(doc, i):  # "In Rusape," parsed as a noun
                    spans.extend(self._known_in(doc, i, i + 1))
                end = self._direction_name(doc, i)
                if end is not None:  # "Lower Dir": the parser reads "Lower" as an adjective
                    spans.append((doc[i].idx, doc[end - 1].idx + len(doc[end - 1])))
                    i = end
                    continue
                i += 1
                continue
            j = _run_end(doc, i, i)
            joined = self._joined_by_and(doc, i, j) or self._joined_by_possessive(doc, i, j)
            if joined is not None:  # "Jammu and Kashmir", "Cox's Bazar": one place, not two
                spans.append((doc[i].idx, doc[joined - 1].idx + len(doc[joined - 1])))
                i = joined
                continue
            if doc[j - 1].lower_ in force_words() or j < len(doc) and doc[j].lower_ in force_words():
                # "Sindh Rangers" says the province; "Frontier Corps" no place at all
                spans.extend(self._known_in(doc, i, j, province_only=True))
                i = j
                continue
            kind_after = j < len(doc) and doc[j].lower_ in _settlement_words()
            locative = _locative(doc, i, person)
            if locative and j == i + 1 and person_words.get(doc[i].lower_, i) < i - 1 \
                    and doc[i - 1].lower_ in PERSON_PREPS:
                locative = False  # "according to Cristiani", "the home of Merino"
            tagged_other = any(k in other for k in range(i, j))
            if kind_after and not doc[i:j].text.lower() in generic_words():
                spans.append((doc[i].idx, doc[j - 1].idx + len(doc[j - 1])))
            elif not tagged_other or locative:
                spans.extend(self._known_in(doc, i, j, sounds_alike=locative))
            elif _after_place(doc, i) or i > 0 and doc[i - 1].lower_ in UNIT_PREPS:
                # "in Badan, Bajaur", "in X tehsil Mardan", "upazila under Khagrachhari", even if
                # tagged a person
                spans.extend(self._known_in(doc, i, j, units_only=True))
            elif not any(k in person for k in range(i, j)):  # "Tangail Model Police Station": towns
                spans.extend(self._known_in(doc, i, j, big_only=True))
            i = j
        return spans

    def _direction_name(self, doc: Doc, i: int) -> int | None:
        """The end of a name the gazetteer knows whole that starts with a capitalised direction
        word ("Lower Dir", "Upper Nile"), which would otherwise be spotted without it."""
        if not (doc[i].text[:1].isupper() and doc[i].lower_ in rules().directions
                and i + 1 < len(doc) and _proper(doc[i + 1])):
            return None
        j = _run_end(doc, i + 1, i)
        for end in range(j, i + 1, -1):
            if any(c.main and not c.phonetic and c.place.kind in (CITY, AREA, ADMIN1, ADMIN2)
                   for c in self.lookup(doc[i:end].text)):
                return end
        return None

    def _joined_by_and(self, doc: Doc, i: int, j: int) -> int | None:
        """The end of "A and B" (or "A & B") from token ``i`` when the whole names a
        province or country the parts alone do not."""
        if j + 1 >= len(doc) or doc[j].lower_ not in ("and", "&") or not _proper(doc[j + 1]):
            return None
        k = _run_end(doc, j + 1, j + 1)
        for end in range(k, j + 1, -1):
            name = doc[i:end].text.replace("&", "and")
            if any(c.place.kind in (ADMIN1, COUNTRY) and c.main and not c.phonetic
                   for c in self.lookup(name)):
                return end
        return None

    def _joined_by_possessive(self, doc: Doc, i: int, j: int) -> int | None:
        """The end of a name with a possessive inside ("Cox's Bazar") the gazetteer knows whole."""
        if j + 1 >= len(doc) or doc[j].lower_ not in ("'s", "’s") or not _proper(doc[j + 1]):
            return None
        k = _run_end(doc, j + 1, i)
        name = doc[i:k].text
        if any(c.main and not c.phonetic for c in self.lookup(name)):
            return k
        return None

    def _known_in(self, doc: Doc, i: int, j: int, big_only: bool = False,
                  sounds_alike: bool = False, province_only: bool = False,
                  units_only: bool = False) -> Iterable[tuple[int, int]]:
        """Longest known names inside the token run ``doc[i:j]``, left to right; after "in",
        a name the store only knows by sound counts too ("in Tanghdar", "of Ambedkarnagar")."""
        k = i
        while k < j:
            for end in range(j, k, -1):
                span = doc[k:end]
                if span.text.lower() not in generic_words() and (
                        self._is_province(span.text) if province_only
                        else self._is_unit(span.text) if units_only
                        else self._spottable(span.text, big_only, sounds_alike)):
                    yield span.start_char, span.end_char
                    k = end
                    break
            else:
                k += 1

    def _spottable(self, name: str, big_only: bool = False, sounds_alike: bool = False) -> bool:
        return any(c.place.kind in (CITY, AREA, ADMIN1, ADMIN2) and (sounds_alike or not c.phonetic)
                   and (not big_only or c.place.population >= TOWN or c.place.kind in (ADMIN1, ADMIN2))
                   for c in self.lookup(name))

    def _is_province(self, name: str) -> bool:
        return any(c.place.kind == ADMIN1 and not c.phonetic for c in self.lookup(name))

    def _is_unit(self, name: str) -> bool:
        """A province, district or town of note by its own name: what may follow "X," as X's
        surroundings ("Wentworth, Durban")."""
        return any(c.main and not c.phonetic and (
            c.place.kind in (ADMIN1, ADMIN2) or c.place.kind == CITY and c.place.population >= TOWN)
            for c in self.lookup(name))

    def places_in_name(self, text: str) -> list[str]:
        """Towns and provinces an outlet's name carries ("Dhaka Tribune", "Kurdistan 24"):
        its home region, a weak hint. Country names are left out: agencies named after
        their country ("Agence France Presse") report from everywhere."""
        words = [w for w in text.replace("-", " ").split() if w[:1].isupper()]
        found: list[str] = []
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                name = " ".join(words[i:i + n])
                if is_common_word(norm_key(name)):
                    continue
                cands = [c for c in self.lookup(name) if not c.phonetic]
                # a town's own name: "Xinhua" is also another name of some town, but an outlet
                # named after its home calls it by its usual name
                if cands and not any(c.place.kind == COUNTRY for c in cands) and any(
                        c.main and (c.place.kind == ADMIN1 or c.place.population >= TOWN) for c in cands):
                    if not any(name in f for f in found):
                        found.append(name)
        return found

    # --- resolution ----------------------------------------------------------

    def resolve(self, mentions: Sequence[PlaceMention], context: Iterable[str] = (),
                country_hint: str | None = None) -> Location | None:
        """The most precise location the place mentions of one event support.

        ``context`` are the other place names of the article; ``country_hint``
        the ISO code of the country the article names most. Among equally
        precise places, one inside a unit another mention names wins ("Dibis
        town in Kirkuk"). A settlement the gazetteer lacks falls back to the
        unit around it, with its own name kept in ``text``.
        """
        ctx = self._article(tuple(dict.fromkeys(context)), country_hint)
        readings = [self._readings(m, ctx) for m in mentions]
        picks: list[Pick] = []
        unresolved: list[PlaceMention] = []
        for reading in readings:
            pick = self._pick(reading, ctx)
            if pick is not None:
                picks.append(pick)
            elif _is_settlement(reading.mention):
                unresolved.append(reading.mention)
        if not picks:
            return None
        picks = self._one_country(readings, picks, ctx)
        if any(not p.mention.weak for p in picks):
            picks = [p for p in picks if not p.mention.weak]
        units = {p.place.id: p.unit for p in picks}
        units.update({p.place.id: (p.place.country, p.place.admin1_code) for p in picks
                      if p.place.kind == ADMIN2})

        def contained(p: Pick) -> bool:
            key = (p.place.country, p.place.admin1_code)
            return p.place.kind != ADMIN1 and any(u == key for i, u in units.items() if i != p.place.id)

        def conflicts(p: Pick) -> bool:
            """A town outside the province or district another mention names ("Hamirpur
            sector in Poonch district"), in another country than it ("Dasht, Kech" read
            as Iran's Dasht), or far from the city named with it ("Karimabad, Karachi" read
            as a Karimabad in the mountains): the text means a namesake the gazetteer lacks."""
            return p.place.kind in (CITY, AREA) and p.qualifier not in ("district", "province") and any(
                (q.place.kind in (ADMIN1, ADMIN2) or q.qualifier in ("district", "province"))
                and (q.place.country != p.place.country and q.sure
                     and ctx.support(q.place.country, "") > ctx.support(p.place.country, "")
                     or q.place.country == p.place.country
                     and (q.place.admin1_code != p.place.admin1_code and not contained(p)
                          or outside_district(p, q)))
                or far_from_city(p, q) for q in picks)

        def far_from_city(p: Pick, q: Pick) -> bool:
            """A small town far from the big city ``q`` named with it."""
            return (q.place.id != p.place.id and q.place.kind == CITY and q.sure
                    and q.place.population >= BIG_PLACE and p.place.population < TOWN
                    and distance_km(p.place.latitude, p.place.longitude,
                                    q.place.latitude, q.place.longitude) > CITY_REACH_KM)

        def outside_district(p: Pick, q: Pick) -> bool:
            """A town of another district than the one ``q`` is called ("Jammu ... Kathua
            district")."""
            if q.qualifier != "district" or q.place.id == p.place.id or not p.place.admin2:
                return False
            district = q.place.name if q.place.kind == ADMIN2 else q.place.admin2
            return bool(district) and norm_key(district) != norm_key(p.place.admin2)

        def as_province(p: Pick) -> bool:
            """A capital named with a town of its province ("southwest Erbil near Makhmour")
            stands for the province."""
            return p.unit is not None and p.place.kind != ADMIN1 and any(
                q.place.id != p.place.id and q.place.kind != ADMIN1
                and (q.place.country, q.place.admin1_code) == p.unit for q in picks)

        def as_district(p: Pick) -> bool:
            """A district seat named with a town of its district ("a village of
            Chhatak upazila, Sunamganj") stands for the district."""
            here = (p.place.country, p.place.admin1_code, p.place.admin2_code)
            return p.place.kind == CITY and bool(p.place.admin2) and \
                norm_key(p.place.admin2) == norm_key(p.place.name) and any(
                    q.place.id != p.place.id and q.place.kind in (CITY, AREA)
                    and (q.place.country, q.place.admin1_code, q.place.admin2_code) == here for q in picks)

        any_sure = any(p.sure and not p.by_sound for p in picks)

        def rank(p: Pick) -> float:
            if as_province(p):
                return 3
            if as_district(p):
                return 2.5
            # a name matched only by sound, far from the article's other places, yields a
            # rank to a name matched as written
            return p.precision + 1.5 * conflicts(p) + (p.by_sound and any_sure)

        # a big city named beside a town as precise is most often where the wounded were
        # taken or the officials spoke, the town the scene
        best = min(picks, key=lambda p: (rank(p), not contained(p), not p.sure, p.unit is not None,
                                         p.place.kind == CITY and p.place.population >= BIG_PLACE))
        if unresolved and not contained(best):
            lost = unresolved[0].text
            if best.unit is not None and best.place.kind != ADMIN1:
                unit = self.admin1(*best.unit)
                if unit is not None:
                    return to_location(unit, "", lost)
            loc = to_location(best.place, best.qualifier, lost)
            loc.geo_precision = max(loc.geo_precision, 2)
            return loc
        return to_location(best.place, best.qualifier, best.mention.text)

    def _readings(self, mention: PlaceMention, ctx: Context) -> Reading:
        """The plausible places a mention may name, with the name and qualifier it is read as."""
        name, qualifier = split_kind(mention.text)
        qualifier = mention.qualifier or qualifier
        cands = self._candidates(name, ctx, qualifier)
        words = name.split()
        if not self.lookup(name) and len(words) > 1 and words[0] in rules().directions:
            name = " ".join(words[1:])  # "lower Kurram", "Upper Assam": a part of a known unit
            cands = self._candidates(name, ctx, qualifier)
            qualifier = qualifier or "area"
        return Reading(mention, name, qualifier, cands)

    def _pick(self, reading: Reading, ctx: Context, country: str | None = None) -> Pick | None:
        """The candidate a mention most likely names, given the article's context (and,
        when given, in that country).

        A candidate in a country the rest of the article never points at is
        dropped when it is small or only sounds alike: a report from Bangladesh
        saying "Ward" or "Kafe" does not mean a village in another continent.
        """
        mention, name, qualifier = reading.mention, reading.name, reading.qualifier
        cands = [c for c in reading.cands if country is None or c.place.country == country]
        if not cands:
            return None
        if ctx.hint and any(c.place.country == ctx.hint and not c.phonetic for c in cands):
            # a namesake in the country the report names is meant, unless the report's other
            # places vouch for the one abroad ("Thai soldiers ... in Mayo district")
            cands = [c for c in cands if c.place.country == ctx.hint or c.place.population >= WORLD_CITY
                     or ctx.support(c.place.country, name) >= 1.0]
        best = max(cands, key=lambda c: ctx.score(c, qualifier, name))
        p = best.place
        unit = None
        if p.kind == ADMIN1 or any(c.place.kind == ADMIN1 and (c.place.country, c.place.admin1_code)
                                   == (p.country, p.admin1_code) for c in cands):
            unit = (p.country, p.admin1_code)  # names a province, or its namesake capital
        return Pick(mention, p, qualifier, precision(p, qualifier), unit,
                    sure=(best.main and not best.phonetic) or ctx.near(p, name, 150),
                    by_sound=best.phonetic and not ctx.near(p, name, 150)
                    and qualifier not in ("district", "province"))  # "X district" is a unit, however spelt

    def _one_country(self, readings: list[Reading], picks: list[Pick], ctx: Context) -> list[Pick]:
        """The places of one act lie in one country: when the mentions chosen apart disagree,
        those that have a namesake in the country most of them can be in are read there
        ("Mon district" with "Nagaland": the Indian Mon, not Myanmar's)."""
        strong = [r for r in readings if r.cands and not r.mention.weak]
        if len(strong) < 2:
            return picks
        can_be = Counter(iso for r in strong for iso in {c.place.country for c in r.cands})
        chosen = Counter(p.place.country for p in picks)
        iso = max(can_be, key=lambda c: (can_be[c], chosen[c], ctx.support(c, "")))
        if can_be[iso] < 2 or chosen[iso] == len(picks):
            return picks
        by_mention = {id(r.mention): r for r in strong}
        out = []
        for p in picks:
            reading = by_mention.get(id(p.mention))
            again = self._pick(reading, ctx, iso) if reading is not None and p.place.country != iso else None
            out.append(again or p)
        return out

    def _candidates(self, name: str, ctx: Context, qualifier: str = "") -> list[Candidate]:
        """Plausible places a name stands for; a country's name ("Chad") is not a town that
        shares it, and an everyday word is a province only when called one ("Central")."""
        found = self.lookup(name) if name else ()
        is_country = any(c.place.kind == COUNTRY for c in found)
        common = is_common_word(name)
        cands = [c for c in found if c.place.kind != COUNTRY and c.place.latitude is not None
                 and not (is_country and c.place.kind == CITY and c.place.population < BIG_PLACE)
                 and not (common and c.place.kind == ADMIN1 and qualifier != "province")]
        return [c for c in cands if ctx.plausible(c, name, qualifier)]

    def _context(self, names: Iterable[str], country_hint: str | None) -> Context:
        """Country and province votes of the article's place names, each name's own vote kept apart."""
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
            cands = [c for c in self.lookup(key) if not c.phonetic or key in called_units
                     and c.place.kind in (ADMIN1, ADMIN2)]  # "Rajouri district", however spelt
            # "Union", "Federal": everyday words vote for no country, but "Cape Town" does
            everyday = is_common_word(key) and not any(
                c.place.kind == CITY and c.place.population >= BIG_PLACE for c in cands)
            votes[key] = {} if everyday else country_votes(cands)
            if key in called_units:
                votes[key] = {iso: min(1.0, UNIT_VOTE * w) for iso, w in votes[key].items()}
            for unit in {(c.place.country, c.place.admin1_code) for c in cands
                         if c.place.kind in (ADMIN1, ADMIN2) and c.place.admin1_code}:
                provinces[unit] += 1
                own_units.setdefault(key, set()).add(unit)
            # the districts a name may be, however spelt ("Chapainawabganj"): a town of one of them
            # is likelier than its namesake elsewhere
            named = {variant_key(c.place.name) for c in self.lookup(key) if c.place.kind == ADMIN2
                     and (not c.phonetic or spelt_alike(key, c.place.name))}
            if named:
                districts[key] = named
        votes.update(_unit_word_votes(names))
        countries: Counter[str] = Counter()
        for v in votes.values():
            countries.update(v)
        anchors: dict[str, tuple[float, float]] = {}
        for key, v in votes.items():
            if len(v) == 1 and max(v.values()) >= 1.0:  # a name that says clearly where it is
                cands = [c.place for c in self.lookup(key) if not c.phonetic
                         and c.place.kind != COUNTRY and c.place.latitude is not None]
                if cands:
                    top = max(cands, key=lambda p: p.population)
                    anchors[key] = (top.latitude, top.longitude)
        hint_place = store.country_place(self.conn, country_hint) if country_hint else None
        hint_point = (hint_place.latitude, hint_place.longitude) \
            if hint_place is not None and hint_place.latitude is not None else None
        return Context(countries, votes, provinces, country_hint, anchors, hint_point, own_units, districts)


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


def spelt_alike(a: str, b: str) -> bool:
    """Two spellings of one name, not merely the same consonants: "Jaccobabad" and
    "Jacobabad", not "Ben Ghashir" and "Bangsar"."""
    return SequenceMatcher(None, variant_key(a), variant_key(b)).ratio() >= SPELT_ALIKE


@cache
def _zipf():
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # optional: without it only generic_words.txt guards
        return None
    return zipf_frequency


@lru_cache(maxsize=100_000)
def is_common_word(key: str) -> bool:
    """A name that is an everyday English word or phrase (Zipf frequency 4 or more)."""
    zipf = _zipf()
    return zipf is not None and zipf(key, "en") >= COMMON_ZIPF


def _capitalised_after_preposition(doc: Doc, i: int) -> bool:
    tok = doc[i]
    return (i > 0 and tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start
            and tok.pos_ in ("NOUN", "ADJ", "VERB") and doc[i - 1].lower_ in LOCATIVE_PREPS)


def _locative(doc: Doc, i: int, person: set[int]) -> bool:
    """Whether the words before token ``i`` put a place there: "in X", "in lower X", and,
    but for persons, the second of "in X, Y"."""
    if i > 0 and doc[i - 1].lower_ in LOCATIVE_PREPS:
        return True
    if i > 0 and doc[i - 1].lower_ in _NAMING_NOUNS:  # "the regional capital Laukkai", "the town Ilam"
        return True
    if i > 1 and doc[i - 1].lower_ in rules().directions and doc[i - 2].lower_ in LOCATIVE_PREPS:
        return True
    return (i > 1 and doc[i - 1].text == "," and _proper(doc[i - 2]) and i not in person
            and _locative(doc, _run_start(doc, i - 2), person))


def _after_place(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows a place the words put there, after a comma or a unit word:
    the second of "in Badan, Bajaur" or "in Katland tehsil Mardan"."""
    if i < 2 or not (doc[i - 1].text == "," or doc[i - 1].lower_ in _settlement_words()):
        return False
    k = i - 2
    if not _proper(doc[k]):
        return False
    return _locative(doc, _run_start(doc, k), set())


def _run_start(doc: Doc, k: int) -> int:
    while k > 0 and _proper(doc[k - 1]):
        k -= 1
    return k


def _run_end(doc: Doc, k: int, first: int) -> int:
    """Where the run of proper nouns from token ``k`` ends, the name begun at ``first``
    being at most SPOT_MAX_WORDS long."""
    while k < len(doc) and k - first < SPOT_MAX_WORDS and _proper(doc[k]):
        k += 1
    return k


@dataclass
class Reading:
    """One mention with the name it is read as and its plausible candidates."""

    mention: PlaceMention
    name: str
    qualifier: str
    cands: list[Candidate]


@dataclass
class Pick:
    """One mention's chosen place."""

    mention: PlaceMention
    place: Place
    qualifier: str
    precision: int
    unit: tuple[str, str] | None  # (country, admin1 code) when the name stands for a province
    sure: bool = True  # matched the place's own name, or lies near the article's other places
    by_sound: bool = False  # matched only by the sounds-alike key, and lies far from them


def _is_settlement(mention: PlaceMention) -> bool:
    """A mention the words around it mark as a place ("Prde town", "outskirts of X")."""
    last = mention.text.split()[-1].lower() if mention.text.split() else ""
    return bool(mention.qualifier) or last in _settlement_words()


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
        """Votes for a country from the article's *other* names, and the hint."""
        own = self.votes.get(name, {}).get(iso, 0.0)
        return self.countries.get(iso, 0.0) - own + (3.0 if iso == self.hint else 0.0)

    def places_say_country(self, name: str) -> bool:
        """Whether the article's other place names point at some country."""
        return any(self.countries.get(iso, 0.0) - self.votes.get(name, {}).get(iso, 0.0) >= 0.5
                   for iso in self.countries)

    def plausible(self, cand: Candidate, name: str, qualifier: str = "") -> bool:
        p = cand.place
        if self.support(p.country, name) >= 0.5:
            return True
        if qualifier == "province" and p.kind == ADMIN1 and cand.main and not cand.phonetic:
            return True  # "northern Shan state": the words and the name agree on a province
        if cand.phonetic:
            # a spelling of its own ("Jaccobabad") only where nothing in the article says a
            # country, and only for a long name (a short one sounds like some village on every
            # continent) or one the words call a unit ("Rajouri district")
            if self.places_say_country(name):
                return False
            called = qualifier in ("district", "province") and p.kind in (ADMIN1, ADMIN2)
            return self.hint is None and (called or len(variant_key(name)) >= LONG_NAME) \
                and spelt_alike(name, p.name)
        if self.near(p, name, NEIGHBOURHOOD_KM):
            return True  # across a border the article's other places lie near
        if not self.places_say_country(name):
            # Only a country word ("Pakistani Rangers fired on Samba") or nothing: a place's
            # own name is taken across that country's borders, a by-name only without any.
            if self.hint is None:
                return True
            if cand.main and self.votes.get(name, {}).get(p.country, 0.0) >= 1.0:
                return True  # a name that clearly says where it is outweighs a country word
                             # ("Ethiopian troops ambushed near Kismayo")
            return self.hint_point is not None and p.latitude is not None and \
                distance_km(p.latitude, p.longitude, *self.hint_point) <= BORDER_KM
        if cand.main and p.country in self.leading():
            return True  # the other names disagree, but the article's names as a whole say here
        return p.population >= WORLD_CITY  # a capital abroad, named in passing

    def leading(self) -> frozenset[str]:
        """The countries the article's names and hint point at most, with a whole vote at
        least: several when they tie, so that two names that each point elsewhere do not
        rule each other out."""
        totals = Counter(self.countries)
        if self.hint:
            totals[self.hint] += 3.0
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
            s += 2.0 if p.kind in (ADMIN2, ADMIN1) else 0.0
        elif p.kind == CITY:
            s += 0.5  # a bare name is a town before it is a province
        return s


def precision(place: Place, qualifier: str) -> int:
    """ACLED's geo_precision for a resolved place and the words around it."""
    if place.kind in (ADMIN1, COUNTRY):
        return 3
    if place.kind in (ADMIN2, AREA) or qualifier in ("near", "district", "area"):
        return 2
    return 1


def to_location(place: Place, qualifier: str, text: str) -> Location:
    admin1 = place.admin1
    if not admin1 and place.kind == ADMIN1:
        admin1 = place.name
    return Location(
        name=place.name, country=place.country_name, iso=place.country, admin1=admin1,
        admin2=place.admin2 if place.kind != ADMIN2 else place.name,
        latitude=place.latitude, longitude=place.longitude,
        geo_precision=precision(place, qualifier), geonameid=place.geonameid, text=text,
    )
