"""Event type: the trigger kinds of an event, refined by whom the act was against."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from eventwire import actors
from eventwire.actors import ActorMention
from eventwire.crowd_people import bare_crowd
from eventwire.crowds import Crowd, from_sides
from eventwire.mentions import FIGHT_KINDS, TWO_SIDED, WEAPON_KINDS, Trigger
from eventwire.riot_types import demonstration, villagers
from eventwire.resources import load, word_pattern, word_set

# Sides that can fight back: an attack on them is a battle, not violence against civilians.
COMBATANT_KINDS = {"state forces", "rebel group", "identity militia", "external forces"}
# Weapons that, used in a two-sided fight ("gunfight", "exchange of fire"), are part of the battle.
FIGHT_WEAPONS = {"shelling", "grenade", "bomb", "incendiary"}
# Prepositions that make a fight the time or cause of another act: "killed during clashes".
_SETTING_PREPS = word_set("act_adjunct_preps")
# Verbs that make their subject the cause of a toll: "clashes left two women dead".
_TOLL_CAUSES = word_set("toll_cause_verbs")


@cache
def _kinds() -> dict[str, dict]:
    return load("kinds")


def rank(kind: str) -> int:
    return _kinds().get(kind, {}).get("rank", 0)


def victims_armed(victims: list[Token]) -> bool:
    """Whether a victim phrase names fighters: "two members of the National Guard", "three policemen",
    or guards alone ("a security guard", "a guard and his colleague", not "a leader and his guards")."""
    if only_guards(victims):
        return True
    for v in victims:
        for member in (v, *v.conjuncts):
            words = sorted(_own_words(member), key=lambda t: t.i)
            if any(t.lower_ in word_set("no_longer") for t in words) or member.lower_ in word_set("tied_people"):
                continue  # "a retired police officer", "a former militant", "a rebel sympathiser"
            phrase = member.doc[words[0].i:words[-1].i + 1].text  # not Doc.text: it joins the whole doc again
            if any(a.kind in COMBATANT_KINDS and not villagers(a) for a in actors.find(phrase)):
                return True
            if any(t.lower_ in word_set("armed_people") for t in words):
                return True  # "two suspected gang members", "three cattle rustlers"
            if member.lower_ in word_set("bare_officers") and all(t.i == member.i or t.dep_ in ("det", "nummod") for t in words):
                return True  # "two officers were killed": security officers, named by nothing else
    return False


def fellows_only(victims: list[Token]) -> bool:
    """Whether everyone an act was done to is told as the doer's colleagues: "a police officer
    shot dead two of his colleagues". A soldier's or officer's colleagues are armed men of his
    own force, so the act is a fight within it, not violence against civilians."""
    members = [m for v in victims for m in (v, *v.conjuncts)]
    fellows = [m for m in members if any(t.lower_ in word_set("colleagues") for t in _own_words(m))]
    # "two colleagues and injured a third one": the others told by a number are more of them
    return bool(fellows) and all(m in fellows or m.lower_ in word_set("more_of_them") for m in members)


def only_guards(victims: list[Token]) -> bool:
    """Whether the people an act was done to are guards and no one else: "a guard and his
    colleague", "ambushed the guards, killing three", not "a leader and his guards"."""
    members = list(dict.fromkeys(m for v in victims for m in (v, *v.conjuncts)))
    guards = [m for m in members if m.lower_ in word_set("armed_guards")]
    return bool(guards) and all(m in guards or m.like_num or m.lower_ in word_set("guards_fellows") for m in members)


def victims_civilian(victims: list[Token]) -> bool:
    """Whether a victim phrase names civilians by what they are: "two women", "a teacher"."""
    return any(t.lower_ in word_set("civilian_victims") for v in victims for member in (v, *v.conjuncts)
               for t in _own_words(member))


def off_duty(text: str) -> bool:
    """Whether the words about an act put its victims off duty or at home, where even
    soldiers and police officers are attacked as civilians."""
    lowered = text.lower().replace("’", "'")
    return any(phrase in lowered for phrase in word_set("off_duty"))


def defenceless(text: str) -> bool:
    """Whether the words about an act tell of victims held, beaten or unarmed: "tortured in
    custody", "beat a trader while arresting him", "shot an unarmed man"."""
    return word_pattern("defenceless").search(text.lower()) is not None


def _harm_words(text: str) -> list[bool]:
    """For each word of harm in ``text``, whether a negation before it in its sentence takes it back."""
    return [word_pattern("negators").search(sentence, 0, hit.start()) is not None
            for sentence in re.split(r"[.;!?]", text.lower()) for hit in word_pattern("harm_words").finditer(sentence)]


def harm_told(text: str) -> tuple[bool, bool]:
    """Whether the words about an act tell people killed or hurt, where the parse may have
    found no toll ("killing four and stealing cattle"), and whether they say no one was
    ("no injuries were reported", "without casualties"): a word after a negation in its
    sentence is a denial, not harm."""
    negated = _harm_words(text)
    return any(not n for n in negated), any(negated)


def no_resistance(text: str) -> bool:
    """Whether the words about an act say its victims put up no fight: "shot an unarmed
    man", "an extrajudicial killing of two suspected militants", "killed in custody"."""
    return word_pattern("no_resistance").search(text.lower()) is not None


def answered_with_force(doc: Doc, triggers: list[Trigger]) -> bool:
    """Whether state forces stepped in and killed or shot in doing so: "police intervened,
    shooting dead two of the attackers", "troops responded, killing three". Those they killed
    were fighting them (a demonstration they stepped into is told by the crowd first)."""
    for t in triggers:
        if t.kind not in ("kill", "shooting"):
            continue
        verb = t.head(doc).head
        if t.head(doc).dep_ not in ("advcl", "xcomp", "conj") or verb.lemma_.lower() not in word_set("answering_verbs"):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects and any(a.kind == "state forces" for a in actors.find(doc[subjects[0].left_edge.i:subjects[0].i + 1].text)):
            return True
    return False


@cache
def _wrecking_words() -> frozenset[str]:
    spec = load("triggers")["wrecking"]
    words = {w for p in spec.get("phrases", []) for w in p.lower().split()} - {"of", "to"}
    return frozenset(spec.get("lemmas", [])) | words


def wrecked(doc: Doc, triggers: list[Trigger]) -> bool:
    """Whether a sentence's property word tells things wrecked ("destroyed the equipment", "damage to
    property"), not things taken ("looted shops", "drove off cattle"): a raid that took
    cattle may have hurt herders the report does not name; one told by what it wrecked is
    told whole."""
    # The attack told as a deed beside it ("stormed the camp and destroyed the graders"), not
    # named by a noun that calls the wrecking an attack ("destroyed the terminal, in the most
    # serious attack on the industry"): that names an attack whose other harm is not told.
    deeds = all(t.head(doc).pos_ == "VERB" for t in triggers if t.kind == "attack")
    return deeds and any(t.kind == "loot" and any(w.lemma_.lower() in _wrecking_words() for w in doc[t.start:t.end])
                         for t in triggers)


def fight_as_setting(doc: Doc, triggers: list[Trigger], prepositions: bool = True) -> bool:
    """Whether every fight word of an act names its setting, not the act: "killed during
    ethnic clashes", "after days of fighting", not "two clans clashed", "troops fired on each
    other" nor "killed in a clash between two groups" (a fight told with its sides is the act).
    With ``prepositions``, each must also name when or after what it happened ("during"), or
    be what left the toll ("clashes left two women dead")."""
    fights = [doc[t.end - 1] for t in triggers if t.kind in TWO_SIDED]

    def setting(t: Token) -> bool:
        return (t.pos_ == "NOUN" or t.pos_ == "VERB" and t.dep_ == "pobj") and not any(c.lower_ == "between" for c in t.children) \
            and (not prepositions or t.dep_ == "pobj" and t.head.lower_ in _SETTING_PREPS
                 or t.dep_ == "nsubj" and t.head.lemma_ in _TOLL_CAUSES)  # "clashes left two women dead"

    # A fight word inside the words of another that sets the act ("during the fighting linked to
    # clashes over land") tells more of that setting.
    settings = [t for t in fights if setting(t)]
    return bool(fights) and all(setting(t) or t.pos_ == "NOUN" and any(s.i != t.i and t in s.subtree for s in settings)
                                for t in fights)


def _own_words(noun: Token) -> list[Token]:
    """A noun and the words that describe it, without where it was: "members of the
    National Guard", not "a teacher near the Kibera police station"."""
    out = [noun]
    stack = [c for c in noun.children if c.dep_ not in ("conj", "cc", "relcl", "acl", "appos")]
    while stack:
        tok = stack.pop()
        if tok.dep_ == "punct" or tok.dep_ == "prep" and tok.lower_ not in ("of", "from"):
            continue  # a full stop hung on a headline's noun would stretch its words over the sentence
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in ("conj", "cc", "relcl", "acl"))
    return out


def _combatant(target: ActorMention | None, kinds: set[str], attacker: ActorMention | None = None) -> bool:
    if target is None:
        return False
    if target.kind == "political militia":
        # A party's members are civilians unless they were fighting.
        return bool(kinds & TWO_SIDED)
    if target.kind == "identity militia" and (not target.named or villagers(target)):
        # "Villagers", "locals" beaten or shot are civilians; only a fight makes them a militia.
        return bool(kinds & TWO_SIDED)
    if attacker is not None and not target.named and target.name == attacker.name and target.kind != "state forces":
        # The same unnamed group told twice ("militants ... the militants") is no second side;
        # troops on both sides are two armies or a side misread, armed either way.
        return bool(kinds & TWO_SIDED)
    return target.kind in COMBATANT_KINDS


# Acts that hurt or seize the people they are done to (not an arrest or a dispersal).
HARM_KINDS = {"kill", "shooting", "attack", "abduction", "incendiary"}
# Acts against property: wrecked, burnt or looted with no one hurt.
PROPERTY_KINDS = {"riot", "arson", "loot"}


@dataclass(frozen=True)
class ActFacts:
    """What the words about an act say of its victims and harm, beyond its kinds and sides:
    the facts :func:`event_type` weighs, each read by the function named beside it."""
    armed_victims: bool = False  # the victims could fight back (:func:`victims_armed`)
    victims: bool = False  # people were hurt, not "no one was hurt"
    unguarded: bool = False  # the victims were off duty or at home (:func:`off_duty`)
    civilians_in_fight: bool = False  # civilians hurt in a fight told only as the setting (:func:`fight_as_setting`)
    fight_named: bool = False  # the fight words are nouns with no sides told (``fight_as_setting(..., False)``)
    held: bool = False  # the victims were held, beaten or unarmed (:func:`defenceless`)
    deaths: bool = False  # the words about the act count people killed in it
    communal_fight: bool = False  # a fight told names herders or a people among its sides (:func:`communal_fight`)
    abducted_hurt: bool = False  # the act tells a kidnapping, and one of its sentences people killed or hurt
    killed_apart: bool = False  # the act's kidnapping is told, and in another sentence a killing (:func:`eventwire.kidnappings.killed_apart`)
    harmed: tuple[bool, bool] = (False, False)  # harm told, and no one hurt told (:func:`harm_told`)
    unresisting: bool = False  # the victims put up no fight, armed men or not (:func:`no_resistance`)
    answered: bool = False  # state forces stepped in and killed or shot (:func:`answered_with_force`)
    civilians_hurt: bool = False  # those killed or hurt are named as civilians (:func:`victims_civilian`)
    fellows: bool = False  # those hurt are the doer's colleagues (:func:`fellows_only`)
    property_wrecked: bool = False  # the property words tell things wrecked, not taken (:func:`wrecked`)


def event_type(kinds: set[str], attacker: ActorMention | None, target: ActorMention | None,
               facts: ActFacts = ActFacts(), crowd: Crowd | None = None) -> tuple[str, str]:
    """(event_type, sub_event_type) by ACLED's rules: the remote weapon wins over the target,
    except in a two-sided fight, where thrown or fired weapons are part of the battle.
    ``crowd``: what crowds and the state did (:func:`eventwire.crowds.read`)."""
    table = _kinds()
    exploded = "blast" in kinds
    kinds = {"bomb" if k == "blast" else k for k in kinds if k in table}  # an explosion alone: a bomb's
    if "incendiary" in kinds:
        kinds.discard("bomb")  # "the bomb" after "a petrol bomb" is the same firebomb
    if "bomb" in kinds and "shooting" in kinds:
        # A complex ambush, a roadside bomb and then gunfire: the shooting tells who could fight
        # back, so it is coded by its target like any gun attack, not as a remote explosive.
        kinds.discard("bomb")
    if crowd is None:
        crowd = _crowd_from_sides(kinds, attacker, target)
    developed = _development(kinds, attacker, target, facts.victims, exploded, facts.unresisting)
    if developed is not None:
        return developed
    demo = demonstration(kinds, attacker, target, crowd, facts.deaths, facts.communal_fight, facts.victims)
    if demo is not None:
        return demo
    kinds -= {"protest", "disperse", "lynch"} if kinds - {"protest", "disperse", "lynch"} else set()
    if _assault_on_forces(kinds, attacker, target, facts):
        return "Battles", "Armed clash"
    if kinds & TWO_SIDED and _civilians_in_setting(kinds, attacker, target, facts):
        # "A teacher killed during ethnic clashes", "raiders killed civilians in four days of
        # fighting": the fight is the setting; civilians hurt in it were attacked.
        kinds = (kinds - TWO_SIDED) | {"attack"}
    armed = _fought_back(kinds, attacker, target, facts)
    stronger = {k for k in kinds if rank(k) > rank("clash")}
    if kinds & TWO_SIDED and armed and stronger <= FIGHT_WEAPONS:
        return "Battles", "Armed clash"
    if kinds & PROPERTY_KINDS:
        if _only_property(kinds, attacker, target, facts):
            return "Strategic developments", "Looting/property destruction"
        kinds = (kinds - PROPERTY_KINDS) | {"attack"}  # arson or vandalism that hurt people: an attack
    # Kidnapped and killed or hurt: the harm is the act, told in the sentence of the kidnapping
    # or in another sentence about it ("was kidnapped on Monday. His body was found days later").
    if "abduction" in kinds and (facts.abducted_hurt or facts.killed_apart) and not facts.armed_victims:
        kinds = (kinds - {"abduction"}) | {"attack"}
    kind = max(kinds, key=rank)
    spec = table[kind]
    # Only the victims' own words: a target may be the police who reported the kidnapping.
    if kind == "abduction" and facts.armed_victims and (attacker is None or attacker.kind != "state forces"):
        return "Battles", "Armed clash"  # soldiers or police seized by a group: a fight the group won
    if "type" in spec:
        if kind == "takeover" and attacker is not None and attacker.kind == "state forces":
            return spec["type"], spec["state_sub"]
        return spec["type"], spec["sub"]
    if not armed and "clash" in kinds:
        armed = True
    return tuple(spec["armed"] if armed else spec["unarmed"])  # type: ignore[return-value]


def _assault_on_forces(kinds: set[str], attacker: ActorMention | None, target: ActorMention | None,
                       facts: ActFacts) -> bool:
    """Whether men threw grenades and fired guns at soldiers or police on duty ("hurled a grenade
    at the patrol and opened fire"): the grenade is a weapon of an armed assault on men who can
    fight back, coded as the fight it is part of. (A planted bomb or mine goes off with no one
    there to fight: it stays a remote weapon.)"""
    return {"grenade", "shooting"} <= kinds and target is not None and target.kind == "state forces" \
        and (attacker is None or attacker.kind != "state forces") and not facts.unguarded


def _civilians_in_setting(kinds: set[str], attacker: ActorMention | None, target: ActorMention | None,
                          facts: ActFacts) -> bool:
    """Whether civilians were hurt in a fight told only as the setting of the act, or an act is
    told against civilians while fights are named with no sides: "militias attacked civilians
    amid ethnic clashes" (an attack word needs no attacker the parse found)."""
    civilians = facts.civilians_in_fight or (facts.fight_named and _civilian_target(target) and (
        attacker is not None and bool(kinds & {"attack", "kill", "shooting"}) or "attack" in kinds))
    return civilians and not facts.armed_victims and not _combatant(target, set(), attacker)


def _fought_back(kinds: set[str], attacker: ActorMention | None, target: ActorMention | None,
                 facts: ActFacts) -> bool:
    """Whether the side acted upon could and did fight: a battle, not violence against civilians."""
    armed = facts.armed_victims or _combatant(target, kinds, attacker)
    if facts.civilians_hurt and not facts.armed_victims and not kinds & TWO_SIDED and target is not None \
            and target.kind not in ("state forces", "external forces"):
        armed = False  # "three civilians killed" while a militia is named elsewhere: the dead were no fighters
    if target is None and not facts.victims and not facts.held and attacker is not None \
            and attacker.kind == "state forces":
        armed = True  # state forces firing with no civilian named as hit: fire at their opponents
    if facts.unguarded and not kinds & TWO_SIDED and (target is None or target.kind == "state forces"):
        armed = False  # a soldier or police officer at home is no side of a fight
    if facts.answered:
        armed = True  # "police intervened, shooting dead two of the raiders": they fought the raiders
    if facts.fellows and attacker is not None and attacker.kind == "state forces":
        armed = True  # "an officer shot two of his colleagues": men of his own force
    if facts.unresisting and not kinds & TWO_SIDED:
        armed = False  # "an unarmed officer", "suspected militants killed in custody": no side fought back
    return armed


def _only_property(kinds: set[str], attacker: ActorMention | None, target: ActorMention | None,
                   facts: ActFacts) -> bool:
    """Whether an act with property words wrecked, burnt or took property and hurt no one."""
    owners = kinds == {"loot"} and target is not None and (target.kind == "civilians" or villagers(target))
    hurt, unhurt = facts.harmed
    # An attack told only by what it wrecked, burnt or took, on no side that could fight back,
    # where the report says no one was hurt: "raiders attacked the village and drove off the
    # cattle; no injuries were reported". Without that, the raid may have hurt people unnamed.
    # An attack told with what it wrecked or burnt ("stormed the site and destroyed the
    # machines", "attacked a farm and razed the houses") and no harm tells property destroyed.
    # (Homes burnt in a raid are coded as the raid on their people: only wrecking words count.)
    wrecking = "loot" in kinds and facts.property_wrecked
    raided = kinds & FIGHT_KINDS == {"attack"} and (unhurt or wrecking) and not hurt and not facts.armed_victims \
        and not facts.held and not _combatant(target, kinds, attacker) and not _civilian_target(target) \
        and not (target is not None and villagers(target))
    # Wrecked or burnt with no one hurt, whoever owned it: "arsonists burnt the police station".
    # (Animals killed or driven off are property: their words of killing tell no one hurt.)
    # A crowd's violence against armed men ("clashed with police") is a fight, not property.
    fought = "riot" in kinds and _combatant(target, kinds, attacker)
    wrecked = not kinds & FIGHT_KINDS and not fought and (not hurt or kinds == {"loot"} and (target is None or owners))
    # wrecked, burnt or looted, no one hurt; or only taken or killed from its owners
    # ("stole the herders' goats", "killed the pastoralists' cattle")
    return not facts.victims and (wrecked or raided)


def _civilian_target(target: ActorMention | None) -> bool:
    """A side acted upon told by words for civilians ("civilians", "women and children")."""
    return target is not None and target.kind == "civilians" and \
        any(w in word_set("civilian_victims") for w in target.text.lower().split())


def _development(kinds: set[str], attacker: ActorMention | None, target: ActorMention | None,
                 victims: bool, exploded: bool = False, unresisting: bool = False) -> tuple[str, str] | None:
    """Strategic developments that other words in the event would otherwise hide: weapons
    found or made safe before anyone was hurt (the bomb words name the weapon, not a
    blast: with a bomb that went off, the others found are its aftermath), and a place
    taken with no fighting told and no armed side there to fight, or with none put up
    ("took the camp without a fight after the soldiers left")."""
    if "defuse" in kinds and not victims and not exploded and not kinds & (FIGHT_KINDS - WEAPON_KINDS):
        return "Strategic developments", "Disrupted weapons use"
    if kinds == {"disperse"} and target is not None and target.kind == "rebel group" and not target.crowd \
            and not bare_crowd(target):
        return "Strategic developments", "Other"  # "troops fired warning shots to drive off gunmen": no gathering
    if "mishap" in kinds and not kinds & (FIGHT_KINDS - WEAPON_KINDS - {"kill"}):
        return "Strategic developments", "Disrupted weapons use"  # "killed when the bomb they were planting went off"
    if "takeover" in kinds and not victims and not kinds & FIGHT_KINDS \
            and (attacker is None or attacker.kind != "state forces") \
            and (target is None or not target.armed or "occupation" in kinds or unresisting):  # "after troops withdrew"
        return "Strategic developments", "Non-violent transfer of territory"
    return None


def _crowd_from_sides(kinds: set[str], attacker: ActorMention | None, target: ActorMention | None) -> Crowd:
    """What the kinds and sides alone tell of a crowd, where the sentences are not at hand."""
    crowd = Crowd(demonstration="protest" in kinds, intervened="disperse" in kinds)
    if attacker is not None and attacker.kind == "state forces" and kinds & {"kill", "shooting"}:
        crowd.force = True
    if "protest" in kinds and kinds & {"riot", "arson", "loot", "clash"}:
        crowd.violent = True
    return from_sides(crowd, kinds, attacker, target)
