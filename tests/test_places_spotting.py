"""Which words of a report name places: names that contain names, and names of people."""

from __future__ import annotations

import pytest

from eventwire.parse import nlp
from eventwire.places import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _spotted(gaz: Gazetteer, text: str) -> list[str]:
    return [text[s:e] for s, e in gaz.spot(nlp()(text))]


@pytest.mark.parametrize("text, name", [
    ("Rebels attacked a police post in Norte de Santander on Sunday.", "Norte de Santander"),
    ("Several thousand people marched in northern KwaZulu-Natal.", "KwaZulu-Natal"),
    ("Gunmen killed six villagers in North Kivu on Tuesday.", "North Kivu"),
])
def test_a_compound_unit_is_spotted_whole_not_as_its_parts(gaz, text, name):
    assert _spotted(gaz, text) == [name]


def test_a_direction_word_in_another_language_finds_the_unit(gaz):
    # the gazetteer knows the province as "Nord Kivu"
    cands = gaz.lookup("North Kivu")
    assert cands and cands[0].place.kind == "admin1" and cands[0].place.country == "CD"


def test_a_small_namesake_inside_a_longer_unknown_name_is_no_place(gaz):
    # "Plains" is a village's name elsewhere; here it is a word of a district's name
    assert _spotted(gaz, "Herders clashed in the Afram Plains South District on Monday.") == []


def test_the_first_word_of_an_unknown_village_name_is_no_small_district(gaz):
    # "Rab" is a small district's name in Croatia; here it begins a village's name the
    # gazetteer lacks, while a big town heading a longer name is still spotted
    assert _spotted(gaz, "Fighters seized Rab Dhuure after the troops pulled out.") == []
    assert _spotted(gaz, "Fighters seized Kabul Chowk after the troops pulled out.") == ["Kabul"]


def test_a_mid_sized_town_heading_a_longer_unknown_name_is_no_place(gaz):
    # "Bab" (a Syrian town's name, and a word for a gate) begins the name of a market here
    assert _spotted(gaz, "Traders closed the old market of Bab Sreer in Monastir on Monday.") == ["Monastir"]


@pytest.mark.parametrize("text, names", [
    # a name in two halves the gazetteer lacks: a town of one half's name elsewhere is no place
    ("Gunmen raided the village of Luol-Ngong at dawn.", []),
    # the gazetteer knows the whole name
    ("Fighting erupted in Kafr-Nabl on Friday.", ["Kafr-Nabl"]),
    # the two ends of a road
    ("Gunmen ambushed a bus on the Kano-Maiduguri highway.", ["Kano", "Maiduguri"]),
])
def test_two_names_joined_by_a_hyphen_are_one_name_unless_a_way_joins_them(gaz, text, names):
    assert _spotted(gaz, text) == names


def test_a_road_named_for_a_town_names_the_town(gaz):
    # "Sukkur" is no big city, yet a road named for it says where it leads
    assert _spotted(gaz, "A trader was shot outside his shop on Sukkur Road.") == ["Sukkur"]


def test_two_places_joined_by_a_hyphen_stay_two(gaz):
    text = "Troops ambushed a convoy on the road between Kyaukme and Hsipaw."
    assert "Kyaukme" in _spotted(gaz, text)


@pytest.mark.parametrize("text", [
    "Masked men burned Hassan's house near the market.",
    "Abala herdsmen clashed with farmers on Tuesday.",
    "Police separated the Ntambwe and Kamalu communities after the clash.",
])
def test_names_of_families_houses_and_tribes_are_no_places(gaz, text):
    assert _spotted(gaz, text) == []


def test_a_nationality_word_is_no_place(gaz):
    # Ethiopia has a province called "Somali"; the word here says whose forces
    assert _spotted(gaz, "Somali forces retook the town on Monday.") == []


def test_an_outlet_names_its_home_by_a_city_or_province_only(gaz):
    assert gaz.places_in_name("Vanguard (Lagos)") == ["Lagos"]
    assert gaz.places_in_name("The Somali Courier") == []  # a nationality, not a region
    assert gaz.places_in_name("My Republica") == []  # a small town's name, not a home


def test_another_name_of_a_person_is_no_place(gaz):
    # "Pelawan" sounds like a Philippine province
    text = "Police cornered a militant commander, Farhan alias Pelawan, in a house on Monday."
    assert "Pelawan" not in _spotted(gaz, text)


def test_a_short_other_name_inside_a_longer_name_is_no_place(gaz):
    # "Sena" is also a name of Sanaa; here it is a word of a party's name
    assert _spotted(gaz, "An assailant shot a Shiv Sena leader on Tuesday.") == []


def test_a_small_town_heading_an_institutions_name_is_its_town(gaz):
    # "Pasni" alone is a small town; "Pasni Press Club" stands in it
    assert _spotted(gaz, "Journalists rallied outside the Pasni Press Club on Monday.") == ["Pasni"]


def test_a_name_whose_first_word_reads_as_an_adjective_is_spotted_whole(gaz):
    assert "Dire Dawa" in _spotted(gaz, "People closed roads around Harar and Dire Dawa on Monday.")


def test_a_name_after_a_title_is_a_persons_wherever_it_comes_again(gaz):
    text = "Minister Rafael Santa Rosa visited Tarija. Santa Rosa promised more police."
    assert _spotted(gaz, text) == ["Tarija"]


def test_a_title_alone_is_no_place(gaz):
    assert _spotted(gaz, "The Rector condemned the attack in Tarija.") == ["Tarija"]


@pytest.mark.parametrize("word", ["Neighbourhood", "Canton", "Hamlet"])
def test_a_word_for_a_part_of_a_town_alone_is_no_place(gaz, word):
    assert _spotted(gaz, f"Gunmen fired on a bus near the {word} on Monday, police in Tarija said.") == ["Tarija"]


@pytest.mark.parametrize("text, name", [
    ("Troops shelled a rebel base Belet Xaawo at dawn.", "Belet Xaawo"),
    ("Police said Toba Tek Singh was calm after the clash.", "Toba Tek Singh"),
])
def test_a_district_the_model_takes_for_a_person_is_still_a_place(gaz, text, name):
    assert name in _spotted(gaz, text)


def test_a_persons_full_name_that_is_no_unit_stays_a_person(gaz):
    assert _spotted(gaz, "Police arrested Ahmed Hassan Ali on Monday.") == []


def test_a_name_after_a_provinces_possessive_is_spotted_though_parsed_as_an_adjective(gaz):
    # "Shopian" reads to the parser as an adjective of "area"
    assert "Shopian" in _spotted(gaz, "Unknown men shot at soldiers guarding a road in South Kashmir's Shopian area.")


@pytest.mark.parametrize("text, name", [
    ("Two guards were hurt when a bomb went off at a post of tehsil Jamrud of Khyber Agency.", "tehsil Jamrud"),
    ("Six militants were arrested in Kot Sultan Tehsil Kulachi last night.", "Tehsil Kulachi"),
    ("A nurse of tambon Rueso's health office was shot dead.", "tambon Rueso"),
])
def test_a_name_after_a_unit_word_is_a_place_even_when_taken_for_a_person(gaz, text, name):
    assert name in _spotted(gaz, text)


def test_a_run_ending_in_a_unit_word_is_a_district_even_when_tagged_a_person(gaz):
    text = "Gunmen fired on a checkpoint in Gul Bazar, Killa Abdullah District, on Monday."
    assert "Killa Abdullah District" in _spotted(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Fighter jets pounded Dattakhel overnight, officials said.", "Dattakhel"),
    ("Soldiers stormed Parachinar at dawn.", "Parachinar"),
    ("The candidate was canvassing Mardan for votes when the bomb went off.", "Mardan"),
    ("Two bombs went off in the bus stand area Khulna at night.", "Khulna"),
    ("Crude bombs were hurled in the BNP office intersection Khulna on Monday.", "Khulna"),
])
def test_a_known_place_after_a_verb_of_attack_or_ending_a_phrase_of_place_is_spotted(gaz, text, name):
    assert name in _spotted(gaz, text)


def test_a_name_before_a_unit_word_of_several_tokens_is_spotted(gaz):
    assert "Kamjong" in _spotted(gaz, "Rebels clashed with troops under Kamjong sub-division on Friday.")


def test_a_capitalised_word_parsed_as_an_adjective_before_sectors_is_a_place(gaz):
    assert "Poonch" in _spotted(gaz, "Troops fired mortars at posts in the Krishna Ghati and Poonch sectors overnight.")


def test_a_name_opening_a_sentence_before_a_unit_word_is_spotted(gaz):
    assert "Hamren" in _spotted(gaz, "Hamren subdivision was put under curfew after the clash.")
    assert _spotted(gaz, "Border areas were shelled overnight.") == []


def test_a_name_the_parser_took_for_an_adjective_before_a_unit_word_may_be_spelt_its_own_way(gaz):
    assert "Sindhanur" in _spotted(gaz, "Two farmers were beaten near a temple of Sindhanur taluk, police said.")
