"""Datelines: where and when a report was filed, from its first words."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import extract
from eventwire.dateline import find, points_at_filing_place


@pytest.mark.parametrize("text, place, when", [
    ("SAN SALVADOR, 3 JAN 90 -- [REPORT] THE ARMY SAID", "SAN SALVADOR", date(1990, 1, 3)),
    ("KABUL (Reuters) - A bomb went off", "KABUL", None),
    ("Mogadishu, Somalia \u2014 Gunmen stormed a hotel", "Mogadishu, Somalia", None),
    ("LIMA, 20 Aug 88 (EFE) -- Police said", "LIMA", date(1988, 8, 20)),
    ("BAMAKO, Aug 19 (Reuters) - Soldiers", "BAMAKO", None),  # no year: no day by itself
    ("TOKYO (JAPAN), 8 DEC 89 (KYODO) -- The minister", "TOKYO (JAPAN)", date(1989, 12, 8)),
    ("NEW DELHI: Two policemen were hurt", "NEW DELHI", None),
])
def test_dateline_forms(text, place, when):
    line = find(text)
    assert line is not None and line.place == place and line.date == when
    assert text[line.start:line.start + len(place)] == place


def test_dateline_after_an_id_line_and_a_headline():
    text = "WIRE-0042 (DESK)\n\nTwo killed in market blast\n   HARGEISA, 2 MAY 21 -- A blast killed two."
    line = find(text)
    assert line is not None and line.place == "HARGEISA" and line.date == date(2021, 5, 2)
    assert text[line.start:line.end].startswith("HARGEISA, 2 MAY 21 --")


@pytest.mark.parametrize("text", ["UPDATE - talks resume", "Analysis: why the truce failed",
                                  "Police said - nobody was hurt", "Gunmen kill three in a raid"])
def test_headings_and_sentences_are_no_datelines(text):
    assert find(text) is None


def test_words_pointing_at_the_filing_place():
    assert points_at_filing_place("A bomb exploded here last night.") is not None
    assert points_at_filing_place("Rebels attacked a bank in this capital.") is not None
    assert points_at_filing_place("Rebels attacked the city of Goma.") is None


def test_dateline_dates_a_report_without_metadata():
    [event] = extract("LIMA, 20 AUG 88 (EFE) -- GUERRILLAS BLEW UP A POWER PYLON IN HUANCAYO YESTERDAY, "
                      "POLICE SAID.")
    assert event.event_date == "1988-08-19"


def test_the_filing_city_is_not_the_scene_of_an_act_told_elsewhere():
    [event] = extract("NAIROBI (Wire) - Gunmen killed four herders in Marsabit County on Tuesday, police said.",
                      published="2023-05-17")
    assert event.location is not None and event.location.name != "Nairobi"


def test_the_filing_city_is_the_scene_when_the_text_puts_the_act_there():
    [event] = extract("KAMPALA, 3 MAR 21 -- A GRENADE WAS THROWN AT A BAR HERE LAST NIGHT, WOUNDING SIX PEOPLE.")
    assert event.location is not None and event.location.name == "Kampala"
    assert event.event_date == "2021-03-02"
    assert event.fatalities.best == 0 and event.injuries.best == 6


def test_no_date_anywhere_leaves_the_event_undated():
    [event] = extract("Gunmen killed four herders in Marsabit County on Tuesday, police said.")
    assert event.event_date == ""


def test_the_filing_country_outweighs_a_country_named_once():
    [event] = extract("MANAGUA, 5 JAN 90 -- GUNMEN AMBUSHED A BUS ON THE ROAD NORTH OF THE CAPITAL, KILLING "
                      "TWO PASSENGERS, A MEXICAN DIPLOMAT SAID.")
    assert event.location is not None and event.location.iso == "NI"


def test_a_tie_of_countries_goes_to_the_filing_one():
    from collections import Counter

    from eventwire.country_hints import main_country
    from eventwire.record import Location
    filed = Location(name="Lima", country="Peru", iso="PE")
    assert main_country(Counter({"BO": 2, "PE": 2}), filed) == "PE"
    assert main_country(Counter({"BO": 3, "PE": 2}), filed) == "BO"
    assert main_country(Counter(), filed) is None


WIRE = ("SAN SALVADOR, 3 JAN 90 -- [TEXT] URBAN GUERRILLAS BLEW UP A POWER PYLON IN SOYAPANGO\n"
        "LAST NIGHT, THE ARMED FORCES PRESS COMMITTEE REPORTED.  NO ONE WAS HURT.\n"
        "\n"
        "   IN ANOTHER INCIDENT, A BOMB EXPLODED AT A BANK IN THIS CAPITAL\n"
        "TODAY, WOUNDING TWO GUARDS.\n")


def test_a_short_wire_report_reads_as_two_acts_with_their_own_dates_and_places():
    first, second = extract(WIRE)
    assert (first.event_date, first.location.name) == ("1990-01-02", "Soyapango")
    assert (second.event_date, second.location.name) == ("1990-01-03", "San Salvador")
    assert second.fatalities.best == 0 and second.injuries.best == 2
    for event in (first, second):
        for ev in event.evidence:
            assert WIRE[ev.start:ev.end] == ev.text
