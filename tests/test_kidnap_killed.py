"""A kidnapping whose victim was killed is coded by the killing: violence against civilians, an attack."""

from eventwire import extract
from eventwire.actors import ActorMention
from eventwire.classify import ActFacts, event_type

GUNMEN = ActorMention(0, 1, "Unidentified Armed Group ({country})", "Unidentified Armed Group ({country})",
                      "rebel group", False)


def test_a_killing_told_beside_the_kidnapping_makes_it_an_attack():
    assert event_type({"abduction", "kill"}, GUNMEN, None, ActFacts(deaths=True)) == (
        "Violence against civilians", "Attack")
    assert event_type({"abduction", "kill"}, GUNMEN, None, ActFacts(harmed=(True, False))) == (
        "Violence against civilians", "Attack")
    # A kidnapping with no one killed or hurt stays a kidnapping.
    assert event_type({"abduction"}, GUNMEN, None, ActFacts()) == (
        "Violence against civilians", "Abduction/forced disappearance")


def test_a_body_found_days_after_the_kidnapping():
    [event] = extract("Unknown men seized a shopkeeper in Wajir, Kenya, on Monday. His body was found in a thicket"
                      " three days later.", published="2016-05-02")
    assert event.sub_event_type == "Attack"


def test_a_hostage_freed_unharmed_was_kidnapped():
    [event] = extract("Unknown men kidnapped a shopkeeper in Wajir, Kenya, on Monday. He was freed unharmed"
                      " three days later.", published="2016-05-02")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_kidnapped_and_beheaded():
    [event] = extract("A herder was abducted and beheaded near Wajir, Kenya, by unknown men.", published="2016-05-02")
    assert event.sub_event_type == "Attack"
