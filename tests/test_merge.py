"""Merge across articles, on hand-coded events of the fixture clusters (no extractor involved).

Each cluster in tests/fixtures/clusters is one invented attack told by three outlets
(different tolls, spellings, weekday dates) plus near-misses that are other events.
"""

from __future__ import annotations

import itertools
import json
import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from pg_server import fresh_schema_url

from eventwire.record import Actor, Article, Event, Evidence, Location, Toll
from eventwire.store import open_store
from eventwire.store.match import Report, close_in_place, close_in_time, compatible_actors, compatible_type, date_range
from eventwire.store.merge import combine

CLUSTERS = Path(__file__).parent / "fixtures" / "clusters"
NAMES = sorted(p.name for p in CLUSTERS.iterdir() if (p / "expected.json").exists())


def load(name: str) -> tuple[list[tuple[Article, list[Event]]], dict]:
    """The cluster's articles with their hand-coded events, and what the merge should make of them."""
    folder = CLUSTERS / name
    golden = json.loads((folder / "events.json").read_text(encoding="utf-8"))
    items = []
    for meta_path in sorted(folder.glob("*.meta.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        text = (folder / (meta_path.name[: -len(".meta.json")] + ".txt")).read_text(encoding="utf-8")
        article = Article(id=meta["id"], text=text, published=date.fromisoformat(meta["published"]),
                          outlet=meta["outlet"], url=meta["url"], title=meta["title"])
        items.append((article, [Event.from_dict(e) for e in golden[article.id]]))
    return items, json.loads((folder / "expected.json").read_text(encoding="utf-8"))


def ingest_in_order(url: str, items) -> tuple[list[list[str]], dict[str, dict]]:
    """Store the articles in the given order; return the report groups and each group's merged record."""
    with open_store(url) as store:
        for article, events in items:
            store.add_article(article, events)
        rows = store.rows("SELECT article_id, ordinal, event_id FROM reports")
        groups: dict[str, list[str]] = {}
        for a, o, e in rows:
            groups.setdefault(e, []).append(f"{a}#{o}")
        records = {}
        for eid, keys in groups.items():
            record = store.get_event(eid).to_dict()
            record.pop("event_id")
            records[",".join(sorted(keys))] = record
        assert store.counts()["events"] == len(groups)
    return sorted(sorted(g) for g in groups.values()), records


def orders(items, n: int = 8):
    """The given order, its reverse and a few shuffles (all orders for small clusters)."""
    if len(items) <= 4:
        return [list(p) for p in itertools.permutations(items)]
    rng = random.Random(7)
    out = [list(items), list(reversed(items))]
    for _ in range(n - 2):
        shuffled = list(items)
        rng.shuffle(shuffled)
        out.append(shuffled)
    return out


@pytest.mark.parametrize("name", NAMES)
def test_cluster_merges_exactly_right_in_any_order(name, tmp_path):
    items, expected = load(name)
    want = sorted(sorted(g) for g in expected["groups"])
    first_records = None
    for i, order in enumerate(orders(items)):
        groups, records = ingest_in_order(str(tmp_path / f"{i}.db"), order)
        assert groups == want, f"order {[a.id for a, _ in order]}"
        first_records = first_records or records
        assert records == first_records, "the same reports in another order gave other records"
    merged = first_records[",".join(sorted(expected["groups"][0]))]
    m = expected["merged"]
    assert merged["event_date"] == m["event_date"]
    assert merged["fatalities"] == m["fatalities"]
    assert len(merged["sources"]) == m["n_sources"]
    assert merged["location"]["name"] == m["location"]
    if "event_type" in m:
        assert merged["event_type"] == m["event_type"]
    # every source's evidence is kept
    sources = {s["article_id"] for s in merged["sources"]}
    assert {e["article_id"] for e in merged["evidence"]} == sources


def test_cluster_merges_on_postgres_too(pg_url):
    items, expected = load("tuz")
    groups, _ = ingest_in_order(fresh_schema_url(pg_url), items)
    assert groups == sorted(sorted(g) for g in expected["groups"])


# --- the rules, one by one --------------------------------------------------------

TOWN = Location(name="Tuz Khurmatu", country="Iraq", iso="IQ", latitude=34.888, longitude=44.633, geo_precision=1)
IS = Actor("Islamic State", "rebel group")
ARMY = Actor("Military Forces of Iraq", "state forces")


def ev(day="2023-03-13", words="on Monday", precision=1, place=TOWN, etype="Battles", sub="Armed clash",
       actor=IS, killed: int | None = 3, article="a") -> Event:
    """A report of one act; ``killed=None`` is a report that gives no toll."""
    evidence = [Evidence("event_date", article, 0, len(words), words)] if words else []
    if killed is not None:
        evidence.append(Evidence("fatalities", article, 10, 20, f"killing {killed}" if killed else "no one died"))
    return Event(event_id="x", event_type=etype, sub_event_type=sub, event_date=day, time_precision=precision,
                 actor1=actor, actor2=ARMY, location=place, evidence=evidence,
                 fatalities=None if killed is None else Toll(killed, killed, killed))


def test_date_spans():
    d = date.fromisoformat
    assert date_range(ev(words="on Monday")) == (d("2023-03-13"), d("2023-03-13"))
    assert date_range(ev(words="late on Monday night")) == (d("2023-03-13"), d("2023-03-14"))
    assert date_range(ev(words="early on Monday")) == (d("2023-03-12"), d("2023-03-13"))
    assert date_range(ev(words="")) == (d("2023-03-12"), d("2023-03-14"))  # no words: a guess
    assert date_range(ev(words=""), "2023-03-13") == (d("2023-03-12"), d("2023-03-13"))  # not after publication
    assert date_range(ev(day="2023-03-13", words="last week", precision=2)) == (d("2023-03-13"), d("2023-03-19"))
    assert date_range(ev(day="2023-02-01", words="last month", precision=3)) == (d("2023-02-01"), d("2023-02-28"))
    assert date_range(ev(day="")) is None


def test_time_near_misses():
    assert close_in_time(ev(), ev())
    assert not close_in_time(ev(), ev(day="2023-03-14", words="on Tuesday"))  # another day
    assert close_in_time(ev(words="on Monday night"), ev(day="2023-03-14", words="early on Tuesday"))


def test_place_radius_and_precision():
    nearby = replace(TOWN, latitude=34.93, longitude=44.68)  # ~6 km
    far = replace(TOWN, name="Other", latitude=35.33, longitude=44.633)  # ~49 km
    assert close_in_place(TOWN, nearby)
    assert not close_in_place(TOWN, far)
    assert close_in_place(replace(TOWN, geo_precision=2), replace(nearby, latitude=35.05))  # ~18 km, "near X"
    province = Location(name="Salah ad Din", country="Iraq", iso="IQ", admin1="Salah ad Din", latitude=34.5,
                        longitude=43.5, geo_precision=3)
    assert close_in_place(replace(TOWN, admin1="Salah ad Din"), province)
    assert not close_in_place(replace(TOWN, admin1="Kirkuk"), province)
    assert not close_in_place(TOWN, replace(TOWN, iso="IR", country="Iran"))
    assert not close_in_place(TOWN, None)
    # no coordinates: the same name (spelling aside) in the same country
    assert close_in_place(replace(TOWN, latitude=None, longitude=None, name="Al-Qaim"),
                          replace(TOWN, latitude=None, longitude=None, name="al qaim"))


def test_types_of_one_family_merge_but_distinct_acts_do_not():
    assert compatible_type(ev(), ev(etype="Violence against civilians", sub="Attack"))
    assert compatible_type(ev(), ev(etype="Explosions/Remote violence", sub="Suicide bomb"))
    assert not compatible_type(ev(), ev(etype="Protests", sub="Peaceful protest"))
    kidnap = ev(etype="Violence against civilians", sub="Abduction/forced disappearance")
    assert not compatible_type(ev(etype="Violence against civilians", sub="Attack"), kidnap)


def _store_groups(url: str, reports: list[tuple[str, str, Event]]) -> list[list[str]]:
    with open_store(url) as store:
        for aid, published, event in reports:
            store.add_article(Article(aid, f"text of {aid}", date.fromisoformat(published)), [event])
        rows = store.rows("SELECT article_id, event_id FROM reports")
    groups: dict[str, list[str]] = {}
    for a, e in rows:
        groups.setdefault(e, []).append(a)
    return sorted(sorted(g) for g in groups.values())


def test_named_attackers_must_agree(tmp_path):
    other = Actor("Asaib Ahl al-Haq", "militia")
    reports = [("a", "2023-03-14", ev(article="a")), ("b", "2023-03-14", ev(actor=other, article="b"))]
    assert _store_groups(str(tmp_path / "x.db"), reports) == [["a"], ["b"]]
    # a report naming no attacker fits either; the three become one act with a disputed attacker
    unnamed = ("c", "2023-03-14", ev(actor=Actor("Unidentified Armed Group (Iraq)", "rebel group"), article="c"))
    assert _store_groups(str(tmp_path / "y.db"), [*reports, unnamed]) == [["a", "b", "c"]]
    # told from the other side (the army attacked), a battle is still the same battle
    swapped = replace(ev(actor=ARMY, article="s"), actor2=IS)
    assert _store_groups(str(tmp_path / "z.db"), [reports[0], ("s", "2023-03-14", swapped)]) == [["a", "s"]]


def test_a_vague_report_joins_one_event_and_never_bridges_two(tmp_path):
    """"Last week's attack in the province" fits Monday's and Wednesday's attacks; it joins the better told one."""
    monday = [("a", "2023-03-14", ev(article="a")), ("b", "2023-03-15", ev(article="b", killed=4))]
    wednesday = [("d", "2023-03-16", ev(day="2023-03-15", words="on Wednesday", article="d", killed=1))]
    province = Location(name="Salah ad Din", country="Iraq", iso="IQ", admin1="", latitude=34.5, longitude=43.9,
                        geo_precision=3)
    vague = [("v", "2023-03-21", ev(day="2023-03-13", words="last week", precision=2, place=province, article="v"))]
    everything = monday + wednesday + vague
    want = [["a", "b", "v"], ["d"]]
    for i, order in enumerate(itertools.permutations(everything)):
        assert _store_groups(str(tmp_path / f"{i}.db"), list(order)) == want


def test_combined_toll_ignores_reports_silent_about_deaths():
    told = Report("a", 0, "2023-03-14", ev(killed=3, article="a"))
    later = Report("b", 0, "2023-03-15", ev(killed=5, article="b"))
    silent = Report("c", 0, "2023-03-16", ev(killed=None, article="c"))
    vague_word = Report("d", 0, "2023-03-17", ev(killed=12, article="d"))
    vague_word.event.evidence[-1].text = "killing dozens"
    merged = combine([silent, later, told, vague_word], "ev-1")
    # low: lowest report; high: highest; best: the latest precise count, not the later estimate
    assert (merged.fatalities.low, merged.fatalities.best, merged.fatalities.high) == (3, 5, 12)
    assert [s.article_id for s in merged.sources] == ["a", "b", "c", "d"]
    assert combine([silent], "ev-2").fatalities is None
    assert combine([silent, Report("e", 0, "2023-03-18", ev(killed=None, article="e"))], "ev-3").fatalities is None


def test_an_unknown_toll_and_a_known_one_make_the_known_one():
    silent = Report("a", 0, "2023-03-14", ev(killed=None, article="a"))
    nobody = Report("b", 0, "2023-03-15", ev(killed=0, article="b"))  # "no one died": a known 0
    assert combine([silent, nobody], "ev-1").fatalities == Toll(0, 0, 0)
    told = Report("c", 0, "2023-03-16", ev(killed=4, article="c"))
    assert combine([told, silent], "ev-2").fatalities == Toll(4, 4, 4)
    assert combine([nobody, told, silent], "ev-3").fatalities == Toll(best=4, low=0, high=4)
    legacy = Report("d", 0, "2023-03-17", replace(ev(killed=None, article="d"), fatalities=Toll()))
    assert combine([legacy, told], "ev-4").fatalities == Toll(4, 4, 4)  # a zero with no words: an old unknown


def test_an_unplaced_report_joins_only_with_the_same_named_attacker(tmp_path):
    unplaced = ev(place=None, article="u")
    placed = [("a", "2023-03-14", ev(article="a"))]
    assert _store_groups(str(tmp_path / "a.db"), [*placed, ("u", "2023-03-14", unplaced)]) == [["a", "u"]]
    nameless = replace(unplaced, actor1=Actor("Unidentified Armed Group (Iraq)", "rebel group"))
    assert _store_groups(str(tmp_path / "b.db"), [*placed, ("u", "2023-03-14", nameless)]) == [["a"], ["u"]]
    abroad = replace(unplaced, actor2=Actor("Military Forces of Syria", "state forces"))
    assert _store_groups(str(tmp_path / "c.db"), [*placed, ("u", "2023-03-14", abroad)]) == [["a"], ["u"]]
    # two unplaced reports never merge with each other
    other = ev(place=None, article="w")
    assert _store_groups(str(tmp_path / "d.db"), [("u", "2023-03-14", unplaced), ("w", "2023-03-14", other)]) == [
        ["u"], ["w"]]


def test_two_unnamed_attackers_must_agree_on_type_or_target(tmp_path):
    gunmen = Actor("Unidentified Armed Group (Iraq)", "rebel group")
    bomb = ev(actor=gunmen, etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED", article="a")
    clash = replace(ev(actor=gunmen, article="b"), actor2=Actor("Police Forces of Iraq", "state forces"))
    assert _store_groups(str(tmp_path / "a.db"), [("a", "2023-03-14", bomb), ("b", "2023-03-14", clash)]) == [
        ["a"], ["b"]]
    same_target = replace(clash, actor2=ARMY)
    assert _store_groups(str(tmp_path / "b.db"), [("a", "2023-03-14", bomb), ("b", "2023-03-14", same_target)]) == [
        ["a", "b"]]


def test_a_vague_report_never_joins_an_act_its_own_article_set_apart(tmp_path):
    province = Location(name="Salah ad Din", country="Iraq", iso="IQ", admin1="", latitude=34.5, longitude=43.9,
                        geo_precision=3)
    with open_store(str(tmp_path / "e.db")) as store:
        store.add_article(Article("a", "text a", date(2023, 3, 14)), [ev(article="a")])
        store.add_article(Article("b", "text b", date(2023, 3, 14)),
                          [ev(article="b"), ev(place=province, etype="Violence against civilians", sub="Attack",
                                               article="b", killed=1)])
        rows = dict(((a, o), e) for a, o, e in store.rows("SELECT article_id, ordinal, event_id FROM reports"))
    assert rows[("a", 0)] == rows[("b", 0)] != rows[("b", 1)]


def test_province_spellings_and_civilian_attackers():
    a = replace(TOWN, admin1="Banaadir", geo_precision=1)
    b = Location(name="Banadir", country="Iraq", iso="IQ", admin1="Banadir", latitude=30.0, longitude=40.0,
                 geo_precision=3)
    assert close_in_place(a, b)
    slip = ev(actor=Actor("Civilians (Iraq)", "civilians"))  # an extractor's slip: civilians do not attack
    assert close_in_time(slip, ev())
    assert compatible_actors(slip, ev()) and compatible_actors(ev(), slip)


def _random_reports(n: int, seed: int) -> list[tuple[str, str, Event]]:
    """Reports of attacks in three nearby towns over a month: precise, night-time, week-dated, province-level
    and unplaced, with named and unnamed attackers, so vague reports have several events to choose from."""
    rng = random.Random(seed)
    towns = [TOWN, replace(TOWN, name="Amirli", latitude=34.72, longitude=44.58),
             replace(TOWN, name="Kifri", latitude=34.69, longitude=44.96)]
    province = Location(name="Salah ad Din", country="Iraq", iso="IQ", latitude=34.6, longitude=43.7, geo_precision=3)
    actors = [IS, IS, Actor("Unidentified Armed Group (Iraq)", "rebel group"), Actor("Asaib Ahl al-Haq", "militia")]
    out = []
    for i in range(n):
        day = date(2023, 3, 1) + timedelta(days=rng.randrange(30))
        kind = rng.choice(["day", "day", "day", "night", "week", "province", "unplaced", "guess"])
        words = {"night": "on Monday night", "guess": ""}.get(kind, "on Monday")
        event = ev(day=day.isoformat(), words=words, actor=rng.choice(actors), killed=rng.randint(0, 9),
                   etype=rng.choice(["Battles", "Battles", "Explosions/Remote violence"]),
                   place={"province": province, "unplaced": None}.get(kind, rng.choice(towns)), article=f"r{i:03d}")
        if kind == "week":
            event.event_date, event.time_precision = (day - timedelta(days=day.weekday())).isoformat(), 2
        out.append((f"r{i:03d}", (day + timedelta(days=rng.randint(0, 3))).isoformat(), event))
    return out


def test_many_reports_in_any_order_give_the_same_events(tmp_path):
    reports = _random_reports(120, seed=3)
    results = []
    for i in range(3):
        order = list(reports)
        random.Random(i).shuffle(order)
        with open_store(str(tmp_path / f"{i}.db")) as store:
            for aid, published, event in order:
                store.add_article(Article(aid, f"text of {aid}", date.fromisoformat(published)), [event])
            records = sorted(json.dumps({**e.to_dict(), "event_id": ""}, sort_keys=True) for e in store.events())
            assert len(records) == store.counts()["events"]
        results.append(records)
    assert 30 < len(results[0]) < 110  # some merged, not all
    assert results[0] == results[1] == results[2]


def test_vague_reports_with_no_precise_account_merge_and_split_when_one_appears(tmp_path):
    province = Location(name="Salah ad Din", country="Iraq", iso="IQ", admin1="", latitude=34.5, longitude=43.9,
                        geo_precision=3)
    v1 = ("v1", "2023-03-14", ev(day="2023-03-13", words="on Monday", place=province, article="v1"))
    v2 = ("v2", "2023-03-21", ev(day="2023-03-13", words="last week", precision=2, place=province, article="v2"))
    v3 = ("v3", "2023-03-18", ev(day="2023-03-17", words="on Friday", place=province, article="v3"))
    precise = ("p", "2023-03-16", ev(day="2023-03-15", words="on Wednesday", article="p"))
    # three province-level reports: one act as far as anyone can tell (v2's week spans both days)
    assert _store_groups(str(tmp_path / "a.db"), [v1, v2, v3]) == [["v1", "v2", "v3"]]
    # a precise report of Wednesday's attack draws v2 to it; v1 and v3 were linked only through v2
    for i, order in enumerate(itertools.permutations([v1, v2, v3, precise])):
        assert _store_groups(str(tmp_path / f"{i}.db"), list(order)) == [["p", "v2"], ["v1"], ["v3"]]
