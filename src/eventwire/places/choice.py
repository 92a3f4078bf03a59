"""Choose among a mention's candidates and among an event's mentions: the place of the act.

Each mention's readings are weighed against the report's context (scene.py); the
places of one act are read in one country; the most precise place wins, one inside
a unit another mention names first, and a settlement the gazetteer lacks falls back
to the unit around it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.record import Location

from .candidates import BIG_PLACE, TOWN, WORLD_CITY, Candidate, Lookup
from .geo import distance_km
from .model import ADMIN1, ADMIN2, AREA, CITY, COUNTRY, Place, PlaceMention
from .names import norm_key, rules, split_kind
from .precision import precision, to_location
from .scene import Context
from .words import is_common_word, is_quarter, settlement_words, spelt_alike, unit_word_countries

CITY_REACH_KM = 300  # a small town named with a big city farther than this is a namesake
QUARTER_KM = 30  # a quarter or suburb named as part of a city lies this close to its centre
_POSSESSIVE = re.compile(r"['’]s$")
NEAR_KM = 75  # a place the words put near another lies this close to it
NEAR_GAP = 40  # characters at most between a place and the "near Y" that follows it
SEAT_BONUS = 1.0  # score of a name borne by a district and its seat town together


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
    part_of: bool = False  # a part of this place the gazetteer lacks ("X district of Tripoli"): the words' own


def _called_town(mention: PlaceMention) -> bool:
    """A mention its own words call a town or city ("Rajshahi city's X area"): the town, not the
    province of its name."""
    words = _POSSESSIVE.sub("", mention.text).lower().split()
    return mention.qualifier == "town" or len(words) > 1 and words[-1] in ("city", "town")


def _is_settlement(mention: PlaceMention) -> bool:
    """A mention the words around it mark as a place ("Prde town", "outskirts of X")."""
    last = mention.text.split()[-1].lower() if mention.text.split() else ""
    return bool(mention.qualifier) or last in settlement_words() or is_quarter(mention.text)


def resolve(lookup: Lookup, mentions: Sequence[PlaceMention], ctx: Context) -> Location | None:
    """The most precise location the place mentions of one event support.

    ``ctx`` is what the rest of the article says about where it is. Among equally
    precise places, one inside a unit another mention names wins ("Dibis
    town in Kirkuk"). A settlement the gazetteer lacks, or whose only namesakes lie
    far from the act's other places, falls back to the unit around them, with its own
    name kept in ``text``.
    """
    readings = [_readings(lookup, m, ctx) for m in mentions]
    picks: list[Pick] = []
    unresolved: list[PlaceMention] = []
    for reading in readings:
        pick = _pick(reading, ctx)
        if pick is not None:
            picks.append(pick)
        elif _is_settlement(reading.mention):
            unresolved.append(reading.mention)
    picks, abroad = _one_country(readings, picks, ctx)
    unresolved += abroad
    if any(not p.mention.weak for p in picks):
        picks = [p for p in picks if not p.mention.weak]
    picks = _parts(lookup, readings, picks, ctx)
    if any(not p.mention.route and p.mention.qualifier != "near"
           and (p.part_of or p.place.kind not in (ADMIN1, COUNTRY)) for p in picks):
        # "on the Dhaka-Barisal highway at X upazila of Barisal": the road's ends say where it
        # runs; a town or district the act's words name besides is its place, but a road end
        # is still more precise than a province ("the Pereira-Belen road, in Risaralda")
        picks = [p for p in picks if not p.mention.route]
    unresolved = [m for m in unresolved if not any(p.part_of and p.mention is m for p in picks)]
    if not picks:
        return None
    near = _Relations(picks, ctx)
    refused = [p for p in picks if near.far_from_the_rest(p)]
    if refused and len(refused) < len(picks):
        unresolved = [p.mention for p in refused] + unresolved
        picks = [p for p in picks if p not in refused]
        near = _Relations(picks, ctx)
    best = min(picks, key=near.order)
    if unresolved and not near.contained(best):
        lost = unresolved[0].text
        if best.unit is not None and best.place.kind == CITY and not _called_town(best.mention):
            unit = lookup.admin1(*best.unit)
            if unit is not None:
                return to_location(unit, "", lost)
        loc = to_location(best.place, best.qualifier, lost)
        loc.geo_precision = max(loc.geo_precision, 2)
        return loc
    return to_location(best.place, best.qualifier, best.mention.text)


class _Relations:
    """How the places chosen for one act's mentions lie to each other."""

    def __init__(self, picks: list[Pick], ctx: Context) -> None:
        self.picks = picks
        self.ctx = ctx
        self.units = {p.place.id: p.unit for p in picks}
        self.units.update({p.place.id: (p.place.country, p.place.admin1_code) for p in picks
                           if p.place.kind == ADMIN2})
        self.any_sure = any(p.sure and not p.by_sound for p in picks)

    def contained(self, p: Pick) -> bool:
        """Whether ``p`` lies in the province another mention names."""
        key = (p.place.country, p.place.admin1_code)
        return p.place.kind != ADMIN1 and any(u == key for i, u in self.units.items() if i != p.place.id)

    def conflicts(self, p: Pick) -> bool:
        """A town outside the province or district another mention names ("Hamirpur
        sector in Poonch district"), in another country than it ("Dasht, Kech" read
        as Iran's Dasht), or far from the city named with it ("Karimabad, Karachi" read
        as a Karimabad in the mountains): the text means a namesake the gazetteer lacks."""
        return p.place.kind in (CITY, AREA) and p.qualifier not in ("district", "province") and any(
            (q.place.kind in (ADMIN1, ADMIN2) or q.qualifier in ("district", "province"))
            and (q.place.country != p.place.country and q.sure
                 and self.ctx.support(q.place.country, "") > self.ctx.support(p.place.country, "")
                 or q.place.country == p.place.country
                 and (q.place.admin1_code != p.place.admin1_code and not self.contained(p)
                      or _outside_district(p, q)))
            or _far_from_city(p, q) for q in self.picks)

    def far_from_the_rest(self, p: Pick) -> bool:
        """A town whose only namesake the gazetteer knows lies far from the big city named with
        it ("Karimabad, Karachi"), outside the district the words call ("Hamirpur sector in
        Poonch district") or in another country than a unit they name: refused, the unit
        around the act's other places stands for it."""
        # a place that lies far from the one the words put it near is no evidence against it
        others = [q for q in self.picks if not _far_from_near(q, p)]
        if self._alone_abroad(p, others):
            return True
        if p.place.kind not in (CITY, AREA) or self.contained(p):
            return False
        if any(self._abroad_from_unit(p, q) or _far_from_near(p, q) for q in others):
            return True
        return p.qualifier not in ("district", "province") and any(
            _far_from_city(p, q) or q.place.country == p.place.country and _outside_district(p, q)
            for q in others)

    def _alone_abroad(self, p: Pick, others: list[Pick]) -> bool:
        """A village or small district in a country nothing else in the report points at, named
        with a place in a country the report's other names do ("Badan, Mamond in Bajaur" read
        as Yemen's Ba'dan; "Nauwa (Barber) community" beside Gaya read as Kansas's Barber
        County): a namesake of a place the gazetteer lacks, or no place at all. The other place
        is in the country the report's words name or, short of one, named after it, as the unit
        it lies in."""
        if p.place.kind not in (CITY, AREA, ADMIN2) or p.place.population >= TOWN:
            return False
        name = split_kind(p.mention.text)[0]
        home = self.ctx.scene_country()
        if self.ctx.support(p.place.country, name) > 0 or p.place.country == home:
            return False
        return any(q.place.country != p.place.country and q.sure and not q.by_sound
                   and (q.place.country == home if home else q.mention.start > p.mention.start)
                   and self.ctx.support(q.place.country, name) > 0 for q in others)

    def _abroad_from_unit(self, p: Pick, q: Pick) -> bool:
        """A small town in another country than a province or district the act's words name,
        one the report says as much for ("Jaynagar village ... Sylhet district" read as India's
        Jaynagar): a namesake of a village the gazetteer lacks."""
        unit = q.place.kind in (ADMIN1, ADMIN2) or q.qualifier in ("district", "province")
        return unit and q.place.id != p.place.id and q.sure and q.place.country != p.place.country \
            and p.place.population < TOWN \
            and self.ctx.support(q.place.country, "") >= self.ctx.support(p.place.country, "")

    def as_province(self, p: Pick) -> bool:
        """A capital named with a town of its province ("southwest Erbil near Makhmour")
        stands for the province."""
        return p.unit is not None and p.place.kind != ADMIN1 and any(
            q.place.id != p.place.id and q.place.kind != ADMIN1
            and (q.place.country, q.place.admin1_code) == p.unit for q in self.picks)

    def as_district(self, p: Pick) -> bool:
        """A district seat named with a town of its district ("a village of
        Chhatak upazila, Sunamganj") stands for the district."""
        here = (p.place.country, p.place.admin1_code, p.place.admin2_code)
        return p.place.kind == CITY and bool(p.place.admin2) and \
            norm_key(p.place.admin2) == norm_key(p.place.name) and any(
                q.place.id != p.place.id and q.place.kind in (CITY, AREA)
                and (q.place.country, q.place.admin1_code, q.place.admin2_code) == here for q in self.picks)

    def rank(self, p: Pick) -> float:
        if self.as_province(p):
            return 3
        if self.as_district(p):
            return 2.5
        # a name matched only by sound, far from the article's other places, yields a
        # rank to a name matched as written
        return p.precision + 1.5 * (self.conflicts(p) and not p.part_of) + (p.by_sound and self.any_sure)

    def order(self, p: Pick) -> tuple:
        """Most precise first; among equals a part the words put inside a place, one inside
        a unit another mention names, one matched as written, a town before a unit's namesake; a big city named beside a town
        as precise is most often where the wounded were taken or officials spoke, the town
        the scene."""
        return (self.rank(p), not p.part_of, not self.contained(p), not p.sure, p.unit is not None,
                p.place.kind == CITY and p.place.population >= BIG_PLACE)


def _far_from_city(p: Pick, q: Pick) -> bool:
    """A small town far from the big city ``q`` named with it."""
    return (q.place.id != p.place.id and q.place.kind == CITY and q.sure
            and q.place.population >= BIG_PLACE and p.place.population < TOWN
            and distance_km(p.place.latitude, p.place.longitude,
                            q.place.latitude, q.place.longitude) > CITY_REACH_KM)


def _far_from_near(p: Pick, q: Pick) -> bool:
    """A town named just before a place the words put it near ("Navada village near Arrah",
    "Kelar sector, near Bagh") that lies far from it: a namesake of a village the gazetteer
    lacks, for which the place it is near stands."""
    if q.mention.qualifier != "near" or q.place.id == p.place.id or not q.sure or p.mention.qualifier == "near":
        return False
    if not p.mention.end <= q.mention.start <= p.mention.end + NEAR_GAP:
        return False
    return distance_km(p.place.latitude, p.place.longitude, q.place.latitude, q.place.longitude) > NEAR_KM


def _outside_district(p: Pick, q: Pick) -> bool:
    """A town of another district than the one ``q`` is called ("Jammu ... Kathua
    district")."""
    if q.qualifier != "district" or q.place.id == p.place.id or not p.place.admin2:
        return False
    district = q.place.name if q.place.kind == ADMIN2 else q.place.admin2
    return bool(district) and norm_key(district) != norm_key(p.place.admin2)


def _parts(lookup: Lookup, readings: list[Reading], picks: list[Pick], ctx: Context) -> list[Pick]:
    """"The Salahadeen district of Tripoli", "Tripoli's X quarter", "Balakote sector of
    Poonch district": a part the words put inside another place. When the gazetteer has no
    such part inside it (none at all, or only namesakes elsewhere), the part is a quarter or
    unit it lacks: the place around it stands for it, with the part's own words, at
    precision 2 at least (3 for a province)."""
    out = list(picks)
    for reading in readings:
        m = reading.mention
        if not m.inside:
            continue
        whole = _whole(lookup, m, out, ctx)
        part = next((p for p in out if p.mention is m), None)
        if whole is None or part is not None and _within(part.place, part.qualifier, whole):
            continue
        inner = [c for c in reading.cands if _within(c.place, reading.qualifier, whole)]
        if inner:  # the part's namesake inside the whole, not the one chosen alone
            best = max(inner, key=lambda c: ctx.score(c, reading.qualifier, reading.name))
            out = [p for p in out if p is not part]
            out.append(Pick(m, best.place, reading.qualifier, precision(best.place, reading.qualifier), None,
                            sure=True, part_of=True))
            continue
        place = whole.place
        qualifier = "area" if place.kind in (CITY, AREA) else whole.qualifier
        out = [p for p in out if p is not part and p is not whole]
        out.append(Pick(m, place, qualifier, precision(place, qualifier),
                        whole.unit if place.kind == ADMIN1 else None, sure=whole.sure, part_of=True))
    return out


def _whole(lookup: Lookup, part: PlaceMention, picks: list[Pick], ctx: Context) -> Pick | None:
    """The place ``part`` is said to be part of: another mention's pick, or a reading of its
    own; the longest run of its words that names one ("of Quetta Usman Khan had..." is
    Quetta)."""
    if part.inside.lower() == "the capital":  # "the capital's Wadajir district": the scene country's
        home = ctx.scene_country()
        capital = lookup.capital(home) if home else None
        return Pick(part, capital, "", precision(capital, ""), None, sure=True) if capital else None
    words = part.inside.split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        key = norm_key(name)
        found = next((p for p in picks if p.mention is not part and norm_key(p.mention.text) == key), None)
        found = found or _pick(_readings(lookup, PlaceMention(name, part.start, part.end), ctx), ctx)
        if found is not None:
            return found
    return None


def _within(p: Place, qualifier: str, whole: Pick) -> bool:
    """Whether ``p`` (named with ``qualifier``) lies in ``whole``: a quarter near its city, a
    place in its unit, a unit in the province a city is the namesake capital of ("Sai Buri
    district of Pattani")."""
    w = whole.place
    if p.country != w.country:
        return False
    if w.kind == COUNTRY:
        return True
    is_unit = p.kind in (ADMIN1, ADMIN2) or qualifier in ("district", "province")
    if w.kind == ADMIN1 or whole.unit is not None or is_unit and w.kind == CITY:
        return p.admin1_code == w.admin1_code
    if w.kind == ADMIN2:
        # a town whose district the gazetteer does not say may be in any of its province's
        return p.admin1_code == w.admin1_code and (
            p.kind == CITY and not p.admin2 or spelt_alike(p.admin2 or p.name, w.name))
    return p.latitude is not None and w.latitude is not None and \
        distance_km(p.latitude, p.longitude, w.latitude, w.longitude) <= QUARTER_KM


def _readings(lookup: Lookup, mention: PlaceMention, ctx: Context) -> Reading:
    """The plausible places a mention may name, with the name and qualifier it is read as."""
    name, qualifier = split_kind(_POSSESSIVE.sub("", mention.text))  # "Rajshahi city's X area"
    if qualifier not in ("district", "province"):  # "near X region": the name's own words say what it is
        qualifier = mention.qualifier or qualifier
    cands = _candidates(lookup, name, ctx, qualifier)
    if not cands and qualifier in ("district", "province"):
        name, cands = _unit_at_the_end(lookup, name, ctx, qualifier)
    isos = unit_word_countries(mention.text)
    if isos:  # "tambon Juab", "Sadar upazila": a unit word only some countries use says where it is
        cands = [c for c in cands if c.place.country in isos]
    home = ctx.scene_country()
    if home and is_quarter(mention.text):
        # "the San Miguelito neighborhood" of a report from El Salvador is a quarter of one of
        # its towns, not Panama's San Miguelito: one the gazetteer lacks falls back
        cands = [c for c in cands if c.place.country == home]
    words = name.split()
    if not lookup.lookup(name) and len(words) > 1 and words[0] in rules().directions:
        name = " ".join(words[1:])  # "lower Kurram", "Upper Assam": a part of a known unit
        cands = _candidates(lookup, name, ctx, qualifier)
        qualifier = qualifier or "area"
    return Reading(mention, name, qualifier, cands)

def _unit_at_the_end(lookup: Lookup, name: str, ctx: Context, qualifier: str) -> tuple[str, list[Candidate]]:
    """The unit the last words of an unknown name call a district or province name, spelt
    as written: "Ramnagar Jessore Sadar upazila" is a village run on into the upazila it
    lies in. The name unchanged, with no candidates, when none does."""
    words = name.split()
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        found = [c for c in _candidates(lookup, tail, ctx, qualifier)
                 if c.place.kind in (ADMIN1, ADMIN2) and not c.phonetic]
        if found:
            return tail, found
    return name, []


def _pick(reading: Reading, ctx: Context, country: str | None = None) -> Pick | None:
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
    home = ctx.scene_country()
    if home and any(c.place.country == home and not c.phonetic for c in cands):
        # a namesake in the country the report names (or, short of that, its outlet's) is
        # meant, unless the report's other places vouch for the one abroad ("Thai soldiers
        # ... in Mayo district")
        cands = [c for c in cands if c.place.country == home or c.main and c.place.population >= WORLD_CITY
                 or ctx.support(c.place.country, name) >= 1.0 + ctx.words.get(c.place.country, 0.0)]
    seats = _seats(cands, ctx.votes.get(name, {}))
    best = max(cands, key=lambda c: ctx.score(c, qualifier, name) + SEAT_BONUS * (c.place.id in seats))
    p = best.place
    unit = None
    if p.kind == ADMIN1 or any(c.place.kind == ADMIN1 and (c.place.country, c.place.admin1_code)
                               == (p.country, p.admin1_code) for c in cands):
        unit = (p.country, p.admin1_code)  # names a province, or its namesake capital
    return Pick(mention, p, qualifier, precision(p, qualifier), unit,
                sure=(best.main and not best.phonetic) or ctx.near(p, name, 150),
                by_sound=best.phonetic and not ctx.near(p, name, 150)
                and qualifier not in ("district", "province"))  # "X district" is a unit, however spelt

def _seats(cands: Sequence[Candidate], own_vote: dict[str, float]) -> set[int]:
    """The candidates that are a district and the town it is named after at once (one
    point, one country: "Poonch" the district and its seat): a name two kinds of place bear
    together is that place's before it is a lone district's or village's elsewhere. Not
    against a name that says its own country outright ("Islamabad", a capital, is not the
    town that bears it as another name), nor against a city known the world over."""
    says = [iso for iso, v in own_vote.items() if v >= 1.0]
    units = {(c.place.country, c.place.latitude, c.place.longitude): c.place.id for c in cands
             if c.place.kind == ADMIN2 and not c.phonetic}
    out: set[int] = set()
    for c in cands:
        twin = units.get((c.place.country, c.place.latitude, c.place.longitude))
        if c.place.kind == CITY and not c.phonetic and twin is not None and (not says or c.place.country in says):
            out |= {c.place.id, twin}
    if any(c.main and not c.phonetic and c.place.kind == CITY and c.place.population >= WORLD_CITY
           and c.place.id not in out for c in cands):
        # a city a report may name without its country ("La Paz", "Santiago") is no tie to
        # break; a mere big town abroad is (Hangu the Chinese district town)
        return set()
    return out


def _one_country(readings: list[Reading], picks: list[Pick], ctx: Context) -> tuple[list[Pick], list[PlaceMention]]:
    """The places of one act lie in one country: when the mentions chosen apart disagree,
    those that have a namesake in the country most of them can be in are read there
    ("Mon district" with "Nagaland": the Indian Mon, not Myanmar's). When that country is
    the one the report's words name, a mention with no namesake there and no word of the
    report for its own country is a place the gazetteer lacks ("San Antonio" listed among
    Salvadoran towns, read as the Texan city): returned apart, as unresolved."""
    strong = [r for r in readings if r.cands and not r.mention.weak]
    if len(strong) < 2:
        return picks, []
    can_be = Counter(iso for r in strong for iso in {c.place.country for c in r.cands})
    chosen = Counter(p.place.country for p in picks)
    home = ctx.scene_country()
    # sorted: a tie goes the same way in every run
    iso = max(sorted(can_be), key=lambda c: (can_be[c] + (c == home), chosen[c], ctx.support(c, "")))
    if can_be[iso] < 2 or chosen[iso] == len(picks):
        return picks, []
    by_mention = {id(r.mention): r for r in strong}
    out: list[Pick] = []
    abroad: list[PlaceMention] = []
    for p in picks:
        reading = by_mention.get(id(p.mention))
        again = _pick(reading, ctx, iso) if reading is not None and p.place.country != iso else None
        if again is None and reading is not None and p.place.country != iso and iso == home \
                and ctx.words.get(p.place.country, 0.0) <= 0:
            abroad.append(p.mention)
            continue
        out.append(again or p)
    return (out, abroad) if out else (picks, [])

def _candidates(lookup: Lookup, name: str, ctx: Context, qualifier: str = "") -> list[Candidate]:
    """Plausible places a name stands for; a country's name ("Chad") is not a town that
    shares it unless the words call it one ("the city of Mali"), and an everyday word is a
    province only when called one ("Central")."""
    found = lookup.lookup(name) if name else ()
    is_country = qualifier != "town" and any(c.place.kind == COUNTRY for c in found)
    common = is_common_word(name)
    cands = [c for c in found if c.place.kind != COUNTRY and c.place.latitude is not None
             and not (is_country and c.place.kind == CITY and c.place.population < BIG_PLACE)
             and not (common and c.place.kind == ADMIN1 and qualifier != "province")]
    return [c for c in cands if ctx.plausible(c, name, qualifier)]
