"""The country of a report's acts, from its words, its groups and its outlet."""

from __future__ import annotations

from collections import Counter

from eventwire.actors import ActorMention
from eventwire.country_hints import OUTLET_VOTE, Scene, group_homes, main_country, outlet_home, scene_votes


def test_votes_of_every_source_add_up_by_country():
    votes = scene_votes([("KE", 1.0), ("SO", 1.0)], [("KE", 1.0)], [("SO", -0.5)])
    assert votes == Counter({"KE": 2.0, "SO": 0.5})


def test_an_outlet_named_after_its_country_votes_less_than_a_word_of_the_report():
    assert dict(outlet_home("The Morning Herald (Kenya)")) == {"KE": OUTLET_VOTE}
    assert dict(outlet_home("Ghanaian Chronicle")) == {"GH": OUTLET_VOTE}
    assert OUTLET_VOTE < 1.0


def test_an_outlet_that_reports_on_the_world_names_no_home():
    assert list(outlet_home("Agence France Presse")) == []
    assert list(outlet_home("Radio France Internationale")) == []


def test_each_of_several_outlets_speaks_for_itself():
    # the world service says nothing; the local paper names its country
    votes = dict(outlet_home("Agence France Presse; The Morning Herald (Kenya)"))
    assert votes == {"KE": OUTLET_VOTE}


def test_the_scene_is_the_country_voted_for_most_and_none_on_a_tie():
    assert main_country(Counter({"IN": 2.0, "PK": 0.75})) == "IN"
    assert main_country(Counter({"IN": 2.0, "PK": 2.0})) is None
    assert main_country(Counter({"IN": -1.25})) is None
    assert main_country(Counter()) is None


def test_the_reports_place_names_join_the_votes_for_its_scene():
    # a report filed from Moscow (its dateline's vote) about acts in two Peruvian towns
    scene = Scene(Counter({"RU": 2.0}), places=Counter({"PE": 3.0}))
    assert scene.country() == "PE"
    assert Scene(Counter({"RU": 2.0})).country() == "RU"


def _group(name: str) -> ActorMention:
    return ActorMention(0, 3, "ANC", name, "political militia", True)


def test_a_party_of_one_country_named_anywhere_votes_once_for_its_home():
    groups = [_group("ANC: African National Congress"), _group("ANC: African National Congress")]
    assert list(group_homes(groups)) == [("ZA", 1.0)]


def test_a_group_of_several_countries_names_no_home():
    assert list(group_homes([_group("Al Shabaab")])) == []


def test_a_word_naming_a_group_only_at_home_names_no_home():
    maoists = ActorMention(0, 7, "Maoists", "CPI (Maoist): Communist Party of India (Maoist)", "rebel group", True,
                           home=("IN",))
    assert list(group_homes([maoists])) == []
