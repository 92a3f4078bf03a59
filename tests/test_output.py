"""Printing events in each format, checked against golden files in tests/golden/.

Regenerate the golden files after a deliberate change with
``EVENTWIRE_UPDATE_GOLDEN=1 pytest tests/test_output.py`` and review the diff.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from eventwire import output
from eventwire.record import Actor, Event, Evidence, Location, Source, Toll

GOLDEN = Path(__file__).parent / "golden"


def sample_events() -> list[Event]:
    """Two events written for these tests: one fully coded (no one hurt: a known 0), one with
    unknowns (no toll given: empty, not 0)."""
    first = Event(
        event_id="tillaberi-1", event_type="Violence against civilians", sub_event_type="Attack",
        event_date="2023-05-12", time_precision=1,
        actor1=Actor("Unidentified Armed Group (Niger)", "rebel group", "Gunmen on motorbikes"),
        actor2=Actor("Civilians (Niger)", "civilians", "traders"), attribution="unclaimed",
        location=Location("Tillaberi", country="Niger", iso="NE", admin1="Tillaberi", latitude=14.21,
                          longitude=1.45, geo_precision=2, geonameid=2439376, text="Tillaberi region"),
        fatalities=Toll(best=3, low=3, high=4), injuries=Toll(),
        notes="On 12 May 2023, gunmen attacked traders in Tillaberi (Niger), killing 3, \"witnesses\" said.",
        sources=[Source("tillaberi", "Example Wire", "https://example.org/t", "2023-05-13", "residents")],
        evidence=[Evidence("fatalities", "tillaberi", 80, 101, "killing three traders")],
    )
    second = Event(event_id="tillaberi-2", event_type="Explosions/Remote violence",
                   sub_event_type="Remote explosive/landmine/IED", sources=[Source("tillaberi")])
    return [first, second]


def render(fmt: str, events: list[Event] | None = None) -> str:
    out = io.StringIO()
    output.write(sample_events() if events is None else events, fmt, out)
    return out.getvalue()


@pytest.mark.parametrize("fmt, name", [("jsonl", "output_events.jsonl"), ("json", "output_events.json"),
                                       ("csv", "output_events.csv"), ("table", "output_events.txt")])
def test_matches_golden(fmt: str, name: str) -> None:
    path = GOLDEN / name
    text = render(fmt)
    if os.environ.get("EVENTWIRE_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_jsonl_is_one_full_record_a_line() -> None:
    rows = [json.loads(line) for line in render("jsonl").splitlines()]
    assert [r["event_id"] for r in rows] == ["tillaberi-1", "tillaberi-2"]
    assert [Event.from_dict(r) for r in rows] == sample_events()


def test_json_is_an_array_of_records() -> None:
    assert [Event.from_dict(r) for r in json.loads(render("json"))] == sample_events()
    assert json.loads(render("json", [])) == []


def test_csv_has_a_header_and_one_row_an_event() -> None:
    rows = list(csv.DictReader(io.StringIO(render("csv"))))
    assert render("csv").splitlines()[0] == ",".join(output.CSV_COLUMNS)
    assert len(rows) == 2
    assert rows[0]["location"] == "Tillaberi" and rows[0]["fatalities_high"] == "4"
    assert rows[0]["notes"].endswith('"witnesses" said.')  # quoting survives
    assert rows[1]["actor1"] == "" and rows[1]["article_ids"] == "tillaberi"
    assert rows[0]["injuries"] == "0" and rows[1]["fatalities"] == rows[1]["injuries"] == ""  # 0 is not unknown
    assert render("csv", []).strip() == ",".join(output.CSV_COLUMNS)


def test_table_is_readable() -> None:
    lines = render("table").splitlines()
    assert lines[0].split()[:2] == ["date", "type"] and set(lines[1]) <= {"-", " "}
    assert "Tillaberi, Niger" in lines[2] and "3-4" in lines[2]
    assert lines[3].startswith("?") and "Remote explosive/landmine/IED" in lines[3]
    assert lines[3].split()[3] == "?"  # no toll given: unknown, not 0
    assert lines[-1] == "(2 events)"
    assert render("table", []).splitlines()[-1] == "(0 events)"


def test_write_streams_from_a_generator_and_counts() -> None:
    out = io.StringIO()
    assert output.write(iter(sample_events()), "jsonl", out) == 2


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        output.write([], "xml", io.StringIO())
