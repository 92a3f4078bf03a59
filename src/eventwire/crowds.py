"""Crowds: who acts in a protest or a riot, what the crowd did and what was done to it.

ACLED tells protests and riots apart by acts, not by words for them: a demonstration
whose people throw stones, burn tyres or fight the police is a violent one; one the
police only disperse or arrest is a protest with intervention; one whose people are
shot, killed or badly hurt by the state, without violence of their own, met excessive
force. A crowd that attacks people or property with no demonstration (a lynching, a
fight between rival supporters) is mob violence. This module reads those acts from the
sentences of one event, each act with the people who did it (the subject of its verb).

Data: ``data/crowds.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventwire import actors, opponents, protest_words
from eventwire.actors import ActorMention
from eventwire.crowd_people import agent, crowd_data, crowd_words, passive_participle, people_named, phrase, side_of
from eventwire.mentions import Trigger
from eventwire.protest_words import HARM_ACTS, LETHAL_ACTS

# What a crowd does that makes it violent. (A petrol bomb thrown at a bus is an attack on
# its passengers, whoever throws it.)
VIOLENT_ACTS = {"riot", "arson", "loot", "attack", "kill", "clash", "lynch", "shooting"}
# Acts that need no one named to be a crowd's: stones, barricades, vandalism, lynching.
CROWD_ACTS = {"riot", "lynch"}
# What the state does that hurts people.
FORCE_ACTS = {"kill", "shooting", "attack"}
# What the state does to stop a gathering without hurting it.
INTERVENTION_ACTS = {"disperse", "arrest"}
DEMONSTRATION_ACTS = {"protest"}
# Acts against property, a demonstration's when no one else is named doing them.
PROPERTY_ACTS = {"riot", "arson", "loot"}
# Sides whose violence is their own act, not a crowd's (a party's men are read apart: "party").
ARMED_SIDES = actors.ARMED_KINDS - {"political militia"}


@dataclass
class Crowd:
    """What the sentences of one event say crowds and the state did."""

    demonstration: bool = False  # people protested: marched, struck, demonstrated, blocked a road
    rioting: bool = False  # a demonstration's violence ("riots erupted", "barricaded the road", "fought the police")
    violent: bool = False  # the crowd fought, stoned, burnt, wrecked, looted or attacked
    acting: bool = False  # a crowd is the side that acts (its people are named doing it)
    armed: bool = False  # the crowd's side used firearms or explosives
    intervened: bool = False  # the state dispersed or arrested people
    force: bool = False  # the state shot, killed or beat people
    band: bool = False  # people named as a group hurt someone with no mob's words: an attack
    attacked: bool = False  # the demonstration itself is what was shot at or attacked ("fired at a rally")
    during: bool = False  # a protest named only as the time of the acts ("clashed during the rally")
    died: bool = False  # someone was killed and no one is named as the killer ("a student was shot dead")
    crude: bool = False  # the crowd that fought threw crude bombs ("hurled crude bombs at each other")
    opposed: bool = False  # others hurt the demonstrators ("party men assaulted the marchers"): their band, not the crowd
    words: Span | None = None  # the words that name the crowd ("students of the university")




def _accused_victim(sent: Span, attacker: ActorMention | None) -> bool:
    """Whether a sentence names someone accused of a crime who is not the doer: "a suspected
    thief was beaten", "five suspected witches burnt to death" (a headline's victim is its
    subject), "a man was killed over witchcraft claims"; not "cattle rustlers attacked"."""
    for t in sent:
        person = t.lower_ in crowd_words("accused_people") or t.lemma_.lower() in crowd_words("accused_people")
        # the crime a harm is done "over" or "for": "killed over witchcraft claims"
        charge = t.lower_ in crowd_words("accused") and any(
            a.dep_ == "prep" and a.lower_ in crowd_words("charge_preps") for a in list(t.ancestors)[:3])
        victim = t.dep_ not in ("nsubj", "agent") or passive_participle(t.head, "kill")
        if (person or charge) and victim \
                and not (attacker is not None and attacker.start <= t.idx < attacker.end) \
                and not any(a.dep_ in ("nsubj", "agent") and not passive_participle(a.head, "kill") or a.lower_ == "by"
                            for a in t.ancestors):
            return True
    return False


def _by_someone(doc: Doc, trigger: Trigger) -> bool:
    """Whether a "by" follows a passive act closely, naming its doer even where the parse
    lost it ("two men were beaten to death on Friday night by villagers")."""
    return any(w.lower_ == "by" for w in doc[trigger.end:min(len(doc), trigger.end + crowd_data()["by_window"])])


def _others_deed(doc: Doc, trigger: Trigger) -> bool:
    """Whether an act of harm is told with its own doer or as what a protest answers, so the
    protesters a sentence names are not its doers: "protested the death of a student killed
    by her boyfriend", "blocked the highway after five guards were killed"."""
    root = doc[trigger.start:trigger.end].root
    return any(c.dep_ == "agent" for c in root.children) or _passive(root) and _by_someone(doc, trigger) \
        or protest_words.a_cause(root)


def _by_state(doc: Doc, trigger: Trigger) -> bool:
    """Whether the words right after an act name the state as its doer: "shot dead by police"."""
    after = doc[trigger.end:min(len(doc), trigger.end + 3)]
    by = next((w for w in after if w.lower_ == "by"), None)
    return by is not None and any(side_of(w) == "state" for w in doc[by.i + 1:min(len(doc), by.i + 4)]
                                  if w.pos_ in ("NOUN", "PROPN"))


def _passive(verb: Token) -> bool:
    """A verb told of its victim with no doer: "three suspected thieves were burnt to death",
    or a headline's "five suspected witches burnt to death" (not "a crowd of villagers beat
    two men to death", whose subject names people who act)."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or verb.head.dep_ == "nsubjpass" \
        or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children) \
        or passive_participle(verb, "kill") and not any(c.dep_ == "nsubj" and side_of(c) for c in verb.children)


def _unarmed(attacker: ActorMention | None, sent: Span) -> bool:
    """Whether no armed side or state is named as the doer and no firearm is told: harm to a
    person a mob accuses is then the mob's."""
    return (attacker is None or attacker.crowd or attacker.kind in ("civilians", "rioters", "protesters")
            or attacker.kind == "identity militia" and not attacker.named) \
        and not _firearms(sent.text) and not any(t.lemma_.lower() == "shoot" for t in sent)


def _firearms(text: str) -> bool:
    words = set(re.findall(r"[a-z0-9-]+", text.lower()))
    return not words.isdisjoint(crowd_words("firearms"))


def read(doc: Doc, sentences: list[tuple[list[Trigger], ActorMention | None, ActorMention | None]]) -> Crowd:
    """The crowd acts of one event from its sentences: each a list of triggers with the
    sentence's attacker and target."""
    crowd = Crowd()
    # An armed side named anywhere in the event: acts nobody is said to do are its, not a crowd's.
    armed_side = any(a is not None and not a.crowd
                     and (a.kind == "rebel group" or a.kind == "identity militia" and a.named) for _, a, _ in sentences)
    firebombs = any(t.kind == "incendiary" for triggers, _, _ in sentences for t in triggers)
    # Guns or shots told in any sentence of the event: a fight with them is no crowd's brawl.
    told = {doc[t.start].sent.start: doc[t.start].sent for triggers, _, _ in sentences for t in triggers}
    gunfire = any(_firearms(s.text) or any(w.lemma_.lower() == "shoot" for w in s) for s in told.values())
    demanding = False
    gathered = False  # the state dispersed people: a gathering, whatever words name it
    # The demonstration's people, and the words of those who set upon them (:mod:`eventwire.opponents`).
    people, pointed = set(), False
    for t in (t for triggers, _, _ in sentences for t in triggers if t.kind in DEMONSTRATION_ACTS):
        words, pronoun = opponents.demonstrators(doc[t.start:t.end].root, t, doc)
        people, pointed = people | words, pointed or pronoun
    against: set[str] = set()
    only_protest = all(t.kind in DEMONSTRATION_ACTS | INTERVENTION_ACTS for triggers, _, _ in sentences for t in triggers)
    for triggers, attacker, target in sentences:
        sent = doc[triggers[0].start].sent if triggers else None
        # Acts a crowd protests or demands justice for were done before, by others: "demanding
        # justice for the prior killing of a student", "against the assault on their leader".
        triggers = [t for t in triggers if t.kind in DEMONSTRATION_ACTS | INTERVENTION_ACTS
                    or not protest_words.demanded(doc[t.start:t.end].root, clauses=False)
                    and not protest_words.earlier(doc[t.start:t.end].root)]
        triggers = [t for t in triggers if not protest_words.symbolic(doc[t.start:t.end].root)]
        # A demonstration this sentence tells, not one it sets other acts in: its property acts
        # with no doer named are the demonstrators' ("offices were burnt in protest").
        protesting = any(t.kind in DEMONSTRATION_ACTS and not _context(doc[t.start:t.end].root) for t in triggers)
        # a demonstration the sentence sets its acts "during": no doer named, they are its own
        amid = any(t.kind in DEMONSTRATION_ACTS and _during(doc[t.start:t.end].root) for t in triggers)
        mob = sent is not None and (_mob_words(sent) or _untold_doers(sent))
        demanding |= sent is not None and protest_words.demanding(sent)
        known = False  # a trigger's doer is the state's or an armed group's
        riot_doers: set[str] = set()  # who fought in the sentence's rioting words
        # an armed band told doing any act of the sentence: "an armed gang clashed with police; a robber was killed"
        band = any(side_of(agent(t, doc)) == "armed" for t in triggers)
        theirs: list[int] = []  # acts of the demonstration's opponents: no crowd's of its own
        for t in triggers:
            who = agent(t, doc)
            side = side_of(who)
            if (t.kind == "clash" or t.kind == "riot" and _fight(doc[t.start:t.end])) and who is not None \
                    and side == "state" and any(side_of(c) == "crowd" for c in who.conjuncts):
                side = "crowd"  # "police and demonstrators clashed", "engaged in running battles": the crowd fought
            if side == "" and who is None and t.kind in HARM_ACTS and _by_state(doc, t):
                side = "state"  # "one protester shot dead by police", where the parse lost the doer
            known |= side in ("state", "armed")
            if t.kind in CROWD_ACTS and _fight(doc[t.start:t.end]):
                riot_doers.add(side)  # "clashed with police", "running battles": a fight, whoever fought it
            if side == "crowd" and t.kind in HARM_ACTS and _told_by_other(attacker, who):
                side = ""  # "gunmen fired on the activists, killing both": the gunmen's act, misparsed
            if side == "crowd" and armed_side and who is not None and who.lower_ in crowd_words("bare_crowds"):
                side = ""  # "two groups clashed" in a report of a named armed group: its fighters
            partisan = side == "party" or _partisan(who)
            if side == "party":
                side = "crowd"  # "BNP activists", "Chhatra League men": a party's people fight as a crowd
            if t.kind in HARM_ACTS and side in ("", "state", "armed") and _others_deed(doc, t):
                theirs.append(t.start)  # not the crowd's deed, whoever the sentence puts first
            elif side == "" and attacker is not None and attacker.kind in ("protesters", "rioters"):
                side = "crowd"
            if t.kind == "clash" and not armed_side and not gunfire:
                brawler = _crowd_fighter(doc[t.start:t.end].root, who)
                if brawler is not None:
                    # "supporters of two candidates clashed", "police clashed with traders": a crowd's fight
                    who, side = brawler, "crowd"
            if side == "armed" and t.kind in HARM_ACTS and who is not None and not armed_side \
                    and any(w.lower_ in crowd_words("vigilantes") for w in phrase(who, conjuncts=False)) \
                    and not _firearms(sent.text) and _accused_victim(sent, attacker):
                side = "crowd"  # "a vigilante militia beat two suspected thieves to death": a mob's rough justice
            if side == "" and t.kind in HARM_ACTS and not armed_side and not band and _unarmed(attacker, sent) \
                    and (who is None and (_passive(doc[t.start:t.end].root) and not _by_someone(doc, t) or _plain_people(attacker))
                         or who is not None and who.lower_ in crowd_words("collectives")
                         and not any(c.dep_ == "prep" for c in who.children)) \
                    and _accused_victim(sent, attacker):
                side = "crowd"  # "a suspected thief was beaten to death", "a group lynched a man accused of theft"
            if side in ("crowd", "") and t.kind in HARM_ACTS | {"riot"} and who is not None and (people or pointed) \
                    and not (t.kind in LETHAL_ACTS and protest_words.grave(doc[t.start:t.end])):
                doers = opponents.opposing(t, doc, people, pointed)
                if doers is not None:
                    crowd.opposed = crowd.intervened = True  # "party men assaulted the students during their protest"
                    against |= doers
                    theirs.append(t.start)
                    continue
            if side == "crowd" and t.kind in VIOLENT_ACTS and who is not None and against \
                    and (opponents.content(phrase(who)) & against or who.lemma_.lower() in crowd_words("assailants")):
                theirs.append(t.start)
                continue  # what the demonstration's opponents also wrecked is theirs, not the demonstrators'
            if t.kind in DEMONSTRATION_ACTS:
                # a report that tells no other act tells the protest itself: "second day of protests over fees"
                if _context(doc[t.start:t.end].root) and not only_protest:
                    # Acts "during the demonstration" are its own; "amid" or "following" a wave of
                    # them, acts of their own. A party's rally is a meeting: "clashed during a rally".
                    root = doc[t.start:t.end].root
                    crowd.during |= root.lemma_.lower() not in crowd_words("meetings") \
                        and any(up.lower_ == "during" for up in list(root.ancestors)[:3])
                    # "a man died during violent protests"
                    crowd.violent |= crowd.during and protest_words.called_violent(root)
                    continue
                if _meeting_place(doc[t.start:t.end].root, triggers, doc):
                    continue  # "rival supporters clashed at a rally": a meeting the fight was at, no demonstration
                crowd.demonstration = True
                head = doc[t.start:t.end].root
                harmed = protest_words.harmed(head, triggers)
                if harmed and side_of(protest_words.harm_doer(head, triggers, doc)) == "state":
                    crowd.force = True  # "police opened fire on the march"
                else:
                    crowd.attacked |= harmed
                if not harmed and protest_words.hurt(head, triggers):
                    crowd.intervened = crowd.opposed = True  # "party men assaulted the marchers": stopped, not killed
                block = next((w for w in doc[t.start:t.end] if protest_words.blocking(w)), None)
                if block is not None:
                    if side == "state":
                        crowd.intervened = True  # "police blocked the road so the march could not pass"
                    elif protest_words.blocked_with_material(block):
                        crowd.violent = True  # "blocked the highway with boulders": ACLED's violent demonstration
                if protest_words.called_violent(head) or side == "crowd" and protest_words.called_violent_people(who):
                    # "violent protests", "demonstrated violently", "the protest turned violent", "rowdy youths protested"
                    crowd.violent = True
                if side == "crowd" and crowd.words is None and who is not None:
                    crowd.words = phrase(who)
                continue
            if t.kind == "riot" and protest_words.demonstrating(doc[t.start:t.end]):
                crowd.rioting = True  # "riots erupted", "barricaded the road", "burnt tyres"
            if t.kind == "clash" and (_against_state(attacker, target) or protesting and side != "state"
                                      and {a.kind for a in (attacker, target) if a is not None} == {"state forces"}):
                # "protesters clashed with police" (without a demonstration, a mob's fight);
                # "students blocked roads and clashed with riot police"
                crowd.violent = True
            if t.kind == "clash" and _firearms(doc[t.start:t.end].text) and side != "state":
                crowd.armed = True  # "a gunfight between activists and police"
            if t.kind in INTERVENTION_ACTS and side != "state" and who is not None \
                    and any(protest_words.blocking(w) for w in doc[t.start:t.end]):
                # "traders blocked the avenue in protest": their own road block, not the state's
                crowd.violent |= any(protest_words.blocked_with_material(w) for w in doc[t.start:t.end])
            elif t.kind == "disperse" and side == "crowd" and who is not None and opponents.breaks_up(t, doc, who, people):
                crowd.intervened = crowd.opposed = True  # "ruling party men dispersed the protesters"
            elif t.kind in INTERVENTION_ACTS and (side == "state" or side == "" and not protest_words.mediators(who)):
                # not an arrest a protest demands or answers: "following the arrest of their leader"
                crowd.intervened |= not protest_words.demanded(doc[t.start:t.end].root) \
                    and not protest_words.a_cause(doc[t.start:t.end].root)
                if protest_words.violent_crowd_stopped(doc[t.start:t.end].root):
                    crowd.violent = crowd.demonstration = True  # "dispersed a rowdy crowd": a gathering, violent
                gathered |= t.kind == "disperse" and side == "state" \
                    and protest_words.dispersed_people(doc[t.start:t.end].root)
            elif side == "state" and t.kind in FORCE_ACTS and not protest_words.a_cause(doc[t.start:t.end].root):
                if protest_words.grave(doc[t.start:t.end]) and not protest_words.into_the_air(doc[t.start:t.end].root):
                    crowd.force = True
                else:
                    crowd.intervened = True  # "police beat the marchers": force that stops, not that maims
            elif side == "" and who is None and t.kind in LETHAL_ACTS and not armed_side \
                    and protest_words.died(t, doc, triggers):
                crowd.died = True  # "a student was shot dead during the protest"
            elif t.kind == "arson" and firebombs:
                continue  # "set the bus ablaze by hurling a petrol bomb": a firebombing, an attack
            elif side == "crowd" and t.kind in HARM_ACTS \
                    and not (mob or (who is not None and _mob_words(phrase(who)))):
                # "youths beat two journalists": people named by who they are, no gathering's words;
                # storming an office hurts no one
                if doc[t.start:t.end].root.lemma_.lower() not in crowd_words("entering"):
                    crowd.band = True
                    crowd.words = crowd.words or (phrase(who) if who is not None else None)
                    if not partisan and (t.kind == "shooting" or _firearms(sent.text) or _raid(sent, who)):
                        crowd.armed = True  # "youths shot a trader", "farmers raided a Fulani camp": a band's attack
            elif side == "crowd" and t.kind in VIOLENT_ACTS \
                    or (t.kind in CROWD_ACTS and (side == "crowd" or not side and not armed_side)):
                crowd.violent = crowd.acting = True
                crowd.crude |= side == "crowd" and any(w.lower_ in crowd_words("crude_bombs") for w in sent)
                if side == "crowd" and who is not None:
                    crowd.words = crowd.words or phrase(who)
                    if not partisan and (t.kind == "shooting" or _firearms(phrase(who).text)):
                        crowd.armed = True
            elif t.kind in PROPERTY_ACTS and (protesting or amid) and (who is None or who.lower_ in _THEY) \
                    and not armed_side and not firebombs \
                    and not _by_someone(doc, t) and not protest_words.a_cause(doc[t.start:t.end].root):
                # "protested by setting fire to market stalls", "they burnt a dormitory in protest",
                # "shops were looted during the protests"
                crowd.violent = crowd.acting = True
        # "an armed gang clashed with police": a riot's fight words whose every doer is an armed band tell its fight
        armed_side_here = armed_side or riot_doers == {"armed"}
        if target is not None and target.kind == "rioters" and _demanded_side(doc, target):
            target = None  # "villagers protested over mob justice": the rioters are what the protest is about
        from_sides(crowd, {t.kind for t in triggers if t.start not in theirs}, attacker, target, mob=mob, known=known,
                   armed_side=armed_side_here)
        if crowd.band and not crowd.armed and sent is not None and attacker is not None and attacker.crowd \
                and any(people_named(doc[t.i:t.i + 1]) for t in sent if not attacker.start <= t.idx < attacker.end):
            crowd.armed = True  # "youths attacked and killed six Kikuyu": one people's raid on another
        if crowd.force is False and attacker is not None and attacker.kind == "state forces" and target is not None \
                and target.kind in ("protesters", "rioters") and any(t.kind in FORCE_ACTS for t in triggers):
            if any(t.kind in FORCE_ACTS and protest_words.grave(doc[t.start:t.end]) for t in triggers):
                crowd.force = True  # "police shot at the protesters"
            else:
                crowd.intervened = True  # "police beat the protesters"
        elif attacker is not None and attacker.kind not in ("state forces", "protesters", "rioters") and target is not None \
                and target.kind == "protesters" and any(t.kind in HARM_ACTS for t in triggers) \
                and not any(t.kind in LETHAL_ACTS and protest_words.grave(doc[t.start:t.end]) for t in triggers):
            crowd.intervened = crowd.opposed = True  # "party men beat the protesters"
    if gathered and not (crowd.violent or crowd.acting or crowd.band):
        # "police used tear gas to disperse hundreds of workers", "opened fire to disperse a crowd":
        # a gathering the state stopped or shot at
        crowd.demonstration = True
    if demanding and crowd.violent and crowd.acting and not crowd.armed:
        crowd.demonstration = True  # "rioters set a bus on fire, demanding the minister's resignation"
    return crowd


def _demanded_side(doc: Doc, side: ActorMention) -> bool:
    """Whether the words of a side lie in what a protest is about or demands ("protested over
    cases of mob justice"), not among those who act."""
    words = [t for t in doc if side.start <= t.idx < side.end]
    return bool(words) and protest_words.demanded(doc[words[0].i:words[-1].i + 1].root, clauses=False)


def from_sides(crowd: Crowd, kinds: set[str], attacker: ActorMention | None, target: ActorMention | None,
               mob: bool = True, known: bool = False, armed_side: bool = False) -> Crowd:
    """What the sides of a sentence tell of a crowd: protesters are demonstrating; rioters,
    acting or fired upon, are rioting; people wrecking or burning property with no one
    else named are a crowd doing violence, and people hurting someone are a mob's only
    with a ``mob``'s words. ``known``: a trigger's doer was read as the state or an armed
    group, whom the sentence's attacker does not overrule; ``armed_side``: an armed group is
    named in the event, and stones or wrecking nobody is said to do are its, not a crowd's."""
    sides = {a.kind for a in (attacker, target) if a is not None}
    if "protesters" in sides and kinds - {"protest"}:
        crowd.demonstration = True
    if "rioters" in sides:
        crowd.violent = crowd.acting = True
    if attacker is not None and attacker.crowd and kinds & VIOLENT_ACTS and not known:
        if kinds & (VIOLENT_ACTS - HARM_ACTS) or mob:
            crowd.violent = crowd.acting = True  # "residents burnt the office", "a mob beat a thief"
        else:
            crowd.band = True
    if kinds & CROWD_ACTS and not (attacker is not None and attacker.armed) \
            and not (armed_side and "lynch" not in kinds):
        crowd.violent = crowd.acting = True  # stones, barricades, a lynching: a crowd's acts
    if "state forces" in sides and sides & {"protesters", "rioters"} and kinds & {"clash", "riot"}:
        crowd.violent = True  # "protesters clashed with police"
    return crowd


def _mob_words(words: Span) -> bool:
    """Whether words tell of a mob rather than a band of attackers: a gathering ("a mob",
    "an angry crowd", "hundreds of youths") or someone it accuses ("a suspected thief",
    "accused of witchcraft"), the marks of a lynching or a crowd's rough justice."""
    lowered = {t.lower_ for t in words} | {t.lemma_.lower() for t in words}
    accusing = any(t.lemma_.lower() in ("accuse", "suspect") and t.pos_ == "VERB" for t in words)
    many = any(t.dep_ == "nummod" and t.head.lemma_.lower() in crowd_words("nouns") | crowd_words("collectives")
               and t.text.replace(",", "").isdigit() and int(t.text.replace(",", "")) >= crowd_data()["gathering_size"]
               for t in words)  # "about 100 people", not "in 2020"
    return accusing or many or not lowered.isdisjoint(crowd_words("gathering")) or not lowered.isdisjoint(crowd_words("accused"))


def _meeting_place(tok: Token, triggers: list[Trigger], doc: Doc) -> bool:
    """A party's rally or meeting named as where or when a crowd's acts happened: "supporters
    clashed at a rally", "youths stoned cars after the rally", "ahead of a rally". A meeting
    is no demonstration, so a crowd's fight there is a mob's; the state's or gunmen's fire on
    it ("police shot at the rally") still tells what was done to the gathering."""
    if tok.lemma_.lower() not in crowd_words("meetings") or tok.pos_ == "VERB" or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lower_ in crowd_words("meeting_preps"):
        prep = prep.head  # "ahead of a rally"
    if prep.lower_ not in crowd_words("meeting_preps"):
        return False
    act = next((t for t in triggers if t.start <= prep.head.i < t.end), None)
    return act is not None and act.kind not in DEMONSTRATION_ACTS \
        and not (act.kind in HARM_ACTS and side_of(agent(act, doc)) in ("state", "armed"))


def _plain_people(attacker: ActorMention | None) -> bool:
    """Whether the side a sentence's words put first is plain people of a place ("a group of
    locals", "residents"), not a named or armed group: the doers when a parse lost the verb's."""
    if attacker is None or attacker.named:
        return False
    words = attacker.text.lower().split()
    return attacker.crowd or bool(words) and words[-1] in crowd_words("community_people") | crowd_words("nouns") \
        and attacker.kind in ("civilians", "identity militia")


def _untold_doers(sent: Span) -> bool:
    """Whether the doers of a sentence are told as a count left untold: "a number of farmers
    assaulted a herder" (a gathering of no stated size, the mark of a mob), not "a number of
    people were injured" (the victims)."""
    return any(t.lower_ in crowd_words("untold_counts") and t.dep_ == "nsubj"
               and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children) for t in sent)


def _told_by_other(attacker: ActorMention | None, who: Token | None) -> bool:
    """Whether the sentence's attacker is the state or an armed group other than the people
    a parse put as the doer ("a group of locals" holds its "locals")."""
    if attacker is None or attacker.crowd or who is None or attacker.kind not in ARMED_SIDES:
        return False
    words = phrase(who, conjuncts=False)
    return not (attacker.start <= who.idx < attacker.end or words.start_char <= attacker.start < words.end_char)


def _raid(sent: Span, who: Token | None) -> bool:
    """Whether a band's victims are named as a people or a settlement, outside the words for
    the band itself: one community raiding another, not a mob."""
    own = phrase(who) if who is not None else None
    return any(people_named(sent.doc[t.i:t.i + 1]) for t in sent if own is None or not own.start <= t.i < own.end)


def _partisan(who: Token | None) -> bool:
    """Whether the doers are a party's or a leader's people ("supporters of a candidate",
    "followers of a councillor"): an unorganised crowd even with a gun among them."""
    return who is not None and (who.lower_ in crowd_words("partisans") or who.lemma_.lower() in crowd_words("partisans"))


def _context(tok: Token) -> bool:
    """A protest named only to date another act: "amid the hartal", "the fifth day of the blockade"."""
    return tok.pos_ != "VERB" and tok.dep_ == "pobj" and tok.head.lower_ in crowd_words("context_preps") \
        and (tok.head.lower_ != "of" or tok.head.head.lower_ in crowd_words("context_spans"))


# Pronouns that point back at the people a sentence's demonstration names: "they burnt a dormitory in protest".
_THEY = {"they", "them"}


def _fight(words: Span) -> bool:
    """Riot words that tell a fight: "clashed with police", "running battles"."""
    return any(w.lemma_.lower() in ("clash", "battle") for w in words)


def _during(tok: Token) -> bool:
    """A protest word that sets the sentence's acts in its time: "during the protests"."""
    return _context(tok) and tok.head.lower_ == "during" and tok.lemma_.lower() not in crowd_words("meetings")


def _crowd_fighter(fight: Token, who: Token | None) -> Token | None:
    """The crowd's people among the sides of a fight when no side is armed: "a clash between
    supporters of two candidates", "fights broke out between members of a union", "police
    clashed with traders"; not "youths clashed with bandits", "farmers clashed with herders",
    "Pokot and Turkana youths clashed" nor "BNP and Awami League activists clashed"."""
    told = (fight, fight.head) if fight.dep_ == "nsubj" else (fight,)  # "fights broke out between rival members"

    def objects(prep: str) -> list[Token]:
        return [g for w in told for c in w.children if c.dep_ == "prep" and c.lower_ == prep
                for g in c.children if g.dep_ == "pobj"]

    # Sides told "between" them are the fight's whoever the parse makes its doer.
    sides = objects("between") or ([who] if who is not None else []) + objects("with")
    sides = [m for s in sides for m in (s, *s.conjuncts)]
    found: dict[int, str] = {}
    for m in sides:
        # "supporters of one candidate and those of another": "those" are more of the same people
        back = m.lower_ in crowd_words("pointing_back") and m.dep_ == "conj" and m.head.i in found
        found[m.i] = found[m.head.i] if back else side_of(m)
    crowd = [m for m in sides if found[m.i] == "crowd"]
    if not crowd or not set(found.values()) <= {"crowd", "state"}:
        # an armed side; a named party's people, whose fights coders have told as its militia's;
        # or people told by no word for a crowd ("herders")
        return None
    if any(m.lower_ in crowd_words("collectives") | crowd_words("community_people") | crowd_words("factions")
           for m in sides):
        return None  # "two rival groups", "villagers", "two factions": a community's or a group's sides
    return crowd[0]


def _against_state(attacker: ActorMention | None, target: ActorMention | None) -> bool:
    sides = {a.kind for a in (attacker, target) if a is not None}
    return "state forces" in sides and bool(sides & {"protesters", "rioters", "civilians"})
