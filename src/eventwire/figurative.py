"""Words of violence used figuratively report no act: a fight against poverty, an attack on
a policy, a film shot, critics who blast the government, voters who storm polling stations.

Word lists live in ``data/figurative.yaml`` and ``data/words.yaml`` (campaign_targets)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.resources import word_set

_OBJECTS = ("dobj", "obj", "nsubjpass")


def _words(name: str) -> frozenset[str]:
    return word_set(name, "figurative")


def _aimed_at(token: Token) -> list[Token]:
    """What the act is aimed at: the verb's object ("attacked the budget") or the noun's
    "on" or "against" phrase ("an attack on press freedom")."""
    if token.pos_ == "VERB":  # a verb's "on" phrase may be its place: "shot on a hillside"
        return [c for c in token.children if c.dep_ in _OBJECTS]
    return [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
            for o in p.children if o.dep_ == "pobj"]


def a_campaign(token: Token) -> bool:
    """A fight waged on an evil, not on a side: "the fight against drug trafficking", "to
    fight the battle against terrorism", "raised rates to fight inflation"."""
    if token.lemma_.lower() in ("fight", "combat", "battle") and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in word_set("campaign_targets") for c in token.children):
        return True
    heads = [token, *(c for c in token.children if c.dep_ in ("dobj", "obj"))]
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("against", "on"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in word_set("campaign_targets"):
                        return True
    return False


def _untouchable(token: Token) -> bool:
    """Aimed only at what no blow can hurt: "attacked the budget plan", "shot the film"."""
    targets = _aimed_at(token)
    return bool(targets) and all(t.pos_ == "NOUN" and t.lemma_.lower() in _words("untouchable") for t in targets)


def _a_name_for(token: Token) -> bool:
    """A name given to an act told elsewhere: "condemned the arrests as an assault on the
    poor". The noun hangs on "as" under a verb of calling."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "as":
        return False
    return prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in _words("calling_verbs")


def _criticism(token: Token) -> bool:
    """A verb of blows that criticises: "blasted the government over fuel prices"."""
    return (token.pos_ == "VERB" and token.lemma_.lower() in _words("criticising_verbs")
            and any(c.dep_ == "prep" and c.lower_ in _words("criticism_reasons") for c in token.children))


def _told_with(token: Token, preps: tuple[str, ...], name: str) -> bool:
    """Whether one of ``preps`` on the word brings a word of the list ``name``: "in a speech"."""
    return any(c.dep_ == "prep" and c.lower_ in preps and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _words(name) for o in c.children)
        for c in token.children)


def _verbal(token: Token) -> bool:
    """Blows dealt in words: "attacked his critics in a speech"."""
    return _told_with(token, ("in",), "verbal_settings")


def _played(token: Token) -> bool:
    """Blows acted or played: "shot in a scene of the film", "injured in training"."""
    return _told_with(token, ("in", "during"), "play_settings")


def _harmless_doer(token: Token) -> bool:
    """Done by an illness or a pest, which no side answers for: "the virus attacked the
    immune system"."""
    doers = [c for c in token.children if c.dep_ in ("nsubj", "agent")]
    doers = [o for d in doers for o in ([d] if d.dep_ == "nsubj" else d.children) if o.dep_ in ("nsubj", "pobj")]
    return bool(doers) and all(d.lemma_.lower() in _words("harmless_doers") for d in doers)


def _swelling(token: Token) -> bool:
    """A thing that swells or flops: "prices exploded", "the film bombed at the box office"."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _words("swelling_verbs"):
        return False
    if _told_with(token, ("with",), "swelling_feelings"):
        return True  # "the crowd exploded with joy"
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    if token.dep_ == "acl" and not any(c.dep_ in _OBJECTS for c in token.children):
        doers.append(token.head)  # a parse that hangs the verb on its doer: "the sequel bombed"
    return bool(doers) and all(d.lemma_.lower() in _words("swelling_things") or d.lower_ in _words("swelling_things")
                               for d in doers)


def _civil_means(token: Token) -> bool:
    """Means or staff moved or taken on where no force is: "deployed his charm", "the club
    recruited players from the academy"."""
    if token.lemma_.lower() not in _words("civil_verbs"):
        return False
    done_to = [c for c in token.children if c.dep_ in _OBJECTS]
    return bool(done_to) and all(t.lemma_.lower() in _words("civil_means") for t in done_to)


def _a_rush(token: Token) -> bool:
    """A crowd that rushes a place: "voters stormed polling stations", "shoppers stormed the mall"."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _words("rushing_verbs"):
        return False
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    doers += [o for a in token.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]  # "stormed by fans"
    doers += [o for d in doers for p in d.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]  # "thousands of shoppers"
    return any(d.lemma_.lower() in _words("rushing_crowds") for d in doers)


def figurative(token: Token) -> bool:
    """Whether the trigger word ``token`` is used figuratively and reports no act."""
    return (_untouchable(token) or _a_name_for(token) or _criticism(token) or _verbal(token)
            or _a_rush(token) or _played(token) or _harmless_doer(token) or _swelling(token)
            or _civil_means(token))
