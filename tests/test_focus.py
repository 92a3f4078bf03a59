"""Focus: only the paragraphs a later stage can act on are parsed, and nothing is lost by it."""

from __future__ import annotations

import re

import pytest

from eventwire import extract, focus
from eventwire.clean import clean
from eventwire.places import Gazetteer

HEADLINE = "Market reopens after quiet week"
LEAD = "Traders returned to the central market on Monday after a week of closures."
ACT = "Gunmen attacked a police post on the edge of the town on Sunday night, residents said."
TOLL = "Five officers died and two others were taken to hospital."
CLAIM = "Al-Shabaab claimed responsibility in a statement posted online."
PLACE = "The town lies on the main road north of Garowe, and its market serves herders from across the region."
OTHER = "The regional government plans to open a new school there next year."
REPORT = "\n\n".join([HEADLINE, LEAD, ACT, TOLL, CLAIM, PLACE, OTHER]) + "\n"


def test_paragraphs_with_a_trigger_a_toll_or_a_claim_are_needed():
    assert focus.needed(ACT)
    assert focus.needed(TOLL)  # no trigger word, but a death toll
    assert focus.needed(CLAIM)
    assert focus.needed("No one was hurt, police said.")
    assert not focus.needed(PLACE)
    assert not focus.needed(OTHER)


def test_headline_and_lead_are_always_parsed():
    parsed = focus.focus(clean(REPORT)).parsed
    assert parsed.text == "\n".join([HEADLINE, LEAD, ACT, TOLL, CLAIM])


def test_parsed_text_maps_back_to_the_original():
    parsed = focus.focus(clean(REPORT)).parsed
    for m in re.finditer(r"\w+", parsed.text):
        start, end = parsed.span(m.start(), m.end())
        assert REPORT[start:end] == m.group()


def test_places_of_unparsed_paragraphs_are_still_read():
    focused = focus.focus(clean(REPORT))
    assert "Garowe" in focused.place_names([], Gazetteer.default())


@pytest.fixture(scope="module")
def event():
    events = extract(REPORT, published="2022-03-08", article_id="focus")
    assert len(events) == 1
    return events[0]


def test_toll_in_its_own_paragraph_counts(event):
    assert event.fatalities.best == 5
    cited = [e for e in event.evidence if e.field == "fatalities"]
    assert cited and all(REPORT[e.start:e.end] == e.text for e in cited)
    assert REPORT.index(TOLL) <= cited[0].start < REPORT.index(TOLL) + len(TOLL)


def test_claim_in_its_own_paragraph_names_the_attacker(event):
    assert event.attribution == "claimed"
    assert event.actor1.name == "Al Shabaab"
    claim = next(e for e in event.evidence if e.field == "attribution")
    assert claim.text == "claimed responsibility" == REPORT[claim.start:claim.end]


def test_place_named_only_in_an_unparsed_paragraph_places_the_act(event):
    assert event.location is not None and event.location.text == "Garowe"


def test_every_evidence_span_points_into_the_original(event):
    for e in event.evidence:
        assert REPORT[e.start:e.end] == e.text


def test_same_events_as_parsing_every_paragraph(monkeypatch):
    focused = [e.to_dict() for e in extract(REPORT, published="2022-03-08", article_id="focus")]
    monkeypatch.setattr(focus, "needed", lambda paragraph: True)
    assert focus.focus(clean(REPORT)).parsed.text == clean(REPORT).text
    whole = [e.to_dict() for e in extract(REPORT, published="2022-03-08", article_id="focus")]
    assert focused == whole


def test_a_phrase_that_looks_around_it_keeps_every_paragraph():
    looks_back = focus._relaxed(re.compile(r"(?<!not )claimed"))
    assert looks_back.search(OTHER)
    assert focus._relaxed(re.compile(r"\bclaimed\b")).search("reclaimed")  # only ever matches more
