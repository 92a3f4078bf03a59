"""The pipeline, read first: the stages called in order, each a module of its own.

    read -> clean -> focus -> parse -> mentions -> arguments -> assemble -> place -> date -> actors -> record

The dateline ("LIMA, 20 AUG 88 (EFE) --") is read from the article's first words before
anything else: its date is the report's when the metadata gives none, its place a vote
for the report's country, and the scene only where the text puts the act there ("here").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from functools import partial

from spacy.tokens import Doc

from eventwire import (arguments, classify, crowd_people, crowds, dateline, dates, focus, kidnappings, mentions, notes,
                       prefilter, riot_types, roles, sides, suspects, tolls)
from eventwire.arguments import Frame
from eventwire.assemble import (Draft, assemble, attach_statements, event_date, places_apart, resolve_anaphora,
                                split_by_town)
from eventwire.clean import CleanText, clean
from eventwire.countries import acled_country, countries_in, country_after, country_name, scene_countries_in
from eventwire.country_hints import (Scene, attacker_nationalities, filed_in, group_homes, named_countries,
                                    outlet_home, report_words, scene_votes)
from eventwire.focus import Focus
from eventwire.parse import BATCH_SIZE, nlp, text_of
from eventwire.places import Gazetteer, PlaceMention
from eventwire.places.candidates import TOWN
from eventwire.places.geo import distance_km
from eventwire.places.names import split_kind
from eventwire.places.scene import BORDER_KM
from eventwire.places.words import elsewhere, is_quarter, route_end
from eventwire.read import parse_date
from eventwire.record import Article, Dateline, Event, Evidence, Location, Source


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
    # 1b. the dateline: where the report was filed and, where the metadata has none, its date
    line = article.dateline = article.dateline or dateline.find(article.text)
    published = article.published or (line.date if line is not None else None)
    text = text_of(doc)
    gazetteer = Gazetteer.default()
    # 4. mentions: sentences with a trigger
    found = mentions.find(doc)
    filed = _in_dateline(cleaned, line)
    times = [t for t in dates.find(text, published) if not filed(t.start, t.end)]  # the filing date dates no act
    spotted = gazetteer.spot(doc)
    # 5. arguments: one frame per mention; trigger-less sentences may still add a toll or a claim
    frames = [arguments.fill(doc, m, times, spotted) for m in found]
    for f in frames:  # where the reporter sat is no scene by itself
        f.places = [p for p in f.places if not filed(p.start, p.end)]
        f.places += _filing_place(text, f, line)
    mention_sents = {m.sent.start for m in found}
    statements = [arguments.statement(doc, s) for s in doc.sents if s.start not in mention_sents]
    statements = [s for s in statements if s is not None]
    named = {a.start: a for a in roles.named_groups(doc)}  # "the guerrillas" point back at them
    named |= {a.start: a for f in frames for a in (f.attacker, f.target) if a is not None and a.named}
    resolve_anaphora(frames + statements, dict(sorted(named.items())), text)
    voice = suspects.voice_of(text, article.outlet)  # a group's own radio: its "our units" are the group's
    suspects.speak_for(doc, frames, voice)
    report = suspects.read(doc, frames, statements, voice)
    # 6. assemble: one draft per act
    drafts = assemble(frames, published, partial(places_apart, gazetteer))
    attach_statements(drafts, statements)
    drafts = split_by_town(drafts, text)  # a wave of attacks on several towns: one event per town
    # the dateline's country words are its filing place's vote (filed_in), not the report's words
    _drop_dateline_countries(frames, text, filed)
    report_text = f"{article.title}\n{_blank_dateline(focused.whole, line)}"
    filing = gazetteer.resolve([PlaceMention(dateline.town(line), 0, 0, weak=True)]) if line is not None else None
    named = scene_countries_in(report_text)
    outlet, filed_votes = list(outlet_home(article.outlet)), list(filed_in(filing))
    homes = list(group_homes(roles.named_groups(doc)))
    scene = Scene(scene_votes(report_words(frames, named), attacker_nationalities(frames, doc), outlet, filed_votes,
                              homes),
                  named_countries(frames, report_text, named, outlet) | {iso for iso, _ in filed_votes + homes},
                  filing)
    # the places of acts told only in passing ("in response to an attack in X") say nothing of where
    elsewhere_starts = {p.start for f in frames for p in f.places if p.aside}
    scenes = [p.text for f in frames for p in f.places if not p.aside]
    scenes += focused.place_names([s for s in spotted if not filed(*s) and s[0] not in elsewhere_starts], gazetteer)
    scene.places = gazetteer.place_votes(scenes)
    # Places that only tell one namesake from another: the dateline's, the outlet's home region.
    context = scenes + [text[s:e] for s, e in spotted if filed(s, e)]
    context += gazetteer.places_in_name(article.outlet)
    events = []
    for n, draft in enumerate(drafts, 1):
        # 7-9. place, date, actors; then the record with its evidence
        events.append(_record(article, published, cleaned, doc, draft, n, scene, (context, scenes), gazetteer, report))
    return events


def _in_dateline(cleaned: CleanText, line: Dateline | None) -> Callable[[int, int], bool]:
    """A test of whether a span of the parsed text lies in the dateline."""
    def inside(start: int, end: int) -> bool:
        if line is None:
            return False
        s, e = cleaned.span(start, end)
        return s < line.end and line.start < e
    return inside


def _drop_dateline_countries(frames: list[Frame], text: str, filed: Callable[[int, int], bool]) -> None:
    """A country the dateline names ("PANAMA CITY (PANAMA), 26 JAN 89 --") is where the
    reporter sat: it leaves the country words of the sentence the dateline opens."""
    for f in frames:
        for s, e, iso in countries_in(text[f.start:f.end]):
            if filed(f.start + s, f.start + e) and iso in f.country_hints:
                f.country_hints.remove(iso)


def _blank_dateline(whole: CleanText, line: Dateline | None) -> str:
    """The cleaned text with its dateline blanked (offsets kept)."""
    text = whole.text
    if line is None:
        return text
    inside = _in_dateline(whole, line)
    end = 0
    while end < len(text) and whole.span(end, end + 1)[0] < line.end:
        end += 1
    blanked = "".join(" " if inside(i, i + 1) and not c.isspace() else c for i, c in enumerate(text[:end]))
    return blanked + text[end:]


def _filing_place(text: str, frame: Frame, line: Dateline | None) -> list[PlaceMention]:
    """The dateline's place where a sentence about the act points at it ("here", "in this
    capital"), cited by those words."""
    if line is None or frame.places:
        return []
    hit = dateline.points_at_filing_place(text[frame.start:frame.end])
    if hit is None:
        return []
    return [PlaceMention(dateline.town(line), frame.start + hit[0], frame.start + hit[1])]


def _record(article: Article, published: date | None, cleaned: CleanText, doc: Doc, draft: Draft, n: int,
            scene: Scene, places: tuple[list[str], list[str]], gazetteer: Gazetteer,
            report: suspects.Report | None = None) -> Event:
    evidence: list[Evidence] = []

    def cite(field: str, start: int, end: int) -> None:
        s, e = cleaned.span(start, end)
        evidence.append(Evidence(field, article.id, s, e, article.text[s:e]))

    frames = draft.frames
    text = text_of(doc)
    acts = [f for f in frames if f.triggers]
    # 7. place: the most precise place any sentence about the act gives
    hint = scene.country()
    location, place_mention = _place(frames, places, scene, gazetteer, text)
    country = location.country if location else ""
    if not country and hint:
        country = country_name(hint)
    # 8. date
    when, precision = event_date(draft, published)
    # 9. actors: who acted on whom and how the report knows it; the type; the sides as coded
    chosen = sides.pick(frames, report, location.iso if location else (hint or ""))
    attacker, target = chosen.attacker, chosen.target
    kinds = draft.kinds
    victim_words = [v for f in acts for c in f.casualties for v in c.victims]
    # The people an act was done to, hurt or not: "gunmen ambushed the guards", "police shot two bandits";
    # in a kidnapping, those seized.
    harm = {"abduction"} if "abduction" in kinds else classify.HARM_KINDS
    done_to = [c for f in acts for t in f.triggers if t.kind in harm
               for c in t.head(doc).children if c.dep_ in ("dobj", "nsubjpass")]
    act_text = " ".join(text[f.start:f.end] for f in acts)
    crowd = crowds.read(doc, [(f.triggers, f.attacker, f.target) for f in acts])
    triggers = [t for f in acts for t in f.triggers]
    facts = classify.ActFacts(
        armed_victims=classify.victims_armed(victim_words) or classify.victims_armed(done_to),
        victims=any(_hurt(f) for f in acts),  # not "no one was hurt"
        unguarded=classify.off_duty(act_text),
        civilians_in_fight=classify.victims_civilian(victim_words) and classify.fight_as_setting(doc, triggers),
        fight_named=classify.fight_as_setting(doc, triggers, False),
        held=classify.defenceless(act_text),
        deaths=any(_killed(f) for f in acts),
        communal_fight=riot_types.communal_fight(doc, triggers),
        abducted_hurt="abduction" in kinds and any(_hurt(f) for f in acts),
        killed_apart=kidnappings.killed_apart([set(f.kinds) for f in acts], [text[f.start:f.end] for f in acts]),
        harmed=classify.harm_told(_told_with(doc, frames)),
        unresisting=classify.no_resistance(act_text),
        answered=classify.answered_with_force(doc, triggers),
        civilians_hurt=classify.victims_civilian(victim_words),
        fellows=classify.fellows_only(victim_words or done_to),
        property_wrecked=any(classify.wrecked(doc, f.triggers) for f in acts))
    etype, sub = classify.event_type(kinds, attacker, target, facts, crowd)
    deaths, injuries = tolls.act_tolls([f.casualties for f in frames], etype)
    sub = riot_types.deadly_intervention(sub, deaths.toll, crowd, [text[s:e] for s, e in deaths.spans])
    group, group_words = crowd_people.associated(crowd.words, acled_country(country))
    actor1, actor2 = sides.name(doc, chosen, kinds, etype, sub, country, group)
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
    for s, e in deaths.spans:
        cite("fatalities", s, e)
    for s, e in injuries.spans:
        cite("injuries", s, e)
    if chosen.claim is not None:
        cite("attribution", chosen.claim.start, chosen.claim.end)
    if reporter is not None:
        cite("reported_by", reporter[1], reporter[2])
    event = Event(
        event_id=f"{article.id}-{n}", event_type=etype, sub_event_type=sub,
        event_date=when.isoformat() if when else "", time_precision=precision,
        actor1=actor1, actor2=actor2, attribution=chosen.attribution, location=location,
        fatalities=deaths.toll, injuries=injuries.toll,
        sources=[Source(article_id=article.id, outlet=article.outlet, url=article.url,
                        published=article.published.isoformat() if article.published else "",
                        reported_by=reporter[0] if reporter else "")],
        evidence=evidence,
    )
    event.notes = notes.describe(event)
    return event


def _place(frames: list[Frame], places: tuple[list[str], list[str]], scene: Scene,
           gazetteer: Gazetteer, text: str) -> tuple[Location | None, PlaceMention | None]:
    """The most precise place the sentences about the act give, and the words naming it;
    ``places`` are the article's place names for context and those that may be a scene;
    ``scene`` what else the report says of its country, the dateline's place among it. A
    place of another act told in passing is not the act's.

    A place of the dateline's name is the dateline's place: "in La Paz" in a report filed
    in La Paz is not another La Paz; a place written with its country ("San Miguel, El
    Salvador") is in that country.

    A small town far abroad that no word of the report puts a country to (a "Horcones" read
    as the Mexican one in a report about El Salvador) is a namesake, not the scene; so is
    another place of the report taken as the scene when the sentences about the act name
    none, and any such place outside the report's country (a "Berlin" among the towns a
    report lists). A quarter the gazetteer lacks ("the Zacamil neighborhood") is one of the
    town the report was filed from, when that town is in the report's country. Then the
    report's country is the place, if the report names it as a place."""
    context, scenes = places
    filing = scene.filing
    hint = scene.country()
    # a country whose votes were all taken back (an attacker's across a border) says nothing
    said: dict[str, float] | str = {iso: v for iso, v in scene.votes.items() if v > 0}
    mentions = [p for f in frames for p in f.places if not elsewhere(text, p.end) and not p.aside]
    for p in mentions:
        p.route = route_end(text, p.start, p.end)  # "the Dhaka-Barisal highway": the road's ends
    if filing is not None and any(p.text.lower() == filing.text.lower() for p in mentions):
        hint = said = filing.iso
    own = next((iso for p in mentions if (iso := country_after(text, p.end))), None)
    if own is not None:  # "in San Miguel, El Salvador": the place's own country
        hint = said = own
    loc = gazetteer.resolve(mentions, context=context, country_hint=said) if mentions else None
    if loc is not None and _namesake(loc, hint, scene.votes, gazetteer):
        loc = None
    if loc is None and scenes:  # no sentence about the act names a place: the article's places in its country
        # a name of the act's own the words call a unit, refused ("X region" read as a town
        # abroad), is not taken again bare
        refused = {split_kind(m.text)[0].lower() for m in mentions if split_kind(m.text)[1] in ("district", "province")}
        article_places = [PlaceMention(t, 0, 0, weak=True) for t in dict.fromkeys(scenes)
                          if (split_kind(t)[0] or t).lower() not in refused
                          and (not hint or any(c.place.country == hint for c in gazetteer.lookup(t)))]
        loc = gazetteer.resolve(article_places, context=context, country_hint=said)
        if loc is not None and (_namesake(loc, hint, scene.votes, gazetteer) or hint and loc.iso != hint):
            loc = None  # a place of the report abroad says nothing of where this act was
    quarter = next((p for p in mentions if is_quarter(p.text)), None)
    if loc is None and quarter is not None and filing is not None and filing.iso == hint:
        # a quarter the gazetteer lacks, in a report filed from a town of its country: that town's
        loc = replace(filing, geo_precision=max(filing.geo_precision, 2), text=quarter.text)
    country = scene.placeable()
    if loc is None and country:  # only a country: placed at its capital, as coders do (precision 3)
        loc = _capital_filed_from(filing, country, gazetteer) or gazetteer.country_location(country)
    if loc is None or not mentions:
        return loc, None
    return loc, next((p for p in mentions if p.text == loc.text), mentions[0])


def _told_with(doc: Doc, frames: list[Frame]) -> str:
    """The sentences about an act and the one after each, where a report says what the act
    did to people without naming it again ("No injuries were reported.")."""
    text = text_of(doc)
    starts = sorted(s.start_char for s in doc.sents)
    spans: set[tuple[int, int]] = set()
    for f in frames:
        spans.add((f.start, f.end))
        after = next((i for i, start in enumerate(starts) if start >= f.end), None)
        if after is not None:
            spans.add((starts[after], starts[after + 1] if after + 1 < len(starts) else len(text)))
    return " ".join(text[a:b] for a, b in sorted(spans))


def _killed(frame: Frame) -> bool:
    """Whether a sentence of the act counts people killed in it (not those it is about)."""
    return any(c.what == "killed" and c.victims and c.count.high > 0 and not c.about for c in frame.casualties)


def _hurt(frame: Frame) -> bool:
    """Whether a sentence of the act tells people killed or hurt (not "no one was hurt")."""
    return any(c.victims and c.count.high > 0 for c in frame.casualties)


def _capital_filed_from(filing: Location | None, country: str, gazetteer: Gazetteer) -> Location | None:
    """The capital the report was filed from, where the act has no place but its country
    and that is the capital's: placed where the country would be, named as the capital."""
    if filing is None or filing.iso != country or filing.latitude is None:
        return None
    capital = gazetteer.capital(country)
    if capital is None or (capital.latitude, capital.longitude) != (filing.latitude, filing.longitude):
        return None
    return replace(filing, geo_precision=3)


def _namesake(loc: Location, hint: str | None, hints: Mapping[str, float], gazetteer: Gazetteer) -> bool:
    """A small town far abroad that no word of the report gives a country to: the name of
    another place, one the gazetteer lacks, in the report's country."""
    if not hint or loc.iso == hint or hints.get(loc.iso, 0) > 0 or loc.geo_precision >= 3:
        return False
    home = gazetteer.country_location(hint)
    if home is None or loc.latitude is None or home.latitude is None:
        return False
    if distance_km(loc.latitude, loc.longitude, home.latitude, home.longitude) <= BORDER_KM:
        return False
    return not any(c.place.country == loc.iso and c.place.population >= TOWN for c in gazetteer.lookup(loc.name))
