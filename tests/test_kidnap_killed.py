"""A kidnapping whose victim the next sentence tells dead is coded by the killing: an attack."""

from eventwire import extract
from eventwire.actors import ActorMention
from eventwire.classify import ActFacts, event_type
from eventwire.kidnappings import killed_apart

GUNMEN = ActorMention(0, 1, "Unidentified Armed Group ({country})", "Unidentified Armed Group ({country})",
                      "rebel group", False)


def test_a_killing_told_after_the_kidnapping_makes_it_an_attack():
    assert event_type({"abduction", "kill"}, GUNMEN, None, ActFacts(killed_apart=True)) == (
        "Violence against civilians", "Attack")
    # A kidnapping with no one killed or hurt stays a kidnapping.
    assert event_type({"abduction"}, GUNMEN, None, ActFacts()) == (
        "Violence against civilians", "Abduction/forced disappearance")


def test_which_later_sentences_tell_the_seized_dead():
    seized = "Unknown men seized a shopkeeper in Wajir on Monday."
    assert killed_apart([{"abduction"}, {"kill"}], [seized, "His body was found in a thicket days later."])
    assert killed_apart([{"abduction"}, {"kill"}], [seized, "He was shot dead near the border."])
    # Wished or threatened deaths, others' deaths, and deaths told before are not his.
    assert not killed_apart([{"abduction"}, {"kill"}], [seized, "The leaflet said they must be killed."])
    assert not killed_apart([{"abduction"}, {"kill"}], [seized, "A bishop was killed by a sniper on Sunday."])
    assert not killed_apart([{"kill"}, {"abduction"}], ["His brother was killed last year.", seized])
    assert not killed_apart([{"abduction"}], [seized])


def test_a_body_found_after_the_kidnapping():
    [event] = extract("Unknown men seized a shopkeeper in Wajir, Kenya, on Monday. His body was found in a thicket"
                      " three days later.", published="2016-05-02")
    assert event.sub_event_type == "Attack"


def test_a_hostage_freed_unharmed_was_kidnapped():
    [event] = extract("Unknown men kidnapped a shopkeeper in Wajir, Kenya, on Monday. He was freed unharmed"
                      " three days later.", published="2016-05-02")
    assert event.sub_event_type == "Abduction/forced disappearance"
