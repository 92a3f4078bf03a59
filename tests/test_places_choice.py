"""Choosing the place of one act among its mentions: parts of places, and places refused
for lying far from the act's others."""

from __future__ import annotations

import pytest

from eventwire.places import Gazetteer, PlaceMention


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _m(text: str, qualifier: str = "", inside: str = "") -> PlaceMention:
    return PlaceMention(text, 0, len(text), qualifier, inside=inside)


def test_a_quarter_the_gazetteer_lacks_is_placed_at_its_city_at_precision_two(gaz):
    # "the Salahadeen district of Tripoli": no such district in the gazetteer, only a namesake
    # province of another country
    part = _m("Salahadeen district", "district", inside="Tripoli")
    loc = gaz.resolve([part, _m("Tripoli")], context=["Salahadeen district", "Tripoli"])
    assert loc is not None and loc.name == "Tripoli" and loc.iso == "LY"
    assert loc.geo_precision == 2 and loc.text == "Salahadeen district"


def test_a_part_found_inside_the_place_named_around_it_is_kept(gaz):
    # "Dibis town of Kirkuk province": the town lies in the province, and is more precise
    part = _m("Dibis", inside="Kirkuk province")
    loc = gaz.resolve([part, _m("Kirkuk province", "province")], context=["Dibis", "Kirkuk province"])
    assert loc is not None and loc.name == "Dibis" and loc.geo_precision == 1


def test_a_part_is_read_as_the_namesake_inside_the_place_around_it(gaz):
    # Pakistan has a Poonch district too; "Poonch area of Jammu and Kashmir" is India's
    part = _m("Poonch area", "area", inside="Jammu and Kashmir")
    loc = gaz.resolve([part, _m("Jammu and Kashmir")], context=["Poonch area", "Jammu and Kashmir"],
                      country_hint={"PK": 2.0})
    assert loc is not None and loc.iso == "IN" and loc.admin1 == "Jammu and Kashmir"


def test_the_words_run_on_past_the_place_a_part_is_in(gaz):
    # a missing full stop: "in Sariab area of Quetta Ahmed Khan had ..."
    part = _m("Sariab area", "area", inside="Quetta Ahmed Khan")
    loc = gaz.resolve([part], context=["Sariab area"])
    assert loc is not None and loc.name == "Quetta" and loc.text == "Sariab area"


def test_a_town_far_from_the_city_named_with_it_falls_back_to_the_city(gaz):
    # the only Karimabad the gazetteer knows lies in the mountains, far from Karachi
    loc = gaz.resolve([_m("Karimabad"), _m("Karachi")], context=["Karimabad", "Karachi"])
    assert loc is not None and loc.name == "Karachi"
    assert loc.geo_precision == 2 and loc.text == "Karimabad"


def test_a_name_the_words_call_a_town_is_a_town_though_a_country_bears_it(gaz):
    # the country is read from the report's words apart; "the city of Mali" is a town
    town = gaz.resolve([_m("Mali", "town")], context=["Mali"])
    assert town is not None and town.geo_precision == 1 and town.iso != "ML"
    bare = gaz.resolve([_m("Mali")], context=["Mali"])
    assert bare is None or bare.iso != town.iso  # not the small town, by the name alone



def test_a_village_named_only_abroad_beside_a_unit_at_home_falls_back_to_the_unit(gaz):
    # the only Jaynagar of note is Indian, and "Jagannathpur" is also an Indian town's name;
    # the district and the unit word say Bangladesh: the village is one the gazetteer lacks
    ms = [_m("Jaynagar village"), _m("Jagannathpur upazila", "district", "Sylhet"), _m("Sylhet district", "district")]
    loc = gaz.resolve(ms, context=[m.text for m in ms], country_hint={"BD": 0.75})
    assert loc is not None and loc.iso == "BD" and loc.text == "Jaynagar village"


def test_a_district_read_as_a_small_town_abroad_yields_to_a_province_at_home(gaz):
    # the only Naushki the gazetteer knows is a Russian village; beside Balochistan the
    # words mean the Pakistani district it lacks
    ms = [_m("Balochistan"), _m("Naushki district", "district")]
    loc = gaz.resolve(ms, context=[m.text for m in ms])
    assert loc is not None and loc.iso == "PK"


def test_a_name_listed_among_towns_at_home_is_no_city_abroad_no_word_names(gaz):
    # "shots were fired in Zacatecoluca, San Antonio and Sensuntepeque" in a report the words
    # put in El Salvador: its San Antonio is one the gazetteer lacks, not the Texan city
    names = ["Zacatecoluca", "San Antonio", "Sensuntepeque"]
    loc = gaz.resolve([_m(n) for n in names], context=names, country_hint={"SV": 2.0})
    assert loc is not None and loc.iso == "SV"
    assert loc.geo_precision == 2  # the unit around the towns stands for the one it lacks


def _at(text: str, sentence: str, qualifier: str = "") -> PlaceMention:
    """A mention where its name stands in ``sentence``."""
    start = sentence.index(text)
    return PlaceMention(text, start, start + len(text), qualifier)


def test_a_town_far_from_the_place_the_words_put_it_near_yields_to_that_place(gaz):
    # the only Taunsa the gazetteer knows lies hundreds of kilometres from Lahore: the words
    # mean a village near Lahore it lacks
    said = "A shopkeeper was shot dead in Taunsa, near Lahore."
    ms = [_at("Taunsa", said), _at("Lahore", said, "near")]
    loc = gaz.resolve(ms, context=["Taunsa", "Lahore"])
    assert loc is not None and loc.name == "Lahore" and loc.geo_precision == 2 and loc.text == "Taunsa"


def test_a_town_close_to_the_place_the_words_put_it_near_is_kept(gaz):
    said = "A checkpoint was attacked in Jamrud, near Peshawar."
    ms = [_at("Jamrud", said), _at("Peshawar", said, "near")]
    loc = gaz.resolve(ms, context=["Jamrud", "Peshawar"])
    assert loc is not None and loc.name == "Jamrud" and loc.geo_precision == 1


def test_a_small_unit_abroad_named_inside_a_district_at_home_yields_to_the_district(gaz):
    # Yemen has a district called Ba'dan; nothing else in the report points at Yemen, and
    # the district named after it is Pakistani
    said = "A bomb went off in Badan, Mamond in Bajaur."
    ms = [_at("Badan", said), _at("Bajaur", said)]
    loc = gaz.resolve(ms, context=["Badan", "Bajaur"])
    assert loc is not None and loc.iso == "PK" and loc.name == "Bajaur" and loc.text == "Badan"


def test_a_unit_word_only_some_countries_use_keeps_the_name_in_them(gaz):
    # Juab is a county of Utah; "tambon" is a Thai word, so the name is a Thai subdistrict
    # the gazetteer lacks, not the county
    loc = gaz.resolve([_m("tambon Juab")], context=["tambon Juab"])
    assert loc is None or loc.iso == "TH"
    assert gaz.resolve([_m("tambon Rueso")], context=["tambon Rueso"]).name == "Rueso"


def test_a_quarter_the_gazetteer_lacks_of_a_town_called_a_city_falls_back_to_the_city(gaz):
    # Rajshahi is also a division's name; the words call it a city, so the quarter is the
    # city's, not the division's
    ms = [_m("Rajshahi city's"), _m("Kazipara area", "area")]
    loc = gaz.resolve(ms, context=[m.text for m in ms])
    assert loc is not None and loc.name == "Rajshahi" and loc.geo_precision == 2 and loc.text == "Kazipara area"


def test_a_name_written_with_a_possessive_is_the_place(gaz):
    loc = gaz.resolve([_m("Kolkata's")], context=["Kolkata's"])
    assert loc is not None and loc.name == "Kolkata"


def test_a_name_called_a_district_is_the_district_before_the_division_of_its_name(gaz):
    # Barisal is both a division (admin1) and a district (admin2) of Bangladesh
    loc = gaz.resolve([_m("Barisal district", "district")], context=["Barisal district"])
    assert loc is not None and loc.geo_precision == 2 and loc.admin1 == "Barisal"


def test_the_ends_of_a_road_yield_to_a_district_the_words_name_but_not_to_a_province(gaz):
    # "a bus was torched on the Khulna-Satkhira road in Jessore district"
    road = [PlaceMention("Khulna", 0, 6, route=True), PlaceMention("Satkhira", 7, 15, route=True)]
    loc = gaz.resolve(road + [_m("Jessore district", "district")], context=["Khulna", "Satkhira", "Jessore district"])
    assert loc is not None and loc.name == "Jessore" and loc.geo_precision == 2
    # "shot dead on the Pereira-Manizales road, in Caldas department": a road end is more precise
    road = [PlaceMention("Pereira", 0, 7, route=True), PlaceMention("Manizales", 8, 17, route=True)]
    loc = gaz.resolve(road + [_m("Caldas department", "province")],
                      context=["Pereira", "Manizales", "Caldas department"])
    assert loc is not None and loc.geo_precision == 1 and loc.name in ("Pereira", "Manizales")


def test_a_district_named_after_its_seat_wins_a_tie_with_a_lone_namesake_abroad(gaz):
    # India's Poonch is a district and its seat town; Pakistan's only a district: with
    # both countries' troops named, the name is the district that bears it twice
    loc = gaz.resolve([_m("Poonch district", "district")], context=["Poonch district"],
                      country_hint={"IN": 1.0, "PK": 1.0})
    assert loc is not None and loc.iso == "IN" and loc.geo_precision == 2


def test_a_capital_is_not_the_town_that_bears_its_name_as_another(gaz):
    # a town in India is also called Islamabad; the capital's name names Pakistan
    loc = gaz.resolve([_m("Islamabad")], context=["Islamabad"])
    assert loc is not None and loc.iso == "PK" and loc.name == "Islamabad"


def test_a_district_named_after_its_seat_beats_a_big_town_abroad_but_not_a_world_city(gaz):
    # Hangu is a Pakistani district and its seat, and a Chinese town of some 200,000
    loc = gaz.resolve([_m("Hangu")], context=["Hangu"])
    assert loc is not None and loc.iso == "PK"


def test_a_village_run_on_into_the_unit_it_lies_in_is_read_as_that_unit(gaz):
    loc = gaz.resolve([_m("Kolapara Jessore Sadar upazila", "district")],
                      context=["Kolapara Jessore Sadar upazila"], country_hint="BD")
    assert loc is not None and loc.iso == "BD" and loc.geo_precision == 2 and loc.name == "Jessore"
