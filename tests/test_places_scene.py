"""The country a report's acts are in decides among namesakes."""

from __future__ import annotations

import pytest

from eventwire.places import Gazetteer, PlaceMention
from eventwire.places.scene import build_context, leading_country


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _m(text: str) -> PlaceMention:
    return PlaceMention(text, 0, len(text))


def test_the_outlets_country_decides_among_namesakes_when_the_report_names_none(gaz):
    # a Gopalganj in India and one in Bangladesh; alone, the Indian town is taken
    alone = gaz.resolve([_m("Gopalganj")], context=["Gopalganj"])
    assert alone is not None and alone.iso == "IN"
    loc = gaz.resolve([_m("Gopalganj")], context=["Gopalganj"], country_hint={"BD": 0.75})
    assert loc is not None and loc.iso == "BD"


def test_a_small_town_abroad_is_no_place_against_the_outlets_country(gaz):
    # the only Raghunathpurs the gazetteer knows are small Indian towns
    assert gaz.resolve([_m("Raghunathpur")], context=["Raghunathpur"], country_hint={"BD": 0.75}) is None


def test_a_short_other_name_of_a_town_is_no_place_when_nothing_says_a_country(gaz):
    # "Mesel" is also a spelling of a German village's name; a short name is anyone's
    assert gaz.resolve([_m("Mesel")], context=["Mesel"]) is None
    # a long other name is specific enough ("Zalingei" for Zalinjay)
    loc = gaz.resolve([_m("Zalingei")], context=["Zalingei"])
    assert loc is not None and loc.iso == "SD"


def test_a_country_is_the_hint_only_when_it_leads_alone():
    assert leading_country({"IN": 2.0, "PK": 0.75}, 1.0) == "IN"
    assert leading_country({"IN": 2.0, "PK": 2.0}, 1.0) is None  # "Indian and Pakistani troops"
    assert leading_country({"BD": 0.75}, 1.0) is None  # an outlet's home alone is no hint


def test_a_capital_named_in_a_report_votes_for_its_country_alone(gaz):
    # "San Salvador" is also a village's name in several countries; the capital's name says El Salvador
    ctx = build_context(gaz, ["San Salvador"], {})
    assert ctx.votes["san salvador"] == {"SV": 1.0}


def test_a_towns_short_other_name_is_no_reading_when_nothing_says_a_country(gaz):
    # "Tur" is also a short other name of Tours; with no word of a country that is a guess
    loc = gaz.resolve([_m("Tur")], context=["Tur"])
    assert loc is None or loc.name != "Tours"


def test_a_unit_that_only_sounds_alike_needs_a_word_of_its_country(gaz):
    # "Hodan district" sounds like a Yemeni district: with nothing saying Yemen, no place
    assert gaz.resolve([_m("Hodan district")], context=["Hodan district"]) is None
    loc = gaz.resolve([_m("Hodan district")], context=["Hodan district"], country_hint={"YE": 1.0})
    assert loc is not None and loc.iso == "YE"


def test_a_village_that_only_sounds_alike_needs_a_word_of_its_country_but_one_run_together_does_not(gaz):
    # "Awantipora" only sounds like Awantipur; "Dattakhel" is Datta Khel written as one word
    assert gaz.resolve([_m("Awantipora")], context=["Awantipora"]) is None
    loc = gaz.resolve([_m("Awantipora")], context=["Awantipora"], country_hint={"IN": 0.75})
    assert loc is not None and loc.iso == "IN"
    loc = gaz.resolve([_m("Dattakhel")], context=["Dattakhel"])
    assert loc is not None and loc.name == "Datta Khel"


def test_a_long_name_spelt_its_own_way_just_across_the_border_is_taken(gaz):
    # the words name Ethiopia (its soldiers); the town, one letter off, lies in Somalia
    loc = gaz.resolve([_m("Dhuusamareeb")], context=["Dhuusamareeb"], country_hint="ET")
    assert loc is not None and loc.iso == "SO" and loc.name == "Dhuusamarreeb"


def test_a_loose_sound_alike_across_the_border_is_not(gaz):
    # a Dhaka quarter the gazetteer lacks is no Indian town that only sounds like it
    loc = gaz.resolve([_m("Khilgaon")], context=["Khilgaon"], country_hint="BD")
    assert loc is None or loc.iso == "BD"


def test_a_village_named_alone_by_a_short_name_is_no_place_when_nothing_says_a_country(gaz):
    # the gazetteer's only Muse is a small American town; a report naming no country may
    # mean any of the Muses it lacks, and one placed by its country's name is taken
    assert gaz.resolve([_m("Muse")], context=["Muse"]) is None
    loc = gaz.resolve([_m("Muse")], context=["Muse"], country_hint="US")
    assert loc is not None and loc.iso == "US"


def test_a_unit_called_one_is_still_taken_when_nothing_says_a_country(gaz):
    loc = gaz.resolve([_m("Kole district")], context=["Kole district"])
    assert loc is not None and loc.iso == "UG"


def test_a_big_city_misspelt_says_its_country_to_the_reports_other_names(gaz):
    # "Kisangany" is a slip for Kisangani: it votes for Congo as the city's own name would
    ctx = build_context(gaz, ["Kisangany", "Lumbizi"], {})
    assert ctx.countries["CD"] >= 1.0


def test_a_region_named_alone_is_no_district_or_town_abroad(gaz):
    # the gazetteer's Nyanza is a Rwandan district; a "Nyanza region" may be another country's
    assert gaz.resolve([_m("Nyanza region")], context=["Nyanza region"]) is None
    loc = gaz.resolve([_m("Nyanza region")], context=["Nyanza region"], country_hint="RW")
    assert loc is not None and loc.iso == "RW"


def test_a_region_keeps_its_own_kind_beside_a_word_of_nearness(gaz):
    # "on the outskirts of ... Bay region": the words say a province, whatever the preposition
    loc = gaz.resolve([PlaceMention("Bay region", 0, 10, qualifier="near")], context=["Bay region"])
    assert loc is not None and loc.iso == "SO" and loc.geo_precision == 3
