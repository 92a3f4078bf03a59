"""How the gazetteer chooses among readings: spellings of their own, force names,
the country the rest of a report points at, districts named in the text."""

from __future__ import annotations

import pytest

from eventwire.parse import nlp
from eventwire.places import Gazetteer, PlaceMention
from eventwire.places.words import spelt_alike


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


def test_the_places_of_one_act_are_read_in_one_country(gaz):
    # alone, "Jamalpur" is first the Bangladeshi town; beside an Indian town, the Indian one
    alone = gaz.resolve([_m("Jamalpur")], context=["Jamalpur"])
    assert alone is not None and alone.iso == "BD"
    loc = gaz.resolve([_m("Jamalpur"), _m("Baliguda")], context=["Jamalpur", "Baliguda"])
    assert loc is not None and loc.iso == "IN" and loc.name.startswith("Jam")


def test_a_town_abroad_yields_to_the_district_named_with_it(gaz):
    # the only Sarakhs the gazetteer knows is in Iran: "Sarakhs, Hisar district" means a
    # namesake it lacks, and the district is the place
    loc = gaz.resolve([_m("Sarakhs"), _m("Hisar", "district")], context=["Sarakhs", "Hisar district"])
    assert loc is not None and loc.iso == "IN" and loc.name == "Hisar" and loc.geo_precision == 2


def test_a_big_city_whose_name_is_an_everyday_phrase_still_says_its_country(gaz):
    # "Crawford" is also a county name in the United States
    loc = gaz.resolve([_m("Cape Town"), _m("Crawford")], context=["Cape Town", "Crawford"])
    assert loc is not None and loc.iso == "ZA"


def test_a_district_after_a_place_counts_even_when_read_as_a_person(gaz):
    # the parser takes both names for persons; the second is a known district
    assert "Mansehra" in _spotted(gaz, "Police fired on a crowd in Kolai, Mansehra on Friday.")
    assert "Khyber" in _spotted(gaz, "A policeman was shot in Jamrud, Khyber.")


def test_two_names_that_point_at_two_countries_do_not_rule_each_other_out(gaz):
    loc = gaz.resolve([_m("Hisar"), _m("Kabale")], context=["Hisar", "Kabale"])
    assert loc is not None and loc.iso in ("IN", "UG")


def test_a_name_called_a_district_says_its_country_firmly(gaz):
    bare = gaz._context(("Kiphire",), ()).votes["kiphire"]
    called = gaz._context(("Kiphire district",), ()).votes["kiphire"]
    assert bare == {"IN": pytest.approx(0.4)} and called == {"IN": 1.0}


def test_a_place_that_says_clearly_where_it_is_outweighs_a_country_word(gaz):
    # "Bangladeshi peacekeepers ... in Garissa": the hint is the troops' country, the town Kenya's
    loc = gaz.resolve([_m("Garissa")], context=["Garissa"], country_hint="BD")
    assert loc is not None and loc.iso == "KE" and loc.name == "Garissa"


def test_a_small_town_far_from_the_big_city_named_with_it_is_a_namesake(gaz):
    # beside a big city a town is usually its quarter; one 1,000 km away is not the one meant
    alone = gaz.resolve([_m("Parachinar")], context=["Parachinar"])
    assert alone is not None and alone.name == "Parachinar"
    loc = gaz.resolve([_m("Parachinar"), _m("Karachi")], context=["Parachinar", "Karachi"])
    assert loc is not None and loc.name == "Karachi"


def test_a_name_after_capital_or_town_is_a_place_even_when_read_as_a_person(gaz):
    assert "Rumbek" in _spotted(gaz, "Clashes broke out around the regional capital Rumbek on Monday.")
    assert "Tarin Kot" in _spotted(gaz, "Gunmen stormed the provincial capital Tarin Kot on Monday.")


def test_a_city_after_a_quarter_counts_even_when_read_as_a_person(gaz):
    assert "Durban" in _spotted(gaz, "Hundreds marched through the streets of Chatsworth, Durban, on Monday.")


def test_a_short_name_matched_only_by_sound_is_no_place_without_a_country(gaz):
    # "Kokoro" sounds like villages on several continents; a long name is specific, once a
    # word of the report names a country: a village spelt its own way alone is anyone's
    assert gaz.resolve([_m("Kokoro")], context=["Kokoro"]) is None
    assert gaz.resolve([_m("Dusamareb")], context=["Dusamareb"]) is None
    loc = gaz.resolve([_m("Dusamareb")], context=["Dusamareb"], country_hint={"SO": 0.75})
    assert loc is not None and loc.iso == "SO"


def test_a_name_does_not_vouch_for_itself_as_its_own_district(gaz):
    # Pakistan's Hyderabad is also a district; that alone must not outweigh India's far bigger city
    loc = gaz.resolve([_m("Hyderabad")], context=["Hyderabad"])
    assert loc is not None and loc.iso == "IN"
    loc = gaz.resolve([_m("Hyderabad"), _m("Sindh")], context=["Hyderabad", "Sindh"])
    assert loc is not None and loc.iso == "PK"


def test_a_current_name_outweighs_a_former_name_of_a_bigger_city(gaz):
    loc = gaz.resolve([_m("Islamabad")], context=["Islamabad"])
    assert loc is not None and loc.iso == "PK"


def test_a_district_spelt_its_own_way_still_says_its_country(gaz):
    # "Budgaam" is known only by sound; called a district it outweighs a small town abroad
    loc = gaz.resolve([_m("Budgaam district", "district"), _m("Kashmir")],
                      context=["Budgaam district", "Kashmir"])
    assert loc is not None and loc.iso == "IN"


def test_a_name_with_a_possessive_inside_is_one_place(gaz):
    assert _spotted(gaz, "A man was stabbed in King's Lynn overnight.") == ["King's Lynn"]
