"""Truecasing: copy written in capitals read as the same report in mixed case."""

from __future__ import annotations

import pytest

from eventwire import extract
from eventwire.truecase import shouting, truecase

MIXED = ("Gunmen of the Islamic State attacked a police post in Mosul on 3 March 2021, killing four officers. "
         "The attack is the third this month, police said.")


def test_shouting_is_told_from_mixed_case() -> None:
    assert shouting(MIXED.upper())
    assert not shouting(MIXED)
    assert not shouting("AK-47 rifles")


def test_case_is_restored_word_by_word_with_lengths_kept() -> None:
    out = truecase(MIXED.upper())
    assert len(out) == len(MIXED)
    assert out.startswith("Gunmen of the Islamic State attacked a police post in Mosul")
    assert " is the third " in out  # the verb, not the group's acronym


def test_acronyms_and_names_the_model_has_not_seen() -> None:
    out = truecase("FIGHTERS OF THE URNG AMBUSHED A PATROL NEAR XOLOCHE, THE ARMY SAID.")
    assert "URNG" in out
    assert "Xoloche" in out
    assert "ambushed a patrol" in out


def test_spanish_names_run_together() -> None:
    out = truecase("THE BOMB WENT OFF IN SAN MIGUEL, NEAR THE ROAD TO LA PAZ.")
    assert "San Miguel" in out and "La Paz" in out


def test_words_after_an_apostrophe_stay_lower() -> None:
    assert truecase("THE COUNTRY'S ARMY").endswith("country's army")


@pytest.mark.parametrize("text", [
    MIXED,
    "Suspected Boko Haram fighters abducted 12 farmers near Damboa in Borno State on Friday, residents said.",
    "A roadside bomb killed two soldiers in Kandahar province on 14 June 2019, officials said.",
])
def test_upper_case_report_gives_the_events_of_the_mixed_case_one(text: str) -> None:
    def summary(events):
        return [(e.sub_event_type, e.event_date, e.fatalities, e.location and e.location.name,
                 e.actor1 and e.actor1.name) for e in events]
    assert summary(extract(text.upper(), published="2021-06-20")) == summary(extract(text, published="2021-06-20"))


def test_a_report_reads_the_same_whatever_was_parsed_before_it() -> None:
    from eventwire.parse import nlp

    shouted = "ARMED MEN BURNED A BUS NEAR KWELIMBORA ON MONDAY."
    before = truecase(shouted)
    nlp()("the kwelimbora of the valley was quiet, and kwelimbora is a word here.")  # the live vocabulary grows
    assert truecase(shouted) == before


def test_nationality_words_in_capitals_regain_their_capital() -> None:
    text = truecase("A SALVADORAN PATROL AND NICARAGUAN TROOPS EXCHANGED FIRE.")
    assert "Salvadoran patrol" in text and "Nicaraguan troops" in text
