"""Ingest: many inputs of every format into the store, once each; bad inputs named and skipped.

Most tests use a stand-in extractor (one event per article) so they test reading,
storing and resuming quickly; one test runs the real extractor end to end.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from pg_server import fresh_schema_url

from eventwire.ingest import Progress, extract_events, ingest
from eventwire.record import MAX_ID_BYTES, Actor, Article, Event, Evidence, Location, Toll
from eventwire.store import open_store

FIXTURES = Path(__file__).parent / "fixtures"
TOWN = Location(name="Tuz Khurmatu", country="Iraq", iso="IQ", latitude=34.888, longitude=44.633, geo_precision=1)


def stub_extract(article: Article) -> list[Event]:
    """One event per article, the day before publication: stands in for the pipeline."""
    day = (article.published - timedelta(days=1)).isoformat() if article.published else "2023-03-13"
    return [Event(event_id="x", event_type="Battles", sub_event_type="Armed clash", event_date=day,
                  actor1=Actor("Islamic State", "rebel group"), location=TOWN, fatalities=Toll(1, 1, 1),
                  evidence=[Evidence("event_date", article.id, 0, 9, "yesterday")])]


def quiet() -> Progress:
    return Progress(1, stream=io.StringIO(), enabled=False)


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "eventwire.db")
    return fresh_schema_url(request.getfixturevalue("pg_url"))


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


@pytest.fixture
def batch(tmp_path) -> Path:
    """A folder of good and bad inputs of every kind ingest reads."""
    folder = tmp_path / "in"
    write(folder, "one.txt", "Militants attacked soldiers in Tuz Khurmatu on Monday, killing one.")
    write(folder, "one.meta.json", json.dumps({"id": "one", "outlet": "Ledger", "published": "2023-03-14"}))
    lines = [
        json.dumps({"id": "j1", "text": "Gunmen killed two people in Kirkuk.", "published": "2023-03-14"}),
        "{not json",
        json.dumps({"id": "j3", "text": "   "}),
        json.dumps({"id": "j4", "title": "no text field"}),
        json.dumps({"id": "j5", "text": "A bomb exploded in Mosul, killing three.", "published": "2023-03-15"}),
    ]
    write(folder, "wire.jsonl", "\n".join(lines) + "\n")
    write(folder, "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    write(folder, "latin1.txt", "Attaque à Kirkouk, déclaré lundi".encode("latin-1"))
    write(folder, "empty.txt", b"")
    write(folder, "broken.rss", "<rss><channel><item><title>cut off")
    for name in ("northern-ledger.rss", "tigris-daily.atom", "frontline-wire.html"):
        shutil.copy(FIXTURES / "feeds" / name, folder / name)
    write(folder, ".hidden.txt", "never read")
    write(folder, "picture.png", b"\x89PNG\r\n")
    return folder


def test_a_mixed_batch_reads_the_good_and_names_each_bad_input(batch, db_url):
    with open_store(db_url) as store:
        summary = ingest([batch, batch / "missing.txt"], store, stub_extract, quiet())
        counts = store.counts()
        texts = [store.get_article(a).text for (a,) in store.rows("SELECT id FROM articles ORDER BY id")]
    # one.txt, j1, j5, two RSS items, one Atom entry, one HTML page
    assert summary.read == summary.stored == counts["articles"] == 7
    failures = "\n".join(summary.failures)
    for bad in ("wire.jsonl:2", "wire.jsonl:3", "wire.jsonl:4", "binary.txt", "latin1.txt", "empty.txt",
                "broken.rss", "northern-ledger.rss:item 3", "missing.txt"):
        assert bad in failures, f"{bad} not named in:\n{failures}"
    assert summary.failed == 9
    assert "malformed JSON" in failures and "binary" in failures and "UTF-8" in failures and "empty" in failures
    assert not any("Subscribe" in t or "Copyright" in t or "analytics" in t for t in texts)  # boilerplate removed
    assert any(t.startswith("Toll from Tuz Khormatu attack rises to five") for t in texts)


def test_ingest_is_idempotent_and_a_bad_batch_loses_nothing(batch, db_url):
    with open_store(db_url) as store:
        first = ingest([batch], store, stub_extract, quiet())
        before = store.counts()
        again = ingest([batch], store, stub_extract, quiet())
        assert (again.stored, again.skipped, again.events_new, again.events_merged) == (0, first.stored, 0, 0)
        assert store.counts() == before
        # the same text under another name and id is the same article
        copy = write(batch.parent / "more", "copy.txt", (batch / "one.txt").read_text() + "\n\n")
        bad = write(batch.parent / "more", "bad.jsonl", "{oops\n")
        third = ingest([copy, bad], store, stub_extract, quiet())
        assert (third.skipped, third.failed) == (1, 1)
        assert store.counts() == before


def test_an_interrupted_ingest_finishes_on_rerun_without_duplicates(tmp_path):
    folder = tmp_path / "in"
    for i in range(6):
        write(folder, f"r{i}.txt", f"Report {i}: militants attacked soldiers in Tuz Khurmatu on Monday.")
    seen = []

    def interrupted(article: Article) -> list[Event]:
        seen.append(article.id)
        if len(seen) == 4:
            raise KeyboardInterrupt
        return stub_extract(article)

    db = str(tmp_path / "e.db")
    with open_store(db) as store, pytest.raises(KeyboardInterrupt):
        ingest([folder], store, interrupted, quiet())
    with open_store(db) as store:
        assert store.counts()["articles"] == 3
        summary = ingest([folder], store, stub_extract, quiet())
        assert (summary.skipped, summary.stored) == (3, 3)
        assert store.counts()["articles"] == store.counts()["reports"] == 6
        assert store.counts()["events"] == 1  # six reports of one act


def test_an_extractor_failure_is_named_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    for name in ("a", "b", "c"):
        write(folder, f"{name}.txt", f"Report {name} of an attack.")

    def flaky(article: Article) -> list[Event]:
        if article.id == "b":
            raise ValueError("parser crashed")
        return stub_extract(article)

    with open_store(str(tmp_path / "e.db")) as store:
        summary = ingest([folder], store, flaky, quiet())
        assert summary.stored == 2 and summary.failed == 1
        assert "b.txt" in summary.failures[0] and "parser crashed" in summary.failures[0]
        assert not store.has_article("b")  # not stored: a re-run retries it
        again = ingest([folder], store, stub_extract, quiet())
        assert (again.stored, again.skipped) == (1, 2)


def test_the_per_article_step_needs_no_store():
    article = Article("a", "text", None)
    assert extract_events(article, stub_extract).events
    failed = extract_events(article, lambda a: 1 / 0)
    assert failed.events == [] and "ZeroDivisionError" in failed.error


def test_progress_bar_and_notes_on_a_terminal(tmp_path):
    write(tmp_path, "a.txt", "Report a.")
    write(tmp_path, "b.txt", b"")
    stream = io.StringIO()
    with open_store(str(tmp_path / "e.db")) as store:
        ingest([tmp_path / "a.txt", tmp_path / "b.txt"], store, stub_extract, Progress(2, stream=stream, enabled=True))
    shown = stream.getvalue()
    assert "files 2/2" in shown and "articles 1" in shown and "skipped" in shown and "b.txt" in shown


def test_cli_ingest_prints_a_summary(batch, tmp_path, monkeypatch, capsys):
    import eventwire.ingest
    from eventwire.cli import main

    monkeypatch.setattr(eventwire.ingest, "default_extractor", lambda: stub_extract)
    db = str(tmp_path / "cli.db")
    assert main(["ingest", str(batch), "--db", db]) == 1  # some inputs failed
    err = capsys.readouterr().err
    assert "articles read: 7" in err and "nothing stored from them): 8" in err and "events new:" in err and "empty.txt" in err
    assert main(["ingest", str(batch / "one.txt"), "--db", db]) == 0
    assert "skipped (already stored): 1" in capsys.readouterr().err


def test_end_to_end_a_cluster_of_reports_becomes_one_event(tmp_path):
    """The real extractor on three outlets' reports of one attack plus two near-misses."""
    from eventwire.pipeline import extract_article

    with open_store(str(tmp_path / "e.db")) as store:
        summary = ingest([FIXTURES / "clusters" / "tuz", FIXTURES / "clusters" / "mandera"], store,
                         extract_article, quiet())
        assert summary.failed == 0 and summary.stored == 9
        events = list(store.events())
    by_sources = {frozenset(s.article_id for s in e.sources): e for e in events}
    tuz = by_sources.get(frozenset({"tuz-a", "tuz-b", "tuz-c"}))
    assert tuz is not None, [sorted(k) for k in by_sources]
    assert tuz.fatalities.low <= 3 and tuz.fatalities.high >= 5
    assert frozenset({"tuz-d"}) in by_sources and frozenset({"tuz-e"}) in by_sources  # near-misses stay apart
    assert frozenset({"man-a", "man-b", "man-c"}) in by_sources and frozenset({"man-d"}) in by_sources
    assert len({ev.article_id for ev in tuz.evidence}) == 3  # each source's words kept


def test_a_page_in_a_legacy_charset_is_read_in_that_charset(tmp_path):
    from eventwire.read import read_path

    body = "<p>" + "Militants attacked the army in Kirkuk on Monday, killing two soldiers, officials said. " * 2 + "</p>"
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            f"<title>Kirkuk attack</title></head><body><article><h1>Kirkuk attack</h1>{body}"
            f"<p>{'كركوك ' * 20}said the governor of the province in a statement on Monday.</p></article></body></html>")
    path = write(tmp_path, "page.html", page.encode("windows-1256"))
    [article] = list(read_path(path))
    assert "كركوك" in article.text and "killing two soldiers" in article.text


RUNNER = """
import sys
from datetime import timedelta
from eventwire.ingest import Progress, ingest
from eventwire.record import Actor, Event, Evidence, Location, Toll
from eventwire.store import open_store

TOWN = Location(name="Tuz Khurmatu", country="Iraq", iso="IQ", latitude=34.888, longitude=44.633, geo_precision=1)

def extract(article):
    day = (article.published - timedelta(days=1)).isoformat()
    return [Event(event_id="x", event_type="Battles", sub_event_type="Armed clash", event_date=day,
                  actor1=Actor("Islamic State", "rebel group"), location=TOWN, fatalities=Toll(1, 1, 1),
                  evidence=[Evidence("event_date", article.id, 0, 9, "yesterday")])]

with open_store(sys.argv[1]) as store:
    summary = ingest(sys.argv[2:], store, extract, Progress(1, enabled=False))
print(summary.stored, summary.skipped, summary.failed)
"""


def test_two_processes_ingesting_at_once_store_each_article_once(db_url, tmp_path):
    import subprocess
    import sys

    folder = tmp_path / "in"
    for i in range(40):
        day = 10 + i % 4  # ten reports of each of four days' attacks in one town
        write(folder, f"r{i:02d}.txt", f"Report {i}: militants attacked soldiers in Tuz Khurmatu.")
        write(folder, f"r{i:02d}.meta.json", json.dumps({"id": f"r{i:02d}", "published": f"2023-03-{day}"}))
    procs = [subprocess.Popen([sys.executable, "-c", RUNNER, db_url, str(folder)], stdout=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate(timeout=120)[0].split() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert sum(int(o[0]) for o in outs) == 40 and sum(int(o[1]) for o in outs) == 40
    with open_store(db_url) as store:
        assert store.counts()["articles"] == store.counts()["reports"] == 40
        assert sorted(len(e.sources) for e in store.events()) == [10, 10, 10, 10]


def test_html_boilerplate_removal_without_trafilatura(monkeypatch):
    import builtins

    from eventwire.read_web import extract_page

    real_import = builtins.__import__

    def no_trafilatura(name, *args, **kwargs):
        if name == "trafilatura":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    page = (FIXTURES / "feeds" / "frontline-wire.html").read_text(encoding="utf-8")
    text, meta = extract_page(page)
    assert text.startswith("Toll from Tuz Khormatu attack rises to five")
    assert "risen to five soldiers" in text and "Subscribe" not in text and "Copyright" not in text
    assert "penalty shootout" not in text and "analytics" not in text
    assert meta["date"].startswith("2023-03-17") and meta["sitename"] == "Frontline Wire"


def test_a_database_error_stops_the_batch_with_a_message_and_keeps_what_was_committed(batch, tmp_path, monkeypatch,
                                                                                        capsys):
    import sqlite3

    import eventwire.ingest
    from eventwire.cli import main
    from eventwire.store.base import Store

    monkeypatch.setattr(eventwire.ingest, "default_extractor", lambda: stub_extract)
    db = str(tmp_path / "cli.db")
    assert main(["ingest", str(batch / "one.txt"), "--db", db]) == 0
    capsys.readouterr()

    def disk_full(self, article, events):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Store, "add_article", disk_full)
    assert main(["ingest", str(batch), "--db", db]) == 1
    err = capsys.readouterr().err
    assert "database error" in err and "disk is full" in err and "Traceback" not in err
    monkeypatch.undo()
    with open_store(db) as store:
        assert store.counts()["articles"] == 1


def test_any_article_id_round_trips_through_ingest_events_and_export(db_url, tmp_path, monkeypatch, capsys):
    import eventwire.ingest
    from eventwire.cli import main

    given = ["https://example.org/news/2024/03/18/tuz?ref=rss&page=2#top", "50% sure / ‘quoted’ id ", "..",
             "Туз-Хурмату/№7", "é" * (MAX_ID_BYTES // 2)]
    folder = tmp_path / "in"
    write(folder, "wire.jsonl", "\n".join(
        json.dumps({"id": i, "text": f"Report {n}: militants attacked soldiers in Tuz Khurmatu.",
                    "published": "2023-03-14"}) for n, i in enumerate(given[1:])) + "\n" +
        json.dumps({"id": "é" * (MAX_ID_BYTES // 2 + 1), "text": "Too long an id."}) + "\n")
    write(folder, "tuz.txt", "Militants attacked soldiers in Tuz Khurmatu on Monday.")
    write(folder, "tuz.meta.json", json.dumps({"id": given[0], "published": "2023-03-14"}))
    guid = "https://example.org/feed/tuz?id=9&amp;lang=ar#x"
    write(folder, "feed.rss", f"""<rss version="2.0"><channel><title>Feed</title><item><guid>{guid}</guid>
        <pubDate>Tue, 14 Mar 2023 08:00:00 GMT</pubDate><description>Soldiers repelled an attack.</description>
        </item></channel></rss>""")
    given.append(guid.replace("&amp;", "&"))
    monkeypatch.setattr(eventwire.ingest, "default_extractor", lambda: stub_extract)
    assert main(["ingest", str(folder), "--db", db_url, "--quiet"]) == 1
    err = capsys.readouterr().err
    assert f"wire.jsonl:5: id too long (2,002 bytes in UTF-8; the limit is {MAX_ID_BYTES:,})" in err
    assert "stored: 6" in err

    assert main(["events", "--db", db_url, "--format", "jsonl"]) == 0
    (event,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(s["article_id"] for s in event["sources"]) == sorted(given)
    assert sorted(e["article_id"] for e in event["evidence"]) == sorted(given)
    assert main(["events", "--db", db_url, "--id", event["event_id"], "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out) == event

    assert main(["export", "--db", db_url, "--format", "geojson", "--out", str(tmp_path / "e.geojson")]) == 0
    (feature,) = json.loads((tmp_path / "e.geojson").read_text(encoding="utf-8"))["features"]
    assert feature["id"] == event["event_id"]
    assert sorted(s["article_id"] for s in feature["properties"]["sources"]) == sorted(given)
    assert main(["export", "--db", db_url, "--format", "acled-csv", "--out", str(tmp_path / "e.csv")]) == 0
    with open(tmp_path / "e.csv", newline="", encoding="utf-8") as handle:
        assert [row["event_id_cnty"] for row in csv.DictReader(handle)] == [event["event_id"]]
    pq = pytest.importorskip("pyarrow.parquet")
    assert main(["export", "--db", db_url, "--format", "parquet", "--out", str(tmp_path / "e.parquet")]) == 0
    (sources,) = pq.read_table(tmp_path / "e.parquet").column("sources_json").to_pylist()
    assert sorted(s["article_id"] for s in json.loads(sources)) == sorted(given)
