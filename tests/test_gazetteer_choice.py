"""How the gazetteer chooses among readings: spellings of their own, force names,
the country the rest of a report points at, districts named in the text."""

from __future__ import annotations

import pytest

from eventwire.parse import nlp
from eventwire.places import Gazetteer, PlaceMention
from eventwire.places.gazetteer import spelt_alike


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _m(text: str, qualifier: str = "") -> PlaceMention:
    return PlaceMention(text, 0, len(text), qualifier)


def _spotted(gaz: Gazetteer, text: str) -> list[str]:
    return [text[s:e] for s, e in gaz.spot(nlp()(text))]


def test_spellings_of_one_name_are_alike_but_shared_consonants_are_not():
    assert spelt_alike("Sheikh Zuwayed", "Ash Shaykh Zuwayd")
    assert spelt_alike("Gujranwalla", "Gujranwala")
    assert not spelt_alike("Lashkar", "Sukrah")
    assert not spelt_alike("Ben Ghashir", "Bangsar")


def test_a_town_spelt_its_own_way_is_found_when_nothing_says_another_country(gaz):
    loc = gaz.resolve([_m("Gujranwalla")], context=["Gujranwalla"])
    assert loc is not None and loc.name == "Gujranwala" and loc.iso == "PK"


def test_a_spelling_of_its_own_yields_to_the_country_the_report_names(gaz):
    # the sounds-alike reading lies in Pakistan; the report is about somewhere else
    loc = gaz.resolve([_m("Gujranwalla")], context=["Gujranwalla"], country_hint="KE")
    assert loc is None or loc.iso != "PK"


def test_a_force_named_after_a_place_is_no_place_but_a_province_still_counts(gaz):
    assert "Frontier" not in _spotted(gaz, "A Frontier Corps soldier was shot dead in Turbat.")
    assert "Sindh" in _spotted(gaz, "Two Sindh Rangers personnel were wounded in a blast.")
