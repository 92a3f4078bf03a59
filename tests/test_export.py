"""Exports (ACLED CSV, GeoJSON, Parquet) and the ``events`` listing, from a small store."""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest

from eventwire.cli import main
from eventwire.export import export
from eventwire.export.acled import ACLED_COLUMNS
from eventwire.record import Actor, Article, Event, Evidence, Location, Toll
from eventwire.store import open_store

TUZ = Location(name="Tuz Khurmatu", country="Iraq", iso="IQ", admin1="Salah ad Din", latitude=34.888,
               longitude=44.633, geo_precision=1)
DAMBOA = Location(name="Damboa", country="Nigeria", iso="NG", admin1="Borno", latitude=11.155, longitude=12.756,
                  geo_precision=2)


def _event(day: str, place: Location | None, killed: int | None, actor: Actor, target: Actor, etype: str, sub: str,
           article: str) -> Event:
    """``killed=None``: the report gives no toll."""
    evidence = [Evidence("event_date", article, 0, 6, "Monday")]
    if killed is not None:
        evidence.append(Evidence("fatalities", article, 10, 20, f"killing {killed}"))
    return Event(event_id="x", event_type=etype, sub_event_type=sub, event_date=day, actor1=actor, actor2=target,
                 location=place, fatalities=None if killed is None else Toll(killed, killed, killed), evidence=evidence)


@pytest.fixture
def db(tmp_path) -> str:
    url = str(tmp_path / "e.db")
    army = Actor("Military Forces of Iraq", "state forces")
    isis = Actor("Islamic State", "rebel group")
    with open_store(url) as store:
        for aid, outlet, pub, killed in (("a", "Ledger", "2023-03-14", 3), ("b", "Tigris Daily", "2023-03-15", 5)):
            store.add_article(Article(aid, f"text {aid}", date.fromisoformat(pub), outlet=outlet),
                              [_event("2023-03-13", TUZ, killed, isis, army, "Battles", "Armed clash", aid)])
        store.add_article(Article("n", "text n", date(2022, 6, 19), outlet="Lake Chad Monitor"),
                          [_event("2022-06-18", DAMBOA, 12, Actor("Boko Haram", "rebel group"),
                                  Actor("Civilians (Nigeria)", "civilians"), "Violence against civilians", "Attack",
                                  "n")])
        store.add_article(Article("u", "text u", date(2023, 5, 2)),
                          [_event("2023-05-01", None, None, Actor("Unidentified Armed Group", "rebel group"), army,
                                  "Battles", "Armed clash", "u")])
    return url


def test_acled_csv_has_acled_columns_and_meanings(db, tmp_path):
    out = tmp_path / "events.csv"
    with open_store(db) as store:
        assert export(store.events(), "acled-csv", out, timestamp=1700000000) == 3
    with open(out, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames) == ACLED_COLUMNS
        rows = {r["location"]: r for r in reader}
    tuz = rows["Tuz Khurmatu"]
    assert (tuz["event_date"], tuz["year"], tuz["time_precision"]) == ("2023-03-13", "2023", "1")
    assert (tuz["event_type"], tuz["sub_event_type"]) == ("Battles", "Armed clash")
    assert (tuz["actor1"], tuz["inter1"], tuz["actor2"], tuz["inter2"], tuz["interaction"]) == (
        "Islamic State", "2", "Military Forces of Iraq", "1", "12")
    assert (tuz["country"], tuz["iso"], tuz["admin1"], tuz["region"]) == ("Iraq", "368", "Salah ad Din", "Middle East")
    assert (float(tuz["latitude"]), float(tuz["longitude"]), tuz["geo_precision"]) == (34.888, 44.633, "1")
    assert tuz["source"] == "Ledger; Tigris Daily"
    assert tuz["fatalities"] == "3"  # ACLED's conservative figure: the low end
    assert "fatalities best=5" in tuz["tags"] and "sources=2" in tuz["tags"]
    damboa = rows["Damboa"]
    assert damboa["civilian_targeting"] == "Civilian targeting" and damboa["interaction"] == "27"
    assert rows[""]["latitude"] == "" and rows[""]["country"] == ""
    assert rows[""]["fatalities"] == "0" and "fatalities unknown" in rows[""]["tags"]  # ACLED writes 0 for unknown


def test_a_crowds_group_goes_in_the_associated_actor_columns(tmp_path):
    url = str(tmp_path / "riot.db")
    crowd = Actor("Rioters (Nigeria)", "rioters", "angry students", associated="Students (Nigeria)")
    police = Actor("Police Forces of Nigeria", "state forces", associated="")
    with open_store(url) as store:
        store.add_article(Article("r", "text r", date(2023, 5, 2)),
                          [_event("2023-05-01", DAMBOA, 0, crowd, police, "Riots", "Violent demonstration", "r")])
        [stored] = list(store.events())
        assert stored.actor1.associated == "Students (Nigeria)"
        out = tmp_path / "riot.csv"
        export(store.events(), "acled-csv", out, timestamp=1700000000)
    with open(out, newline="", encoding="utf-8") as handle:
        [row] = list(csv.DictReader(handle))
    assert (row["actor1"], row["assoc_actor_1"], row["inter1"]) == ("Rioters (Nigeria)", "Students (Nigeria)", "5")
    assert (row["actor2"], row["assoc_actor_2"]) == ("Police Forces of Nigeria", "")
    assert (row["event_type"], row["sub_event_type"], row["disorder_type"]) == (
        "Riots", "Violent demonstration", "Demonstrations")


def test_geojson_is_a_feature_collection_a_gis_opens(db, tmp_path):
    out = tmp_path / "events.geojson"
    with open_store(db) as store:
        export(store.events(), "geojson", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 3
    located = [f for f in data["features"] if f["geometry"]]
    assert {tuple(f["geometry"]["coordinates"]) for f in located} == {(44.633, 34.888), (12.756, 11.155)}  # lon, lat
    tuz = next(f for f in located if f["properties"]["location"] == "Tuz Khurmatu")
    assert (tuz["properties"]["fatalities_low"], tuz["properties"]["fatalities_best"],
            tuz["properties"]["fatalities_high"]) == (3, 5, 5)
    [unplaced] = [f for f in data["features"] if not f["properties"]["location"]]
    assert unplaced["geometry"] is None
    assert unplaced["properties"]["fatalities"] is unplaced["properties"]["fatalities_best"] is None  # unknown


def test_parquet_reads_back_typed(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    with open_store(db) as store:
        export(store.events(), "parquet", out)
    table = pq.read_table(out)
    assert table.num_rows == 3
    assert set(ACLED_COLUMNS) <= set(table.column_names)
    assert str(table.schema.field("event_date").type) == "date32[day]"
    assert str(table.schema.field("latitude").type) == "double"
    rows = {r["location"]: r for r in table.to_pylist()}
    assert rows["Tuz Khurmatu"]["event_date"] == date(2023, 3, 13)
    assert rows["Tuz Khurmatu"]["n_sources"] == 2
    assert len(json.loads(rows["Tuz Khurmatu"]["evidence_json"])) == 4
    assert (rows["Tuz Khurmatu"]["fatalities"], rows["Tuz Khurmatu"]["fatalities_best"]) == (3, 5)
    assert rows[None]["fatalities"] is rows[None]["fatalities_best"] is rows[None]["injuries_best"] is None


def test_empty_export_is_still_valid(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    assert export([], "parquet", tmp_path / "e.parquet") == 0
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 0
    assert export([], "geojson", tmp_path / "e.geojson") == 0
    assert json.loads((tmp_path / "e.geojson").read_text())["features"] == []


def test_cli_events_filters_and_formats(db, capsys):
    assert main(["events", "--db", db]) == 0
    table = capsys.readouterr().out
    assert "Tuz Khurmatu" in table and "5 (3-5)" in table and "(3 events)" in table
    assert main(["events", "--db", db, "--country", "NG", "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["location"]["name"] == "Damboa"
    assert main(["events", "--db", db, "--near", "34.9,44.6,20", "--since", "2023-01-01", "--format", "csv"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert [r["location"] for r in rows] == ["Tuz Khurmatu"]
    assert main(["events", "--db", db, "--actor", "boko", "--type", "Attack", "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    assert main(["events", "--db", db, "--near", "north,44,5"]) == 2
    assert "LAT,LON,KM" in capsys.readouterr().err


def test_cli_export(db, tmp_path, capsys):
    out = tmp_path / "x.csv"
    assert main(["export", "--db", db, "--format", "acled-csv", "--out", str(out)]) == 0
    assert "exported 3 events" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8").startswith("event_id_cnty,event_date,year,time_precision")
    assert main(["export", "--db", db, "--format", "geojson", "--out", str(tmp_path / "no" / "such" / "x")]) == 1


def test_listing_a_missing_database_says_so_and_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "none.db"
    assert main(["events", "--db", str(missing)]) == 2
    assert "no database" in capsys.readouterr().err and not missing.exists()


def test_cli_event_by_id_follows_merges(tmp_path, capsys):
    db = str(tmp_path / "e.db")
    isis, army = Actor("Islamic State", "rebel group"), Actor("Military Forces of Iraq", "state forces")
    with open_store(db) as store:
        a = store.add_article(Article("a", "text a", date(2023, 3, 14)),
                              [_event("2023-03-13", TUZ, 3, isis, army, "Battles", "Armed clash", "a")]).event_ids[0]
        b = store.add_article(Article("b", "text b", date(2023, 3, 16)),
                              [_event("2023-03-15", TUZ, 1, isis, army, "Battles", "Armed clash", "b")]).event_ids[0]
        bridge = _event("2023-03-14", TUZ, 2, isis, army, "Battles", "Armed clash", "c")
        bridge.evidence = []  # no words for the day: it may be the 13th or the 15th
        store.add_article(Article("c", "text c", date(2023, 3, 16)), [bridge])
    assert main(["events", "--db", db, "--id", b, "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["event_id"] == a
    assert main(["events", "--db", db, "--id", "ev-nothing"]) == 1
