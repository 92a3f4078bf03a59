"""Event type: the trigger kinds of an event, refined by whom the act was against."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from eventwire import actors
from eventwire.actors import ActorMention
from eventwire.resources import load, word_set

# Sides that can fight back: an attack on them is a battle, not violence against civilians.
COMBATANT_KINDS = {"state forces", "rebel group", "identity militia", "external forces"}
# Weapons that, used in a two-sided fight ("gunfight", "exchange of fire"), are part of the battle.
FIGHT_WEAPONS = {"shelling", "grenade", "bomb", "incendiary"}
TWO_SIDED = {"clash"}


@cache
def _kinds() -> dict[str, dict]:
    return load("kinds")


def rank(kind: str) -> int:
    return _kinds().get(kind, {}).get("rank", 0)


def victims_armed(victims: list[Token]) -> bool:
    """Whether a victim phrase names fighters: "two members of the National Guard", "three policemen"."""
    for v in victims:
        for member in (v, *v.conjuncts):
            words = sorted(_own_words(member), key=lambda t: t.i)
            if any(t.lower_ in word_set("no_longer") for t in words):
                continue  # "a retired police officer", "a former militant"
            phrase = member.doc[words[0].i:words[-1].i + 1].text  # not Doc.text: it joins the whole doc again
            if any(a.kind in COMBATANT_KINDS for a in actors.find(phrase)):
                return True
    return False


def off_duty(text: str) -> bool:
    """Whether the words about an act put its victims off duty or at home, where even
    soldiers and police officers are attacked as civilians."""
    lowered = text.lower().replace("’", "'")
    return any(phrase in lowered for phrase in word_set("off_duty"))


def _own_words(noun: Token) -> list[Token]:
    """A noun and the words that describe it, without where it was: "members of the
    National Guard", not "a teacher near the Kibera police station"."""
    out = [noun]
    stack = [c for c in noun.children if c.dep_ not in ("conj", "cc", "relcl", "acl", "appos")]
    while stack:
        tok = stack.pop()
        if tok.dep_ == "prep" and tok.lower_ not in ("of", "from"):
            continue
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in ("conj", "cc", "relcl", "acl"))
    return out


def _combatant(target: ActorMention | None, kinds: set[str], attacker: ActorMention | None = None) -> bool:
    if target is None:
        return False
    if target.kind == "political militia":
        # A party's members are civilians unless they were fighting.
        return bool(kinds & TWO_SIDED)
    if target.kind == "identity militia" and not target.named:
        # "Villagers", "locals" beaten or shot are civilians; only a fight makes them a militia.
        return bool(kinds & TWO_SIDED)
    if attacker is not None and not target.named and target.name == attacker.name and target.kind != "state forces":
        # The same unnamed group told twice ("militants ... the militants") is no second side;
        # troops on both sides are two armies or a side misread, armed either way.
        return bool(kinds & TWO_SIDED)
    return target.kind in COMBATANT_KINDS


CROWD_KINDS = {"protesters", "rioters"}
WEAPON_KINDS = {"suicide", "chemical", "airstrike", "shelling", "grenade", "bomb", "incendiary"}
# Acts against property: what makes a crowd's demonstration a riot whoever else acts,
# and what residents or students do when they riot.
PROPERTY_KINDS = {"riot", "arson", "loot"}
# Acts that make a demonstration violent.
VIOLENT_KINDS = {"riot", "arson", "attack", "kill", "clash", "shooting", "incendiary", "loot", "bomb", "grenade"}


# Sides of a street fight: crowds and the police or troops facing them.
STREET_KINDS = CROWD_KINDS | {"civilians"}


def _crowd(kinds: set[str], attacker: ActorMention | None, target: ActorMention | None, victims: bool) -> bool:
    """Whether a crowd acts: protesters or a mob; residents or students burning or
    wrecking property, with no one hurt or named as the target; or a mob the police act
    against ("police fired at rioters")."""
    if attacker is not None and attacker.kind in CROWD_KINDS:
        return True
    if attacker is not None and attacker.kind == "civilians" and target is None and not victims \
            and kinds & PROPERTY_KINDS and kinds <= PROPERTY_KINDS | {"protest"}:
        return True
    return target is not None and target.kind == "rioters" and not kinds & WEAPON_KINDS


def _street_fight(kinds: set[str], attacker: ActorMention | None, target: ActorMention | None) -> bool:
    """A clash no armed group takes part in: police and protesters, a mob and residents.
    Only a crowd or a protest or riot word tells it from a battle: villagers or cadres
    who clash may be a communal or a party militia."""
    if "clash" not in kinds or kinds & WEAPON_KINDS:
        return False
    sides = [a for a in (attacker, target) if a is not None]
    if any(a.kind not in STREET_KINDS | {"state forces"} for a in sides):
        return False
    return any(a.kind in CROWD_KINDS for a in sides) or bool(kinds & {"protest", "riot"})


def _demonstration(kinds: set[str], attacker: ActorMention | None, crowd: bool) -> tuple[str, str] | None:
    """Protests and riots: a crowd acting, or a protest met by force.

    A crowd that turns violent is a riot; the state's force against protesters is a
    protest with intervention or, when people are shot or killed, excessive force."""
    if not crowd:
        if "protest" not in kinds or kinds & WEAPON_KINDS:
            return None  # arson or a bomb during a strike is still that attack
        if attacker is not None and attacker.kind not in ("state forces", "civilians"):
            return None  # an armed group's act during a protest is still that act
    if attacker is not None and attacker.kind == "state forces" and "protest" in kinds:
        if kinds & PROPERTY_KINDS:
            return "Riots", "Violent demonstration"  # "protesters clashed with police", stoned them
        if kinds & {"kill", "shooting"}:
            return "Protests", "Excessive force against protesters"
        return "Protests", "Protest with intervention"
    if crowd and attacker is not None and attacker.kind == "rioters" and "protest" not in kinds:
        return "Riots", "Mob violence"
    if kinds & VIOLENT_KINDS:
        return "Riots", "Violent demonstration"
    if "protest" in kinds:
        return "Protests", "Peaceful protest"
    return None


def event_type(kinds: set[str], attacker: ActorMention | None, target: ActorMention | None,
               armed_victims: bool, victims: bool = False, unguarded: bool = False) -> tuple[str, str]:
    """(event_type, sub_event_type) by ACLED's rules: the remote weapon wins over the target,
    except in a two-sided fight, where thrown or fired weapons are part of the battle.
    ``unguarded``: the victims were off duty or at home (:func:`off_duty`)."""
    table = _kinds()
    kinds = {"bomb" if k == "blast" else k for k in kinds if k in table}  # an explosion alone: a bomb's
    if "incendiary" in kinds:
        kinds.discard("bomb")  # "the bomb" after "a petrol bomb" is the same firebomb
    armed = armed_victims or _combatant(target, kinds, attacker)
    if target is None and not victims and attacker is not None and attacker.kind == "state forces":
        armed = True  # state forces firing with no civilian named as hit: fire at their opponents
    if unguarded and not kinds & TWO_SIDED and (target is None or target.kind == "state forces"):
        armed = False  # a soldier or police officer at home is no side of a fight
    if _street_fight(kinds, attacker, target):
        state = any(a is not None and a.kind == "state forces" for a in (attacker, target))
        return "Riots", "Violent demonstration" if state or "protest" in kinds else "Mob violence"
    stronger = {k for k in kinds if rank(k) > rank("clash")}
    if kinds & TWO_SIDED and armed and stronger <= FIGHT_WEAPONS:
        return "Battles", "Armed clash"
    crowd = _crowd(kinds, attacker, target, victims)
    demo = _demonstration(kinds, attacker, crowd)
    if demo is not None:
        return demo
    if kinds & {"riot", "arson"} and not crowd:
        # Arson or vandalism by anyone but a crowd is an attack on what was burnt.
        kinds = (kinds - {"riot", "arson"}) | {"attack"}
    kind = max(kinds, key=rank)
    spec = table[kind]
    # Only the victims' own words: a target may be the police who reported the kidnapping.
    if kind == "abduction" and armed_victims and (attacker is None or attacker.kind != "state forces"):
        return "Battles", "Armed clash"  # soldiers or police seized by a group: a fight the group won
    if "type" in spec:
        if kind == "takeover" and attacker is not None and attacker.kind == "state forces":
            return spec["type"], spec["state_sub"]
        return spec["type"], spec["sub"]
    if not armed and "clash" in kinds:
        armed = True
    return tuple(spec["armed"] if armed else spec["unarmed"])  # type: ignore[return-value]
