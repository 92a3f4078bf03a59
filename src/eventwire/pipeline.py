"""The pipeline, read first: the stages called in order, each a module of its own.

    read -> clean -> focus -> parse -> mentions -> arguments -> assemble -> place -> date -> actors -> record
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from eventwire import actors, arguments, casualties, classify, crowds, dates, focus, mentions, notes, prefilter
from eventwire.actors import ActorMention
from eventwire.arguments import Frame
from eventwire.assemble import Draft, assemble, attach_statements, event_date, resolve_anaphora
from eventwire.clean import CleanText, clean
from eventwire.countries import acled_country, acled_country_name, country_name
from eventwire.country_hints import report_countries
from eventwire.focus import Focus
from eventwire.parse import BATCH_SIZE, nlp, text_of
from eventwire.places import Gazetteer, PlaceMention
from eventwire.places.gazetteer import elsewhere
from eventwire.read import parse_date
from eventwire.record import Actor, Article, Event, Evidence, Location, Source, Toll

ATTRIBUTION_ORDER = ["claimed", "denied", "suspected", "unclaimed"]


def extract(text: str, published: str | date | None = None, *, article_id: str = "article",
            outlet: str = "", url: str = "", title: str = "") -> list[Event]:
    """The events of one report. ``published`` anchors relative dates ("on Tuesday")."""
    article = Article(id=article_id, text=text, published=parse_date(published),
                      outlet=outlet, url=url, title=title)
    return extract_article(article)


def extract_article(article: Article) -> list[Event]:
    """The events of one article, in the order the report first mentions them."""
    # 1. clean: drop repeated paragraphs, keep a map back to the original offsets
    cleaned = clean(article.text)
    # 2. pre-filter: a report with no trigger word cannot report an act
    if not prefilter.may_mention(cleaned.text):
        return []
    # 3. parse the paragraphs a later stage can act on
    focused = focus.focus(cleaned)
    doc = nlp()(focused.parsed.text)
    return events_from_doc(article, focused, doc)


def extract_many(articles: list[Article], batch_size: int = BATCH_SIZE) -> list[list[Event]]:
    """Like :func:`extract_article` over many articles, parsing in batches: the same events, faster."""
    cleaned = [clean(a.text) for a in articles]
    wanted = [i for i, c in enumerate(cleaned) if prefilter.may_mention(c.text)]
    focused = {i: focus.focus(cleaned[i]) for i in wanted}
    results: list[list[Event]] = [[] for _ in articles]
    docs = nlp().pipe((focused[i].parsed.text for i in wanted), batch_size=batch_size)
    for i, doc in zip(wanted, docs):
        results[i] = events_from_doc(articles[i], focused[i], doc)
    return results


def events_from_doc(article: Article, focused: Focus, doc: Doc) -> list[Event]:
    """The events of an article whose focused paragraphs ``doc`` is the parse of."""
    cleaned = focused.parsed  # maps offsets in ``doc`` to the article's
    published = article.published
    text = text_of(doc)
    gazetteer = Gazetteer.default()
    # 4. mentions: sentences with a trigger
    found = mentions.find(doc)
    times = dates.find(text, published)
    spotted = gazetteer.spot(doc)
    # 5. arguments: one frame per mention; trigger-less sentences may still add a toll or a claim
    frames = [arguments.fill(doc, m, times, spotted) for m in found]
    mention_sents = {m.sent.start for m in found}
    statements = [_statement(doc, s) for s in doc.sents if s.start not in mention_sents]
    statements = [s for s in statements if s is not None]
    named = {a.start: a for f in frames for a in (f.attacker, f.target) if a is not None and a.named}
    resolve_anaphora(frames + statements, dict(sorted(named.items())), text)
    # 6. assemble: one draft per act
    drafts = assemble(frames, published)
    attach_statements(drafts, statements)
    hints = report_countries(frames, doc, f"{article.title}\n{focused.whole.text}")
    context = [p.text for f in frames for p in f.places] + focused.place_names(spotted, gazetteer)
    context += gazetteer.places_in_name(article.outlet)  # the outlet's home region, last
    events = []
    for n, draft in enumerate(drafts, 1):
        # 7-9. place, date, actors; then the record with its evidence
        events.append(_record(article, cleaned, doc, draft, n, hints, context, gazetteer))
    return events


def _statement(doc: Doc, sent) -> Frame | None:
    found = casualties.find(sent)
    claim = arguments.attribution_in(sent.text, sent.start_char)
    if not found and claim is None:
        return None
    frame = Frame(start=sent.start_char, end=sent.end_char, triggers=[], kinds=[], casualties=found, attribution=claim)
    if claim is not None and claim[0] != "denied":
        # "the rebels are the suspected perpetrators", "The group claimed responsibility".
        named = [a for a in actors.find(sent.text) if a.named and a.armed]
        if named:
            a = named[0]
            frame.attacker = ActorMention(a.start + sent.start_char, a.end + sent.start_char, a.text, a.name, a.kind, True)
    return frame


def _toll(frames: list[Frame], what: str) -> tuple[Toll, list[tuple[int, int]]]:
    """Deaths (or injuries) of one act: sides named apart add up ("five soldiers ... three of
    the attackers" is 8); repeated counts of one side are one figure, the largest; a count
    that names no side ("13 people") is a total of its own."""
    per_group: dict[str, tuple[Toll, list[tuple[int, int]]]] = {}
    for f in frames:
        counts = [c for c in f.casualties if c.what == what]
        sums: dict[str, tuple[Toll, list[tuple[int, int]]]] = {}
        for c in counts:
            toll, spans = sums.get(c.group, (Toll(), []))
            sums[c.group] = (Toll(best=toll.best + c.count.best, low=toll.low + c.count.low,
                                  high=toll.high + c.count.high), spans + [(c.start, c.end)])
        for group, (toll, spans) in sums.items():
            if group not in per_group or toll.best > per_group[group][0].best:
                per_group[group] = (toll, spans)
    if not per_group:
        return Toll(), []
    generic = per_group.pop("", None)
    named = list(per_group.values())
    total = Toll(best=sum(t.best for t, _ in named), low=sum(t.low for t, _ in named),
                 high=sum(t.high for t, _ in named))
    spans = [s for _, sp in named for s in sp]
    if generic is not None and (not named or generic[0].best > total.best):
        return generic
    return total, spans


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


def _record(article: Article, cleaned: CleanText, doc: Doc, draft: Draft, n: int,
            hints: Counter, context: list[str], gazetteer: Gazetteer) -> Event:
    evidence: list[Evidence] = []

    def cite(field: str, start: int, end: int) -> None:
        s, e = cleaned.span(start, end)
        evidence.append(Evidence(field, article.id, s, e, article.text[s:e]))

    frames = draft.frames
    text = text_of(doc)
    acts = [f for f in frames if f.triggers]
    # 7. place: the most precise place any sentence about the act gives
    hint = hints.most_common(1)[0][0] if hints else None
    location, place_mention = _place(frames, context, hint, gazetteer, text)
    country = location.country if location else ""
    if not country and hint:
        country = country_name(hint)
    # 8. date
    when, precision = event_date(draft, article.published)
    # 9. actors
    attacker = _choose_actor(acts, "attacker")
    if attacker is None or not attacker.named:
        # A group named only where the report says who claimed or is suspected of the act.
        attacker = _choose_actor([f for f in frames if f.attribution is not None and f.attribution[0] != "denied"
                                  and f.attacker is not None and f.attacker.named], "attacker") or attacker
    target = _choose_actor(acts, "target") or _other_side(acts, attacker)
    if target is not None and attacker is not None and target.name == attacker.name and attacker.named:
        target = None
    if attacker is not None and target is not None and _state_second(acts, attacker, target):
        attacker, target = target, attacker  # a fight no side is said to have begun: the state first
    sides = acled_country(country)
    actor1 = _actor(doc, attacker, sides) if attacker else _unnamed_attacker(draft.kinds, sides)
    actor2 = _actor(doc, target, sides) if target else None
    kinds = draft.kinds
    armed_victims = classify.victims_armed([v for f in acts for c in f.casualties for v in c.victims])
    victims = any(c.victims and c.count.high > 0 for f in acts for c in f.casualties)  # not "no one was hurt"
    unguarded = classify.off_duty(" ".join(text[f.start:f.end] for f in acts))
    crowd = crowds.read(doc, [(f.triggers, f.attacker, f.target) for f in acts])
    etype, sub = classify.event_type(kinds, attacker, target, armed_victims, victims, unguarded, crowd)
    actor1 = _perpetrator(actor1, attacker, sub, sides)
    group, group_words = crowds.associated(crowd.words, sides)
    actor1, actor2 = _crowd_sides(etype, sub, actor1, actor2, sides, group)
    actor1, actor2 = _party_first(etype, actor1, actor2)
    fatalities, death_spans = _toll(frames, "killed")
    injuries, injury_spans = _toll(frames, "injured")
    claims = [f.attribution for f in frames if f.attribution is not None]
    attribution = "reported"
    claim_span = None
    for name in ATTRIBUTION_ORDER:
        hit = next((c for c in claims if c[0] == name), None)
        if hit and not (name == "unclaimed" and attacker is not None and attacker.named):
            attribution, claim_span = name, hit
            break
    reporter = next((f.reported_by for f in frames if f.reported_by), None)
    # 10. the record, every field with its words
    primary = max(acts, key=lambda f: max(classify.rank(k) for k in f.kinds))
    cite("event_type", *primary.trigger_span)
    if draft.time is not None and when is not None:
        cite("event_date", draft.time.start, draft.time.end)
    for field, side in (("actor1", actor1), ("actor2", actor2)):
        # The words that name the side as it ended up: the crowd's, not the police's, after a swap.
        words = next((m for m in (attacker, target) if m is not None and side is not None and side.text == m.text), None)
        if words is not None:
            cite(field, words.start, words.end)
    for field, side in (("assoc_actor1", actor1), ("assoc_actor2", actor2)):
        if side is not None and side.associated and group_words is not None and side.associated == group:
            cite(field, group_words.start_char, group_words.end_char)
    if place_mention is not None:
        cite("location", place_mention.start, place_mention.end)
    for s, e in death_spans:
        cite("fatalities", s, e)
    for s, e in injury_spans:
        cite("injuries", s, e)
    if claim_span is not None:
        cite("attribution", claim_span[1], claim_span[2])
    if reporter is not None:
        cite("reported_by", reporter[1], reporter[2])
    event = Event(
        event_id=f"{article.id}-{n}", event_type=etype, sub_event_type=sub,
        event_date=when.isoformat() if when else "", time_precision=precision,
        actor1=actor1, actor2=actor2, attribution=attribution, location=location,
        fatalities=fatalities, injuries=injuries,
        sources=[Source(article_id=article.id, outlet=article.outlet, url=article.url,
                        published=article.published.isoformat() if article.published else "",
                        reported_by=reporter[0] if reporter else "")],
        evidence=evidence,
    )
    event.notes = notes.describe(event)
    return event


def _of(country: str, role: str) -> str:
    """A role's name for a country as ACLED writes it: forces "of" it, other sides "(in)" it."""
    if not country:
        return role
    return f"{role} of {country}" if role.endswith("Forces") else f"{role} ({country})"


def _unnamed_attacker(kinds: set[str], country: str) -> Actor:
    """An attacker the report does not name: an air strike is a state's (armed groups
    rarely fly), anything else an unidentified armed group."""
    if "airstrike" in kinds:
        return Actor(name=_of(country, "Military Forces"), kind="state forces")
    return Actor(name=_of(country, "Unidentified Armed Group"), kind="rebel group")


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
        return Actor(name=_of(country, "Police Forces"), kind="state forces")
    if sub == "Air/drone strike" and attacker is not None and not attacker.named and actor1.kind != "state forces":
        return _unnamed_attacker({"airstrike"}, country)
    if actor1.kind == "civilians" and attacker is not None and attacker.crowd and sub == "Mob violence":
        return Actor(name=_of(country, "Rioters"), kind="rioters", text=actor1.text)  # "a mob beat a thief"
    if actor1.kind == "civilians":
        return Actor(name=_of(country, "Unidentified Armed Group"), kind="rebel group", text=actor1.text)
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
    crowd = Actor(name=_of(country, label), kind=kind, associated=group)
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


def _actor(doc: Doc, mention: ActorMention, country: str) -> Actor:
    iso = arguments.demonym_country(doc, mention)
    own_country = acled_country_name(iso) if iso else country
    return Actor(name=mention.canonical(own_country), kind=mention.kind, text=mention.text)


def _place(frames: list[Frame], context: list[str], hint: str | None,
           gazetteer: Gazetteer, text: str) -> tuple[Location | None, PlaceMention | None]:
    """The most precise place the sentences about the act give, and the words naming it."""
    mentions = [p for f in frames for p in f.places if not elsewhere(text, p.end)]
    loc = gazetteer.resolve(mentions, context=context, country_hint=hint) if mentions else None
    if loc is None and context:  # no sentence about the act names a place: the article's places
        article_places = [PlaceMention(t, 0, 0, weak=True) for t in dict.fromkeys(context)]
        loc = gazetteer.resolve(article_places, context=context, country_hint=hint)
    if loc is None and hint:  # only a country: placed at its capital, as coders do (precision 3)
        loc = gazetteer.country_location(hint)
    if loc is None or not mentions:
        return loc, None
    return loc, next((p for p in mentions if p.text == loc.text), mentions[0])
