"""``eventwire gazetteer download`` and ``status`` end to end, against a loopback mirror.

The mirror serves a small made-up country dump (ML.zip, invented villages in
GeoNames' column layout) and the two code tables, from tests/fixtures/geonames.
"""

from __future__ import annotations

import io
import sqlite3
import zipfile
from pathlib import Path

import pytest
from dump_server import Mirror, closed_port, serve

from eventwire.cli import main
from eventwire.places import Gazetteer, fetch, store
from eventwire.places.cli import status_lines
from eventwire.places.download import check_zip, dump_names, source

FIXTURES = Path(__file__).parent / "fixtures" / "geonames"
CODE_TABLES = ("admin1CodesASCII.txt", "admin2Codes.txt")


def zipped(text: str, member: str = "ML.txt", method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        z.writestr(member, text)
        z.writestr("readme.txt", "made up for tests\n")
    return buf.getvalue()


DUMP = (FIXTURES / "ML.txt").read_text(encoding="utf-8")


@pytest.fixture
def mirror():
    m = Mirror()
    m.publish("ML.zip", zipped(DUMP))
    for name in CODE_TABLES:
        m.publish(name, (FIXTURES / name).read_bytes())
    with serve(m):
        yield m


@pytest.fixture
def gazetteer(tmp_path, monkeypatch) -> Path:
    """An empty, complete store that EVENTWIRE_GAZETTEER points at."""
    path = tmp_path / "gaz" / "gazetteer.sqlite"
    path.parent.mkdir()
    conn = sqlite3.connect(path)
    store.create_schema(conn)
    store.mark_complete(conn, source="test", built="2024-05-01T08:00:00+00:00")
    conn.commit()
    conn.close()
    monkeypatch.setenv("EVENTWIRE_GAZETTEER", str(path))
    monkeypatch.setattr(fetch, "RETRY_WAIT", 0.0)
    return path


def counts(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT COUNT(*) FROM place").fetchone()[0],
                conn.execute("SELECT COUNT(*) FROM name").fetchone()[0])
    finally:
        conn.close()


def test_download_loads_the_villages_into_the_gazetteer(mirror, gazetteer, capsys):
    assert main(["gazetteer", "download", "ml", "--from", mirror.url]) == 0
    assert "ML.zip: 6 places loaded into" in capsys.readouterr().err
    assert (gazetteer.parent / "geonames" / "ML.zip").is_file()  # kept beside the store
    village = next(c.place for c in Gazetteer(gazetteer).lookup("Tyewalani"))
    assert village.name == "Tiéwalani" and village.country == "ML"
    assert village.admin1 == "Sirafara Region" and village.admin2 == "Cercle de Dioumana"
    assert not Gazetteer(gazetteer).lookup("Nafadji Koura")  # abandoned: not kept


def test_a_second_run_asks_only_what_changed_and_adds_no_duplicates(mirror, gazetteer, capsys):
    assert main(["gazetteer", "download", "ML", "--from", mirror.url]) == 0
    before = counts(gazetteer)
    assert main(["gazetteer", "download", "ML", "--from", mirror.url]) == 0
    assert "ML.zip: already loaded" in capsys.readouterr().err
    assert counts(gazetteer) == before
    # a newer copy: one village added, another renamed; loaded again, nothing doubled
    newer = DUMP.replace("Kognanbougou\tKognanbougou", "Kognambougou\tKognambougou") + "\t".join(
        ["9910009", "Falakoro", "Falakoro", "", "13.41", "-6.81", "P", "PPL", "ML", "", "91", "9101",
         "", "", "150", "", "300", "Africa/Bamako", "2024-06-01"]) + "\n"
    mirror.publish("ML.zip", zipped(newer), modified=1_800_000_000.0)
    assert main(["gazetteer", "download", "ML", "--from", mirror.url]) == 0
    assert "ML.zip: 7 places loaded" in capsys.readouterr().err
    assert counts(gazetteer)[0] == before[0] + 1
    conn = sqlite3.connect(gazetteer)
    assert conn.execute("SELECT name FROM place WHERE geonameid = 9910002").fetchall() == [("Kognambougou",)]
    assert conn.execute("SELECT COUNT(*) FROM dump_load WHERE file = 'ML.zip'").fetchone() == (1,)


def test_a_broken_transfer_is_resumed(mirror, gazetteer, capsys):
    mirror.cut_first.add("ML.zip")
    assert main(["gazetteer", "download", "ML", "--from", mirror.url]) == 0
    ranges = [h.get("Range") for h in mirror.headers_of("ML.zip")]
    assert ranges[0] is None and ranges[1] == f"bytes={len(mirror.files['ML.zip'].data) // 2}-"
    assert Gazetteer(gazetteer).lookup("Tiewalani")


@pytest.mark.parametrize("damage", ["truncated", "flipped byte"])
def test_a_corrupt_zip_is_refused_and_removed(mirror, gazetteer, capsys, damage):
    data = zipped(DUMP, method=zipfile.ZIP_STORED)
    if damage == "truncated":
        data = data[: len(data) * 2 // 3]
    else:
        at = data.index(b"Tiewalani")
        data = data[:at] + b"X" + data[at + 1:]
    mirror.publish("ML.zip", data)
    assert main(["gazetteer", "download", "ML", "--from", mirror.url]) == 1
    err = capsys.readouterr().err
    assert "ML.zip:" in err and "not loaded" in err and "Traceback" not in err
    assert not (gazetteer.parent / "geonames" / "ML.zip").exists()
    assert not Gazetteer(gazetteer).lookup("Tiewalani")


def test_offline_it_says_so_in_one_line(gazetteer, capsys):
    code = main(["gazetteer", "download", "ML", "--from", f"http://127.0.0.1:{closed_port()}/"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "cannot reach 127.0.0.1 (connection refused)" in err
    assert "eventwire gazetteer load ML.zip --admin1 admin1CodesASCII.txt --admin2 admin2Codes.txt" in err


def test_bad_country_codes_are_named_before_anything_is_fetched(capsys):
    port = closed_port()
    assert main(["gazetteer", "download", "IRQ", "Iraq", "QQ", "--from", f"http://127.0.0.1:{port}/"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3
    assert "IRQ:" in err[0] and "IQ (Iraq)" in err[0]
    assert "Iraq:" in err[1] and "IQ" in err[1]
    assert "QQ: no country has this code" in err[2]
    assert dump_names(["iq", "allcountries", "IQ"]) == (["IQ", "allCountries"], [])


def test_a_missing_file_on_the_mirror_is_named_and_the_rest_loaded(mirror, gazetteer, capsys):
    del mirror.files["admin2Codes.txt"]
    assert main(["gazetteer", "download", "ML", "--from", mirror.url]) == 1
    err = capsys.readouterr().err
    assert "admin2Codes.txt: not found at" in err and "ML.zip: 6 places loaded" in err


@pytest.mark.parametrize("as_url", [False, True])
def test_a_local_folder_is_read_in_place(tmp_path, gazetteer, capsys, as_url):
    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / "ML.zip").write_bytes(zipped(DUMP))
    for name in CODE_TABLES:
        (folder / name).write_bytes((FIXTURES / name).read_bytes())
    where = folder.as_uri() if as_url else str(folder)
    assert main(["gazetteer", "download", "ML", "--from", where]) == 0
    assert Gazetteer(gazetteer).lookup("Kognanbougou")
    assert not (gazetteer.parent / "geonames").exists()  # nothing copied


def test_status_lists_the_countries_loaded(mirror, gazetteer, capsys):
    assert main(["gazetteer", "status"]) == 0
    empty = capsys.readouterr().out
    assert str(gazetteer) in empty and "built: 2024-05-01 08:00 UTC" in empty
    assert "none; add a country's villages with: eventwire gazetteer download CC" in empty
    main(["gazetteer", "download", "ML", "--from", mirror.url])
    capsys.readouterr()
    assert main(["gazetteer", "status"]) == 0
    lines = capsys.readouterr().out.splitlines()
    [mali] = [line for line in lines if line.strip().startswith("ML")]
    assert "Mali" in mali and "6 places" in mali and "from ML.zip (6 rows)" in mali
    assert "loaded 20" in mali and "UTC" in mali
    places = counts(gazetteer)[0]
    assert f"places: {places:,}" in lines


def test_status_names_dumps_loaded_before_loads_were_recorded(gazetteer):
    conn = sqlite3.connect(gazetteer)
    conn.execute("DROP TABLE dump_load")  # a store made before the table existed
    conn.execute("INSERT INTO meta VALUES ('load:IQ.zip:1234', 'done')")
    conn.commit()
    conn.close()
    lines = status_lines(store.status(gazetteer))
    assert "  IQ.zip (loaded before load dates were recorded)" in lines


def test_no_store_yet(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("EVENTWIRE_GAZETTEER", str(tmp_path / "none.sqlite"))
    assert main(["gazetteer", "status"]) == 1
    assert "no gazetteer at" in capsys.readouterr().out


def test_from_takes_http_urls_and_folders_only():
    assert source(None).url == "https://download.geonames.org/export/dump/"
    assert source("http://mirror.example/geonames").url == "http://mirror.example/geonames/"
    with pytest.raises(ValueError, match="not an http"):
        source("ftp://mirror.example/dump/")
    with pytest.raises(ValueError, match="no such folder"):
        source("/no/such/folder")


def test_a_zip_without_the_country_table_is_refused(tmp_path):
    path = tmp_path / "ML.zip"
    path.write_bytes(zipped(DUMP, member="IQ.txt"))
    assert check_zip(path, "ML") == "the zip holds no ML.txt"
    assert check_zip(path, "IQ") is None
