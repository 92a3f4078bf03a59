"""The event record: to_dict gives the documented JSON shape, from_dict reads it back."""

from __future__ import annotations

import json

from eventwire.record import Actor, Article, Event, Evidence, Location, Source, Toll

RECORD = {
    "event_id": "tillaberi-1",
    "event_date": "2023-05-12",
    "time_precision": 1,
    "event_type": "Violence against civilians",
    "sub_event_type": "Attack",
    "actor1": {"name": "Unidentified Armed Group (Niger)", "kind": "rebel group", "text": "Gunmen on motorbikes",
               "associated": ""},
    "actor2": {"name": "Civilians (Niger)", "kind": "civilians", "text": "traders", "associated": ""},
    "attribution": "unclaimed",
    "location": {"name": "Tillaberi", "country": "Niger", "iso": "NE", "admin1": "Tillaberi", "admin2": "",
                 "latitude": 14.21, "longitude": 1.45, "geo_precision": 2, "geonameid": 2439376,
                 "text": "Tillaberi region"},
    "fatalities": {"best": 3, "low": 3, "high": 4},
    "injuries": {"best": 0, "low": 0, "high": 0},
    "notes": "On 12 May 2023, gunmen attacked traders in Tillaberi (Niger), killing 3.",
    "sources": [{"article_id": "tillaberi", "outlet": "Example Wire", "url": "https://example.org/t",
                 "published": "2023-05-13", "reported_by": "residents"}],
    "evidence": [{"field": "fatalities", "article_id": "tillaberi", "start": 80, "end": 101,
                  "text": "killing three traders"}],
}
RECORD_KEYS = ["event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
               "attribution", "location", "fatalities", "injuries", "notes", "sources", "evidence"]


def test_round_trip_through_json() -> None:
    event = Event.from_dict(json.loads(json.dumps(RECORD)))
    assert event.to_dict() == RECORD
    assert Event.from_dict(event.to_dict()) == event


def test_from_dict_builds_the_parts() -> None:
    event = Event.from_dict(RECORD)
    assert event.actor1 == Actor("Unidentified Armed Group (Niger)", "rebel group", "Gunmen on motorbikes")
    assert isinstance(event.location, Location) and event.location.iso == "NE"
    assert event.fatalities == Toll(best=3, low=3, high=4)
    assert event.sources == [Source("tillaberi", "Example Wire", "https://example.org/t", "2023-05-13", "residents")]
    assert event.evidence == [Evidence("fatalities", "tillaberi", 80, 101, "killing three traders")]


def test_a_crowd_keeps_its_associated_group() -> None:
    record = json.loads(json.dumps(RECORD))
    record["actor1"] = {"name": "Protesters (Niger)", "kind": "protesters", "text": "traders",
                        "associated": "Street Traders (Niger); Women (Niger)"}
    event = Event.from_dict(record)
    assert event.actor1.associated == "Street Traders (Niger); Women (Niger)"
    assert event.to_dict()["actor1"] == record["actor1"]
    older = json.loads(json.dumps(RECORD))
    del older["actor1"]["associated"]  # records written before the field read back with none
    assert Event.from_dict(older).actor1.associated == ""


def test_keys_in_the_documented_order() -> None:
    assert list(Event.from_dict(RECORD).to_dict()) == RECORD_KEYS
    location_keys = {"name", "admin1", "country", "iso", "latitude", "longitude", "geo_precision", "geonameid", "text"}
    assert location_keys <= set(RECORD["location"])
    assert set(RECORD["fatalities"]) == {"best", "low", "high"}


def test_minimal_record_takes_defaults() -> None:
    event = Event.from_dict({"event_id": "x-1", "event_type": "Battles", "sub_event_type": "Armed clash"})
    assert event.actor1 is None and event.location is None
    assert event.fatalities is None and event.sources == [] and event.attribution == "reported"  # toll unknown
    d = event.to_dict()
    assert d["actor2"] is None and d["location"] is None and d["event_date"] == ""
    assert Event.from_dict(d) == event


def test_unknown_keys_are_ignored() -> None:
    extra = json.loads(json.dumps(RECORD))
    extra["region"] = "Western Africa"
    extra["location"]["population"] = 23000
    extra["sources"][0]["language"] = "en"
    assert Event.from_dict(extra).to_dict() == RECORD


def test_article_defaults() -> None:
    article = Article(id="a", text="t")
    assert article.published is None and article.language == "en" and article.source == ""


def test_an_unknown_toll_is_null_and_a_known_zero_stays_zero() -> None:
    unknown = json.loads(json.dumps(RECORD))
    unknown["fatalities"] = None
    event = Event.from_dict(unknown)
    assert event.fatalities is None and event.injuries == Toll(0, 0, 0)
    assert event.to_dict()["fatalities"] is None and event.to_dict()["injuries"] == {"best": 0, "low": 0, "high": 0}
    assert Event.from_dict(json.loads(json.dumps(event.to_dict()))) == event
