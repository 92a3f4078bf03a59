"""Word tests on the text around a place name: the ends of a road named for two places."""

from __future__ import annotations

import pytest

from eventwire.places.words import route_end, unit_word_countries


def _end(text: str, name: str) -> bool:
    start = text.index(name)
    return route_end(text, start, start + len(name))


@pytest.mark.parametrize("name", ["Khulna", "Satkhira"])
def test_both_ends_of_a_road_named_for_two_towns_are_its_ends(name):
    assert _end("A bus was set alight on the Khulna-Satkhira highway at a village market.", name)


def test_a_town_the_act_took_place_in_is_no_road_end():
    assert not _end("A bus was set alight in Khulna on the main road.", "Khulna")
    assert not _end("Rebels attacked Kafr-Nabl at dawn.", "Kafr")


def test_a_unit_word_before_or_after_a_name_says_its_country():
    assert unit_word_countries("tambon Bo Thong") == ("TH",)
    assert unit_word_countries("Kaliganj upazila") == ("BD",)
    assert unit_word_countries("Bo Thong") == ()
