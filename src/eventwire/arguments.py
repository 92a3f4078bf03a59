"""Stage 5, arguments: fill one frame per mention sentence.

A frame holds what one sentence says about an act: its triggers, attacker and
target, casualty counts, time expression, place mentions, claims and who reported
it. Offsets are in the parsed (clean) text. The sides come from the actor words the
data knows (:mod:`eventwire.actors`), the organisations the report names that it does
not (:mod:`eventwire.organisations`), and countries acting ("Russian shelling").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from eventwire import actors, casualties, organisations
from eventwire.countries import acled_country_name, countries_in
from eventwire.actors import ActorMention
from eventwire.attribution import Claim, claims_in
from eventwire.casualties import Casualty
from eventwire.dates import TimeExpr
from eventwire.mentions import Mention, Trigger
from eventwire.parse import text_of
from eventwire.places import PlaceMention
from eventwire.resources import load, word_set

SUPPORT_VERBS = {"launch", "carry", "conduct", "mount", "stage", "claim", "execute", "perpetrate",
                 "unleash", "open", "fire", "plant", "detonate", "hurl", "throw", "lob", "use"}
LOCATIVE_PREPS = {"in", "near", "under", "inside", "outside", "within", "around", "from", "behind", "beside",
                  "across", "along", "opposite", "past", "into"}
TARGET_PREPS = {"on", "against", "at", "targeting", "upon", "with"}
NOT_AN_ACT = {"threaten", "warn", "plan", "vow", "prevent", "foil", "thwart", "fear", "avert", "urge",
              "condemn", "deny", "prepare", "intend", "seek", "call", "avoid", "stop"}
MODALS = {"will", "would", "could", "might", "may", "should", "can"}

_QUALIFIER_BEFORE = [
    ("near", re.compile(r"(?:\bnear(?:by)?|\boutskirts\s+of|\boutside(?:\s+of)?|\bclose\s+to|\bkms?\s+(?:\w+\s+)?(?:from|of)|\bkilomet(?:er|re)s?\s+(?:\w+\s+)?(?:from|of)|\bmiles?\s+(?:\w+\s+)?(?:from|of)|\bvicinity\s+of|\baround|\boff)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:of|in)\s+)?$", re.I)),
]
_SUFFIX = re.compile(r"^[\s-]*(district|province|governorate|state|region|division|upazila|tehsil|county|area|neighbou?rhood|town|village|city|subdistrict|municipality|township|union)\b", re.I)
_SUFFIX_QUALIFIER = {"district": "district", "province": "province", "governorate": "province", "state": "province",
                     "region": "province", "division": "province", "upazila": "district", "tehsil": "district",
                     "county": "district", "subdistrict": "district", "township": "district",
                     "area": "area", "neighbourhood": "area", "neighborhood": "area"}
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}(?:,[^-\u2013\u2014:\n]{0,40})?\s*(?:\([^)]*\))?\s*[-\u2013\u2014:]|^[A-Z][a-z]+,\s+\w+\.?\s+\d{1,2}\s+\([A-Z]+\)")
_REPORTERS = re.compile(r"\b(?:told|said|says|according to|reported|quoted|confirmed)\b", re.I)


@dataclass
class Frame:
    """What one sentence says about one act."""

    start: int
    end: int
    triggers: list[Trigger]
    kinds: list[str]
    attacker: ActorMention | None = None
    target: ActorMention | None = None
    casualties: list[Casualty] = field(default_factory=list)
    time: TimeExpr | None = None
    places: list[PlaceMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    reported_by: tuple[str, int, int] | None = None
    country_hints: list[str] = field(default_factory=list)
    specific: bool = True  # a particular act, not a trend, plan or generalisation
    others: list[ActorMention] = field(default_factory=list)  # sides named without a clear role
    mutual: bool = False  # "clashes between X and Y", "X clashed with Y": neither side said to start it
    recalled: bool = False  # an earlier act the report recalls: "a similar attack", "the previous bombing"
    another: bool = False  # told as another act than the one before: "In another incident", "another bomb"
    trigger_span: tuple[int, int] = (0, 0)

    def killed(self) -> list[Casualty]:
        return [c for c in self.casualties if c.what == "killed"]

    def injured(self) -> list[Casualty]:
        return [c for c in self.casualties if c.what == "injured"]


@cache
def _kind_rank() -> dict[str, int]:
    return {k: v["rank"] for k, v in load("kinds").items()}


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


CROWD_KINDS = {"protesters", "rioters"}


def _stronger(a: ActorMention, b: ActorMention) -> ActorMention:
    """Of two words for one side, the one that says more: a named group, else an armed role;
    but a crowd stays a crowd when only the report names its group ("protesters of the
    Madhesi Front")."""
    for crowd, group in ((a, b), (b, a)):
        if crowd.kind in CROWD_KINDS and not group.listed:
            return crowd
    if a.named != b.named:
        return a if a.named else b
    if a.armed != b.armed:
        return a if a.armed else b
    return a


def _merge_runs(mentions: list[ActorMention], text: str, offset: int) -> list[ActorMention]:
    """Join "Islamic State (ISIS) militants" into one mention, keeping the named group."""
    merged: list[ActorMention] = []
    for m in mentions:
        if merged:
            prev = merged[-1]
            gap = text[prev.end - offset:m.start - offset]
            joined = re.fullmatch(r"[\s()'s\u2019,]*|\s+\d+(?:st|nd|rd|th)?\s+", gap) and "," not in gap
            member_of = re.fullmatch(r"\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+)?", gap) and (
                m.named or (m.armed and not prev.armed))
            if member_of and prev.named and not prev.listed and m.named and m.listed:
                # "the so-called Nelson Mandela cell of the ELN": a unit of a group the data knows
                merged[-1] = replace(m, start=prev.start, text=text[prev.start - offset:m.end - offset])
                continue
            if (joined or member_of) and not (prev.named and m.named and prev.name != m.name) and (
                    prev.named or m.named or prev.armed != m.armed or (joined and prev.name == m.name)
                    or (joined and prev.armed and m.armed)):  # "guerrilla commandos", "police commandos"
                keep = _stronger(prev, m)
                merged[-1] = replace(keep, start=prev.start, end=m.end, text=text[prev.start - offset:m.end - offset])
                continue
        merged.append(m)
    return merged


CHAIN_DEPS = {"xcomp", "prep", "pobj", "pcomp", "dobj", "acomp"}


def _governs(verb: Token, trigger_heads: set[int]) -> bool:
    """Whether a verb's complement chain reaches a trigger: "troops resorted to firing",
    "militants began shelling", "gunmen went on a rampage"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    stack = [c for c in verb.children if c.dep_ in CHAIN_DEPS]
    while stack:
        tok = stack.pop()
        if tok.i in trigger_heads:
            return True
        stack.extend(c for c in tok.children if c.dep_ in CHAIN_DEPS)
    return False


def _acts_undergone(verb: Token, trigger_heads: set[int]) -> set[int]:
    """The acts an experiencer verb leads to, not its own object: in "sustained bullet
    wounds in a clash" the act is the clash, the wounds are what was suffered."""
    suffered = {t.i for c in verb.children if c.dep_ in ("dobj", "obj")
                for t in (c, *c.children) if t is c or t.dep_ in ("compound", "amod", "nmod")}
    return {i for i in trigger_heads if i not in suffered}


def _role(head: Token, trigger_heads: set[int], victims: set[int], fights: frozenset[int] = frozenset()) -> str:
    """ "attacker", "target", "elsewhere" (the agent of another verb) or "" for the head
    token of an actor mention."""
    if head.i in victims:
        return "target"
    while head.dep_ == "pobj" and head.head.lower_ in ("of", "from") and head.head.head.pos_ in ("NOUN", "PROPN") \
            and head.head.head.i not in trigger_heads:
        head = head.head.head  # "kidnapped by a cell of the ELN": the side is what the group's people do
        if head.i in victims:
            return "target"
    if head.dep_ == "pobj" and head.head.lower_ == "by":
        # "a blockade enforced by the alliance": who called a strike, no side of the act in it;
        # "charges raised by the command": the agent of a word that leads to no act.
        verb = head.head.head
        if verb.lemma_ in word_set("calling_verbs"):
            return "elsewhere"
        leads = verb.i in trigger_heads or verb.head.i in trigger_heads or _governs(verb, trigger_heads)
        return "attacker" if leads else ""
    if head.dep_ in ("compound", "amod", "nmod") and head.head.dep_ in ("pobj", "conj") \
            and head.head.i not in trigger_heads and not any(c.dep_ == "cc" for c in head.children):
        head = head.head  # "between BNP activists and police": the side is the whole phrase
    if head.dep_ == "pobj" and head.head.lower_ == "between":
        return "attacker"
    if head.dep_ == "conj" and head.head.dep_ == "pobj" and head.head.head.lower_ == "between":
        return "target"
    gov = head.head
    if head.dep_ in ("compound", "poss", "amod", "nmod") and gov.i in trigger_heads:
        return "attacker"
    if head.dep_ == "nsubj" and gov.lemma_ in word_set("experiencer_verbs") and _governs(gov, trigger_heads) \
            and (any(t.lower_ == "by" for t in gov.subtree) or not _acts_undergone(gov, trigger_heads) <= fights):
        # "a leader suffered injuries in an attack by gunmen", "a soldier was hurt in a bomb blast";
        # in a fight ("activists sustained injuries in a gunfight with police") both sides act.
        return "target"
    if head.dep_ == "nsubj" and any(c.lower_ == "under" and any(g.i in trigger_heads for g in c.children)
                                    for c in gov.children):
        return "target"  # "a convoy came under attack"
    if head.dep_ == "nsubj" and gov.lemma_ in word_set("attributing_verbs") \
            and any(c.dep_ in ("dobj", "ccomp") for c in gov.children):
        return ""  # "police suspect the NSCN-K of carrying out the ambush": who says, not who did
    if head.dep_ in ("nsubj",) and (gov.i in trigger_heads or gov.lemma_ in SUPPORT_VERBS or _governs(gov, trigger_heads)):
        return "attacker"
    if head.dep_ in ("dobj", "obj", "nsubjpass") and gov.i in trigger_heads:
        return "target"
    if head.dep_ == "pobj" and gov.lower_ in TARGET_PREPS:
        anchor = gov.head
        if anchor.i in trigger_heads or anchor.head.i in trigger_heads:
            return "target"
    return ""


def _phrase_span(doc: Doc, mention: ActorMention | None) -> tuple[int, int] | None:
    """The characters of a mention's whole noun phrase, its appositions and lists included."""
    span = _tokens(doc, mention.start, mention.end) if mention is not None else None
    if span is None:
        return None
    words = list(span.root.subtree)
    return words[0].idx, words[-1].idx + len(words[-1])


@cache
def _no_longer() -> re.Pattern[str]:
    """A word saying the people named next no longer fight, ending the text before them."""
    words = "|".join(sorted({re.escape(w.rstrip("-")) for w in word_set("no_longer")}))
    return re.compile(rf"\b(?:{words})\b[-\s]*(?:[\w.]+[-\s]+)?$", re.I)


def _no_longer_armed(text: str, mention: ActorMention) -> ActorMention:
    """ "A retired police officer", "two ex-BLA militants": people who no longer fight are civilians."""
    if mention.named or not mention.armed:
        return mention
    if _no_longer().search(text[max(0, mention.start - 20):mention.start]):
        return ActorMention(mention.start, mention.end, mention.text, "Civilians ({country})", "civilians", False)
    return mention


@cache
def _crowds() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load("actors")["crowds"].items()}


def crowd_acting(text: str, mention: ActorMention | None, kinds: list[str], hurt: bool) -> ActorMention | None:
    """ "Residents beat a man", "students burnt their dormitory": many people named by who
    they are, acting without weapons, are a crowd, not civilians nor an armed group; when
    they wreck or burn property and no one is hurt, the crowd is a riot's. "Unknown people",
    people who fire guns or throw bombs, and sides of a clash stay who they were."""
    if mention is None or mention.named or mention.kind != "civilians":
        return mention
    crowds = _crowds()
    acts = set(kinds)
    if mention.text.lower().split()[-1] not in crowds["words"] or not acts & crowds["acts"] or acts & crowds["not_with"]:
        return mention
    before = re.findall(r"[\w-]+", text[max(0, mention.start - 25):mention.start].lower())
    if before and before[-1] in crowds["unknown"]:
        return mention
    if acts & crowds["property"] and not hurt:
        return replace(mention, name="Rioters ({country})", kind="rioters", crowd=True)
    return replace(mention, crowd=True)


@cache
def _infighting() -> re.Pattern[str]:
    data = load("actors")["infighting"]
    words = "|".join(re.escape(w) for w in data["words"])
    rivals = "|".join(re.escape(w) for w in data["rivals"])
    units = "|".join(re.escape(w) for w in data["units"])
    return re.compile(rf"\b(?:{words})\b|\b(?:{rivals})\s+(?:[\w-]+\s+){{0,3}}?(?:{units})\b", re.I)


def party_infighting(sent_text: str, offset: int, attacker: ActorMention | None,
                     sent_actors: list[ActorMention]) -> ActorMention | None:
    """ "a party organiser died when a rival group of the same party set upon him", "a factional
    clash within the party": a fight inside the one party the sentence names is the
    party's own; its words become the attacker under the party's name."""
    if attacker is not None and attacker.named:
        return attacker
    parties = {a.name: a for a in sent_actors if a.named and a.kind == "political militia"}
    if len(parties) != 1 or any(a.named and a.armed and a.kind != "political militia" for a in sent_actors):
        return attacker
    hit = _infighting().search(sent_text)
    if hit is None:
        return attacker
    party = next(iter(parties.values()))
    return ActorMention(hit.start() + offset, hit.end() + offset, hit.group(0), party.name, party.kind, True)


def _mutual(doc: Doc, attacker: ActorMention | None, target: ActorMention | None) -> bool:
    """Whether the sentence sets two sides against each other without saying who began:
    "fighting between the KIA and the army", "rebels clashed with troops"."""
    a = _tokens(doc, attacker.start, attacker.end) if attacker is not None else None
    t = _tokens(doc, target.start, target.end) if target is not None else None
    if a is None or t is None:
        return False
    shared = {x.i for x in a.root.ancestors} & {x.i for x in t.root.ancestors}
    if any(doc[i].lower_ == "between" for i in shared):
        return True
    verb = a.root.head
    return (a.root.dep_ == "nsubj" and verb.lemma_ in word_set("mutual_verbs")
            and t.root.dep_ == "pobj" and t.root.head.lower_ == "with" and t.root.head.head.i == verb.i)


def _opponent(head: Token, victims: set[int]) -> bool:
    """A side met "in a clash with X" while the sentence's victims are someone else."""
    return (head.dep_ == "pobj" and head.head.lower_ == "with" and head.i not in victims
            and bool(victims))


def _phrase(noun: Token) -> list[Token]:
    """A victim noun with its modifiers, not its clauses: "three of the attackers"."""
    out = [noun]
    stack = [c for c in noun.children if c.dep_ not in ("relcl", "acl", "advcl", "conj", "cc", "appos")]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in ("relcl", "acl", "advcl", "conj", "cc"))
    return out


def _where(doc: Doc, mention: ActorMention) -> bool:
    """Words that name a place, not a side: "under Ater police station", "near the army camp"."""
    span = _tokens(doc, mention.start, mention.end)
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("compound", "amod", "nmod") and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


def _operation(doc: Doc, sent_actors: list[ActorMention], victims: set[int], attacker: ActorMention | None,
               target: ActorMention | None) -> tuple[ActorMention | None, ActorMention | None]:
    """ "Three militants were killed in an encounter with police": fighters who die in a
    fight with state forces that lost no one were on the receiving end of it."""
    def is_victim(a: ActorMention) -> bool:
        span = _tokens(doc, a.start, a.end)
        return span is not None and any(t.i in victims for t in span)

    fallen = [a for a in sent_actors if is_victim(a) and a.armed and a.kind != "state forces"]
    state = [a for a in sent_actors if a.kind == "state forces" and not is_victim(a) and not _where(doc, a)]
    if not fallen or not state or any(is_victim(a) for a in sent_actors if a.kind == "state forces"):
        return attacker, target
    if attacker is None or attacker in fallen or (attacker.kind == "state forces" and target is None):
        return state[0], fallen[0]
    if target is not None and target.kind == "state forces" and attacker is None:
        return target, fallen[0]
    return attacker, target


OWNED_KINDS = {"airstrike", "shelling", "attack", "shooting"}
"""Acts a country's name or people's adjective before them makes its forces': "Russian shelling"."""


def _state_as_agent(doc: Doc, countries: list[tuple[int, int, str]], sent_actors: list[ActorMention],
                    triggers: list[Trigger], victims: set[int]) -> ActorMention | None:
    """A country acting -- its armed forces: "shelling by Pakistan", "India fired mortars",
    "a US drone strike", "Russian shelling of Kharkiv", "an Israeli strike killed five",
    "Saudi-led coalition jets". A country that backs others ("Iranian-backed militias")
    does not act itself."""
    text = text_of(doc)
    trigger_heads = {t.head(doc).i for t in triggers}
    owned = {i for t in triggers if t.kind in OWNED_KINDS for i in range(t.start, t.end)}
    for s, e, iso in countries:
        if any(a.start <= e + 1 and s <= a.end + 1 for a in sent_actors) or _backer(text, e):
            continue  # "Pakistani troops": the role word already names the side
        span = _tokens(doc, s, e)
        if span is None:
            continue
        root = span.root
        owner = _led(doc, e) or (root.head if root.dep_ in ("compound", "amod", "nmod", "poss") else None)
        owns = owner is not None and owner.pos_ in ("NOUN", "PROPN") and (
            owner.i in owned or _role(owner, trigger_heads, victims) == "attacker")
        if owns or (root.pos_ == "PROPN" and _role(root, trigger_heads, victims) == "attacker"):
            name = f"Military Forces of {acled_country_name(iso)}"
            return ActorMention(s, e, text[s:e], name, "state forces", True)
    return None


_LED = re.compile(r"\s*-\s*led\b", re.I)


def _led(doc: Doc, end: int) -> Token | None:
    """The noun after "X-led" (a coalition, its jets): what the country leads."""
    if not _LED.match(text_of(doc), end):
        return None
    led = _tokens(doc, end, _LED.match(text_of(doc), end).end())
    return led.root.head if led is not None else None


@cache
def _backing() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load("actors")["backing"])
    return re.compile(rf"\s*-\s*(?:{words})\b", re.I)


def _backer(text: str, end: int) -> bool:
    """A country word that backs others rather than acts: "Iranian-backed", "Russian-supported"."""
    return _backing().match(text, end) is not None


def in_reference_clause(token: Token) -> bool:
    """Inside "hours before the army was targeted": a clause that points at another act."""
    for tok in (token, *token.ancestors):
        marks = [c for c in tok.children if c.lower_ in ("before", "after", "since")]
        if tok.dep_ == "advcl" and marks:
            # "killed after jets bombed their camp" is the same act told by its cause;
            # "hours before ...", "a day after ...", "since ..." point at another one.
            gaps = word_set("time_gaps")
            return any(m.lower_ == "since" or (m.i > 0 and m.doc[m.i - 1].lower_ in gaps) for m in marks)
    return False


def _is_specific(doc: Doc, trigger: Trigger) -> bool:
    """False for trends, plans and generalisations: "attacks have risen", "threatened to attack"."""
    head = trigger.head(doc)
    if head.tag_ == "NNS" or (head.pos_ == "PROPN" and head.lower_.endswith("s")):
        # "Two attacks", "twin blasts" are acts; "Protests broke out", "clashes between X and Y"
        # report one; "the attacks" looks back, "attacks have risen" is a trend.
        counted = any(c.like_num or c.lower_ in ("both", "twin", "multiple", "several", "series") for c in head.lefts)
        looks_back = any(c.dep_ in ("det", "poss") for c in head.lefts)
        trend = any(t.lemma_.lower() in word_set("trend") for t in head.sent)
        if not counted and (looks_back or trend):
            return False
    return not _unreal(head)


@cache
def _another_opening() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(word_set("another_act_openings"), key=len, reverse=True))
    return re.compile(rf"^\W*(?:{words})\b", re.I)


def _another(doc: Doc, sent: Span, acts: list[Trigger]) -> bool:
    """A sentence that tells of an act other than the one before it: it opens with "In
    another incident", "Meanwhile", "Elsewhere", or names its act "another attack"."""
    if _another_opening().search(sent.text):
        return True
    return any(c.dep_ == "det" and c.lower_ == "another" for t in acts for c in t.head(doc).children)


def _recalled(doc: Doc, trigger: Trigger) -> bool:
    """An act named as an earlier one: "a similar attack", "the previous bombing", "past raids"."""
    head = trigger.head(doc)
    return any(c.dep_ in ("amod", "advmod") and c.lower_ in word_set("recalled_marks") for c in head.children)


def _unreal(head: Token, called: bool = True) -> bool:
    """An act planned, feared, stopped or denied rather than done: "threatened to attack";
    with ``called`` False, a strike or protest someone called is not counted as unreal."""
    for tok in (head, *head.ancestors):
        if tok.lemma_ in NOT_AN_ACT:
            return called or tok.lemma_ not in word_set("calling_verbs")
        if any(c.dep_ == "neg" for c in tok.children) and tok.i == head.i:
            return True
        if any(c.lower_ in MODALS and c.dep_ == "aux" for c in tok.children):
            return True
        if tok.dep_ in ("ROOT",) or _states_a_fact(tok):
            break
    return False


def _states_a_fact(tok: Token) -> bool:
    """A clause or phrase that asserts its act whatever the verb above it says: "prevented
    from entering while members staged a protest", "feared dead following a clash", "the
    man who fired the shot was not found"."""
    if tok.dep_ == "prep":
        return tok.lower_ in word_set("act_adjunct_preps")
    if tok.dep_ == "relcl":
        return True  # "the man who set off the bomb was never named": the bomb went off
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in word_set("factual_marks") for c in tok.children)


# Words after a place name that make it part of a force's or office's name ("Assam Rifles").
_FORCE_HEADS = {"police", "army", "forces", "officials", "official", "government", "rifles", "rangers",
                "corps", "constabulary", "levies", "regiment", "battalion", "brigade", "scouts"}
_INNER_PREPS = {"under", "in", "at", "near", "from", "into", "and"}


def _split_at_prepositions(ent: Span, spotted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An entity the model ran across a preposition ("X under Y upazila", "X in Y") is two
    places: its pieces either side, as character spans; kept whole when the gazetteer
    knows it whole ("Jammu and Kashmir")."""
    if (ent.start_char, ent.end_char) in spotted:
        return [(ent.start_char, ent.end_char)]
    pieces: list[tuple[int, int]] = []
    start = ent.start
    for tok in ent:
        if tok.lower_ in _INNER_PREPS and tok.text.islower() and tok.i > start:
            pieces.append((start, tok.i))
            start = tok.i + 1
    if start == ent.start:
        return [(ent.start_char, ent.end_char)]
    pieces.append((start, ent.end))
    doc = ent.doc
    return [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in pieces if b > a]


def _places(doc: Doc, sent: Span, spotted: list[tuple[int, int]], actor_spans: list[ActorMention],
            countries: list[tuple[int, int, str]], triggers: list[Trigger]) -> list[PlaceMention]:
    """Place mentions in a sentence, with the qualifier the words around them give."""
    spans: list[tuple[int, int]] = [piece for e in _doc_ents(sent.doc) if e.start >= sent.start and e.end <= sent.end and e.label_ in ("GPE", "LOC", "FAC") for piece in _split_at_prepositions(e, spotted)]
    spans += [(s, e) for s, e in spotted if sent.start_char <= s and e <= sent.end_char]
    text = text_of(doc)
    dateline = _DATELINE.match(text[sent.start_char:sent.end_char]) if sent.start_char == 0 or text[sent.start_char - 1] == "\n" else None
    out: list[PlaceMention] = []
    late: list[PlaceMention] = []
    taken: list[tuple[int, int]] = []
    for s, e in sorted(set(spans), key=lambda x: (x[0], -x[1])):
        if any(s < te and ts < e for ts, te in taken):
            continue
        if any(a.named and s < a.end and a.start < e for a in actor_spans):
            continue
        if any(cs <= s and e <= ce for cs, ce, _ in countries):
            continue
        if any(s < doc[t.end - 1].idx + len(doc[t.end - 1]) and doc[t.start].idx < e for t in triggers):
            continue
        name = text[s:e]
        if name.lower().startswith("the "):
            s, name = s + 4, name[4:]
        span = _tokens(doc, s, e)
        if span is not None and span.root.dep_ == "compound" and span.root.head.lower_ in _FORCE_HEADS:
            continue
        taken.append((s, e))
        qualifier = ""
        after = _SUFFIX.match(text[e:e + 20])
        if after:
            qualifier = _SUFFIX_QUALIFIER.get(after.group(1).lower(), "")
            e += after.end()
        before = text[max(sent.start_char, s - 40):s]
        for q, pattern in _QUALIFIER_BEFORE:
            if pattern.search(before):
                qualifier = q
        mention = PlaceMention(text=text[s:e], start=s, end=e, qualifier=qualifier)
        in_dateline = dateline is not None and s < sent.start_char + dateline.end()
        mention.weak = in_dateline
        (late if in_dateline else out).append(mention)
    return out + late


def _reporter(doc: Doc, sent: Span) -> tuple[str, int, int] | None:
    """Who the sentence says reported it: "a police officer in the city told the agency"."""
    for tok in sent:
        if tok.lemma_ in ("tell", "say", "confirm") and tok.pos_ == "VERB":
            subj = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if subj:
                sub = list(subj[0].subtree)
                return text_of(doc)[sub[0].idx:sub[-1].idx + len(sub[-1])], sub[0].idx, sub[-1].idx + len(sub[-1])
        if tok.lower_ == "according" and tok.nbor(1).lower_ == "to" and tok.i + 2 < sent.end:
            sub = list(tok.nbor(1).subtree)[1:]
            if sub:
                return text_of(doc)[sub[0].idx:sub[-1].idx + len(sub[-1])], sub[0].idx, sub[-1].idx + len(sub[-1])
    return None


def _time(doc: Doc, sent: Span, times: list[TimeExpr], primary: Token, trigger_heads: set[int] = frozenset()) -> TimeExpr | None:
    """The time expression that dates the act, not the report or claim about it."""
    inside = [t for t in times if sent.start_char <= t.start < sent.end_char and not _names_another_thing(doc, t, trigger_heads)]
    if not inside:
        return None
    subtree = {t.i for t in primary.subtree}
    act_heads = {primary.i, primary.head.i}

    def score(t: TimeExpr) -> tuple[int, int]:
        span = _tokens(doc, t.start, t.end)
        root = span.root if span is not None else primary
        governed = root.i in subtree or any(a.i in act_heads for a in root.ancestors if a.lemma_ not in ("claim", "say", "tell"))
        report_verb = any(a.lemma_ in ("claim", "say", "tell", "report", "confirm") for a in [root.head])
        return (0 if governed and not report_verb else 1, abs(root.i - primary.i))

    return min(inside, key=score)


def _names_another_thing(doc: Doc, time: TimeExpr, trigger_heads: set[int]) -> bool:
    """A date that is part of another thing's name, "against the August 3 elections": it
    dates the elections, not the protest."""
    span = _tokens(doc, time.start, time.end)
    if span is None:
        return False
    root = span.root
    return (root.dep_ in ("compound", "nmod", "amod") and root.head.pos_ == "NOUN"
            and root.head.i not in trigger_heads and root.head.i not in {t.i for t in span})


def fill(doc: Doc, mention: Mention, times: list[TimeExpr], spotted: list[tuple[int, int]]) -> Frame:
    """One frame from one mention sentence."""
    sent = mention.sent
    ranks = _kind_rank()
    triggers = [t for t in mention.triggers if not in_reference_clause(t.head(doc))] or mention.triggers
    # "laid down arms to stop the fighting": the act done, not the one stopped or planned;
    # a strike someone was arrested for calling still says what the event was about.
    acts = [t for t in triggers if not _unreal(t.head(doc), called=False)] or triggers
    primary = max(acts, key=lambda t: (ranks.get(t.kind, 0), -t.start))
    primary_head = primary.head(doc)
    trigger_heads = {t.head(doc).i for t in triggers}
    fights = frozenset(t.head(doc).i for t in triggers if t.kind == "clash")
    found_casualties = casualties.find(sent)
    victims = {t.i for c in found_casualties for v in c.victims for v in (v, *v.conjuncts) for t in _phrase(v)}
    offset = sent.start_char
    sent_actors = sentence_actors(doc, sent)
    countries = [(s + offset, e + offset, iso) for s, e, iso in countries_in(sent.text)]
    claims = claims_in(doc, sent, sent_actors)
    # "blamed the attack on the Taliban": a group a claim names did it, whatever the words around it.
    named_by_claims = [c.by for c in claims if c.by is not None and c.by.named and c.how in ("claimed", "suspected")]
    attacker = target = None
    unplaced: list[ActorMention] = []
    opponents: list[ActorMention] = []
    for a in sent_actors:
        span = _tokens(doc, a.start, a.end)
        if span is not None and in_reference_clause(span.root):
            continue
        role = _role(span.root, trigger_heads, victims, fights) if span is not None else ""
        if a in named_by_claims:
            role = "attacker"
        if role == "target" and a.armed and _opponent(span.root, victims):
            opponents.append(a)
        elif role == "attacker" and (attacker is None or (a.named and not attacker.named)):
            attacker = a
        elif role == "target" and target is None and not _where(doc, a):
            target = a
        elif not role:
            unplaced.append(a)
    if opponents:
        # "Seven policemen were killed in a gunbattle with Naxals": the side the victims
        # fought is the one that acted on them; with no victim named it is the target.
        if attacker is None and target is not None:
            attacker = opponents[0]
        elif target is None:
            target = opponents[0]
    target_phrase = _phrase_span(doc, target)
    said = _reporter(doc, sent)
    unplaced = [a for a in unplaced if not _voices_claim(doc, a)]  # "police blamed ...": who says, not who did
    for a in unplaced:
        before = a.end <= doc[primary.start].idx
        if said is not None and said[1] <= a.start < said[2]:
            continue  # "..., police said": who reports the act, no side of it
        if target_phrase is not None and target_phrase[0] <= a.start and a.end <= target_phrase[1]:
            continue  # "three people, including a local party leader": one of the victims
        if attacker is None and before and a.armed and a.kind != "state forces" and a is not target \
                and a.listed and primary.kind != "airstrike":
            # Not a group only the report names, as a victim's ("supporters of the X Front"),
            # nor one before an air strike ("jets pounded LeI hideouts"): armed groups rarely fly.
            attacker = a
        elif target is None and a is not attacker and not before and not _where(doc, a):
            target = a
    attacker, target = _operation(doc, sent_actors, victims, attacker, target)
    attacker_phrase = _phrase_span(doc, attacker)
    if target is not None and attacker_phrase is not None and attacker_phrase[0] <= target.start \
            and target.end <= attacker_phrase[1] and target.named and attacker is not None and attacker.named \
            and not _conjoined(doc, attacker, target):
        target = None  # "Ansar al-Islam, the Bangladesh chapter of al-Qaeda": one side described
    if attacker is None:
        forces = [(s + offset, e + offset, iso) for s, e, iso in countries_in(sent.text, forces=True)]
        attacker = _state_as_agent(doc, forces, sent_actors, triggers, victims)
    if attacker is None and target is not None and target.named and target.armed:
        # "clashes between ISIS and the army" often parses without a clear agent.
        others = [a for a in unplaced if a is not target and a.armed]
        if others:
            attacker = others[0]
    frame = Frame(
        start=sent.start_char, end=sent.end_char, triggers=acts,
        kinds=[t.kind for t in acts], attacker=attacker, target=target,
        casualties=found_casualties, time=_time(doc, sent, times, primary_head, trigger_heads),
        places=_places(doc, sent, spotted, sent_actors, countries, triggers),
        reported_by=said,
        country_hints=[iso for _, _, iso in countries] + [
            iso for a in sent_actors if a.named and (iso := actors.home_country(a.name))],
        specific=any(_is_specific(doc, t) for t in acts),
        recalled=all(_recalled(doc, t) for t in acts),
        another=_another(doc, sent, acts),
        trigger_span=(doc[primary.start].idx, doc[primary.end - 1].idx + len(doc[primary.end - 1])),
    )
    frame.attacker = crowd_acting(text_of(doc), frame.attacker, frame.kinds, bool(found_casualties))
    frame.attacker = party_infighting(sent.text, offset, frame.attacker, sent_actors)
    frame.mutual = _mutual(doc, frame.attacker, frame.target)
    frame.claims = claims
    if frame.attacker is None:
        # "Police suspect the NSCN-K of carrying out the ambush": the group the claim names.
        frame.attacker = next((c.by for c in frame.claims if c.how in ("claimed", "suspected") and c.by is not None
                               and (c.by.named or c.direct) and c.by.armed and c.by is not frame.target), None)
    said = frame.reported_by
    frame.others = [a for a in unplaced if a is not attacker and a is not target
                    and not (said and said[1] <= a.start < said[2]) and not _where(doc, a)
                    and not (attacker_phrase and attacker_phrase[0] <= a.start and a.end <= attacker_phrase[1])]
    return frame


def statement(doc: Doc, sent: Span) -> Frame | None:
    """A sentence with no act of its own that still adds to one: a toll ("the death toll
    rose to 12") or a claim ("the group claimed responsibility"), and the side it names."""
    found = casualties.find(sent)
    sent_actors = sentence_actors(doc, sent)
    claims = claims_in(doc, sent, sent_actors)
    if not found and not claims:
        return None
    frame = Frame(start=sent.start_char, end=sent.end_char, triggers=[], kinds=[], casualties=found, claims=claims)
    # "the rebels are the suspected perpetrators", "The group claimed responsibility".
    frame.attacker = next((c.by for c in claims if c.how in ("claimed", "suspected") and c.by is not None
                           and (c.by.named or c.direct) and c.by.armed), None)
    return frame


def _doc_actors(doc: Doc) -> list[ActorMention]:
    """Every actor mention of the document, found once: the data's names and role words,
    and the organisations the report names that the data lacks (which take the place
    of role words inside them: "Army" in "the Popular Liberation Army")."""
    found = doc.user_data.get("eventwire.actors")
    if found is None:
        listed = actors.find(text_of(doc))
        named = organisations.find(doc, listed)
        kept = [a for a in listed if not any(a.start < o.end and o.start < a.end for o in named)]
        found = doc.user_data["eventwire.actors"] = sorted(kept + named, key=lambda a: a.start)
    return found


def named_groups(doc: Doc) -> list[ActorMention]:
    """The armed groups the document names, wherever it names them: what "the guerrillas"
    and "the terror group" point back at."""
    return [a for a in _doc_actors(doc) if a.named and a.armed and a.kind != "state forces"]


def sentence_actors(doc: Doc, sent: Span) -> list[ActorMention]:
    """The actor mentions of one sentence, runs of words for one side joined: "Islamic
    State (ISIS) militants", "members of the Popular Front"."""
    inside = [a for a in _doc_actors(doc) if sent.start_char <= a.start and a.end <= sent.end_char]
    return [_no_longer_armed(text_of(doc), a) for a in _merge_runs(inside, text_of(doc), 0)]


def _voices_claim(doc: Doc, mention: ActorMention) -> bool:
    """The subject of "blame", "suspect", "accuse": who voices a suspicion, not a side."""
    span = _tokens(doc, mention.start, mention.end)
    return span is not None and span.root.dep_ == "nsubj" and span.root.head.lemma_ in word_set("attributing_verbs")


def _conjoined(doc: Doc, a: ActorMention, b: ActorMention) -> bool:
    """Two sides joined by "and": "fighting between the MNDAA and the Myanmar army"."""
    ra, rb = _tokens(doc, a.start, a.end), _tokens(doc, b.start, b.end)
    return ra is not None and rb is not None and (rb.root in ra.root.conjuncts or ra.root in rb.root.conjuncts)


def demonym_country(doc: Doc, mention: ActorMention) -> str | None:
    """The country a role word's own noun phrase names: "Iraqi soldiers", "Indian Border
    Security Force", "Pakistan's army", "troops of India"."""
    text = text_of(doc)
    window_start = max(0, mention.start - 30)
    hits = [h for h in countries_in(text[window_start:mention.end], forces=True)
            if not _backer(text, h[1] + window_start)]
    near = [h for h in hits if h[1] + window_start >= mention.start - 2
            or _LEADS.fullmatch(text, h[1] + window_start, mention.start)]
    if near:
        return near[-1][2]  # "Iraqi soldiers", "Saudi-led coalition jets"
    span = _tokens(doc, mention.start, mention.end)
    if span is None:
        return None
    left = [t for t in span.root.subtree if t.i < span.start]
    if left and left[-1].i == span.start - 1:
        hits = [h for h in countries_in(text[left[0].idx:mention.start], forces=True)
                if not _backer(text, h[1] + left[0].idx)]
        if hits:
            return hits[-1][2]
    after = _OF_COUNTRY.match(text_of(doc), mention.end)
    if after and not after.group(2):  # "troops of India and Pakistan" name both sides
        hits = countries_in(after.group(1), forces=True)
        if hits and hits[0][0] == 0:
            return hits[0][2]
    return None


_LEADS = re.compile(r"\s*-\s*led\s+(?:[\w-]+\s+){0,2}", re.I)
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)(\s+and\s+[A-Z])?")


def _doc_ents(doc: Doc) -> tuple[Span, ...]:
    """The doc's entities, computed once: ``Span.ents`` walks the whole doc on every call."""
    ents = doc.user_data.get("eventwire.ents")
    if ents is None:
        ents = doc.user_data["eventwire.ents"] = tuple(doc.ents)
    return ents
