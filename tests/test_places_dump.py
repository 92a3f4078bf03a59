"""The GeoNames dump loader, on a small fixture written in GeoNames' format."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from eventwire.places import Gazetteer, PlaceMention
from eventwire.places import geonames_dump, store
from eventwire.places.build import ensure_store

FIXTURES = Path(__file__).parent / "fixtures" / "geonames"


def _empty_store(path: Path) -> Path:
    conn = sqlite3.connect(path)
    store.create_schema(conn)
    store.mark_complete(conn, source="test")
    conn.commit()
    conn.close()
    return path


@pytest.fixture(scope="module")
def default_copy(tmp_path_factory) -> Path:
    """The default store (package data) copied, with the fixture loaded on top."""
    path = tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite"
    shutil.copy(ensure_store(), path)
    geonames_dump.load(path, [FIXTURES / "IQ.txt"], admin1=FIXTURES / "admin1CodesASCII.txt",
                       admin2=FIXTURES / "admin2Codes.txt", progress=False)
    return path


def test_parse_row_keeps_places_and_units_only():
    lines = (FIXTURES / "IQ.txt").read_text(encoding="utf-8").splitlines()
    kept = {r.name: r for r in map(geonames_dump.parse_row, lines) if r is not None}
    assert "Pirde" in kept and "Qadha Pirde" in kept and "Hay al Wasiti" in kept
    assert "Tall Hamrin Ulya" not in kept  # abandoned
    assert "Jabal Sughra" not in kept  # a mountain
    assert "Prde" in kept["Pirde"].alternates


def test_load_into_empty_store_names_units(tmp_path):
    path = _empty_store(tmp_path / "g.sqlite")
    summary = geonames_dump.load(path, [FIXTURES / "IQ.txt"], admin1=FIXTURES / "admin1CodesASCII.txt",
                                 admin2=FIXTURES / "admin2Codes.txt", progress=False)
    assert summary.files == {"IQ.txt": 6}
    gaz = Gazetteer(path)
    village = next(c.place for c in gaz.lookup("Zawiya Sughra"))
    assert village.admin1 == "Kirkuk" and village.admin2 == "Pirde District"
    # a province only the code table names is placed at the centre of its places
    unit = next(c.place for c in gaz.lookup("Wadi Sharin Governorate") if c.place.kind == "admin1")
    assert unit.latitude == pytest.approx(36.641, abs=0.01)
    # the ADM2 row and the code table are one district, not two
    districts = [c.place for c in gaz.lookup("Pirde District") if c.place.kind == "admin2"]
    assert len(districts) == 1


def test_load_is_resumable_and_idempotent(tmp_path):
    path = _empty_store(tmp_path / "g.sqlite")
    first = geonames_dump.load(path, [FIXTURES / "IQ.txt"], progress=False)
    again = geonames_dump.load(path, [FIXTURES / "IQ.txt"], progress=False)
    assert again.skipped == ["IQ.txt"] and first.files["IQ.txt"] == 6
    forced = geonames_dump.load(path, [FIXTURES / "IQ.txt"], force=True, progress=False)
    assert forced.files["IQ.txt"] == 6
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT COUNT(*) FROM place WHERE geonameid = 9900001").fetchone() == (1,)


def test_zip_dump(tmp_path):
    archive = tmp_path / "IQ.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(FIXTURES / "IQ.txt", "IQ.txt")
        z.writestr("readme.txt", "not data\n")
    path = _empty_store(tmp_path / "g.sqlite")
    summary = geonames_dump.load(path, [archive], progress=False)
    assert summary.files == {"IQ.zip": 6}


def test_prde_resolves_to_the_town_with_the_dump(default_copy):
    gaz = Gazetteer(default_copy)
    mention = PlaceMention("Prde town", 0, 9)
    loc = gaz.resolve([mention], context=["Kirkuk", "Prde town"], country_hint="IQ")
    assert loc is not None
    assert loc.name == "Pirde" and loc.geo_precision == 1 and loc.admin1 == "Kirkuk"
    assert loc.geonameid == 9900001
    assert any(c.place.geonameid == 9900001 for c in gaz.lookup("التون كوبري"))


def test_prde_falls_back_to_province_without_the_dump():
    gaz = Gazetteer.default()
    loc = gaz.resolve([PlaceMention("Prde town", 0, 9), PlaceMention("Kirkuk", 20, 26)],
                      context=["Kirkuk", "Prde town"], country_hint="IQ")
    assert loc is not None and loc.geo_precision == 3 and loc.admin1 == "Kirkuk"
    assert loc.text == "Prde town"


def test_cli_load(tmp_path, monkeypatch, capsys):
    from eventwire.cli import main

    path = _empty_store(tmp_path / "g.sqlite")
    code = main(["gazetteer", "load", str(FIXTURES / "IQ.txt"), "--admin1",
                 str(FIXTURES / "admin1CodesASCII.txt"), "--path", str(path)])
    assert code == 0
    assert "6 places loaded" in capsys.readouterr().err
    assert main(["gazetteer", "load", str(tmp_path / "missing.txt"), "--path", str(path)]) == 2


def test_loaded_files_are_remembered(tmp_path):
    path = _empty_store(tmp_path / "g.sqlite")
    geonames_dump.load(path, [FIXTURES / "IQ.txt"], progress=False)
    assert store.loaded_files(path) == ["IQ.txt"]


def test_only_older_stores_are_dropped_from_the_cache(tmp_path):
    from eventwire.places.build import _drop_old_versions

    current = tmp_path / f"gazetteer-v{store.SCHEMA_VERSION}.sqlite"
    older = tmp_path / f"gazetteer-v{store.SCHEMA_VERSION - 1}.sqlite"
    newer = tmp_path / f"gazetteer-v{store.SCHEMA_VERSION + 1}.sqlite"
    for path in (current, older, newer):
        _empty_store(path)
    _drop_old_versions(current)
    assert not older.exists()
    assert current.exists() and newer.exists()  # a newer eventwire sharing the cache keeps its store


def test_a_dropped_store_names_the_commands_that_load_its_dumps_again(tmp_path, capsys):
    from eventwire.places.build import _drop_old_versions

    current = tmp_path / f"gazetteer-v{store.SCHEMA_VERSION}.sqlite"
    older = _empty_store(tmp_path / f"gazetteer-v{store.SCHEMA_VERSION - 1}.sqlite")
    conn = sqlite3.connect(older)
    conn.executemany("INSERT INTO meta VALUES (?, 'done')",
                     [("load:IQ.zip:10:1",), ("load:SY.zip:20:1",), ("load:extra.txt:5:1",)])
    conn.commit()
    conn.close()
    _drop_old_versions(current)
    err = capsys.readouterr().err
    assert "eventwire gazetteer download IQ SY; eventwire gazetteer load extra.txt" in err


def test_a_country_dump_takes_only_its_countrys_code_table_rows(tmp_path):
    path = _empty_store(tmp_path / "g.sqlite")
    geonames_dump.load(path, [FIXTURES / "ML.txt"], admin1=FIXTURES / "admin1CodesASCII.txt",
                       admin2=FIXTURES / "admin2Codes.txt", progress=False)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT DISTINCT country FROM admin1").fetchall() == [("ML",)]
    assert conn.execute("SELECT DISTINCT country FROM admin2").fetchall() == [("ML",)]
    assert conn.execute("SELECT file, country, places FROM dump_load").fetchall() == [("ML.txt", "ML", 6)]
