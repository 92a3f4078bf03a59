"""The REST API of ``eventwire serve``, through Starlette's test client over a small store; ids through a real server."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

pytest.importorskip("starlette")
httpx = pytest.importorskip("httpx")
pytest.importorskip("uvicorn")
from starlette.testclient import TestClient  # noqa: E402

from eventwire.record import MAX_ID_BYTES, Event  # noqa: E402
from eventwire.web import create_app  # noqa: E402
from eventwire.web.app import STATIC  # noqa: E402
from eventwire.web.cli import _loopback  # noqa: E402
from live_server import serving  # noqa: E402
from test_web_data import ODD_IDS, make_id_store, make_store  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def empty_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A new store in a SQLite file or in PostgreSQL, as the fixture's parameter says."""
    if request.param == "sqlite":
        return str(tmp_path_factory.mktemp("web") / "events.db")
    from pg_server import fresh_schema_url

    return fresh_schema_url(request.getfixturevalue("pg_url"))


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The same small store in a SQLite file and in PostgreSQL (skipped where it is not installed)."""
    url = empty_db(request, tmp_path_factory)
    make_store(url)
    return url


@pytest.fixture(scope="module")
def client(db: str) -> TestClient:
    with TestClient(create_app(db)) as c:
        yield c


def ids(response) -> list[str]:
    return [e["event_id"] for e in response.json()["events"]]


def test_lists_every_event_newest_first_with_merged_sources(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert body["total"] == 5 and body["next_offset"] is None
    dates = [e["event_date"] for e in body["events"]]
    assert dates == sorted(dates, reverse=True)
    dibis = [e for e in body["events"] if e["location"]["name"] == "Dibis"]
    assert len(dibis) == 1 and {s["article_id"] for s in dibis[0]["sources"]} == {"rudaw-1", "ina-1"}


@pytest.mark.parametrize("query, expected", [
    ("country=IQ", 4), ("country=syria", 1), ("admin1=Kirkuk", 3), ("since=2021-12-05", 3),
    ("until=2021-12-02", 2), ("type=Battles", 3), ("type=Shelling/artillery/missile attack", 1),
    ("actor=peshmerga", 3), ("near=35.47,44.39,40", 3), ("q=katyusha", 1), ("q=gunmen", 1),
    ("country=IQ&since=2021-12-06&type=Battles", 1),
])
def test_filters(client: TestClient, query: str, expected: int) -> None:
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 200, response.text
    assert response.json()["total"] == expected


def test_text_search_looks_at_words_not_json_keys(client: TestClient) -> None:
    assert client.get("/api/events?q=fatalities").json()["total"] == 0  # a key of every record
    assert client.get("/api/events?q=two%20soldiers%20died").json()["total"] == 1  # evidence of a merged report
    assert client.get("/api/events?q=INA").json()["total"] == 1  # an outlet
    assert client.get("/api/events?q=state%20forces").json()["total"] == 4  # an actor kind


def test_paging_and_sorting(client: TestClient) -> None:
    tolls = [e["fatalities"] and e["fatalities"]["best"] for e in client.get("/api/events?sort=fatalities").json()["events"]]
    assert tolls == [None, 2, 4, 5, 13]  # an unknown toll sorts below every known one
    first = client.get("/api/events?limit=2&sort=-fatalities").json()
    assert first["next_offset"] == 2 and [e["fatalities"]["best"] for e in first["events"]] == [13, 5]
    rest = client.get("/api/events?limit=2&offset=2&sort=-fatalities").json()
    assert len(set(ids(client.get("/api/events?limit=2&sort=-fatalities"))) | {e["event_id"] for e in rest["events"]}) == 4
    ascending = client.get("/api/events?sort=date").json()["events"]
    assert ascending[0]["event_date"] == "2021-11-20"


@pytest.mark.parametrize("query, param", [
    ("since=2021-13-01", "since"), ("until=yesterday", "until"), ("since=2021-12-07&until=2021-12-01", "since"),
    ("near=35,44", "near"), ("near=95,44,10", "near"), ("limit=0", "limit"), ("limit=abc", "limit"),
    ("limit=501", "limit"), ("offset=-1", "offset"), ("sort=colour", "sort"), ("colour=red", "colour"),
])
def test_bad_parameters_are_clear_400s(client: TestClient, query: str, param: str) -> None:
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 400
    assert response.json()["param"] == param and response.json()["error"]


def test_one_event_with_sources_evidence_and_articles(client: TestClient) -> None:
    dibis = next(e for e in client.get("/api/events?q=dibis").json()["events"])
    body = client.get(f"/api/events/{dibis['event_id']}").json()
    event = Event.from_dict(body["event"])
    assert {a["id"] for a in body["articles"]} == {"rudaw-1", "ina-1"} and all(a["stored"] for a in body["articles"])
    article = client.get("/api/articles/rudaw-1").json()
    for ev in event.evidence:
        if ev.article_id == "rudaw-1":
            assert article["text"][ev.start:ev.end] == ev.text
    assert dibis["event_id"] in article["event_ids"]
    assert article["dateline"] is None  # the report opens with no dateline


def test_missing_things_are_404(client: TestClient) -> None:
    assert client.get("/api/events/ev-nope").status_code == 404
    assert client.get("/api/articles/nope").json()["param"] == "article_id"
    assert client.get("/api/stats/year").status_code == 404
    assert client.get("/api/nothing").status_code == 404


def test_points_and_aggregates(client: TestClient) -> None:
    points = client.get("/api/points?country=IQ").json()
    assert points["total"] == 4 and points["points"][0][4] == 13  # deadliest first
    assert points["points"][-1][4] is None  # no toll given: null, after every known toll
    day = client.get("/api/stats/day").json()
    assert day["events"] == 5 and day["fatalities"] == 24
    assert [r["period"] for r in day["rows"]] == ["2021-11-20", "2021-12-02", "2021-12-05", "2021-12-07"]
    week = client.get("/api/stats/week?country=IQ").json()["rows"]
    assert week == [{"period": "2021-11-29", "events": 2, "fatalities": 17},
                    {"period": "2021-12-06", "events": 2, "fatalities": 2}]
    admin1 = client.get("/api/stats/admin1").json()["rows"]
    assert admin1[0] == {"country": "Iraq", "admin1": "Kirkuk", "events": 3, "fatalities": 6}
    types = {r["event_type"]: r["events"] for r in client.get("/api/stats/type").json()["rows"]}
    assert types == {"Battles": 3, "Explosions/Remote violence": 1, "Violence against civilians": 1}
    near = client.get("/api/stats/type?near=35.65,44.07,5").json()
    assert near["events"] == 1 and near["fatalities"] == 2
    facets = client.get("/api/facets").json()
    assert [c["iso"] for c in facets["countries"]] == ["IQ", "SY"] and facets["first_date"] == "2021-11-20"


def test_the_type_filter_offers_every_type_and_sub_type(client: TestClient) -> None:
    types = client.get("/api/facets").json()["types"]
    subs = {s["sub_event_type"]: s["events"] for t in types for s in t["sub_event_types"]}
    assert len(types) == 6 and len(subs) == 25
    assert subs["Armed clash"] == 3 and subs["Mob violence"] == 0 and subs["Looting/property destruction"] == 0
    assert {t["event_type"]: t["events"] for t in types}["Battles"] == 3
    assert client.get("/api/events?type=Shelling/artillery/missile attack").json()["total"] == 1
    assert client.get("/api/events?type=Peaceful protest").json()["total"] == 0


def test_openapi_describes_every_route(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    assert {"/api/events", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/stats/{by}",
            "/api/points", "/api/reports"} <= set(spec["paths"])


def test_read_only_without_a_token(client: TestClient) -> None:
    response = client.post("/api/reports", json={"text": "Gunmen killed two people."})
    assert response.status_code == 403 and "read-only" in response.json()["error"]


@pytest.fixture()
def writable(tmp_path: Path) -> TestClient:
    def fake_extract(article):
        return [Event(event_id="x", event_type="Battles", sub_event_type="Armed clash", event_date="2022-01-01")]

    with TestClient(create_app(str(tmp_path / "w.db"), token="s3cret", extract=fake_extract, max_body=2000)) as c:
        yield c


def test_post_needs_the_token_and_stores_the_report(writable: TestClient) -> None:
    report = {"text": "Gunmen killed two people.", "published": "2022-01-01", "outlet": "Test"}
    assert writable.post("/api/reports", json=report).status_code == 401
    assert writable.post("/api/reports", json=report, headers={"authorization": "Bearer wrong"}).status_code == 401
    auth = {"authorization": "Bearer s3cret"}
    response = writable.post("/api/reports", json=report, headers=auth)
    assert response.status_code == 201 and response.json()["new"] == 1
    again = writable.post("/api/reports", json=report, headers=auth)
    assert again.status_code == 200 and again.json()["stored"] is False
    assert writable.get("/api/events").json()["total"] == 1


def test_a_crowds_associated_group_is_served_and_searched(tmp_path: Path) -> None:
    from eventwire.record import Actor

    def protest(article):
        crowd = Actor("Protesters (Kenya)", "protesters", "nurses", associated="Health Workers (Kenya)")
        return [Event(event_id="p", event_type="Protests", sub_event_type="Peaceful protest", event_date="2022-01-01",
                      actor1=crowd)]

    with TestClient(create_app(str(tmp_path / "p.db"), token="t", extract=protest)) as c:
        report = {"text": "Nurses marched in Nyeri over unpaid wages.", "published": "2022-01-01"}
        assert c.post("/api/reports", json=report, headers={"authorization": "Bearer t"}).status_code == 201
        [listed] = c.get("/api/events?q=health+workers").json()["events"]
        event = c.get(f"/api/events/{listed['event_id']}").json()["event"]
        assert event["actor1"]["associated"] == "Health Workers (Kenya)"


@pytest.mark.parametrize("body, headers, status", [
    (b"{not json", {}, 400), (b"[1, 2]", {}, 400), (b'{"text": ""}', {}, 400), (b'{"text": 5}', {}, 400),
    (b'{"text": "x", "published": "soon"}', {}, 400), (b'{"text": "x", "extra": "y"}', {}, 400),
    (b'{"text": "' + b"a" * 3000 + b'"}', {}, 413), (b'{"text": "x"}', {"content-type": "text/plain"}, 415),
    (b"\xff\xfe", {}, 400), (b'{"text": "Shots were fired.\\u0000"}', {}, 400),
])
def test_post_rejects_bad_bodies(writable: TestClient, body: bytes, headers: dict, status: int) -> None:
    sent = {"authorization": "Bearer s3cret", "content-type": "application/json", **headers}
    response = writable.post("/api/reports", content=body, headers=sent)
    assert response.status_code == status, response.text
    assert response.json()["error"]


def test_dashboard_is_served_with_a_same_origin_policy(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "<svg id=\"map\"" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/main.js").status_code == 200
    assert client.get("/static/basemap/countries.json").status_code == 200
    assert client.get("/static/basemap/admin1/IQ.json").status_code == 200


def test_dashboard_loads_nothing_from_elsewhere() -> None:
    for path in STATIC.rglob("*"):
        if path.suffix in (".html", ".js", ".css"):
            text = path.read_text(encoding="utf-8")
            assert not re.search(r"""(src|href)=["']?(https?:)?//|@import|url\(\s*["']?(https?:)?//|fetch\(\s*["'`]https?:""",
                                 text), path


def test_a_loopback_server_refuses_other_host_names(db: str) -> None:
    with TestClient(create_app(db, allowed_hosts=["127.0.0.1", "localhost"]), base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/facets").status_code == 200
        assert c.get("/api/facets", headers={"host": "attacker.example"}).status_code == 400


def test_binds_to_loopback_by_default() -> None:
    from eventwire.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1" and _loopback(args.host)
    assert not _loopback("0.0.0.0") and _loopback("::1") and _loopback("localhost")


COMPARED = [
    "/api/events", "/api/events?sort=fatalities", "/api/events?sort=-country&limit=2&offset=1",
    "/api/events?sort=actor2", "/api/events?sort=-sources", "/api/events?country=iraq&type=battles",
    "/api/events?type=attack", "/api/events?actor=STATE", "/api/events?admin1=KIRKUK&since=2021-12-06",
    "/api/events?until=2021-12-05&sort=date", "/api/events?near=35.47,44.39,40", "/api/events?country=FR",
    "/api/points", "/api/points?country=SY", "/api/points?near=35.65,44.07,50&limit=1",
    "/api/stats/day", "/api/stats/week?actor=peshmerga", "/api/stats/admin1?since=2021-12-01",
    "/api/stats/type?near=35.47,44.39,40", "/api/stats/day?country=nowhere", "/api/facets",
    "/api/events?q=KIRKUK", "/api/events?q=soldiers&sort=fatalities", "/api/points?q=peshmerga",
    "/api/stats/type?q=killed", "/api/stats/week?q=rudaw&near=35.47,44.39,40", "/api/events?q=%C3%A9",
    "/api/events?q=%22", "/api/events?q=fatalities",
]


@pytest.mark.parametrize("path", COMPARED)
def test_in_memory_columns_answer_as_sql_does(db: str, path: str) -> None:
    with TestClient(create_app(db)) as fast, TestClient(create_app(db, column_cache=False)) as sql:
        a, b = fast.get(path), sql.get(path)
        assert a.status_code == b.status_code == 200
        assert a.json() == b.json()


def test_in_memory_columns_follow_new_reports(tmp_path: Path) -> None:
    db = str(tmp_path / "grow.db")
    make_store(db)
    with TestClient(create_app(db)) as c:
        assert c.get("/api/events").json()["total"] == 5
        from eventwire.record import Article
        from eventwire.store import open_store

        with open_store(db) as store:  # another process (an ingest) adds a report
            article = Article(id="late", text="Late report.", outlet="X")
            store.add_article(article, [Event(event_id="n", event_type="Riots", sub_event_type="Mob violence",
                                              event_date="2022-02-02")])
        assert c.get("/api/events").json()["total"] == 6  # answered in SQL while the copy is rebuilt
        assert c.get("/api/stats/type?type=riots").json()["events"] == 1
        cache, store = c.app.state.columns, c.app.state.pool.get()
        deadline = time.monotonic() + 20
        while cache.get(store) is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert cache.get(store) is not None and cache.get(store).n == 6
        assert c.get("/api/stats/type?type=riots").json()["events"] == 1


def test_columns_and_sql_agree_on_a_random_store(tmp_path: Path) -> None:
    import random

    from eventwire.record import Actor, Article, Location, Toll
    from eventwire.store import open_store

    rng = random.Random(3)
    db = str(tmp_path / "random.db")
    with open_store(db) as store:
        for a in range(2):
            article = Article(id=f"r{a}", text=f"report {a}")
            store.add_article(article, [Event(
                event_id="", event_type=rng.choice(["Battles", "Riots", "Protests"]), sub_event_type="x",
                event_date=f"2022-0{a * 5 + 1}-{rng.randrange(1, 29):02d}",
                actor1=Actor(rng.choice(["Army", "Police", "Rebels"]), "k"),
                location=Location(name="p", country=rng.choice(["Iraq", "Mali"]), iso="", admin1=rng.choice("ABC"),
                                  latitude=rng.uniform(30, 32), longitude=rng.uniform(40, 42)) if rng.random() > 0.05 else None,
                fatalities=Toll(*(3 * [rng.randrange(20)])) if rng.random() > 0.2 else None) for _ in range(600)])
    paths = [f"/api/events?near=31,41,{km}&sort={s}&limit=500" for km in (5, 30, 80, 150) for s in ("date", "-fatalities")]
    paths += ["/api/points?actor=pol", "/api/stats/admin1?country=mali", "/api/stats/week", "/api/events?offset=550",
              "/api/events?type=riots&sort=-actor1", "/api/stats/day?near=31,41,60", "/api/facets",
              "/api/events?q=police&sort=-fatalities", "/api/stats/day?q=mali&near=31,41,60", "/api/points?q=rebels"]
    with TestClient(create_app(db)) as fast, TestClient(create_app(db, column_cache=False)) as sql:
        for path in paths:
            assert fast.get(path).json() == sql.get(path).json(), path


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def odd_ids(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """A real server over a store whose reports have URL-like, non-Latin and longest ids, on both back ends."""
    url = empty_db(request, tmp_path_factory)
    make_id_store(url)
    with serving(create_app(url)) as base, httpx.Client(base_url=base) as http:
        yield http


def by_path(route: str, id_: str) -> str:
    """``route/ID`` with the id percent-encoded as encodeURIComponent does."""
    return f"{route}/{quote(id_, safe='')}"


@pytest.mark.parametrize("article_id", ODD_IDS, ids=lambda i: i[:24])
def test_any_article_id_is_found_by_query_and_by_encoded_path(odd_ids: httpx.Client, article_id: str) -> None:
    by_query = odd_ids.get("/api/articles", params={"id": article_id})
    assert by_query.status_code == 200, by_query.text
    assert by_query.json()["id"] == article_id and by_query.json()["text"].startswith("Wire ")
    if article_id != "..":  # a client resolves '..' in a path before sending it: the query form is for that one
        assert odd_ids.get(by_path("/api/articles", article_id)).json() == by_query.json()


def test_the_event_of_such_reports_names_each_and_its_evidence_points_into_each(odd_ids: httpx.Client) -> None:
    (event_id,) = odd_ids.get("/api/articles", params={"id": ODD_IDS[0]}).json()["event_ids"]
    body = odd_ids.get(by_path("/api/events", event_id)).json()
    assert sorted(a["id"] for a in body["articles"]) == sorted(ODD_IDS) and all(a["stored"] for a in body["articles"])
    assert sorted(s["article_id"] for s in body["event"]["sources"]) == sorted(ODD_IDS)
    evidence = body["event"]["evidence"]
    assert {ev["article_id"] for ev in evidence} == set(ODD_IDS)
    for ev in evidence:
        text = odd_ids.get("/api/articles", params={"id": ev["article_id"]}).json()["text"]
        assert text[ev["start"]:ev["end"]] == ev["text"]


@pytest.mark.parametrize("article_id", ODD_IDS[:5], ids=lambda i: i[:24])
def test_event_ids_made_of_such_ids_reach_the_store_intact(odd_ids: httpx.Client, article_id: str) -> None:
    event_id = f"{article_id}-1"  # the extractor's event ids carry the article's id
    response = odd_ids.get(by_path("/api/events", event_id))
    assert response.status_code == 404 and response.json()["error"] == f"no event {event_id!r}"


def test_an_id_sent_unencoded_gets_a_hint(odd_ids: httpx.Client) -> None:
    response = odd_ids.get("/api/articles/https://example.org/news/a?page=2")
    assert response.status_code == 400 and response.json()["param"] == "page"
    assert "percent-encode" in response.json()["error"]
    assert odd_ids.get("/api/articles").json()["param"] == "id"


def test_openapi_says_how_ids_are_addressed(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    (query,) = paths["/api/articles"]["get"]["parameters"]
    assert (query["name"], query["in"], query["required"]) == ("id", "query", True)
    (path,) = paths["/api/articles/{article_id}"]["get"]["parameters"]
    assert "percent-encoded" in path["description"]
    assert "percent-encoded" in paths["/api/events/{event_id}"]["get"]["parameters"][0]["description"]


def test_a_report_posted_with_an_unusable_id_is_refused(tmp_path: Path) -> None:
    auth = {"authorization": "Bearer s3cret"}
    with TestClient(create_app(str(tmp_path / "w.db"), token="s3cret", extract=lambda article: [])) as c:
        too_long = c.post("/api/reports", json={"text": "Gunmen killed two people.", "id": "x" * (MAX_ID_BYTES + 1)},
                          headers=auth)
        assert too_long.status_code == 400 and too_long.json() == {
            "error": f"id too long ({MAX_ID_BYTES + 1:,} bytes in UTF-8; the limit is {MAX_ID_BYTES:,})", "param": "id"}
        nul = c.post("/api/reports", json={"text": "Gunmen killed two people.", "id": "a\u0000b"}, headers=auth)
        assert nul.status_code == 400 and nul.json()["error"] == "id contains a NUL character"
        assert c.get("/api/facets").json()["countries"] == []  # nothing stored
