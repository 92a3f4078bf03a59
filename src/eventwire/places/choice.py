"""Choose among a mention's candidates and among an event's mentions: the place of the act.

Each mention's readings are weighed against the report's context (scene.py); the
places of one act are read in one country; the most precise place wins, one inside
a unit another mention names first, and a settlement the gazetteer lacks falls back
to the unit around it.
"""

from __future__ import annotations

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
from .words import is_common_word, settlement_words

CITY_REACH_KM = 300  # a small town named with a big city farther than this is a namesake


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
    return bool(mention.qualifier) or last in settlement_words()


def resolve(lookup: Lookup, mentions: Sequence[PlaceMention], ctx: Context) -> Location | None:
    """The most precise location the place mentions of one event support.

    ``ctx`` is what the rest of the article says about where it is. Among equally
    precise places, one inside a unit another mention names wins ("Dibis
    town in Kirkuk"). A settlement the gazetteer lacks falls back to the
    unit around it, with its own name kept in ``text``.
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
    if not picks:
        return None
    picks = _one_country(readings, picks, ctx)
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
            unit = lookup.admin1(*best.unit)
            if unit is not None:
                return to_location(unit, "", lost)
        loc = to_location(best.place, best.qualifier, lost)
        loc.geo_precision = max(loc.geo_precision, 2)
        return loc
    return to_location(best.place, best.qualifier, best.mention.text)

def _readings(lookup: Lookup, mention: PlaceMention, ctx: Context) -> Reading:
    """The plausible places a mention may name, with the name and qualifier it is read as."""
    name, qualifier = split_kind(mention.text)
    qualifier = mention.qualifier or qualifier
    cands = _candidates(lookup, name, ctx, qualifier)
    words = name.split()
    if not lookup.lookup(name) and len(words) > 1 and words[0] in rules().directions:
        name = " ".join(words[1:])  # "lower Kurram", "Upper Assam": a part of a known unit
        cands = _candidates(lookup, name, ctx, qualifier)
        qualifier = qualifier or "area"
    return Reading(mention, name, qualifier, cands)

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
    if ctx.hint and any(c.place.country == ctx.hint and not c.phonetic for c in cands):
        # a namesake in the country the report names is meant, unless the report's other
        # places vouch for the one abroad ("Thai soldiers ... in Mayo district")
        cands = [c for c in cands if c.place.country == ctx.hint or c.main and c.place.population >= WORLD_CITY
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

def _one_country(readings: list[Reading], picks: list[Pick], ctx: Context) -> list[Pick]:
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
        again = _pick(reading, ctx, iso) if reading is not None and p.place.country != iso else None
        out.append(again or p)
    return out

def _candidates(lookup: Lookup, name: str, ctx: Context, qualifier: str = "") -> list[Candidate]:
    """Plausible places a name stands for; a country's name ("Chad") is not a town that
    shares it, and an everyday word is a province only when called one ("Central")."""
    found = lookup.lookup(name) if name else ()
    is_country = any(c.place.kind == COUNTRY for c in found)
    common = is_common_word(name)
    cands = [c for c in found if c.place.kind != COUNTRY and c.place.latitude is not None
             and not (is_country and c.place.kind == CITY and c.place.population < BIG_PLACE)
             and not (common and c.place.kind == ADMIN1 and qualifier != "province")]
    return [c for c in cands if ctx.plausible(c, name, qualifier)]
