"""Stage 9, actors: the two sides of one act, in ACLED's order, and how the report knows them.

Every decision about who acted on whom is taken here, in two steps around the event
type: :func:`pick` chooses the attacker and the target among the words of the act's
sentences and the claims about it (a group that claims the act did it; a group only
suspected is the actor with "suspected"; a group that denies it is not the confirmed
actor), and :func:`name` gives them the names and the order a coder would ("Protesters
(Kenya)" before the police who disperse them, the state first in a fight no side is
said to have begun).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc

from eventwire import arguments
from eventwire.actors import ActorMention, is_anaphor
from eventwire.arguments import Frame
from eventwire.attribution import Claim
from eventwire.countries import acled_country, acled_country_name, country_iso, role_of
from eventwire.record import Actor
from eventwire.resources import word_set
from eventwire.suspects import Report, suspect

ATTRIBUTION_ORDER = ["claimed", "denied", "suspected", "unclaimed"]


@dataclass(frozen=True)
class Sides:
    """The attacker and target of one act, and how the report knows the attacker."""

    attacker: ActorMention | None
    target: ActorMention | None
    attribution: str = "reported"
    claim: Claim | None = None  # the words that say so


def pick(frames: list[Frame], report: Report | None = None, iso: str = "") -> Sides:
    """The sides of the act the frames tell, and the claim that says who did it; an
    armed act whose sentences name no attacker takes the one the whole ``report`` names
    (for an act in the country of ISO code ``iso``)."""
    acts = [f for f in frames if f.triggers]
    claims = [c for f in frames for c in f.claims]
    claimant = next((c.by for c in claims if c.how == "claimed" and c.by is not None and c.by.named and c.by.armed), None)
    attacker = _choose_actor(acts, "attacker")
    if claimant is not None:
        attacker = claimant  # "ISWAP claimed the attack": the group that says it did it
    elif attacker is None or not attacker.named:
        # A group named only where the report says who claimed or is suspected of the act.
        attacker = _choose_actor([f for f in frames if f.attacker is not None and f.attacker.named
                                  and any(c.how in ("claimed", "suspected") for c in f.claims)], "attacker") or attacker
    if report is not None and _unnamed(attacker) and {k for f in acts for k in f.kinds} & word_set("perpetrated_kinds"):
        found = suspect(report, iso)
        if found is not None:
            attacker = found[0]
            claims.append(found[1])
    # The attacker's own people killed in the act ("one rebel was also killed") are not the other side.
    own = attacker is not None and attacker.named
    hit = [f for f in acts if f.target is not None and not (own and f.target.name == attacker.name)]
    target = _choose_actor(hit, "target") or _other_side(acts, attacker)
    how, claim = _attribution(claims, attacker)
    if attacker is not None and target is not None and _state_second(acts, attacker, target):
        attacker, target = target, attacker  # a fight no side is said to have begun: the state first
    return Sides(attacker, target, how, claim)


def _unnamed(attacker: ActorMention | None) -> bool:
    """An attacker the record would call an unidentified armed group: none, people named
    by who they are, or armed men the report names no group for."""
    return attacker is None or (not attacker.named and attacker.kind in ("rebel group", "civilians") and not attacker.crowd)


def _attribution(claims: list[Claim], attacker: ActorMention | None) -> tuple[str, Claim | None]:
    """How the report knows the attacker. A claim, denial or suspicion counts when it names
    the attacker or no side at all: a group's denial says nothing of another group's act."""
    named = attacker is not None and attacker.named

    def about_attacker(c: Claim) -> bool:
        return c.by is None or is_anaphor(c.by.text) or attacker is None or c.by.name == attacker.name

    for how in ATTRIBUTION_ORDER:
        hit = next((c for c in claims if c.how == how and about_attacker(c)), None)
        if hit and not (how == "unclaimed" and named):
            return how, hit
    return "reported", None


def name(doc: Doc, sides: Sides, kinds: set[str], etype: str, sub: str, country: str,
         group: str = "") -> tuple[Actor, Actor | None]:
    """The two sides as the record names them, in ACLED's order, for an act of type
    ``etype``/``sub`` in ``country`` (a GeoNames name); ``group`` is the crowd's own
    (students, a party's supporters), its associated actor in a protest or riot."""
    attacker, target = sides.attacker, sides.target
    where = acled_country(country)
    iso = country_iso(country)
    actor1 = _actor(doc, attacker, where, iso) if attacker else _unnamed_attacker(kinds, where)
    actor2 = _actor(doc, target, where, iso) if target else None
    actor1 = _perpetrator(actor1, attacker, sub, where)
    actor1, actor2 = _crowd_sides(etype, sub, actor1, actor2, where, group)
    actor1, actor2 = _party_first(etype, actor1, actor2)
    return actor1, actor2


def _other_side(frames: list[Frame], attacker: ActorMention | None) -> ActorMention | None:
    """With no clear target, an armed side the sentences also name: "the army engaged
    rebel forces", "gunmen raided the town ... the army drove them back"."""
    if attacker is None:
        return None
    return next((a for f in frames for a in f.others
                 if a.armed and a.name != attacker.name and a.kind != "civilians"), None)


def _choose_actor(frames: list[Frame], attr: str) -> ActorMention | None:
    found = [getattr(f, attr) for f in frames if getattr(f, attr) is not None]
    named = [a for a in found if a.named]
    return (named or found or [None])[0]


def _unnamed_attacker(kinds: set[str], country: str) -> Actor:
    """An attacker the report does not name: an air strike is a state's (armed groups
    rarely fly), anything else an unidentified armed group."""
    if "airstrike" in kinds:
        return Actor(name=role_of(country, "Military Forces"), kind="state forces")
    return Actor(name=role_of(country, "Unidentified Armed Group"), kind="rebel group")


def _state_second(acts: list[Frame], attacker: ActorMention, target: ActorMention) -> bool:
    """Whether the act is a fight between the state and another side that the report tells
    as mutual ("clashes between X and the army"), with the state named second."""
    told = [f for f in acts if f.attacker is attacker or f.target is target]
    return (bool(told) and all(f.mutual for f in told) and target.kind == "state forces"
            and attacker.kind != "state forces")


def _perpetrator(actor1: Actor, attacker: ActorMention | None, sub: str, country: str) -> Actor:
    """The side that acts, as coders name it: people who commit violence ("unknown persons
    planted a bomb", "hartal supporters hurled petrol bombs") are an unidentified armed
    group, not civilians, unless the act is a mob's ("a mob beat a thief": rioters); an
    arrest nobody is said to make is the police's; an air strike is a state's unless a
    named group is said to have flown it."""
    if attacker is None and sub == "Arrests":
        return Actor(name=role_of(country, "Police Forces"), kind="state forces")
    if sub == "Air/drone strike" and attacker is not None and not attacker.named and actor1.kind != "state forces":
        return _unnamed_attacker({"airstrike"}, country)
    if actor1.kind == "civilians" and attacker is not None and attacker.crowd and sub == "Mob violence":
        return Actor(name=role_of(country, "Rioters"), kind="rioters", text=actor1.text)  # "a mob beat a thief"
    if actor1.kind == "civilians":
        return Actor(name=role_of(country, "Unidentified Armed Group"), kind="rebel group", text=actor1.text)
    return actor1


def _party_first(etype: str, actor1: Actor, actor2: Actor | None) -> tuple[Actor, Actor | None]:
    """A gunfight between the police and a party's activists ("a BNP man was killed in a
    gunfight with police") is coded with the party first: the fight is told as theirs."""
    if etype == "Battles" and actor2 is not None and actor1.kind == "state forces" \
            and actor2.kind == "political militia":
        return actor2, actor1
    return actor1, actor2


CROWDS = {"Protests": ("Protesters", "protesters"), "Riots": ("Rioters", "rioters")}
EXCESSIVE_FORCE = "Excessive force against protesters"


def _crowd_sides(etype: str, sub: str, actor1: Actor, actor2: Actor | None,
                 country: str, group: str = "") -> tuple[Actor, Actor | None]:
    """In a protest or riot the crowd is a side of its own, and the first: "Protesters
    (Kenya)"; police who disperse or fight it are the side acted upon. Only when they
    shoot or kill protesters (excessive force) are the police the first side. The group
    the crowd comes from (students, a party's supporters) is its associated actor; a
    party told as acting is that group."""
    if etype not in CROWDS:
        return actor1, actor2
    label, kind = CROWDS[etype]
    crowd = Actor(name=role_of(country, label), kind=kind, associated=group)
    if actor1.kind == "state forces" and sub == EXCESSIVE_FORCE:
        if actor2 is not None and actor2.kind == kind:
            return actor1, replace(actor2, associated=actor2.associated or group)
        return actor1, crowd
    if actor1.kind == "state forces":
        if actor2 is not None and actor2.kind == kind:
            return replace(actor2, associated=actor2.associated or group), actor1
        return crowd, actor1
    if actor1.kind == kind:
        return replace(actor1, associated=actor1.associated or group), actor2
    if actor1.kind == "political militia" and not group:
        group = actor1.name  # "BNP activists vandalised an office": rioters of the BNP
    return Actor(name=crowd.name, kind=kind, text=actor1.text, associated=group), actor2


def _actor(doc: Doc, mention: ActorMention, country: str, iso: str) -> Actor:
    """A side as named for an act in ``country`` (ISO code ``iso``): a word that names a
    group only at home ("Maoists") names an unidentified armed group elsewhere."""
    if mention.home and iso and iso not in mention.home:
        return Actor(name=role_of(country, "Unidentified Armed Group"), kind="rebel group", text=mention.text)
    own = arguments.demonym_country(doc, mention)
    own_country = acled_country_name(own) if own else country
    return Actor(name=mention.canonical(own_country), kind=mention.kind, text=mention.text)
