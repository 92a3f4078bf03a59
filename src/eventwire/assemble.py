"""Stage 6, assemble: one event per real-world act within an article.

Frames are taken in reading order. A frame joins the latest event it does not
contradict (date, place, target, weapon); otherwise it starts a new event. A sentence
that names another place than a dated event's is another act when it is dated too, or
says it tells more ("gunmen also burned trucks in Gao"); an undated one that only names
the place otherwise ("the attack in Kaduna state") is the same act told again, and an
event told so far without a date keeps the places of its sentences together (a
headline's region, "in Plateau", and the lead's town are one act). A frame
that is not a specific act (a trend, a plan, a past year, an earlier act recalled
without a date) starts nothing, but a casualty or attribution statement with no
trigger of its own completes the event just before it. An act someone condemns is
told as known: the event just before it, or the report's first act when none is told
before ("the governor condemned the killing of a mayor in X"). An earlier act the report
dates is an event of its own, however long ago.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from eventwire.actors import ActorMention, is_anaphor
from eventwire.arguments import Frame
from eventwire.classify import victims_armed
from eventwire.countries import countries_in
from eventwire.dates import TimeExpr
from eventwire.mentions import WEAPON_KINDS
from eventwire.places import PlaceMention
from eventwire.places.candidates import Lookup
from eventwire.places.geo import distance_km
from eventwire.protest_words import LETHAL_ACTS
from eventwire.resources import word_set

Apart = Callable[[str, str], bool]

NEAR_KM = 30
"""Places closer than this may be one act's: a village and the town beside it."""
_UNIT_WORDS = re.compile(r"\s+(?:district|province|governorate|state|region|department|municipality|county|area|"
                         r"neighbou?rhood|town|village|city|township|canton|sector|quarter|suburb)$", re.I)

YEARLESS_DAYS = 183
"""A day and month without a year resolved further back than this is more likely a slip of
the year than an act the report recalls."""
RECENT_DAYS = 7
"""A draft dated further back than this is an act the report recalls: sentences that give
no date of their own tell of the report's current act, not of it."""

GENERIC_KINDS = {"attack", "kill", "shooting", "clash", "blast"}  # "blast": any explosive weapon's
MOVE_KINDS = {"change"}  # forces moving or measures taken: beside an attack, its approach
SAME_WEAPON = {"suicide": "bomb", "grenade": "bomb"}  # a suicide bombing or a thrown bomb is also "the bomb"
CROWD_EVENT_KINDS = {"protest", "riot", "disperse", "lynch", "clash"}  # a crowd's acts, a fight, or the state's acts on a crowd


@dataclass
class Draft:
    """An event being assembled from the frames that describe it."""

    frames: list[Frame] = field(default_factory=list)
    date: date | None = None
    time: TimeExpr | None = None
    anchored: bool = False  # dated relative to another event ("hours before")
    answer: bool = False  # the state's forces striking back at the doers of the event before

    @property
    def kinds(self) -> set[str]:
        return {k for f in self.frames for k in f.kinds}

    def targets(self) -> list[ActorMention]:
        return [f.target for f in self.frames if f.target is not None]

    def place_keys(self) -> set[str]:
        return {p.text.split()[0].lower() for f in self.frames for p in f.places}


def _is_background(frame: Frame, published: date | None) -> bool:
    """Context, not an act to record: one dated by its year alone ("since 2019"), an
    earlier act the report recalls without saying when ("a similar attack"), or a day
    and month without a year that would lie most of a year back ("on 26 June" in a
    report of 25 June is not last year's). An earlier act the report dates ("the 16
    November massacre", "in March 2019") is an event of its own."""
    t = frame.time
    if frame.long_past:
        return True  # "a vigil on Monday for the victims of last year's bombing"
    if t is None:
        return frame.recalled
    if t.precision >= 4:
        return True
    return bool(t.relative and published and t.value and (published - t.value).days > YEARLESS_DAYS)


def _current(draft: Draft, published: date | None) -> bool:
    """Whether a draft is about an act of the days the report covers, not one it recalls:
    dated to the day within the past week ("on Monday"), not "a week ago" or "in March"."""
    if published is None or draft.date is None:
        return True
    return (published - draft.date).days <= RECENT_DAYS and (draft.time is None or draft.time.precision == 1)


def _target_key(actor: ActorMention) -> str:
    return actor.name


def _refers_back(frame: Frame) -> bool:
    """A claim, suspicion or denial about an act already told, with no new date or toll."""
    return bool(frame.claims) and frame.time is None and not frame.casualties and not frame.places


def _hits_back(draft: Draft, target: ActorMention) -> bool:
    """ "Three of the attackers were also killed": the act's own attackers, now its victims."""
    attackers = [f.attacker for f in draft.frames if f.attacker is not None]
    if any(a.name == target.name for a in attackers):
        return True
    return not target.named and target.kind != "state forces" and any(a.armed and a.kind != "state forces" for a in attackers)


def _unarmed_hurt(frames: list[Frame]) -> bool:
    """Whether sentences count people killed or hurt who were no fighters: "killed two herders"."""
    return any(c.victims and c.count.high > 0 and not c.about and not victims_armed(c.victims)
               for f in frames for c in f.casualties)


def _answers(draft: Draft, frame: Frame) -> bool:
    """Whether a sentence tells the state's forces fighting those who had just killed or hurt
    civilians ("police pursued the raiders and shot dead three of them"): ACLED codes an
    event per pair of sides, so the attack on civilians and the fight with the attackers
    are two events. An act the state was already a side of, or one on armed men, is a
    fight told again; an attack that hurt no one that the state beat back is one fight;
    the state only stepping in ("police intervened") or shooting a bystander is no fight
    with the attackers, nor is breaking up a fight between others."""
    doer, hit = frame.attacker, frame.target
    if doer is None or doer.kind != "state forces" or draft.answer or "disperse" in frame.kinds:
        return False  # breaking up a fight or a crowd ("fired tear gas to disperse them") is no fight of the state's
    if hit is None and "clash" not in frame.kinds or hit is not None and (not hit.armed or hit.kind == "state forces"):
        return False  # a fight needs no side named: "police battled them", the attackers
    attackers = [f.attacker for f in draft.frames if f.attacker is not None]
    if not attackers or any(a.kind == "state forces" or not a.armed or a.crowd for a in attackers):
        return False
    if any(t.armed or t.kind == "state forces" for t in draft.targets()):
        return False
    return _unarmed_hurt(draft.frames)


def _same_weapon(draft: Draft, frame: Frame) -> bool:
    """Whether a sentence names a weapon of the event's own: "In another blast" after "three
    bombs went off" is one of the three, "Meanwhile, soldiers died in clashes" no bomb's."""
    fw = {SAME_WEAPON.get(k, k) for k in frame.kinds if k in WEAPON_KINDS}
    return bool(fw & {SAME_WEAPON.get(k, k) for k in draft.kinds if k in WEAPON_KINDS})


def _protest_after_harm(draft: Draft, frame: Frame) -> bool:
    """Whether a sentence tells a protest after an event that told only harm done to people
    and no crowd ("police shot dead a trader on Monday. Residents later protested the
    killing"): ACLED codes the killing and the protest it set off as two events, and the
    protest's people were not those the killing was done to."""
    if "protest" not in frame.kinds or frame.named_again or draft.kinds & CROWD_EVENT_KINDS:
        return False
    # an attack only with whom it was done to told: "stormed the offices" may have hurt no one
    if not draft.kinds & LETHAL_ACTS and not ("attack" in draft.kinds and draft.targets()):
        return False
    sides = [a for f in draft.frames for a in (f.attacker, f.target) if a is not None]
    return not any(a.crowd or a.kind in ("protesters", "rioters") for a in sides)


def _compatible(draft: Draft, frame: Frame, frame_date: date | None, apart: Apart | None = None) -> bool:
    if _protest_after_harm(draft, frame):
        return False
    if draft.answer and frame.attacker is not None and frame.attacker.kind != "state forces":
        return False  # the attackers' own deeds told after the state's response are the attack's
    if frame_date and draft.date and frame_date != draft.date:
        return False
    if frame.time is not None and frame.time.kind == "hours_before":
        return False
    fw = {SAME_WEAPON.get(k, k) for k in frame.kinds if k in WEAPON_KINDS}
    dw = {SAME_WEAPON.get(k, k) for k in draft.kinds if k in WEAPON_KINDS}
    if fw and dw and not fw & dw:
        return False
    # A move told in the attack's own sentence ("crossed the border and attacked the post") is the attack's.
    acts = {k for f in draft.frames for k in f.kinds if k not in MOVE_KINDS or not GENERIC_KINDS & set(f.kinds)}
    if fw and not dw and acts and not acts <= GENERIC_KINDS:
        return False
    if frame.target is not None and draft.targets() and not _hits_back(draft, frame.target):
        keys = {_target_key(t) for t in draft.targets()}
        if _target_key(frame.target) not in keys and frame.target.armed and any(t.armed for t in draft.targets()):
            return False
    fk = {p.text.split()[0].lower() for p in frame.places}
    dk = draft.place_keys()
    if fk and dk and not fk & dk and (draft.date is not None and (frame_date is not None or frame.also)
                                      or frame_date is None and _fresh_elsewhere(frame)
                                      or frame_date is None and _far_from(draft, frame, apart)):
        return False
    return True


def _own_towns(frame: Frame) -> list[PlaceMention]:
    """The places a sentence gives its own act, when none is a region (which may hold a town told before)."""
    own = [p for p in frame.places if not p.weak and not p.aside]
    return [] if any(p.qualifier in ("province", "district") for p in own) else own


def _far_from(draft: Draft, frame: Frame, apart: Apart | None) -> bool:
    """A sentence that tells an act, not naming it as one known ("the attack in X"), in places
    all far from every place of the event so far ("rebels burned a bus in Y", 200 km off)
    tells another act: one act told again is told at its place or a part of it."""
    own = _own_towns(frame)
    if apart is None or frame.named_again or not own:
        return False
    told = [p.text for f in draft.frames for p in f.places if not p.weak and not p.aside]
    return bool(told) and all(apart(p.text, t) for p in own for t in told)


def _fresh_elsewhere(frame: Frame) -> bool:
    """A sentence that tells, of doers or victims it introduces, an act in a town of its own
    ("a bomb went off in Soyapango"): another act than the one told of another town. A
    region ("in Kaduna state") may hold the town already told, and an act told again points
    back at its doers ("the attackers stormed Maro")."""
    return frame.fresh and bool(_own_towns(frame))


def assemble(frames: list[Frame], published: date | None, apart: Apart | None = None) -> list[Draft]:
    """Group frames into drafts, one per act; ``apart`` tells whether two place names lie
    far from each other (:func:`places_apart`)."""
    drafts: list[Draft] = []
    for frame in frames:
        if _is_background(frame, published):
            continue
        frame_date = frame.time.value if frame.time else None
        if frame.time is not None and frame.time.kind == "hours_before" and drafts:
            frame_date = drafts[-1].date
        if not frame.specific and frame.triggers and not (frame.condemned and not drafts):
            if drafts and frame.casualties and frame_date in (None, drafts[-1].date):
                drafts[-1].frames.append(frame)  # "later that day the toll rose to four after a man died of his wounds"
            elif drafts and _refers_back(frame):
                # "The ULFA claimed responsibility for the explosions": who did it, not another act.
                drafts[-1].frames.append(replace(frame, triggers=[], kinds=[]))
            continue
        if _refers_back(frame) and drafts:
            drafts[-1].frames.append(frame)  # "X claimed responsibility for the bombing"
            continue
        # Another act than the one just told starts its own event, or joins an earlier one of its
        # weapon (a summary the report opened with: "three bombs went off ... In another blast, ...").
        candidates = [d for d in drafts[:-1] if _same_weapon(d, frame)] if frame.another else drafts
        if frame_date is None:
            candidates = [d for d in candidates if _current(d, published)]
        target = next((d for d in reversed(candidates) if _compatible(d, frame, frame_date, apart)), None)
        if target is not None and target is (drafts[-1] if drafts else None) and _answers(target, frame):
            # the state's response, its own event on the attack's day: "police then shot dead two of the raiders"
            target = Draft(date=target.date, time=target.time, anchored=target.anchored, answer=True)
            drafts.append(target)
        elif target is None:
            target = Draft(anchored=frame.time is not None and frame.time.kind == "hours_before")
            drafts.append(target)
        target.frames.append(frame)
        if frame_date and target.date is None:
            target.date, target.time = frame_date, frame.time
        elif frame.time is not None and target.time is None:
            target.time = frame.time
    return drafts


def attach_statements(drafts: list[Draft], statements: list[Frame]) -> None:
    """Give trigger-less casualty or attribution sentences to the event just before them."""
    for st in statements:
        before = [d for d in drafts if d.frames[0].start < st.start]
        if not before:
            continue
        if not any(victims_armed(c.victims) for c in st.casualties):
            # a toll of people who were no fighters belongs to the attack, not the state's response to it
            before = [d for d in before if not d.answer] or before
        draft = max(before, key=lambda d: max(f.start for f in d.frames if f.start < st.start))
        draft.frames.append(st)


_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:de|del|la|las|los|el|da|do|dos|di)\s+)?[A-Z][\w'’.-]*){0,3}"
_TOWN_LIST = re.compile(rf"\b(?:in|at|near)\s+(?:the\s+(?:towns?|cities|villages?|municipalities)\s+of\s+)?"
                        rf"({_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|or)\s+{_NAME})")
_ITEM = re.compile(_NAME)


def town_list(frame: Frame, text: str) -> list[PlaceMention]:
    """The towns an act's sentence lists as the places of its act: "attacked public
    buildings in A, B and C", where one of the names at least is a place the sentence
    names for its act; the others count as towns too, known to the gazetteer or not.
    Units named with a plural ("in A and B provinces"), lists of countries and lists
    holding a place of another act told in passing make none, unless a word gives each
    unit its own act ("homes in A and B districts, respectively")."""
    own = [p for p in frame.places if not p.weak]
    best: list[PlaceMention] = []
    for m in _TOWN_LIST.finditer(text, frame.start, frame.end):
        items = [PlaceMention(i.group(0), i.start() + m.start(1), i.end() + m.start(1))
                 for i in _ITEM.finditer(m.group(1))]
        known = [p for p in own if any(p.start < i.end and i.start < p.end for i in items)]
        if not known or any(p.aside or p.qualifier or p.inside for p in known):
            continue
        if any(countries_in(i.text) for i in items):
            continue
        after = re.match(r"\s+([a-z]+)\W*([a-z]*)", text[m.end(1):m.end(1) + 40], re.I)
        if (after and after.group(1).lower() in word_set("unit_plurals")
                and after.group(2).lower() not in word_set("one_each_words")):
            continue
        if len(items) > len(best):
            # a mention that runs over several items ("A, B" read as a town and its province) gives way to them
            best = [next((p for p in known if (p.start, p.end) == (i.start, i.end)), i) for i in items]
    return best


def split_by_town(drafts: list[Draft], text: str) -> list[Draft]:
    """One event per town of a wave: an act told of several towns in one list ("attacks in
    A, B and C") is an act in each, on the draft's day. The draft keeps the town its other
    sentences place it in (or the first); the other towns get an event each from that
    sentence alone, its toll left with the draft (a toll told for all cannot be shared out)."""
    out: list[Draft] = []
    for draft in drafts:
        out.append(draft)
        for i, frame in enumerate(draft.frames):
            towns = town_list(frame, text) if frame.triggers else []
            if not towns:
                continue
            own = {p.text.lower() for f in draft.frames if f is not frame for p in f.places if not p.aside and not p.weak}
            kept = next((t for t in towns if t.text.lower() in own), None if own else towns[0])
            rest = [p for p in frame.places if not any(p.start < t.end and t.start < p.end for t in towns)]
            draft.frames[i] = replace(frame, places=rest + ([kept] if kept is not None else []))
            for town in towns:
                if town is not kept:  # the sentence's other places still help place an unknown town
                    single = replace(frame, places=[town, *rest], casualties=[])
                    out.append(Draft(frames=[single], date=draft.date, time=draft.time, anchored=draft.anchored))
    return out


def _indefinite(before: str) -> bool:
    """Words that introduce a side rather than point back at one: "an unidentified armed group"."""
    return bool(re.search(r"\b(?:a|an|some|unidentified|unknown|other|another|rival)\s+(?:\w+\s+)?$", before, re.I))


def resolve_anaphora(frames: list[Frame], named_before: dict[int, ActorMention], text: str = "") -> None:
    """Replace "the terror group" with the group named most recently before it; "an
    unidentified armed group" points at no one, and no side is the other side of its act."""
    for frame in frames:
        for attr, other in (("attacker", frame.target), ("target", frame.attacker)):
            actor: ActorMention | None = getattr(frame, attr)
            if actor is None or actor.named or not is_anaphor(actor.text):
                continue
            if _indefinite(text[max(0, actor.start - 30):actor.start]) or _indefinite(actor.text + " "):
                continue
            # A "terror group" is a group of its kind: never the state's own forces nor a militia.
            previous = [m for start, m in named_before.items() if start < actor.start and m.kind == actor.kind
                        and not (other is not None and other.named and m.name == other.name)]
            if previous:
                group = previous[-1]
                setattr(frame, attr, ActorMention(actor.start, actor.end, actor.text, group.name, group.kind, True,
                                                  listed=group.listed))


def event_date(draft: Draft, published: date | None) -> tuple[date | None, int]:
    """The draft's date and time precision; undated acts take the publication date, and so
    do acts dated a few days after it (a report cannot tell an act yet to come: the day
    named is the end of a span or a slip, and the act was by the time of the report)."""
    if draft.date is not None and published is not None and draft.date > published:
        return published, 1
    if draft.date is not None:
        return draft.date, draft.time.precision if draft.time else 1
    if published is not None:
        return published, 1
    return None, 1


def places_apart(lookup: Lookup, a: str, b: str) -> bool:
    """Whether two place names lie far apart whichever places of those names they are: no
    two namesakes in one country are within NEAR_KM of each other, and neither is a
    province or district holding the other. A name the gazetteer lacks (or knows only by
    its sound, or only in other countries than the other name's) may be a village beside
    the other: not apart."""
    ours = [c.place for c in lookup.lookup(_UNIT_WORDS.sub("", a)) if not c.phonetic][:30]
    theirs = [c.place for c in lookup.lookup(_UNIT_WORDS.sub("", b)) if not c.phonetic][:30]
    compared = False
    for p in ours:
        for q in theirs:
            if p.country != q.country:
                continue
            compared = True
            if p.kind.startswith("admin") or q.kind.startswith("admin") or p.kind == "country" or q.kind == "country":
                if p.admin1_code == q.admin1_code or "country" in (p.kind, q.kind):
                    return False
                continue
            if None in (p.latitude, p.longitude, q.latitude, q.longitude):
                return False
            if distance_km(p.latitude, p.longitude, q.latitude, q.longitude) <= NEAR_KM:
                return False
    return compared
