"""The store's contract, run against both back ends: SQLite file and PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from pg_server import fresh_schema_url

from eventwire.record import MAX_ID_BYTES, Actor, Article, Event, Evidence, Location, Toll
from eventwire.store import EventFilter, open_store
from eventwire.store.migrations import LATEST

TOWN = Location(name="Tuz Khurmatu", country="Iraq", iso="IQ", admin1="Salah ad Din",
                latitude=34.888, longitude=44.633, geo_precision=1)
FAR = Location(name="Kirkuk", country="Iraq", iso="IQ", admin1="Kirkuk", latitude=35.468, longitude=44.392, geo_precision=1)
IS = Actor("Islamic State", "rebel group")
ARMY = Actor("Military Forces of Iraq", "state forces")


def event(day: str = "2023-03-13", place: Location = TOWN, killed: int = 3, actor: Actor = IS, article: str = "a") -> Event:
    return Event(
        event_id="x", event_type="Battles", sub_event_type="Armed clash", event_date=day,
        actor1=actor, actor2=ARMY, location=place, fatalities=Toll(killed, killed, killed),
        evidence=[Evidence("event_date", article, 0, 6, "Monday")],
    )


def article(aid: str, text: str | None = None, published: str = "2023-03-14") -> Article:
    return Article(id=aid, text=text or f"Report {aid}: militants attacked soldiers.", published=date.fromisoformat(published),
                   outlet=f"Outlet {aid}", url=f"https://example.org/{aid}")


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "eventwire.db")
    return fresh_schema_url(request.getfixturevalue("pg_url"))


@pytest.fixture
def store(db_url):
    with open_store(db_url) as s:
        yield s


def test_migrations_are_versioned_and_run_once(db_url):
    with open_store(db_url) as s:
        assert s.schema_version() == LATEST
        s.add_article(article("a"), [event()])
    with open_store(db_url) as s:  # reopening migrates nothing and loses nothing
        assert s.schema_version() == LATEST
        assert s.counts()["articles"] == 1
        assert s.scalar("SELECT COUNT(*) FROM schema_migrations") == LATEST


def test_newer_database_is_refused(db_url):
    with open_store(db_url) as s:
        with s.transaction():
            s.execute("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)",
                      (LATEST + 1, "from the future", "now"))
    with pytest.raises(RuntimeError, match="newer"):
        open_store(db_url)


def test_article_text_is_kept_for_evidence(store):
    text = "Militants attacked soldiers on Monday in Tuz Khurmatu."
    store.add_article(article("a", text), [event()])
    assert store.get_article("a").text == text
    assert store.get_article("a").published == date(2023, 3, 14)


def test_any_id_up_to_the_limit_is_kept_and_a_longer_one_refused(store):
    longest = "https://example.org/%D8%AE?q=1#top/" + "ж" * ((MAX_ID_BYTES - 35) // 2)  # 1999 bytes
    for aid in ("https://example.org/news/2024/03/18/tuz?ref=rss#top", "50% sure / 'quoted' ", "..", longest):
        assert store.add_article(article(aid), [event(article=aid)]).stored
        assert store.get_article(aid).id == aid
        assert store.has_article(aid)
    sources = {s.article_id for s in next(store.events()).sources}
    assert longest in sources and ".." in sources
    with pytest.raises(ValueError, match="id too long"):
        store.add_article(article(longest + "жж"), [event()])
    assert store.counts()["articles"] == 4


def test_article_dateline_is_kept_with_its_span(store):
    text = "TIKRIT, 12 MAR 23 (Wire) -- Militants attacked soldiers on Monday in Tuz Khurmatu."
    store.add_article(article("a", text), [event()])
    line = store.get_article("a").dateline
    assert line is not None and line.place == "TIKRIT" and line.date == date(2023, 3, 12)
    assert text[line.start:line.end].startswith("TIKRIT, 12 MAR 23 (Wire) --")
    store.add_article(article("b", "Militants attacked soldiers on Monday."), [event(article="b")])
    assert store.get_article("b").dateline is None


def test_same_id_or_same_content_is_skipped(store):
    assert store.add_article(article("a", "Militants  attacked soldiers."), [event()]).stored
    assert not store.add_article(article("a", "other text"), [event()]).stored
    assert not store.add_article(article("b", "militants attacked\nsoldiers."), [event()]).stored
    assert store.counts() == {"articles": 1, "reports": 1, "events": 1, "event_aliases": 0}


def test_reports_of_one_act_merge_and_near_misses_stay_apart(store):
    store.add_article(article("a"), [event(killed=3, article="a")])
    result = store.add_article(article("b", published="2023-03-15"), [event(killed=5, article="b")])
    assert (result.new, result.merged) == (0, 1)
    store.add_article(article("c"), [event(day="2023-03-15", article="c")])  # same town, two days later
    store.add_article(article("d"), [event(place=FAR, article="d")])  # same day, 67 km away
    events = list(store.events())
    assert len(events) == 3
    merged = next(e for e in events if len(e.sources) == 2)
    assert (merged.fatalities.low, merged.fatalities.best, merged.fatalities.high) == (3, 5, 5)
    assert [s.article_id for s in merged.sources] == ["a", "b"]


def test_an_unknown_toll_stays_unknown_until_a_report_gives_one(store):
    store.add_article(article("a"), [replace(event(article="a"), fatalities=None)])
    assert store.scalar("SELECT fatalities_best FROM events") is None
    assert next(store.events()).fatalities is None
    store.add_article(article("b", published="2023-03-15"), [event(killed=4, article="b")])
    [merged] = list(store.events())
    assert len(merged.sources) == 2 and merged.fatalities == Toll(4, 4, 4)
    assert store.scalar("SELECT fatalities_best FROM events") == 4


def test_ids_are_stable_and_bridged_events_leave_an_alias(store):
    a = store.add_article(article("a"), [event(day="2023-03-13", article="a")]).event_ids[0]
    b = store.add_article(article("b", published="2023-03-16"), [event(day="2023-03-15", article="b")]).event_ids[0]
    assert a != b
    # a report that gives no day in words (dated the 14th by default) may be a day off either way: it bridges them
    bridge = event(day="2023-03-14")
    bridge.evidence = []
    c = store.add_article(article("c", published="2023-03-16"), [bridge]).event_ids[0]
    assert c == a  # the older event survives; its id never changes
    assert store.resolve(b) == a
    assert store.get_event(b).event_id == a
    assert store.aliases() == {b: a}
    assert store.counts()["events"] == 1


def test_filters(store):
    store.add_article(article("a"), [event(article="a")])
    store.add_article(article("d"), [event(day="2023-04-01", place=FAR, actor=Actor("Unidentified Armed Group (Iraq)", "rebel group"))])
    ids = lambda **kw: sorted(e.location.name for e in store.events(EventFilter(**kw)))  # noqa: E731
    assert ids() == ["Kirkuk", "Tuz Khurmatu"]
    assert ids(country="iq") == ids(country="Iraq") == ["Kirkuk", "Tuz Khurmatu"]
    assert ids(country="Nigeria") == []
    assert ids(since="2023-03-14") == ["Kirkuk"]
    assert ids(until="2023-03-13") == ["Tuz Khurmatu"]
    assert ids(type="armed clash") == ids(type="Battles") == ["Kirkuk", "Tuz Khurmatu"]
    assert ids(actor="islamic") == ["Tuz Khurmatu"]
    assert ids(actor="military forces") == ["Kirkuk", "Tuz Khurmatu"]
    assert ids(actor="100%_") == []
    assert ids(near=(35.47, 44.39, 10)) == ["Kirkuk"]
    assert ids(near=(35.47, 44.39, 100)) == ["Kirkuk", "Tuz Khurmatu"]


def test_a_failed_article_leaves_nothing_behind(store, monkeypatch):
    import eventwire.store.placing as base

    calls = []

    def combine_then_fail(reports, event_id):
        calls.append(event_id)
        if len(calls) == 2:  # the article's second event: its first is already written
            raise ValueError("boom")
        return real(reports, event_id)

    real = base.combine
    monkeypatch.setattr(base, "combine", combine_then_fail)
    with pytest.raises(ValueError):
        store.add_article(article("a"), [event(), event(place=FAR)])
    monkeypatch.setattr(base, "combine", real)
    assert store.counts() == {"articles": 0, "reports": 0, "events": 0, "event_aliases": 0}
    assert store.add_article(article("a"), [event()]).stored


def test_size_is_reported(store):
    store.add_article(article("a"), [event()])
    assert store.size_bytes() > 0


def test_a_version_1_database_is_upgraded_in_place(db_url, monkeypatch):
    import eventwire.store.base as base
    from eventwire.store.migrations import MIGRATIONS

    monkeypatch.setattr(base, "MIGRATIONS", MIGRATIONS[:1])
    monkeypatch.setattr(base, "LATEST", 1)
    with open_store(db_url) as s:  # an old eventwire's database, with a report stored
        assert s.schema_version() == 1
        with s.transaction():
            s.execute("INSERT INTO articles (id, content_hash, text, ingested_at) VALUES ('a', 'h', 't', 'now')")
            s.execute("INSERT INTO reports (article_id, ordinal, event_id, event_date, record)"
                      " VALUES ('a', 0, 'ev-1', '2023-03-13', '{}')")
    monkeypatch.undo()
    with open_store(db_url) as s:
        assert s.schema_version() == LATEST
        assert s.rows("SELECT date_lo, date_hi, vague FROM reports") == [("2023-03-13", "2023-03-13", 0)]
        assert s.counts()["articles"] == 1


def test_a_database_from_before_unknown_tolls_keeps_its_events_and_takes_them(db_url, monkeypatch):
    import eventwire.store.base as base
    from eventwire.store.migrations import MIGRATIONS

    monkeypatch.setattr(base, "MIGRATIONS", MIGRATIONS[:1])
    monkeypatch.setattr(base, "LATEST", 1)
    with open_store(db_url) as s:  # an old eventwire's database: fatalities_best NOT NULL, an event stored
        with s.transaction():
            s.execute("INSERT INTO events (event_id, seq, event_date, fatalities_best, record, updated_at)"
                      " VALUES ('ev-1', 1, '2023-03-13', 3, ?, 'now')", (json.dumps(event(killed=3).to_dict()),))
    monkeypatch.undo()
    with open_store(db_url) as s:
        assert s.schema_version() == LATEST
        assert s.rows("SELECT event_id, seq, fatalities_best FROM events") == [("ev-1", 1, 3)]
        assert s.get_event("ev-1").fatalities == Toll(3, 3, 3)
        s.add_article(article("b"), [replace(event(place=FAR, article="b"), fatalities=None)])
        assert sorted(s.rows("SELECT fatalities_best FROM events"), key=str) == [(3,), (None,)]


def test_a_failed_article_inside_a_batch_leaves_the_others(store, monkeypatch):
    import eventwire.store.placing as base

    real = base.combine
    with store.batch():
        store.add_article(article("a"), [event()])
        monkeypatch.setattr(base, "combine", lambda reports, event_id: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            store.add_article(article("b"), [event(place=FAR)])
        monkeypatch.setattr(base, "combine", real)
        store.add_article(article("c"), [event(place=FAR)])
    assert store.counts() == {"articles": 2, "reports": 2, "events": 2, "event_aliases": 0}
    assert not store.has_article("b")


def test_events_stream_while_the_store_is_written(store):
    for i in range(30):
        store.add_article(article(f"a{i}", published="2023-03-14"), [event(day=f"2023-02-{i % 28 + 1:02d}")])
    seen = 0
    for e in store.events():  # reading one event at a time, and writing between them
        seen += 1
        if seen == 5:
            store.add_article(article("late", published="2023-04-02"), [event(day="2023-04-01", place=FAR)])
    assert seen >= 28 and store.counts()["articles"] == 31


def test_a_new_file_opened_by_several_processes_at_once_is_switched_to_wal_by_one(tmp_path):
    """Switching to WAL does not wait for another opener's lock: it is retried, never 'locked'."""
    import subprocess
    import sys

    code = "import sys\nfrom eventwire.store import open_store\nwith open_store(sys.argv[1]) as s: print(s.counts()['articles'])"
    for round_ in range(4):
        path = str(tmp_path / f"new{round_}.db")
        procs = [subprocess.Popen([sys.executable, "-c", code, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True) for _ in range(3)]
        results = [(p.communicate(timeout=120), p.returncode) for p in procs]
        assert [(out.strip(), rc) for (out, _), rc in results] == [("0", 0)] * 3, [err for (_, err), _ in results]
