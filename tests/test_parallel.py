"""``ingest --workers N`` stores exactly what a one-process ingest stores, in the same order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.ingest import ingest
from eventwire.parallel import LocalPool, Outcome, extract_chunk, extract_parallel, ingest_parallel
from eventwire.pipeline import extract_article
from eventwire.record import Article
from eventwire.store import open_store

REPORTS = [
    ("Gunmen kill four in attack on Baidoa checkpoint",
     "Gunmen attacked a police checkpoint near Baidoa on Monday, killing four officers, a local official said. "
     "Al-Shabaab claimed responsibility for the attack in a statement."),
    ("Parliament passes budget",
     "Lawmakers approved the budget on Tuesday after a long debate. The finance minister welcomed the vote."),
    ("Roadside bomb hits convoy near Kunduz",
     "A roadside bomb exploded as an army convoy passed near Kunduz on Wednesday, wounding three soldiers. "
     "No group has claimed responsibility."),
    ("Rains expected",
     "Forecasters said heavy rains would reach the northern provinces by Friday. Farmers welcomed the news."),
    ("Clashes in Goma",
     "M23 rebels clashed with government troops on the outskirts of Goma on Thursday. At least seven people "
     "were killed, residents said. In a separate incident, gunmen abducted two aid workers near Beni."),
]


def write_corpus(folder: Path) -> list[Path]:
    """A JSON Lines file with the reports, a repeat under another id, and a malformed line."""
    rows = [{"id": f"r{i}", "title": t, "text": f"{t}\n\n{body}", "published": "2021-12-07",
             "outlet": "Test Wire"} for i, (t, body) in enumerate(REPORTS)]
    rows.insert(3, dict(rows[0], id="r0-again"))
    main = folder / "reports.jsonl"
    main.write_text("\n".join(json.dumps(r) for r in rows) + '\n{"broken\n', encoding="utf-8")
    extra = folder / "more.jsonl"
    extra.write_text(json.dumps(dict(rows[2], id="r2-elsewhere")) + "\n", encoding="utf-8")
    return [main, extra]


def stored(db: Path) -> list[dict]:
    with open_store(str(db)) as store:
        return [e.to_dict() for e in store.events()]


def summary_counts(s) -> tuple:
    return (s.read, s.stored, s.skipped, s.events_new, s.events_merged, s.failures)


@pytest.fixture(scope="module")
def one_worker(tmp_path_factory) -> tuple[list[Path], list[dict], tuple]:
    folder = tmp_path_factory.mktemp("one")
    paths = write_corpus(folder)
    with open_store(str(folder / "one.db")) as store:
        summary = ingest(paths, store)
    return paths, stored(folder / "one.db"), summary_counts(summary)


def test_two_workers_store_what_one_worker_stores(one_worker, tmp_path: Path) -> None:
    paths, events, counts = one_worker
    assert events and counts[-1]  # events found, and the malformed line reported
    pool = LocalPool(2)
    try:
        with open_store(str(tmp_path / "two.db")) as store:
            summary = ingest_parallel(paths, store, pool, chunk=2)
        assert summary_counts(summary) == counts
        assert stored(tmp_path / "two.db") == events
        with open_store(str(tmp_path / "two.db")) as store:  # a second run stores nothing more
            again = ingest_parallel(paths, store, pool, chunk=2)
        assert again.stored == 0 and again.skipped == counts[0]
    finally:
        pool.close()


class Done:
    def __init__(self, outcomes: list[Outcome]) -> None:
        self.outcomes = outcomes

    def result(self) -> list[Outcome]:
        return self.outcomes


class InProcess:
    """A mapper without processes, to check ordering and failures cheaply."""

    in_flight = 3

    def __init__(self, fail_on: str = "") -> None:
        self.fail_on = fail_on

    def submit(self, chunk: list[Article]) -> Done:
        out = extract_chunk(chunk)
        return Done([ValueError("bad report") if a.id == self.fail_on else o for a, o in zip(chunk, out)])

    def close(self) -> None:
        pass


def test_outcomes_come_back_in_input_order() -> None:
    articles = [Article(id=f"a{i}", text=f"{t}\n\n{b}") for i, (t, b) in enumerate(REPORTS)]
    outcomes = list(extract_parallel(articles, InProcess(), chunk=2))
    expected = [extract_article(a) for a in articles]
    assert [[e.to_dict() for e in o] for o in outcomes] == [[e.to_dict() for e in o] for o in expected]


def test_a_failed_extraction_is_reported_like_one_worker_does(one_worker, tmp_path: Path) -> None:
    paths, _, _ = one_worker

    def failing(article: Article):
        if article.id == "r1":
            raise ValueError("bad report")
        return extract_article(article)

    with open_store(str(tmp_path / "a.db")) as store:
        one = ingest(paths, store, failing)
    with open_store(str(tmp_path / "b.db")) as store:
        many = ingest_parallel(paths, store, InProcess(fail_on="r1"), chunk=2)
    assert summary_counts(many) == summary_counts(one)
    assert any("bad report" in f for f in many.failures)
    assert stored(tmp_path / "a.db") == stored(tmp_path / "b.db")
