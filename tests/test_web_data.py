"""A small store for the web tests, written through the store interface (no extraction)."""

from __future__ import annotations

from datetime import date

from eventwire.record import MAX_ID_BYTES, Actor, Article, Event, Evidence, Location, Source, Toll
from eventwire.store import open_store

KIRKUK = (
    "Two Iraqi soldiers were killed on Tuesday when ISIS militants attacked army forces from two sides in Dibis town.\n"
    "Katyusha rockets landed near Peshmerga bases on the outskirts of Prde at around 7 pm.\n"
    "ISIS claimed an attack that killed four Peshmerga in Kirkuk late on Sunday.\n"
    "Ten Peshmerga and three civilians were killed in an attack on two villages near Makhmour on Thursday.\n"
)
FOLLOW_UP = "Iraqi officials said two soldiers died when Islamic State fighters stormed an army post in Dibis.\n"
HOSTILE = "Gunmen <script>alert('x')</script> attacked a checkpoint in Deir ez-Zor, killing five people.\n"


def _ev(article: Article, field: str, words: str) -> Evidence:
    start = article.text.index(words)
    return Evidence(field=field, article_id=article.id, start=start, end=start + len(words), text=words)


def _event(article: Article, n: int, day: str, kind: tuple[str, str], place: tuple[str, str, str, str, float, float],
           actors: tuple[str, str], dead: int | None, spans: dict[str, str]) -> Event:
    """``dead=None``: the report gives no toll."""
    name, admin1, country, iso, lat, lon = place
    return Event(
        event_id=f"{article.id}-{n}", event_type=kind[0], sub_event_type=kind[1], event_date=day,
        actor1=Actor(actors[0], "rebel group"), actor2=Actor(actors[1], "state forces") if actors[1] else None,
        location=Location(name=name, admin1=admin1, country=country, iso=iso, latitude=lat, longitude=lon,
                          geo_precision=1),
        fatalities=None if dead is None else Toll(dead, dead, dead),
        notes=f"{actors[0]} event in {name} ({admin1}), {'toll not reported' if dead is None else f'{dead} killed'}.",
        sources=[Source(article_id=article.id, outlet=article.outlet, published=str(article.published))],
        evidence=[_ev(article, field, words) for field, words in spans.items()],
    )


def make_store(path: str) -> None:
    """Five events in Iraq and Syria from three reports; one event is reported by two of them, one
    gives no toll."""
    rudaw = Article(id="rudaw-1", text=KIRKUK, published=date(2021, 12, 7), outlet="Rudaw", title="Attacks in Kirkuk")
    follow = Article(id="ina-1", text=FOLLOW_UP, published=date(2021, 12, 8), outlet="INA", title="Dibis attack")
    hostile = Article(id="sy-1", text=HOSTILE, published=date(2021, 11, 20), outlet="Wire", title="<b>Checkpoint</b>")
    battle, shelling = ("Battles", "Armed clash"), ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    with open_store(path) as store:
        store.add_article(rudaw, [
            _event(rudaw, 1, "2021-12-07", battle, ("Dibis", "Kirkuk", "Iraq", "IQ", 35.65, 44.07),
                   ("Islamic State", "Military Forces of Iraq"), 2,
                   {"fatalities": "Two Iraqi soldiers were killed", "actor1": "ISIS militants",
                    "location": "Dibis town", "event_date": "Tuesday"}),
            _event(rudaw, 2, "2021-12-07", shelling, ("Prde", "Kirkuk", "Iraq", "IQ", 35.75, 44.14),
                   ("Islamic State", "Peshmerga"), None, {"event_type": "Katyusha rockets", "location": "Prde"}),
            _event(rudaw, 3, "2021-12-05", battle, ("Kirkuk", "Kirkuk", "Iraq", "IQ", 35.47, 44.39),
                   ("Islamic State", "Peshmerga"), 4, {"fatalities": "killed four Peshmerga", "location": "Kirkuk"}),
            _event(rudaw, 4, "2021-12-02", battle, ("Makhmour", "Erbil", "Iraq", "IQ", 35.78, 43.58),
                   ("Islamic State", "Peshmerga"), 13,
                   {"fatalities": "Ten Peshmerga and three civilians were killed", "location": "Makhmour"}),
        ])
        store.add_article(follow, [
            _event(follow, 1, "2021-12-07", battle, ("Dibis", "Kirkuk", "Iraq", "IQ", 35.65, 44.07),
                   ("Islamic State", "Military Forces of Iraq"), 2,
                   {"fatalities": "two soldiers died", "location": "Dibis"}),
        ])
        store.add_article(hostile, [
            _event(hostile, 1, "2021-11-20", ("Violence against civilians", "Attack"),
                   ("Deir ez-Zor", "Deir ez-Zor", "Syria", "SY", 35.33, 40.14), ("Unidentified Armed Group", ""), 5,
                   {"fatalities": "killing five people", "actor1": "Gunmen"}),
        ])


ODD_IDS = [
    "https://example.org/news/2024/03/18/maiduguri?ref=rss&page=2#top",
    "50% of a wire/‘quoted’ id with  spaces ",
    "https://ar.example.org/%D8%AE%D8%A8%D8%B1/42",
    "Майдугури/репортаж №7",
    "報道/2024年3月",
    "..",
    "<script>alert(1)</script>/?#%",
    "ü" * (MAX_ID_BYTES // 2),  # two bytes each in UTF-8: the longest id a store keeps
]
"""Article ids a newsroom or a user may give: URLs, slashes, '?', '#', '%', spaces, other scripts, the longest."""

MARKET = "Wire {n}: three traders were killed on Monday when gunmen opened fire at the cattle market in Maiduguri.\n"


def make_id_store(path: str) -> list[Article]:
    """One attack told by one report under each of :data:`ODD_IDS`, merged into one event; returns the reports."""
    reports = []
    with open_store(path) as store:
        for n, article_id in enumerate(ODD_IDS):
            report = Article(id=article_id, text=MARKET.format(n=n), published=date(2024, 3, 19),
                             outlet=f"Outlet {n}", title=f"Market attack, report {n}")
            store.add_article(report, [_event(
                report, 1, "2024-03-18", ("Violence against civilians", "Attack"),
                ("Maiduguri", "Borno", "Nigeria", "NG", 11.85, 13.16), ("Unidentified Armed Group", ""), 3,
                {"fatalities": "three traders were killed", "location": "the cattle market in Maiduguri"})])
            reports.append(report)
    return reports
