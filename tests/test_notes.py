"""The one-sentence ACLED-style summary generated from an event's fields."""

from eventwire.notes import describe
from eventwire.record import Actor, Event, Location, Toll


def event(**kw):
    base = dict(event_id="e1", event_type="Battles", sub_event_type="Armed clash", event_date="2022-03-05",
                actor1=Actor("Al Shabaab", "rebel group"), actor2=Actor("Military Forces of Somalia", "state forces"),
                location=Location("Baidoa", admin1="Bay", country="Somalia", geo_precision=1),
                fatalities=Toll(4, 4, 4))
    base.update(kw)
    return Event(**base)


def test_full_sentence():
    assert describe(event()) == ("On 5 March 2022, Al Shabaab clashed with Military Forces of Somalia "
                                 "in Baidoa (Bay, Somalia). 4 fatalities.")


def test_near_a_place_and_uncertain_week():
    text = describe(event(time_precision=2, location=Location("Baidoa", country="Somalia", geo_precision=2)))
    assert text.startswith("Around 5 March 2022,") and "near Baidoa" in text


def test_range_injuries_and_attribution():
    text = describe(event(sub_event_type="Suicide bomb", attribution="claimed", fatalities=Toll(5, 3, 8),
                          injuries=Toll(10, 10, 10)))
    assert "carried out a suicide bombing against" in text
    assert "[claimed]" in text and "(reports range 3-8)" in text and "10 injured" in text


def test_without_date_place_or_target():
    text = describe(event(event_date="", actor2=None, location=None, fatalities=Toll(1, 1, 1)))
    assert text == "Al Shabaab clashed with a target. 1 fatality."


def test_an_unknown_toll_is_not_written_as_zero():
    assert describe(event(fatalities=None)).endswith("(Bay, Somalia). Fatalities not reported.")
    assert describe(event(fatalities=Toll(0, 0, 0), injuries=Toll(3, 3, 3))).endswith(". 0 fatalities, 3 injured.")
