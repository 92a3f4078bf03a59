"""The seed report gives exactly its four events, field by field (skipped without ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire import extract
from eventwire.places.geo import distance_km

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = json.loads((ROOT / "tests" / "golden" / "seed_events.json").read_text(encoding="utf-8"))
SEED = ROOT.parent / "shared" / "seed" / f"{GOLDEN['article']}.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="seed report (../shared/seed) not present")


@pytest.fixture(scope="module")
def events():
    return extract(SEED.read_text(encoding="utf-8"), published=GOLDEN["published"], article_id=GOLDEN["article"])


def test_exactly_four_events(events):
    assert len(events) == len(GOLDEN["events"])


@pytest.mark.parametrize("n", range(len(GOLDEN["events"])))
def test_event_fields(events, n):
    want, got = GOLDEN["events"][n], events[n]
    assert got.event_date == want["event_date"]
    assert got.time_precision == want["time_precision"]
    assert (got.event_type, got.sub_event_type) == (want["event_type"], want["sub_event_type"])
    assert got.actor1 is not None and got.actor1.name == want["actor1"]
    assert got.actor2 is not None and got.actor2.name == want["actor2"]
    assert got.attribution == want["attribution"]
    # every toll the seed gives is known: event 2's 0 is "No casualties or injuries were reported"
    assert got.fatalities is not None and got.fatalities.best == want["fatalities"]


@pytest.mark.parametrize("n", range(len(GOLDEN["events"])))
def test_event_place(events, n):
    want, loc = GOLDEN["events"][n]["location"], events[n].location
    assert loc is not None
    assert (loc.country, loc.admin1) == (want["country"], want["admin1"])
    if "geo_precision" in want:
        assert loc.geo_precision == want["geo_precision"]
    assert distance_km(loc.latitude, loc.longitude, *want["near"]) <= want["km"]


def test_every_field_has_evidence(events):
    for event in events:
        fields = {e.field for e in event.evidence}
        assert {"event_type", "actor1", "actor2", "location"} <= fields
        for ev in event.evidence:
            assert ev.text and ev.start < ev.end
