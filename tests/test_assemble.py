"""One event per real-world act: sentences about the same attack join, other acts stay apart."""

import pytest

from eventwire import extract


@pytest.fixture(scope="module")
def run():
    return lambda text, published="2023-10-10": extract(text, published=published)


def test_headline_lead_and_later_paragraph_are_one_event(run):
    text = ("Bandits kill seven villagers in Zamfara\n"
            "GUSAU, Nigeria - Armed bandits on Sunday killed seven villagers in Maradun, police said.\n"
            "The attackers arrived on motorcycles and shot the victims, a resident said.\n")
    events = run(text)
    assert len(events) == 1
    assert events[0].fatalities.best == 7


def test_attackers_killed_belong_to_their_attack(run):
    text = ("Militants attacked an army post in Tillaberi on Monday, killing four soldiers. "
            "Six of the attackers were also killed, the army said.")
    [event] = run(text)
    assert event.fatalities.best == 10
    assert event.event_type == "Battles"


def test_a_separate_incident_on_another_day_is_another_event(run):
    text = ("Gunmen killed two traders in Kaduna on Monday. "
            "In a separate incident on Saturday, a landmine killed three soldiers near Damasak.")
    events = run(text)
    assert len(events) == 2
    assert {e.event_date for e in events} == {"2023-10-09", "2023-10-07"}


def test_recalled_past_years_are_background(run):
    text = ("Rebels attacked a convoy near Beni on Monday, killing two soldiers. "
            "The group killed hundreds of civilians in 2019.")
    [event] = run(text)
    assert event.fatalities.best == 2


def test_threats_and_statements_are_no_events(run):
    assert run("The rebels threatened to attack the capital. The minister condemned the violence.") == []


def test_a_toll_sentence_without_a_trigger_completes_the_event_before_it(run):
    text = ("A car bomb exploded near a market in Mogadishu on Saturday. "
            "Police said 12 people died and 20 were injured.")
    [event] = run(text)
    assert event.fatalities.best == 12 and event.injuries.best == 20
